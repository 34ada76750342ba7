"""Routing a kind, or a job's items, to a named person with a stand-in while they are away (time
off the roster knows); roles stay enforced in core."""
from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from core.inbox.service import InboxFilter
from core.kernel.actor import Role
from core.kernel.audit import AuditEntry
from core.kernel.errors import NotFound, PermissionDenied
from core.scheduling.models import StaffMember, TimeOffRequest
from tests.conftest import PASSWORD, raw_uow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "automation"))
import automation_testkit as kit  # noqa: E402
from automation_testkit import draft_note, kit_installed  # noqa: E402,F401


@pytest.fixture
def tom(app, owner):
    return app.users.add(owner, "tom", Role.STAFF, PASSWORD, "Tom Temp").actor


def _away(app, actor, days=(0, 3)):
    """``actor`` has approved time off from today + days[0] to today + days[1]."""
    today = app.today()
    with raw_uow(app) as s:
        staff = StaffMember(code=f"S{actor.user_id:03d}", name=actor.username, user_id=actor.user_id)
        s.add(staff)
        s.flush()
        s.add(TimeOffRequest(staff_id=staff.id, start_date=today + timedelta(days=days[0]),
                             end_date=today + timedelta(days=days[1]), state="approved",
                             requested_at=datetime(2026, 1, 1, tzinfo=timezone.utc)))


def _mine(app, actor):
    return set(app.inbox.ids(InboxFilter(assigned_role=actor.role, user_id=actor.user_id)))


def test_a_routed_kind_is_for_that_person_and_the_owner(app, owner, staff, tom, kit_installed):
    sid = draft_note(app, "milk")
    assert sid in _mine(app, staff) and sid in _mine(app, tom)          # by role: both staff
    app.inbox.set_route(owner, staff.username, kind=kit.KIND, standin=tom.username)
    assert app.inbox.get(sid).routed == "for Sam Staff"
    assert sid in _mine(app, staff) and sid not in _mine(app, tom)
    assert app.inbox.waiting_counts(tom.role, tom.user_id).get(kit.KIND, 0) == 0
    assert app.inbox.waiting_counts(staff.role, staff.user_id)[kit.KIND] == 1
    with pytest.raises(PermissionDenied, match="for Sam Staff"):
        app.inbox.decide(tom, sid, "approve")
    assert not app.inbox.decide_right(tom, sid).may
    app.inbox.decide(staff, sid, "approve")
    assert app.inbox.get(sid).state == "applied"
    other = draft_note(app, "tea")
    app.inbox.decide(owner, other, "approve")                           # the owner always may


def test_the_stand_in_decides_while_the_person_is_away(app, owner, staff, tom, kit_installed):
    app.inbox.set_route(owner, staff.username, kind=kit.KIND, standin=tom.username)
    _away(app, staff)
    sid = draft_note(app, "milk")
    assert app.inbox.get(sid).routed == "for Tom Temp (standing in for Sam Staff)"
    assert sid in _mine(app, tom) and sid not in _mine(app, staff)
    with pytest.raises(PermissionDenied, match="standing in for Sam Staff"):
        app.inbox.decide(staff, sid, "approve")
    app.inbox.decide(tom, sid, "approve")
    # time off in the future does not move anything yet
    later = draft_note(app, "tea")
    assert app.inbox.get(later).routed.startswith("for Tom")            # still away today


def test_future_time_off_leaves_it_with_the_person(app, owner, staff, tom, kit_installed):
    app.inbox.set_route(owner, staff.username, kind=kit.KIND, standin=tom.username)
    _away(app, staff, days=(2, 5))
    sid = draft_note(app, "milk")
    assert app.inbox.get(sid).routed == "for Sam Staff"


def test_a_jobs_route_wins_over_its_kinds(app, owner, staff, tom, kit_installed):
    app.inbox.set_route(owner, staff.username, kind=kit.KIND)
    app.inbox.set_route(owner, tom.username, job_id=kit.SWEEP, job_kinds=app.automation.job(kit.SWEEP).kinds)
    app.automation.run_now(owner, kit.SWEEP)
    by_hand = draft_note(app, "by hand")
    swept = [i for i in app.inbox.ids(InboxFilter()) if app.inbox.get(i).job_id == kit.SWEEP]
    assert swept and all(app.inbox.get(i).routed == "for Tom Temp" for i in swept)
    assert app.inbox.get(by_hand).routed == "for Sam Staff"
    assert set(swept) <= _mine(app, tom) and by_hand not in _mine(app, tom)
    assert by_hand in _mine(app, staff) and not set(swept) & _mine(app, staff)
    # back to deciding by role
    assert app.inbox.remove_route(owner, job_id=kit.SWEEP) is True
    assert all(app.inbox.get(i).routed == "for Sam Staff" for i in swept)


def test_roles_stay_enforced_and_only_the_owner_routes(app, owner, staff, bookkeeper, kit_installed):
    with pytest.raises(PermissionDenied, match="may not decide"):
        app.inbox.set_route(owner, bookkeeper.username, kind=kit.KIND)      # bookkeepers may not
    with pytest.raises(PermissionDenied):
        app.inbox.set_route(staff, staff.username, kind=kit.KIND)
    with pytest.raises(NotFound):
        app.inbox.set_route(owner, "nobody", kind=kit.KIND)
    app.inbox.set_route(owner, staff.username, kind=kit.KIND)
    with app.db.read() as s:
        assert s.query(AuditEntry).filter_by(area="inbox", action="route").count() == 1
    assert [(r.kind, r.user_name, r.standin_name) for r in app.inbox.routes()] == [(kit.KIND, "Sam Staff", None)]
