"""Due times: when each inbox item must be decided by, from its kind's ``due`` function.

Computed once when an item is drafted (and, for items drafted before due times existed, by the
migration that added the column), so the inbox can sort by urgency in SQL over any number of items.
"""
from __future__ import annotations

import logging
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from core.inbox.kinds import DueContext, KindSpec, kind_spec
from core.inbox.models import Suggestion
from core.kernel.formats import Formats
from core.kernel.i18n import _
from core.kernel.settings import SettingsService

log = logging.getLogger("deskmate.inbox")

OPEN = ("new", "snoozed", "escalated")


def shop_zone(session: Session) -> ZoneInfo:
    return ZoneInfo(SettingsService.read(session, "shop.timezone"))


def compute_due(session: Session, spec: KindSpec, *, subject_type: str, subject_id: object,
                occurrence: str, drafted_at: datetime, payload: Any,
                zone: ZoneInfo | None = None) -> datetime | None:
    """The kind's due time for one item, or None (no due function, or it cannot tell).

    A due function that fails must not stop a draft: the item is then simply not urgent-sorted,
    and the failure is logged for the maintainer.
    """
    if spec.due is None:
        return None
    ctx = DueContext(session=session, subject_type=subject_type, subject_id=str(subject_id),
                     occurrence=occurrence, drafted_at=drafted_at, zone=zone or shop_zone(session))
    try:
        with session.begin_nested():
            return spec.due(ctx, payload)
    except Exception:  # noqa: BLE001 - urgency is a convenience; the draft itself must happen
        log.warning("due time of a %s item could not be computed", spec.kind, exc_info=True)
        return None


def backfill(session: Session) -> int:
    """Give open items without a due time the one their kind computes (where it can)."""
    zone = shop_zone(session)
    rows = session.execute(select(Suggestion.id, Suggestion.kind, Suggestion.subject_type,
                                  Suggestion.subject_id, Suggestion.occurrence, Suggestion.created_at,
                                  Suggestion.payload)
                           .where(Suggestion.state.in_(OPEN), Suggestion.due_at.is_(None))).all()
    n = 0
    for r in rows:
        spec = kind_spec(r.kind)
        if spec is None:
            continue
        due = compute_due(session, spec, subject_type=r.subject_type, subject_id=r.subject_id,
                          occurrence=r.occurrence, drafted_at=r.created_at, payload=r.payload, zone=zone)
        if due is not None:
            session.execute(update(Suggestion).where(Suggestion.id == r.id).values(due_at=due))
            n += 1
    return n


def due_text(due: datetime | None, now: datetime, zone: ZoneInfo, formats: Formats | None = None) -> str:
    """A due time as a person scans a list: "today 14:30", "tomorrow", "Wed 09:45", "7 Dec",
    "since 28 Jun" for what is already past its day, in the shop's formats. Empty for no due time."""
    if due is None:
        return ""
    fm = formats or Formats(timezone=str(zone))
    local, today = due.astimezone(zone), now.astimezone(zone).date()
    day = local.date()
    clock = "" if (local.hour, local.minute) == (0, 0) else fm.time(local.time())
    short = fm.short_day(day) if day.year == today.year else fm.date(day)
    days = (day - today).days
    if days < 0:
        return _("since {day}").format(day=short)
    if days == 0:
        return _("today {time}").format(time=clock).strip() if clock else _("today")
    if days == 1:
        return _("tomorrow {time}").format(time=clock).strip() if clock else _("tomorrow")
    if days < 7:
        return f"{fm.weekday_name(day)} {clock}" if clock else fm.weekday_name(day)
    return short
