"""Rosters through the service and the inbox: draft, edit with live warnings, publish, swaps."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from core.automation.registry import JobContext
from core.kernel.audit import AuditFilter, query
from core.kernel.errors import PermissionDenied
from core.scheduling import jobs
from tests.core.scheduling.sched_helpers import WEEK, small_shop
from tests.conftest import raw_uow


def _job_ctx(app, job_id):
    return JobContext(app=app, job_id=job_id, run_id=None, as_of=WEEK - timedelta(days=5),
                      started_at=app.clock.now(), trigger="manual")


def test_auto_roster_job_drafts_and_approval_publishes(app, owner):
    small_shop(app, owner)
    ctx = _job_ctx(app, "scheduling.auto_roster")
    jobs.auto_roster(ctx)
    assert ctx.created == 1
    items = app.inbox.list()
    item = next(i for i in items if i.kind == "roster")
    detail = app.inbox.get(item.id)
    assert "cover gap" in detail.reason["explanation"] and "best possible" in detail.reason["explanation"]
    rid = detail.payload["roster_id"]
    assert app.scheduling.view(rid).state == "draft"
    app.inbox.decide(owner, item.id, "approve")
    view = app.scheduling.view(rid)
    assert view.state == "published"
    assert not view.warnings
    # every key-holder opening is covered
    for d in view.days:
        assert any(view.cells.get((s.id, d)) == "OPN" and "key-holder" in s.skills for s in view.staff)


def test_edit_gives_live_warning_naming_rule_and_person_and_is_audited(app, owner):
    a, b, c = small_shop(app, owner)
    rid = app.scheduling.new_roster(owner, WEEK)
    res = app.scheduling.assign(owner, rid, a.id, WEEK, "CLS")
    assert res.penalty == res.penalty_before - 100 + 10 + 10   # closing covered; evening+closing spread
    res = app.scheduling.assign(owner, rid, a.id, WEEK + timedelta(days=1), "OPN")
    w = [x for x in res.new_warnings if x.rule == "forbidden_succession"]
    assert w and "Ann" in w[0].message and w[0].staff_id == a.id
    # a preview does not write
    pre = app.scheduling.check_edit(rid, c.id, WEEK, "OPN")
    assert any(x.rule == "skill" for x in pre.new_warnings) is False   # OPN has no skill requirement
    assert (c.id, WEEK) not in app.scheduling.view(rid).cells
    with app.db.read() as s:
        rows = query(s, AuditFilter(area="scheduling", entity="roster", entity_id=str(rid)))
    assert any(r.action == "roster.edit" for r in rows)


def test_published_roster_changes_only_by_audited_edits(app, owner, staff):
    a, b, c = small_shop(app, owner)
    rid = app.scheduling.new_roster(owner, WEEK)
    app.scheduling.assign(owner, rid, a.id, WEEK, "OPN")
    app.scheduling.publish(owner, rid)
    with pytest.raises(PermissionDenied):
        app.scheduling.assign(staff, rid, b.id, WEEK, "OPN")
    app.scheduling.assign(owner, rid, b.id, WEEK, "CLS", reason="cover a sick colleague")
    with app.db.read() as s:
        rows = query(s, AuditFilter(area="scheduling", entity="roster", entity_id=str(rid)))
    edit = next(r for r in rows if r.action == "roster.edit_published")
    assert "Bob" in edit.summary and "sick" in edit.summary


def test_time_off_through_inbox_then_respected_by_planner(app, owner, staff):
    a, b, c = small_shop(app, owner)
    app.scheduling.update_staff(owner, b.id, user_id=staff.user_id)       # Bob's own login
    req = app.scheduling.request_time_off(staff, b.id, WEEK, WEEK + timedelta(days=2), "wedding")
    item = next(i for i in app.inbox.list() if i.kind == "time_off")
    app.inbox.decide(owner, item.id, "approve")
    assert app.scheduling.time_off(state="approved")[0].id == req
    plan = app.scheduling.plan(WEEK, time_limit=3)
    assert all(plan.cells.get((b.id, WEEK + timedelta(days=i))) is None for i in range(3))


def test_rejected_time_off(app, owner, staff):
    a, b, c = small_shop(app, owner)
    app.scheduling.update_staff(owner, b.id, user_id=staff.user_id)
    app.scheduling.request_time_off(staff, b.id, WEEK, WEEK, "")
    item = next(i for i in app.inbox.list() if i.kind == "time_off")
    app.inbox.decide(owner, item.id, "reject", reason="busy week")
    assert app.scheduling.time_off()[0].state == "rejected"


def test_conflict_explained_in_draft(app, owner, staff):
    a, b, c = small_shop(app, owner)
    sat = WEEK + timedelta(days=5)
    for person in (a, b):
        app.scheduling.request_time_off(owner, person.id, sat, sat, "away")
    for item in [i for i in app.inbox.list() if i.kind == "time_off"]:
        app.inbox.decide(owner, item.id, "approve")
    plan = app.scheduling.plan(WEEK, time_limit=3)
    assert plan.status == "RELAXED"
    assert any("key-holder" in c and "Sat" in c for c in plan.conflicts)
    rid, sug = app.scheduling.draft_week(owner, WEEK, time_limit=3)
    card = app.inbox.get(sug).reason
    assert any("key-holder" in w for w in card["warnings"])
    assert any(w.rule == "cover_minimum" for w in app.scheduling.view(rid).warnings)


def test_shift_swap_in_inbox(app, owner, staff):
    a, b, c = small_shop(app, owner)
    rid = app.scheduling.new_roster(owner, WEEK)
    app.scheduling.assign(owner, rid, c.id, WEEK, "CLS")
    app.scheduling.publish(owner, rid)
    app.scheduling.update_staff(owner, c.id, user_id=staff.user_id)
    app.scheduling.request_swap(staff, rid, WEEK, c.id, a.id, "dentist")
    item = next(i for i in app.inbox.list() if i.kind == "shift_swap")
    app.inbox.decide(owner, item.id, "approve")
    cells = app.scheduling.view(rid).cells
    assert cells.get((a.id, WEEK)) == "CLS" and (c.id, WEEK) not in cells


def test_fairness_report_flags_and_job_suggests(app, owner):
    a, b, c = small_shop(app, owner)
    for w in range(4):
        start = WEEK - timedelta(days=7 * (w + 1))
        rid = app.scheduling.new_roster(owner, start)
        for d in range(5):
            app.scheduling.assign(owner, rid, c.id, start + timedelta(days=d), "CLS")
            app.scheduling.assign(owner, rid, a.id, start + timedelta(days=d), "OPN")
            app.scheduling.assign(owner, rid, b.id, start + timedelta(days=d + 1), "OPN")
        app.scheduling.assign(owner, rid, c.id, start + timedelta(days=5), "CLS")
        app.scheduling.publish(owner, rid)
    rows = {r.name: r for r in app.scheduling.fairness_report(weeks=4, as_of=WEEK)}
    assert rows["Cy"].closings == 24 and rows["Cy"].weekends == 4
    assert any("closings" in f for f in rows["Cy"].flags)
    ctx = JobContext(app=app, job_id="scheduling.fairness", run_id=None, as_of=WEEK,
                     started_at=app.clock.now(), trigger="manual")
    jobs.fairness(ctx)
    item = next(i for i in app.inbox.list() if i.kind == "roster_fairness")
    assert "Cy" in item.title
    app.inbox.decide(owner, item.id, "approve")
    from core.scheduling import models as m
    with app.db.read() as s:
        prefs = list(s.scalars(select(m.ShiftPreference).where(m.ShiftPreference.staff_id == c.id)))
    assert prefs and not prefs[0].want


def test_configurable_horizon_two_weeks(app, owner):
    small_shop(app, owner)
    app.settings.update(owner, {"scheduling.horizon_days": 14})
    rid, _ = app.scheduling.draft_week(owner, WEEK, time_limit=3)
    view = app.scheduling.view(rid)
    assert len(view.days) == 14
    assert any(d >= WEEK + timedelta(days=7) for _, d in view.cells)
    assert not view.warnings


def test_previous_week_constrains_the_first_day(app, owner):
    a, b, c = small_shop(app, owner)
    prev = app.scheduling.new_roster(owner, WEEK - timedelta(days=7))
    app.scheduling.assign(owner, prev, a.id, WEEK - timedelta(days=1), "CLS")
    app.scheduling.publish(owner, prev)
    rid = app.scheduling.new_roster(owner, WEEK)
    res = app.scheduling.assign(owner, rid, a.id, WEEK, "OPN")
    assert any(w.rule == "forbidden_succession" and "previous roster" in w.message for w in res.new_warnings)
    plan = app.scheduling.plan(WEEK, time_limit=3)
    assert plan.cells.get((a.id, WEEK)) != "OPN" and not plan.warnings


def test_staff_ask_only_for_themselves_when_linked(app, owner, staff):
    a, b, c = small_shop(app, owner)
    app.scheduling.update_staff(owner, b.id, user_id=staff.user_id)
    app.scheduling.request_time_off(staff, b.id, WEEK, WEEK)          # their own record
    with pytest.raises(PermissionDenied):
        app.scheduling.request_time_off(staff, a.id, WEEK, WEEK)
    app.scheduling.request_time_off(owner, a.id, WEEK, WEEK)          # the owner may for anyone


def test_slots_follow_a_two_week_roster(app, owner):
    a, b, c = small_shop(app, owner)
    app.settings.update(owner, {"scheduling.horizon_days": 14})
    rid = app.scheduling.new_roster(owner, WEEK)
    from core.scheduling import models as m
    with raw_uow(app) as s:
        s.get(m.Roster, rid).days = 14
    day = WEEK + timedelta(days=9)
    app.scheduling.assign(owner, rid, a.id, day, "OPN")
    svc = app.scheduling.add_service(owner, "Fitting", 30)
    assert app.scheduling.slots(svc.id, day)


def test_view_reports_wage_cost(app, owner):
    a, b, c = small_shop(app, owner)
    app.scheduling.update_staff(owner, a.id, hourly_cost="12.50")
    rid = app.scheduling.new_roster(owner, WEEK)
    app.scheduling.assign(owner, rid, a.id, WEEK, "OPN")           # 8 h
    assert str(app.scheduling.view(rid).cost) == "100.00"


def test_repeated_inbox_edits_turn_into_a_proposed_wish(app, owner, clock):
    a, b, c = small_shop(app, owner)
    from core.inbox.reason import reason_card
    from core.scheduling.problem import jsonable_cells
    for k in range(3):
        week = WEEK + timedelta(days=7 * k)
        sat = week + timedelta(days=5)
        rid = app.scheduling.new_roster(owner, week)
        app.scheduling.assign(owner, rid, c.id, sat, "CLS")
        drafted = {(c.id, sat): "CLS", (b.id, week): "OPN"}
        with app.db.uow() as s:
            sug = app.inbox.draft(s, kind="roster", subject_type="roster_week", subject_id=week.isoformat(),
                                  title=f"Roster {week}", payload={"roster_id": rid, "week_start": week.isoformat(),
                                                                   "cells": jsonable_cells(drafted)},
                                  reason=reason_card(explanation="test draft"), occurrence=f"roster-{rid}",
                                  job_id="scheduling.auto_roster")
        edited = {(a.id, sat): "CLS", (b.id, week): "OPN"}          # Cy taken off, Ann put on
        app.inbox.decide(owner, sug, "edit", payload={"roster_id": rid, "week_start": week.isoformat(),
                                                      "cells": jsonable_cells(edited)},
                         reason="Cy has football on Saturdays")
        assert app.scheduling.view(rid).cells == edited
    patterns = app.scheduling.override_patterns(weeks=12, as_of=WEEK + timedelta(days=21))
    assert {(p["name"], p["weekday"], p["shift"], p["want"], p["times"]) for p in patterns} == \
        {("Cy", 5, "CLS", False, 3), ("Ann", 5, "CLS", True, 3)}
    ctx = JobContext(app=app, job_id="scheduling.learn_from_overrides", run_id=None,
                     as_of=WEEK + timedelta(days=21), started_at=app.clock.now(), trigger="manual")
    jobs.learn_from_overrides(ctx)
    jobs.learn_from_overrides(ctx)                                    # no duplicates
    items = [i for i in app.inbox.list() if i.kind == "roster_preference"]
    assert len(items) == 2
    item = next(i for i in items if "Cy" in i.title)
    card = app.inbox.get(item.id).reason
    assert "football" in str(card["evidence"]) and card["confidence"] == "high"
    app.inbox.decide(owner, item.id, "approve")
    assert app.scheduling.preferences(c.id) == [(5, "CLS", False, 5)]
    # once recorded, the pattern is no longer proposed
    assert all(p["name"] != "Cy" for p in app.scheduling.override_patterns(weeks=12, as_of=WEEK + timedelta(days=21)))


def test_missed_wishes_say_why(app, owner):
    a, b, c = small_shop(app, owner)
    # Cy wants to open on Monday but Cy is not a key-holder and one opener is enough: it would add over-cover.
    # Cy may work every day, so no hard rule stands in the way whichever (equally good) week the solver picks:
    # only the penalty explains the miss.
    app.scheduling.update_staff(owner, c.id, max_minutes=7 * 8 * 60, max_consecutive_shifts=7, max_weekends=4)
    app.scheduling.set_preference(owner, c.id, 0, "OPN", True, 1)
    app.scheduling.set_cover(owner, 0, "OPN", 1, under_weight=100, over_weight=50)
    plan = app.scheduling.plan(WEEK, time_limit=20)
    missed = [m for m in plan.preferences_missed if m.startswith("Cy wanted Open")]
    assert missed and "honouring it would change the penalty by +" in missed[0] and "shift over-covered" in missed[0]


def test_weekend_limit_counts_the_previous_weeks(app, owner):
    a, b, c = small_shop(app, owner)
    app.scheduling.update_staff(owner, c.id, max_weekends=2)
    for k in (1, 2):                                       # Cy worked the last two weekends
        start = WEEK - timedelta(days=7 * k)
        rid = app.scheduling.new_roster(owner, start)
        app.scheduling.assign(owner, rid, c.id, start + timedelta(days=6), "CLS")
        app.scheduling.publish(owner, rid)
    rid = app.scheduling.new_roster(owner, WEEK)
    res = app.scheduling.assign(owner, rid, c.id, WEEK + timedelta(days=5), "CLS")
    assert any(w.rule == "max_weekends" and "Cy works 1 weekend after 2 in the previous weeks: at most 2 in 4 weeks"
               in w.message for w in res.new_warnings)
    plan = app.scheduling.plan(WEEK, time_limit=3)
    assert all(plan.cells.get((c.id, WEEK + timedelta(days=d))) is None for d in (5, 6))


def test_fairness_does_not_flag_what_availability_chose(app, owner):
    from core.scheduling.dto import AvailabilityWindow
    a, b, c = small_shop(app, owner)
    app.scheduling.set_availability(owner, c.id, [AvailabilityWindow(d, 12 * 60, 20 * 60) for d in range(7)])
    for w in range(3):
        start = WEEK - timedelta(days=7 * (w + 1))
        rid = app.scheduling.new_roster(owner, start)
        for d in range(5):
            app.scheduling.assign(owner, rid, c.id, start + timedelta(days=d), "CLS")
            app.scheduling.assign(owner, rid, a.id, start + timedelta(days=d), "OPN")
        app.scheduling.publish(owner, rid)
    rows = {r.name: r for r in app.scheduling.fairness_report(weeks=4, as_of=WEEK)}
    assert rows["Cy"].closings == 15 and rows["Cy"].flags == ()
