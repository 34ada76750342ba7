"""Role-appropriate data: staff see colleagues without pay, contract hours, e-mail or wage totals, and
ask for time off and swaps only for themselves; the bookkeeper does not book or edit services."""
from __future__ import annotations

import json
from datetime import timedelta
from decimal import Decimal

import pytest

from core.cli import run
from core.kernel.errors import PermissionDenied
from tests.core.scheduling.sched_helpers import WEEK, small_shop


@pytest.fixture
def shop(app, owner, staff):
    a, b, c = small_shop(app, owner)
    app.scheduling.update_staff(owner, a.id, hourly_cost="12.50", target_minutes=30 * 60)
    app.scheduling.update_staff(owner, b.id, hourly_cost="14.00", email="bob@x.example", user_id=staff.user_id)
    rid = app.scheduling.new_roster(owner, WEEK)
    app.scheduling.assign(owner, rid, a.id, WEEK, "OPN")
    app.scheduling.assign(owner, rid, b.id, WEEK + timedelta(days=1), "CLS")
    return {"ann": a, "bob": b, "cy": c, "rid": rid}


def test_staff_see_colleagues_without_pay_contract_or_email(app, staff, shop):
    people = {p.name: p for p in app.scheduling.list_staff(viewer=staff)}
    ann, bob = people["Ann"], people["Bob"]
    assert (ann.hourly_cost, ann.email, ann.min_minutes, ann.max_minutes, ann.target_minutes) == (None,) * 5
    assert ann.skills == ("baker", "key-holder") and ann.role == ""             # the work itself stays visible
    assert (bob.hourly_cost, bob.email, bob.max_minutes) == (Decimal("14.00"), "bob@x.example", 40 * 60)  # their own
    assert app.scheduling.get_staff(shop["ann"].id, viewer=staff).hourly_cost is None
    assert app.scheduling.get_staff(shop["bob"].id, viewer=staff).hourly_cost == Decimal("14.00")


def test_owner_and_bookkeeper_see_everything(app, owner, bookkeeper, shop):
    for viewer in (owner, bookkeeper, None):
        ann = app.scheduling.get_staff(shop["ann"].id, viewer=viewer)
        assert (ann.hourly_cost, ann.email, ann.target_minutes) == (Decimal("12.50"), "ann@x.example", 30 * 60)
        assert app.scheduling.view(shop["rid"], viewer=viewer).cost == Decimal("100.00") + Decimal("112.00")


def test_roster_for_staff_has_shifts_but_no_wage_total(app, staff, shop):
    view = app.scheduling.view(shop["rid"], viewer=staff)
    assert view.cost is None
    assert view.cells == {(shop["ann"].id, WEEK): "OPN", (shop["bob"].id, WEEK + timedelta(days=1)): "CLS"}
    assert {p.name: p.hourly_cost for p in view.staff} == {"Ann": None, "Bob": Decimal("14.00"), "Cy": None}


def test_fairness_report_hides_colleagues_contracts(app, owner, staff, shop):
    app.scheduling.publish(owner, shop["rid"])
    as_of = WEEK + timedelta(days=7)
    full = {r.name: r for r in app.scheduling.fairness_report(weeks=1, as_of=as_of)}
    seen = {r.name: r for r in app.scheduling.fairness_report(weeks=1, as_of=as_of, viewer=staff)}
    assert full["Ann"].contract_minutes == 30 * 60 and seen["Ann"].contract_minutes is None
    assert seen["Bob"].contract_minutes == full["Bob"].contract_minutes
    assert not any("contracted" in f for f in seen["Ann"].flags)
    assert any("contracted" in f for f in full["Ann"].flags)          # 8 h of 30 h contracted
    assert seen["Ann"].minutes == full["Ann"].minutes                  # worked hours are on the roster anyway


def test_staff_may_ask_only_for_themselves(app, owner, staff, shop):
    with pytest.raises(PermissionDenied) as err:
        app.scheduling.request_time_off(staff, shop["ann"].id, WEEK, WEEK, "for a friend")
    assert str(err.value) == "sam may only request time off for themselves (Bob), not Ann."
    with pytest.raises(PermissionDenied, match=r"may only swap shifts of themselves \(Bob\), not Ann"):
        app.scheduling.request_swap(staff, shop["rid"], WEEK, shop["ann"].id, shop["cy"].id)
    assert app.inbox.list() == []                                      # nothing reached the owner
    app.scheduling.request_time_off(staff, shop["bob"].id, WEEK, WEEK, "exam")
    app.scheduling.request_swap(staff, shop["rid"], WEEK + timedelta(days=1), shop["bob"].id, shop["cy"].id)
    assert sorted(i.kind for i in app.inbox.list()) == ["shift_swap", "time_off"]


def test_unlinked_staff_login_cannot_ask_for_anyone(app, owner, shop):
    from core.kernel.actor import Role
    other = app.users.add(owner, "tom", Role.STAFF, "secret-pw-2", "Tom").actor
    with pytest.raises(PermissionDenied, match="not linked to a staff member yet"):
        app.scheduling.request_time_off(other, shop["cy"].id, WEEK, WEEK)


def test_bookkeeper_may_not_book_or_edit_services(app, owner, bookkeeper, shop):
    svc = app.scheduling.add_service(owner, "Fitting", 30)
    cust = app.customers.create(owner, name="Carla Client")
    with pytest.raises(PermissionDenied, match="may not book and confirm appointments"):
        app.scheduling.add_service(bookkeeper, "Tasting", 30)
    with pytest.raises(PermissionDenied, match="may not book and confirm appointments"):
        app.scheduling.book(bookkeeper, cust.id, svc.id, shop["ann"].id, WEEK, 9 * 60)
    booked = app.scheduling.book(owner, cust.id, svc.id, shop["ann"].id, WEEK, 9 * 60)
    with pytest.raises(PermissionDenied):
        app.scheduling.confirm(bookkeeper, booked.id)


def test_cli_staff_list_and_roster_show_as_staff(app, owner, staff, shop, data_dir, clock, capsys, cli_login):
    cli_login("olivia", "sam", clock=clock)
    base = ["--data-dir", str(data_dir)]
    assert run(base + ["roster", "staff", "--json", "--as", "sam"], clock=clock) == 0
    rows = {r["name"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["Ann"]["hourly_cost"] is None and rows["Ann"]["email"] is None and rows["Ann"]["max_hours"] is None
    assert rows["Bob"]["hourly_cost"] == "14.00" and rows["Bob"]["email"] == "bob@x.example"
    assert run(base + ["roster", "staff", "--as", "olivia"], clock=clock) == 0
    assert "12.50" in capsys.readouterr().out
    assert run(base + ["roster", "show", "--week", "2026-W49", "--json", "--as", "sam"], clock=clock) == 0
    shown = json.loads(capsys.readouterr().out)
    assert "wage_cost" not in shown and shown["roster"]["Ann"][0] == "OPN"
    assert run(base + ["roster", "show", "--week", "2026-W49", "--as", "olivia"], clock=clock) == 0
    shown = capsys.readouterr().out
    first = shown.splitlines()[0]
    assert "wage cost €212.00" in first and "· score " in first and "(0 = nothing wrong)" in first
    assert "points" not in first and "Open" in shown and " OPN " not in shown        # shifts by name
    assert run(base + ["roster", "show", "--week", "2026-W49", "--as", "sam"], clock=clock) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith(f"roster {app.scheduling.roster_for_week(WEEK)}: Your week: ")     # Bob is sam
    assert not any(word in first for word in ("score", "points", "wage", "fairness"))
    # time off without --staff is for one's own record; for a colleague it is refused in one sentence
    assert run(base + ["roster", "time-off", "--from", "2026-12-02", "--as", "sam"], clock=clock) == 0
    assert [i.subject_label for i in app.inbox.list()] == ["Bob"]
    capsys.readouterr()
    assert run(base + ["roster", "time-off", "--staff", str(shop["ann"].id), "--from", "2026-12-02",
                       "--as", "sam"], clock=clock) == 1
    assert capsys.readouterr().err.strip().endswith("sam may only request time off for themselves (Bob), not Ann.")


def _two_short_weeks(app, owner, shop):
    """Two published weeks in which Ann (30 h contracted) and Bob (sam's record, 30 h) work one
    shift each: the fairness watch flags both as short of their contracts."""
    from core.automation.registry import JobContext
    from core.scheduling import jobs
    app.scheduling.update_staff(owner, shop["bob"].id, target_minutes=30 * 60)
    app.scheduling.publish(owner, shop["rid"])
    earlier = app.scheduling.new_roster(owner, WEEK - timedelta(days=7))
    app.scheduling.assign(owner, earlier, shop["ann"].id, WEEK - timedelta(days=7), "OPN")
    app.scheduling.assign(owner, earlier, shop["bob"].id, WEEK - timedelta(days=6), "CLS")
    app.scheduling.publish(owner, earlier)
    as_of = WEEK + timedelta(days=7)
    jobs.fairness(JobContext(app=app, job_id="scheduling.fairness", run_id=None, as_of=as_of,
                             started_at=app.clock.now(), trigger="manual"))
    return {i.subject_label: i.id for i in app.inbox.list() if i.kind == "roster_fairness"}


def test_fairness_cards_hide_a_colleagues_contract_from_staff(app, owner, staff, bookkeeper, shop):
    items = _two_short_weeks(app, owner, shop)
    assert set(items) == {"Ann", "Bob"}
    full = app.inbox.get(items["Ann"], viewer=owner).reason
    assert "16 h of 60 h contracted" in full["explanation"]
    assert ["contract hours", 60] in [list(p) for p in full["inputs"]]
    assert app.inbox.get(items["Ann"], viewer=bookkeeper).reason == full
    seen = app.inbox.get(items["Ann"], viewer=staff).reason          # through "Anyone's"
    assert "60 h" not in seen["explanation"] and "fewer hours than contracted" in seen["explanation"]
    assert "contract hours" not in [p[0] for p in seen["inputs"]]
    assert ["hours", 16] in [list(p) for p in seen["inputs"]]       # worked hours are on the roster anyway
    own = app.inbox.get(items["Bob"], viewer=staff).reason            # sam's own record: in full
    assert "h of 60 h contracted" in own["explanation"] and "contract hours" in [p[0] for p in own["inputs"]]


def test_roster_card_hides_contract_lines_from_staff(app, owner, staff, shop):
    from core.inbox.reason import reason_card
    card = reason_card(explanation="Draft roster for the week of 30 Nov 2026: 1 cover gap.",
                       calculation=["120 points in total", "fairness: Ann 8 h under contract 30 h"],
                       warnings=["Ann works 8 h, 30 h required", "Cy has no shift on Monday"],
                       conflicts=["minimum hours cannot hold for Ann: Ann works 8 h, 30 h required"])
    with app.db.uow() as s:
        sid = app.inbox.draft(s, kind="roster", subject_type="roster_week", subject_id=WEEK.isoformat(),
                              title="Roster for week of 30 Nov 2026", reason=card, occurrence="x",
                              payload={"roster_id": shop["rid"], "week_start": WEEK.isoformat(), "cells": []})
    seen = app.inbox.get(sid, viewer=staff).reason
    assert seen["calculation"] == ["120 points in total"]
    assert seen["warnings"] == ["Cy has no shift on Monday"] and seen["conflicts"] == []
    assert app.inbox.get(sid, viewer=owner).reason["warnings"] == card["warnings"]


def test_cli_inbox_show_as_staff_hides_contracts(app, owner, staff, shop, data_dir, clock, capsys, cli_login):
    items = _two_short_weeks(app, owner, shop)
    cli_login("olivia", "sam", clock=clock)
    base = ["--data-dir", str(data_dir)]
    assert run(base + ["inbox", "show", str(items["Ann"]), "--as", "sam"], clock=clock) == 0
    out = capsys.readouterr().out
    assert "Ann" in out and "60 h" not in out and "contract hours" not in out
    assert run(base + ["inbox", "show", str(items["Ann"]), "--json", "--as", "olivia"], clock=clock) == 0
    assert "16 h of 60 h contracted" in json.loads(capsys.readouterr().out)["reason"]["explanation"]
