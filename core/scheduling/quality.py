"""Scheduling data-quality checks (run daily by the data-quality job)."""
from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.automation.quality import Finding
from core.scheduling import models as m
from core.scheduling import problem as pb
from core.kernel.formats import read_formats


def skills_nobody_has(session: Session, app: Any) -> list[Finding]:
    """A cover requirement or shift type needs a skill no active staff member has."""
    have = {sk for p in pb.active_staff(session) for sk in (p.skills or [])}
    out = []
    for t in pb.active_shift_types(session):
        for sk in sorted(set(t.skills or []) - have):
            out.append(Finding("shift_type", t.id, t.name, f"needs the skill '{sk}' but nobody has it",
                               "add the skill to someone who has it, or change the shift type", area="scheduling"))
    for c in session.scalars(select(m.CoverRequirement)):
        if c.skill and c.skill not in have and (c.required or c.hard_minimum):
            t = session.get(m.ShiftType, c.shift_type_id)
            out.append(Finding("cover_requirement", c.id, f"{t.name if t else '?'} cover",
                               f"asks for {c.required} '{c.skill}' but nobody has that skill",
                               "add the skill to someone, or lower the requirement", area="scheduling"))
    return out


def past_pending_appointments(session: Session, app: Any) -> list[Finding]:
    """Appointments in the past still pending or confirmed: were they completed, or no-shows?"""
    today = app.today()
    q = select(m.Appointment).where(m.Appointment.day < today,
                                    m.Appointment.state.in_(("pending", "confirmed")))
    fm = read_formats(session)
    return [Finding("appointment", a.id, f"appointment {a.id} on {fm.short_day(a.day)} {fm.clock(a.start_minute)}",
                    f"is still {a.state} although its day has passed",
                    "mark it completed (it becomes billable) or a no-show", area="scheduling",
                    details={"day": a.day.isoformat(), "state": a.state})
            for a in session.scalars(q)]


def published_roster_breaks_rules(session: Session, app: Any) -> list[Finding]:
    """A current or future published roster breaks a hard rule (e.g. time off approved later)."""
    svc = app.scheduling
    start = app.today() - timedelta(days=app.today().weekday())
    out = []
    for ro in session.scalars(select(m.Roster).where(m.Roster.state == "published", m.Roster.week_start >= start)):
        violations = svc.roster_violations(session, ro.id)
        if violations:
            out.append(Finding("roster", ro.id, f"roster week of {read_formats(session).short_day(ro.week_start)}",
                               f"breaks {len(violations)} rule(s): " + "; ".join(violations[:3]),
                               "edit the roster in Schedule → Roster", area="scheduling",
                               details={"violations": violations}))
    return out


CHECKS = [skills_nobody_has, past_pending_appointments, published_roster_breaks_rules]
