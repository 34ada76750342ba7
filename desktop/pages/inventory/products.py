"""The Products tab: the searchable product list, one product's stock history, forecast and
policy figures, a stock adjustment, and the product form (also the "New product" dialog)."""
from __future__ import annotations

import html
from datetime import timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QFormLayout, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPushButton, QSplitter, QTableView,
                               QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from core.inventory.fields import label as field_label
from core.inventory.fields import ADJUST_QUANTITY, ADJUST_REASON, PRODUCT_RULES, TERMS_RULES, min_max_problem
from core.inventory.service import ProductFilter
from core.inventory.wording import policy_caption
from core.users.permissions import Perm
from desktop.pages.inventory.plain import plain_quantity
from desktop.ui import show_error
from desktop.validation import FormValidator
from desktop.widgets import RIGHT, ChartWidget, HelpButton, LazyColumn, LazyTableModel, scrolled

if TYPE_CHECKING:
    from desktop.context import DesktopContext


FILTERS = ((QT_TRANSLATE_NOOP("pages.inventory.products", "All products"), {}), (QT_TRANSLATE_NOOP("pages.inventory.products", "Below reorder point"), {"below_reorder_point": True}),
           (QT_TRANSLATE_NOOP("pages.inventory.products", "On order"), {"on_order": True}), (QT_TRANSLATE_NOOP("pages.inventory.products", "No supplier"), {"no_supplier": True}),
           (QT_TRANSLATE_NOOP("pages.inventory.products", "Not enough history"), {"not_enough_history": True}))


class ProductsTab(QWidget):
    def __init__(self, ctx: DesktopContext) -> None:
        super().__init__()
        self.ctx = ctx
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search SKU, name or category (Ctrl+F)"))
        self.filter = QComboBox()
        for title, _ in FILTERS:
            self.filter.addItem(QCoreApplication.translate("pages.inventory.products", title))
        self.count = QLabel()
        self.new_btn = QPushButton(self.tr("New product…"))
        self.new_btn.setEnabled(ctx.can(Perm.EDIT_INVENTORY))
        self.new_btn.clicked.connect(self.new_product)
        self.new_dialog: NewProductDialog | None = None
        bar.addWidget(self.search, 2)
        bar.addWidget(self.filter)
        bar.addWidget(self.count)
        bar.addWidget(self.new_btn)
        bar.addWidget(HelpButton(self.tr("Reorder points"), self.tr("Each product's reorder point is the demand "
                                 "forecast over the lead time plus safety stock for its service "
                                 "level. Products with too little sales history use your min/max "
                                 "and are listed under 'Not enough history'.")))
        lay.addLayout(bar)
        self.model = LazyTableModel([
            LazyColumn(self.tr("SKU"), lambda r: r.sku), LazyColumn(self.tr("Name"), lambda r: r.name),
            LazyColumn(self.tr("Category"), lambda r: r.category), LazyColumn(self.tr("Supplier"), lambda r: r.supplier or "—"),
            LazyColumn(self.tr("On hand"), lambda r: ctx.formats.quantity(r.on_hand), RIGHT),
            LazyColumn(self.tr("On order"), lambda r: ctx.formats.quantity(r.on_order), RIGHT),
            LazyColumn(self.tr("Cost"), lambda r: ctx.formats.money(r.cost), RIGHT),
            LazyColumn(self.tr("Price"), lambda r: ctx.formats.money(r.price), RIGHT)], ctx.app.inventory.product_rows)
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
                                  on_done=self._ids, on_error=lambda e: show_error(self, e))

    def _ids(self, ids: list[int]) -> None:
        self.model.set_ids_keeping_current(self.table, ids)
        self.count.setText(QCoreApplication.translate("ProductsTab", "{number} products", None, len(ids)).format(
            number=self.ctx.formats.number(len(ids))))
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

    def __init__(self, ctx: DesktopContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.product_id: int | None = None
        lay = QVBoxLayout(self)
        self.title = QLabel(self.tr("Select a product"))
        self.title.setObjectName("sectionTitle")
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chart = ChartWidget()
        self.moves = QTableWidget(0, 5)
        self.moves.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Kind"), self.tr("Change"), self.tr("Reason"), self.tr("By")])
        self.moves.verticalHeader().setVisible(False)
        for c in (0, 1, 2, 4):     # the short columns take what they need, the reason the rest
            self.moves.horizontalHeader().setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.moves.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        adj = QHBoxLayout()
        self.adj_qty = QLineEdit()
        self.adj_qty.setPlaceholderText(self.tr("+/- qty"))
        self.adj_reason = QLineEdit()
        self.adj_reason.setPlaceholderText(self.tr("reason (damaged, found...)"))
        self.adj_btn = QPushButton(self.tr("Adjust stock"))
        self.adj_btn.clicked.connect(self._adjust)
        for w in (self.adj_qty, self.adj_reason, self.adj_btn):
            adj.addWidget(w)
        # quantity and reason checked as typed, with the rules adjust_stock applies
        self.adj_check = FormValidator(self, submit=[self.adj_btn])
        self.adj_check.add(self.adj_qty, ADJUST_QUANTITY, self.tr("Quantity"))
        self.adj_check.add(self.adj_reason, ADJUST_REASON, self.tr("Reason"))
        self.adj_check.set_allowed(False)         # until a product is chosen (and only for who may)
        self.form = ProductForm(ctx)
        self.form.saved.connect(lambda pid: self.show_product(pid))
        tabs = QTabWidget()
        hist = QWidget()
        hl = QVBoxLayout(hist)
        hl.setContentsMargins(0, 0, 0, 0)
        hl.addLayout(adj)
        hl.addWidget(self.moves)
        tabs.addTab(hist, self.tr("Stock history"))
        tabs.addTab(scrolled(self.form, "productFormScroll"), self.tr("Details"))
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
        self.adj_check.set_allowed(self.ctx.can(Perm.EDIT_INVENTORY))
        app = self.ctx.app

        def load() -> dict[str, Any]:
            p = app.inventory.product(pid)
            hist = app.inventory.stock_history(pid, days=84)
            pol = [r for r in app.inventory.policy() if r["product_id"] == pid]
            return {"p": p, "hist": hist, "pol": pol[0] if pol else None,
                    "moves": app.inventory.movements(pid, 200)}
        self.ctx.tasks.run(load, on_done=self._show, on_error=lambda e: show_error(self, e))

    def _show(self, d: dict[str, Any]) -> None:
        p, pol, hist = d["p"], d["pol"], d["hist"]
        if p.id != self.product_id:
            return
        self.title.setText(f"{p.sku} — {p.name}")
        fm = self.ctx.formats
        self.form.load(p)
        if pol:
            note = "" if pol["enough_history"] else self.tr(" <b>Not enough history: owner's min/max used.</b>")
            self.figures.setText(html.escape(policy_caption(p.on_hand, p.on_order, pol, fm)) + note)
            self.figures.setToolTip(self.tr("How it sells: {demand_explained}.\n"
                                    "Forecast from {method_words}.").format(demand_explained=pol['demand_explained'], method_words=pol['method_words']))
        fc = pol["forecast_daily"] if pol else None
        days = [h[0] for h in hist]
        self.chart.set_chart({
            "type": "line", "title": self.tr("Stock (closing), daily sales and forecast"),
            "x": [x.isoformat() for x in days] + [(days[-1] + timedelta(days=k)).isoformat() for k in range(1, 15)],
            "series": [{"name": self.tr("On hand"), "values": [h[1] for h in hist] + [None] * 14},
                       {"name": self.tr("Sold"), "values": [h[2] for h in hist] + [None] * 14},
                       {"name": self.tr("Forecast"), "values": [None] * len(hist) + [fc] * 14}],
            "markers": [{"name": self.tr("Reorder point"), "value": pol["reorder_point"]}]
            if pol and pol["reorder_point"] is not None else []})
        self.moves.setRowCount(len(d["moves"]))
        for r, m in enumerate(d["moves"]):
            for c, v in enumerate((fm.date(m.day), m.kind, fm.signed_quantity(m.quantity),
                                   m.reason or m.reference, m.username)):
                self.moves.setItem(r, c, QTableWidgetItem(v))

    def _adjust(self) -> None:
        if self.product_id is None or not self.adj_check.show_all():
            return
        q = Decimal(self.adj_qty.text().strip())
        pid = self.product_id

        def done(_r: Any) -> None:
            self.adj_qty.clear()
            self.adj_reason.clear()
            self.adj_check.reset()
            self.show_product(pid)
        self.ctx.tasks.run(self.ctx.app.inventory.adjust_stock, self.ctx.actor, pid, q,
                           self.adj_reason.text(), on_done=done, on_error=lambda e: show_error(self, e))


class ProductForm(QWidget):
    """Create or edit a product: supplier, prices, pack, minimum order, fill-rate target, min/max."""

    saved = Signal(int)

    def __init__(self, ctx: DesktopContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.product_id: int | None = None
        form = QFormLayout(self)
        self.fields: dict[str, QLineEdit] = {}
        for key, label in (("sku", "SKU"), ("name", self.tr("Name")), ("category", self.tr("Category")), ("unit", self.tr("Unit")),
                           ("cost", self.tr("Unit cost")), ("price", self.tr("Sale price")), ("pack_size", self.tr("Pack size")),
                           ("min_order_qty", self.tr("Minimum order")), ("fill_rate_target", self.tr("Fill rate target (0.5–0.999)")),
                           ("owner_min", self.tr("Min stock (fallback)")), ("owner_max", self.tr("Max stock (fallback)")),
                           ("shelf_life_days", self.tr("Shelf life (days)"))):
            self.fields[key] = QLineEdit()
            form.addRow(label, self.fields[key])
        self.fields["shelf_life_days"].setPlaceholderText(self.tr("blank: it keeps"))
        self.fields["shelf_life_days"].setToolTip(self.tr(
            "Days a unit can be sold after it is received (bread 1, milk 7). Markdown suggestions work such "
            "products by day, on the stock that will expire; blank for a product that keeps."))
        self.supplier = QComboBox()
        form.addRow(self.tr("Supplier"), self.supplier)
        self.terms: dict[str, QLineEdit] = {}
        for key, label in (("supplier_sku", self.tr("Supplier's code")), ("price", self.tr("Supplier's price")),
                           ("pack_size", self.tr("Supplier's pack size"))):
            self.terms[key] = QLineEdit()
            self.terms[key].setPlaceholderText(self.tr("as the product") if key != "supplier_sku" else "")
            form.addRow(label, self.terms[key])
        self.save_btn = QPushButton(self.tr("Save product"))
        self.save_btn.clicked.connect(self.save)
        form.addRow("", self.save_btn)
        # each field is checked as it is typed, with the rules the inventory service applies
        self.validator = FormValidator(self, submit=self.save_btn)
        for key, rule in PRODUCT_RULES.items():
            if key in self.fields:
                self.validator.add(self.fields[key], rule, field_label(key).capitalize(),
                                   when=(lambda: self.product_id is None) if key == "sku" else None)
        for key, rule in TERMS_RULES.items():
            self.validator.add(self.terms[key], rule, self.tr("supplier's {field}").format(field=field_label(key)))
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
        self.supplier.addItem(self.tr("— none —"), None)
        for r in rows:
            self.supplier.addItem(r.name, r.id)
        i = self.supplier.findData(current)
        self.supplier.setCurrentIndex(max(i, 0))

    def load(self, p: Any | None) -> None:
        self.product_id = p.id if p is not None else None
        for key, w in self.fields.items():
            v = getattr(p, key, "") if p is not None else ""
            w.setText(plain_quantity(v) if isinstance(v, Decimal) else ("" if v is None else str(v)))
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
            w.setText(plain_quantity(v) if isinstance(v, Decimal) else (v or ""))

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {k: w.text().strip() for k, w in self.fields.items()}
        for k in ("cost", "price", "pack_size", "min_order_qty", "fill_rate_target"):
            if out[k] == "":
                out.pop(k)
        for k in ("owner_min", "owner_max", "shelf_life_days"):
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
            self.ctx.status(self.tr("Saved {sku}").format(sku=row.sku))
            self.saved.emit(row.id)
        self.ctx.tasks.run(work, on_done=done, on_error=lambda e: show_error(self, e))


class NewProductDialog(QDialog):
    def __init__(self, ctx: DesktopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New product"))
        lay = QVBoxLayout(self)
        self.form = ProductForm(ctx)
        self.form.load(None)
        self.form.saved.connect(lambda _pid: self.accept())
        lay.addWidget(self.form)
