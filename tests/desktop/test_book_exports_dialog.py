"""The invoices page's "Export for the bookkeeper" dialog offers every area's registered workbook:
inventory's stock valuation is chosen from the list and written like invoicing's."""
from __future__ import annotations

from decimal import Decimal as D

import openpyxl
from PySide6.QtCore import Qt

from core.io.book_exports import book_exports


def test_dialog_lists_every_registered_workbook_and_exports_stock(qtbot, app, owner, bookkeeper, make_ctx,
                                                                   tmp_path):
    from desktop.pages.invoices.dialogs import ExportDialog
    sup = app.inventory.create_supplier(owner, "Flour Mill", lead_time_days=3)
    p = app.inventory.create_product(owner, "FLR-1", "Flour 16 kg", cost=D("9.50"), price=D("14"),
                                     supplier_id=sup.id)
    app.inventory.adjust_stock(owner, p.id, "4", "opening count")
    dlg = ExportDialog(make_ctx(bookkeeper))
    qtbot.addWidget(dlg)
    dlg.show()
    titles = [dlg.kind.itemText(i) for i in range(dlg.kind.count())]
    assert titles == [e.title for e in book_exports()]
    assert titles[:6] == ["Invoice register", "Invoice lines", "Payments", "Aging of receivables",
                          "Stock valuation", "Purchase orders"]
    dlg.kind.setFocus()
    for _ in range(titles.index("Stock valuation")):
        qtbot.keyClick(dlg.kind, Qt.Key.Key_Down)
    assert dlg.kind.currentData() == "stock" and dlg.path.text().endswith("stock.xlsx")
    dlg.path.setText(str(tmp_path / "stock.xlsx"))
    with qtbot.waitSignal(dlg.finished_export, timeout=30_000) as sig:
        qtbot.mouseClick(dlg.start_btn, Qt.MouseButton.LeftButton)
    assert sig.args[0].rows == 1 and sig.args[0].kind == "stock"
    ws = openpyxl.load_workbook(tmp_path / "stock.xlsx")["Stock valuation"]
    assert ws.cell(2, 1).value == "FLR-1" and ws.cell(2, 7).value == 38
