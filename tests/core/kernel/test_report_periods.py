"""The weekly buckets every report shares: they tile the period exactly, Monday to Sunday, and every
day finds its own bucket; the previous period has the same length, ends before this one starts and
falls on the same weekdays, so the two compare week for week."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.kernel.errors import DeskmateError
from core.kernel.reports import MAX_DAYS, Period, weeks_to_today, whole_weeks

days = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))


@given(days, st.integers(0, 400))
def test_weeks_tile_the_period_and_each_day_finds_its_week(start, length):
    p = Period(start, start + timedelta(days=length))
    weeks = p.weeks()
    assert weeks[0].start == p.start and weeks[-1].end == p.end
    assert sum(w.days for w in weeks) == p.days
    for a, b in zip(weeks, weeks[1:]):
        assert b.start == a.end + timedelta(days=1) and b.start.weekday() == 0 and a.end.weekday() == 6
    for offset in range(0, p.days, max(1, p.days // 20)):
        d = p.start + timedelta(days=offset)
        w = weeks[p.week_index(d)]
        assert w.start <= d <= w.end
    assert p.week_index(p.start - timedelta(days=1)) is None and p.week_index(p.end + timedelta(days=1)) is None
    prev = p.previous()
    assert prev.days == p.days and prev.end < p.start and (p.start - prev.start).days % 7 == 0
    assert (p.start - prev.end).days <= 7                       # at most a few days left between them
    assert [w.days for w in prev.weeks()] == [w.days for w in weeks]   # week for week


@given(days, st.integers(1, 60))
def test_whole_weeks_end_on_the_last_sunday(today, n):
    p = whole_weeks(today, n)
    assert p.end.weekday() == 6 and 0 <= (today - p.end).days <= 6
    assert p.start.weekday() == 0 and len(p.weeks()) == n


def test_a_period_must_run_forwards_and_not_too_long():
    with pytest.raises(DeskmateError, match="before it starts"):
        Period(date(2026, 11, 2), date(2026, 11, 1))
    with pytest.raises(DeskmateError, match="at most"):
        Period(date(2020, 1, 1), date(2020, 1, 1) + timedelta(days=MAX_DAYS))


@given(days, st.integers(1, 60))
def test_weeks_to_today_end_today_and_start_on_a_monday(today, n):
    p = weeks_to_today(today, n)
    assert p.end == today and p.start.weekday() == 0 and len(p.weeks()) == n


def test_the_collector_is_held_off_while_reports_compute_and_back_after_the_last():
    """Reports overlapping on two threads: the collector stays off until the last one ends, and is
    on again afterwards (it would stay off for good if each restored what it found)."""
    import gc
    import threading

    from core.kernel.reports import collector_paused
    assert gc.isenabled()
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen: list[bool] = []

    def first() -> None:
        with collector_paused():
            first_in.set()
            second_in.wait(5)
        first_out.set()

    def second() -> None:
        first_in.wait(5)
        with collector_paused():
            second_in.set()
            first_out.wait(5)
            seen.append(gc.isenabled())       # the first has ended; this one still runs
    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert seen == [False]
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()             # off before, off after
    finally:
        gc.enable()
