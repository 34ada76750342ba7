"""Reading invoices: the row a list shows, the full document a page or a PDF shows, and the
filters, sorts and counts behind the invoices page.

Everything here takes a read session and ``today`` (statuses depend on the date) and returns
frozen DTOs, never ORM objects.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from core.kernel.i18n import _
from core.invoicing import money
from core.invoicing.models import Invoice, InvoiceLine, InvoiceTax, Payment
from core.invoicing.payments import PaymentInfo, payment_info
from core.invoicing.receivables import STATUSES, open_amount, status_clause, status_of
from core.kernel.errors import NotFound

ZERO = Decimal(0)


@dataclass(frozen=True)
class LineInfo:
    id: int
    position: int
    item_id: int | None
    description: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    price_includes_tax: bool
    discount_pct: Decimal
    tax_code: str
    tax_rate: Decimal
    net: Decimal
    tax: Decimal
    gross: Decimal


@dataclass(frozen=True)
class TaxInfo:
    code: str
    rate: Decimal
    net: Decimal
    tax: Decimal


@dataclass(frozen=True)
class InvoiceRow:
    """One invoice in a list (no lines)."""

    id: int
    kind: str
    number: str | None
    state: str
    status: str
    customer_id: int
    customer_name: str
    issue_date: date | None
    due_date: date | None
    net: Decimal
    tax: Decimal
    gross: Decimal
    paid: Decimal
    credited: Decimal
    open: Decimal
    days_overdue: int
    source: str
    machine_drafted: bool
    reminder_level: int

    @property
    def label(self) -> str:
        if self.kind == "credit_note":
            return (_("Credit note {number}") if self.number else _("Draft credit note #{id}")).format(
                number=self.number, id=self.id)
        return (_("Invoice {number}") if self.number else _("Draft invoice #{id}")).format(number=self.number, id=self.id)


@dataclass(frozen=True)
class InvoiceInfo(InvoiceRow):
    billing_address: str = ""
    customer_tax_id: str = ""
    terms_days: int = 14
    currency: str = "EUR"
    tax_mode: str = "line"
    notes: str = ""
    credit_of_id: int | None = None
    credit_of_number: str | None = None
    void_reason: str | None = None
    issued_by: str | None = None
    source_detail: Any = None
    lines: tuple[LineInfo, ...] = ()
    taxes: tuple[TaxInfo, ...] = ()
    payments: tuple[PaymentInfo, ...] = ()
    discount: Decimal = ZERO


@dataclass(frozen=True)
class InvoiceFilter:
    status: str | None = None            # one of STATUSES, or "open" (issued and not paid)
    kind: str | None = None
    customer_id: int | None = None
    date_from: date | None = None        # issue date (drafts: creation date)
    date_to: date | None = None
    text: str | None = None


SORTS = {"newest": (Invoice.issue_date.desc(), Invoice.id.desc()),
         "oldest": (Invoice.issue_date.asc(), Invoice.id.asc()),
         "number": (Invoice.number.asc(), Invoice.id.asc()),
         "customer": (Invoice.customer_name.asc(), Invoice.id.desc()),
         "due": (Invoice.due_date.asc(), Invoice.id.asc()),
         "amount": (Invoice.gross_total.desc(), Invoice.id.desc())}


def invoice_row(inv: Invoice, today: date) -> InvoiceRow:
    o = open_amount(inv)
    days = (today - inv.due_date).days if (o > 0 and inv.due_date) else 0
    return InvoiceRow(inv.id, inv.kind, inv.number, inv.state, status_of(inv, today), inv.customer_id,
                      inv.customer_name, inv.issue_date, inv.due_date, inv.net_total, inv.tax_total,
                      inv.gross_total, inv.paid_total, inv.credited_total, o, max(days, 0), inv.source,
                      inv.machine_drafted, inv.reminder_level)


def invoice_info(s: Session, inv: Invoice, today: date) -> InvoiceInfo:
    """The whole document: lines, tax summary, payments, the invoice it credits."""
    base = invoice_row(inv, today)
    lines = tuple(LineInfo(ln.id, ln.position, ln.item_id, ln.description, ln.quantity, ln.unit,
                           ln.unit_price, ln.price_includes_tax, ln.discount_pct, ln.tax_code,
                           ln.tax_rate, ln.net, ln.tax, ln.gross)
                  for ln in s.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id)
                                      .order_by(InvoiceLine.position)))
    taxes = tuple(TaxInfo(t.tax_code, t.tax_rate, t.net, t.tax)
                  for t in s.scalars(select(InvoiceTax).where(InvoiceTax.invoice_id == inv.id)
                                     .order_by(InvoiceTax.tax_rate.desc(), InvoiceTax.tax_code)))
    pays = tuple(payment_info(p, inv.number) for p in s.scalars(
        select(Payment).where(Payment.invoice_id == inv.id).order_by(Payment.paid_on, Payment.id)))
    credit_of_number = s.scalar(select(Invoice.number).where(Invoice.id == inv.credit_of_id)) \
        if inv.credit_of_id else None
    discount = sum(((money.LineInput(ln.quantity, ln.unit_price, ln.tax_code, ln.tax_rate).base
                     - money.LineInput(ln.quantity, ln.unit_price, ln.tax_code, ln.tax_rate,
                                       ln.discount_pct).base) for ln in lines), ZERO)
    return InvoiceInfo(**base.__dict__, billing_address=inv.billing_address,
                       customer_tax_id=inv.customer_tax_id, terms_days=inv.terms_days,
                       currency=inv.currency, tax_mode=inv.tax_mode, notes=inv.notes,
                       credit_of_id=inv.credit_of_id, credit_of_number=credit_of_number,
                       void_reason=inv.void_reason, issued_by=inv.issued_by,
                       source_detail=inv.source_detail, lines=lines, taxes=taxes, payments=pays,
                       discount=discount)


def get(s: Session, invoice_id: int, today: date) -> InvoiceInfo:
    inv = s.get(Invoice, invoice_id)
    if inv is None:
        raise NotFound(_("no invoice {invoice_id}").format(invoice_id=invoice_id))
    return invoice_info(s, inv, today)


def by_number(s: Session, number: str, today: date) -> InvoiceInfo:
    inv = s.scalar(select(Invoice).where(Invoice.number == number))
    if inv is None:
        raise NotFound(_("no invoice numbered {number}").format(number=number))
    return invoice_info(s, inv, today)


def filter_query(f: InvoiceFilter, today: date) -> Any:
    """A select of the invoices matching ``f`` (statuses as of ``today``), unordered."""
    q = select(Invoice)
    if f.status:
        q = q.where(status_clause(f.status, today))
    if f.kind:
        q = q.where(Invoice.kind == f.kind)
    if f.customer_id is not None:
        q = q.where(Invoice.customer_id == f.customer_id)
    day = func.coalesce(Invoice.issue_date, func.date(Invoice.created_at))
    if f.date_from:
        q = q.where(day >= f.date_from)
    if f.date_to:
        q = q.where(day <= f.date_to)
    if f.text:
        like = f"%{f.text}%"
        q = q.where(or_(Invoice.number.ilike(like), Invoice.customer_name.ilike(like),
                        Invoice.notes.ilike(like)))
    return q


def list_rows(s: Session, f: InvoiceFilter, today: date, limit: int | None = None, offset: int = 0,
              sort: str = "newest") -> list[InvoiceRow]:
    q = filter_query(f, today).order_by(*SORTS[sort]).offset(offset)
    if limit is not None:
        q = q.limit(limit)
    return [invoice_row(i, today) for i in s.scalars(q)]


def ids(s: Session, f: InvoiceFilter, today: date, sort: str = "newest") -> list[int]:
    sub = filter_query(f, today).order_by(*SORTS[sort]).subquery()
    return list(s.scalars(select(sub.c.id)))


def rows(s: Session, ids: Sequence[int], today: date) -> list[InvoiceRow]:
    """Rows for ``ids``, in that order (ids no longer there are left out)."""
    found = {i.id: invoice_row(i, today) for i in s.scalars(select(Invoice).where(Invoice.id.in_(list(ids))))}
    return [found[i] for i in ids if i in found]


def counts(s: Session, today: date) -> dict[str, int]:
    """How many invoices per status (for tabs and badges)."""
    return {st: s.scalar(select(func.count(Invoice.id)).where(status_clause(st, today))) or 0
            for st in STATUSES}
