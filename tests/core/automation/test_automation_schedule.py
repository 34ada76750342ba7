"""Schedule text: crontab semantics (0/7 = Sunday), intervals, catch-up counting."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.automation.schedule import crontab_days, describe, fire_times, parse_schedule, validate_schedule
from core.kernel.errors import ValidationError

WED = datetime(2026, 11, 25, 9, 0, tzinfo=timezone.utc)      # a Wednesday


def _next(text: str, after: datetime = WED, tz: str = "UTC") -> datetime:
    return parse_schedule(text, tz).get_next_fire_time(None, after)


def test_weekdays_follow_crontab_not_apschedulers_numbering():
    assert _next("cron:0 7 * * 1").strftime("%A %F") == "Monday 2026-11-30"
    assert _next("cron:0 7 * * 0").strftime("%A") == "Sunday"
    assert _next("cron:0 7 * * 7").strftime("%A") == "Sunday"
    assert _next("cron:0 7 * * 3").strftime("%A %F") == "Wednesday 2026-12-02"   # 07:00 today has passed
    assert [d.strftime("%a") for d in fire_times(parse_schedule("cron:0 6 * * 1-5", "UTC"), WED,
                                                 WED + timedelta(days=7))] == \
        ["Thu", "Fri", "Mon", "Tue", "Wed"]


@given(st.sets(st.integers(min_value=0, max_value=7), min_size=1))
def test_any_list_of_crontab_days_fires_exactly_on_those_days(days):
    text = "cron:30 6 * * " + ",".join(map(str, sorted(days)))
    week = fire_times(parse_schedule(text, "UTC"), WED, WED + timedelta(days=7))
    # Python: Monday = 0 ... Sunday = 6; crontab: Sunday = 0 or 7, Monday = 1
    expected = {(d - 1) % 7 for d in days}
    assert {t.weekday() for t in week} == expected and len(week) == len(expected)


def test_shop_time_zone_and_dst():
    t = _next("cron:0 6 * * *", datetime(2026, 3, 28, 12, tzinfo=timezone.utc), tz="Europe/London")
    assert t.astimezone(timezone.utc).isoformat() == "2026-03-29T05:00:00+00:00"   # BST begins


def test_intervals_and_units():
    anchor = WED
    trig = parse_schedule("interval:30m", "UTC", anchor)
    assert [t - anchor for t in fire_times(trig, anchor, anchor + timedelta(hours=1))] == \
        [timedelta(minutes=30), timedelta(hours=1)]
    assert describe("interval:3600") == "every 1 h" and describe("interval:90") == "every 90 s"


def test_descriptions():
    assert describe("cron:0 6 * * *") == "daily at 06:00"
    assert describe("cron:0 6 * * 1-5") == "at 06:00 on weekdays"
    assert describe("cron:15 7 * * 1,4") == "at 07:15 on Mon, Thu"


@pytest.mark.parametrize("bad", ["", "daily", "cron:0 6 * *", "cron:61 6 * * *", "cron:0 6 * * 8",
                                 "cron:0 6 * * 5-1", "interval:0", "interval:soon"])
def test_bad_schedules_are_refused_with_a_message(bad):
    with pytest.raises(ValidationError, match="schedule"):
        validate_schedule(bad)


def test_validate_normalises_spacing():
    assert validate_schedule("  cron:0   6 * *  1-5 ") == "cron:0 6 * * 1-5"
    assert crontab_days("0-6") == "*" and crontab_days("sat,sun") == "sat,sun"


def test_a_last_fire_time_beyond_now_gives_nothing_due_and_ends():
    """A job last fired by a computer whose clock ran ahead (or this clock set back): nothing is
    due, and the count ends — a daily 09:00 job asked at exactly 09:00 used to loop for ever."""
    ahead = WED + timedelta(days=6, hours=15)
    for text in ("cron:0 9 * * *", "cron:0 7 * * *", "interval:3600"):
        assert fire_times(parse_schedule(text, "UTC"), ahead, WED) == []
    assert fire_times(parse_schedule("cron:0 9 * * *", "UTC"), WED, WED) == []
    assert fire_times(parse_schedule("cron:0 9 * * *", "UTC"), WED - timedelta(minutes=1), WED) == [WED]
