"""Pilot mode: a job switched to pilot drafts as usual, its drafts stay out of the inbox, switching
is audited, and its payoff compares the drafts with what people did by hand in the same period —
purchase orders for the reorder job, reminders and payments for the reminder job."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal as D

import pytest

from core import cli
from core.inbox.service import InboxFilter
from core.inventory.reports import compare_orders
from core.invoicing.reports import compare_reminders
from core.kernel.audit import AuditFilter
from core.kernel.errors import PermissionDenied, ValidationError
from tests.core.inventory.conftest import shop  # noqa: F401


def test_compare_orders_known_answer():
    drafted = {i: D(10) for i in range(1, 16)}                 # products 1-15, 10 each
    ordered = {i: D(10) for i in range(4, 18)}                 # people: 4-17 (14 products)
    ordered.update({4: D(12), 5: D("9.1"), 6: D(100)})         # 10 vs 12: off by 17 %; vs 9.1: within
    # both: 4-15 = 12; extra: 1-3 = 3; within 10 %: 12 minus 4 and 6 = 10
    assert compare_orders(drafted, ordered) == ("would have ordered 12 of the 14 products people ordered; "
                                                "3 extra; quantities within 10 % for 10 of the 12")
    assert compare_orders({1: D(3)}, {}) == "people ordered nothing by hand; it would have ordered 1 product"


def test_compare_reminders_known_answer():
    assert compare_reminders({(1, 1), (2, 1), (3, 2)}, {(1, 1), (3, 1), (9, 1)}, 1) == (
        "would have reminded 2 of the 3 invoices people reminded; 1 extra; the same reminder level for 1; "
        "1 of the 3 paid within 14 days without one")


def test_reorder_pilot_keeps_drafts_out_of_the_inbox_and_compares_with_hand_orders(app, owner, staff, shop, clock):
    sup, bread, croissant, muffin = shop["supplier"], shop["bread"], shop["croissant"], shop["muffin"]
    with pytest.raises(PermissionDenied):
        app.automation.update_job(staff, "inventory.reorder", mode="pilot")
    info = app.automation.update_job(owner, "inventory.reorder", mode="pilot")
    assert info.mode == "pilot" and info.active and info.pilot_supported
    entry = app.audit.list(owner, AuditFilter(entity="job", entity_id="inventory.reorder"))[0]
    assert entry.summary == "job 'Reorder suggestions' switched from on to pilot"
    assert entry.before["mode"] == "on" and entry.after["mode"] == "pilot"

    run = app.automation.run_now(owner, "inventory.reorder", as_of=app.today())
    assert run.outcome == "ok" and run.created == 1
    assert app.inbox.list(InboxFilter(kind="reorder")) == []                  # nothing reaches the inbox
    assert app.inbox.list(InboxFilter(states=None, kind="reorder")) == []     # not even under "everything"
    from core.automation.pilot import pilot_drafts
    from core.kernel.reports import Period
    today = app.today()
    drafts = pilot_drafts(app, "inventory.reorder", Period(today, today))
    proposed = {ln["product_id"]: D(ln["quantity"]) for ln in drafts[0].payload["lines"]}
    assert bread.id in proposed and muffin.id in proposed and croissant.id not in proposed
    # people order by hand: the bread at the proposed quantity, the croissant it did not propose
    po = app.inventory.create_purchase_order(owner, sup.id, [
        {"product_id": bread.id, "quantity": str(proposed[bread.id]), "unit_cost": "1.20"},
        {"product_id": croissant.id, "quantity": "24", "unit_cost": "0.40"}])
    app.inventory.set_po_status(owner, po.row.id, "sent")
    draft_po = app.inventory.create_purchase_order(owner, sup.id, [{"product_id": muffin.id, "quantity": "5"}])
    assert draft_po.row.status == "draft"                                     # not placed: does not count

    payoff = next(p for p in app.automation.payoff(today, today) if p.job_id == "inventory.reorder")
    assert payoff.mode == "pilot" and payoff.verdict == "pilot"
    assert payoff.pilot == ("1 pilot draft against the purchase orders people placed: would have ordered 1 of "
                            "the 2 products people ordered; 1 extra; quantities within 10 % for 1 of the 1")
    assert payoff.pilot in payoff.evidence
    r = app.reports.run(owner, "automation", today, today)
    row = next(x for x in r.tables[0].rows if x[0] == "Reorder suggestions")
    assert row[1] == "pilot" and row[-1] == payoff.pilot

    # switched on: drafts reach the inbox again (the muffin is not on order once its draft is cancelled)
    app.inventory.set_po_status(owner, draft_po.row.id, "cancelled")
    assert app.automation.update_job(owner, "inventory.reorder", mode="on").mode == "on"
    clock.advance(timedelta(days=1))
    assert app.automation.run_now(owner, "inventory.reorder", as_of=app.today()).created == 1
    assert len(app.inbox.list(InboxFilter(kind="reorder"))) == 1
    assert app.automation.update_job(owner, "inventory.reorder", mode="off").active is False


def test_only_jobs_with_a_comparison_can_be_piloted(app, owner):
    with pytest.raises(ValidationError, match="cannot run in pilot"):
        app.automation.update_job(owner, "scheduling.auto_roster", mode="pilot")
    with pytest.raises(ValidationError, match="off, pilot or on, not .maybe."):
        app.automation.update_job(owner, "inventory.reorder", mode="maybe")


def test_reminder_pilot_counts_invoices_paid_without_a_reminder(app, owner, clock):
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "invoicing"))
    from inv_helpers import customer, lines
    clock.set(datetime(2026, 11, 25, 9, tzinfo=timezone.utc))
    cust = customer(app, owner)
    invs = []
    for _ in range(3):
        d = app.invoicing.create_draft(owner, cust.id, lines(("Job", "1", "100", "zero")), terms_days=0)
        invs.append(app.invoicing.issue(owner, d.id, issue_date=app.today() - timedelta(days=20),
                                        confirm_date=True))
    app.automation.update_job(owner, "invoicing.dunning", mode="pilot")
    assert app.automation.run_now(owner, "invoicing.dunning", as_of=app.today()).created == 3
    assert app.inbox.list(InboxFilter(kind="payment_reminder")) == []
    app.invoicing.record_payment(owner, invs[0].id, D("100"), paid_on=date(2026, 11, 30))   # 5 days after
    week = (date(2026, 11, 23), date(2026, 11, 29))
    p = next(x for x in app.automation.payoff(*week) if x.job_id == "invoicing.dunning")
    assert p.pilot.endswith("people sent no reminders; it would have reminded 3 invoices; 1 of the 3 paid "
                            "within 14 days without one")


def test_cli_switches_the_mode_and_lists_it(app, owner, data_dir, cli_login, capsys, clock):
    cli_login("olivia", clock=clock)
    base = ["--data-dir", str(data_dir)]
    assert cli.run([*base, "automation", "set", "inventory.reorder", "--mode", "pilot", "--as", "olivia"],
                   clock=clock) == 0
    assert "inventory.reorder: pilot, cron:0 6 * * * (daily at 06:00)" in capsys.readouterr().out
    assert cli.run([*base, "automation", "list", "--json", "--as", "olivia"], clock=clock) == 0
    import json
    jobs = {j["id"]: j for j in json.loads(capsys.readouterr().out)}
    assert jobs["inventory.reorder"]["mode"] == "pilot" and jobs["inventory.reorder"]["pilot_supported"]
    assert not jobs["scheduling.auto_roster"]["pilot_supported"]
