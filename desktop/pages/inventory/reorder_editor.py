"""The inbox editor for reorder suggestions: one row per line, quantities editable in packs,
with the line's reason card and chart beside it."""
from __future__ import annotations

import copy
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QSplitter, QTableWidget,
                               QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget)

from core.inventory.fields import ORDER_QUANTITY
from core.kernel.formats import Formats
from desktop.inbox_editors import ProposalEditor
from desktop.validation import TableValidator
from desktop.widgets import ChartWidget, card_html

COLS = ("SKU", QT_TRANSLATE_NOOP("pages.inventory.reorder_editor", "Product"), QT_TRANSLATE_NOOP("pages.inventory.reorder_editor", "Proposed"), QT_TRANSLATE_NOOP("pages.inventory.reorder_editor", "Order qty"), QT_TRANSLATE_NOOP("pages.inventory.reorder_editor", "Pack"), QT_TRANSLATE_NOOP("pages.inventory.reorder_editor", "Unit cost"), QT_TRANSLATE_NOOP("pages.inventory.reorder_editor", "Why changed"))
QTY, REASON = 3, 6


class LineCard(QSplitter):
    """One line's reason card: the explanation and arithmetic beside its weekly chart."""

    def __init__(self) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.text = QTextBrowser()
        self.chart = ChartWidget()
        self.addWidget(self.text)
        self.addWidget(self.chart)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)

    def set_card(self, card: dict[str, Any] | None) -> None:
        card = card or {}
        self.text.setHtml(card_html(card))
        self.chart.set_chart(card.get("chart"))


class ReorderEditor(ProposalEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._payload: dict[str, Any] = {}
        self._cards: dict[int, dict[str, Any]] = {}
        self._loading = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.total = QLabel()
        self.table = QTableWidget(0, len(COLS))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("pages.inventory.reorder_editor", c) for c in COLS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        hh = self.table.horizontalHeader()
        metrics = hh.fontMetrics()
        for col, width in enumerate((70, 150, 70, 70, 45, 65, 120)):
            # never narrower than the heading itself ("Proposed", "Unit cost" are read, not guessed)
            hh.resizeSection(col, max(width, metrics.horizontalAdvance(QCoreApplication.translate("pages.inventory.reorder_editor", COLS[col])) + 18))
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.verticalHeader().setVisible(False)
        self.table.itemChanged.connect(self._changed)
        self.table.currentCellChanged.connect(lambda r, *_: self._show_card(r))
        self.card = LineCard()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.card)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.line_errors = QLabel()
        lay.addWidget(self.total)
        lay.addWidget(split)
        lay.addWidget(self.line_errors)
        # order quantities are checked as they are typed, with the rule purchase orders keep
        self.validator = TableValidator(self.table, {QTY: ORDER_QUANTITY}, self.line_errors,
                                        row_used=lambda _r: True, names={QTY: self.tr("order quantity")})

    def set_payload(self, payload: Any) -> None:
        self._original = copy.deepcopy(payload)
        self._payload = copy.deepcopy(payload) if isinstance(payload, dict) else {}
        lines = self._payload.get("lines", [])
        self._cards = {int(ln["product_id"]): ln["reason"] for ln in lines if isinstance(ln.get("reason"), dict)}
        self._loading = True
        try:
            self.table.setRowCount(len(lines))
            for r, ln in enumerate(lines):
                vals = (ln.get("sku", ""), ln.get("name", ""), ln.get("proposed", ln.get("quantity")),
                        ln.get("quantity"), ln.get("pack_size", "1"), ln.get("unit_cost", ""),
                        ln.get("override_reason", ""))
                for c, v in enumerate(vals):
                    item = QTableWidgetItem(_num(v) if c in (2, 3, 4, 5) else str(v or ""))
                    if c not in (QTY, REASON):
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    if c in (2, 3, 4, 5):
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    self.table.setItem(r, c, item)
        finally:
            self._loading = False
        if lines:
            self.table.setCurrentCell(0, QTY)
        self.validator.revalidate()
        self._update_total()

    def set_quantity(self, row: int, qty: str, reason: str = "") -> None:
        """Used by tests and keyboard users alike: set one line's quantity (and why)."""
        self.table.item(row, QTY).setText(qty)
        if reason:
            self.table.item(row, REASON).setText(reason)

    def _changed(self, _item: QTableWidgetItem) -> None:
        if self._loading:
            return
        self.validator.revalidate()
        self._update_total()
        self.changed.emit()

    def _update_total(self) -> None:
        try:
            p = self.payload()
            lines = p.get("lines", [])
            total = sum(Decimal(ln["quantity"]) * Decimal(ln.get("unit_cost") or 0) for ln in lines)
            self.total.setText(QCoreApplication.translate("ReorderEditor", "%n line(s), order value {money}", None, len(lines)).format(money=self._formats().money(total)))
        except ValueError as exc:
            self.total.setText(str(exc))

    def _show_card(self, row: int) -> None:
        lines = self._payload.get("lines", [])
        if 0 <= row < len(lines):
            self.card.set_card(self._cards.get(int(lines[row]["product_id"])))

    def payload(self) -> Any:
        out = copy.deepcopy(self._payload)
        for r, ln in enumerate(out.get("lines", [])):
            text = self.table.item(r, QTY).text().strip() if self.table.item(r, QTY) else ln["quantity"]
            problem = ORDER_QUANTITY(text or "0")
            if problem:
                raise ValueError(self.tr("{sku}: order quantity {problem}").format(sku=ln.get('sku'), problem=problem))
            try:
                q = Decimal(text or "0")
            except InvalidOperation:
                raise ValueError(self.tr("{sku}: '{text}' is not a quantity").format(sku=ln.get('sku'), text=text)) from None
            ln["quantity"] = str(q.normalize()) if q == q.to_integral_value() else str(q)
            why = self.table.item(r, REASON).text().strip() if self.table.item(r, REASON) else ""
            if why:
                ln["override_reason"] = why
            else:
                ln.pop("override_reason", None)
        return out

    def is_valid(self) -> bool:
        return not self.validator.problems

    def _formats(self) -> Formats:
        """The shop's formats from the page's context (the inbox page is an ancestor)."""
        w: Any = self.parent()
        while w is not None:
            ctx = getattr(w, "ctx", None)
            if ctx is not None:
                return ctx.formats
            w = w.parent()
        return Formats()

    def set_read_only(self, read_only: bool) -> None:
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only else
                                   QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)


def _num(v: Any) -> str:
    try:
        d = Decimal(str(v))
        return f"{d.normalize():f}"
    except (InvalidOperation, ValueError):
        return str(v or "")
