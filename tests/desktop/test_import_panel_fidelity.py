"""The import panel's fidelity report: after a check or an import, rows read, imported, already
there and skipped by reason, with the file's quantity and money beside what was stored — the
same figures as the command line."""
from __future__ import annotations

import csv

from desktop.pages.inventory.page import InventoryPage
from desktop.pages.invoices.dialogs import ImportDialog

RETAIL = [("InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Country"),
          ("536365", "85123A", "WHITE HANGING HEART", "6", "12/13/2010 8:26", "2.55", "17850", "UK"),
          ("536365", "71053", "", "6", "12/13/2010 8:27", "3.39", "17850", "UK"),
          ("536366", "22633", "HAND WARMER", "6", "12/13/2010 8:28", "1.85", "", "UK"),
          ("536367", "84879", "BIRD ORNAMENT", "x", "12/13/2010 8:34", "1.69", "13047", "UK"),
          ("536367", "84880", "BIRD ORNAMENT 2", "2", "12/13/2010 8:34", "1.69", "13047", "UK")]


def write(path, rows):
    with path.open("w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def run(qtbot, panel, button):
    with qtbot.waitSignal(panel.finished, timeout=20_000) as sig:
        button.click()
    return sig.args[0]


def test_invoice_import_shows_what_was_read_imported_skipped_and_stored(qtbot, app, owner, open_page, tmp_path):
    ctx, _page = open_page(InventoryPage, owner)
    dlg = ImportDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    panel = dlg.panel
    panel.path.setText(str(write(tmp_path / "retail.csv", RETAIL)))
    panel.skip_invalid.setChecked(True)
    rep = run(qtbot, panel, panel.check_btn)
    assert rep.dry_run and panel.fidelity.isVisible()
    table = panel.fidelity_texts()
    assert table[:4] == [["in the file", "5", "20", "50.12"], ["would be imported", "3", "18", "46.74"],
                         ["already imported before", "0", "0", "0.00"], ["skipped", "2", "2", "3.38"]]
    assert ["  Quantity: '…' is not a number", "1", "", ""] in table
    assert ["  another line of its invoice cannot be imported", "1", "", ""] in table
    assert "1 row could not be read: its quantity" in panel.fidelity_note.text()
    assert "booked to 'Cash sales'" in panel.result.text() and "named 1 by their item code" in panel.result.text()
    rep = run(qtbot, panel, panel.import_btn)
    table = panel.fidelity_texts()
    assert table[1] == ["imported", "3", "18", "46.74"]
    assert table[-1] == ["stored (invoice lines read back)", "3", "18", "46.74"]
    assert app.customers.search("Cash sales")
    import os
    if os.environ.get("SHOTS"):
        dlg.grab().save(os.path.join(os.environ["SHOTS"], "invoice-import.png"))


def test_sales_import_reports_placeholders_and_duplicates_and_the_ledger_read_back(qtbot, app, owner, open_page,
                                                                                 tmp_path):
    rows = [("Date", "Time", "Transaction", "Item"), ("2017-01-01", "10:00", "1", "Bread"),
            ("2017-01-01", "10:05", "2", "NONE"), ("2017-01-01", "10:07", "3", "Bread"),
            ("2017-01-02", "11:00", "4", "Coffee")]
    f = write(tmp_path / "bakery.csv", rows)
    _ctx, page = open_page(InventoryPage, owner)
    panel = page.importer.panel
    panel.set_kind("sales")
    panel.path.setText(str(f))
    run(qtbot, panel, panel.import_btn)
    table = panel.fidelity_texts()
    assert panel.fidelity.isColumnHidden(3) is False
    assert table[0][:3] == ["in the file", "4", "4"] and table[1][:3] == ["imported", "3", "3"]
    assert ["  placeholder item ('NONE' or empty), ignored", "1", "", ""] in table
    assert table[-1][:3] == ["stored (ledger movements read back; sales keep no money)", "2", "3"]
    run(qtbot, panel, panel.import_btn)                 # the same file again: nothing new
    table = panel.fidelity_texts()
    assert table[1][:3] == ["imported", "0", "0"] and table[2][:3] == ["already imported before", "3", "3"]
