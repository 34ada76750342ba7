"""Inventory's workbooks for the bookkeeper: stock valuation and purchase orders (registered in
:mod:`core.io.book_exports`, offered with invoicing's by ``deskmate export`` and the "Export for
the bookkeeper" dialog)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from core.inventory.service import ProductFilter
from core.io.book_exports import BookExport, period_text, register_export
from core.io.xlsx import DATE_FMT, MONEY_FMT, Column, StreamingWorkbook
from core.kernel.i18n import N_, _
from core.kernel.progress import Progress

if TYPE_CHECKING:
    from core.app import Deskmate

QTY_FMT = "#,##0.###"
ZERO = Decimal(0)


def _stock(app: "Deskmate", wb: StreamingWorkbook, d0: date, d1: date, progress: Progress | None) -> tuple[str, int, list[Any], dict[str, Any]]:
    products = app.inventory.products(ProductFilter(active_only=False))
    cols = [Column(N_("SKU"), 12), Column(N_("Product"), 30), Column(N_("Category"), 14), Column(N_("Unit"), 7),
            Column(N_("On hand"), 11, QTY_FMT), Column(N_("Unit cost"), 12, MONEY_FMT), Column(N_("Stock value"), 14, MONEY_FMT),
            Column(N_("Sale price"), 12, MONEY_FMT), Column(N_("Value at sale price"), 16, MONEY_FMT), Column(N_("Supplier"), 20),
            Column(N_("Active"), 7)]
    total_cost = total_retail = ZERO
    rows = []
    for p in products:
        value, retail = p.on_hand * p.cost, p.on_hand * p.price
        total_cost += value
        total_retail += retail
        rows.append([p.sku, p.name, p.category, p.unit, p.on_hand, p.cost, value, p.price, retail,
                     p.supplier or "", "yes" if p.active else "no"])
    n = wb.add_table(N_("Stock valuation"), cols, rows, totals=[7, 9], progress=progress)
    figures = [(N_("Valued at"), app.today(), DATE_FMT), (N_("Products"), len(rows), None),
               (N_("Stock value at cost"), total_cost, MONEY_FMT),
               (N_("Stock value at sale price"), total_retail, MONEY_FMT)]
    return N_("Stock valuation"), n, figures, {N_("stock"): N_("on hand at the time of export (valued at unit cost)")}


def _purchase_orders(app: "Deskmate", wb: StreamingWorkbook, d0: date, d1: date, progress: Progress | None) -> tuple[str, int, list[Any], dict[str, Any]]:
    inv = app.inventory
    pos = [p for p in inv.purchase_orders() if d0 <= p.order_date <= d1]
    cols = [Column(N_("Number"), 14), Column(N_("Supplier"), 26), Column(N_("Status"), 14), Column(N_("Order date"), 11, DATE_FMT),
            Column(N_("Expected"), 11, DATE_FMT), Column(N_("Lines"), 7), Column(N_("Total"), 14, MONEY_FMT)]
    rows = [[p.number, p.supplier, p.status, p.order_date, p.expected_date, p.lines, p.total]
            for p in sorted(pos, key=lambda p: (p.order_date, p.number))]
    n = wb.add_table(N_("Purchase orders"), cols, rows, totals=[7], progress=progress)
    line_cols = [Column(N_("Order"), 14), Column(N_("Supplier"), 26), Column(N_("SKU"), 12), Column(N_("Product"), 30),
                 Column(N_("Quantity"), 10, QTY_FMT), Column(N_("Received"), 10, QTY_FMT), Column(N_("Unit cost"), 12, MONEY_FMT),
                 Column(N_("Line total"), 13, MONEY_FMT)]
    line_rows = []
    for p in pos:
        for ln in inv.purchase_order(p.id).lines:
            line_rows.append([p.number, p.supplier, ln.sku, ln.name, ln.quantity, ln.received, ln.unit_cost,
                              ln.quantity * ln.unit_cost])
    wb.add_table(N_("Order lines"), line_cols, line_rows, totals=[8])
    by_status: dict[str, Decimal] = {}
    for p in pos:
        by_status[p.status] = by_status.get(p.status, ZERO) + p.total
    figures = [(N_("Period"), period_text(d0, d1), None), (N_("Purchase orders"), len(pos), None),
               (N_("Total ordered"), sum((p.total for p in pos), ZERO), MONEY_FMT)]
    figures += [(_("Status {status}").format(status=k), v, MONEY_FMT) for k, v in sorted(by_status.items())]
    return N_("Purchase orders"), n, figures, {N_("orders"): N_("by order date")}


register_export(BookExport("stock", N_("Stock valuation"), N_("stock valuation at cost"),
                           area="inventory", write=_stock, position=50))
register_export(BookExport("purchase-orders", N_("Purchase orders"), N_("purchase orders and their lines"),
                           area="inventory", write=_purchase_orders, position=60))
