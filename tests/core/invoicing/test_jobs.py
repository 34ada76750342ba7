"""Invoicing jobs: recurring drafts exactly once, appointment drafts, dunning and its applier."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal as D

import pytest
from inv_helpers import customer, lines

from core.app import Deskmate
from core.automation.registry import JobContext
from core.invoicing import jobs
from core.invoicing.service import InvoiceFilter, occurrences
from core.kernel.errors import ConflictError


def run(app, fn, as_of, job_id):
    ctx = JobContext(app=app, job_id=job_id, run_id=None, as_of=as_of, started_at=app.clock.now())
    fn(ctx)
    return ctx.created


def suggestion_rows(app, kind):
    from sqlalchemy import select

    from core.inbox.models import Suggestion
    with app.db.read() as s:
        return list(s.execute(select(Suggestion.id, Suggestion.occurrence, Suggestion.state)
                              .where(Suggestion.kind == kind).order_by(Suggestion.occurrence)))


def test_occurrences_clamp_month_ends_and_stop_at_end():
    assert occurrences("monthly", date(2026, 1, 31), date(2026, 4, 30)) == [
        date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30)]
    assert occurrences("weekly", date(2026, 11, 2), date(2026, 11, 25), end=date(2026, 11, 20)) == [
        date(2026, 11, 2), date(2026, 11, 9), date(2026, 11, 16)]
    assert occurrences("yearly", date(2024, 2, 29), date(2026, 3, 1)) == [
        date(2024, 2, 29), date(2025, 2, 28), date(2026, 2, 28)]


def test_recurring_drafts_exactly_once_per_occurrence_across_restarts(app, owner, data_dir, clock):
    cust = customer(app, owner)
    app.invoicing.add_agreement(owner, cust.id, "Weekly bread", "weekly", date(2026, 11, 2),
                                lines(("Bread box", "1", "30", "reduced")))
    app.invoicing.add_agreement(owner, cust.id, "Monthly catering", "monthly", date(2026, 9, 15),
                                lines(("Catering", "1", "400", "standard")))
    job = "invoicing.recurring_drafts"
    assert run(app, jobs.recurring_drafts, date(2026, 11, 25), job) == 4 + 3   # 4 weeks + Sep/Oct/Nov
    assert run(app, jobs.recurring_drafts, date(2026, 11, 25), job) == 0      # run twice: nothing new
    # "Restart": a second process-like app on the same file, days later (the shop was closed).
    clock2 = type(clock)(datetime(2026, 12, 3, 9, tzinfo=timezone.utc))
    other = Deskmate.open(data_dir, clock=clock2)
    try:
        for day in (date(2026, 11, 26), date(2026, 12, 1), date(2026, 12, 3)):   # catch-up, day by day
            run(other, jobs.recurring_drafts, day, job)
        run(other, jobs.recurring_drafts, date(2026, 12, 3), job)
    finally:
        other.close()
    occ = [o for _, o, _ in suggestion_rows(app, "invoice_draft")]
    assert len(occ) == len(set(occ)) == 4 + 3 + 1       # + week of 30 Nov; Dec 15 is not due yet
    assert "2026-11-30" in occ


def test_approving_a_draft_creates_a_draft_invoice_once_and_never_issues(app, owner, bookkeeper):
    cust = customer(app, owner)
    app.invoicing.add_agreement(owner, cust.id, "Monthly", "monthly", date(2026, 11, 1),
                                lines(("Service", "1", "100", "standard")))
    run(app, jobs.recurring_drafts, date(2026, 11, 25), "invoicing.recurring_drafts")
    (sid, occ, _), = suggestion_rows(app, "invoice_draft")
    res = app.inbox.decide(bookkeeper, sid, "approve")
    assert "not issued" in res.message
    (inv,) = app.invoicing.list(InvoiceFilter(customer_id=cust.id))
    assert inv.status == "draft" and inv.number is None and inv.machine_drafted and inv.gross == D("120.00")
    # The same occurrence cannot become a second invoice, even bypassing the inbox.
    with pytest.raises(ConflictError):
        with app.db.uow() as s:
            app.invoicing.create_draft_in(s, owner, cust.id, lines(("x", "1", "1", "zero")),
                                          source_key=f"agreement:1:{occ}")


def test_approve_with_issue_ticked_issues_in_the_same_step(app, owner, bookkeeper):
    cust = customer(app, owner)
    app.invoicing.add_agreement(owner, cust.id, "Monthly", "monthly", date(2026, 11, 1),
                                lines(("Service", "1", "100", "standard")))
    run(app, jobs.recurring_drafts, date(2026, 11, 25), "invoicing.recurring_drafts")
    (sid, _, _), = suggestion_rows(app, "invoice_draft")
    detail = app.inbox.get(sid)
    payload = dict(detail.payload, issue=True)
    res = app.inbox.decide(bookkeeper, sid, "edit", payload=payload)
    assert "2026-0001 issued" in res.message
    assert app.invoicing.by_number("2026-0001").status == "issued"


def test_appointment_drafts_group_per_customer_and_mark_billed(app, owner, bookkeeper):
    try:
        from tests.core.scheduling.sched_helpers import WEEK, small_shop
    except ImportError:
        pytest.skip("scheduling test helpers not available")
    ann, _b, _c = small_shop(app, owner)
    rid = app.scheduling.new_roster(owner, WEEK)
    app.scheduling.assign(owner, rid, ann.id, WEEK, "OPN")
    app.scheduling.publish(owner, rid)
    svc = app.scheduling.add_service(owner, "Tasting", 45, skill="baker", price="24.00")
    cust = customer(app, owner)
    a1 = app.scheduling.book(owner, cust.id, svc.id, ann.id, WEEK, 9 * 60)
    a2 = app.scheduling.book(owner, cust.id, svc.id, ann.id, WEEK, 10 * 60)
    for a in (a1, a2):
        app.scheduling.confirm(owner, a.id)
        app.scheduling.complete(owner, a.id)
    day = WEEK + timedelta(days=1)
    assert run(app, jobs.appointment_drafts, day, "invoicing.appointment_drafts") == 1
    assert run(app, jobs.appointment_drafts, day, "invoicing.appointment_drafts") == 0
    (sid, _, _), = suggestion_rows(app, "invoice_draft")
    app.inbox.decide(bookkeeper, sid, "approve")
    (inv,) = app.invoicing.list(InvoiceFilter(customer_id=cust.id))
    full = app.invoicing.get(inv.id)
    assert len(full.lines) == 2 and full.gross == D("48.00") and full.tax == D("8.00")   # prices include tax
    assert app.scheduling.billable_appointments(None) == []
    assert run(app, jobs.appointment_drafts, day, "invoicing.appointment_drafts") == 0
    # deleting the draft gives the appointments back to scheduling (a domain event, same transaction)
    app.invoicing.delete_draft(bookkeeper, inv.id)
    assert sorted(b.id for b in app.scheduling.billable_appointments(None)) == sorted([a1.id, a2.id])


def test_dunning_drafts_levels_once_and_approval_writes_pdf_to_outbox(app, owner, bookkeeper):
    cust = customer(app, owner)
    d = app.invoicing.create_draft(owner, cust.id, lines(("Job", "1", "100", "zero")), terms_days=0)
    inv = app.invoicing.issue(owner, d.id, issue_date=app.today() - timedelta(days=10), confirm_date=True)
    job = "invoicing.dunning"
    assert run(app, jobs.dunning, app.today(), job) == 1
    assert run(app, jobs.dunning, app.today(), job) == 0
    (sid, occ, _), = suggestion_rows(app, "payment_reminder")
    assert occ == "level-1"
    detail = app.inbox.get(sid)
    assert inv.number in detail.payload["subject"] and "100.00" in detail.payload["body"]
    assert detail.payload["to"] == "ann@example.com" and "10 days overdue" in detail.reason["explanation"]
    res = app.inbox.decide(bookkeeper, sid, "approve")
    assert "outbox" in res.message
    pdfs = list(app.paths.outbox.glob(f"reminder-{inv.number}-level1-*.pdf"))
    emls = list(app.paths.outbox.glob("*.eml"))
    assert len(pdfs) == 1 and len(emls) == 1
    import pypdf
    assert inv.number in pypdf.PdfReader(pdfs[0]).pages[0].extract_text()
    assert any(n.kind == "reminder" and inv.number in n.text for n in app.customers.notes(cust.id))
    assert app.invoicing.reminders(invoice_id=inv.id)[0]["channel"] == "outbox"
    # Level 2 comes only after 21 days overdue; paying closes the open reminder.
    assert run(app, jobs.dunning, app.today() + timedelta(days=5), job) == 0
    assert run(app, jobs.dunning, app.today() + timedelta(days=12), job) == 1
    app.invoicing.record_payment(owner, inv.id, D("100"))
    states = [st for _, _, st in suggestion_rows(app, "payment_reminder")]
    assert states == ["applied", "superseded"]
