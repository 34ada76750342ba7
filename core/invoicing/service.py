"""The invoicing service: the one entry point the desktop, the CLI, jobs and appliers call.

It is deliberately thin. Each method checks the role, opens one unit of work and hands over to
the module that holds the rules of its concern:

* ``config`` — the settings invoicing depends on, as one frozen value;
* ``lines`` — invoice lines, their checks and live totals;
* ``catalogue`` — items and services to bill;
* ``documents`` — drafts, issuing, voids and credit notes;
* ``numbering`` — gapless numbers per series, following dates;
* ``immutability`` — the flush guard that keeps issued invoices unchanged;
* ``payments`` — payments and customer credit;
* ``reads`` — invoice rows and documents, filters, sorts, counts;
* ``receivables`` — status, aging and the cash-flow view;
* ``agreements`` — recurring agreements and their occurrences;
* ``appointment_billing`` — lines for completed appointments, giving them back on void;
* ``reminders`` — payment reminders sent and withdrawn;
* ``customer_data`` — the customer page, privacy export and erasure.

Session-level methods (``*_in``) run inside a caller's transaction (inbox appliers, importers).
The names below are re-exported so ``from core.invoicing.service import LineDraft`` keeps working.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from core.kernel.i18n import _, language
from core.customers.service import HistoryEvent
from core.invoicing import (
    agreements as agreements_,
    appointment_billing,
    catalogue,
    customer_data,
    documents,
    lines as lines_,
    money,
    payments as payments_,
    reads,
    receivables,
    reminders as reminders_,
)
from core.invoicing.agreements import AgreementInfo, occurrences, period_label
from core.invoicing.appointment_billing import appointments_key
from core.invoicing.catalogue import ItemInfo
from core.invoicing.config import InvoicingConfig, read_config
from core.invoicing.documents import DRAFT_KIND
from core.invoicing.fields import check_payment
from core.invoicing.lines import LineDraft
from core.invoicing.models import Invoice
from core.invoicing.payments import PaymentInfo
from core.invoicing.reads import InvoiceFilter, InvoiceInfo, InvoiceRow, LineInfo, TaxInfo
from core.invoicing.receivables import (
    STATUSES, AgingReport, AgingRow, CashflowReport, CashflowWeek, open_amount, status_clause, status_of,
)
from core.invoicing.reminders import REMINDER_KIND
from core.kernel.actor import Actor
from core.kernel.errors import DeskmateError
from core.kernel.limits import check_money
from core.kernel.settings import SettingsService
from core.users.permissions import Perm, require

if TYPE_CHECKING:
    from core.app import Deskmate

__all__ = [
    "DRAFT_KIND", "REMINDER_KIND", "STATUSES", "AgingReport", "AgingRow", "AgreementInfo", "CashflowReport",
    "CashflowWeek", "InvoiceFilter", "InvoiceInfo", "InvoiceRow", "InvoicingConfig", "InvoicingService",
    "ItemInfo", "LineDraft", "LineInfo", "PaymentInfo", "TaxInfo", "appointments_key", "occurrences",
    "open_amount", "period_label", "status_clause", "status_of",
]


class InvoicingService:
    def __init__(self, app: "Deskmate") -> None:
        self.app = app
        self.db = app.db
        self.clock = app.clock

    # ------------------------------------------------------------------ configuration
    def config(self, s: Session) -> InvoicingConfig:
        return read_config(s)

    def tax_rates(self) -> dict[str, tuple[str, Decimal]]:
        with self.db.read() as s:
            return dict(read_config(s).rates)

    def format_money(self, amount: Decimal, currency: str | None = None, locale: str | None = None) -> str:
        """Kept for callers that name a locale; everything else uses ``app.formats()``."""
        if locale is None:
            return self.app.formats().money(amount, currency)
        from core.kernel.formats import Formats
        return Formats(locale, currency or self.app.formats().currency).money(amount)

    def today(self) -> date:
        return self.app.today()

    def preview(self, lines: Sequence[LineDraft], tax_mode: str | None = None,
                cfg: InvoicingConfig | None = None) -> money.Totals:
        """Totals for lines as they are being edited; raises ValidationError naming the line."""
        if cfg is None:
            with self.db.read() as s:
                cfg = read_config(s)
        return lines_.totals(lines, cfg, tax_mode)

    # ------------------------------------------------------------------ catalogue
    def add_item(self, actor: Actor, code: str, name: str, unit_price: Decimal, tax_code: str,
                 kind: str = "item", unit: str = "pc", price_includes_tax: bool = False) -> ItemInfo:
        require(actor, Perm.EDIT_INVOICES)
        with self.db.uow() as s:
            return catalogue.add_item_in(s, actor, self.clock.now(), code, name, unit_price, tax_code,
                                         kind, unit, price_includes_tax)

    def update_item(self, actor: Actor, item_id: int, **values: Any) -> ItemInfo:
        require(actor, Perm.EDIT_INVOICES)
        with self.db.uow() as s:
            return catalogue.update_item_in(s, actor, self.clock.now(), item_id, **values)

    def items(self, active_only: bool = True, text: str = "") -> list[ItemInfo]:
        with self.db.read() as s:
            return catalogue.items(s, active_only, text)

    def line_from_item(self, item_id: int, quantity: Decimal = Decimal(1)) -> LineDraft:
        with self.db.read() as s:
            return catalogue.line_from_item(s, item_id, quantity)

    # ------------------------------------------------------------------ drafts
    def create_draft(self, actor: Actor, customer_id: int, lines: Sequence[LineDraft], *,
                     kind: str = "invoice", notes: str = "", terms_days: int | None = None,
                     credit_of_id: int | None = None) -> InvoiceInfo:
        require(actor, Perm.EDIT_INVOICES)
        with self.db.uow() as s:
            inv = self.create_draft_in(s, actor, customer_id, lines, kind=kind, notes=notes,
                                       terms_days=terms_days, credit_of_id=credit_of_id)
            return self.info_in(s, inv)

    def create_draft_in(self, s: Session, actor: Actor, customer_id: int, lines: Sequence[LineDraft], *,
                        kind: str = "invoice", notes: str = "", terms_days: int | None = None,
                        credit_of_id: int | None = None, source: str = "manual",
                        source_key: str | None = None, source_detail: Any = None,
                        machine_drafted: bool = False) -> Invoice:
        return documents.create_draft_in(self.app, s, actor, customer_id, lines, kind=kind, notes=notes,
                                         terms_days=terms_days, credit_of_id=credit_of_id, source=source,
                                         source_key=source_key, source_detail=source_detail,
                                         machine_drafted=machine_drafted)

    def update_draft(self, actor: Actor, invoice_id: int, *, lines: Sequence[LineDraft] | None = None,
                     customer_id: int | None = None, notes: str | None = None,
                     terms_days: int | None = None) -> InvoiceInfo:
        require(actor, Perm.EDIT_INVOICES)
        with self.db.uow() as s:
            inv = documents.update_draft_in(self.app, s, actor, invoice_id, lines=lines, customer_id=customer_id,
                                            notes=notes, terms_days=terms_days)
            return self.info_in(s, inv)

    def delete_draft(self, actor: Actor, invoice_id: int) -> None:
        require(actor, Perm.EDIT_INVOICES)
        with self.db.uow() as s:
            documents.delete_draft_in(self.app, s, actor, invoice_id)

    # ------------------------------------------------------------------ issuing and corrections
    def issue(self, actor: Actor, invoice_id: int, issue_date: date | None = None,
              confirm_date: bool = False) -> InvoiceInfo:
        require(actor, Perm.ISSUE_INVOICES)
        with self.db.uow() as s:
            inv = self.issue_in(s, actor, invoice_id, issue_date, confirm_date=confirm_date)
            return self.info_in(s, inv)

    def issue_in(self, s: Session, actor: Actor, invoice_id: int, issue_date: date | None = None,
                 confirm_date: bool = False) -> Invoice:
        """Give the draft its number and freeze it, in the caller's (writer) transaction."""
        return documents.issue_in(self.app, s, actor, invoice_id, issue_date, confirm_date)

    def void(self, actor: Actor, invoice_id: int, reason: str) -> InvoiceInfo:
        require(actor, Perm.ISSUE_INVOICES)
        if not reason or not reason.strip():
            raise DeskmateError(_("say why the invoice is voided; the reason is kept with its number"))
        with self.db.uow() as s:
            return self.info_in(s, documents.void_in(self.app, s, actor, invoice_id, reason))

    def credit_note(self, actor: Actor, invoice_id: int, lines: Sequence[LineDraft] | None = None,
                    notes: str = "") -> InvoiceInfo:
        """Draft a credit note for an issued invoice: all of it, or the lines given (negative)."""
        require(actor, Perm.ISSUE_INVOICES)
        with self.db.uow() as s:
            return self.info_in(s, documents.credit_note_in(self.app, s, actor, invoice_id, lines, notes))

    # ------------------------------------------------------------------ payments
    def record_payment(self, actor: Actor, invoice_id: int, amount: Decimal, paid_on: date | None = None,
                       method: str = "bank transfer", reference: str = "") -> PaymentInfo:
        require(actor, Perm.RECORD_PAYMENTS)
        check_payment(amount)          # the same rule the payment dialog applies as it is typed
        with self.db.uow() as s:
            return self.record_payment_in(s, actor, invoice_id, check_money(amount, "amount", negative=True),
                                          paid_on or self.today(), method, reference)

    def record_payment_in(self, s: Session, actor: Actor, invoice_id: int, amount: Decimal, paid_on: date,
                          method: str = "bank transfer", reference: str = "") -> PaymentInfo:
        return payments_.record_payment_in(self.app, s, actor, invoice_id, amount, paid_on, method, reference)

    def use_credit(self, actor: Actor, invoice_id: int, amount: Decimal | None = None) -> PaymentInfo:
        """Settle (part of) an invoice from the customer's credit balance."""
        require(actor, Perm.RECORD_PAYMENTS)
        with self.db.uow() as s:
            return payments_.use_credit_in(self.app, s, actor, invoice_id, amount)

    def payments(self, invoice_id: int | None = None, customer_id: int | None = None,
                 date_from: date | None = None, date_to: date | None = None) -> list[PaymentInfo]:
        with self.db.read() as s:
            return payments_.payments(s, invoice_id, customer_id, date_from, date_to)

    # ------------------------------------------------------------------ reading
    def get(self, invoice_id: int) -> InvoiceInfo:
        with self.db.read() as s:
            return reads.get(s, invoice_id, self.today())

    def by_number(self, number: str) -> InvoiceInfo:
        with self.db.read() as s:
            return reads.by_number(s, number, self.today())

    def info_in(self, s: Session, inv: Invoice) -> InvoiceInfo:
        """The DTO of an invoice loaded in the caller's session (appliers, after a change)."""
        return reads.invoice_info(s, inv, self.today())

    def list(self, f: InvoiceFilter = InvoiceFilter(), limit: int | None = None, offset: int = 0,
             sort: str = "newest") -> list[InvoiceRow]:
        today = self.today()
        with self.db.read() as s:
            return reads.list_rows(s, f, today, limit, offset, sort)

    def ids(self, f: InvoiceFilter = InvoiceFilter(), sort: str = "newest") -> list[int]:
        """Ids only, for the GUI's lazy table model (rows fetched in pages with ``rows``)."""
        today = self.today()
        with self.db.read() as s:
            return reads.ids(s, f, today, sort)

    def rows(self, ids: Sequence[int]) -> list[InvoiceRow]:
        today = self.today()
        with self.db.read() as s:
            return reads.rows(s, ids, today)

    def counts(self) -> dict[str, int]:
        """How many invoices per status (for tabs and badges)."""
        today = self.today()
        with self.db.read() as s:
            return reads.counts(s, today)

    # ------------------------------------------------------------------ aging and cash flow
    def aging(self, as_of: date | None = None) -> AgingReport:
        as_of = as_of or self.today()
        with self.db.read() as s:
            return receivables.aging(s, as_of)

    def payment_delays(self, s: Session) -> dict[int, float]:
        """Per customer, the average days between due date and full payment (late > 0)."""
        return receivables.payment_delays(s)

    def cashflow(self, weeks: int = 8, start: date | None = None) -> CashflowReport:
        """Money expected in (open invoices by due date, shifted by each customer's average delay)
        against purchase orders falling due, per week from this week's Monday."""
        today = start or self.today()
        with self.db.read() as s:
            delays = receivables.payment_delays(s)
            receipts = receivables.expected_receipts(s, today, delays)
        edges = receivables.week_edges(today, weeks)
        payables = self.app.inventory.purchase_orders_due(edges[0], edges[-1] - receivables.ONE_DAY)
        return receivables.cashflow(today, weeks, receipts, payables, delays,
                                    notes=(receivables.PAYABLES_NOTE, receivables.RECEIPTS_NOTE))

    # ------------------------------------------------------------------ recurring agreements
    def add_agreement(self, actor: Actor, customer_id: int, title: str, frequency: str, start_date: date,
                      lines: Sequence[LineDraft], end_date: date | None = None) -> AgreementInfo:
        require(actor, Perm.EDIT_INVOICES)
        agreements_.check_terms(frequency, start_date, end_date, lines)
        with self.db.uow() as s:
            return agreements_.add_agreement_in(s, actor, self.clock.now(), customer_id, title, frequency,
                                                start_date, lines, end_date)

    def set_agreement_active(self, actor: Actor, agreement_id: int, active: bool) -> AgreementInfo:
        require(actor, Perm.EDIT_INVOICES)
        with self.db.uow() as s:
            return agreements_.set_agreement_active_in(s, actor, self.clock.now(), agreement_id, active)

    def agreements(self, active_only: bool = False) -> list[AgreementInfo]:
        with self.db.read() as s:
            return agreements_.agreements(s, active_only)

    # ------------------------------------------------------------------ from appointments
    def appointment_lines(self, s: Session, appts: Sequence[Any]) -> list[LineDraft]:
        """Invoice lines for completed appointments (see :mod:`core.invoicing.appointment_billing`)."""
        return appointment_billing.appointment_lines(s, read_config(s), appts)

    # ------------------------------------------------------------------ reminders
    def reminders(self, customer_id: int | None = None, invoice_id: int | None = None) -> list[dict[str, Any]]:
        with self.db.read() as s:
            return reminders_.reminders(s, customer_id, invoice_id)

    # ------------------------------------------------------------------ customer page and privacy
    def customer_history(self, customer_id: int) -> list[HistoryEvent]:
        today = self.today()
        with self.db.read() as s:
            return customer_data.history(s, customer_id, today)

    def customer_summary(self, customer_id: int) -> dict[str, Any]:
        today = self.today()
        with self.db.read() as s:
            return customer_data.summary(s, customer_id, today)

    def customer_privacy_data(self, customer_id: int) -> dict[str, Any]:
        today = self.today()
        with self.db.read() as s:
            return customer_data.privacy_data(s, customer_id, today)

    # ------------------------------------------------------------------ documents
    def pdf(self, invoice_id: int, path: Any, force: bool = False) -> Any:
        """Render to ``path`` through :func:`core.io.outputs.writing` (never over the database;
        an existing file only with ``force``), in the customer's language: its words, dates and
        amounts (the shop's currency), whatever language the person printing it speaks."""
        from core.customers.languages import document_language, document_locale
        from core.invoicing.pdf import render_invoice
        from core.io.outputs import Site, check_target, writing
        site = Site.of(self.app)
        out = check_target(site, path, force=force)
        info = self.get(invoice_id)
        with self.db.read() as s:
            lang = document_language(s, info.customer_id)
            shop = SettingsService.in_language(
                s, SettingsService.read_many(s, "shop.") | SettingsService.read_many(s, "invoicing."), lang)
            loc = document_locale(s, lang)
        with writing(site, out, force=force) as part, language(lang):
            render_invoice(info, shop, part, locale=loc)
        return out
