"""What customers owe: an invoice's derived status and open amount, the aging of receivables and
the cash-flow view.

Status is derived, never stored ("overdue" changes with the date, "paid" with a payment), so it is
computed in Python for one invoice (:func:`status_of`) and as SQL for lists and counts
(:func:`status_clause`); both must agree. The cash-flow arithmetic (:func:`cashflow`) is pure: the
service hands it the receipts and the supplier payments it read.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, Protocol

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from core.kernel.i18n import _, pgettext
from core.invoicing import money
from core.invoicing.models import Invoice, Payment
from core.kernel.errors import DeskmateError

STATUSES = ("draft", "issued", "part paid", "paid", "overdue", "void")


def status_words(status: str) -> str:
    """An invoice's status in the reader's language. Its own context: "open" (issued, not paid) is
    not the "open" of a purchase order still being worked on, and other languages tell them apart."""
    return {"draft": pgettext("invoice status", "draft"), "issued": pgettext("invoice status", "issued"),
            "open": pgettext("invoice status", "open"), "part paid": pgettext("invoice status", "part paid"),
            "paid": pgettext("invoice status", "paid"), "overdue": pgettext("invoice status", "overdue"),
            "void": pgettext("invoice status", "void")}.get(status, status)
ZERO = Decimal(0)
ONE_DAY = timedelta(days=1)
PAYABLES_NOTE = ("Supplier payments: sent and part-received purchase orders, due on their "
                 "expected delivery date (draft orders are not commitments yet).")
RECEIPTS_NOTE = ("Receipts are expected on the due date plus the customer's average days late "
                 "on paid invoices (no history: on the due date); overdue amounts count this week.")


@dataclass(frozen=True)
class AgingRow:
    customer_id: int
    customer_name: str
    buckets: dict[str, Decimal]
    total: Decimal
    invoices: int


@dataclass(frozen=True)
class AgingReport:
    as_of: date
    rows: tuple[AgingRow, ...]
    totals: dict[str, Decimal]
    total: Decimal


@dataclass(frozen=True)
class CashflowWeek:
    week_start: date
    expected_in: Decimal
    due_out: Decimal
    net: Decimal
    cumulative: Decimal
    receipts: tuple[str, ...] = ()
    payables: tuple[str, ...] = ()


@dataclass(frozen=True)
class CashflowReport:
    start: date
    weeks: tuple[CashflowWeek, ...]
    customer_delays: dict[int, float]
    notes: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Receipt:
    """Money expected in: an open invoice's amount on the day it is expected to be paid."""

    expected: date
    amount: Decimal
    label: str


class Payable(Protocol):
    """Money due out (inventory's purchase orders falling due)."""

    due: date
    amount: Decimal
    label: str


# ------------------------------------------------------------------------------ status

def status_of(inv: Any, today: date) -> str:
    """The derived status of an invoice (ORM object or :class:`~core.invoicing.reads.InvoiceRow`)."""
    state = inv.state
    if state in ("draft", "void"):
        return state
    if inv.kind == "credit_note":
        return "issued"
    gross = inv.gross_total if isinstance(inv, Invoice) else inv.gross
    paid = inv.paid_total if isinstance(inv, Invoice) else inv.paid
    credited = inv.credited_total if isinstance(inv, Invoice) else inv.credited
    open_ = gross - paid - credited
    if open_ <= 0:
        return "paid"
    if inv.due_date is not None and inv.due_date < today:
        return "overdue"
    if paid + credited > 0:
        return "part paid"
    return "issued"


def open_amount(inv: Invoice) -> Decimal:
    """What is still owed on an issued invoice (never negative; credit notes and drafts owe 0)."""
    if inv.state != "issued" or inv.kind == "credit_note":
        return ZERO
    return max(inv.gross_total - inv.paid_total - inv.credited_total, ZERO)


def _open_expr() -> Any:
    return Invoice.gross_total - Invoice.paid_total - Invoice.credited_total


def status_clause(status: str, today: date) -> Any:
    """SQL condition for a derived status (so lists filter and count in the database)."""
    issued_inv = and_(Invoice.state == "issued", Invoice.kind == "invoice")
    open_ = _open_expr()
    if status in ("draft", "void"):
        return Invoice.state == status
    if status == "paid":
        return and_(issued_inv, open_ <= 0)
    if status == "overdue":
        return and_(issued_inv, open_ > 0, Invoice.due_date < today)
    if status == "part paid":
        return and_(issued_inv, open_ > 0, Invoice.due_date >= today,
                    (Invoice.paid_total + Invoice.credited_total) > 0)
    if status == "issued":
        return or_(and_(Invoice.state == "issued", Invoice.kind == "credit_note"),
                   and_(issued_inv, open_ > 0, Invoice.due_date >= today,
                        (Invoice.paid_total + Invoice.credited_total) == 0))
    if status == "open":
        return and_(issued_inv, open_ > 0)
    raise DeskmateError(_("unknown status '{status}': use one of {names} or open").format(
                            status=status, names=', '.join(STATUSES)))


# ------------------------------------------------------------------------------ aging

def aging(s: Session, as_of: date) -> AgingReport:
    """Open invoices issued by ``as_of``, per customer, in the money module's aging buckets."""
    per: dict[int, dict[str, Any]] = {}
    totals = {b: ZERO for b in money.AGING_BUCKETS}
    q = select(Invoice).where(status_clause("open", as_of), Invoice.issue_date <= as_of)
    for inv in s.scalars(q):
        o = open_amount(inv)
        bucket = money.aging_bucket((as_of - inv.due_date).days)
        row = per.setdefault(inv.customer_id, {"name": inv.customer_name, "n": 0,
                                               "b": {b: ZERO for b in money.AGING_BUCKETS}})
        row["b"][bucket] += o
        row["n"] += 1
        totals[bucket] += o
    rows = tuple(sorted((AgingRow(cid, v["name"], v["b"], sum(v["b"].values(), ZERO), v["n"])
                         for cid, v in per.items()), key=lambda r: (-r.total, r.customer_name)))
    return AgingReport(as_of, rows, totals, sum(totals.values(), ZERO))


def payment_delays(s: Session) -> dict[int, float]:
    """Per customer, the average days between due date and full payment (late > 0)."""
    last_paid = (select(Payment.invoice_id, func.max(Payment.paid_on).label("paid_on"))
                 .group_by(Payment.invoice_id).subquery())
    q = (select(Invoice.customer_id, Invoice.due_date, last_paid.c.paid_on)
         .join(last_paid, last_paid.c.invoice_id == Invoice.id)
         .where(status_clause("paid", date.max)))
    acc: dict[int, list[int]] = defaultdict(list)
    for cid, due, paid_on in s.execute(q):
        if due and paid_on:
            acc[cid].append((paid_on - due).days)
    return {cid: sum(v) / len(v) for cid, v in acc.items()}


# ------------------------------------------------------------------------------ cash flow

def week_edges(today: date, weeks: int) -> list[date]:
    """The Mondays bounding ``weeks`` weeks from this week's Monday (``weeks + 1`` dates)."""
    monday = today - timedelta(days=today.weekday())
    return [monday + timedelta(weeks=i) for i in range(weeks + 1)]


def expected_receipts(s: Session, today: date, delays: dict[int, float]) -> list[Receipt]:
    """Open invoices, each expected on its due date plus its customer's average delay (never
    before today: overdue money counts this week)."""
    out = []
    for inv in s.scalars(select(Invoice).where(status_clause("open", today))):
        delay = max(round(delays.get(inv.customer_id, 0.0)), 0)
        expected = max(inv.due_date + timedelta(days=delay), today)
        out.append(Receipt(expected, open_amount(inv),
                           f"{inv.number} {inv.customer_name} {open_amount(inv)}"
                           + (f" (usually {delay} days late)" if delay else "")))
    return out


def cashflow(today: date, weeks: int, receipts: Iterable[Receipt], payables: Iterable[Payable],
             delays: dict[int, float], notes: Iterable[str] = ()) -> CashflowReport:
    """Money expected in against money due out, per week from this week's Monday, with a running
    total. Anything outside the weeks is left out; a payable already due counts this week."""
    edges = week_edges(today, weeks)
    monday = edges[0]
    inflow = [ZERO] * weeks
    outflow = [ZERO] * weeks
    rec: list[list[str]] = [[] for _ in range(weeks)]
    pay: list[list[str]] = [[] for _ in range(weeks)]
    for r in receipts:
        idx = (r.expected - monday).days // 7
        if 0 <= idx < weeks:
            inflow[idx] += r.amount
            rec[idx].append(r.label)
    for p in payables:
        idx = (max(p.due, today) - monday).days // 7
        if 0 <= idx < weeks:
            outflow[idx] += p.amount
            pay[idx].append(f"{p.label} {p.amount}")
    out = []
    cum = ZERO
    for i in range(weeks):
        net = inflow[i] - outflow[i]
        cum += net
        out.append(CashflowWeek(edges[i], inflow[i], outflow[i], net, cum, tuple(rec[i]), tuple(pay[i])))
    return CashflowReport(monday, tuple(out), delays, tuple(notes))
