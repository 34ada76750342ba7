"""Invoicing's measure of its reminder job for the automation payoff: how many reminders were
followed by a payment on their invoice within 14 days."""
from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from core.automation.payoff import JobQuality, register_job_quality
from core.invoicing.models import Payment, PaymentReminder
from core.kernel.reports import Period, instant_bounds, shop_zone

if TYPE_CHECKING:
    from core.app import Deskmate

PAID_WITHIN_DAYS = 14


def reminders_followed_by_payment(app: "Deskmate", period: Period) -> str | None:
    """"Reminders followed by payment within 14 days: 60 % (3 of 5)" over the reminders sent in the
    period whose 14 days are over; None when there are none yet."""
    zone = shop_zone(app)
    lo, hi = instant_bounds(period, zone)
    today = app.today()
    with app.db.read() as s:
        sent = [(inv, at.astimezone(zone).date()) for inv, at in s.execute(
            select(PaymentReminder.invoice_id, PaymentReminder.sent_at)
            .where(PaymentReminder.sent_at >= lo, PaymentReminder.sent_at < hi)).all()]
        sent = [(inv, day) for inv, day in sent if day + timedelta(days=PAID_WITHIN_DAYS) <= today]
        paid: dict[int | None, list[date]] = {}
        if sent:
            for inv, day in s.execute(select(Payment.invoice_id, Payment.paid_on).where(
                    Payment.invoice_id.in_({inv for inv, _ in sent}))).all():
                paid.setdefault(inv, []).append(day)
    if not sent:
        return None
    followed = sum(1 for inv, day in sent
                   if any(day <= p <= day + timedelta(days=PAID_WITHIN_DAYS) for p in paid.get(inv, [])))
    return (f"Reminders followed by payment within {PAID_WITHIN_DAYS} days: "
            f"{round(100 * followed / len(sent))} % ({followed} of {len(sent)} sent at least "
            f"{PAID_WITHIN_DAYS} days ago)")


register_job_quality(JobQuality("invoicing.dunning", reminders_followed_by_payment))
