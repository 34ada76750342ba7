"""The invoice lines editor with live totals, used on the Invoices page and in the inbox.

Totals are computed by core's pure money module (``InvoicingService.preview`` with the tax
settings read once), so what the editor shows is exactly what issuing will store.
"""
from __future__ import annotations

import copy
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from core.invoicing.service import LineDraft
from core.kernel.errors import DeskmateError
from core.invoicing.fields import DESCRIPTION, DISCOUNT, UNIT_PRICE, line_quantity
from desktop.inbox_editors import ProposalEditor
from desktop.validation import TableValidator

COLS = (QT_TRANSLATE_NOOP("pages.invoices.editor", "Description"), QT_TRANSLATE_NOOP("pages.invoices.editor", "Qty"), QT_TRANSLATE_NOOP("pages.invoices.editor", "Unit price"), QT_TRANSLATE_NOOP("pages.invoices.editor", "Incl. tax"), QT_TRANSLATE_NOOP("pages.invoices.editor", "Disc. %"), QT_TRANSLATE_NOOP("pages.invoices.editor", "Tax"), QT_TRANSLATE_NOOP("pages.invoices.editor", "Net"), QT_TRANSLATE_NOOP("pages.invoices.editor", "Tax amt"), QT_TRANSLATE_NOOP("pages.invoices.editor", "Total"))
DESC, QTY, PRICE, INCL, DISC, TAX, NET, TAXAMT, TOTAL = range(9)
EDITABLE = (DESC, QTY, PRICE, DISC)


def _dec(text: str, what: str, row: int) -> Decimal:
    try:
        return Decimal((text or "0").strip().replace(",", ""))
    except InvalidOperation:
        raise ValueError(QCoreApplication.translate("pages.invoices.editor", "line {value}: '{text}' is not a {what}").format(value=row + 1, text=text, what=what)) from None


def _num(d: Any) -> str:
    try:
        return f"{Decimal(str(d)).normalize():f}"
    except (InvalidOperation, ValueError):
        return str(d or "")


class LinesEditor(QWidget):
    """A table of invoice lines; ``totals_changed`` fires on every edit with the new totals text."""

    changed = Signal()

    def __init__(self, app: Any, parent: QWidget | None = None, compact: bool = False) -> None:
        super().__init__(parent)
        self.app = app
        with app.db.read() as s:
            self.cfg = app.invoicing.config(s)
        self.fm = app.formats()
        self.items = app.invoicing.items()
        self._loading = False
        self.totals = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.item_pick = QComboBox()
        self.item_pick.setObjectName("itemPicker")
        self.item_pick.addItem(self.tr("Add from catalogue…"), None)
        for it in self.items:
            self.item_pick.addItem(f"{it.code} — {it.name} ({self.money(it.unit_price)})", it.id)
        self.item_pick.activated.connect(self._add_item)
        self.add_btn = QPushButton(self.tr("Add line"))
        self.add_btn.clicked.connect(lambda: self.add_line(LineDraft("", Decimal(1), Decimal(0), next(iter(self.cfg.rates)))))
        self.remove_btn = QPushButton(self.tr("Remove line"))
        self.remove_btn.clicked.connect(self.remove_current)
        bar.addWidget(self.item_pick, 2)
        bar.addWidget(self.add_btn)
        bar.addWidget(self.remove_btn)
        bar.addStretch(1)
        lay.addLayout(bar)
        self.table = QTableWidget(0, len(COLS))
        self.table.setObjectName("invoiceLines")
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("pages.invoices.editor", c) for c in COLS])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(DESC, QHeaderView.ResizeMode.Stretch)
        widths = ((QTY, 45), (PRICE, 70), (INCL, 58), (DISC, 55), (TAX, 125), (NET, 70), (TAXAMT, 65), (TOTAL, 75)) \
            if compact else ((QTY, 60), (PRICE, 85), (INCL, 60), (DISC, 60), (TAX, 150), (NET, 85), (TAXAMT, 80), (TOTAL, 90))
        for c, w in widths:
            self.table.setColumnWidth(c, w)
        if compact:                       # the inbox pane is narrow: net and tax show in the totals
            self.table.setColumnHidden(NET, True)
            self.table.setColumnHidden(TAXAMT, True)
        self.table.itemChanged.connect(self._item_changed)
        lay.addWidget(self.table, 1)
        self.tax_label = QLabel()
        self.tax_label.setObjectName("taxSummary")
        self.total_label = QLabel()
        self.total_label.setObjectName("invoiceTotals")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.error_label = QLabel()
        self.error_label.setObjectName("linesError")
        self.error_label.setStyleSheet("color: #b00020")
        self.line_errors = QLabel()
        lay.addWidget(self.line_errors)
        lay.addWidget(self.tax_label)
        lay.addWidget(self.total_label)
        lay.addWidget(self.error_label)
        # each cell is checked as it is typed, with the rules the invoicing service applies
        self.kind = "invoice"
        self.validator = TableValidator(
            self.table, {DESC: DESCRIPTION, QTY: lambda v: line_quantity(self.kind)(v), PRICE: UNIT_PRICE,
                         DISC: DISCOUNT}, self.line_errors, row_used=lambda _r: True,
            names={DESC: "description", QTY: "quantity", PRICE: self.tr("unit price"), DISC: "discount"},
            text_of=self._cell_for_rule)
        self._recompute()

    def _cell_for_rule(self, row: int, col: int) -> str:
        """A cell's text as ``lines()`` reads it: numbers may use thousands commas, blank is 0."""
        item = self.table.item(row, col)
        text = item.text().strip() if item is not None else ""
        return text if col == DESC else (text.replace(",", "") or "0")

    def set_kind(self, kind: str) -> None:
        """Invoice or credit note: an invoice's quantities are never negative."""
        self.kind = kind
        self.validator.revalidate()
        self.changed.emit()

    def is_valid(self) -> bool:
        return self.validator.is_valid()

    # ---------------------------------------------------------------- lines in and out
    def set_lines(self, lines: list[LineDraft]) -> None:
        self._loading = True
        try:
            self.table.setRowCount(0)
            for ln in lines:
                self._append(ln)
        finally:
            self._loading = False
        self._recompute()

    def add_line(self, ln: LineDraft) -> None:
        self._loading = True
        try:
            self._append(ln)
        finally:
            self._loading = False
        self.table.setCurrentCell(self.table.rowCount() - 1, DESC)
        self._recompute()
        self.changed.emit()

    def _append(self, ln: LineDraft) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        values = {DESC: ln.description, QTY: _num(ln.quantity), PRICE: _num(ln.unit_price), DISC: _num(ln.discount_pct)}
        for c in range(len(COLS)):
            if c in (INCL, TAX):
                continue
            item = QTableWidgetItem(values.get(c, ""))
            if c not in EDITABLE:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if c != DESC:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if c == DESC:
                item.setData(Qt.ItemDataRole.UserRole, (ln.item_id, ln.unit))
            self.table.setItem(r, c, item)
        incl = QCheckBox()
        incl.setChecked(ln.price_includes_tax)
        incl.toggled.connect(self._widget_changed)
        self.table.setCellWidget(r, INCL, incl)
        tax = QComboBox()
        for code, (name, rate) in self.cfg.rates.items():
            tax.addItem(f"{name} {self.fm.percent(rate)}", code)
        idx = tax.findData(ln.tax_code)
        if idx < 0:
            tax.addItem(ln.tax_code, ln.tax_code)
            idx = tax.count() - 1
        tax.setCurrentIndex(idx)
        tax.currentIndexChanged.connect(self._widget_changed)
        self.table.setCellWidget(r, TAX, tax)

    def _add_item(self, index: int) -> None:
        item_id = self.item_pick.itemData(index)
        self.item_pick.setCurrentIndex(0)
        if item_id is None:
            return
        self.add_line(self.app.invoicing.line_from_item(int(item_id)))

    def remove_current(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)
            self._recompute()
            self.changed.emit()

    def set_cell(self, row: int, col: int, text: str) -> None:
        """Type into a cell, as a person would (tests, keyboard users)."""
        self.table.item(row, col).setText(text)

    def set_tax(self, row: int, code: str) -> None:
        box = self.table.cellWidget(row, TAX)
        box.setCurrentIndex(box.findData(code))

    def set_includes_tax(self, row: int, on: bool) -> None:
        self.table.cellWidget(row, INCL).setChecked(on)

    def lines(self) -> list[LineDraft]:
        out = []
        for r in range(self.table.rowCount()):
            desc_item = self.table.item(r, DESC)
            meta = desc_item.data(Qt.ItemDataRole.UserRole) or (None, "")
            out.append(LineDraft(
                description=desc_item.text().strip(),
                quantity=_dec(self.table.item(r, QTY).text(), "quantity", r),
                unit_price=_dec(self.table.item(r, PRICE).text(), "price", r),
                tax_code=self.table.cellWidget(r, TAX).currentData(),
                discount_pct=_dec(self.table.item(r, DISC).text(), "discount", r),
                price_includes_tax=self.table.cellWidget(r, INCL).isChecked(),
                item_id=meta[0], unit=meta[1] or ""))
        return out

    # ---------------------------------------------------------------- live totals
    def _item_changed(self, _item: QTableWidgetItem) -> None:
        if self._loading:
            return
        self._recompute()
        self.changed.emit()

    def _widget_changed(self, *_: Any) -> None:
        if self._loading:
            return
        self._recompute()
        self.changed.emit()

    def money(self, v: Decimal) -> str:
        return self.fm.money(v, self.cfg.currency)

    def _recompute(self) -> None:
        try:
            lines = self.lines()
            totals = self.app.invoicing.preview(lines, cfg=self.cfg)
        except (ValueError, DeskmateError) as exc:
            self.totals = None
            self.error_label.setText(str(exc))
            self.total_label.setText(self.tr("Total: —"))
            return
        self.totals = totals
        self.error_label.setText("")
        self._loading = True
        try:
            for r, amt in enumerate(totals.lines):
                for c, v in ((NET, amt.net), (TAXAMT, amt.tax), (TOTAL, amt.gross)):
                    self.table.item(r, c).setText(self.money(v))
        finally:
            self._loading = False
        self.tax_label.setText("   ".join(f"Tax {self.fm.percent(t.rate)}: {self.money(t.tax)} on {self.money(t.net)}"
                                          for t in totals.tax_summary))
        self.total_label.setText(self.tr("Net {money}   Tax {money2}   "
                                 "Total {money3}").format(money=self.money(totals.net), money2=self.money(totals.tax), money3=self.money(totals.gross)))


class InvoiceProposalEditor(ProposalEditor):
    """The inbox's editor for ``invoice_draft`` suggestions: the lines with live totals, the
    notes, and an explicit "issue on approval" choice (off by default)."""

    def __init__(self, parent: QWidget | None = None, app: Any = None) -> None:
        super().__init__(parent)
        self._app = app
        self._payload: dict[str, Any] = {}
        self.lines_editor: LinesEditor | None = None
        self._lay = QVBoxLayout(self)
        self._lay.setContentsMargins(0, 0, 0, 0)
        self.customer_label = QLabel()
        self.customer_label.setObjectName("proposalCustomer")
        self._lay.addWidget(self.customer_label)
        self.issue_box = QCheckBox(self.tr("Issue on approval (gives the next invoice number; cannot be undone)"))
        self.issue_box.setObjectName("issueOnApproval")
        self.issue_box.toggled.connect(lambda _on: self.changed.emit())

    def _ensure(self) -> None:
        if self.lines_editor is not None:
            return
        app = self._app or _find_app(self)
        self.lines_editor = LinesEditor(app, self, compact=True)
        self.lines_editor.changed.connect(self.changed.emit)
        self._lay.addWidget(self.lines_editor, 1)
        self._lay.addWidget(self.issue_box)

    def set_payload(self, payload: Any) -> None:
        self._ensure()
        self._original = copy.deepcopy(payload)
        self._payload = copy.deepcopy(payload) if isinstance(payload, dict) else {}
        self.customer_label.setText(f"<b>{self._payload.get('customer_name', '')}</b> — "
                                    f"{self._payload.get('notes', '')}")
        self.lines_editor.set_lines([LineDraft.from_dict(d) for d in self._payload.get("lines", [])])
        self.issue_box.blockSignals(True)
        self.issue_box.setChecked(bool(self._payload.get("issue", False)))
        self.issue_box.blockSignals(False)

    def payload(self) -> Any:
        out = copy.deepcopy(self._payload)
        if self.lines_editor is not None:
            out["lines"] = [ln.as_dict() for ln in self.lines_editor.lines()]
        out["issue"] = self.issue_box.isChecked()
        return out

    def is_dirty(self) -> bool:
        try:
            p = self.payload()
        except ValueError:
            return True
        orig = self._original or {}
        if bool(p.get("issue")) != bool(orig.get("issue", False)):
            return True
        norm = [LineDraft.from_dict(d).as_dict() for d in orig.get("lines", [])]
        return p.get("lines") != norm

    def is_valid(self) -> bool:
        return self.lines_editor is None or self.lines_editor.is_valid()

    def set_read_only(self, read_only: bool) -> None:
        if self.lines_editor is not None:
            self.lines_editor.setEnabled(not read_only)
        self.issue_box.setEnabled(not read_only)


def _find_app(widget: QWidget) -> Any:
    """The inbox page owns the context; walk up the parents to find its app."""
    w: Any = widget
    while w is not None:
        ctx = getattr(w, "ctx", None)
        if ctx is not None and hasattr(ctx, "app"):
            return ctx.app
        w = w.parentWidget() if hasattr(w, "parentWidget") else None
    raise RuntimeError("the invoice editor needs the Deskmate app (no page context found)")


class ReminderProposalEditor(ProposalEditor):
    """The inbox's editor for ``payment_reminder`` suggestions: recipient, subject and the letter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit
        self._payload: dict[str, Any] = {}
        lay = QFormLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.to = QLineEdit()
        self.to.setObjectName("reminderTo")
        self.to.setPlaceholderText(self.tr("no e-mail: the letter goes to the outbox folder for sending by hand"))
        self.subject = QLineEdit()
        self.subject.setObjectName("reminderSubject")
        self.body = QPlainTextEdit()
        self.body.setObjectName("reminderBody")
        lay.addRow(self.tr("To"), self.to)
        lay.addRow(self.tr("Subject"), self.subject)
        lay.addRow(self.tr("Letter"), self.body)
        for w in (self.to, self.subject):
            w.textChanged.connect(lambda _t: self.changed.emit())
        self.body.textChanged.connect(self.changed.emit)

    def set_payload(self, payload: Any) -> None:
        self._original = copy.deepcopy(payload)
        self._payload = copy.deepcopy(payload) if isinstance(payload, dict) else {}
        for w, key in ((self.to, "to"), (self.subject, "subject")):
            w.blockSignals(True)
            w.setText(str(self._payload.get(key, "")))
            w.blockSignals(False)
        self.body.blockSignals(True)
        self.body.setPlainText(str(self._payload.get("body", "")))
        self.body.blockSignals(False)

    def payload(self) -> Any:
        out = copy.deepcopy(self._payload)
        out.update(to=self.to.text().strip(), subject=self.subject.text().strip(), body=self.body.toPlainText())
        if not out["subject"] or not out["body"].strip():
            raise ValueError(self.tr("a reminder needs a subject and a letter"))
        return out

    def set_read_only(self, read_only: bool) -> None:
        for w in (self.to, self.subject):
            w.setReadOnly(read_only)
        self.body.setReadOnly(read_only)
