"""Forecast accuracy: the weighted error and bias arithmetic on hand-made arrays, and the report on
a shop where one product sells the same every day (the forecast is exact) and one does not."""
from __future__ import annotations

import csv
import math
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal as D

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from core.inventory.reports import accuracy_by_week
from core.kernel.reports import Period

NAN = math.nan


def test_weighted_error_and_bias_by_week_and_class_known_answer():
    period = Period(date(2026, 11, 20), date(2026, 11, 24))          # Fri-Sun, Mon-Tue: two weeks
    start = date(2026, 11, 19)                                        # column 0 is the day before
    sold = np.array([[9, 2, 4, 0, 5, 5],
                     [9, 1, 0, 0, 3, 0]], dtype=float)
    fc = np.array([[9, 2, 2, 2, 5, 4],
                   [9, NAN, 1, 1, 3, 1]], dtype=float)
    weeks, per_class, total = accuracy_by_week(period, start, sold, fc, np.array(["smooth", "lumpy"]))
    # week 1 (20-22 Nov): |2-2|+|2-4|+|2-0| = 4 over 6 sold (A), + |1-0|+|1-0| = 2 over 0 (B; no forecast 20th)
    assert (weeks[0].abs_error, weeks[0].sold, weeks[0].over) == (6, 6, 2)
    assert weeks[0].wape == D("100.0") and weeks[0].bias == D("33.3")
    # week 2 (23-24 Nov): A |5-5|+|4-5| = 1, B |3-3|+|1-0| = 1, over 13 sold; over = -1 + 1
    assert (weeks[1].abs_error, weeks[1].sold, weeks[1].over) == (2, 13, 0)
    assert weeks[1].wape == D("15.4") and weeks[1].bias == D("0.0")
    assert per_class["smooth"].wape == D("31.3")                     # 5 / 16
    assert per_class["lumpy"].wape == D("100.0") and per_class["lumpy"].days == 4
    assert total.wape == D("42.1") and total.days == 9               # 8 / 19


@given(st.lists(st.tuples(st.integers(0, 50), st.integers(0, 50)), min_size=1, max_size=20))
def test_wape_is_the_share_missed_and_bias_its_signed_twin(pairs):
    sold = np.array([[float(a) for a, _ in pairs]])
    fc = np.array([[float(b) for _, b in pairs]])
    period = Period(date(2026, 1, 5), date(2026, 1, 5) + timedelta(days=len(pairs) - 1))
    _, _, total = accuracy_by_week(period, period.start, sold, fc, np.array(["smooth"]))
    units = sum(a for a, _ in pairs)
    if units == 0:
        assert total.wape is None and total.bias is None
        return
    assert total.wape is not None and total.bias is not None
    assert abs(total.bias) <= total.wape + D("0.1")                  # |Σ(f−y)| ≤ Σ|f−y|
    assert total.abs_error == sum(abs(b - a) for a, b in pairs)


def test_forecast_report_exact_for_a_steady_seller(app, owner, clock, tmp_path):
    clock.set(datetime(2026, 11, 30, 9, tzinfo=timezone.utc))
    inv = app.inventory
    inv.create_product(owner, "S", "Steady", cost="1", price="2")
    inv.create_product(owner, "J", "Jumpy", cost="1", price="2")
    rows = [["Date", "SKU", "Quantity"]]
    day = date(2026, 7, 1)
    while day <= date(2026, 11, 29):
        rows.append([day.isoformat(), "S", "3"])
        if day.day % 3 == 0 or day >= date(2026, 11, 23):
            rows.append([day.isoformat(), "J", "8" if day >= date(2026, 11, 23) else "2"])
        day += timedelta(days=1)
    f = tmp_path / "sales.csv"
    with f.open("w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    inv.import_file(owner, "sales", f)
    r = app.reports.run(owner, "forecast", date(2026, 11, 16), date(2026, 11, 29))
    classes = {row[0].split()[0]: row for row in r.tables[0].rows}
    assert classes["smooth"][1:] == (1, 42, D("0.0"), D("0.0"))      # 3 a day, forecast 3 a day
    week2 = {x.name: x.values[1] for x in r.series}
    assert week2["bias %"] < 0                                        # J jumped to 8 a day: forecast too low
    assert r.figure("product_days").value == 28 and r.figure("units").value == 42 + 7 * 8 + 2 * 2
    assert r.figure("wape").verdict in ("worse", "better", "same")


def test_days_after_the_newest_sales_are_not_counted():
    period = Period(date(2026, 11, 23), date(2026, 11, 25))
    sold = np.array([[4, 0, 0]], dtype=float)
    fc = np.array([[4, 4, 4]], dtype=float)
    _, _, total = accuracy_by_week(period, period.start, sold, fc, np.array(["smooth"]), date(2026, 11, 23))
    assert total.days == 1 and total.wape == D("0.0")
