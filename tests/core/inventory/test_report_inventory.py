"""Sales and stock reports on a hand-made shop: every figure worked out by hand (see the comments)."""
from __future__ import annotations

import csv
from datetime import date, datetime, timezone
from decimal import Decimal

import pytest

FROM, TO = date(2026, 11, 16), date(2026, 11, 29)


@pytest.fixture
def trend_shop(app, owner, clock, tmp_path):
    """A: cost 2, price 5 (Drinks): +10 on 10 Nov, sells 4 on 17th and 6 on 18th (empty 18th-24th),
    +20 on 25th, sells 5 on 26th. B: cost 10, price 20 (Food): +3 on 1 Nov, sells 1 on 10th and 2 on
    27th (empty 27th-29th). C: cost 1, price 2, no group: +5 on 1 Nov, never sells."""
    clock.set(datetime(2026, 11, 30, 9, tzinfo=timezone.utc))
    inv = app.inventory
    a = inv.create_product(owner, "A", "Apple juice", cost="2", price="5", category="Drinks")
    b = inv.create_product(owner, "B", "Bread", cost="10", price="20", category="Food")
    c = inv.create_product(owner, "C", "Candle", cost="1", price="2")
    inv.adjust_stock(owner, b.id, "3", "opening stock", day=date(2026, 11, 1))
    inv.adjust_stock(owner, c.id, "5", "opening stock", day=date(2026, 11, 1))
    inv.adjust_stock(owner, a.id, "10", "delivery", day=date(2026, 11, 10))
    inv.adjust_stock(owner, a.id, "20", "delivery", day=date(2026, 11, 25))
    f = tmp_path / "sales.csv"
    with f.open("w", newline="") as fh:
        csv.writer(fh).writerows([["Date", "SKU", "Quantity"], ["2026-11-10", "B", "1"], ["2026-11-17", "A", "4"],
                                  ["2026-11-18", "A", "6"], ["2026-11-26", "A", "5"], ["2026-11-27", "B", "2"]])
    inv.import_file(owner, "sales", f)
    return a, b, c


def test_sales_by_week_group_and_movers(app, owner, trend_shop):
    r = app.reports.run(owner, "sales", FROM, TO)
    s = {x.name: x.values for x in r.series}
    assert s["units sold"] == (10, 7)
    assert s["sales value"] == (Decimal("50.00"), Decimal("65.00"))      # 10×5 ; 5×5 + 2×20
    f = {x.key: x for x in r.figures}
    assert (f["sales_value"].value, f["sales_value"].previous) == (Decimal("115.00"), Decimal("20.00"))
    assert f["sales_value"].verdict == "better"
    assert f["units_sold"].value == 17 and f["weekly_value"].value == Decimal("57.50")
    groups, fastest, slowest = r.tables
    assert groups.rows == (("Drinks", 15, Decimal("75.00"), Decimal("65.2")), ("Food", 2, Decimal("40.00"),
                                                                               Decimal("34.8")))
    assert [row[0] for row in fastest.rows] == ["A Apple juice", "B Bread"]
    assert fastest.rows[0][1:] == (15, Decimal("7.5"), 15, Decimal("30.00"))
    assert [row[0] for row in slowest.rows] == ["C Candle", "A Apple juice"]     # B holds nothing at the end


def test_stock_value_stockouts_and_turnover(app, owner, trend_shop):
    r = app.reports.run(owner, "stock", FROM, TO)
    s = {x.name: x.values for x in r.series}
    assert s["stock value at cost"] == (Decimal("25.00"), Decimal("35.00"))   # B 20 + C 5 ; A 30 + C 5
    assert s["days a product was sold out"] == (5, 5)                              # A 18-22 ; A 23-24 + B 27-29
    f = {x.key: x for x in r.figures}
    assert f["stockout_days"].value == 10 and f["stockout_days"].previous == 0
    assert f["stockout_days"].verdict == "worse"
    assert f["stock_value"].value == Decimal("35.00") and f["stock_value"].previous == Decimal("45.00")
    assert f["cogs"].value == Decimal("50.00")
    assert f["turnover"].value == Decimal("43.45")       # 50 × 365 / 14 / ((25 + 35) / 2)
    assert f["turnover"].previous == Decimal("6.52")     # 10 × 365 / 14 / ((35 + 45) / 2)


def test_staff_see_units_not_money(app, staff, trend_shop):
    r = app.reports.run(staff, "sales", FROM, TO)
    assert [x.name for x in r.series] == ["units sold"]
    assert all(x.unit != "money" for x in r.figures)
    assert r.tables[0].columns == ("Product group", "Units sold", "Share of sales value %")
    assert r.hidden and "money" in r.hidden[0]
    st = app.reports.run(staff, "stock", FROM, TO)
    assert [x.name for x in st.series] == ["days a product was sold out"]
    assert "stock_value" not in {x.key for x in st.figures}


def test_quantities_read_without_their_storage_scale(app, owner, trend_shop):
    r = app.reports.run(owner, "sales", FROM, TO)
    units = r.figure("units_sold")
    assert str(units.value) == "17" and str(units.previous) == "1"
    assert r.as_dict()["series"][1]["values"] == ["10", "7"]
    from core.kernel.reports import tidy
    assert str(tidy(Decimal("7.5000"), "units")) == "7.5" and str(tidy(Decimal("1000.0000"), "units")) == "1000"
    assert str(tidy(Decimal("12.50"), "money")) == "12.50"


def test_stock_value_above_order_up_to_and_movers(app, owner, trend_shop):
    a, b, c = trend_shop
    app.inventory.update_product(owner, c.id, owner_min="1", owner_max="2")   # C holds 5: 3 above, at cost 1
    app.inventory.update_product(owner, a.id, owner_min="5", owner_max="10")  # A: 15 at the end of week 2
    r = app.reports.run(owner, "stock", FROM, TO)
    s = {x.name: x.values for x in r.series}
    # week 1 (22 Nov): A empty, C 5 → 3 above × 1 ; week 2 (29 Nov): A 15 → 5 above × 2, C 3 × 1
    assert s["value above order-up-to"] == (Decimal("3.00"), Decimal("13.00"))
    f = r.figure("above_upto")
    assert f.value == Decimal("13.00") and f.previous == Decimal("3.00") and f.verdict == "worse"
    fastest, slowest = r.tables
    assert [row[0] for row in fastest.rows] == ["A Apple juice", "B Bread"]
    assert [row[0] for row in slowest.rows] == ["C Candle", "A Apple juice"]
    assert slowest.rows[0][1:] == (0, Decimal("0.0"), 5, Decimal("5.00"))


def test_a_kept_snapshot_is_not_reused_after_a_change(app, owner, trend_shop):
    a, b, c = trend_shop
    from core.inventory import reports
    first = app.reports.run(owner, "stock", FROM, TO).figure("above_upto").value
    kept = dict(reports._snapshots)
    assert app.reports.run(owner, "stock", FROM, TO).figure("above_upto").value == first
    assert reports._snapshots == kept                                  # the second run reused them
    app.inventory.update_product(owner, c.id, owner_min="1", owner_max="2")    # audited: a new version
    assert app.reports.run(owner, "stock", FROM, TO).figure("above_upto").value == first + Decimal("3.00")
