"""The reminder job's own measure beside its payoff: reminders followed by a payment on their
invoice within 14 days, counted only once the 14 days are over."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal as D

from inv_helpers import customer, lines

from core.invoicing import jobs
from tests.core.invoicing.test_jobs import run, suggestion_rows


def test_reminders_followed_by_payment_within_14_days(app, owner, bookkeeper, clock):
    cust = customer(app, owner)
    invoices = []
    for _ in range(2):
        d = app.invoicing.create_draft(owner, cust.id, lines(("Job", "1", "100", "zero")), terms_days=0)
        invoices.append(app.invoicing.issue(owner, d.id, issue_date=app.today() - timedelta(days=10),
                                            confirm_date=True))
    assert run(app, jobs.dunning, app.today(), "invoicing.dunning") == 2
    for sid, _occ, _state in suggestion_rows(app, "payment_reminder"):
        app.inbox.decide(bookkeeper, sid, "approve")                 # sent today, 25 Nov
    app.invoicing.record_payment(owner, invoices[0].id, D("100"), paid_on=date(2026, 12, 5))   # day 10
    week = (date(2026, 11, 23), date(2026, 11, 29))
    clock.advance(timedelta(days=5))                                  # 30 Nov: the 14 days are not over
    dunning = next(p for p in app.automation.payoff(*week) if p.job_id == "invoicing.dunning")
    assert dunning.quality == "" and dunning.decided == 2
    clock.advance(timedelta(days=10))                                 # 10 Dec
    dunning = next(p for p in app.automation.payoff(*week) if p.job_id == "invoicing.dunning")
    assert dunning.quality == ("Reminders followed by payment within 14 days: 50 % (1 of 2 sent at least "
                               "14 days ago)")
    assert dunning.quality in dunning.evidence
