"""The Stocktake tab: counted quantities with the variance shown as they are typed."""
from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from core.inventory.fields import COUNTED_QUANTITY
from core.inventory.service import ProductFilter
from core.users.permissions import Perm
from desktop.pages.inventory.plain import plain_quantity
from desktop.ui import show_error
from desktop.validation import TableValidator

if TYPE_CHECKING:
    from desktop.context import DesktopContext


class StocktakeTab(QWidget):
    """Enter counted quantities; the variance against the expected stock shows as you type."""

    def __init__(self, ctx: DesktopContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.rows: list[Any] = []
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter products to count, then Enter (SKU, name or category)"))
        self.save = QPushButton(self.tr("Record count"))
        self.total = QLabel()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.total)
        bar.addWidget(self.save)
        lay.addLayout(bar)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("SKU"), self.tr("Product"), self.tr("Expected"), self.tr("Counted"), self.tr("Variance")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._changed)
        lay.addWidget(self.table)
        # each count is checked as it is typed (a number, not negative), with the rule stocktake applies
        self.errors = QLabel()
        lay.addWidget(self.errors)
        self.validator = TableValidator(self.table, {3: COUNTED_QUANTITY}, self.errors, submit=[self.save],
                                        row_used=lambda r: bool(self._count_text(r)), names={3: "counted"},
                                        row_label=lambda r: self.rows[r].sku if r < len(self.rows) else self.tr("Row {number}").format(number=r + 1))
        self.search.returnPressed.connect(self.refresh)
        self.save.clicked.connect(self._save)
        self.validator.set_allowed(ctx.can(Perm.EDIT_INVENTORY))
        self._loading = False

    def _count_text(self, row: int) -> str:
        item = self.table.item(row, 3)
        return item.text().strip() if item is not None else ""

    def refresh(self) -> None:
        f = ProductFilter(text=self.search.text().strip() or None)
        inv = self.ctx.app.inventory
        self.ctx.tasks.run(lambda: inv.product_rows(inv.product_ids(f)[:2000]), on_done=self._fill,
                           on_error=lambda e: show_error(self, e))

    def _fill(self, rows: list[Any]) -> None:
        self._loading = True
        blocked = self.table.blockSignals(True)   # one check after filling, not one per cell
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, p in enumerate(rows):
            for c, v in enumerate((p.sku, p.name, plain_quantity(p.on_hand), "", "")):
                item = QTableWidgetItem(v)
                if c >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c != 3:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
        self.table.blockSignals(blocked)
        self._loading = False
        self.validator.revalidate()

    def set_count(self, row: int, text: str) -> None:
        self.table.item(row, 3).setText(text)

    def _changed(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() != 3:
            return
        r = item.row()
        self._loading = True
        text = item.text().strip()
        v = None if not text or COUNTED_QUANTITY(text) else Decimal(text) - self.rows[r].on_hand
        self.table.item(r, 4).setText("" if v is None else self.ctx.formats.signed_quantity(v))
        self._loading = False
        n = sum(1 for i in range(self.table.rowCount()) if self.table.item(i, 3).text().strip())
        self.total.setText(QCoreApplication.translate("StocktakeTab", "%n counted", None, n))

    def counts(self) -> dict[int, Decimal]:
        out = {}
        for r, p in enumerate(self.rows):
            t = self.table.item(r, 3).text().strip()
            if t:
                out[p.id] = Decimal(t)
        return out

    def _save(self) -> None:
        if not self.validator.is_valid():
            return
        counts = self.counts()
        if not counts:
            return

        def done(var: dict[int, Decimal]) -> None:
            total = sum(var.values(), Decimal(0))
            self.ctx.status(QCoreApplication.translate("StocktakeTab", "Stock count recorded for %n product(s), variance {variance}", None,
                                                       len(var)).format(variance=self.ctx.formats.signed_quantity(total)))
            self.refresh()
        self.ctx.tasks.run(self.ctx.app.inventory.stocktake, self.ctx.actor, counts, on_done=done,
                           on_error=lambda e: show_error(self, e))
