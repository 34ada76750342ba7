"""Payments against issued invoices, and the customer's credit balance they feed or draw on.

An overpayment is kept as customer credit, never lost; paying from credit is a payment with the
method "customer credit". When an invoice is settled, its waiting reminders are withdrawn.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.kernel.i18n import _
from core.customers.service import change_credit, credit_of
from core.invoicing import money
from core.invoicing.config import read_config
from core.invoicing.models import Invoice, Payment
from core.invoicing.receivables import open_amount
from core.invoicing.reminders import supersede_reminders
from core.kernel.actor import Actor
from core.kernel.audit import record
from core.kernel.errors import ConflictError, NotFound, Problem, ValidationError
from core.kernel.formats import read_formats
from core.kernel.limits import check_money

if TYPE_CHECKING:
    from core.app import Deskmate

CREDIT_METHOD = "customer credit"


@dataclass(frozen=True)
class PaymentInfo:
    id: int
    invoice_id: int | None
    invoice_number: str | None
    customer_id: int
    paid_on: date
    received: Decimal
    applied: Decimal
    to_credit: Decimal
    method: str
    reference: str
    created_by: str


def payment_info(p: Payment, number: str | None) -> PaymentInfo:
    return PaymentInfo(p.id, p.invoice_id, number, p.customer_id, p.paid_on, p.received, p.applied,
                       p.to_credit, p.method, p.reference, p.created_by)


def record_payment_in(app: "Deskmate", s: Session, actor: Actor, invoice_id: int, amount: Decimal,
                      paid_on: date, method: str = "bank transfer", reference: str = "") -> PaymentInfo:
    """Record ``amount`` received for an issued invoice, in the caller's unit of work: what is open
    is settled, any excess becomes customer credit."""
    inv = s.get(Invoice, invoice_id)
    if inv is None:
        raise NotFound(_("no invoice {invoice_id}").format(invoice_id=invoice_id))
    if inv.state != "issued" or inv.kind != "invoice":
        raise ConflictError(_("payments are recorded against issued invoices (this is {state})").format(
                                state=inv.state))
    cfg = read_config(s)
    amount = check_money(amount, "amount", negative=True)
    if amount != cfg.rounding(amount):
        raise ValidationError(_("{amount} has more decimals than the currency").format(amount=amount),
                              [Problem(_("too many decimals"), column="amount")])
    try:
        applied, to_credit = money.allocate_payment(open_amount(inv), amount)
    except ValueError as exc:
        raise ValidationError(str(exc), [Problem(str(exc), column="amount")]) from None
    if method == CREDIT_METHOD:
        if to_credit > 0:
            raise ValidationError(_("credit used cannot exceed what is open"), [Problem(_("too much"), column="amount")])
        change_credit(s, inv.customer_id, -amount)
    inv.paid_total += applied
    if to_credit:
        change_credit(s, inv.customer_id, to_credit)
    now = app.clock.now()
    p = Payment(invoice_id=inv.id, customer_id=inv.customer_id, paid_on=paid_on, received=amount,
                applied=applied, to_credit=to_credit, method=method, reference=reference,
                created_at=now, created_by=actor.username)
    s.add(p)
    s.flush()
    if open_amount(inv) <= 0:
        supersede_reminders(app, s, actor, inv, "invoice paid")
    record(s, actor, area="invoicing", action="record payment", entity="invoice", entity_id=inv.id,
           after={"payment": p.id, "received": amount, "applied": applied, "to_credit": to_credit,
                  "paid_on": paid_on, "method": method, "reference": reference},
           summary=(_("payment of {money} on {number} ({credit} kept as credit)") if to_credit
                    else _("payment of {money} on {number}")).format(
                        money=read_formats(s).money(amount, inv.currency), number=inv.number,
                        credit=read_formats(s).money(to_credit, inv.currency)),
           at=app.clock.now())
    return payment_info(p, inv.number)


def use_credit_in(app: "Deskmate", s: Session, actor: Actor, invoice_id: int,
                  amount: Decimal | None = None) -> PaymentInfo:
    """Settle (part of) an invoice from the customer's credit balance: ``amount``, or as much as
    both the credit and the open amount allow."""
    inv = s.get(Invoice, invoice_id)
    if inv is None:
        raise NotFound(_("no invoice {invoice_id}").format(invoice_id=invoice_id))
    use = amount if amount is not None else min(credit_of(s, inv.customer_id), open_amount(inv))
    if use <= 0:
        raise ConflictError(_("no customer credit to use, or nothing open"))
    return record_payment_in(app, s, actor, invoice_id, use, app.today(), CREDIT_METHOD, "credit balance")


def payments(s: Session, invoice_id: int | None = None, customer_id: int | None = None,
             date_from: date | None = None, date_to: date | None = None) -> list[PaymentInfo]:
    """Payments matching every filter given, by date."""
    q = select(Payment, Invoice.number).outerjoin(Invoice, Invoice.id == Payment.invoice_id)
    if invoice_id is not None:
        q = q.where(Payment.invoice_id == invoice_id)
    if customer_id is not None:
        q = q.where(Payment.customer_id == customer_id)
    if date_from:
        q = q.where(Payment.paid_on >= date_from)
    if date_to:
        q = q.where(Payment.paid_on <= date_to)
    return [payment_info(p, num) for p, num in s.execute(q.order_by(Payment.paid_on, Payment.id))]
