"""Each export read back with openpyxl: cell types, number formats, frozen panes, filters, totals,
summary figures and the about sheet."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal as D

import openpyxl
import pytest
from inv_helpers import customer, lines

from core.io.book_exports import export
from core.io.xlsx import DATE_FMT, MONEY_FMT
from core.kernel.progress import Cancelled, Tracker
from core.kernel.errors import PermissionDenied

D0, D1 = date(2026, 1, 1), date(2026, 12, 31)


@pytest.fixture
def books(app, owner):
    a = customer(app, owner, "Ann \x07Smith")            # a control character Excel would refuse
    b = customer(app, owner, "Leith Catering", email="acc@leith.example")
    today = app.today()
    i1 = app.invoicing.issue(owner, app.invoicing.create_draft(owner, a.id, lines(
        ("Bread", "3", "2.50", "standard"), ("Cake", "1", "12", "reduced", "10", True)), terms_days=0).id,
        issue_date=today - timedelta(days=45), confirm_date=True)
    i2 = app.invoicing.issue(owner, app.invoicing.create_draft(owner, b.id, lines(("Catering", "1", "400", "standard"))).id)
    i3 = app.invoicing.issue(owner, app.invoicing.create_draft(owner, b.id, lines(("Tea", "1", "5", "zero"))).id)
    app.invoicing.void(owner, i3.id, "typo")
    app.invoicing.record_payment(owner, i2.id, D("500"), paid_on=today)        # 20 kept as credit
    app.invoicing.record_payment(owner, i1.id, D("5"), paid_on=today)
    cn = app.invoicing.issue(owner, app.invoicing.credit_note(owner, i2.id, lines(("Catering refund", "-1", "50", "standard"))).id)
    return {"i1": i1, "i2": i2, "i3": i3, "cn": cn}


def check_common(ws, n_rows, money_cols, total_cols):
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}{n_rows + 1}"
    assert all(ws.cell(1, c).font.b for c in range(1, ws.max_column + 1))
    assert ws.column_dimensions["A"].width >= 6
    total_row = n_rows + 2
    assert ws.cell(total_row, 1).value == "Total"
    for c in total_cols:
        letter = ws.cell(1, c).column_letter
        assert ws.cell(total_row, c).value == f"=SUM({letter}2:{letter}{n_rows + 1})"
    for r in range(2, n_rows + 2):
        for c in money_cols:
            cell = ws.cell(r, c)
            assert cell.data_type == "n" and cell.number_format == MONEY_FMT, (r, c, cell.value)


def column_sum(ws, col, n_rows):
    return sum(D(str(ws.cell(r, col).value or 0)) for r in range(2, n_rows + 2))


def summary(wb):
    return {r[0].value: (r[1].value if r[1].value is not None else r[2].value if r[2].value is not None else r[3].value)
            for r in wb["Summary"].iter_rows(min_row=2)}


def test_register(app, bookkeeper, books, tmp_path):
    res = export(app, bookkeeper, "register", D0, D1, tmp_path / "register.xlsx")
    wb = openpyxl.load_workbook(res.path)
    assert wb.sheetnames == ["Invoice register", "Summary", "About this export"]
    ws = wb["Invoice register"]
    headers = [c.value for c in ws[1]]
    assert headers[:7] == ["Number", "Type", "Date", "Due date", "Customer", "Customer tax id", "Net"]
    assert "Tax 20 % (standard)" in headers and "Tax 5 % (reduced)" in headers and "Tax 0 % (zero)" in headers
    money_cols = [i for i, h in enumerate(headers, 1) if h in ("Net", "Tax total", "Gross", "Paid or credited", "Open") or h.startswith("Tax ")]
    check_common(ws, 4, money_cols, money_cols)
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2, max_row=5)}
    i1 = rows[books["i1"].number]
    assert isinstance(i1[2].value, datetime) and i1[2].number_format == DATE_FMT
    assert i1[4].value == "Ann Smith"                              # control character removed
    gross_col = headers.index("Gross") + 1
    assert rows[books["i3"].number][gross_col - 1].value == 0       # void counts as zero, number kept
    assert rows[books["i3"].number][headers.index("Status")].value == "void"
    sm = summary(wb)
    assert D(str(sm["Gross total"])) == column_sum(ws, gross_col, 4) == books["i1"].gross + books["i2"].gross + books["cn"].gross
    assert sm["Documents"] == 4 and sm["of which credit notes"] == 1
    about = {r[0].value: r[1].value for r in wb["About this export"].iter_rows(min_row=2)}
    assert about["Exported by"] == "bea (bookkeeper)" and about["Filter: period from"] == datetime(2026, 1, 1)
    assert about["Export"] == "Invoice register" and isinstance(about["Exported at (UTC)"], datetime)
    from core.kernel.version import app_version
    assert about["Deskmate version"] == app_version() != "0+unknown"


def test_lines(app, bookkeeper, books, tmp_path):
    res = export(app, bookkeeper, "lines", D0, D1, tmp_path / "lines.xlsx")
    ws = openpyxl.load_workbook(res.path)["Invoice lines"]
    assert res.rows == 4                                            # void invoice's line excluded
    check_common(ws, 4, [8, 13, 14, 15], [13, 14, 15])
    assert ws.cell(2, 6).data_type == "n" and ws.cell(2, 6).number_format == "#,##0.###"
    assert column_sum(ws, 15, 4) == books["i1"].gross + books["i2"].gross + books["cn"].gross


def test_payments_and_aging(app, bookkeeper, books, tmp_path):
    res = export(app, bookkeeper, "payments", D0, D1, tmp_path / "payments.xlsx")
    wb = openpyxl.load_workbook(res.path)
    ws = wb["Payments"]
    check_common(ws, 2, [4, 5, 6], [4, 5, 6])
    assert column_sum(ws, 6, 2) == D("20") and D(str(summary(wb)["Kept as customer credit"])) == D("20")
    res = export(app, bookkeeper, "aging", D0, app.today(), tmp_path / "aging.xlsx")
    wb = openpyxl.load_workbook(res.path)
    ws = wb["Aging"]
    check_common(ws, 1, list(range(2, 8)), list(range(2, 8)))
    assert ws.cell(1, 4).value == "31-60" and D(str(ws.cell(2, 4).value)) == books["i1"].gross - D("5")
    assert wb["Open invoices"].cell(2, 6).value == "31-60"


def test_export_needs_permission_and_cancel_writes_nothing(app, staff, bookkeeper, books, tmp_path):
    with pytest.raises(PermissionDenied):
        export(app, staff, "register", D0, D1, tmp_path / "x.xlsx")
    cancelled = Tracker()
    cancelled.cancel()
    with pytest.raises(Cancelled):
        export(app, bookkeeper, "lines", D0, D1, tmp_path / "out" / "y.xlsx", progress=cancelled)
    assert not list((tmp_path / "out").glob("*"))
    calls = []
    export(app, bookkeeper, "lines", D0, D1, tmp_path / "z.xlsx",
           progress=Tracker(lambda n, total, _text: calls.append((n, total))))
    assert calls[-1] == (4, 4)
