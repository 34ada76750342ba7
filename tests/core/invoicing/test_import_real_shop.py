"""Invoice import of data as shops have it: a point-of-sale export in the online-retailer layout
(InvoiceNo, StockCode, Description, Quantity, InvoiceDate, UnitPrice, CustomerID, Country) with
walk-in sales, lines stamped minutes apart and blank descriptions."""
from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal as D

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from core.invoicing.importer import NO_DESCRIPTION, import_invoices
from core.io.book_exports import export
from core.kernel.errors import ValidationError

HEADER = ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID",
          "Country"]


def retail_csv(path, rows, extra=None):
    """Write rows (tuples in HEADER order, plus ``extra`` columns) as the retailer's export."""
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER + list(extra or []))
        w.writerows(rows)
    return path


DAY = [
    ("536365", "85123A", "WHITE HANGING HEART T-LIGHT HOLDER", 6, "12/1/2010 8:26", "2.55", "17850", "United Kingdom"),
    ("536365", "71053", "WHITE METAL LANTERN", 6, "12/1/2010 8:27", "3.39", "17850", "United Kingdom"),
    ("536366", "22633", "HAND WARMER UNION JACK", 6, "12/1/2010 8:28", "1.85", "", "United Kingdom"),
    ("536366", "22632", "HAND WARMER RED POLKA DOT", 6, "12/1/2010 8:28", "1.85", "", "United Kingdom"),
    ("536367", "84879", "ASSORTED COLOUR BIRD ORNAMENT", 32, "12/1/2010 8:34", "1.69", "13047", "United Kingdom"),
    ("536368", "22960", "", 3, "12/1/2010 8:34", "4.25", "", "United Kingdom"),
    ("536368", "22913", "RED COAT RACK PARIS FASHION", 3, "12/1/2010 8:35", "4.95", "", "United Kingdom"),
    ("C536369", "22914", "BLUE COAT RACK PARIS FASHION", -1, "12/1/2010 8:40", "4.95", "13047", "United Kingdom"),
]


def test_walk_in_sales_import_to_the_cash_sales_customer_created_once(app, owner, tmp_path):
    f = retail_csv(tmp_path / "day.csv", DAY)
    dry = import_invoices(app, owner, f, dry_run=True)
    assert "2 invoice(s) name no customer: booked to 'Cash sales'" in dry.notes
    assert app.customers.search("") == []                         # a dry run creates nobody
    rep = import_invoices(app, owner, f)
    assert rep.created == 5 and rep.rows_written == 8 and not rep.problems
    assert rep.mapping["customer"] == "CustomerID" and rep.mapping["item_code"] == "StockCode"
    cash = app.customers.search("Cash sales")
    assert len(cash) == 1
    walk_ins = [app.invoicing.by_number(n) for n in ("536366", "536368")]
    assert {i.customer_id for i in walk_ins} == {cash[0].id}
    assert walk_ins[0].gross == D("22.20")
    assert app.invoicing.by_number("536365").customer_name == "17850"
    # a later file reuses the same customer, and a renamed setting takes effect for new ones
    app.settings.update(owner, {"invoicing.cash_customer": "Till"})
    more = [("536400", "22960", "JAM MAKING SET", 1, "12/2/2010 9:00", "4.25", "", "United Kingdom")]
    import_invoices(app, owner, retail_csv(tmp_path / "next.csv", more))
    assert app.invoicing.by_number("536400").customer_name == "Till"
    assert len(app.customers.search("Cash sales")) == 1


def test_cash_sales_appear_in_the_register_and_every_export(app, owner, tmp_path):
    rows = [r + (("9.60",) if r[0] == "536366" else ("",)) for r in DAY]
    import_invoices(app, owner, retail_csv(tmp_path / "day.csv", rows, extra=["Paid"]))
    d0, d1 = date(2010, 1, 1), date(2026, 12, 31)
    customers_in = {}
    for kind, sheet in (("register", "Invoice register"), ("lines", "Invoice lines"),
                        ("payments", "Payments"), ("aging", "Open invoices")):
        res = export(app, owner, kind, d0, d1, tmp_path / f"{kind}.xlsx")
        ws = openpyxl.load_workbook(res.path)[sheet]
        headers = [c.value for c in ws[1]]
        col = headers.index("Customer")
        customers_in[kind] = {r[col] for r in ws.iter_rows(min_row=2, values_only=True) if r[0] != "Total"}
    for kind, names in customers_in.items():
        assert "Cash sales" in names, (kind, names)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 23), st.integers(0, 59)), min_size=2, max_size=6, unique=True))
def test_lines_minutes_apart_on_one_day_take_the_earliest_time(app, owner, tmp_path_factory, times):
    folder = tmp_path_factory.mktemp("times")
    number = f"T{abs(hash(tuple(times))) % 10**9}"
    rows = [(number, f"S{i}", f"Item {i}", 1, f"3/13/2010 {h}:{m:02d}", "1.00", "12346", "UK")
            for i, (h, m) in enumerate(times)]
    import_invoices(app, owner, retail_csv(folder / "t.csv", rows))
    inv = app.invoicing.by_number(number)
    h, m = min(times)
    assert inv.issue_date == date(2010, 3, 13) and inv.source_detail["time"] == f"{h:02d}:{m:02d}:00"
    assert len(inv.lines) == len(times)


def test_lines_on_different_days_stay_an_error(app, owner, tmp_path):
    rows = [("9001", "A", "Tea", 1, "3/12/2010 23:59", "1.00", "12346", "UK"),
            ("9001", "B", "Cake", 1, "3/13/2010 00:01", "2.00", "12346", "UK")]
    with pytest.raises(ValidationError) as e:
        import_invoices(app, owner, retail_csv(tmp_path / "d.csv", rows))
    p = e.value.problems[0]
    assert (p.row, p.column) == (3, "InvoiceDate") and "lines are on different days" in p.reason
    assert app.invoicing.list() == []


def test_a_customer_named_on_some_lines_only_is_the_invoices_and_two_customers_are_an_error(app, owner, tmp_path):
    rows = [("9002", "A", "Tea", 1, "3/12/2010 10:00", "1.00", "", "UK"),
            ("9002", "B", "Cake", 1, "3/12/2010 10:01", "2.00", "12346", "UK"),
            ("9003", "A", "Tea", 1, "3/12/2010 10:00", "1.00", "12346", "UK"),
            ("9003", "B", "Cake", 1, "3/12/2010 10:01", "2.00", "12347", "UK")]
    with pytest.raises(ValidationError) as e:
        import_invoices(app, owner, retail_csv(tmp_path / "c.csv", rows))
    assert [(p.row, p.column) for p in e.value.problems] == [(5, "CustomerID")]
    import_invoices(app, owner, retail_csv(tmp_path / "c.csv", rows), skip_invalid=True)
    assert app.invoicing.by_number("9002").customer_name == "12346"
    assert app.customers.search("Cash sales") == []


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(["", "  ", "\t", "Real text"]), st.sampled_from(["", "85123A"])),
                min_size=1, max_size=6))
def test_blank_descriptions_fall_back_to_the_item_code_with_a_counted_note(app, owner, tmp_path_factory, lines):
    folder = tmp_path_factory.mktemp("desc")
    number = f"B{abs(hash(tuple(lines))) % 10**9}"
    rows = [(number, code, desc, 1, "3/12/2010 10:00", "0", "12346", "UK") for desc, code in lines]
    rep = import_invoices(app, owner, retail_csv(folder / "b.csv", rows))
    want = [d.strip() or c or NO_DESCRIPTION for d, c in lines]
    assert [ln.description for ln in app.invoicing.by_number(number).lines] == want
    by_code = sum(1 for d, c in lines if not d.strip() and c)
    blank = sum(1 for d, c in lines if not d.strip() and not c)
    notes = [n for n in rep.notes if "have no description" in n]
    if by_code + blank == 0:
        assert notes == [] and not rep.problems
    else:
        assert notes[0].startswith(f"{by_code + blank} line(s) have no description")
        assert (f"{by_code} by their item code" in notes[0]) == bool(by_code)
        assert (f"{blank} as '{NO_DESCRIPTION}'" in notes[0]) == bool(blank)


def test_xlsx_customer_numbers_read_as_whole_numbers(app, owner, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADER)
    ws.append(["536365", "85123A", None, 6, "2010-12-01 08:26", 2.55, 17850.0, "United Kingdom"])
    wb.save(tmp_path / "r.xlsx")
    rep = import_invoices(app, owner, tmp_path / "r.xlsx")
    inv = app.invoicing.by_number("536365")
    assert inv.customer_name == "17850" and inv.lines[0].description == "85123A"
    assert "1 line(s) have no description: named 1 by their item code" in rep.notes
