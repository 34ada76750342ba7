"""Scheduling data-quality checks (run daily by the data-quality job)."""
from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.automation.quality import Finding
from core.scheduling import models as m
from core.scheduling import problem as pb
from core.inbox.texts import stored, stored_n
from core.kernel.formats import read_formats
from core.kernel.i18n import N_, _


def skills_nobody_has(session: Session, app: Any) -> list[Finding]:
    """A cover requirement or shift type needs a skill no active staff member has."""
    have = {sk for p in pb.active_staff(session) for sk in (p.skills or [])}
    out = []
    for t in pb.active_shift_types(session):
        for sk in sorted(set(t.skills or []) - have):
            out.append(Finding("shift_type", t.id, t.name, stored("needs the skill '{skill}' but nobody has it", skill=sk),
                               stored("add the skill to someone who has it, or change the shift type"),
                               area="scheduling"))
    for c in session.scalars(select(m.CoverRequirement)):
        if c.skill and c.skill not in have and (c.required or c.hard_minimum):
            t = session.get(m.ShiftType, c.shift_type_id)
            out.append(Finding("cover_requirement", c.id, _("{shift} cover").format(shift=t.name if t else "?"),
                               stored("asks for {n} '{skill}' but nobody has that skill", n=c.required, skill=c.skill),
                               stored("add the skill to someone, or lower the requirement"), area="scheduling"))
    return out


def past_pending_appointments(session: Session, app: Any) -> list[Finding]:
    """Appointments in the past still pending or confirmed: were they completed, or no-shows?"""
    today = app.today()
    q = select(m.Appointment).where(m.Appointment.day < today,
                                    m.Appointment.state.in_(("pending", "confirmed")))
    fm = read_formats(session)
    return [Finding("appointment", a.id, _("appointment {id} on {day} {time}").format(
                        id=a.id, day=fm.short_day(a.day), time=fm.clock(a.start_minute)),
                    stored("is still pending although its day has passed") if a.state == "pending" else
                    stored("is still confirmed although its day has passed"),
                    stored("mark it completed (it becomes billable) or a no-show"), area="scheduling",
                    details={N_("day"): a.day.isoformat(), N_("state"): a.state},
                    key=f"is still {a.state} although its day has passed")
            for a in session.scalars(q)]


def published_roster_breaks_rules(session: Session, app: Any) -> list[Finding]:
    """A current or future published roster breaks a hard rule (e.g. time off approved later)."""
    svc = app.scheduling
    start = app.today() - timedelta(days=app.today().weekday())
    out = []
    for ro in session.scalars(select(m.Roster).where(m.Roster.state == "published", m.Roster.week_start >= start)):
        violations = svc.roster_violations(session, ro.id)
        if violations:
            out.append(Finding("roster", ro.id, _("roster week of {day}").format(
                                   day=read_formats(session).short_day(ro.week_start)),
                               stored_n("breaks {n} rule: {rules}", "breaks {n} rules: {rules}", len(violations),
                                        rules="; ".join(violations[:3])),
                               stored("edit the roster in Schedule → Roster"), area="scheduling",
                               details={N_("violations"): violations},
                               key=f"breaks {len(violations)} rule(s): " + "; ".join(violations[:3])))
    return out


CHECKS = [skills_nobody_has, past_pending_appointments, published_roster_breaks_rules]
