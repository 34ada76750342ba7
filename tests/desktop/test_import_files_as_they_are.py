"""The import panel reads files as they are and explains the ones it refuses (issue 10, 3 and 5)."""
from __future__ import annotations

import pytest


@pytest.fixture
def page(open_page, owner):
    from desktop.pages.inventory.page import InventoryPage
    return open_page(InventoryPage, owner)[1]


def _import(qtbot, page, path, kind="products"):
    imp = page.importer.panel
    imp.set_kind(kind)
    imp.path.setText(str(path))
    with qtbot.waitSignal(imp.finished, timeout=20_000):
        imp.import_btn.click()
    return imp


def test_utf16_and_windows_1252_files_import_as_they_are(qtbot, app, page, tmp_path):
    f = tmp_path / "utf16.csv"
    f.write_bytes(b"\xff\xfe" + "SKU;Name;Cost\r\nCAF-1;Café crème;1,50\r\n".encode("utf-16-le"))
    imp = _import(qtbot, page, f)
    assert "imported 1 of 1 row;" in imp.result.text()
    g = tmp_path / "excel.csv"
    g.write_bytes("SKU,Name,Cost\r\nZUC-2,Zürich Brötchen,0.80\r\n".encode("cp1252"))
    imp = _import(qtbot, page, g)
    assert "imported 1 of 1 row;" in imp.result.text() and "read as Windows-1252" in imp.result.text()
    assert {(p.sku, p.name, str(p.cost)) for p in app.inventory.products()} == {
        ("CAF-1", "Café crème", "1.5000"), ("ZUC-2", "Zürich Brötchen", "0.8000")}


def test_refused_files_name_the_row_and_write_nothing(qtbot, app, page, tmp_path):
    f = tmp_path / "mixed.csv"
    f.write_text("SKU,Name,Cost\nA;Bread;1.0\nB;Rye;2.0\n")
    imp = _import(qtbot, page, f)
    assert "first at row 2: has 1 field but the header has 3" in imp.result.text()
    assert imp.problems.rowCount() == 2
    g = tmp_path / "huge.csv"
    g.write_text("SKU,Name,Cost\nX1,Thing,1e30\n")
    imp = _import(qtbot, page, g)
    assert imp.problem_texts()[0] == ("huge.csv, row 2, column 'Cost': '1e30' is beyond the largest "
                                      "amount Deskmate accepts (1,000,000,000)")
    h = tmp_path / "binary.csv"
    h.write_bytes(b"SKU,Name\nA\x00,B\n")
    imp = _import(qtbot, page, h)
    assert imp.result.text() == "binary.csv: row 2 contains NUL bytes: this is not a text file (or it is UTF-16 without a byte-order mark)"
    assert app.inventory.products() == []
