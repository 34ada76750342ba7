"""A day at a glance for the Today page: who is on shift, and where cover falls short.

Read from the roster covering each day (the published one, else the newest draft), so the answer
is what the shop actually planned. Names and shift times only: nobody's pay or contract.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.scheduling import models as m
from core.scheduling.dto import hm

if TYPE_CHECKING:
    from core.kernel.db import Database


@dataclass(frozen=True)
class OnShift:
    staff_id: int
    name: str
    shift_code: str
    shift_name: str
    start_minute: int
    end_minute: int
    roster_id: int

    @property
    def hours(self) -> str:
        return f"{hm(self.start_minute)}–{hm(self.end_minute % (24 * 60))}"


@dataclass(frozen=True)
class CoverGap:
    """A shift on a day with fewer people (with the skill) than the shop needs."""

    day: date
    shift_code: str
    shift_name: str
    skill: str | None
    required: int
    assigned: int
    roster_id: int | None          # None: no roster covers the day yet
    roster_state: str              # published | draft | none

    @property
    def missing(self) -> int:
        return self.required - self.assigned


class DayMixin:
    """Mixed into the scheduling service, which provides ``db`` and ``_roster_covering``."""

    db: "Database"

    def _day_cells(self, s: Session, day: date) -> tuple[int | None, list[tuple[int, str]]]:
        rid = self._roster_covering(s, day)  # type: ignore[attr-defined]
        if rid is None:
            return None, []
        q = (select(m.RosterShift.staff_id, m.ShiftType.code)
             .join(m.ShiftType, m.ShiftType.id == m.RosterShift.shift_type_id)
             .where(m.RosterShift.roster_id == rid, m.RosterShift.day == day))
        return rid, [(sid, code) for sid, code in s.execute(q)]

    def on_shift(self, day: date) -> list[OnShift]:
        """Who works on ``day``, by shift start."""
        with self.db.read() as s:
            rid, cells = self._day_cells(s, day)
            if rid is None:
                return []
            types = {t.code: t for t in s.scalars(select(m.ShiftType))}
            names = dict(s.execute(select(m.StaffMember.id, m.StaffMember.name)).all())
            out = [OnShift(sid, names.get(sid, "?"), code, types[code].name, types[code].start_minute,
                           types[code].start_minute + types[code].length_minutes, rid)
                   for sid, code in cells if code in types]
        return sorted(out, key=lambda o: (o.start_minute, o.name))

    def cover_gaps(self, first: date, last: date) -> list[CoverGap]:
        """Every (day, shift, skill) from ``first`` to ``last`` staffed below its requirement."""
        out: list[CoverGap] = []
        with self.db.read() as s:
            types = {t.id: t for t in s.scalars(select(m.ShiftType))}
            reqs = list(s.scalars(select(m.CoverRequirement)))
            skills = {sid: set(sk or ()) for sid, sk in s.execute(select(m.StaffMember.id, m.StaffMember.skills))}
            day = first
            while day <= last:
                rid, cells = self._day_cells(s, day)
                state = s.scalar(select(m.Roster.state).where(m.Roster.id == rid)) if rid else "none"
                for req in reqs:
                    st = types.get(req.shift_type_id)
                    if req.weekday != day.weekday() or st is None or not st.active or req.required <= 0:
                        continue
                    n = sum(1 for sid, code in cells
                            if code == st.code and (not req.skill or req.skill in skills.get(sid, set())))
                    if n < req.required:
                        out.append(CoverGap(day, st.code, st.name, req.skill, req.required, n, rid, state or "none"))
                day += timedelta(days=1)
        start = {t.code: t.start_minute for t in types.values()}
        return sorted(out, key=lambda g: (g.day, start.get(g.shift_code, 0), g.shift_code))
