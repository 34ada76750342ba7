"""The reorder job's fill-rate estimate works on products × days at once; it must give what the
day-by-day definition gives (the loop below, as the measure was first written) on any shop."""
from __future__ import annotations

import math
from datetime import date, timedelta

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.inventory.reports import fill_rate_estimate
from core.kernel.reports import Period

START = date(2026, 11, 1)


def by_the_day(period, window_start, sold, forecast, end_levels, last_day=None):
    served = demanded = 0.0
    end = min(period.end, last_day) if last_day is not None else period.end
    for i in range(len(end_levels)):
        d = period.start
        while d <= end:
            j = (d - window_start).days
            y = max(float(sold[i, j]), 0.0) if 0 <= j < sold.shape[1] else 0.0
            lost = 0.0
            before, after = end_levels[i].get(d - timedelta(days=1)), end_levels[i].get(d)
            if before is not None and after is not None and before <= 0 and after <= 0 and y == 0 \
                    and 0 <= j < sold.shape[1] and not math.isnan(float(forecast[i, j])):
                lost = max(float(forecast[i, j]), 0.0)
            served += y
            demanded += y + lost
            d += timedelta(days=1)
    return (served, demanded) if demanded > 0 else None


@st.composite
def shops(draw):
    n = draw(st.integers(1, 4))
    width = draw(st.integers(1, 20))
    sold = np.array([[draw(st.integers(-2, 6)) for _ in range(width)] for _ in range(n)], dtype=float)
    forecast = np.array([[draw(st.one_of(st.just(math.nan), st.floats(-1, 9, allow_nan=False)))
                          for _ in range(width)] for _ in range(n)])
    offset = draw(st.integers(-3, width + 2))          # the period may start before or after the window
    days = draw(st.integers(1, 12))
    period = Period(START + timedelta(days=offset), START + timedelta(days=offset + days - 1))
    levels = [{period.start + timedelta(days=k - 1): draw(st.integers(-2, 3)) for k in range(days + 1)
               if draw(st.booleans()) or k % 3} for _ in range(n)]
    last = draw(st.one_of(st.none(), st.integers(-2, days + 2).map(lambda k: period.start + timedelta(days=k))))
    return period, sold, forecast, levels, last


@settings(max_examples=150, deadline=None)
@given(shops())
def test_the_arrays_give_what_the_day_by_day_definition_gives(shop):
    period, sold, forecast, levels, last = shop
    want = by_the_day(period, START, sold, forecast, levels, last)
    got = fill_rate_estimate(period, START, sold, forecast, levels, last)
    if want is None:
        assert got is None
    else:
        assert got == pytest.approx(want, rel=1e-12, abs=1e-9)


def test_a_matrix_of_levels_counts_as_the_dictionaries_do():
    period = Period(date(2026, 11, 2), date(2026, 11, 5))
    sold = np.array([[0, 4, 2, 0, 0]], dtype=float)
    fc = np.array([[3, 3, 3, 3, math.nan]])
    matrix = np.array([[6, 2, 0, 0, 0]], dtype=np.int64)      # 1..5 Nov: the day before first
    assert fill_rate_estimate(period, date(2026, 11, 1), sold, fc, matrix) == (6.0, 9.0)
