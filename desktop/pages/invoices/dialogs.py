"""Dialogs of the Invoices page: write/edit an invoice, record a payment, export for the bookkeeper."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QMessageBox, QProgressBar, QPushButton,
                               QSpinBox, QVBoxLayout, QWidget)

from core.invoicing.fields import AGREEMENT_CUSTOMER, PAYMENT_AMOUNT
from core.invoicing.service import LineDraft
from core.kernel.progress import Cancelled
from desktop.pages.invoices.editor import LinesEditor
from desktop.ui import show_error
from desktop.validation import FormValidator

if TYPE_CHECKING:
    from desktop.context import DesktopContext


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class InvoiceDialog(QDialog):
    """Write a new invoice (or credit note) or edit a draft, with live totals."""

    saved = Signal(object)     # InvoiceInfo

    def __init__(self, ctx: DesktopContext, parent: QWidget | None = None, invoice: Any = None,
                 customer_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.invoice = invoice
        self.setObjectName("invoiceDialog")
        self.setWindowTitle(self.tr("Edit {label}").format(label=invoice.label) if invoice else self.tr("New invoice"))
        self.resize(980, 560)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.customer = QComboBox()
        self.customer.setObjectName("customerPicker")
        self.customer.setEditable(True)
        self.customer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for c in ctx.app.customers.search("", limit=None):
            self.customer.addItem(f"{c.name}" + (f" <{c.email}>" if c.email else ""), c.id)
        want = invoice.customer_id if invoice else customer_id
        if want is not None:
            self.customer.setCurrentIndex(max(self.customer.findData(want), 0))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Invoice"), "invoice")
        self.kind.addItem(self.tr("Credit note (negative quantities)"), "credit_note")
        if invoice:
            self.kind.setCurrentIndex(self.kind.findData(invoice.kind))
            self.kind.setEnabled(False)
        self.terms = QSpinBox()
        self.terms.setRange(0, 365)
        self.terms.setSuffix(self.tr(" days"))
        self.terms.setValue(invoice.terms_days if invoice else 14)
        self.notes = QLineEdit(invoice.notes if invoice else "")
        form.addRow(self.tr("Customer"), self.customer)
        form.addRow(self.tr("Type"), self.kind)
        form.addRow(self.tr("Payment terms"), self.terms)
        form.addRow(self.tr("Notes"), self.notes)
        lay.addLayout(form)
        self.lines = LinesEditor(ctx.app, self)
        if invoice:
            self.lines.set_lines([LineDraft(ln.description, ln.quantity, ln.unit_price, ln.tax_code, ln.discount_pct,
                                            ln.price_includes_tax, ln.item_id, ln.unit) for ln in invoice.lines])
        lay.addWidget(self.lines, 1)
        buttons = QDialogButtonBox()
        self.save_btn = buttons.addButton(self.tr("Save draft"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.issue_btn = buttons.addButton(self.tr("Save and issue…"), QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.save_btn.clicked.connect(lambda: self.save(issue=False))
        self.issue_btn.clicked.connect(lambda: self.save(issue=True))
        from core.users.permissions import Perm
        lay.addWidget(buttons)
        if not invoice and customer_id is None:
            self.customer.setCurrentIndex(-1)
        # the customer and every line are checked as they are typed; saving waits until all are fine
        self.validator = FormValidator(self, submit=[self.save_btn])
        self.validator.add(self.customer, lambda _v: None if self.customer.currentData() is not None
                           else self.tr("choose a customer from the list"), self.tr("Customer"))
        self.validator.add_check(lambda: None if self.lines.is_valid() else self.tr("a line needs fixing (see the table)"))
        self.issuer = FormValidator(self, submit=[self.issue_btn])
        self.issuer.add_check(lambda: None if self.validator.is_valid() else self.tr("fix the invoice first"))
        self.issuer.set_allowed(ctx.can(Perm.ISSUE_INVOICES))
        self.kind.currentIndexChanged.connect(lambda _i: self.lines.set_kind(self.kind.currentData()))
        self.lines.set_kind(self.kind.currentData())
        self.lines.changed.connect(self._revalidate)
        self._revalidate()

    def _revalidate(self) -> None:
        self.validator.revalidate()
        self.issuer.revalidate()

    def save(self, issue: bool = False) -> None:
        cid = self.customer.currentData()
        if cid is None:
            show_error(self, self.tr("Choose a customer."))
            return
        try:
            lines = self.lines.lines()
        except ValueError as exc:
            show_error(self, str(exc))
            return
        if issue and QMessageBox.question(
                self, self.tr("Issue invoice"), self.tr("Issue now? It gets the next number and can no longer be changed "
                "(corrections are credit notes).")) != QMessageBox.StandardButton.Yes:
            return
        svc, actor = self.ctx.app.invoicing, self.ctx.actor
        inv, kind, terms, notes = self.invoice, self.kind.currentData(), self.terms.value(), self.notes.text()

        def work() -> Any:
            if inv is None:
                out = svc.create_draft(actor, int(cid), lines, kind=kind, notes=notes, terms_days=terms)
            else:
                out = svc.update_draft(actor, inv.id, lines=lines, customer_id=int(cid), notes=notes, terms_days=terms)
            if issue:
                out = svc.issue(actor, out.id)
            return out

        def done(result: Any) -> None:
            self.ctx.status(self.tr("{label} saved: {money}").format(label=result.label, money=self.ctx.formats.money(result.gross, result.currency)))
            self.saved.emit(result)
            self.accept()

        self.save_btn.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self.save_btn.setEnabled(True)
            show_error(self, exc)
        self.ctx.tasks.run(work, on_done=done, on_error=failed)


class PaymentDialog(QDialog):
    """Record a payment; says beforehand what part becomes customer credit."""

    saved = Signal(object)

    def __init__(self, ctx: DesktopContext, invoice: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.invoice = ctx, invoice
        self.setObjectName("paymentDialog")
        self.setWindowTitle(self.tr("Payment for {label}").format(label=invoice.label))
        form = QFormLayout(self)
        self.fm = fm = ctx.formats
        form.addRow(QLabel(self.tr("{customer_name}: total {money}, "
                           "open {money2}").format(customer_name=invoice.customer_name, money=fm.money(invoice.gross, invoice.currency), money2=fm.money(invoice.open, invoice.currency))))
        self.amount = QLineEdit(f"{invoice.open:.2f}")
        self.amount.setObjectName("paymentAmount")
        self.day = QDateEdit(qdate(ctx.app.today()))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(fm.picker_format)
        self.method = QComboBox()
        for method, words in (("bank transfer", self.tr("bank transfer")), ("card", self.tr("card")), ("cash", self.tr("cash")),
                              ("cheque", self.tr("cheque")), ("other", self.tr("other"))):
            self.method.addItem(words, method)
        self.reference = QLineEdit()
        self.hint = QLabel()
        self.hint.setObjectName("paymentHint")
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow(self.tr("Paid on"), self.day)
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Reference"), self.reference)
        form.addRow(self.hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_btn = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_btn.setText(self.tr("Record payment"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        # the amount is checked as it is typed, with the rule record_payment applies
        self.validator = FormValidator(self, submit=[self.ok_btn])
        self.validator.add(self.amount, lambda v: PAYMENT_AMOUNT(str(v).replace(",", "")), self.tr("Amount"))
        self.amount.textChanged.connect(self._hint)
        self._hint()

    def _value(self) -> Decimal:
        try:
            return Decimal(self.amount.text().strip().replace(",", ""))
        except InvalidOperation:
            raise ValueError(self.tr("'{text}' is not an amount").format(text=self.amount.text())) from None

    def _hint(self) -> None:
        if PAYMENT_AMOUNT(self.amount.text().replace(",", "")):
            self.hint.setText("")              # the message beside the field says what is wrong
            return
        try:
            v = self._value()
        except ValueError:
            self.hint.setText("")
            return
        if v > self.invoice.open:
            self.hint.setText(self.tr("{money} more than is open: "
                              "kept as the customer's credit").format(money=self.fm.money(v - self.invoice.open, self.invoice.currency)))
        elif v < self.invoice.open:
            self.hint.setText(self.tr("part payment: {money} "
                              "stays open").format(money=self.fm.money(self.invoice.open - v, self.invoice.currency)))
        else:
            self.hint.setText(self.tr("pays the invoice in full"))

    def save(self) -> None:
        if not self.validator.show_all():
            return
        v = self._value()
        svc, actor, inv = self.ctx.app.invoicing, self.ctx.actor, self.invoice
        day, method, ref = pydate(self.day.date()), self.method.currentData(), self.reference.text()

        def done(p: Any) -> None:
            m = self.ctx.formats.money
            self.ctx.status(self.tr("payment {money} recorded on {invoice_number}").format(money=m(p.received), invoice_number=p.invoice_number)
                            + (self.tr("; {money} kept as credit").format(money=m(p.to_credit)) if p.to_credit else ""))
            self.saved.emit(p)
            self.accept()
        self.ctx.tasks.run(svc.record_payment, actor, inv.id, v, day, method, ref, on_done=done,
                           on_error=lambda e: show_error(self, e))


def period_presets(today: date) -> list[tuple[str, date, date]]:
    first = today.replace(day=1)
    last_month_end = first - timedelta(days=1)
    q = (today.month - 1) // 3
    this_q = date(today.year, 3 * q + 1, 1)
    last_q_end = this_q - timedelta(days=1)
    last_q = date(last_q_end.year, 3 * ((last_q_end.month - 1) // 3) + 1, 1)
    return [(QCoreApplication.translate("pages.invoices.dialogs", "This month"), first, today), (QCoreApplication.translate("pages.invoices.dialogs", "Last month"), last_month_end.replace(day=1), last_month_end),
            (QCoreApplication.translate("pages.invoices.dialogs", "This quarter"), this_q, today), (QCoreApplication.translate("pages.invoices.dialogs", "Last quarter"), last_q, last_q_end),
            (QCoreApplication.translate("pages.invoices.dialogs", "This year"), date(today.year, 1, 1), today),
            (QCoreApplication.translate("pages.invoices.dialogs", "Last year"), date(today.year - 1, 1, 1), date(today.year - 1, 12, 31))]


class ExportDialog(QDialog):
    """Bookkeeping export with period presets, a progress bar and a cancel button."""

    finished_export = Signal(object)

    def __init__(self, ctx: DesktopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export for the bookkeeper"))
        self.setMinimumWidth(560)
        self.progress_handle: Any = None
        self._confirmed: str | None = None
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = QComboBox()
        from core.io.book_exports import book_exports
        for spec in book_exports():       # every area's bookkeeping workbooks
            self.kind.addItem(spec.title, spec.kind)
        self.preset = QComboBox()
        self.preset.setObjectName("periodPreset")
        today = ctx.app.today()
        for title, d0, d1 in period_presets(today):
            self.preset.addItem(title, (d0, d1))
        self.preset.addItem(self.tr("Custom"), None)
        self.d0, self.d1 = QDateEdit(), QDateEdit()
        for w in (self.d0, self.d1):
            w.setCalendarPopup(True)
            w.setDisplayFormat(ctx.formats.picker_format)
        row = QHBoxLayout()
        row.addWidget(self.d0)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.d1)
        self.path = QLineEdit(str(ctx.app.paths.exports / "register.xlsx"))
        self.path.setObjectName("exportPath")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        prow = QHBoxLayout()
        prow.addWidget(self.path, 1)
        prow.addWidget(browse)
        form.addRow(self.tr("What"), self.kind)
        form.addRow(self.tr("Period"), self.preset)
        form.addRow(self.tr("From"), row)
        form.addRow(self.tr("File"), prow)
        lay.addLayout(form)
        self.bar = QProgressBar()
        self.bar.setObjectName("exportProgress")
        self.bar.setRange(0, 100)
        self.bar.setValue(0)
        self.state = QLabel("")
        self.state.setObjectName("exportState")
        lay.addWidget(self.bar)
        lay.addWidget(self.state)
        buttons = QHBoxLayout()
        self.start_btn = QPushButton(self.tr("Export"))
        self.start_btn.setObjectName("exportStart")
        self.cancel_btn = QPushButton(self.tr("Cancel"))
        self.cancel_btn.setObjectName("exportCancel")
        self.close_btn = QPushButton(self.tr("Close"))
        buttons.addStretch(1)
        buttons.addWidget(self.start_btn)
        buttons.addWidget(self.cancel_btn)
        buttons.addWidget(self.close_btn)
        lay.addLayout(buttons)
        self.cancel_btn.setEnabled(False)
        self.start_btn.clicked.connect(self.start)
        self.cancel_btn.clicked.connect(self.cancel)
        self.close_btn.clicked.connect(self.reject)
        self.preset.currentIndexChanged.connect(self._preset)
        self.kind.currentIndexChanged.connect(self._kind)
        self.preset.setCurrentIndex(3)     # last quarter: what a bookkeeper asks for most
        self._preset()

    def _preset(self, *_: Any) -> None:
        span = self.preset.currentData()
        custom = span is None
        self.d0.setEnabled(custom)
        self.d1.setEnabled(custom)
        if span:
            self.d0.setDate(qdate(span[0]))
            self.d1.setDate(qdate(span[1]))

    def _kind(self, *_: Any) -> None:
        p = Path(self.path.text())
        self.path.setText(str(p.with_name(f"{self.kind.currentData()}.xlsx")))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text(), self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.path.setText(path if path.endswith(".xlsx") else path + self.tr(".xlsx"))
            if path.endswith(".xlsx"):
                self._confirmed = self.path.text()   # the save dialog asked before replacing it

    def set_period(self, d0: date, d1: date) -> None:
        self.preset.setCurrentIndex(self.preset.count() - 1)
        self.d0.setDate(qdate(d0))
        self.d1.setDate(qdate(d1))

    def start(self) -> None:
        from core.io.book_exports import export
        kind, d0, d1 = self.kind.currentData(), pydate(self.d0.date()), pydate(self.d1.date())
        path = Path(self.path.text())
        app, actor = self.ctx.app, self.ctx.actor
        force = False
        if path.is_file():
            if self._confirmed != self.path.text() and not self.confirm_replace(path):
                self.state.setText(self.tr("Not exported: choose another file name."))
                return
            force = True   # core still refuses the database, a backup or other data-folder files

        def work(progress: Any) -> Any:
            return export(app, actor, kind, d0, d1, path, progress=progress, force=force)

        def on_progress(done: int, total: int | None, text: str) -> None:
            if total:
                self.bar.setRange(0, 100)
                self.bar.setValue(min(100, int(done * 100 / total)))
            else:
                self.bar.setRange(0, 0)
            self.state.setText(text)

        def done(result: Any) -> None:
            self._running(False)
            self.bar.setRange(0, 100)
            self.bar.setValue(100)
            self.state.setText(QCoreApplication.translate("ExportDialog", "%n rows written to {path}", None, result.rows).format(path=result.path))
            self.ctx.status(self.state.text())
            self.finished_export.emit(result)

        def failed(exc: BaseException) -> None:
            self._running(False)
            self.bar.setRange(0, 100)
            self.bar.setValue(0)
            if isinstance(exc, Cancelled):
                self.state.setText(self.tr("Cancelled: nothing was written."))
            else:
                self.state.setText(str(exc))
                show_error(self, exc)
            self.finished_export.emit(exc)

        self._running(True)
        self.state.setText(self.tr("Exporting…"))
        self.progress_handle = self.ctx.tasks.run_with_progress(work, on_progress=on_progress, on_done=done,
                                                                on_error=failed)

    def confirm_replace(self, path: Path) -> bool:
        """Ask before replacing a file the person typed (the save dialog asks by itself)."""
        from desktop.files import confirm_replace
        return confirm_replace(self, path)

    def cancel(self) -> None:
        if self.progress_handle is not None:
            self.progress_handle.cancel()
            self.state.setText(self.tr("Cancelling…"))

    def _running(self, on: bool) -> None:
        self.start_btn.setEnabled(not on)
        self.cancel_btn.setEnabled(on)
        self.close_btn.setEnabled(not on)


class AgreementDialog(QDialog):
    """A recurring agreement: customer, what, how often, from when; the daily job drafts each
    occurrence's invoice into the inbox."""

    saved = Signal(object)

    def __init__(self, ctx: DesktopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("agreementDialog")
        self.setWindowTitle(self.tr("New recurring agreement"))
        self.resize(900, 480)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.customer = QComboBox()
        self.customer.setEditable(True)
        self.customer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for c in ctx.app.customers.search("", limit=None):
            self.customer.addItem(c.name, c.id)
        self.customer.setCurrentIndex(-1)
        self.title = QLineEdit()
        self.frequency = QComboBox()
        for every, words in (("monthly", self.tr("monthly")), ("weekly", self.tr("weekly")), ("yearly", self.tr("yearly"))):
            self.frequency.addItem(words, every)
        self.start = QDateEdit(qdate(ctx.app.today()))
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat(ctx.formats.picker_format)
        form.addRow(self.tr("Customer"), self.customer)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Every"), self.frequency)
        form.addRow(self.tr("First invoice on"), self.start)
        lay.addLayout(form)
        self.lines = LinesEditor(ctx.app, self)
        lay.addWidget(self.lines, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_btn = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        # customer and lines are checked as they are typed; Save waits until both are fine
        self.validator = FormValidator(self, submit=[self.save_btn])
        self.validator.add(self.customer, lambda _v: AGREEMENT_CUSTOMER(self.customer.currentData()), self.tr("Customer"))
        self.validator.add_check(self._lines_problem)
        self.lines.changed.connect(self.validator.revalidate)

    def _lines_problem(self) -> str | None:
        if not self.lines.is_valid():
            return self.tr("a line needs fixing (see the table)")
        try:
            return None if self.lines.lines() else self.tr("add at least one line")
        except ValueError as exc:
            return str(exc)

    def save(self) -> None:
        if not self.validator.show_all():
            return
        cid = self.customer.currentData()
        lines = self.lines.lines()
        self.ctx.tasks.run(self.ctx.app.invoicing.add_agreement, self.ctx.actor, int(cid), self.title.text(),
                           self.frequency.currentData(), pydate(self.start.date()), lines,
                           on_done=lambda a: (self.saved.emit(a), self.accept()),
                           on_error=lambda e: show_error(self, e))


class ImportDialog(QDialog):
    """Import historic invoices (CSV/XLSX) with the shared import panel: check first (every problem
    listed with its file, row and column), then import, with progress and cancel."""

    finished_import = Signal(object)

    def __init__(self, ctx: DesktopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop.widgets.import_panel import ImportPanel, ImportTarget
        from core.users.permissions import Perm
        self.ctx = ctx
        self.setObjectName("invoiceImportDialog")
        self.setWindowTitle(self.tr("Import historic invoices"))
        self.resize(760, 560)
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("One row per invoice line; rows with the same number form one invoice, whose number is "
                       "kept. All-negative invoices become credit notes. Columns are found by their headers "
                       "(InvoiceNo, InvoiceDate, CustomerID, StockCode, Description, Quantity, UnitPrice, tax "
                       "rate...). Invoices that name no customer go to the cash-sales customer."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        app, actor = ctx.app, ctx.actor

        def run(path: Path, mapping: dict[str, str], dry_run: bool, skip: bool, progress: Any) -> Any:
            from core.invoicing.importer import import_invoices
            return import_invoices(app, actor, path, mapping, dry_run=dry_run, skip_invalid=skip,
                                   progress=progress)
        self.panel = ImportPanel(ctx, [ImportTarget(
            "invoices", self.tr("Invoices"), run, mapping_hint=self.tr("number=Ref, unit_price=Each"),
            allowed=ctx.can(Perm.IMPORT_DATA) and ctx.can(Perm.ISSUE_INVOICES))], self)
        lay.addWidget(self.panel, 1)
        self.panel.finished.connect(self.finished_import)


class IssueDialog(QDialog):
    """Issue a draft on a chosen date. Numbers follow dates: a date before the series' latest is
    refused with the reason; one far from today is issued only after saying yes to it."""

    issued = Signal(object)    # InvoiceInfo

    def __init__(self, ctx: DesktopContext, invoice: Any, amount: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.invoice = ctx, invoice
        self.setObjectName("issueDialog")
        self.setWindowTitle(self.tr("Issue invoice"))
        lay = QVBoxLayout(self)
        text = QLabel(self.tr("Issue {label} to {customer_name} for {amount}?\n\n"
                      "It gets the next number and can no longer be changed; corrections are credit notes.").format(label=invoice.label, customer_name=invoice.customer_name, amount=amount))
        text.setWordWrap(True)
        lay.addWidget(text)
        form = QFormLayout()
        self.day = QDateEdit(qdate(ctx.app.today()))
        self.day.setObjectName("issueDate")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(ctx.formats.picker_format)
        form.addRow(self.tr("Issue date"), self.day)
        lay.addLayout(form)
        note = QLabel(self.tr("Numbers follow dates: an invoice cannot be dated before the latest one issued in "
                      "its series, and a date far from today is asked about first."))
        note.setObjectName("pageSubtitle")
        note.setWordWrap(True)
        lay.addWidget(note)
        buttons = QDialogButtonBox()
        self.issue_btn = buttons.addButton(self.tr("Issue"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.issue_btn.setObjectName("issueButton")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.issue_btn.clicked.connect(lambda: self.issue(confirmed=False))
        lay.addWidget(buttons)
        self.confirm_box: QMessageBox | None = None

    def issue(self, confirmed: bool) -> None:
        svc, actor, inv, day = self.ctx.app.invoicing, self.ctx.actor, self.invoice, pydate(self.day.date())
        self.issue_btn.setEnabled(False)
        self.ctx.tasks.run(svc.issue, actor, inv.id, day, confirm_date=confirmed,
                           on_done=self._done, on_error=self._failed)

    def _done(self, result: Any) -> None:
        self.issued.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from core.invoicing.dates import IssueDateNeedsConfirmation
        self.issue_btn.setEnabled(True)
        if not isinstance(exc, IssueDateNeedsConfirmation):
            show_error(self, exc)
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Issue with this date?"),
                          f"{str(exc)[0].upper()}{str(exc)[1:]}.",
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmIssueDate")
        yes = box.addButton(self.tr("Issue dated {date}").format(date=self.ctx.formats.date(exc.day)), QMessageBox.ButtonRole.AcceptRole)
        yes.setObjectName("confirmDateButton")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: self.issue(confirmed=True) if box.clickedButton() is yes else None)
        box.open()
        self.confirm_box = box
