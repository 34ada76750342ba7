"""Invoicing service: catalogue, drafts, issuing with gapless numbers, credit notes, voids,
payments, status and aging, the cash-flow view, and what the customer page shows.

Rules enforced here (not in the GUI):

* a number is given only on issue, inside the issuing transaction, from a counter row per series
  (SQLite writers BEGIN IMMEDIATE, PostgreSQL locks the counter row FOR UPDATE): two people
  issuing at once queue, never share or skip a number;
* an issued invoice never changes: its document fields and lines are refused by the service and,
  as a second guard, by a flush hook (``_guard_issued``) for any code path that forgets;
* corrections are credit notes referencing the original, or a void with a reason (the number
  stays used and visible);
* nothing is issued by automation: jobs draft suggestions; approving one creates a draft invoice.

Session-level functions (``*_in``) run inside a caller's transaction (inbox appliers, importers).
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from babel.numbers import get_currency_precision
from sqlalchemy import and_, event, func, inspect, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core.customers.models import Customer
from core.customers.service import HistoryEvent, change_credit, credit_of
from core.kernel.events import EventContext, publish
from core.invoicing import money
from core.invoicing.fields import check_lines
from core.invoicing.models import (
    CatalogueItem, Invoice, InvoiceCounter, InvoiceLine, InvoiceTax, Payment, PaymentReminder,
    RecurringAgreement,
)
from core.invoicing.dates import check_issue_date
from core.invoicing.settings import series_key
from core.kernel.actor import Actor
from core.kernel.audit import record
from core.kernel.errors import ConflictError, DeskmateError, NotFound, Problem, ValidationError
from core.kernel.formats import read_formats
from core.kernel.limits import MONEY_MAX, LimitError, check_money, money_value, quantity_value
from core.kernel.settings import SettingsService
from core.users.permissions import Perm, require

if TYPE_CHECKING:
    from core.app import Deskmate

STATUSES = ("draft", "issued", "part paid", "paid", "overdue", "void")
ZERO = Decimal(0)
REMINDER_KIND = "payment_reminder"
DRAFT_KIND = "invoice_draft"


# ============================================================================ DTOs

@dataclass(frozen=True)
class LineDraft:
    """A line as a person (or a job) writes it; amounts are computed by the money module."""

    description: str
    quantity: Decimal
    unit_price: Decimal
    tax_code: str
    discount_pct: Decimal = ZERO
    price_includes_tax: bool = False
    item_id: int | None = None
    unit: str = ""

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "LineDraft":
        def dec(key: str, default: str = "0") -> Decimal:
            raw = d.get(key, default)
            try:
                return Decimal(str(raw if raw not in (None, "") else default).strip())
            except InvalidOperation:
                raise DeskmateError(f"'{raw}' is not a number ({key})") from None
        return cls(description=str(d.get("description", "")).strip(), quantity=dec("quantity", "1"),
                   unit_price=dec("unit_price"), tax_code=str(d.get("tax_code", "")).strip(),
                   discount_pct=dec("discount_pct"), price_includes_tax=bool(d.get("price_includes_tax", False)),
                   item_id=int(d["item_id"]) if d.get("item_id") not in (None, "") else None,
                   unit=str(d.get("unit", "") or ""))

    def as_dict(self) -> dict[str, Any]:
        return {"description": self.description, "quantity": str(self.quantity),
                "unit_price": str(self.unit_price), "tax_code": self.tax_code,
                "discount_pct": str(self.discount_pct), "price_includes_tax": self.price_includes_tax,
                "item_id": self.item_id, "unit": self.unit}


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
        what = "Credit note" if self.kind == "credit_note" else "Invoice"
        return f"{what} {self.number}" if self.number else f"Draft {what.lower()} #{self.id}"


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
    payments: tuple["PaymentInfo", ...] = ()
    discount: Decimal = ZERO


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


@dataclass(frozen=True)
class ItemInfo:
    id: int
    code: str
    name: str
    kind: str
    unit: str
    unit_price: Decimal
    price_includes_tax: bool
    tax_code: str
    active: bool


@dataclass(frozen=True)
class AgreementInfo:
    id: int
    customer_id: int
    customer_name: str
    title: str
    frequency: str
    start_date: date
    end_date: date | None
    lines: tuple[LineDraft, ...]
    active: bool


@dataclass(frozen=True)
class InvoiceFilter:
    status: str | None = None            # one of STATUSES, or "open" (issued and not paid)
    kind: str | None = None
    customer_id: int | None = None
    date_from: date | None = None        # issue date (drafts: creation date)
    date_to: date | None = None
    text: str | None = None


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


# ============================================================================ pure-ish helpers

def status_of(inv: Invoice | InvoiceRow, today: date) -> str:
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
    raise DeskmateError(f"unknown status '{status}': use one of {', '.join(STATUSES)} or open")


def _row(inv: Invoice, today: date) -> InvoiceRow:
    o = open_amount(inv)
    days = (today - inv.due_date).days if (o > 0 and inv.due_date) else 0
    return InvoiceRow(inv.id, inv.kind, inv.number, inv.state, status_of(inv, today), inv.customer_id,
                      inv.customer_name, inv.issue_date, inv.due_date, inv.net_total, inv.tax_total,
                      inv.gross_total, inv.paid_total, inv.credited_total, o, max(days, 0), inv.source,
                      inv.machine_drafted, inv.reminder_level)


def occurrences(frequency: str, start: date, upto: date, end: date | None = None,
                since: date | None = None) -> list[date]:
    """Billing dates of a recurring agreement from ``start`` up to ``upto`` (inclusive).

    Monthly and yearly dates keep the start's day, clamped to the month's last day (31 Jan ->
    28 Feb -> 31 Mar), so the same occurrence always has the same date whatever day it is computed.
    """
    if frequency not in ("weekly", "monthly", "yearly"):
        raise DeskmateError(f"frequency must be weekly, monthly or yearly, not '{frequency}'")
    last = min(upto, end) if end else upto
    out: list[date] = []
    k = 0
    while True:
        if frequency == "weekly":
            d = start + timedelta(weeks=k)
        else:
            months = k if frequency == "monthly" else 12 * k
            y, m = divmod(start.month - 1 + months, 12)
            y += start.year
            m += 1
            import calendar
            d = date(y, m, min(start.day, calendar.monthrange(y, m)[1]))
        if d > last:
            return out
        if since is None or d >= since:
            out.append(d)
        k += 1


def period_label(frequency: str, occurrence: date) -> str:
    if frequency == "weekly":
        end = occurrence + timedelta(days=6)
        return f"week {occurrence:%d %b} – {end:%d %b %Y}"
    if frequency == "monthly":
        return f"{occurrence:%B %Y}"
    return f"year from {occurrence:%d %b %Y}"


# ============================================================================ immutability guard

IMMUTABLE_INVOICE_FIELDS = frozenset({
    "kind", "number", "series", "customer_id", "customer_name", "billing_address", "customer_tax_id",
    "issue_date", "due_date", "terms_days", "currency", "tax_mode", "net_total", "tax_total",
    "gross_total", "credit_of_id", "notes", "issued_at", "issued_by"})


def _guard_issued(session: Session, _ctx: Any, _instances: Any) -> None:
    """Second line of defence: refuse to flush a change to an issued document, whatever path."""
    for obj in list(session.dirty) + list(session.deleted):
        if isinstance(obj, Invoice):
            state_hist = inspect(obj).attrs.state.history
            was = state_hist.deleted[0] if state_hist.deleted else obj.state
            if was == "draft":
                continue
            if obj in session.deleted:
                raise ConflictError(f"invoice {obj.number} is issued and cannot be deleted")
            for name in IMMUTABLE_INVOICE_FIELDS:
                if inspect(obj).attrs[name].history.has_changes():
                    raise ConflictError(f"invoice {obj.number} is issued and cannot be changed "
                                        f"({name}); write a credit note or void it with a reason")
        elif isinstance(obj, (InvoiceLine, InvoiceTax)):
            parent = session.get(Invoice, obj.invoice_id)
            if parent is not None and parent.state != "draft" and (
                    obj in session.deleted or session.is_modified(obj)):
                raise ConflictError(f"invoice {parent.number} is issued: its lines cannot change")
    for obj in session.new:
        if isinstance(obj, (InvoiceLine, InvoiceTax)):
            parent = session.get(Invoice, obj.invoice_id)
            if parent is not None and parent.state != "draft" and parent not in session.new:
                st = inspect(parent).attrs.state.history
                if not (st.deleted and st.deleted[0] == "draft"):
                    raise ConflictError(f"invoice {parent.number} is issued: lines cannot be added")


event.listen(Session, "before_flush", _guard_issued)


# ============================================================================ the service

class InvoicingService:
    def __init__(self, app: "Deskmate") -> None:
        self.app = app
        self.db = app.db
        self.clock = app.clock

    # ------------------------------------------------------------------ settings
    def config(self, s: Session) -> dict[str, Any]:
        read = SettingsService.read
        currency = read(s, "shop.currency")
        return {
            "currency": currency, "locale": read(s, "shop.locale"),
            "rates": {r["code"]: (r["name"], Decimal(r["rate"])) for r in read(s, "shop.tax_rates")},
            "tax_mode": read(s, "invoicing.tax_mode"),
            "rounding": money.Rounding(get_currency_precision(currency), read(s, "invoicing.rounding")),
            "series": read(s, "invoicing.series"), "credit_series": read(s, "invoicing.credit_series"),
        }

    def tax_rates(self) -> dict[str, tuple[str, Decimal]]:
        with self.db.read() as s:
            return self.config(s)["rates"]

    def format_money(self, amount: Decimal, currency: str | None = None, locale: str | None = None) -> str:
        """Kept for callers that name a locale; everything else uses ``app.formats()``."""
        if locale is None:
            return self.app.formats().money(amount, currency)
        from core.kernel.formats import Formats
        return Formats(locale, currency or self.app.formats().currency).money(amount)

    def today(self) -> date:
        return self.app.today()

    # ------------------------------------------------------------------ pure preview (live totals)
    def preview(self, lines: Sequence[LineDraft], tax_mode: str | None = None,
                cfg: dict[str, Any] | None = None) -> money.Totals:
        """Totals for lines as they are being edited; raises ValidationError naming the line."""
        if cfg is None:
            with self.db.read() as s:
                cfg = self.config(s)
        return money.compute(self._inputs(lines, cfg), tax_mode or cfg["tax_mode"], cfg["rounding"])

    def _inputs(self, lines: Sequence[LineDraft], cfg: dict[str, Any]) -> list[money.LineInput]:
        problems: list[Problem] = []
        out = []
        total_gross = Decimal(0)
        for i, ln in enumerate(lines, start=1):
            rate = cfg["rates"].get(ln.tax_code)
            if rate is None:
                problems.append(Problem(f"unknown tax code '{ln.tax_code}' (known: {', '.join(cfg['rates'])})",
                                        row=i, column="tax_code"))
                continue
            bad = False
            for column, value, parse in (("quantity", ln.quantity, quantity_value),
                                         ("unit_price", ln.unit_price, money_value)):
                try:
                    parse(value, negative=True)
                except LimitError as exc:
                    problems.append(Problem(str(exc), row=i, column=column))
                    bad = True
            if bad:
                continue
            line_gross = abs(ln.quantity * ln.unit_price) * (1 + (0 if ln.price_includes_tax else rate[1] / 100))
            if line_gross > MONEY_MAX:
                problems.append(Problem(f"quantity × unit price is beyond the largest amount Deskmate "
                                        f"accepts ({MONEY_MAX:,})", row=i, column="unit_price"))
                continue
            total_gross += line_gross
            li = money.LineInput(ln.quantity, ln.unit_price, ln.tax_code, rate[1], ln.discount_pct,
                                 ln.price_includes_tax)
            problems.extend(Problem(p, row=i) for p in money.validate_line(li))
            if not ln.description:
                problems.append(Problem("a line needs a description", row=i, column="description"))
            out.append(li)
        if not problems and total_gross > MONEY_MAX:
            problems.append(Problem(f"the invoice total is beyond the largest amount Deskmate accepts "
                                    f"({MONEY_MAX:,})", row=len(lines), column="unit_price"))
        if problems:
            raise ValidationError("; ".join(f"line {p.row}: {p.reason}" for p in problems), problems)
        return out

    # ------------------------------------------------------------------ catalogue
    def add_item(self, actor: Actor, code: str, name: str, unit_price: Decimal, tax_code: str,
                 kind: str = "item", unit: str = "pc", price_includes_tax: bool = False) -> ItemInfo:
        require(actor, Perm.EDIT_INVOICES)
        code, name = code.strip(), name.strip()
        with self.db.uow() as s:
            cfg = self.config(s)
            problems = []
            if not code:
                problems.append(Problem("an item needs a code", column="code"))
            if not name:
                problems.append(Problem("an item needs a name", column="name"))
            if tax_code not in cfg["rates"]:
                problems.append(Problem(f"unknown tax code '{tax_code}'", column="tax_code"))
            try:
                unit_price = money_value(unit_price)
            except LimitError as exc:
                problems.append(Problem(f"price {exc}", column="unit_price"))
            if kind not in ("item", "service"):
                problems.append(Problem("kind is item or service", column="kind"))
            if problems:
                raise ValidationError("; ".join(str(p) for p in problems), problems)
            if s.scalar(select(CatalogueItem.id).where(CatalogueItem.code == code)):
                raise ConflictError(f"there is already an item with code '{code}'")
            it = CatalogueItem(code=code, name=name, kind=kind, unit=unit, unit_price=Decimal(unit_price),
                               price_includes_tax=price_includes_tax, tax_code=tax_code, active=True,
                               created_at=self.clock.now())
            s.add(it)
            s.flush()
            record(s, actor, area="invoicing", action="add catalogue item", entity="catalogue_item",
                   entity_id=it.id, after=_item(it).__dict__, summary=f"item {code} {name}", at=self.clock.now())
            return _item(it)

    def update_item(self, actor: Actor, item_id: int, **values: Any) -> ItemInfo:
        require(actor, Perm.EDIT_INVOICES)
        allowed = {"name", "unit_price", "tax_code", "kind", "unit", "price_includes_tax", "active"}
        with self.db.uow() as s:
            it = s.get(CatalogueItem, item_id)
            if it is None:
                raise NotFound(f"no catalogue item {item_id}")
            before = _item(it).__dict__
            for k, v in values.items():
                if k not in allowed:
                    raise DeskmateError(f"'{k}' cannot be changed on an item")
                if k == "tax_code" and v not in self.config(s)["rates"]:
                    raise ValidationError(f"unknown tax code '{v}'", [Problem("unknown tax code", column=k)])
                setattr(it, k, check_money(v, "unit price") if k == "unit_price" else v)
            after = _item(it).__dict__
            from core.kernel.audit import changes
            b, a = changes(before, after)
            record(s, actor, area="invoicing", action="update catalogue item", entity="catalogue_item",
                   entity_id=it.id, before=b, after=a, summary=f"item {it.code} changed", at=self.clock.now())
            return _item(it)

    def items(self, active_only: bool = True, text: str = "") -> list[ItemInfo]:
        with self.db.read() as s:
            q = select(CatalogueItem).order_by(CatalogueItem.code)
            if active_only:
                q = q.where(CatalogueItem.active.is_(True))
            if text:
                q = q.where(or_(CatalogueItem.code.ilike(f"%{text}%"), CatalogueItem.name.ilike(f"%{text}%")))
            return [_item(i) for i in s.scalars(q)]

    def line_from_item(self, item_id: int, quantity: Decimal = Decimal(1)) -> LineDraft:
        with self.db.read() as s:
            it = s.get(CatalogueItem, item_id)
            if it is None:
                raise NotFound(f"no catalogue item {item_id}")
            return LineDraft(it.name, Decimal(quantity), it.unit_price, it.tax_code, ZERO,
                             it.price_includes_tax, it.id, it.unit)

    # ------------------------------------------------------------------ drafts
    def create_draft(self, actor: Actor, customer_id: int, lines: Sequence[LineDraft], *,
                     kind: str = "invoice", notes: str = "", terms_days: int | None = None,
                     credit_of_id: int | None = None) -> InvoiceInfo:
        require(actor, Perm.EDIT_INVOICES)
        with self.db.uow() as s:
            inv = self.create_draft_in(s, actor, customer_id, lines, kind=kind, notes=notes,
                                       terms_days=terms_days, credit_of_id=credit_of_id)
            return self._info(s, inv)

    def create_draft_in(self, s: Session, actor: Actor, customer_id: int, lines: Sequence[LineDraft], *,
                        kind: str = "invoice", notes: str = "", terms_days: int | None = None,
                        credit_of_id: int | None = None, source: str = "manual",
                        source_key: str | None = None, source_detail: Any = None,
                        machine_drafted: bool = False) -> Invoice:
        if kind not in ("invoice", "credit_note"):
            raise DeskmateError("kind is invoice or credit_note")
        cust = s.get(Customer, customer_id)
        if cust is None:
            raise NotFound(f"no customer {customer_id}")
        if cust.erased_at is not None:
            raise ConflictError(f"customer {customer_id} was erased; new invoices cannot be written to them")
        if source_key and s.scalar(select(Invoice.id).where(Invoice.source_key == source_key)):
            raise ConflictError(f"an invoice for {source_key} already exists")
        cfg = self.config(s)
        now = self.clock.now()
        inv = Invoice(kind=kind, state="draft", customer_id=cust.id, customer_name=cust.name,
                      billing_address=cust.billing_address, customer_tax_id=cust.tax_id,
                      terms_days=cust.payment_terms_days if terms_days is None else int(terms_days),
                      currency=cfg["currency"], tax_mode=cfg["tax_mode"], notes=notes,
                      credit_of_id=credit_of_id, source=source, source_key=source_key,
                      source_detail=source_detail, machine_drafted=machine_drafted,
                      created_at=now, created_by=actor.username, net_total=ZERO, tax_total=ZERO,
                      gross_total=ZERO, paid_total=ZERO, credited_total=ZERO, reminder_level=0)
        s.add(inv)
        s.flush()
        self._write_lines(s, inv, lines, cfg)
        record(s, actor, area="invoicing", action=f"create draft {kind.replace('_', ' ')}", entity="invoice",
               entity_id=inv.id, after={"customer": cust.name, "lines": [ln.as_dict() for ln in lines],
                                        "gross": inv.gross_total, "source": source, "source_key": source_key},
               summary=f"draft {kind.replace('_', ' ')} #{inv.id} for {cust.name}: {inv.gross_total}",
               at=now, machine_drafted=machine_drafted)
        return inv

    def _write_lines(self, s: Session, inv: Invoice, lines: Sequence[LineDraft], cfg: dict[str, Any]) -> None:
        check_lines(inv.kind, lines)   # the lines editor checks the same as it is typed
        inputs = self._inputs(lines, cfg)
        totals = money.compute(inputs, inv.tax_mode, cfg["rounding"])
        if inv.kind == "credit_note" and lines and totals.gross > 0:
            raise ValidationError("a credit note's lines credit money: use negative quantities",
                                  [Problem("credit note total is positive", column="quantity")])
        for old in s.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id)):
            s.delete(old)
        for old in s.scalars(select(InvoiceTax).where(InvoiceTax.invoice_id == inv.id)):
            s.delete(old)
        s.flush()
        for pos, (ln, li, amt) in enumerate(zip(lines, inputs, totals.lines), start=1):
            s.add(InvoiceLine(invoice_id=inv.id, position=pos, item_id=ln.item_id, description=ln.description,
                              quantity=ln.quantity, unit=ln.unit, unit_price=ln.unit_price,
                              price_includes_tax=ln.price_includes_tax, discount_pct=ln.discount_pct,
                              tax_code=ln.tax_code, tax_rate=li.tax_rate, net=amt.net, tax=amt.tax,
                              gross=amt.gross))
        for t in totals.tax_summary:
            s.add(InvoiceTax(invoice_id=inv.id, tax_code=t.code, tax_rate=t.rate, net=t.net, tax=t.tax))
        inv.net_total, inv.tax_total, inv.gross_total = totals.net, totals.tax, totals.gross

    def update_draft(self, actor: Actor, invoice_id: int, *, lines: Sequence[LineDraft] | None = None,
                     customer_id: int | None = None, notes: str | None = None,
                     terms_days: int | None = None) -> InvoiceInfo:
        require(actor, Perm.EDIT_INVOICES)
        with self.db.uow() as s:
            inv = self._draft_for_change(s, invoice_id)
            before = self._snapshot(s, inv)
            if customer_id is not None and customer_id != inv.customer_id:
                cust = s.get(Customer, customer_id)
                if cust is None or cust.erased_at is not None:
                    raise NotFound(f"no customer {customer_id}")
                inv.customer_id, inv.customer_name = cust.id, cust.name
                inv.billing_address, inv.customer_tax_id = cust.billing_address, cust.tax_id
                if terms_days is None:
                    inv.terms_days = cust.payment_terms_days
            if notes is not None:
                inv.notes = notes
            if terms_days is not None:
                inv.terms_days = int(terms_days)
            if lines is not None:
                self._write_lines(s, inv, lines, self.config(s))
            inv.updated_at = self.clock.now()
            s.flush()
            after = self._snapshot(s, inv)
            record(s, actor, area="invoicing", action="edit draft", entity="invoice", entity_id=inv.id,
                   before=before, after=after, summary=f"draft #{inv.id} edited: {inv.gross_total}",
                   at=self.clock.now())
            return self._info(s, inv)

    def delete_draft(self, actor: Actor, invoice_id: int) -> None:
        require(actor, Perm.EDIT_INVOICES)
        with self.db.uow() as s:
            inv = self._draft_for_change(s, invoice_id)
            before = self._snapshot(s, inv)
            self._release_appointments(s, actor, inv)
            s.delete(inv)
            record(s, actor, area="invoicing", action="delete draft", entity="invoice", entity_id=invoice_id,
                   before=before, summary=f"draft #{invoice_id} deleted", at=self.clock.now())

    def _draft_for_change(self, s: Session, invoice_id: int) -> Invoice:
        inv = s.get(Invoice, invoice_id)
        if inv is None:
            raise NotFound(f"no invoice {invoice_id}")
        if inv.state != "draft":
            raise ConflictError(f"invoice {inv.number} is {inv.state} and can no longer be changed; "
                                "write a credit note or void it with a reason")
        return inv

    def _snapshot(self, s: Session, inv: Invoice) -> dict[str, Any]:
        lines = s.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id).order_by(InvoiceLine.position))
        return {"customer_id": inv.customer_id, "notes": inv.notes, "terms_days": inv.terms_days,
                "gross": inv.gross_total,
                "lines": [[ln.description, str(ln.quantity), str(ln.unit_price), ln.tax_code,
                           str(ln.discount_pct)] for ln in lines]}

    # ------------------------------------------------------------------ issuing
    def issue(self, actor: Actor, invoice_id: int, issue_date: date | None = None,
              confirm_date: bool = False) -> InvoiceInfo:
        require(actor, Perm.ISSUE_INVOICES)
        with self.db.uow() as s:
            inv = self.issue_in(s, actor, invoice_id, issue_date, confirm_date=confirm_date)
            return self._info(s, inv)

    def issue_in(self, s: Session, actor: Actor, invoice_id: int, issue_date: date | None = None,
                 confirm_date: bool = False) -> Invoice:
        """Give the draft its number and freeze it, in the caller's (writer) transaction.

        Numbers follow dates (:mod:`core.invoicing.dates`): a date before the latest issued date of
        the series is refused; one further from today than ``invoicing.issue_date_window_days``
        needs ``confirm_date``."""
        require(actor, Perm.ISSUE_INVOICES)
        inv = s.get(Invoice, invoice_id)
        if inv is None:
            raise NotFound(f"no invoice {invoice_id}")
        if inv.state != "draft":
            raise ConflictError(f"invoice #{invoice_id} is already {inv.state}"
                                + (f" as {inv.number}" if inv.number else ""))
        n_lines = s.scalar(select(func.count(InvoiceLine.id)).where(InvoiceLine.invoice_id == inv.id))
        if not n_lines:
            raise ValidationError("an invoice needs at least one line", [Problem("no lines")])
        cust = s.get(Customer, inv.customer_id)
        if cust is None or cust.erased_at is not None:
            raise ConflictError("the customer was erased; this draft cannot be issued")
        if inv.kind == "invoice" and inv.gross_total < 0:
            raise ValidationError("the total is negative: write a credit note instead",
                                  [Problem("negative invoice total")])
        cfg = self.config(s)
        day = issue_date or self.today()
        fmt = cfg["credit_series"] if inv.kind == "credit_note" else cfg["series"]
        check_issue_date(s, day=day, today=self.today(), key=series_key(fmt, day.year), fmt=fmt,
                         window_days=int(SettingsService.read(s, "invoicing.issue_date_window_days")),
                         confirmed=confirm_date, kind="credit note" if inv.kind == "credit_note" else "invoice")
        inv.number, inv.series = self._next_number(s, fmt, day.year)
        # The billing details printed are those of the day of issue.
        inv.customer_name, inv.billing_address, inv.customer_tax_id = cust.name, cust.billing_address, cust.tax_id
        inv.state = "issued"
        inv.issue_date = day
        inv.due_date = day + timedelta(days=inv.terms_days)
        inv.issued_at = self.clock.now()
        inv.issued_by = actor.username
        if inv.kind == "credit_note" and inv.credit_of_id:
            self._apply_credit_note(s, actor, inv)
        s.flush()
        record(s, actor, area="invoicing", action="issue", entity="invoice", entity_id=inv.id,
               before={"state": "draft"}, after={"state": "issued", "number": inv.number,
                                                 "issue_date": day, "due_date": inv.due_date,
                                                 "gross": inv.gross_total},
               summary=f"{'credit note' if inv.kind == 'credit_note' else 'invoice'} {inv.number} issued "
                       f"to {inv.customer_name}: {inv.gross_total}", at=self.clock.now())
        return inv

    def _next_number(self, s: Session, fmt: str, year: int) -> tuple[str, str]:
        key = series_key(fmt, year)
        counter = s.get(InvoiceCounter, key, with_for_update=True)
        if counter is None:
            # First number of a new series. On SQLite the write lock is already ours; on a server
            # database another issuer may create the row at the same moment: then use theirs.
            try:
                with s.begin_nested():
                    s.add(InvoiceCounter(series=key, last_number=0))
                    s.flush()
            except IntegrityError:
                pass
            counter = s.get(InvoiceCounter, key, with_for_update=True, populate_existing=True)
        while True:
            counter.last_number += 1
            number = fmt.format(year=year, seq=counter.last_number)
            # An imported invoice may already hold this number: it is used, so skip past it (the
            # series stays without gaps because that number exists).
            if not s.scalar(select(Invoice.id).where(Invoice.number == number)):
                s.flush()
                return number, key

    def _apply_credit_note(self, s: Session, actor: Actor, cn: Invoice) -> None:
        orig = s.get(Invoice, cn.credit_of_id)
        if orig is None or orig.kind != "invoice" or orig.state != "issued":
            raise ConflictError("a credit note must reference an issued invoice")
        amount = -cn.gross_total
        applied = min(open_amount(orig), amount)
        orig.credited_total += applied
        excess = amount - applied
        if excess > 0:
            change_credit(s, cn.customer_id, excess)
        if open_amount(orig) <= 0:
            self._supersede_reminders(s, actor, orig, "invoice settled by credit note")

    def void(self, actor: Actor, invoice_id: int, reason: str) -> InvoiceInfo:
        require(actor, Perm.ISSUE_INVOICES)
        if not reason or not reason.strip():
            raise DeskmateError("say why the invoice is voided; the reason is kept with its number")
        with self.db.uow() as s:
            inv = s.get(Invoice, invoice_id)
            if inv is None:
                raise NotFound(f"no invoice {invoice_id}")
            if inv.state != "issued":
                raise ConflictError(f"only issued invoices can be voided (this one is {inv.state}); "
                                    "delete a draft instead")
            if inv.paid_total or inv.credited_total:
                raise ConflictError(f"{inv.number} has payments or credits: write a credit note instead")
            if s.scalar(select(func.count(Invoice.id)).where(Invoice.credit_of_id == inv.id,
                                                             Invoice.state == "issued")):
                raise ConflictError(f"{inv.number} has credit notes: it cannot be voided")
            inv.state, inv.void_reason, inv.voided_at = "void", reason.strip(), self.clock.now()
            self._supersede_reminders(s, actor, inv, "invoice voided")
            self._release_appointments(s, actor, inv)
            record(s, actor, area="invoicing", action="void", entity="invoice", entity_id=inv.id,
                   before={"state": "issued"}, after={"state": "void", "reason": reason.strip()},
                   summary=f"invoice {inv.number} voided: {reason.strip()}", at=self.clock.now())
            return self._info(s, inv)

    def credit_note(self, actor: Actor, invoice_id: int, lines: Sequence[LineDraft] | None = None,
                    notes: str = "") -> InvoiceInfo:
        """Draft a credit note for an issued invoice: all of it, or the lines given (negative)."""
        require(actor, Perm.ISSUE_INVOICES)
        with self.db.uow() as s:
            orig = s.get(Invoice, invoice_id)
            if orig is None:
                raise NotFound(f"no invoice {invoice_id}")
            if orig.state != "issued" or orig.kind != "invoice":
                raise ConflictError("credit notes are written for issued invoices")
            if lines is None:
                lines = [LineDraft(ln.description, -ln.quantity, ln.unit_price, ln.tax_code, ln.discount_pct,
                                   ln.price_includes_tax, ln.item_id, ln.unit)
                         for ln in s.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == orig.id)
                                             .order_by(InvoiceLine.position))]
            cn = self.create_draft_in(s, actor, orig.customer_id, lines, kind="credit_note",
                                      notes=notes or f"Credit note for invoice {orig.number}",
                                      terms_days=0, credit_of_id=orig.id)
            cn.tax_mode = orig.tax_mode
            self._write_lines(s, cn, lines, self.config(s))
            return self._info(s, cn)

    # ------------------------------------------------------------------ payments
    def record_payment(self, actor: Actor, invoice_id: int, amount: Decimal, paid_on: date | None = None,
                       method: str = "bank transfer", reference: str = "") -> PaymentInfo:
        require(actor, Perm.RECORD_PAYMENTS)
        with self.db.uow() as s:
            return self.record_payment_in(s, actor, invoice_id, check_money(amount, "amount", negative=True),
                                          paid_on or self.today(),
                                          method, reference)

    def record_payment_in(self, s: Session, actor: Actor, invoice_id: int, amount: Decimal, paid_on: date,
                          method: str = "bank transfer", reference: str = "") -> PaymentInfo:
        inv = s.get(Invoice, invoice_id)
        if inv is None:
            raise NotFound(f"no invoice {invoice_id}")
        if inv.state != "issued" or inv.kind != "invoice":
            raise ConflictError(f"payments are recorded against issued invoices (this is {inv.state})")
        cfg = self.config(s)
        amount = check_money(amount, "amount", negative=True)
        if amount != cfg["rounding"](amount):
            raise ValidationError(f"{amount} has more decimals than the currency",
                                  [Problem("too many decimals", column="amount")])
        try:
            applied, to_credit = money.allocate_payment(open_amount(inv), amount)
        except ValueError as exc:
            raise ValidationError(str(exc), [Problem(str(exc), column="amount")]) from None
        if method == "customer credit":
            if to_credit > 0:
                raise ValidationError("credit used cannot exceed what is open", [Problem("too much", column="amount")])
            change_credit(s, inv.customer_id, -amount)
        inv.paid_total += applied
        if to_credit:
            change_credit(s, inv.customer_id, to_credit)
        p = Payment(invoice_id=inv.id, customer_id=inv.customer_id, paid_on=paid_on, received=amount,
                    applied=applied, to_credit=to_credit, method=method, reference=reference,
                    created_at=self.clock.now(), created_by=actor.username)
        s.add(p)
        s.flush()
        if open_amount(inv) <= 0:
            self._supersede_reminders(s, actor, inv, "invoice paid")
        record(s, actor, area="invoicing", action="record payment", entity="invoice", entity_id=inv.id,
               after={"payment": p.id, "received": amount, "applied": applied, "to_credit": to_credit,
                      "paid_on": paid_on, "method": method, "reference": reference},
               summary=(f"payment of {read_formats(s).money(amount, inv.currency)} on {inv.number}"
                        + (f" ({read_formats(s).money(to_credit, inv.currency)} kept as credit)" if to_credit else "")),
               at=self.clock.now())
        return _payment(p, inv.number)

    def use_credit(self, actor: Actor, invoice_id: int, amount: Decimal | None = None) -> PaymentInfo:
        """Settle (part of) an invoice from the customer's credit balance."""
        require(actor, Perm.RECORD_PAYMENTS)
        with self.db.uow() as s:
            inv = s.get(Invoice, invoice_id)
            if inv is None:
                raise NotFound(f"no invoice {invoice_id}")
            use = amount if amount is not None else min(credit_of(s, inv.customer_id), open_amount(inv))
            if use <= 0:
                raise ConflictError("no customer credit to use, or nothing open")
            return self.record_payment_in(s, actor, invoice_id, use, self.today(), "customer credit",
                                          "credit balance")

    def payments(self, invoice_id: int | None = None, customer_id: int | None = None,
                 date_from: date | None = None, date_to: date | None = None) -> list[PaymentInfo]:
        with self.db.read() as s:
            q = select(Payment, Invoice.number).outerjoin(Invoice, Invoice.id == Payment.invoice_id)
            if invoice_id is not None:
                q = q.where(Payment.invoice_id == invoice_id)
            if customer_id is not None:
                q = q.where(Payment.customer_id == customer_id)
            if date_from:
                q = q.where(Payment.paid_on >= date_from)
            if date_to:
                q = q.where(Payment.paid_on <= date_to)
            return [_payment(p, num) for p, num in s.execute(q.order_by(Payment.paid_on, Payment.id))]

    # ------------------------------------------------------------------ reading
    def get(self, invoice_id: int) -> InvoiceInfo:
        with self.db.read() as s:
            inv = s.get(Invoice, invoice_id)
            if inv is None:
                raise NotFound(f"no invoice {invoice_id}")
            return self._info(s, inv)

    def by_number(self, number: str) -> InvoiceInfo:
        with self.db.read() as s:
            inv = s.scalar(select(Invoice).where(Invoice.number == number))
            if inv is None:
                raise NotFound(f"no invoice numbered {number}")
            return self._info(s, inv)

    def _query(self, f: InvoiceFilter, today: date) -> Any:
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

    SORTS = {"newest": (Invoice.issue_date.desc(), Invoice.id.desc()),
             "oldest": (Invoice.issue_date.asc(), Invoice.id.asc()),
             "number": (Invoice.number.asc(), Invoice.id.asc()),
             "customer": (Invoice.customer_name.asc(), Invoice.id.desc()),
             "due": (Invoice.due_date.asc(), Invoice.id.asc()),
             "amount": (Invoice.gross_total.desc(), Invoice.id.desc())}

    def list(self, f: InvoiceFilter = InvoiceFilter(), limit: int | None = None, offset: int = 0,
             sort: str = "newest") -> list[InvoiceRow]:
        today = self.today()
        with self.db.read() as s:
            q = self._query(f, today).order_by(*self.SORTS[sort]).offset(offset)
            if limit is not None:
                q = q.limit(limit)
            return [_row(i, today) for i in s.scalars(q)]

    def ids(self, f: InvoiceFilter = InvoiceFilter(), sort: str = "newest") -> list[int]:
        """Ids only, for the GUI's lazy table model (rows fetched in pages with ``rows``)."""
        today = self.today()
        with self.db.read() as s:
            sub = self._query(f, today).order_by(*self.SORTS[sort]).subquery()
            return list(s.scalars(select(sub.c.id)))

    def rows(self, ids: Sequence[int]) -> list[InvoiceRow]:
        today = self.today()
        with self.db.read() as s:
            found = {i.id: _row(i, today) for i in s.scalars(select(Invoice).where(Invoice.id.in_(list(ids))))}
            return [found[i] for i in ids if i in found]

    def counts(self) -> dict[str, int]:
        """How many invoices per status (for tabs and badges)."""
        today = self.today()
        with self.db.read() as s:
            return {st: s.scalar(select(func.count(Invoice.id)).where(status_clause(st, today))) or 0
                    for st in STATUSES}

    def _info(self, s: Session, inv: Invoice) -> InvoiceInfo:
        today = self.today()
        base = _row(inv, today)
        lines = tuple(LineInfo(ln.id, ln.position, ln.item_id, ln.description, ln.quantity, ln.unit,
                               ln.unit_price, ln.price_includes_tax, ln.discount_pct, ln.tax_code,
                               ln.tax_rate, ln.net, ln.tax, ln.gross)
                      for ln in s.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id)
                                          .order_by(InvoiceLine.position)))
        taxes = tuple(TaxInfo(t.tax_code, t.tax_rate, t.net, t.tax)
                      for t in s.scalars(select(InvoiceTax).where(InvoiceTax.invoice_id == inv.id)
                                         .order_by(InvoiceTax.tax_rate.desc(), InvoiceTax.tax_code)))
        pays = tuple(_payment(p, inv.number) for p in s.scalars(
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

    # ------------------------------------------------------------------ aging and cash flow
    def aging(self, as_of: date | None = None) -> AgingReport:
        as_of = as_of or self.today()
        per: dict[int, dict[str, Any]] = {}
        totals = {b: ZERO for b in money.AGING_BUCKETS}
        with self.db.read() as s:
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

    def payment_delays(self, s: Session) -> dict[int, float]:
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

    def cashflow(self, weeks: int = 8, start: date | None = None) -> CashflowReport:
        """Money expected in (open invoices by due date, shifted by each customer's average delay)
        against purchase orders falling due, per week from this week's Monday."""
        today = start or self.today()
        monday = today - timedelta(days=today.weekday())
        edges = [monday + timedelta(weeks=i) for i in range(weeks + 1)]
        inflow = [ZERO] * weeks
        outflow = [ZERO] * weeks
        rec: list[list[str]] = [[] for _ in range(weeks)]
        pay: list[list[str]] = [[] for _ in range(weeks)]
        notes: list[str] = []
        with self.db.read() as s:
            delays = self.payment_delays(s)
            for inv in s.scalars(select(Invoice).where(status_clause("open", today))):
                delay = max(round(delays.get(inv.customer_id, 0.0)), 0)
                expected = max(inv.due_date + timedelta(days=delay), today)
                idx = (expected - monday).days // 7
                if 0 <= idx < weeks:
                    inflow[idx] += open_amount(inv)
                    rec[idx].append(f"{inv.number} {inv.customer_name} {open_amount(inv)}"
                                    + (f" (usually {delay} days late)" if delay else ""))
        for due, amount, label in self._purchase_orders_due(edges[0], edges[-1] - timedelta(days=1), notes):
            idx = (max(due, today) - monday).days // 7
            if 0 <= idx < weeks:
                outflow[idx] += amount
                pay[idx].append(f"{label} {amount}")
        out = []
        cum = ZERO
        for i in range(weeks):
            net = inflow[i] - outflow[i]
            cum += net
            out.append(CashflowWeek(edges[i], inflow[i], outflow[i], net, cum, tuple(rec[i]), tuple(pay[i])))
        notes.append("Receipts are expected on the due date plus the customer's average days late "
                     "on paid invoices (no history: on the due date); overdue amounts count this week.")
        return CashflowReport(monday, tuple(out), delays, tuple(notes))

    def _purchase_orders_due(self, first: date, last: date, notes: list[str]) -> list[tuple[date, Decimal, str]]:
        """Supplier payments due, from inventory's purchase orders."""
        notes.append("Supplier payments: sent and part-received purchase orders, due on their "
                     "expected delivery date (draft orders are not commitments yet).")
        return [(d.due, d.amount, d.label) for d in self.app.inventory.purchase_orders_due(first, last)]

    # ------------------------------------------------------------------ recurring agreements
    def add_agreement(self, actor: Actor, customer_id: int, title: str, frequency: str, start_date: date,
                      lines: Sequence[LineDraft], end_date: date | None = None) -> AgreementInfo:
        require(actor, Perm.EDIT_INVOICES)
        if frequency not in ("weekly", "monthly", "yearly"):
            raise ValidationError("frequency is weekly, monthly or yearly", [Problem("bad frequency", column="frequency")])
        if end_date and end_date < start_date:
            raise ValidationError("the agreement ends before it starts", [Problem("end before start", column="end_date")])
        if not lines:
            raise ValidationError("an agreement needs at least one line", [Problem("no lines")])
        with self.db.uow() as s:
            self._inputs(lines, self.config(s))
            cust = s.get(Customer, customer_id)
            if cust is None:
                raise NotFound(f"no customer {customer_id}")
            a = RecurringAgreement(customer_id=customer_id, title=title.strip() or "Agreement",
                                   frequency=frequency, start_date=start_date, end_date=end_date,
                                   lines=[ln.as_dict() for ln in lines], active=True, created_at=self.clock.now())
            s.add(a)
            s.flush()
            record(s, actor, area="invoicing", action="add recurring agreement", entity="recurring_agreement",
                   entity_id=a.id, after={"customer": cust.name, "title": a.title, "frequency": frequency,
                                          "start": start_date, "end": end_date, "lines": a.lines},
                   summary=f"{frequency} agreement '{a.title}' for {cust.name}", at=self.clock.now())
            return _agreement(a, cust.name)

    def set_agreement_active(self, actor: Actor, agreement_id: int, active: bool) -> AgreementInfo:
        require(actor, Perm.EDIT_INVOICES)
        with self.db.uow() as s:
            a = s.get(RecurringAgreement, agreement_id)
            if a is None:
                raise NotFound(f"no agreement {agreement_id}")
            before = a.active
            a.active = active
            record(s, actor, area="invoicing", action="pause agreement" if not active else "resume agreement",
                   entity="recurring_agreement", entity_id=a.id, before={"active": before},
                   after={"active": active}, summary=f"agreement '{a.title}' {'resumed' if active else 'paused'}",
                   at=self.clock.now())
            return _agreement(a, s.get(Customer, a.customer_id).name)

    def agreements(self, active_only: bool = False) -> list[AgreementInfo]:
        with self.db.read() as s:
            q = select(RecurringAgreement, Customer.name).join(Customer, Customer.id == RecurringAgreement.customer_id)
            if active_only:
                q = q.where(RecurringAgreement.active.is_(True))
            return [_agreement(a, name) for a, name in s.execute(q.order_by(RecurringAgreement.id))]

    # ------------------------------------------------------------------ from appointments
    def appointment_lines(self, s: Session, appts: Sequence[Any]) -> list[LineDraft]:
        """Invoice lines for completed appointments; tax from the catalogue item named in settings
        (appointment prices are the shop's tax-included service prices otherwise)."""
        code = SettingsService.read(s, "invoicing.appointment_item")
        item = s.scalar(select(CatalogueItem).where(CatalogueItem.code == code)) if code else None
        rates = self.config(s)["rates"]
        tax_code = item.tax_code if item else next(iter(rates))
        incl = item.price_includes_tax if item else True
        return [LineDraft(a.description, Decimal(1), Decimal(a.price), tax_code, ZERO, incl,
                          item.id if item else None, "visit") for a in appts]

    def _release_appointments(self, s: Session, actor: Actor, inv: Invoice) -> None:
        """A deleted draft or voided invoice no longer bills its appointments: scheduling makes
        them billable again (a domain event, in this unit of work)."""
        detail = inv.source_detail or {}
        ids = detail.get("appointment_ids") if isinstance(detail, dict) else None
        if not ids:
            return
        publish(EventContext(s, actor, self.app), "invoice.released_appointments",
                appointment_ids=list(ids), invoice_id=inv.id)

    # ------------------------------------------------------------------ reminders
    def _supersede_reminders(self, s: Session, actor: Actor, inv: Invoice, why: str) -> None:
        self.app.inbox.supersede_open(s, subject_type="invoice", subject_id=inv.id, reason=why,
                                      actor=actor, kind=REMINDER_KIND)

    def reminders(self, customer_id: int | None = None, invoice_id: int | None = None) -> list[dict[str, Any]]:
        with self.db.read() as s:
            q = select(PaymentReminder, Invoice.number).join(Invoice, Invoice.id == PaymentReminder.invoice_id)
            if customer_id is not None:
                q = q.where(PaymentReminder.customer_id == customer_id)
            if invoice_id is not None:
                q = q.where(PaymentReminder.invoice_id == invoice_id)
            return [{"id": r.id, "invoice": num, "level": r.level, "subject": r.subject,
                     "open_amount": r.open_amount, "channel": r.channel, "document": r.document,
                     "sent_at": r.sent_at, "sent_by": r.sent_by}
                    for r, num in s.execute(q.order_by(PaymentReminder.sent_at))]

    # ------------------------------------------------------------------ customer page and privacy
    def customer_history(self, customer_id: int) -> list[HistoryEvent]:
        out: list[HistoryEvent] = []
        today = self.today()
        with self.db.read() as s:
            money = read_formats(s).money
            for inv in s.scalars(select(Invoice).where(Invoice.customer_id == customer_id)):
                r = _row(inv, today)
                on = inv.issue_date or inv.created_at.date()
                out.append(HistoryEvent(on, "invoices", r.status, r.label, inv.gross_total, str(inv.id)))
            for p, num in s.execute(select(Payment, Invoice.number).outerjoin(Invoice, Invoice.id == Payment.invoice_id)
                                    .where(Payment.customer_id == customer_id)):
                extra = f", {money(p.to_credit)} kept as credit" if p.to_credit else ""
                out.append(HistoryEvent(p.paid_on, "payments", p.method, f"payment for {num}{extra}",
                                        p.received, str(p.id)))
            for r, num in s.execute(select(PaymentReminder, Invoice.number)
                                    .join(Invoice, Invoice.id == PaymentReminder.invoice_id)
                                    .where(PaymentReminder.customer_id == customer_id)):
                out.append(HistoryEvent(r.sent_at.date(), "reminders", f"level {r.level}",
                                        f"reminder {r.level} for {num} ({r.channel})", r.open_amount, str(r.id)))
        return out

    def customer_summary(self, customer_id: int) -> dict[str, Any]:
        today = self.today()
        with self.db.read() as s:
            invs = list(s.scalars(select(Invoice).where(Invoice.customer_id == customer_id,
                                                        Invoice.state == "issued", Invoice.kind == "invoice")))
            cust = s.get(Customer, customer_id)
            delays = self.payment_delays(s)
            return {"invoiced": sum((i.gross_total for i in invs), ZERO),
                    "open": sum((open_amount(i) for i in invs), ZERO),
                    "overdue": sum((open_amount(i) for i in invs if status_of(i, today) == "overdue"), ZERO),
                    "credit": cust.credit_balance if cust else ZERO,
                    "average_days_late": delays.get(customer_id)}

    def customer_privacy_data(self, customer_id: int) -> dict[str, Any]:
        with self.db.read() as s:
            invs = list(s.scalars(select(Invoice).where(Invoice.customer_id == customer_id).order_by(Invoice.id)))
            infos = [self._info(s, i) for i in invs]
        return {
            "invoices": [{"id": i.id, "number": i.number, "kind": i.kind, "status": i.status,
                          "issue_date": i.issue_date, "due_date": i.due_date, "billing_name": i.customer_name,
                          "billing_address": i.billing_address, "tax_id": i.customer_tax_id,
                          "net": i.net, "tax": i.tax, "gross": i.gross, "open": i.open,
                          "lines": [[ln.description, ln.quantity, ln.unit_price, ln.gross] for ln in i.lines]}
                         for i in infos],
            "payments": [p.__dict__ for p in self.payments(customer_id=customer_id)],
            "reminders": self.reminders(customer_id=customer_id),
        }

    # ------------------------------------------------------------------ documents
    def pdf(self, invoice_id: int, path: Any, force: bool = False) -> Any:
        """Render to ``path`` through :func:`core.io.outputs.writing` (never over the database;
        an existing file only with ``force``)."""
        from core.invoicing.pdf import render_invoice
        from core.io.outputs import Site, check_target, writing
        site = Site.of(self.app)
        out = check_target(site, path, force=force)
        info = self.get(invoice_id)
        with self.db.read() as s:
            shop = SettingsService.read_many(s, "shop.") | SettingsService.read_many(s, "invoicing.")
        with writing(site, out, force=force) as part:
            render_invoice(info, shop, part)
        return out


def appointments_key(ids: Iterable[int]) -> str:
    ids = sorted(set(int(i) for i in ids))
    digest = hashlib.sha1(",".join(map(str, ids)).encode()).hexdigest()[:16]
    return f"appointments:{digest}"


def _item(it: CatalogueItem) -> ItemInfo:
    return ItemInfo(it.id, it.code, it.name, it.kind, it.unit, it.unit_price, it.price_includes_tax,
                    it.tax_code, it.active)


def _payment(p: Payment, number: str | None) -> PaymentInfo:
    return PaymentInfo(p.id, p.invoice_id, number, p.customer_id, p.paid_on, p.received, p.applied,
                       p.to_credit, p.method, p.reference, p.created_by)


def _agreement(a: RecurringAgreement, customer_name: str) -> AgreementInfo:
    return AgreementInfo(a.id, a.customer_id, customer_name, a.title, a.frequency, a.start_date, a.end_date,
                         tuple(LineDraft.from_dict(d) for d in a.lines), a.active)


