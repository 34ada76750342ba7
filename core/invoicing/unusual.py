"""Unusual figures in invoicing: a payment far outside what the customer usually pays (run by the
automation area's "Unusual figures" job; a finding for a person, nothing changes).

A payment is compared with the same customer's :data:`HISTORY` payments before it, on a log scale
(amounts are multiplicative: 15 for a customer who pays 150 is as odd as 1,500). The usual range is
exp(median ± :data:`K` × max(1.4826 × MAD, ln :data:`MIN_RATIO`)) of the log amounts, so a customer
who always pays the same still may pay up to about 2.4 × more or less before it is called unusual.
A customer needs :data:`MIN_PAYMENTS` earlier payments to be judged. A payment that settles its own
invoice to the cent is explained by that invoice and is not reported (a large order is not an
error); a part payment is judged like any other (15 paid on an invoice of 150 is how a digit too
few looks) and its card names the invoice and its total. Paying from credit (method "credit") is
bookkeeping, not money received, and is left out.
"""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.automation.quality import Finding
from core.customers.models import Customer
from core.invoicing.models import Invoice, Payment
from core.kernel.formats import read_formats
from core.inbox.texts import stored, tmsg
from core.kernel.i18n import N_
from core.kernel.robust import RobustRange, robust_range

if TYPE_CHECKING:
    from core.app import Deskmate

K = 4.0
MIN_RATIO = 1.25          # the spread never below ln(1.25): ×/÷ e^(4 × 0.223) ≈ 2.4
MIN_PAYMENTS = 5
HISTORY = 24
CHECK_DAYS = 60


@dataclass(frozen=True)
class UnusualPayment:
    payment_id: int
    customer_id: int
    paid_on: date
    amount: Decimal
    low: Decimal
    high: Decimal
    usual: RobustRange           # on the log scale
    earlier: tuple[Decimal, ...]
    invoice_number: str | None = None
    invoice_total: Decimal | None = None

    @property
    def typical(self) -> Decimal:
        return Decimal(str(round(math.exp(self.usual.centre), 2)))


def payment_range(earlier: Sequence[Decimal]) -> RobustRange:
    return robust_range([math.log(float(a)) for a in earlier], K, min_spread=math.log(MIN_RATIO))


def judge(amount: Decimal, earlier: Sequence[Decimal]) -> tuple[bool, RobustRange] | None:
    """(outside the usual range?, the range on the log scale), or None with too little history."""
    if len(earlier) < MIN_PAYMENTS or amount <= 0:
        return None
    usual = payment_range(earlier)
    return (not usual.contains(math.log(float(amount))), usual)


def scan(session: Session, today: date, check_days: int) -> tuple[list[UnusualPayment], int]:
    """(unusual payments received in the last ``check_days`` days, payments judged)."""
    since = today - timedelta(days=check_days)
    rows = session.execute(
        select(Payment.id, Payment.customer_id, Payment.paid_on, Payment.received, Invoice.number,
               Invoice.gross_total)
        .outerjoin(Invoice, Invoice.id == Payment.invoice_id)
        .where(Payment.received > 0, Payment.method != "credit")
        .order_by(Payment.customer_id, Payment.paid_on, Payment.id)).all()
    per: dict[int, list[tuple[int, date, Decimal, str | None, Decimal | None]]] = defaultdict(list)
    for pay_id, cid, day, received, number, invoice_total in rows:
        per[cid].append((pay_id, day, received, number, invoice_total))
    found: list[UnusualPayment] = []
    judged = 0
    for cid, pays in per.items():
        for i, (pid, paid_on, amount, number, gross) in enumerate(pays):
            if paid_on < since:
                continue
            earlier = [a for _p, _d, a, _n, _g in pays[max(0, i - HISTORY):i]]
            verdict = judge(amount, earlier)
            if verdict is None:
                continue
            judged += 1
            outside, usual = verdict
            if outside and (gross is None or amount != gross):
                found.append(UnusualPayment(
                    pid, cid, paid_on, amount, Decimal(str(round(math.exp(usual.low), 2))),
                    Decimal(str(round(math.exp(usual.high), 2))), usual, tuple(earlier), number, gross))
    return found, judged


def payments_unusual(session: Session, app: "Deskmate") -> list[Finding]:
    """Payments far outside what the customer usually pays."""
    found, _judged = scan(session, app.today(), CHECK_DAYS)
    if not found:
        return []
    fm = read_formats(session)
    names = dict(session.execute(select(Customer.id, Customer.name).where(
        Customer.id.in_({o.customer_id for o in found}))).all())
    out = []
    for o in found:
        name = names.get(o.customer_id, "")
        rng = tmsg("{low} to {high}", low=fm.money(o.low), high=fm.money(o.high))
        ratio = float(o.amount) / float(o.typical) if o.typical else 0.0
        out.append(Finding(
            "customer", o.customer_id, name,
            stored("paid {amount} on {day}; this customer usually pays {low} to {high}",
                amount=fm.money(o.amount), day=fm.date(o.paid_on), low=fm.money(o.low),
                high=fm.money(o.high)),
            stored("compare the payment with the bank statement (a digit too many or too few, a "
              "payment booked to the wrong customer) and correct it on the invoice; if it is "
              "right, approve this to record that you looked at it"),
            area="invoicing", check="unusual_payment",
            key=f"payment {o.payment_id} {o.amount:.2f} outside {o.low:.2f}..{o.high:.2f}",
            details={N_("customer"): name, N_("paid on"): fm.date(o.paid_on), N_("amount"): fm.money(o.amount),
                     N_("expected range"): rng, N_("typical payment (median)"): fm.money(o.typical),
                     N_("times the typical payment"): fm.number(ratio, 2),
                     N_("earlier payments"): ", ".join(fm.money(a) for a in o.earlier),
                     N_("towards invoice"): tmsg("{number} of {total}",
                         number=o.invoice_number, total=fm.money(o.invoice_total))
                     if o.invoice_number and o.invoice_total is not None else tmsg("(none: on account)")},
            formula=f"exp(median(ln p) ± {fm.number(K)} × max(1.4826 × MAD(ln p), ln {fm.number(MIN_RATIO)}))",
            calculation=(tmsg("usual range = exp(median ± {k} × max(1.4826 × MAD, ln {ratio})) of the log of "
                              "the customer's last {n} payments",
                              k=fm.number(K), ratio=fm.number(MIN_RATIO), n=HISTORY),
                         tmsg("median {median}, spread ×/÷ {spread} → {range}",
                median=fm.money(o.typical), spread=fm.number(math.exp(o.usual.spread), 2), range=rng),
                tmsg("{amount} is {times} × the typical payment",
                    amount=fm.money(o.amount), times=fm.number(ratio, 2)))))
    return out


CHECKS = [payments_unusual]
