"""Schedule text <-> APScheduler triggers, and counting the fire times a closed app missed.

A schedule is stored as text so a person can read and edit it:

* ``cron:MIN HOUR DOM MON DOW`` — crontab fields, in the shop's time zone (``cron:0 6 * * *``);
  day of week as in crontab: 0 or 7 = Sunday, 1 = Monday (``cron:0 6 * * 1-5`` = weekdays)
* ``interval:SECONDS`` — every so many seconds (``interval:3600``); ``interval:30m``/``2h`` also read

Interval triggers are anchored at the job's last fire time so that APScheduler's fire times and
the catch-up arithmetic here agree about what "due" means.
"""
from __future__ import annotations

import re
from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo

from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from core.kernel.errors import ValidationError
from core.kernel.i18n import _, current_language

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
# Enumerating the fire times of a job closed for a year at one-minute intervals would be pointless:
# beyond this many we only say "at least".
MAX_COUNTED = 10_000


DAY_NAMES = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")   # crontab numbering: 0 (or 7) = Sunday


def crontab_days(field: str) -> str:
    """A crontab day-of-week field as APScheduler weekday names.

    APScheduler 3.x numbers weekdays from Monday = 0 even in ``from_crontab`` (its issue 286), so
    ``cron:0 7 * * 1`` would run on Tuesdays. We read the field as crontab does (0/7 = Sunday,
    1 = Monday ... 6 = Saturday) and hand APScheduler names, which mean the same to both.
    """
    field = field.strip().lower()
    if field in ("*", "?"):
        return "*"
    days: set[int] = set()
    for term in field.split(","):
        base, _sep, step_text = term.partition("/")
        step = int(step_text) if step_text else 1
        if step < 1:
            raise ValueError(_("bad step in day of week '{term}'").format(term=term))
        if base == "*":
            lo, hi = 0, 6
        elif "-" in base:
            a, b = base.split("-", 1)
            lo, hi = _day_number(a), _day_number(b, upper=True)
            if hi < lo:
                raise ValueError(_("day of week range '{range}' runs backwards").format(range=base))
        else:
            lo = hi = _day_number(base)
            if step_text:
                hi = 6
        days.update(d % 7 for d in range(lo, hi + 1, step))
    if days == set(range(7)):
        return "*"
    order = [1, 2, 3, 4, 5, 6, 0]                       # mon..sun, as people read a week
    return ",".join(DAY_NAMES[d] for d in order if d in days)


def _day_number(text: str, upper: bool = False) -> int:
    text = text.strip()
    if text[:3] in DAY_NAMES:
        n = DAY_NAMES.index(text[:3])
        return 7 if (upper and n == 0) else n
    if not text.isdigit() or not 0 <= int(text) <= 7:
        raise ValueError(_("'{text}' is not a day of the week (0-7 or sun-sat)").format(text=text))
    n = int(text)
    return n if (upper or n != 7) else 0


def _zone(tz: str | tzinfo) -> tzinfo:
    return ZoneInfo(tz) if isinstance(tz, str) else tz


def interval_seconds(text: str) -> int:
    m = re.fullmatch(r"\s*(\d+)\s*([smhd]?)\s*", text)
    if not m:
        raise ValueError(_("'{text}' is not a number of seconds (or 30m, 2h, 1d)").format(text=text))
    n = int(m.group(1)) * _UNITS[m.group(2) or "s"]
    if n < 1:
        raise ValueError(_("an interval must be at least one second"))
    return n


def parse_schedule(text: str, tz: str | tzinfo, anchor: datetime | None = None) -> BaseTrigger:
    """Build the trigger; raises ValidationError with a message a person can act on."""
    zone = _zone(tz)
    kind, _sep, spec = (text or "").strip().partition(":")
    try:
        if kind == "cron":
            fields = spec.split()
            if len(fields) != 5:
                raise ValueError(_("a cron schedule has 5 fields (minute hour day month weekday), "
                                   "not {n}").format(n=len(fields)))
            minute, hour, day, month, dow = fields
            return CronTrigger(minute=minute, hour=hour, day=day, month=month,
                               day_of_week=crontab_days(dow), timezone=zone)
        if kind == "interval":
            seconds = interval_seconds(spec)
            start = anchor if anchor is not None else None
            return IntervalTrigger(seconds=seconds, start_date=start, timezone=zone)
    except ValueError as exc:
        raise ValidationError(_("schedule '{schedule}': {error}").format(schedule=text, error=exc)) from None
    raise ValidationError(_("schedule '{schedule}' should start with 'cron:' (e.g. cron:0 6 * * *) "
                            "or 'interval:' (e.g. interval:3600)").format(schedule=text))


def validate_schedule(text: str, tz: str | tzinfo = "UTC") -> str:
    text = (text or "").strip()
    parse_schedule(text, tz)
    kind, _sep, spec = text.partition(":")
    return f"{kind}:{' '.join(spec.split())}"


def describe(text: str) -> str:
    """A short human reading of a schedule ("daily at 06:00", "every 1 h")."""
    kind, _sep, spec = (text or "").partition(":")
    if kind == "interval":
        try:
            n = interval_seconds(spec)
        except ValueError:
            return text
        for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
            if n % size == 0:
                return _("every {n} {unit}").format(n=n // size, unit=unit)
        return _("every {n} {unit}").format(n=n, unit="s")
    if kind == "cron":
        f = spec.split()
        if len(f) == 5 and f[0].isdigit() and f[1].isdigit() and f[2:] == ["*", "*", "*"]:
            return _("daily at {time}").format(time=f"{int(f[1]):02d}:{int(f[0]):02d}")
        if len(f) == 5 and f[0].isdigit() and f[1].isdigit() and f[2:4] == ["*", "*"]:
            try:
                days = crontab_days(f[4])
            except ValueError:
                return text
            at = f"{int(f[1]):02d}:{int(f[0]):02d}"
            if days == "mon,tue,wed,thu,fri":
                return _("at {time} on weekdays").format(time=at)
            if days == "sat,sun":
                return _("at {time} on weekends").format(time=at)
            return _("at {time} on {days}").format(time=at, days=_day_list(days))
    return text


def _day_list(days: str) -> str:
    """"mon,wed" as the reader's language abbreviates weekdays ("Mon, Wed"; "Mo., Mi.")."""
    from babel.dates import get_day_names
    names = get_day_names("abbreviated", locale=current_language())
    monday_first = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    return ", ".join(names[monday_first.index(d)] for d in days.split(","))


def fire_times(trigger: BaseTrigger, after: datetime, until: datetime,
               limit: int = MAX_COUNTED) -> list[datetime]:
    """Fire times t with after < t <= until (at most ``limit``), oldest first.

    ``after`` may lie beyond ``until``: a job last fired by a computer whose clock ran ahead, or
    this computer's clock set back. There is nothing due then, and a trigger asked for the next
    time from ``until`` can answer a time at or before ``after``; the loop ends there instead of
    asking for ever."""
    out: list[datetime] = []
    if after >= until:
        return out
    prev = after
    while len(out) < limit:
        nxt = trigger.get_next_fire_time(prev, until)
        if nxt is None or nxt > until or nxt <= prev:   # a trigger that does not move forward ends it
            break
        out.append(nxt)
        prev = nxt
    return out
