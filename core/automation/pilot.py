"""Pilot mode: a job that drafts as usual while its drafts stay out of the inbox, so the owner can
see whether it would have helped before relying on it.

A job in pilot (``JobConfig.pilot``) drafts suggestions in the state "pilot": nobody decides them
and nothing open is superseded. The area that owns the job declares how to compare its pilot
drafts with what people did by hand in the same period (``register_pilot_comparison`` in
``core/<area>/reports.py``): the reorder job against the purchase orders people placed, the reminder
job against the reminders people sent. Only jobs with such a comparison can be piloted: a pilot
nobody can read says nothing.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from core.inbox.models import Suggestion
from core.kernel.i18n import _, ngettext, pgettext
from core.kernel.registry import AreaRegistry
from core.kernel.reports import Period, instant_bounds, shop_zone

if TYPE_CHECKING:
    from core.app import Deskmate

MODES = ("off", "pilot", "on")
PILOT_STATE = "pilot"


def mode_word(mode: str) -> str:
    """A job's mode as people read it, in their language."""
    return {"off": pgettext("switch", "off"), "on": pgettext("switch", "on"),
            "pilot": pgettext("switch", "pilot")}.get(mode, mode)


@dataclass(frozen=True)
class PilotDraft:
    """One suggestion a job drafted in pilot: the shop's day it was drafted, its subject and payload."""

    id: int
    day: date
    subject_id: str
    payload: Any


@dataclass(frozen=True)
class PilotComparison:
    """How to read a job's pilot: ``compare(app, period, drafts)`` returns one sentence comparing
    the drafts with what people did by hand in the period ("would have ordered 12 of the 14
    products people ordered; 3 extra; quantities within 10 % for 9")."""

    job_id: str
    by_hand: str              # what people's own work is, in words ("the purchase orders people placed")
    compare: Callable[["Deskmate", Period, list[PilotDraft]], str]


_COMPARISONS: AreaRegistry[PilotComparison] = AreaRegistry("reports", key=lambda c: c.job_id)


def register_pilot_comparison(c: PilotComparison) -> PilotComparison:
    return _COMPARISONS.register(c)


def pilot_comparison(job_id: str) -> PilotComparison | None:
    return _COMPARISONS.get(job_id)


def pilot_drafts(app: "Deskmate", job_id: str, period: Period) -> list[PilotDraft]:
    """The job's pilot drafts made in the period, oldest first (on the created_at index)."""
    zone = shop_zone(app)
    lo, hi = instant_bounds(period, zone)
    with app.db.read() as s:
        rows = s.execute(select(Suggestion.id, Suggestion.created_at, Suggestion.subject_id, Suggestion.payload)
                         .where(Suggestion.created_at >= lo, Suggestion.created_at < hi,
                                Suggestion.job_id == job_id, Suggestion.state == PILOT_STATE)
                         .order_by(Suggestion.created_at, Suggestion.id)).all()
    return [PilotDraft(i, at.astimezone(zone).date(), subject, payload) for i, at, subject, payload in rows]


def pilot_summary(app: "Deskmate", job_id: str, period: Period) -> str:
    """The pilot's comparison for the period, or "" when the job has none or drafted nothing in pilot."""
    c = pilot_comparison(job_id)
    if c is None:
        return ""
    drafts = pilot_drafts(app, job_id, period)
    if not drafts:
        return ""
    return ngettext("{n} pilot draft against {by_hand}: {comparison}",
                    "{n} pilot drafts against {by_hand}: {comparison}", len(drafts)).format(
                        n=len(drafts), by_hand=_(c.by_hand), comparison=c.compare(app, period, drafts))
