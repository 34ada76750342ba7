"""Inventory's bookkeeping workbooks (stock valuation, purchase orders): registered by inventory
in the shared export registry, written and audited through it, offered by `deskmate export`."""
from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import openpyxl

from core.cli import run
from core.io.book_exports import book_export, book_exports, export
from core.io.xlsx import MONEY_FMT
from core.kernel.audit import AuditFilter

D0, D1 = date(2026, 1, 1), date(2026, 12, 31)


def _stocked(app, owner):
    inv = app.inventory
    sup = inv.create_supplier(owner, "Flour Mill", lead_time_days=3)
    p = inv.create_product(owner, "FLR-1", "Flour 16 kg", cost=D("9.50"), price=D("14"), supplier_id=sup.id)
    inv.adjust_stock(owner, p.id, "4", "opening count")
    inv.create_purchase_order(owner, sup.id, [{"product_id": p.id, "quantity": "10", "unit_cost": "9.50"}])


def _summary(wb):
    return {r[0].value: next((c.value for c in r[1:] if c.value is not None), None)
            for r in wb["Summary"].iter_rows(min_row=2)}


def test_inventory_registers_its_own_workbooks_after_invoicing_ones():
    specs = {e.kind: e for e in book_exports()}
    assert specs["stock"].area == "inventory" and specs["purchase-orders"].area == "inventory"
    assert {specs[k].area for k in ("register", "lines", "payments", "aging")} == {"invoicing"}
    assert [e.kind for e in book_exports()][:6] == ["register", "lines", "payments", "aging", "stock",
                                                    "purchase-orders"]
    assert book_export("stock").write.__module__ == "core.inventory.exports"


def test_stock_and_purchase_order_workbooks_read_back(app, owner, bookkeeper, tmp_path):
    _stocked(app, owner)
    res = export(app, bookkeeper, "stock", D0, D1, tmp_path / "stock.xlsx")
    wb = openpyxl.load_workbook(res.path)
    ws = wb["Stock valuation"]
    assert ws.freeze_panes == "A2" and ws.cell(3, 1).value == "Total"
    assert ws.cell(3, 7).value == "=SUM(G2:G2)" and ws.cell(2, 7).number_format == MONEY_FMT
    assert ws.cell(2, 7).value == 38 and _summary(wb)["Stock value at cost"] == 38
    res = export(app, bookkeeper, "purchase-orders", D0, D1, tmp_path / "po.xlsx")
    wb = openpyxl.load_workbook(res.path)
    assert wb["Purchase orders"].cell(2, 7).value == 95 and wb["Purchase orders"].cell(3, 7).value == "=SUM(G2:G2)"
    assert wb["Order lines"].cell(2, 8).value == 95
    entries = app.audit.list(owner, AuditFilter(entity="export"))
    assert {(e.area, e.entity_id) for e in entries} == {("inventory", "stock"), ("inventory", "purchase-orders")}


def test_stock_export_from_the_command_line(app, owner, data_dir, tmp_path, capsys, cli_login):
    _stocked(app, owner)
    app.close()
    cli_login("olivia")
    out = tmp_path / "stock.xlsx"
    assert run(["--data-dir", str(data_dir), "export", "stock", "--from", "2026-01-01", "--to", "2026-12-31",
                "-o", str(out)]) == 0
    assert "1 row written to" in capsys.readouterr().out
    assert openpyxl.load_workbook(out)["Stock valuation"].cell(2, 1).value == "FLR-1"
