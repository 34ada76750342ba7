"""Invoicing's part of a customer's data: invoices, payments, reminders — for the customer page
(history and summary), the privacy export and erasure (see core/customers/providers.py)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.kernel.i18n import _, ngettext
from core.customers.models import Customer
from core.customers.providers import CustomerDataProvider, register_provider
from core.customers.service import HistoryEvent
from core.invoicing.models import Invoice, Payment, PaymentReminder
from core.invoicing.payments import payments
from core.invoicing.reads import invoice_info, invoice_row
from core.invoicing.receivables import open_amount, payment_delays, status_of
from core.invoicing.reminders import reminders
from core.kernel.formats import read_formats

ZERO = Decimal(0)


def history(s: Session, customer_id: int, today: date) -> list[HistoryEvent]:
    """Every invoice, payment and reminder of the customer, for the customer page's timeline."""
    out: list[HistoryEvent] = []
    money = read_formats(s).money
    for inv in s.scalars(select(Invoice).where(Invoice.customer_id == customer_id)):
        r = invoice_row(inv, today)
        on = inv.issue_date or inv.created_at.date()
        out.append(HistoryEvent(on, "invoices", r.status, r.label, inv.gross_total, str(inv.id)))
    for p, num in s.execute(select(Payment, Invoice.number).outerjoin(Invoice, Invoice.id == Payment.invoice_id)
                            .where(Payment.customer_id == customer_id)):
        title = (_("payment for {number}, {credit} kept as credit") if p.to_credit
                 else _("payment for {number}")).format(number=num, credit=money(p.to_credit))
        out.append(HistoryEvent(p.paid_on, "payments", p.method, title, p.received, str(p.id)))
    for r, num in s.execute(select(PaymentReminder, Invoice.number)
                            .join(Invoice, Invoice.id == PaymentReminder.invoice_id)
                            .where(PaymentReminder.customer_id == customer_id)):
        out.append(HistoryEvent(r.sent_at.date(), "reminders", _("level {level}").format(level=r.level),
                                _("reminder {level} for {number} ({channel})").format(
                                    level=r.level, number=num, channel=r.channel), r.open_amount, str(r.id)))
    return out


def summary(s: Session, customer_id: int, today: date) -> dict[str, Any]:
    """Invoiced, open, overdue, credit and how late the customer usually pays."""
    invs = list(s.scalars(select(Invoice).where(Invoice.customer_id == customer_id,
                                                Invoice.state == "issued", Invoice.kind == "invoice")))
    cust = s.get(Customer, customer_id)
    delays = payment_delays(s)
    return {"invoiced": sum((i.gross_total for i in invs), ZERO),
            "open": sum((open_amount(i) for i in invs), ZERO),
            "overdue": sum((open_amount(i) for i in invs if status_of(i, today) == "overdue"), ZERO),
            "credit": cust.credit_balance if cust else ZERO,
            "average_days_late": delays.get(customer_id)}


def privacy_data(s: Session, customer_id: int, today: date) -> dict[str, Any]:
    """Everything invoicing holds about the customer, for their privacy export."""
    invs = list(s.scalars(select(Invoice).where(Invoice.customer_id == customer_id).order_by(Invoice.id)))
    infos = [invoice_info(s, i, today) for i in invs]
    return {
        "invoices": [{"id": i.id, "number": i.number, "kind": i.kind, "status": i.status,
                      "issue_date": i.issue_date, "due_date": i.due_date, "billing_name": i.customer_name,
                      "billing_address": i.billing_address, "tax_id": i.customer_tax_id,
                      "net": i.net, "tax": i.tax, "gross": i.gross, "open": i.open,
                      "lines": [[ln.description, ln.quantity, ln.unit_price, ln.gross] for ln in i.lines]}
                     for i in infos],
        "payments": [p.__dict__ for p in payments(s, customer_id=customer_id)],
        "reminders": reminders(s, customer_id=customer_id),
    }


def erase(s: Session, customer_id: int) -> str | None:
    """Drafts are not legal documents, so their copy of the customer's details goes too."""
    n = 0
    for inv in s.scalars(select(Invoice).where(Invoice.customer_id == customer_id, Invoice.state == "draft")):
        inv.customer_name, inv.billing_address, inv.customer_tax_id = "(erased customer)", "", ""
        n += 1
    return ngettext("customer details on {n} draft invoice", "customer details on {n} draft invoices",
                    n).format(n=n) if n else None


def kept(s: Session, customer_id: int) -> str | None:
    numbers = list(s.scalars(select(Invoice.number).where(Invoice.customer_id == customer_id,
                                                          Invoice.state != "draft").order_by(Invoice.number)))
    if not numbers:
        return None
    return ngettext("{n} issued invoice or credit note ({numbers}) with the billing name, address and tax id "
                    "printed on it: tax law requires issued invoices to be kept unchanged for the retention period",
                    "{n} issued invoices and credit notes ({numbers}) with the billing name, address and tax id "
                    "printed on them: tax law requires issued invoices to be kept unchanged for the retention "
                    "period", len(numbers)).format(
        n=len(numbers), numbers=", ".join(numbers[:20]) + ("..." if len(numbers) > 20 else ""))


def _history(app: Any, customer_id: int) -> list[Any]:
    return app.invoicing.customer_history(customer_id)


def _privacy(app: Any, customer_id: int) -> dict[str, Any]:
    return app.invoicing.customer_privacy_data(customer_id)


register_provider(CustomerDataProvider("invoicing", history=_history, privacy_data=_privacy, erase=erase,
                                       kept=kept))
