"""Importers: header detection, validation report, all-or-nothing, idempotence, cancellation."""
from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from core.inventory.models import ImportRow, Product, SalesDaily, StockMovement
from core.kernel import parsers
from core.kernel.errors import DeskmateError, ValidationError


def write_csv(path: Path, rows: list[list[object]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    return path


def counts(app):
    with app.db.read() as s:
        return (s.scalar(select(func.count(Product.id))), s.scalar(select(func.count(StockMovement.id))),
                s.scalar(select(func.count(ImportRow.key))))


def test_online_retail_headers_returns_and_month_first_dates(app, owner, tmp_path):
    f = write_csv(tmp_path / "retail.csv", [
        ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID"],
        ["536365", "85123A", "WHITE HANGING HEART", "6", "12/1/2010 8:26", "2.55", "17850"],
        ["536366", "22633", "HAND WARMER", "6", "12/13/2010 8:28", "1.85", "17850"],
        ["C536379", "85123A", "WHITE HANGING HEART", "-2", "12/13/2010 9:41", "2.55", "14527"],
    ])
    rep = app.inventory.import_file(owner, "sales", f)
    assert rep.mapping == {"date": "InvoiceDate", "sku": "StockCode", "name": "Description",
                           "quantity": "Quantity", "unit_price": "UnitPrice",
                           "transaction": "InvoiceNo", "customer": "CustomerID"}
    assert rep.rows_written == 3 and rep.created == 2
    p = app.inventory.product_by_sku("85123A")
    assert p.on_hand == Decimal(-4)                       # 6 sold, 2 returned
    with app.db.read() as s:
        days = dict(s.execute(select(SalesDaily.day, SalesDaily.quantity)
                              .where(SalesDaily.product_id == p.id)).all())
    assert {d.isoformat(): q for d, q in days.items()} == {"2010-12-01": 6, "2010-12-13": -2}


def test_bakery_style_rows_count_each_item_and_reimport_adds_nothing(app, owner, tmp_path):
    f = write_csv(tmp_path / "b.csv", [["Date", "Time", "Transaction", "Item"],
                                       ["2016-10-30", "10:05:34", "2", "Scandinavian"],
                                       ["2016-10-30", "10:05:34", "2", "Scandinavian"],
                                       ["2016-10-30", "10:07:57", "3", "NONE"]])
    rep = app.inventory.import_file(owner, "sales", f)
    assert rep.rows_written == 2 and "placeholder" in rep.notes[0]
    assert app.inventory.product_by_sku("SCANDINAVIAN").on_hand == -2
    before = counts(app)
    rep2 = app.inventory.import_file(owner, "sales", f)
    assert rep2.rows_written == 0 and rep2.rows_duplicate == 2
    assert counts(app)[:2] == before[:2]
    # an overlapping later export only adds its new row
    f2 = write_csv(tmp_path / "b2.csv", [["Date", "Time", "Transaction", "Item"],
                                         ["2016-10-30", "10:05:34", "2", "Scandinavian"],
                                         ["2016-10-30", "10:05:34", "2", "Scandinavian"],
                                         ["2016-10-31", "09:00:00", "4", "Scandinavian"]])
    assert app.inventory.import_file(owner, "sales", f2).rows_written == 1
    assert app.inventory.product_by_sku("SCANDINAVIAN").on_hand == -3


def test_errors_name_file_row_column_and_nothing_is_written(app, owner, tmp_path):
    f = write_csv(tmp_path / "bad.csv", [["Date", "Item", "Qty"], ["2017-01-01", "Tea", "2"],
                                         ["2017-02-30", "Tea", "1"], ["2017-01-02", "Tea", "two"]])
    with pytest.raises(ValidationError) as e:
        app.inventory.import_file(owner, "sales", f)
    probs = [str(p) for p in e.value.problems]
    assert probs == ["bad.csv, row 3, column 'Date': '2017-02-30' is not a valid date",
                     "bad.csv, row 4, column 'Qty': 'two' is not a number"]
    assert counts(app) == (0, 0, 0)
    rep = app.inventory.import_file(owner, "sales", f, skip_invalid=True)
    assert rep.rows_written == 1 and rep.rows_skipped == 2 and len(rep.problems) == 2


def test_dry_run_writes_nothing_and_map_overrides(app, owner, tmp_path):
    f = write_csv(tmp_path / "p.csv", [["Ref", "Label", "Buy"], ["A1", "Apple", "0.30"]])
    with pytest.raises(ValidationError, match="columns do not fit"):
        app.inventory.import_file(owner, "products", f)
    m = {"sku": "Ref", "name": "Label", "cost": "3"}
    rep = app.inventory.import_file(owner, "products", f, mapping=m, dry_run=True)
    assert rep.created == 1 and counts(app)[0] == 0
    app.inventory.import_file(owner, "products", f, mapping=m)
    assert app.inventory.product_by_sku("A1").cost == Decimal("0.30")


def test_products_suppliers_and_stock_counts_from_xlsx(app, owner, tmp_path):
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.append(["Supplier", "Lead time", "Order days", "Email"])
    ws.append(["Mill & Co", 3, "Mon, Thu", "mill@example.com"])
    wb.save(tmp_path / "s.xlsx")
    wb = Workbook()
    ws = wb.active
    ws.append(["SKU", "Name", "Category", "Cost", "Price", "Pack size", "Supplier", "Min", "Max"])
    ws.append(["FL1", "Flour 1kg", "Baking", 0.8, 1.5, 10, "Mill & Co", 5, 30])
    wb.save(tmp_path / "p.xlsx")
    wb = Workbook()
    ws = wb.active
    ws.append(["SKU", "Counted"])
    ws.append(["FL1", 17])
    wb.save(tmp_path / "c.xlsx")
    app.inventory.import_file(owner, "suppliers", tmp_path / "s.xlsx")
    rep = app.inventory.import_file(owner, "products", tmp_path / "p.xlsx")
    assert rep.created == 1
    sup = app.inventory.suppliers()[0]
    assert sup.lead_time_days == 3 and sup.ordering_days == "0,3"
    p = app.inventory.product_by_sku("FL1")
    assert p.supplier == "Mill & Co" and p.pack_size == 10 and p.owner_max == 30
    app.inventory.import_file(owner, "stock", tmp_path / "c.xlsx")
    assert app.inventory.product_by_sku("FL1").on_hand == 17
    assert app.inventory.import_file(owner, "stock", tmp_path / "c.xlsx").rows_duplicate == 1


def test_cancelling_from_progress_leaves_nothing(app, owner, tmp_path):
    rows = [["Date", "Item"]] + [["2017-01-01", f"Item {i % 50}"] for i in range(12_000)]
    f = write_csv(tmp_path / "big.csv", rows)

    from core.kernel.progress import Cancelled, Tracker
    seen = []

    def pressed_cancel(done, total, text):      # the person presses Cancel after the first report
        seen.append(done)
        progress.cancel()
    progress = Tracker(pressed_cancel)
    with pytest.raises(Cancelled, match="nothing was written"):
        app.inventory.import_file(owner, "sales", f, progress=progress)
    assert seen == [5000] and counts(app) == (0, 0, 0)


def test_unknown_product_in_stock_count_is_reported(app, owner, tmp_path):
    f = write_csv(tmp_path / "c.csv", [["SKU", "Qty"], ["NOPE", "3"]])
    with pytest.raises(ValidationError) as e:
        app.inventory.import_file(owner, "stock", f)
    assert str(e.value.problems[0]) == "c.csv, row 2, column 'SKU': unknown product 'NOPE'"


def test_not_a_table(app, owner, tmp_path):
    f = tmp_path / "x.pdf"
    f.write_bytes(b"%PDF")
    with pytest.raises(DeskmateError, match="only CSV and XLSX"):
        app.inventory.import_file(owner, "sales", f)


# ----------------------------------------------------------------------------- properties

good_row = st.tuples(st.dates(min_value=__import__("datetime").date(2015, 1, 1),
                              max_value=__import__("datetime").date(2026, 1, 1)).map(lambda d: d.isoformat()),
                     st.sampled_from(["Tea", "Coffee", "Bread", "Cake"]),
                     st.integers(-3, 20).map(str))
bad_cell = st.sampled_from([("date", "31/31/2017"), ("date", "not a date"), ("date", ""),
                            ("qty", "1.2.3"), ("qty", "abc"), ("qty", "NaN"), ("item", "")])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(good_row, min_size=1, max_size=15), bad=bad_cell, at=st.integers(0, 100))
def test_any_malformed_row_is_reported_and_nothing_written(app, owner, tmp_path_factory, rows, bad, at):
    pos = at % (len(rows) + 1)
    date_, item, qty = "2017-01-01", "Tea", "1"
    field, value = bad
    bad_row = [value if field == "date" else date_, value if field == "item" else item,
               value if field == "qty" else qty]
    data = [list(r) for r in rows]
    data.insert(pos, bad_row)
    path = write_csv(tmp_path_factory.mktemp("h") / "sales.csv", [["Date", "Item", "Quantity"]] + data)
    before = counts(app)
    with pytest.raises(ValidationError) as e:
        app.inventory.import_file(owner, "sales", path)
    assert [p.row for p in e.value.problems] == [pos + 2]
    assert all(p.file == "sales.csv" and p.column for p in e.value.problems)
    assert counts(app) == before


@settings(max_examples=40, deadline=None)
@given(st.decimals(min_value=-10**6, max_value=10**6, places=2, allow_nan=False))
def test_decimal_parser_round_trips(d):
    assert parsers.p_decimal(str(d)) == d
    assert parsers.p_decimal(f"{d:,}") == d


product_row = st.tuples(st.from_regex(r"[A-Z]{2}[0-9]{3}", fullmatch=True),
                        st.sampled_from(["Flour", "Sugar", "Oats", "Honey"]),
                        st.decimals(min_value=0, max_value=100, places=2).map(str),
                        st.integers(1, 24).map(str))
bad_product_cell = st.sampled_from([("cost", "-1"), ("cost", "cheap"), ("pack", "0"), ("pack", "-6"),
                                    ("pack", "six"), ("level", "1.5"), ("level", "40%")])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(product_row, min_size=1, max_size=10, unique_by=lambda r: r[0]),
       bad=bad_product_cell, at=st.integers(0, 50))
def test_any_malformed_product_row_is_reported_and_nothing_written(app, owner, tmp_path_factory,
                                                                    rows, bad, at):
    pos = at % (len(rows) + 1)
    field, value = bad
    bad_row = ["ZZ999", "Bad one", value if field == "cost" else "1.00",
               value if field == "pack" else "6", value if field == "level" else "0.95"]
    data = [list(r) + ["0.95"] for r in rows]
    data.insert(pos, bad_row)
    path = write_csv(tmp_path_factory.mktemp("p") / "products.csv",
                     [["SKU", "Name", "Cost", "Pack size", "Service level"]] + data)
    before = counts(app)
    with pytest.raises(ValidationError) as e:
        app.inventory.import_file(owner, "products", path)
    assert [(p.row, p.file) for p in e.value.problems] == [(pos + 2, "products.csv")]
    assert e.value.problems[0].column in ("Cost", "Pack size", "Service level")
    assert counts(app) == before
