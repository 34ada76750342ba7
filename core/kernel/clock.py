"""Time as a dependency.

Services never call ``datetime.now()`` themselves: they ask the clock they were given, so tests
inject a :class:`FixedClock` instead of sleeping, and jobs can run "as of" another day.
"""
from __future__ import annotations

import threading
from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import Protocol
from zoneinfo import ZoneInfo


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware (UTC)."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(timezone.utc)


class FixedClock:
    """A clock that only moves when told to; thread-safe so jobs on worker threads can read it."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")
        self._now = start.astimezone(timezone.utc)
        self._lock = threading.Lock()

    def now(self) -> datetime:
        with self._lock:
            return self._now

    def set(self, when: datetime) -> None:
        with self._lock:
            self._now = when.astimezone(timezone.utc)

    def advance(self, delta: timedelta) -> None:
        with self._lock:
            self._now += delta


def local_today(clock: Clock, tz: str | tzinfo) -> date:
    """The calendar day it is in the shop's time zone (what "today" means to a person)."""
    zone = ZoneInfo(tz) if isinstance(tz, str) else tz
    return clock.now().astimezone(zone).date()


def utc(dt: datetime) -> datetime:
    if dt.tzinfo is None:
        raise ValueError("naive datetime where an instant was expected")
    return dt.astimezone(timezone.utc)
