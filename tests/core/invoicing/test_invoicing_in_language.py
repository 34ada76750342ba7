"""Issue 17: invoicing speaks the reader's language — the bookkeeper's workbook in the language of the
person exporting it; the English default stays."""
from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import openpyxl
from inv_helpers import customer, lines

from core.io.book_exports import export
from core.kernel.i18n import language


def test_a_german_bookkeeper_gets_a_german_workbook_and_the_english_default_stays(
        app, owner, tmp_path) -> None:
    c = customer(app, owner, "Ann Smith")
    inv = app.invoicing.issue(owner, app.invoicing.create_draft(owner, c.id, lines(("Bread", "3", "2.50", "standard"))).id)
    app.invoicing.record_payment(owner, inv.id, D("5"), paid_on=app.today())
    d0, d1 = date(2000, 1, 1), date(2100, 1, 1)
    with language("de"):
        export(app, owner, "payments", d0, d1, tmp_path / "de.xlsx")
    export(app, owner, "payments", d0, d1, tmp_path / "en.xlsx")
    de = openpyxl.load_workbook(tmp_path / "de.xlsx")
    assert de.sheetnames == ["Zahlungen", "Zusammenfassung", "Über diesen Export"]
    assert [c.value for c in de["Zahlungen"][1]][:4] == ["Datum", "Rechnung", "Kunde", "Eingegangen"]
    assert de["Zahlungen"].cell(3, 1).value == "Summe"
    about = {r[0].value: r[1].value for r in de["Über diesen Export"].iter_rows()}
    assert about["Export"] == "Zahlungen" and about["Exportiert von"].startswith("olivia")
    assert about["Filter: Zeitraum von"] is not None and "Filter: Währung" in about
    figures = {r[0].value for r in de["Zusammenfassung"].iter_rows(min_row=2)}
    assert {"Zeitraum", "Eingegangen", "Als Kundenguthaben behalten"} <= figures
    en = openpyxl.load_workbook(tmp_path / "en.xlsx")
    assert en.sheetnames == ["Payments", "Summary", "About this export"]
    assert [c.value for c in en["Payments"][1]][:2] == ["Date", "Invoice"]
