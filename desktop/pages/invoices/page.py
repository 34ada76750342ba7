"""The Invoices page: drafts, issued and overdue invoices with filters and actions; the catalogue
and recurring agreements; the bookkeeper's export. (Customers have their own page.)

Every core call runs through ``ctx.tasks`` (off the GUI thread); the invoice list is lazy (ids
first, rows fetched as they scroll into view), so years of invoices scroll smoothly.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView,
                               QInputDialog, QLabel, QLineEdit, QMessageBox, QPushButton, QSplitter,
                               QTableView, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from core.invoicing.fields import ITEM_CODE, ITEM_NAME, UNIT_PRICE
from core.invoicing.service import InvoiceFilter
from core.users.permissions import Perm
from desktop.pages.invoices.dialogs import (AgreementDialog, ExportDialog, ImportDialog, InvoiceDialog, IssueDialog,
                                            PaymentDialog, period_presets)
from desktop.ui import INVOICE_STATUS_WORDS, PageHeader, show_error, words
from desktop.validation import FormValidator
from desktop.widgets import RIGHT, EmptyState, FlowLayout, HelpButton, LazyColumn, LazyTableModel

if TYPE_CHECKING:
    from desktop.context import DesktopContext

VIEWS = ((QT_TRANSLATE_NOOP("pages.invoices.page", "Drafts"), "draft"), (QT_TRANSLATE_NOOP("pages.invoices.page", "Open (issued, not paid)"), "open"), (QT_TRANSLATE_NOOP("pages.invoices.page", "Overdue"), "overdue"),
         (QT_TRANSLATE_NOOP("pages.invoices.page", "Paid"), "paid"), (QT_TRANSLATE_NOOP("pages.invoices.page", "Void"), "void"), (QT_TRANSLATE_NOOP("pages.invoices.page", "All"), None))
# Text colours in the table: each reaches WCAG AA on white, alternate and selected rows.
STATUS_COLOURS = {"overdue": QColor("#b00020"), "draft": QColor("#7a5c00"), "void": QColor("#555f6b"),
                  "paid": QColor("#1b6e20")}
HELP = (QT_TRANSLATE_NOOP("pages.invoices.page", "Deskmate drafts invoices from completed appointments and recurring agreements into the Review "
        "Inbox; approving one creates a draft here. Nothing is issued by itself: issuing gives the next "
        "number of the series (e.g. 2026-0042), gapless even when two people issue at once, and freezes "
        "the invoice. Corrections are credit notes referencing the original, or a void with a reason "
        "(the number stays used). Payments may be partial; anything paid beyond what is open becomes the "
        "customer's credit. Overdue invoices get reminder drafts (three levels, editable in Settings) "
        "that you approve in the inbox."))


class InvoiceDetail(QWidget):
    """The selected invoice: header, lines, tax summary, payments and what can be done with it."""

    changed = Signal()

    def __init__(self, ctx: DesktopContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.invoice: Any = None
        lay = QVBoxLayout(self)
        self.header = QLabel(self.tr("Select an invoice"))
        self.header.setObjectName("invoiceHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.header)
        self.lines = QTableWidget(0, 6)
        self.lines.setObjectName("detailLines")
        self.lines.setHorizontalHeaderLabels([self.tr("Description"), self.tr("Qty"), self.tr("Price"), self.tr("Disc. %"), self.tr("Tax"), self.tr("Amount")])
        self.lines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c, w in ((1, 50), (2, 80), (3, 55), (4, 55), (5, 85)):
            self.lines.setColumnWidth(c, w)
        self.lines.verticalHeader().setVisible(False)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        lay.addWidget(self.lines, 1)
        self.totals = QLabel()
        self.totals.setObjectName("detailTotals")
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.totals)
        self.payments = QLabel()
        self.payments.setWordWrap(True)
        lay.addWidget(self.payments)
        row1, row2 = FlowLayout(), FlowLayout()      # wrap in a narrow pane, never clip
        self.buttons: dict[str, QPushButton] = {}
        for key, text, row in (("edit", self.tr("Edit draft"), row1), ("issue", self.tr("Issue…"), row1), ("delete", self.tr("Delete draft"), row1),
                               ("pay", self.tr("Record payment…"), row2), ("credit", self.tr("Credit note…"), row2),
                               ("void", self.tr("Void…"), row2), ("pdf", self.tr("Save PDF…"), row2)):
            b = QPushButton(text)
            b.setObjectName(f"invoice_{key}")
            b.clicked.connect(lambda _c=False, k=key: self.act(k))
            row.addWidget(b)
            self.buttons[key] = b
        lay.addLayout(row1)
        lay.addLayout(row2)
        self.dialog: Any = None
        self.show_invoice(None)

    def money(self, v: Any) -> str:
        return self.ctx.formats.money(v, self.invoice.currency if self.invoice else None)

    def show_invoice(self, inv: Any) -> None:
        self.invoice = inv
        for b in self.buttons.values():
            b.setEnabled(False)
        if inv is None:
            self.header.setText(self.tr("Select an invoice"))
            self.lines.setRowCount(0)
            self.totals.setText("")
            self.payments.setText("")
            return
        bits = [f"<b>{inv.label}</b> — {inv.customer_name} — <i>{words(inv.status, INVOICE_STATUS_WORDS)}</i>"]
        if inv.issue_date:
            fm = self.ctx.formats
            bits.append(self.tr("issued {date}, due {date2}").format(date=fm.date(inv.issue_date), date2=fm.date(inv.due_date))
                        + (QCoreApplication.translate("InvoiceDetail", " (%n days overdue)", None, inv.days_overdue) if inv.days_overdue else ""))
        if inv.credit_of_number:
            bits.append(self.tr("credits invoice {credit_of_number}").format(credit_of_number=inv.credit_of_number))
        if inv.void_reason:
            bits.append(self.tr("void: {void_reason}").format(void_reason=inv.void_reason))
        if inv.machine_drafted and inv.state == "draft":
            bits.append(self.tr("machine-drafted: check it, then issue"))
        self.header.setText("<br>".join(bits))
        self.lines.setRowCount(len(inv.lines))
        fm = self.ctx.formats
        for r, ln in enumerate(inv.lines):
            vals = (ln.description, fm.quantity(ln.quantity),
                    self.money(ln.unit_price) + (" *" if ln.price_includes_tax else ""),
                    fm.percent(ln.discount_pct) if ln.discount_pct else "", fm.percent(ln.tax_rate),
                    self.money(ln.gross if ln.price_includes_tax else ln.net))
            for c, v in enumerate(vals):
                item = QTableWidgetItem(v)
                if c:
                    item.setTextAlignment(RIGHT)
                self.lines.setItem(r, c, item)
        taxes = "<br>".join(self.tr("Tax {rate}: {tax} on {net}").format(rate=fm.percent(t.rate), tax=self.money(t.tax),
                                                                          net=self.money(t.net)) for t in inv.taxes)
        self.totals.setText(self.tr("{taxes}<br>Net {money} · Tax {money2} · "
                            "<b>Total {money3}</b>").format(taxes=taxes, money=self.money(inv.net), money2=self.money(inv.tax), money3=self.money(inv.gross))
                            + (self.tr(" · paid {money} · <b>open {money2}</b>").format(money=self.money(inv.paid + inv.credited), money2=self.money(inv.open))
                               if inv.state == "issued" and inv.kind == "invoice" else ""))
        self.payments.setText(self.tr("Payments: ") + "; ".join(
            f"{fm.date(p.paid_on)} {self.money(p.received)} ({p.method})"
            + (f", {self.money(p.to_credit)} to credit" if p.to_credit else "") for p in inv.payments)
            if inv.payments else "")
        can = self.ctx.can
        draft, issued = inv.state == "draft", inv.state == "issued"
        self.buttons["edit"].setEnabled(draft and can(Perm.EDIT_INVOICES))
        self.buttons["delete"].setEnabled(draft and can(Perm.EDIT_INVOICES))
        self.buttons["issue"].setEnabled(draft and can(Perm.ISSUE_INVOICES))
        self.buttons["pay"].setEnabled(issued and inv.kind == "invoice" and inv.open > 0 and can(Perm.RECORD_PAYMENTS))
        self.buttons["credit"].setEnabled(issued and inv.kind == "invoice" and can(Perm.ISSUE_INVOICES))
        self.buttons["void"].setEnabled(issued and not inv.paid and not inv.credited and can(Perm.ISSUE_INVOICES))
        self.buttons["pdf"].setEnabled(True)

    def act(self, key: str) -> None:
        inv, svc, actor = self.invoice, self.ctx.app.invoicing, self.ctx.actor
        if inv is None:
            return
        run = self.ctx.tasks.run

        def after(result: Any, message: str) -> None:
            self.ctx.status(message)
            self.changed.emit()

        def err(exc: BaseException) -> None:
            show_error(self, exc)
        if key == "edit":
            self.dialog = InvoiceDialog(self.ctx, self, invoice=inv)
            self.dialog.saved.connect(lambda _r: self.changed.emit())
            self.dialog.open()
        elif key == "issue":
            self.dialog = IssueDialog(self.ctx, inv, self.money(inv.gross), self)
            self.dialog.issued.connect(lambda r: after(r, self.tr("{label} issued: {money}").format(label=r.label, money=self.money(r.gross))))
            self.dialog.open()
        elif key == "delete":
            if QMessageBox.question(self, self.tr("Delete draft"), self.tr("Delete {label}?").format(label=inv.label)) == QMessageBox.StandardButton.Yes:
                run(svc.delete_draft, actor, inv.id, on_done=lambda r: after(r, self.tr("draft deleted")), on_error=err)
        elif key == "pay":
            self.dialog = PaymentDialog(self.ctx, inv, self)
            self.dialog.saved.connect(lambda _p: self.changed.emit())
            self.dialog.open()
        elif key == "credit":
            if QMessageBox.question(self, self.tr("Credit note"), self.tr("Draft a credit note for all of {label}? "
                                    "You can change its lines before issuing it.").format(label=inv.label)) == QMessageBox.StandardButton.Yes:
                run(svc.credit_note, actor, inv.id, on_done=lambda r: after(r, self.tr("{label} drafted").format(label=r.label)), on_error=err)
        elif key == "void":
            reason, ok = QInputDialog.getText(self, self.tr("Void invoice"), self.tr("Why is {label} void? (kept with its number)").format(label=inv.label))
            if ok and reason.strip():
                run(svc.void, actor, inv.id, reason.strip(), on_done=lambda r: after(r, self.tr("{label} voided").format(label=r.label)),
                    on_error=err)
        elif key == "pdf":
            default = str(self.ctx.app.paths.exports / f"{inv.number or f'draft-{inv.id}'}.pdf")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), default, self.tr("PDF (*.pdf)"))
            if path:   # the save dialog asked before replacing a file; core refuses data-folder files
                run(svc.pdf, inv.id, path, force=True, on_done=lambda p: self.ctx.status(self.tr("saved {path}").format(path=p)),
                    on_error=err)


class InvoicesTab(QWidget):
    def __init__(self, ctx: DesktopContext) -> None:
        super().__init__()
        self.ctx = ctx
        lay = QVBoxLayout(self)
        bar = FlowLayout()
        self.view = QComboBox()
        self.view.setObjectName("invoiceView")
        for title, _ in VIEWS:
            self.view.addItem(QCoreApplication.translate("pages.invoices.page", title))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search number, customer or notes (Ctrl+F)"))
        self.period = QComboBox()
        self.period.setObjectName("invoicePeriod")
        self.period.addItem(self.tr("Any date"), None)
        for title, d0, d1 in period_presets(ctx.app.today()):
            self.period.addItem(title, (d0, d1))
        self.count = QLabel()
        self.new_btn = QPushButton(self.tr("New invoice (Ctrl+N)"))
        self.new_btn.setEnabled(ctx.can(Perm.EDIT_INVOICES))
        self.export_btn = QPushButton(self.tr("Export for the bookkeeper…"))
        self.export_btn.setEnabled(ctx.can(Perm.EXPORT_BOOKS))
        self.import_btn = QPushButton(self.tr("Import…"))
        self.import_btn.setToolTip(self.tr("Import historic invoices from a previous system (CSV or XLSX)"))
        self.import_btn.setEnabled(ctx.can(Perm.IMPORT_DATA) and ctx.can(Perm.ISSUE_INVOICES))
        bar.addWidget(self.view)
        bar.addWidget(self.period)
        self.search.setMinimumWidth(240)
        bar.addWidget(self.search)
        bar.addWidget(self.count)
        bar.addWidget(self.new_btn)
        bar.addWidget(self.import_btn)
        bar.addWidget(self.export_btn)
        lay.addLayout(bar)
        svc = ctx.app.invoicing
        self.model = LazyTableModel([
            LazyColumn(self.tr("Number"), lambda r: r.number or self.tr("draft #{id}").format(id=r.id)),
            LazyColumn(self.tr("Date"), lambda r: ctx.formats.date(r.issue_date)),
            LazyColumn(self.tr("Due"), lambda r: ctx.formats.date(r.due_date)),
            LazyColumn(self.tr("Customer"), lambda r: r.customer_name),
            LazyColumn(self.tr("Total"), lambda r: ctx.formats.money(r.gross), RIGHT),
            LazyColumn(self.tr("Open"), lambda r: ctx.formats.money(r.open) if r.open else "", RIGHT),
            LazyColumn(self.tr("Status"), lambda r: words(r.status, INVOICE_STATUS_WORDS) + (f" ({r.days_overdue} d)" if r.status == "overdue" else ""),
                       foreground=lambda r: STATUS_COLOURS.get(r.status)),
            LazyColumn(self.tr("Source"), lambda r: r.source + (" (machine)" if r.machine_drafted else ""))], svc.rows)
        self.table = QTableView()
        self.table.setObjectName("invoiceTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.verticalHeader().setVisible(False)
        # Fixed, readable widths (the last fills the rest): in a narrow pane the table scrolls
        # sideways rather than squeezing the customer's name to "J…"; at 1366 px the status still shows.
        self.table.horizontalHeader().setStretchLastSection(True)
        for c, w in ((0, 75), (1, 80), (2, 80), (3, 135), (4, 80), (5, 80), (6, 100), (7, 110)):
            self.table.setColumnWidth(c, w)
        self.empty = EmptyState(self.tr("No invoices here"), self.tr("Drafts appear when you write an invoice or approve one the "
                                "automation prepared in the inbox."), self.tr("New invoice"), self.new_invoice)
        self.detail = InvoiceDetail(ctx)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.table)
        ll.addWidget(self.empty)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.detail)
        split.setSizes([700, 500])
        lay.addWidget(split, 1)
        self.dialog: Any = None
        self.view.currentIndexChanged.connect(lambda _i: self.refresh())
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.new_btn.clicked.connect(self.new_invoice)
        self.export_btn.clicked.connect(self.open_export)
        self.import_btn.clicked.connect(self.open_import)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._select(cur.row()))
        self.detail.changed.connect(self.refresh)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_invoice)
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus)
        QShortcut(QKeySequence("F5"), self, self.refresh)
        self.loading = False
        self._want: int | None = None

    def current_filter(self) -> InvoiceFilter:
        span = self.period.currentData()
        return InvoiceFilter(status=VIEWS[self.view.currentIndex()][1], text=self.search.text().strip() or None,
                             date_from=span[0] if span else None, date_to=span[1] if span else None)

    def set_view(self, status: str | None) -> None:
        for i, (_t, st) in enumerate(VIEWS):
            if st == status:
                self.view.setCurrentIndex(i)

    def refresh(self, select: int | None = None) -> None:
        keep = select if select is not None else (self.detail.invoice.id if self.detail.invoice else None)
        self.loading = True
        f = self.current_filter()
        sort = "newest" if f.status not in ("overdue", "open") else "due"
        self._generation = gen = getattr(self, "_generation", 0) + 1

        def done(ids: list[int]) -> None:
            if gen != self._generation:
                return                    # a newer filter was asked for meanwhile: its answer wins
            self.loading = False
            self.model.set_ids(ids)
            self.count.setText(QCoreApplication.translate("InvoicesTab", "{number} invoice(s)", None, len(ids)).format(
                number=self.ctx.formats.number(len(ids))))
            self.empty.setVisible(not ids)
            self.table.setVisible(bool(ids))
            row = self.model.row_of(keep) if keep is not None else -1
            if row < 0 and ids:
                row = 0
            if row >= 0:
                self.table.selectRow(row)
                self._select(row)
            else:
                self.detail.show_invoice(None)

        def failed(exc: BaseException) -> None:
            self.loading = False
            show_error(self, exc)
        # two quick filter changes: only the newest query's result is shown
        self.ctx.tasks.run_latest((id(self), "ids"), self.ctx.app.invoicing.ids, f, sort, on_done=done,
                                  on_error=failed)

    def _select(self, row: int) -> None:
        iid = self.model.id_at(row)
        if iid is None:
            return
        self._want = iid

        def done(inv: Any) -> None:
            if self._want == inv.id:
                self.detail.show_invoice(inv)
        self.ctx.tasks.run(self.ctx.app.invoicing.get, iid, on_done=done,
                           on_error=lambda e: show_error(self, e))

    def new_invoice(self, customer_id: int | None = None) -> None:
        if not self.ctx.can(Perm.EDIT_INVOICES):
            return
        self.dialog = InvoiceDialog(self.ctx, self, customer_id=customer_id if isinstance(customer_id, int) else None)
        self.dialog.saved.connect(lambda inv: (self.set_view("draft" if inv.state == "draft" else None),
                                               self.refresh(select=inv.id)))
        self.dialog.open()

    def open_import(self) -> None:
        self.dialog = ImportDialog(self.ctx, self)
        self.dialog.finished_import.connect(lambda _r: self.refresh())
        self.dialog.open()

    def open_export(self) -> None:
        self.dialog = ExportDialog(self.ctx, self)
        self.dialog.open()


class CatalogueTab(QWidget):
    """Items and services with prices and tax codes; recurring agreements."""

    def __init__(self, ctx: DesktopContext) -> None:
        super().__init__()
        self.ctx = ctx
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("<b>Catalogue</b> — prices with or without tax, one tax code each")))
        self.items = QTableWidget(0, 6)
        self.items.setObjectName("catalogueTable")
        self.items.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name"), self.tr("Kind"), self.tr("Price"), self.tr("Price incl. tax"), self.tr("Tax code")])
        self.items.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.items.verticalHeader().setVisible(False)
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        lay.addWidget(self.items, 1)
        self.items.setToolTip(self.tr("Double-click a price to change it (invoices already written keep theirs)"))
        self.items.cellDoubleClicked.connect(self.edit_price)
        self._items: list[Any] = []
        row = QHBoxLayout()
        self.code, self.name, self.price = QLineEdit(), QLineEdit(), QLineEdit()
        self.code.setPlaceholderText(self.tr("Code"))
        self.name.setPlaceholderText(self.tr("Name"))
        self.price.setPlaceholderText(self.tr("Price"))
        self.tax = QComboBox()
        for code, (name, rate) in ctx.app.invoicing.tax_rates().items():
            self.tax.addItem(f"{name} {ctx.formats.percent(rate)}", code)
        self.incl = QComboBox()
        self.incl.addItems([self.tr("price without tax"), self.tr("price includes tax")])
        self.kind = QComboBox()
        self.kind.addItem(self.tr("item"), "item")
        self.kind.addItem(self.tr("service"), "service")
        add = QPushButton(self.tr("Add"))
        self.add_btn = add
        for w in (self.code, self.name, self.price, self.tax, self.incl, self.kind, add):
            row.addWidget(w)
        lay.addLayout(row)
        add.clicked.connect(self.add_item)
        # a catalogue item needs a code, a name and a price that is a number (checked as typed)
        self.item_check = FormValidator(self, submit=add)
        self.item_check.add(self.code, ITEM_CODE, self.tr("Code"))
        self.item_check.add(self.name, ITEM_NAME, self.tr("Name"))
        self.item_check.add(self.price, UNIT_PRICE, self.tr("Price"))
        self.item_check.set_allowed(ctx.can(Perm.EDIT_INVOICES))
        lay.addWidget(QLabel(self.tr("<b>Recurring agreements</b> — one invoice draft per week / month / year, "
                             "each occurrence exactly once")))
        self.agreements = QTableWidget(0, 6)
        self.agreements.setObjectName("agreementTable")
        self.agreements.setHorizontalHeaderLabels([self.tr("Customer"), self.tr("Title"), self.tr("Every"), self.tr("From"), self.tr("Until"), self.tr("Active")])
        self.agreements.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.agreements.verticalHeader().setVisible(False)
        self.agreements.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        lay.addWidget(self.agreements, 1)
        arow = QHBoxLayout()
        self.new_agreement = QPushButton(self.tr("New agreement…"))
        self.new_agreement.setEnabled(ctx.can(Perm.EDIT_INVOICES))
        self.new_agreement.clicked.connect(self.add_agreement)
        self.toggle = QPushButton(self.tr("Pause / resume selected agreement"))
        self.toggle.setEnabled(ctx.can(Perm.EDIT_INVOICES))
        self.toggle.clicked.connect(self.toggle_agreement)
        arow.addWidget(self.new_agreement)
        arow.addWidget(self.toggle)
        arow.addStretch(1)
        lay.addLayout(arow)
        self.dialog: Any = None
        self._agreements: list[Any] = []

    def refresh(self) -> None:
        svc = self.ctx.app.invoicing

        def done(result: tuple[list[Any], list[Any]]) -> None:
            items, agreements = result
            self._items = items
            self.items.setRowCount(len(items))
            fm = self.ctx.formats
            for r, it in enumerate(items):
                for c, v in enumerate((it.code, it.name, it.kind, fm.money(it.unit_price),
                                       "yes" if it.price_includes_tax else "no", it.tax_code)):
                    self.items.setItem(r, c, QTableWidgetItem(v))
            self._agreements = agreements
            self.agreements.setRowCount(len(agreements))
            for r, a in enumerate(agreements):
                for c, v in enumerate((a.customer_name, a.title, a.frequency, fm.date(a.start_date),
                                       fm.date(a.end_date), "yes" if a.active else "paused")):
                    self.agreements.setItem(r, c, QTableWidgetItem(v))
        self.ctx.tasks.run(lambda: (svc.items(active_only=False), svc.agreements()), on_done=done,
                           on_error=lambda e: show_error(self, e))

    def add_item(self) -> None:
        from decimal import Decimal, InvalidOperation
        try:
            price = Decimal(self.price.text().strip() or "x")
        except InvalidOperation:
            show_error(self, self.tr("'{text}' is not a price.").format(text=self.price.text()))
            return
        self.ctx.tasks.run(self.ctx.app.invoicing.add_item, self.ctx.actor, self.code.text(), self.name.text(),
                           price, self.tax.currentData(), kind=self.kind.currentData(),
                           price_includes_tax=self.incl.currentIndex() == 1,
                           on_done=lambda it: (self.ctx.status(self.tr("item {code} added").format(code=it.code)), self.refresh()),
                           on_error=lambda e: show_error(self, e))

    def edit_price(self, row: int, _col: int = 0) -> None:
        if not (0 <= row < len(self._items)) or not self.ctx.can(Perm.EDIT_INVOICES):
            return
        it = self._items[row]
        text, ok = QInputDialog.getText(self, self.tr("Change price"), self.tr("New price of {code} {name}").format(code=it.code, name=it.name),
                                        text=f"{it.unit_price:.2f}")
        if not ok:
            return
        from decimal import Decimal, InvalidOperation
        try:
            price = Decimal(text.strip())
        except InvalidOperation:
            show_error(self, self.tr("'{text}' is not a price.").format(text=text))
            return
        self.ctx.tasks.run(self.ctx.app.invoicing.update_item, self.ctx.actor, it.id, unit_price=price,
                           on_done=lambda _i: self.refresh(), on_error=lambda e: show_error(self, e))

    def add_agreement(self) -> None:
        self.dialog = AgreementDialog(self.ctx, self)
        self.dialog.saved.connect(lambda _a: self.refresh())
        self.dialog.open()

    def toggle_agreement(self) -> None:
        r = self.agreements.currentRow()
        if not 0 <= r < len(self._agreements):
            return
        a = self._agreements[r]
        self.ctx.tasks.run(self.ctx.app.invoicing.set_agreement_active, self.ctx.actor, a.id, not a.active,
                           on_done=lambda _a: self.refresh(), on_error=lambda e: show_error(self, e))


class InvoicesPage(QWidget):
    def __init__(self, ctx: DesktopContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("invoicesPage")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        lay.addWidget(PageHeader(self.tr("Invoices"), self.tr("Drafts, issued and overdue invoices, the catalogue and "
                                 "recurring agreements."), HelpButton(self.tr("Invoices"), QCoreApplication.translate("pages.invoices.page", HELP))))
        self.tabs = QTabWidget()
        self.invoices = InvoicesTab(ctx)
        self.catalogue = CatalogueTab(ctx)
        self.tabs.addTab(self.invoices, self.tr("Invoices"))
        self.tabs.addTab(self.catalogue, self.tr("Catalogue && agreements"))
        lay.addWidget(self.tabs)
        self._loaded: set[int] = set()
        self.tabs.currentChanged.connect(self._tab)
        ctx.bridge.data_changed.connect(self._data_changed)
        self._tab(0)

    def _tab(self, index: int) -> None:
        if index in self._loaded:
            return
        self._loaded.add(index)
        (self.invoices.refresh, self.catalogue.refresh)[index]()

    def navigate_to(self, status: str | None = None, invoice_id: int | None = None,
                    new_invoice_for: int | None = None, **_kw: Any) -> None:
        """Open the invoice list at a status (e.g. overdue) with one invoice selected, or start a
        new invoice for a customer (from the Customers page)."""
        self.tabs.setCurrentWidget(self.invoices)
        tab = self.invoices
        if new_invoice_for is not None:
            tab.new_invoice(new_invoice_for)
            return
        for w in (tab.view, tab.search, tab.period):
            w.blockSignals(True)
        tab.set_view(status)
        tab.search.clear()
        tab.period.setCurrentIndex(0)
        for w in (tab.view, tab.search, tab.period):
            w.blockSignals(False)
        tab.refresh(select=invoice_id)

    def _data_changed(self, area: str) -> None:
        """Core said invoices, customers or the inbox changed (a dialog here, an approval in the
        inbox, a job): refresh now if shown, else when next shown."""
        if area not in ("invoicing", "customers", "inbox"):
            return
        if self.isVisible():
            self.invoices.refresh()
            if 1 in self._loaded and area == "invoicing":
                self.catalogue.refresh()
        else:
            self._stale = True

    def on_shown(self) -> None:
        if getattr(self, "_stale", False):
            self._stale = False
            self.refresh()

    def refresh(self) -> None:
        self.invoices.refresh()
        if 1 in self._loaded:
            self.catalogue.refresh()
