"""The Purchase orders tab: list and lines, a new order by hand, receiving goods, PDF/XLSX export."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSplitter,
                               QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from core.inventory.fields import ORDER_QUANTITY, ORDER_SKU
from core.users.permissions import Perm
from desktop.pages.inventory.plain import plain_quantity
from desktop.ui import show_error
from desktop.validation import TableValidator
from desktop.widgets import RIGHT, FlowLayout, LazyColumn, LazyTableModel

if TYPE_CHECKING:
    from desktop.context import DesktopContext

#: A purchase order's status in words (the stored value stays the key).
STATUS_WORDS = {"open": QT_TRANSLATE_NOOP("PurchaseOrders", "open"), "draft": QT_TRANSLATE_NOOP("PurchaseOrders", "draft"),
                "sent": QT_TRANSLATE_NOOP("PurchaseOrders", "sent"),
                "partly_received": QT_TRANSLATE_NOOP("PurchaseOrders", "partly received"),
                "received": QT_TRANSLATE_NOOP("PurchaseOrders", "received"),
                "cancelled": QT_TRANSLATE_NOOP("PurchaseOrders", "cancelled")}


def status_words(status: str) -> str:
    return QCoreApplication.translate("PurchaseOrders", STATUS_WORDS.get(status, status.replace("_", " ")))


class OrdersTab(QWidget):
    received = Signal(int)

    def __init__(self, ctx: DesktopContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.dialog: ReceiveDialog | None = None
        lay = QVBoxLayout(self)
        bar = FlowLayout()
        self.status = QComboBox()
        for s in ("open", "draft", "sent", "partly_received", "received", "cancelled", ""):
            self.status.addItem(status_words(s) if s else self.tr("all"), s or None)
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.btn_new = QPushButton(self.tr("New order…"))
        self.btn_sent = QPushButton(self.tr("Mark sent"))
        self.btn_receive = QPushButton(self.tr("Receive goods…"))
        self.btn_print = QPushButton(self.tr("Print…"))
        self.btn_print.setToolTip(self.tr("Open the order as PDF in your viewer to print it"))
        self.btn_pdf = QPushButton(self.tr("Export PDF…"))
        self.btn_xlsx = QPushButton(self.tr("Export XLSX…"))
        self.btn_cancel = QPushButton(self.tr("Cancel order"))
        # One row that wraps when the pane is narrow or the words are long (German), never clips.
        bar.addWidgets(QLabel(self.tr("Show")), self.status, self.btn_new, self.btn_sent, self.btn_receive,
                       self.btn_print, self.btn_pdf, self.btn_xlsx, self.btn_cancel)
        lay.addLayout(bar)
        self.model = LazyTableModel([
            LazyColumn(self.tr("Number"), lambda r: r.number), LazyColumn(self.tr("Supplier"), lambda r: r.supplier),
            LazyColumn(self.tr("Status"), lambda r: status_words(r.status)),
            LazyColumn(self.tr("Ordered"), lambda r: ctx.formats.date(r.order_date)),
            LazyColumn(self.tr("Expected"), lambda r: ctx.formats.date(r.expected_date)),
            LazyColumn(self.tr("Lines"), lambda r: r.lines, RIGHT),
            LazyColumn(self.tr("Total"), lambda r: ctx.formats.money(r.total), RIGHT),
            LazyColumn(self.tr("From inbox"), lambda r: "yes" if r.suggestion_id else "")],
            ctx.app.inventory.purchase_order_rows)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.lines = QTableWidget(0, 6)
        self.lines.setHorizontalHeaderLabels([self.tr("SKU"), self.tr("Product"), self.tr("Ordered"), self.tr("Received"), self.tr("Unit cost"), self.tr("Line total")])
        self.lines.verticalHeader().setVisible(False)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.lines)
        split.setSizes([400, 250])
        lay.addWidget(split)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_lines())
        self.btn_new.clicked.connect(self.new_order)
        self.new_dialog: NewOrderDialog | None = None
        self.btn_sent.clicked.connect(lambda: self._status("sent"))
        self.btn_cancel.clicked.connect(lambda: self._status("cancelled"))
        self.btn_receive.clicked.connect(self.receive_selected)
        self.btn_pdf.clicked.connect(lambda: self._export(".pdf"))
        self.btn_print.clicked.connect(self.print_selected)
        self.btn_xlsx.clicked.connect(lambda: self._export(".xlsx"))
        ok = ctx.can(Perm.MANAGE_PURCHASE_ORDERS)
        for b in (self.btn_new, self.btn_sent, self.btn_receive, self.btn_cancel):
            b.setEnabled(ok)

    def new_order(self) -> None:
        def show(sups: list[Any]) -> None:
            self.new_dialog = NewOrderDialog(self.ctx, sups, self)
            self.new_dialog.accepted.connect(self.refresh)
            self.new_dialog.open()
        self.ctx.tasks.run(self.ctx.app.inventory.suppliers, on_done=show, on_error=lambda e: show_error(self, e))

    def refresh(self) -> None:
        self.ctx.tasks.run_latest(("inventory.orders", id(self)), self.ctx.app.inventory.purchase_order_ids,
                                  self.status.currentData(),
                                  on_done=lambda ids: self.model.set_ids_keeping_current(self.table, ids),
                                  on_error=lambda e: show_error(self, e))

    def selected_id(self) -> int | None:
        idx = self.table.currentIndex()
        return self.model.id_at(idx.row()) if idx.isValid() else None

    def _show_lines(self) -> None:
        pid = self.selected_id()
        if pid is None:
            self.lines.setRowCount(0)
            return
        self.ctx.tasks.run(self.ctx.app.inventory.purchase_order, pid, on_done=self._fill_lines,
                           on_error=lambda e: show_error(self, e))

    def _fill_lines(self, po: Any) -> None:
        if po.row.id != self.selected_id():
            return
        self.lines.setRowCount(len(po.lines))
        fm = self.ctx.formats
        for r, ln in enumerate(po.lines):
            for c, v in enumerate((ln.sku, ln.name, fm.quantity(ln.quantity), fm.quantity(ln.received),
                                   fm.money(ln.unit_cost), fm.money(ln.quantity * ln.unit_cost))):
                self.lines.setItem(r, c, QTableWidgetItem(v))

    def _status(self, status: str) -> None:
        pid = self.selected_id()
        if pid is None:
            return
        self.ctx.tasks.run(self.ctx.app.inventory.set_po_status, self.ctx.actor, pid, status,
                           on_done=lambda _r: self.refresh(), on_error=lambda e: show_error(self, e))

    def receive_selected(self) -> None:
        pid = self.selected_id()
        if pid is None:
            return
        self.ctx.tasks.run(self.ctx.app.inventory.purchase_order, pid, on_done=self._open_receive,
                           on_error=lambda e: show_error(self, e))

    def _open_receive(self, po: Any) -> None:
        self.dialog = ReceiveDialog(po, self)
        self.dialog.accepted.connect(lambda: self._do_receive(po.row.id, self.dialog.quantities()))
        self.dialog.open()

    def _do_receive(self, po_id: int, qty: dict[int, Decimal]) -> None:
        def done(po: Any) -> None:
            self.refresh()
            self._fill_lines(po)
            self.ctx.status(self.tr("Goods received: {number} is now {status}").format(number=po.row.number, status=status_words(po.row.status)))
            self.received.emit(po_id)
        self.ctx.tasks.run(self.ctx.app.inventory.receive, self.ctx.actor, po_id, qty, on_done=done,
                           on_error=lambda e: show_error(self, e))

    def print_selected(self) -> None:
        """Write the order to a PDF in exports/previews and open it in the system viewer (print from there)."""
        pid = self.selected_id()
        if pid is None:
            return
        row = self.model.row_data(self.table.currentIndex().row())
        # A preview in the data folder's exports (replaced each time), never in the system temp folder.
        path = self.ctx.app.paths.exports / "previews" / f"{row.number}.pdf"
        self.ctx.tasks.run(self.ctx.app.inventory.export_purchase_order, pid, path, force=True,
                           on_done=lambda p: QDesktopServices.openUrl(QUrl.fromLocalFile(str(p))),
                           on_error=lambda e: show_error(self, e))

    def _export(self, suffix: str) -> None:
        from desktop.files import dialog_target
        pid = self.selected_id()
        if pid is None:
            return
        row = self.model.row_data(self.table.currentIndex().row())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export purchase order"), f"{row.number}{suffix}",
                                              f"*{suffix}")
        target = dialog_target(self, path, suffix) if path else None
        if target is not None:
            # Replacing was confirmed (by the save dialog or by us); core refuses data-folder files.
            self.ctx.tasks.run(self.ctx.app.inventory.export_purchase_order, pid, target[0], force=target[1],
                               on_done=lambda p: self.ctx.status(self.tr("Saved {path}").format(path=p)),
                               on_error=lambda e: show_error(self, e))


class NewOrderDialog(QDialog):
    """A purchase order by hand: supplier, then lines of SKU and quantity."""

    def __init__(self, ctx: DesktopContext, suppliers: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("New purchase order"))
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.supplier = QComboBox()
        for r in suppliers:
            if r.active:
                self.supplier.addItem(r.name, r.id)
        form.addRow(self.tr("Supplier"), self.supplier)
        lay.addLayout(form)
        self.table = QTableWidget(8, 2)
        self.table.setHorizontalHeaderLabels([self.tr("SKU"), self.tr("Quantity")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.table)
        self.line_errors = QLabel()
        lay.addWidget(self.line_errors)
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(self.tr("Notes for the supplier"))
        lay.addWidget(self.notes)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create order"))
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.created: Any = None
        # a line with anything typed needs a SKU and a quantity that is a number, not negative
        self.validator = TableValidator(self.table, {0: ORDER_SKU, 1: ORDER_QUANTITY}, self.line_errors, ok)
        ok.setEnabled(bool(self.lines()) and self.validator.is_valid())
        self.table.itemChanged.connect(lambda _i: ok.setEnabled(bool(self.lines()) and not self.validator.problems))

    def set_line(self, row: int, sku: str, qty: str) -> None:
        self.table.setItem(row, 0, QTableWidgetItem(sku))
        self.table.setItem(row, 1, QTableWidgetItem(qty))

    def lines(self) -> list[tuple[str, str]]:
        out = []
        for r in range(self.table.rowCount()):
            sku = self.table.item(r, 0).text().strip() if self.table.item(r, 0) else ""
            qty = self.table.item(r, 1).text().strip() if self.table.item(r, 1) else ""
            if sku or qty:
                out.append((sku, qty or "0"))
        return out

    def _create(self) -> None:
        if not self.validator.is_valid() or not self.lines():
            return
        inv = self.ctx.app.inventory
        sup_id = self.supplier.currentData()
        lines, notes, actor = self.lines(), self.notes.text(), self.ctx.actor

        def work() -> Any:
            resolved = [{"product_id": inv.product_by_sku(sku).id, "quantity": Decimal(q)} for sku, q in lines]
            return inv.create_purchase_order(actor, sup_id, resolved, notes)

        def done(po: Any) -> None:
            self.created = po
            self.accept()
        self.ctx.tasks.run(work, on_done=done, on_error=lambda e: show_error(self, e))


class ReceiveDialog(QDialog):
    """Receive goods: the quantity arriving now per line (defaults to what is still to come)."""

    def __init__(self, po: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.po = po
        self.setWindowTitle(self.tr("Receive {number} from {supplier}").format(number=po.row.number, supplier=po.row.supplier))
        lay = QVBoxLayout(self)
        self.table = QTableWidget(len(po.lines), 5)
        self.table.setHorizontalHeaderLabels([self.tr("SKU"), self.tr("Product"), self.tr("Ordered"), self.tr("Received before"), self.tr("Receiving now")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for r, ln in enumerate(po.lines):
            for c, v in enumerate((ln.sku, ln.name, plain_quantity(ln.quantity), plain_quantity(ln.received), plain_quantity(ln.remaining))):
                item = QTableWidgetItem(v)
                if c < 4:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Receive"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.table)
        lay.addWidget(self.buttons)
        self.resize(640, 320)

    def quantities(self) -> dict[int, Decimal]:
        out = {}
        for r, ln in enumerate(self.po.lines):
            text = self.table.item(r, 4).text().strip() or "0"
            out[ln.id] = Decimal(text)
        return out

    def _accept(self) -> None:
        try:
            self.quantities()
        except InvalidOperation:
            show_error(self, self.tr("Enter numbers in 'Receiving now'."))
            return
        self.accept()
