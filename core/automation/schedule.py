"""Schedule text <-> APScheduler triggers, and counting the fire times a closed app missed.

A schedule is stored as text so a person can read and edit it:

* ``cron:MIN HOUR DOM MON DOW`` — crontab fields, in the shop's time zone (``cron:0 6 * * *``)
* ``interval:SECONDS`` — every so many seconds (``interval:3600``); ``interval:30m``/``2h`` also read

Interval triggers are anchored at the job's last fire time so that APScheduler's fire times and
the catch-up arithmetic here agree about what "due" means.
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from core.kernel.errors import ValidationError

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
# Enumerating the fire times of a job closed for a year at one-minute intervals would be pointless:
# beyond this many we only say "at least".
MAX_COUNTED = 10_000


def _zone(tz: str | tzinfo) -> tzinfo:
    return ZoneInfo(tz) if isinstance(tz, str) else tz


def interval_seconds(text: str) -> int:
    m = re.fullmatch(r"\s*(\d+)\s*([smhd]?)\s*", text)
    if not m:
        raise ValueError(f"'{text}' is not a number of seconds (or 30m, 2h, 1d)")
    n = int(m.group(1)) * _UNITS[m.group(2) or "s"]
    if n < 1:
        raise ValueError("an interval must be at least one second")
    return n


def parse_schedule(text: str, tz: str | tzinfo, anchor: datetime | None = None) -> BaseTrigger:
    """Build the trigger; raises ValidationError with a message a person can act on."""
    zone = _zone(tz)
    kind, _, spec = (text or "").strip().partition(":")
    try:
        if kind == "cron":
            return CronTrigger.from_crontab(spec.strip(), timezone=zone)
        if kind == "interval":
            seconds = interval_seconds(spec)
            start = anchor if anchor is not None else None
            return IntervalTrigger(seconds=seconds, start_date=start, timezone=zone)
    except ValueError as exc:
        raise ValidationError(f"schedule '{text}': {exc}") from None
    raise ValidationError(f"schedule '{text}' should start with 'cron:' (e.g. cron:0 6 * * *) "
                          "or 'interval:' (e.g. interval:3600)")


def validate_schedule(text: str, tz: str | tzinfo = "UTC") -> str:
    text = (text or "").strip()
    parse_schedule(text, tz)
    kind, _, spec = text.partition(":")
    return f"{kind}:{' '.join(spec.split())}"


def describe(text: str) -> str:
    """A short human reading of a schedule ("daily at 06:00", "every 1 h")."""
    kind, _, spec = (text or "").partition(":")
    if kind == "interval":
        try:
            n = interval_seconds(spec)
        except ValueError:
            return text
        for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
            if n % size == 0:
                return f"every {n // size} {unit}"
        return f"every {n} s"
    if kind == "cron":
        f = spec.split()
        if len(f) == 5 and f[0].isdigit() and f[1].isdigit() and f[2:] == ["*", "*", "*"]:
            return f"daily at {int(f[1]):02d}:{int(f[0]):02d}"
        if len(f) == 5 and f[0].isdigit() and f[1].isdigit() and f[2:4] == ["*", "*"]:
            return f"at {int(f[1]):02d}:{int(f[0]):02d} on days {f[4]}"
    return text


def fire_times(trigger: BaseTrigger, after: datetime, until: datetime,
               limit: int = MAX_COUNTED) -> list[datetime]:
    """Fire times t with after < t <= until (at most ``limit``), oldest first."""
    out: list[datetime] = []
    prev = after
    while len(out) < limit:
        nxt = trigger.get_next_fire_time(prev, until)
        if nxt is None or nxt > until:
            break
        if nxt <= prev:   # defensive: a trigger must move forward
            nxt = prev + timedelta(seconds=1)
            continue
        out.append(nxt)
        prev = nxt
    return out
