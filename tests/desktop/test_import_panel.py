"""The one import panel (desktop/widgets/import_panel.py), as inventory and invoicing use it: check
first (nothing written, nothing announced), then import; problems by file, row and column; cancel."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop.pages.inventory.page import InventoryPage


def test_checking_a_file_writes_and_announces_nothing_then_importing_does(qtbot, app, owner, open_page, tmp_path):
    f = tmp_path / "products.csv"
    f.write_text("SKU,Name,Cost\nBRD,Sourdough,1.20\nRYE,Rye,x\n")
    ctx, page = open_page(InventoryPage, owner)
    panel = page.importer.panel
    heard: list[str] = []
    ctx.bridge.data_changed.connect(heard.append)
    imported: list[object] = []
    panel.imported.connect(imported.append)
    panel.set_kind("products")
    panel.path.setText(str(f))
    panel.skip_invalid.setChecked(True)
    with qtbot.waitSignal(panel.finished, timeout=10_000) as sig:
        panel.check_btn.click()
    assert sig.args[0].dry_run and "would import 1 of 2 rows" in panel.result.text()
    assert [panel.problems.item(0, c).text() for c in range(3)] == ["products.csv", "3", "Cost"]
    qtbot.wait(50)
    QApplication.processEvents()
    assert app.inventory.products() == [] and "inventory" not in heard and not imported
    with qtbot.waitSignal(panel.finished, timeout=10_000):
        panel.import_btn.click()
    assert "imported 1 of 2 rows" in panel.result.text() and len(imported) == 1
    qtbot.waitUntil(lambda: "inventory" in heard, timeout=5000)          # core said so, not the panel
    qtbot.waitUntil(lambda: page.products.model.rowCount() == 1, timeout=10_000)


def test_who_may_import_what(open_page, staff, bookkeeper):
    from desktop.pages.invoices.dialogs import ImportDialog
    _ctx, page = open_page(InventoryPage, staff)
    panel = page.importer.panel
    for kind in ("sales", "products", "suppliers", "stock"):
        panel.set_kind(kind)
        assert panel.import_btn.isEnabled() and panel.check_btn.isEnabled()
    ctx, _page = open_page(InventoryPage, bookkeeper)
    assert ImportDialog(ctx).panel.import_btn.isEnabled()               # bookkeepers import invoices
    dlg = ImportDialog(open_page(InventoryPage, staff)[0])
    assert not dlg.panel.import_btn.isEnabled() and not dlg.panel.check_btn.isEnabled()


def test_no_file_chosen_says_so_and_starts_nothing(open_page, owner):
    _ctx, page = open_page(InventoryPage, owner)
    panel = page.importer.panel
    panel.import_btn.click()
    assert panel.result.text() == "Choose a file first." and not panel.cancel_btn.isEnabled()


def test_a_bad_column_mapping_is_shown_in_plain_words(qtbot, open_page, owner, tmp_path):
    f = tmp_path / "s.csv"
    f.write_text("Date,Item\n2017-01-01,Tea\n")
    _ctx, page = open_page(InventoryPage, owner)
    panel = page.importer.panel
    panel.path.setText(str(f))
    panel.mapping.setText("sku")
    panel.import_btn.click()
    bar = page.message_bar
    assert bar.isVisible() and "FIELD=COLUMN" in bar.body and not panel.cancel_btn.isEnabled()
