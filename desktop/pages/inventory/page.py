"""The Inventory page: one tab per job (products, suppliers, purchase orders, stocktake, import,
policy check), each in its own module beside this one.

Every core call runs through ``ctx.tasks`` (off the GUI thread); tables are lazy (ids first, rows
fetched as they scroll into view). The tabs refresh when core says inventory data changed
(``ctx.bridge.data_changed``), whoever changed it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.pages.inventory.import_tab import ImportTab
from desktop.pages.inventory.orders import OrdersTab
from desktop.pages.inventory.policy_check import PolicyCheckTab
from desktop.pages.inventory.products import ProductsTab
from desktop.pages.inventory.stocktake import StocktakeTab
from desktop.pages.inventory.suppliers import SuppliersTab
from desktop.ui import PageHeader

if TYPE_CHECKING:
    from desktop.context import DesktopContext


class InventoryPage(QWidget):
    def __init__(self, ctx: DesktopContext) -> None:
        super().__init__()
        self.ctx = ctx
        lay = QVBoxLayout(self)
        lay.addWidget(PageHeader(self.tr("Inventory"), self.tr("Products and their stock, suppliers, purchase orders, "
                                 "stocktakes and imports.")))
        self.tabs = QTabWidget()
        self.products = ProductsTab(ctx)
        self.suppliers = SuppliersTab(ctx)
        self.orders = OrdersTab(ctx)
        self.stocktake = StocktakeTab(ctx)
        self.importer = ImportTab(ctx)
        self.policy_check = PolicyCheckTab(ctx)
        for w, t in ((self.products, self.tr("Products")), (self.suppliers, self.tr("Suppliers")),
                     (self.orders, self.tr("Purchase orders")), (self.stocktake, self.tr("Stocktake")),
                     (self.importer, self.tr("Import")), (self.policy_check, self.tr("Policy check"))):
            self.tabs.addTab(w, t)
        lay.addWidget(self.tabs)
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
