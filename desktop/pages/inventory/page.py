"""The Inventory page: products, suppliers, purchase orders, stocktake and import.

Every core call runs through ``ctx.tasks`` (off the GUI thread); tables are lazy (ids first, rows
fetched as they scroll into view).
"""
from __future__ import annotations

from datetime import timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox,
                               QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QListWidget, QMessageBox, QProgressBar, QPushButton,
                               QSplitter, QTableView, QTableWidget, QTableWidgetItem, QTabWidget,
                               QVBoxLayout, QWidget)

from core.inventory.fields import LABELS as FIELD_LABELS
from core.inventory.fields import (ORDER_QUANTITY, ORDER_SKU, PRODUCT_RULES, SUPPLIER_RULES, TERMS_RULES,
                                   min_max_problem)
from core.inventory.service import ProductFilter
from core.users.permissions import Perm
from desktop.ui import PageHeader
from desktop.validation import FormValidator, TableValidator
from desktop.widgets import RIGHT, ChartWidget, HelpButton, LazyColumn, LazyTableModel, scrolled

FILTERS = (("All products", {}), ("Below reorder point", {"below_reorder_point": True}),
           ("On order", {"on_order": True}), ("No supplier", {"no_supplier": True}),
           ("Not enough history", {"not_enough_history": True}))


def _day(value: Any) -> Any:
    """A date from a report's ISO text (reports are JSON-shaped), or the value as it is."""
    from datetime import date as _date
    return _date.fromisoformat(value) if isinstance(value, str) else value


def _q(d: Any) -> str:
    return "" if d is None else f"{Decimal(d).normalize():f}"


def _error(parent: QWidget, exc: BaseException) -> None:
    problems = getattr(exc, "problems", [])
    text = str(exc) + ("\n\n" + "\n".join(str(p) for p in problems[:30]) if problems else "")
    QMessageBox.warning(parent, "Inventory", text)


class ProductsTab(QWidget):
    def __init__(self, ctx: Any) -> None:
        super().__init__()
        self.ctx = ctx
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search SKU, name or category (Ctrl+F)")
        self.filter = QComboBox()
        for title, _ in FILTERS:
            self.filter.addItem(title)
        self.count = QLabel()
        self.new_btn = QPushButton("New product…")
        self.new_btn.setEnabled(ctx.can(Perm.EDIT_INVENTORY))
        self.new_btn.clicked.connect(self.new_product)
        self.new_dialog: NewProductDialog | None = None
        bar.addWidget(self.search, 2)
        bar.addWidget(self.filter)
        bar.addWidget(self.count)
        bar.addWidget(self.new_btn)
        bar.addWidget(HelpButton("Reorder points", "Each product's reorder point is the demand "
                                 "forecast over the lead time plus safety stock for its service "
                                 "level. Products with too little sales history use your min/max "
                                 "and are listed under 'Not enough history'."))
        lay.addLayout(bar)
        self.model = LazyTableModel([
            LazyColumn("SKU", lambda r: r.sku), LazyColumn("Name", lambda r: r.name),
            LazyColumn("Category", lambda r: r.category), LazyColumn("Supplier", lambda r: r.supplier or "—"),
            LazyColumn("On hand", lambda r: ctx.formats.quantity(r.on_hand), RIGHT),
            LazyColumn("On order", lambda r: ctx.formats.quantity(r.on_order), RIGHT),
            LazyColumn("Cost", lambda r: ctx.formats.money(r.cost), RIGHT),
            LazyColumn("Price", lambda r: ctx.formats.money(r.price), RIGHT)], ctx.app.inventory.product_rows)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.verticalHeader().setVisible(False)
        hh = self.table.horizontalHeader()
        for col, width in enumerate((80, 200, 90, 130, 70, 70, 60, 60)):
            hh.resizeSection(col, width)
        hh.setStretchLastSection(True)      # narrow pane: scroll sideways, never squeeze the name
        self.detail = ProductDetail(ctx)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([650, 450])
        lay.addWidget(split)
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)

    def new_product(self) -> None:
        self.new_dialog = NewProductDialog(self.ctx, self)
        self.new_dialog.accepted.connect(self.refresh)
        self.new_dialog.open()

    def current_filter(self) -> ProductFilter:
        return ProductFilter(text=self.search.text().strip() or None, **FILTERS[self.filter.currentIndex()][1])

    def refresh(self) -> None:
        f = self.current_filter()
        # typing in the search box starts a query per key: only the latest result is shown
        self.ctx.tasks.run_latest(("inventory.products", id(self)), self.ctx.app.inventory.product_ids, f,
                                  on_done=self._ids, on_error=lambda e: _error(self, e))

    def _ids(self, ids: list[int]) -> None:
        self.model.set_ids_keeping_current(self.table, ids)
        self.count.setText(f"{len(ids):,} products")
        want, self._want = getattr(self, "_want", None), None
        if want is not None and want in ids:
            row = ids.index(want)
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def show_product(self, product_id: int) -> None:
        """Select one product (from the Today page), clearing the search and filter that hide it."""
        self._want = product_id
        for w in (self.search, self.filter):
            w.blockSignals(True)
        self.search.clear()
        self.filter.setCurrentIndex(0)
        for w in (self.search, self.filter):
            w.blockSignals(False)
        self.refresh()

    def _selected(self, current: Any, _prev: Any) -> None:
        pid = self.model.id_at(current.row())
        if pid is not None:
            self.detail.show_product(pid)


class ProductDetail(QWidget):
    """Stock history and forecast chart, the policy figures, and a stock adjustment."""

    def __init__(self, ctx: Any) -> None:
        super().__init__()
        self.ctx = ctx
        self.product_id: int | None = None
        lay = QVBoxLayout(self)
        self.title = QLabel("Select a product")
        self.title.setObjectName("sectionTitle")
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chart = ChartWidget()
        self.moves = QTableWidget(0, 5)
        self.moves.setHorizontalHeaderLabels(["Day", "Kind", "Change", "Reason", "By"])
        self.moves.verticalHeader().setVisible(False)
        self.moves.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        adj = QHBoxLayout()
        self.adj_qty = QLineEdit()
        self.adj_qty.setPlaceholderText("+/- qty")
        self.adj_reason = QLineEdit()
        self.adj_reason.setPlaceholderText("reason (damaged, found...)")
        self.adj_btn = QPushButton("Adjust stock")
        self.adj_btn.clicked.connect(self._adjust)
        self.adj_btn.setEnabled(ctx.can(Perm.EDIT_INVENTORY))
        for w in (self.adj_qty, self.adj_reason, self.adj_btn):
            adj.addWidget(w)
        self.form = ProductForm(ctx)
        self.form.saved.connect(lambda pid: self.show_product(pid))
        tabs = QTabWidget()
        hist = QWidget()
        hl = QVBoxLayout(hist)
        hl.setContentsMargins(0, 0, 0, 0)
        hl.addLayout(adj)
        hl.addWidget(self.moves)
        tabs.addTab(hist, "Stock history")
        tabs.addTab(scrolled(self.form, "productFormScroll"), "Details")
        lay.setContentsMargins(0, 0, 0, 0)
        for w in (self.title, self.figures):
            lay.addWidget(w)
        # chart above, history/details below: the person drags the split, the window stays small
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("productDetailSplit")
        split.setChildrenCollapsible(False)
        split.addWidget(self.chart)
        split.addWidget(tabs)
        split.setSizes([220, 360])
        lay.addWidget(split, 1)

    def show_product(self, pid: int) -> None:
        self.product_id = pid
        app = self.ctx.app

        def load() -> dict[str, Any]:
            p = app.inventory.product(pid)
            hist = app.inventory.stock_history(pid, days=84)
            pol = [r for r in app.inventory.policy() if r["product_id"] == pid]
            return {"p": p, "hist": hist, "pol": pol[0] if pol else None,
                    "moves": app.inventory.movements(pid, 200)}
        self.ctx.tasks.run(load, on_done=self._show, on_error=lambda e: _error(self, e))

    def _show(self, d: dict[str, Any]) -> None:
        p, pol, hist = d["p"], d["pol"], d["hist"]
        if p.id != self.product_id:
            return
        self.title.setText(f"{p.sku} — {p.name}")
        fm = self.ctx.formats
        self.form.load(p)
        if pol:
            note = "" if pol["enough_history"] else " <b>Not enough history: owner's min/max used.</b>"
            self.figures.setText(
                f"On hand {fm.quantity(p.on_hand)}, on order {fm.quantity(p.on_order)}. It {pol['demand_pattern']}; "
                f"forecast {pol['forecast_daily']}/day ± {pol['forecast_error_rmse']}; "
                f"lead time {pol['lead_time_days']} d, service level {pol['service_level']}: safety stock "
                f"{pol['safety_stock']}, reorder point {pol['reorder_point']}, order up to "
                f"{pol['order_up_to']}.{note}")
            self.figures.setToolTip(f"How it sells: {pol['demand_explained']}.\n"
                                    f"Forecast from {pol['method_words']}.")
        fc = pol["forecast_daily"] if pol else None
        days = [h[0] for h in hist]
        self.chart.set_chart({
            "type": "line", "title": "Stock (closing), daily sales and forecast",
            "x": [x.isoformat() for x in days] + [(days[-1] + timedelta(days=k)).isoformat() for k in range(1, 15)],
            "series": [{"name": "On hand", "values": [h[1] for h in hist] + [None] * 14},
                       {"name": "Sold", "values": [h[2] for h in hist] + [None] * 14},
                       {"name": "Forecast", "values": [None] * len(hist) + [fc] * 14}],
            "markers": [{"name": "Reorder point", "value": pol["reorder_point"]}]
            if pol and pol["reorder_point"] is not None else []})
        self.moves.setRowCount(len(d["moves"]))
        for r, m in enumerate(d["moves"]):
            for c, v in enumerate((fm.date(m.day), m.kind, fm.signed_quantity(m.quantity),
                                   m.reason or m.reference, m.username)):
                self.moves.setItem(r, c, QTableWidgetItem(v))

    def _adjust(self) -> None:
        if self.product_id is None:
            return
        try:
            q = Decimal(self.adj_qty.text().strip())
        except InvalidOperation:
            QMessageBox.warning(self, "Adjust stock", "Enter a quantity such as -2 or 5")
            return
        pid = self.product_id
        self.ctx.tasks.run(self.ctx.app.inventory.adjust_stock, self.ctx.actor, pid, q,
                           self.adj_reason.text(), on_done=lambda _r: self.show_product(pid),
                           on_error=lambda e: _error(self, e))


class ProductForm(QWidget):
    """Create or edit a product: supplier, prices, pack, minimum order, service level, min/max."""

    saved = Signal(int)

    def __init__(self, ctx: Any) -> None:
        super().__init__()
        self.ctx = ctx
        self.product_id: int | None = None
        form = QFormLayout(self)
        self.fields: dict[str, QLineEdit] = {}
        for key, label in (("sku", "SKU"), ("name", "Name"), ("category", "Category"), ("unit", "Unit"),
                           ("cost", "Unit cost"), ("price", "Sale price"), ("pack_size", "Pack size"),
                           ("min_order_qty", "Minimum order"), ("service_level", "Service level (0.5–0.999)"),
                           ("owner_min", "Min stock (fallback)"), ("owner_max", "Max stock (fallback)")):
            self.fields[key] = QLineEdit()
            form.addRow(label, self.fields[key])
        self.supplier = QComboBox()
        form.addRow("Supplier", self.supplier)
        self.terms: dict[str, QLineEdit] = {}
        for key, label in (("supplier_sku", "Supplier's code"), ("price", "Supplier's price"),
                           ("pack_size", "Supplier's pack size")):
            self.terms[key] = QLineEdit()
            self.terms[key].setPlaceholderText("as the product" if key != "supplier_sku" else "")
            form.addRow(label, self.terms[key])
        self.save_btn = QPushButton("Save product")
        self.save_btn.clicked.connect(self.save)
        form.addRow("", self.save_btn)
        # each field is checked as it is typed, with the rules the inventory service applies
        self.validator = FormValidator(self, submit=self.save_btn)
        for key, rule in PRODUCT_RULES.items():
            if key in self.fields:
                self.validator.add(self.fields[key], rule, FIELD_LABELS.get(key, key).capitalize(),
                                   when=(lambda: self.product_id is None) if key == "sku" else None)
        for key, rule in TERMS_RULES.items():
            self.validator.add(self.terms[key], rule, f"supplier's {FIELD_LABELS[key]}")
        self.minmax_error = QLabel()
        form.addRow("", self.minmax_error)
        self.validator.add_check(lambda: min_max_problem(self.fields["owner_min"].text(),
                                                         self.fields["owner_max"].text()), self.minmax_error)
        self.validator.watch([self.fields["owner_min"], self.fields["owner_max"]])
        self.validator.set_allowed(ctx.can(Perm.EDIT_INVENTORY))
        self._suppliers()

    def _suppliers(self) -> None:
        self.ctx.tasks.run(self.ctx.app.inventory.suppliers, on_done=self._fill_suppliers)

    def _fill_suppliers(self, rows: list[Any]) -> None:
        current = self.supplier.currentData()
        self.supplier.clear()
        self.supplier.addItem("— none —", None)
        for r in rows:
            self.supplier.addItem(r.name, r.id)
        i = self.supplier.findData(current)
        self.supplier.setCurrentIndex(max(i, 0))

    def load(self, p: Any | None) -> None:
        self.product_id = p.id if p is not None else None
        for key, w in self.fields.items():
            v = getattr(p, key, "") if p is not None else ""
            w.setText(_q(v) if isinstance(v, Decimal) else ("" if v is None else str(v)))
        self.fields["sku"].setReadOnly(p is not None)
        self.validator.reset()
        i = self.supplier.findData(p.supplier_id if p is not None else None)
        self.supplier.setCurrentIndex(max(i, 0))
        for w in self.terms.values():
            w.clear()
        if p is not None and p.supplier_id:
            pid, sid = p.id, p.supplier_id
            self.ctx.tasks.run(self.ctx.app.inventory.supplier_terms, pid, sid,
                               on_done=lambda t: self._show_terms(pid, t))

    def _show_terms(self, pid: int, terms: dict[str, Any]) -> None:
        if pid != self.product_id:
            return
        for key, w in self.terms.items():
            v = terms.get(key)
            w.setText(_q(v) if isinstance(v, Decimal) else (v or ""))

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {k: w.text().strip() for k, w in self.fields.items()}
        for k in ("cost", "price", "pack_size", "min_order_qty", "service_level"):
            if out[k] == "":
                out.pop(k)
        for k in ("owner_min", "owner_max"):
            out[k] = out[k] or None
        out["supplier_id"] = self.supplier.currentData()
        return out

    def save(self) -> None:
        if not self.validator.show_all():
            return
        v = self.values()
        inv = self.ctx.app.inventory
        if self.product_id is None:
            sku, name = v.pop("sku"), v.pop("name")
            call = (inv.create_product, self.ctx.actor, sku, name)
        else:
            v.pop("sku")
            call = (inv.update_product, self.ctx.actor, self.product_id)

        terms = {k: w.text().strip() for k, w in self.terms.items()}
        actor = self.ctx.actor

        def work() -> Any:
            fn, *args = call
            row = fn(*args, **v)
            if row.supplier_id and any(terms.values()):
                inv.set_supplier_terms(actor, row.id, row.supplier_id, **terms)
            return row

        def done(row: Any) -> None:
            self.product_id = row.id
            self.ctx.status(f"Saved {row.sku}")
            self.ctx.bridge.data_changed.emit("inventory")
            self.saved.emit(row.id)
        self.ctx.tasks.run(work, on_done=done, on_error=lambda e: _error(self, e))


class NewProductDialog(QDialog):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New product")
        lay = QVBoxLayout(self)
        self.form = ProductForm(ctx)
        self.form.load(None)
        self.form.saved.connect(lambda _pid: self.accept())
        lay.addWidget(self.form)


class SupplierDialog(QDialog):
    """Add or edit a supplier."""

    def __init__(self, ctx: Any, row: Any | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.row = ctx, row
        self.setWindowTitle("Edit supplier" if row else "New supplier")
        form = QFormLayout(self)
        self.name = QLineEdit(row.name if row else "")
        self.contact = QLineEdit(row.contact if row else "")
        self.email = QLineEdit(row.email if row else "")
        self.phone = QLineEdit(row.phone if row else "")
        self.lead = QLineEdit(str(row.lead_time_days) if row else "2")
        names = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
        self.days = QLineEdit(", ".join(names[int(x)] for x in row.ordering_days.split(",") if x) if row else "")
        self.days.setPlaceholderText("e.g. Mon, Thu (empty = any day)")
        for label, w in (("Name", self.name), ("Contact", self.contact), ("E-mail", self.email),
                         ("Phone", self.phone), ("Lead time (days)", self.lead), ("Ordering days", self.days)):
            form.addRow(label, w)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.validator = FormValidator(self, submit=self.buttons.button(QDialogButtonBox.StandardButton.Save))
        self.validator.add(self.name, SUPPLIER_RULES["name"], "Name")
        self.validator.add(self.lead, SUPPLIER_RULES["lead_time_days"], "Lead time")

    def _save(self) -> None:
        if not self.validator.show_all():
            return
        lead = int(Decimal(self.lead.text().strip()))
        fields = {"contact": self.contact.text().strip(), "email": self.email.text().strip(),
                  "phone": self.phone.text().strip(), "lead_time_days": lead,
                  "ordering_days": self.days.text()}
        inv = self.ctx.app.inventory
        if self.row is None:
            call = (inv.create_supplier, self.ctx.actor, self.name.text())
        else:
            fields["name"] = self.name.text().strip()
            call = (inv.update_supplier, self.ctx.actor, self.row.id)
        self.ctx.tasks.run(*call, **fields, on_done=lambda _r: self.accept(),
                           on_error=lambda e: _error(self, e))


class NewOrderDialog(QDialog):
    """A purchase order by hand: supplier, then lines of SKU and quantity."""

    def __init__(self, ctx: Any, suppliers: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("New purchase order")
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.supplier = QComboBox()
        for r in suppliers:
            if r.active:
                self.supplier.addItem(r.name, r.id)
        form.addRow("Supplier", self.supplier)
        lay.addLayout(form)
        self.table = QTableWidget(8, 2)
        self.table.setHorizontalHeaderLabels(["SKU", "Quantity"])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.table)
        self.line_errors = QLabel()
        lay.addWidget(self.line_errors)
        self.notes = QLineEdit()
        self.notes.setPlaceholderText("Notes for the supplier")
        lay.addWidget(self.notes)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Create order")
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
        self.ctx.tasks.run(work, on_done=done, on_error=lambda e: _error(self, e))


class SuppliersTab(QWidget):
    def __init__(self, ctx: Any) -> None:
        super().__init__()
        self.ctx = ctx
        lay = QVBoxLayout(self)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(["Name", "Contact", "E-mail", "Lead time (days)",
                                              "Ordering days", "Products"])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        bar = QHBoxLayout()
        self.add_btn = QPushButton("New supplier…")
        self.edit_btn = QPushButton("Edit…")
        bar.addStretch(1)
        bar.addWidget(self.add_btn)
        bar.addWidget(self.edit_btn)
        for b in (self.add_btn, self.edit_btn):
            b.setEnabled(ctx.can(Perm.EDIT_INVENTORY))
        self.add_btn.clicked.connect(lambda: self._dialog(None))
        self.edit_btn.clicked.connect(lambda: self._dialog(self.current()))
        self.table.doubleClicked.connect(lambda _i: self._dialog(self.current()))
        lay.addLayout(bar)
        lay.addWidget(self.table)
        self.rows: list[Any] = []
        self.dialog: SupplierDialog | None = None

    def current(self) -> Any | None:
        r = self.table.currentRow()
        return self.rows[r] if 0 <= r < len(self.rows) else None

    def _dialog(self, row: Any | None) -> None:
        self.dialog = SupplierDialog(self.ctx, row, self)
        self.dialog.accepted.connect(self.refresh)
        self.dialog.open()

    def refresh(self) -> None:
        self.ctx.tasks.run(self.ctx.app.inventory.suppliers, on_done=self._fill,
                           on_error=lambda e: _error(self, e))

    def _fill(self, rows: list[Any]) -> None:
        names = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, s in enumerate(rows):
            days = ", ".join(names[int(x)] for x in s.ordering_days.split(",") if x) or "any day"
            for c, v in enumerate((s.name, s.contact, s.email, str(s.lead_time_days), days, str(s.products))):
                self.table.setItem(r, c, QTableWidgetItem(v))


class ReceiveDialog(QDialog):
    """Receive goods: the quantity arriving now per line (defaults to what is still to come)."""

    def __init__(self, po: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.po = po
        self.setWindowTitle(f"Receive {po.row.number} from {po.row.supplier}")
        lay = QVBoxLayout(self)
        self.table = QTableWidget(len(po.lines), 5)
        self.table.setHorizontalHeaderLabels(["SKU", "Product", "Ordered", "Received before", "Receiving now"])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for r, ln in enumerate(po.lines):
            for c, v in enumerate((ln.sku, ln.name, _q(ln.quantity), _q(ln.received), _q(ln.remaining))):
                item = QTableWidgetItem(v)
                if c < 4:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Receive")
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
            QMessageBox.warning(self, "Receive", "Enter numbers in 'Receiving now'")
            return
        self.accept()


class OrdersTab(QWidget):
    received = Signal(int)

    def __init__(self, ctx: Any) -> None:
        super().__init__()
        self.ctx = ctx
        self.dialog: ReceiveDialog | None = None
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.status = QComboBox()
        for s in ("open", "draft", "sent", "partly_received", "received", "cancelled", ""):
            self.status.addItem(s or "all", s or None)
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.btn_new = QPushButton("New order…")
        self.btn_sent = QPushButton("Mark sent")
        self.btn_receive = QPushButton("Receive goods…")
        self.btn_print = QPushButton("Print…")
        self.btn_print.setToolTip("Open the order as PDF in your viewer to print it")
        self.btn_pdf = QPushButton("Export PDF…")
        self.btn_xlsx = QPushButton("Export XLSX…")
        self.btn_cancel = QPushButton("Cancel order")
        bar.addWidget(QLabel("Show"))
        bar.addWidget(self.status)
        bar.addStretch(1)
        for b in (self.btn_new, self.btn_sent, self.btn_receive, self.btn_print, self.btn_pdf, self.btn_xlsx,
                  self.btn_cancel):
            bar.addWidget(b)
        lay.addLayout(bar)
        self.model = LazyTableModel([
            LazyColumn("Number", lambda r: r.number), LazyColumn("Supplier", lambda r: r.supplier),
            LazyColumn("Status", lambda r: r.status.replace("_", " ")),
            LazyColumn("Ordered", lambda r: ctx.formats.date(r.order_date)),
            LazyColumn("Expected", lambda r: ctx.formats.date(r.expected_date)),
            LazyColumn("Lines", lambda r: r.lines, RIGHT),
            LazyColumn("Total", lambda r: ctx.formats.money(r.total), RIGHT),
            LazyColumn("From inbox", lambda r: "yes" if r.suggestion_id else "")],
            ctx.app.inventory.purchase_order_rows)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.lines = QTableWidget(0, 6)
        self.lines.setHorizontalHeaderLabels(["SKU", "Product", "Ordered", "Received", "Unit cost", "Line total"])
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
        self.ctx.tasks.run(self.ctx.app.inventory.suppliers, on_done=show, on_error=lambda e: _error(self, e))

    def refresh(self) -> None:
        self.ctx.tasks.run_latest(("inventory.orders", id(self)), self.ctx.app.inventory.purchase_order_ids,
                                  self.status.currentData(),
                                  on_done=lambda ids: self.model.set_ids_keeping_current(self.table, ids),
                                  on_error=lambda e: _error(self, e))

    def selected_id(self) -> int | None:
        idx = self.table.currentIndex()
        return self.model.id_at(idx.row()) if idx.isValid() else None

    def _show_lines(self) -> None:
        pid = self.selected_id()
        if pid is None:
            self.lines.setRowCount(0)
            return
        self.ctx.tasks.run(self.ctx.app.inventory.purchase_order, pid, on_done=self._fill_lines,
                           on_error=lambda e: _error(self, e))

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
                           on_done=lambda _r: self.refresh(), on_error=lambda e: _error(self, e))

    def receive_selected(self) -> None:
        pid = self.selected_id()
        if pid is None:
            return
        self.ctx.tasks.run(self.ctx.app.inventory.purchase_order, pid, on_done=self._open_receive,
                           on_error=lambda e: _error(self, e))

    def _open_receive(self, po: Any) -> None:
        self.dialog = ReceiveDialog(po, self)
        self.dialog.accepted.connect(lambda: self._do_receive(po.row.id, self.dialog.quantities()))
        self.dialog.open()

    def _do_receive(self, po_id: int, qty: dict[int, Decimal]) -> None:
        def done(po: Any) -> None:
            self.refresh()
            self._fill_lines(po)
            self.ctx.bridge.data_changed.emit("inventory")
            self.ctx.status(f"Goods received: {po.row.number} is now {po.row.status.replace('_', ' ')}")
            self.received.emit(po_id)
        self.ctx.tasks.run(self.ctx.app.inventory.receive, self.ctx.actor, po_id, qty, on_done=done,
                           on_error=lambda e: _error(self, e))

    def print_selected(self) -> None:
        """Write the order to a PDF in exports/previews and open it in the system viewer (print from there)."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices
        pid = self.selected_id()
        if pid is None:
            return
        row = self.model.row_data(self.table.currentIndex().row())
        # A preview in the data folder's exports (replaced each time), never in the system temp folder.
        path = self.ctx.app.paths.exports / "previews" / f"{row.number}.pdf"
        self.ctx.tasks.run(self.ctx.app.inventory.export_purchase_order, pid, path, force=True,
                           on_done=lambda p: QDesktopServices.openUrl(QUrl.fromLocalFile(str(p))),
                           on_error=lambda e: _error(self, e))

    def _export(self, suffix: str) -> None:
        from desktop.files import dialog_target
        pid = self.selected_id()
        if pid is None:
            return
        row = self.model.row_data(self.table.currentIndex().row())
        path, _ = QFileDialog.getSaveFileName(self, "Export purchase order", f"{row.number}{suffix}",
                                              f"*{suffix}")
        target = dialog_target(self, path, suffix) if path else None
        if target is not None:
            # Replacing was confirmed (by the save dialog or by us); core refuses data-folder files.
            self.ctx.tasks.run(self.ctx.app.inventory.export_purchase_order, pid, target[0], force=target[1],
                               on_done=lambda p: self.ctx.status(f"Saved {p}"),
                               on_error=lambda e: _error(self, e))


class StocktakeTab(QWidget):
    """Enter counted quantities; the variance against the expected stock shows as you type."""

    def __init__(self, ctx: Any) -> None:
        super().__init__()
        self.ctx = ctx
        self.rows: list[Any] = []
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText("Filter products to count, then Enter (SKU, name or category)")
        self.save = QPushButton("Record count")
        self.total = QLabel()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.total)
        bar.addWidget(self.save)
        lay.addLayout(bar)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(["SKU", "Product", "Expected", "Counted", "Variance"])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._changed)
        lay.addWidget(self.table)
        self.search.returnPressed.connect(self.refresh)
        self.save.clicked.connect(self._save)
        self.save.setEnabled(ctx.can(Perm.EDIT_INVENTORY))
        self._loading = False

    def refresh(self) -> None:
        f = ProductFilter(text=self.search.text().strip() or None)
        inv = self.ctx.app.inventory
        self.ctx.tasks.run(lambda: inv.product_rows(inv.product_ids(f)[:2000]), on_done=self._fill,
                           on_error=lambda e: _error(self, e))

    def _fill(self, rows: list[Any]) -> None:
        self._loading = True
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, p in enumerate(rows):
            for c, v in enumerate((p.sku, p.name, _q(p.on_hand), "", "")):
                item = QTableWidgetItem(v)
                if c >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c != 3:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
        self._loading = False

    def set_count(self, row: int, text: str) -> None:
        self.table.item(row, 3).setText(text)

    def _changed(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() != 3:
            return
        r = item.row()
        self._loading = True
        try:
            v = Decimal(item.text()) - self.rows[r].on_hand if item.text().strip() else None
            self.table.item(r, 4).setText("" if v is None else f"{v.normalize():+f}")
        except InvalidOperation:
            self.table.item(r, 4).setText("not a number")
        self._loading = False
        n = sum(1 for i in range(self.table.rowCount()) if self.table.item(i, 3).text().strip())
        self.total.setText(f"{n} counted")

    def counts(self) -> dict[int, Decimal]:
        out = {}
        for r, p in enumerate(self.rows):
            t = self.table.item(r, 3).text().strip()
            if t:
                out[p.id] = Decimal(t)
        return out

    def _save(self) -> None:
        try:
            counts = self.counts()
        except InvalidOperation:
            QMessageBox.warning(self, "Stocktake", "Counted quantities must be numbers")
            return
        if not counts:
            return

        def done(var: dict[int, Decimal]) -> None:
            total = sum(var.values(), Decimal(0))
            self.ctx.status(f"Stock count recorded for {len(var)} product(s), variance {total:+}")
            self.refresh()
        self.ctx.tasks.run(self.ctx.app.inventory.stocktake, self.ctx.actor, counts, on_done=done,
                           on_error=lambda e: _error(self, e))


class ImportTab(QWidget):
    """Import a CSV/XLSX file in the background, with progress and cancel; problems are listed."""

    finished = Signal(object)

    def __init__(self, ctx: Any) -> None:
        super().__init__()
        self.ctx = ctx
        self.progress_handle: Any = None
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = QComboBox()
        for k in ("sales", "products", "suppliers", "stock"):
            self.kind.addItem(k)
        self.path = QLineEdit()
        browse = QPushButton("Choose file…")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.mapping = QLineEdit()
        self.mapping.setPlaceholderText("optional: sku=Code, quantity=Qty")
        self.dry_run = QCheckBox("Dry run (check only, write nothing)")
        self.skip_invalid = QCheckBox("Import the valid rows and skip invalid ones")
        form.addRow("What", self.kind)
        form.addRow("File", row)
        form.addRow("Column mapping", self.mapping)
        form.addRow("", self.dry_run)
        form.addRow("", self.skip_invalid)
        lay.addLayout(form)
        bar = QHBoxLayout()
        self.start = QPushButton("Import")
        self.cancel = QPushButton("Cancel")
        self.cancel.setEnabled(False)
        self.bar = QProgressBar()
        bar.addWidget(self.start)
        bar.addWidget(self.cancel)
        bar.addWidget(self.bar, 1)
        lay.addLayout(bar)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.problems = QListWidget()
        lay.addWidget(self.result)
        lay.addWidget(self.problems, 1)
        browse.clicked.connect(self._browse)
        self.start.clicked.connect(self.run_import)
        self.cancel.clicked.connect(self._cancel)
        self.start.setEnabled(ctx.can(Perm.IMPORT_DATA))

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Import file", "", "Tables (*.csv *.xlsx *.txt)")
        if path:
            self.path.setText(path)

    def run_import(self) -> None:
        from core.io.tabular import parse_map_args
        try:
            mapping = parse_map_args([m.strip() for m in self.mapping.text().split(",") if m.strip()])
        except Exception as exc:  # noqa: BLE001
            _error(self, exc)
            return
        self.problems.clear()
        self.result.setText("Importing…")
        self.start.setEnabled(False)
        self.cancel.setEnabled(True)
        self.bar.setRange(0, 0)
        inv = self.ctx.app.inventory
        self.progress_handle = self.ctx.tasks.run_with_progress(
            inv.import_file, self.ctx.actor, self.kind.currentText(), Path(self.path.text()),
            mapping=mapping, dry_run=self.dry_run.isChecked(), skip_invalid=self.skip_invalid.isChecked(),
            on_progress=self._progress, on_done=self._done, on_error=self._failed)

    def _progress(self, done: int, total: int, text: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, total))
        self.bar.setFormat(text)

    def _cancel(self) -> None:
        if self.progress_handle is not None:
            self.progress_handle.cancel()

    def _reset(self) -> None:
        self.start.setEnabled(True)
        self.cancel.setEnabled(False)
        self.bar.setRange(0, 1)
        self.bar.setValue(0)

    def _done(self, report: Any) -> None:
        self._reset()
        self.result.setText(report.summary())
        for p in report.problems:
            self.problems.addItem(str(p))
        self.ctx.bridge.data_changed.emit("inventory")
        self.finished.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self._reset()
        from desktop.tasks import Cancelled
        if isinstance(exc, Cancelled):
            self.result.setText("Import cancelled: nothing was written.")
        else:
            self.result.setText(str(exc))
            for p in getattr(exc, "problems", []):
                self.problems.addItem(str(p))
        self.finished.emit(exc)


def curve_chart(res: dict[str, Any]) -> dict[str, Any]:
    """Fill rate against average stock value: Deskmate's points (one per service level) and the
    baseline min/max rule, on one axis of stock values."""
    pts = sorted(res["curve"], key=lambda c: c["average_stock_value"])
    base = res["baseline"]
    xs = sorted({c["average_stock_value"] for c in pts} | {base["average_stock_value"]})
    pos = {v: i for i, v in enumerate(xs)}
    dm: list[Any] = [None] * len(xs)
    bl: list[Any] = [None] * len(xs)
    for c in pts:
        dm[pos[c["average_stock_value"]]] = round(100 * c["fill_rate"], 1)
    bl[pos[base["average_stock_value"]]] = round(100 * base["fill_rate"], 1)
    return {"type": "line", "title": "Fill rate (%) against average stock value",
            "x": [f"{v:,.0f}" for v in xs],
            "series": [{"name": "Deskmate (one point per service level)", "values": dm},
                       {"name": "Baseline min/max", "values": bl, "kind": "bar"}],
            "markers": [{"name": "Baseline fill rate", "value": round(100 * base["fill_rate"], 1)}]}


class PolicyCheckTab(QWidget):
    """The backtest on the shop's own sales: the trade-off curve and the baseline beside it."""

    finished = Signal(object)

    def __init__(self, ctx: Any) -> None:
        super().__init__()
        from PySide6.QtWidgets import QDateEdit, QSpinBox
        self.ctx = ctx
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.cutoff = QDateEdit()
        self.cutoff.setCalendarPopup(True)
        self.cutoff.setDisplayFormat(ctx.formats.picker_format)
        today = ctx.app.today()
        from PySide6.QtCore import QDate
        d = today - timedelta(days=60)
        self.cutoff.setDate(QDate(d.year, d.month, d.day))
        self.lead = QSpinBox()
        self.lead.setRange(1, 60)
        self.lead.setValue(2)
        self.run_btn = QPushButton("Run backtest")
        self.run_btn.clicked.connect(self.run)
        for w in (QLabel("Replay from"), self.cutoff, QLabel("Lead time (days)"), self.lead, self.run_btn):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(HelpButton("Policy check", "Learns from your sales before the date, then replays "
                                 "every later day: Deskmate's policy at several service levels against "
                                 "a hand-set min/max rule (min = average daily sales × lead time, max = "
                                 "2 × min). Unmet demand is lost. Pick the service level whose cost in "
                                 "stock you accept."))
        lay.addLayout(bar)
        self.summary = QLabel("Run the backtest to see how the policy would have done on your sales.")
        self.summary.setWordWrap(True)
        self.chart = ChartWidget()
        self.chart.setMinimumHeight(260)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(["Policy", "Service level", "Fill rate", "Stockout product-days",
                                              "Avg stock value", "Orders"])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.assumptions = QLabel()
        self.assumptions.setWordWrap(True)
        for w in (self.summary, self.chart, self.table, self.assumptions):
            lay.addWidget(w)

    def run(self) -> None:
        cutoff = self.cutoff.date().toPython()
        self.run_btn.setEnabled(False)
        self.summary.setText("Replaying…")
        self.ctx.tasks.run(self.ctx.app.inventory.backtest_shop, cutoff, None, self.lead.value(),
                           on_done=self._show, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.run_btn.setEnabled(True)
        self.summary.setText(str(exc))
        self.finished.emit(exc)

    def _show(self, res: dict[str, Any]) -> None:
        self.run_btn.setEnabled(True)
        w, c, b = res["window"], res["comparison"], res["baseline"]
        fm = self.ctx.formats

        def pct(rate: float) -> str:
            return fm.percent(round(100 * rate, 1))

        parts = [f"Replayed {fm.date(_day(w['replay_from']))} to {fm.date(_day(w['replay_to']))} ({w['days']} days, "
                 f"{res['products']} products). Baseline: fill rate {pct(b['fill_rate'])} with stock worth "
                 f"{fm.money(b['average_stock_value'])}."]
        if c["stock_saving_pct"] is not None:
            parts.append(f"Deskmate reaches that fill rate with {fm.money(c['stock_to_match_baseline_fill_rate'])} "
                         f"({fm.percent(c['stock_saving_pct'])} less stock).")
        if c["fill_rate_gain_points"] is not None:
            parts.append(f"With the same stock it serves {pct(c['fill_rate_at_baseline_stock'])} "
                         f"({c['fill_rate_gain_points']:+} points).")
        self.summary.setText(" ".join(parts))
        self.chart.set_chart(curve_chart(res))
        self.table.setRowCount(len(res["policies"]))
        for r, p in enumerate(res["policies"]):
            for col, v in enumerate((p["policy"].capitalize(), "" if p["service_level"] is None else str(p["service_level"]),
                                     pct(p["fill_rate"]), str(p["stockout_product_days"]),
                                     fm.money(p["average_stock_value"]), str(p["orders_placed"]))):
                self.table.setItem(r, col, QTableWidgetItem(v))
        self.assumptions.setText("Assumptions: " + " ".join(res["assumptions"]))
        self.finished.emit(res)


class InventoryPage(QWidget):
    def __init__(self, ctx: Any) -> None:
        super().__init__()
        self.ctx = ctx
        lay = QVBoxLayout(self)
        lay.addWidget(PageHeader("Inventory", "Products and their stock, suppliers, purchase orders, "
                                 "stocktakes and imports."))
        self.tabs = QTabWidget()
        self.products = ProductsTab(ctx)
        self.suppliers = SuppliersTab(ctx)
        self.orders = OrdersTab(ctx)
        self.stocktake = StocktakeTab(ctx)
        self.importer = ImportTab(ctx)
        self.policy_check = PolicyCheckTab(ctx)
        for w, t in ((self.products, "Products"), (self.suppliers, "Suppliers"),
                     (self.orders, "Purchase orders"), (self.stocktake, "Stocktake"),
                     (self.importer, "Import"), (self.policy_check, "Policy check")):
            self.tabs.addTab(w, t)
        lay.addWidget(self.tabs)
        self.importer.finished.connect(lambda _r: self.refresh())
        ctx.bridge.data_changed.connect(self._data_changed)
        # approving a reorder suggestion in the inbox creates a purchase order: show it here
        ctx.bridge.suggestions_changed.connect(self._suggestions_changed)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, activated=self.refresh)
        self.refresh()

    def navigate_to(self, tab: str | None = None, product_id: int | None = None, **_kw: Any) -> None:
        if tab == "products" or product_id is not None:
            self.tabs.setCurrentWidget(self.products)
        if product_id is not None:
            self.products.show_product(product_id)

    def _data_changed(self, area: str) -> None:
        if area == "inventory":
            self.products.refresh()
            self.orders.refresh()

    def _suggestions_changed(self, *_args: Any) -> None:
        if self.isVisible():
            self.orders.refresh()
            self.products.refresh()

    def refresh(self) -> None:
        self.products.refresh()
        self.suppliers.refresh()
        self.orders.refresh()
        self.stocktake.refresh()
