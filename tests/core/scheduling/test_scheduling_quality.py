from __future__ import annotations

from datetime import timedelta

from core.scheduling import quality
from tests.core.scheduling.sched_helpers import WEEK, small_shop


def test_quality_checks_find_real_problems(app, owner, staff):
    a, b, c = small_shop(app, owner)
    app.scheduling.set_cover(owner, 0, "OPN", 1, skill="florist")
    this_week = WEEK - timedelta(days=7)
    rid = app.scheduling.new_roster(owner, WEEK)
    app.scheduling.assign(owner, rid, b.id, WEEK, "OPN")
    app.scheduling.publish(owner, rid)
    # time off approved after publishing makes the published roster break a rule
    app.scheduling.update_staff(owner, b.id, user_id=staff.user_id)
    app.scheduling.request_time_off(staff, b.id, WEEK, WEEK, "ill")
    item = next(i for i in app.inbox.list() if i.kind == "time_off")
    app.inbox.decide(owner, item.id, "approve")
    past = app.scheduling.new_roster(owner, this_week)
    app.scheduling.assign(owner, past, a.id, this_week, "OPN")
    app.scheduling.publish(owner, past)
    svc = app.scheduling.add_service(owner, "Fitting", 30)
    cust = app.customers.create(owner, name="Carla Client")
    app.scheduling.book(owner, cust.id, svc.id, a.id, this_week, 9 * 60)
    with app.db.read() as s:
        found = [f for check in quality.CHECKS for f in check(s, app)]
    problems = " | ".join(f.problem for f in found)
    assert "florist" in problems
    assert "day off" in problems and "Bob" in problems
    assert "still pending" in problems
