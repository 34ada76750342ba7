"""Build the pure roster model from the database (one session, no writes)."""
from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.kernel.settings import SettingsService
from core.scheduling import models as m
from core.scheduling import roster as r
from core.scheduling.dto import AvailabilityWindow, ShiftTypeInfo, StaffInfo


def staff_info(s: m.StaffMember) -> StaffInfo:
    return StaffInfo(id=s.id, code=s.code, name=s.name, role=s.role, email=s.email,
                     skills=tuple(s.skills or ()), hourly_cost=s.hourly_cost, min_minutes=s.min_minutes,
                     max_minutes=s.max_minutes, target_minutes=s.target_minutes,
                     max_shifts=dict(s.max_shifts) if s.max_shifts is not None else None,
                     max_consecutive_shifts=s.max_consecutive_shifts,
                     min_consecutive_shifts=s.min_consecutive_shifts,
                     min_consecutive_days_off=s.min_consecutive_days_off, min_rest_minutes=s.min_rest_minutes,
                     max_weekends=s.max_weekends, active=s.active, user_id=s.user_id)


def shift_info(t: m.ShiftType) -> ShiftTypeInfo:
    return ShiftTypeInfo(id=t.id, code=t.code, name=t.name, start_minute=t.start_minute,
                         length_minutes=t.length_minutes, break_start_minute=t.break_start_minute,
                         break_minutes=t.break_minutes, skills=tuple(t.skills or ()),
                         forbidden_next=tuple(t.forbidden_next or ()), closing=t.closing, color=t.color)


def availability(session: Session, staff_id: int) -> list[AvailabilityWindow]:
    rows = session.scalars(select(m.StaffAvailability).where(m.StaffAvailability.staff_id == staff_id)
                           .order_by(m.StaffAvailability.weekday, m.StaffAvailability.start_minute))
    return [AvailabilityWindow(a.weekday, a.start_minute, a.end_minute) for a in rows]


def time_off_days(session: Session, staff_id: int, first: date, last: date) -> set[date]:
    days: set[date] = set()
    q = select(m.TimeOffRequest).where(m.TimeOffRequest.staff_id == staff_id,
                                       m.TimeOffRequest.state == "approved",
                                       m.TimeOffRequest.start_date <= last, m.TimeOffRequest.end_date >= first)
    for t in session.scalars(q):
        d = max(t.start_date, first)
        while d <= min(t.end_date, last):
            days.add(d)
            d += timedelta(days=1)
    return days


def active_staff(session: Session) -> list[m.StaffMember]:
    return list(session.scalars(select(m.StaffMember).where(m.StaffMember.active.is_(True))
                                .order_by(m.StaffMember.name)))


def active_shift_types(session: Session) -> list[m.ShiftType]:
    return list(session.scalars(select(m.ShiftType).where(m.ShiftType.active.is_(True))
                                .order_by(m.ShiftType.start_minute, m.ShiftType.code)))


WEEKEND_WINDOW = 28     # a contract's max_weekends counts working weekends in any 4 weeks


def weekend_allowance(max_weekends: int | None, days: int, worked_before: int) -> int | None:
    """Weekends a person may still work in a horizon of ``days``: the contract's limit per 4 weeks
    minus the weekends already worked in the weeks before that complete the 4-week window."""
    if max_weekends is None:
        return None
    if days >= WEEKEND_WINDOW:
        return max(0, max_weekends) * max(1, round(days / WEEKEND_WINDOW))
    return max(0, max_weekends - worked_before)


def build_problem(session: Session, week_start: date, days: int, weights: r.Weights,
                  include_staff: set[int] | None = None,
                  weekends_before: dict[int, int] | None = None) -> r.RosterProblem:
    """The roster model for ``days`` days from ``week_start``; staff ids are str(db id), shifts codes.
    ``weekends_before``: weekends each person worked in the days before that fall in the 4-week
    window of the weekend limit."""
    last = week_start + timedelta(days=days - 1)
    types = active_shift_types(session)
    shift_types = tuple(r.ShiftType(id=t.code, name=t.name, length=t.length_minutes, start=t.start_minute,
                                    skills=frozenset(t.skills or ()), forbidden_next=frozenset(t.forbidden_next or ()),
                                    closing=t.closing) for t in types)
    scale = days / 7
    staff = []
    for s in active_staff(session):
        if include_staff is not None and s.id not in include_staff:
            continue
        off = {(d - week_start).days for d in time_off_days(session, s.id, week_start, last)}
        windows = availability(session, s.id)
        unavailable = set()
        if windows:
            for i in range(days):
                wd = (week_start + timedelta(days=i)).weekday()
                for t in types:
                    if not any(w.weekday == wd and w.start_minute <= t.start_minute
                               and t.start_minute + t.length_minutes <= w.end_minute for w in windows):
                        unavailable.add((i, t.code))
        contract = r.Contract(
            min_minutes=round(s.min_minutes * scale),
            max_minutes=None if s.max_minutes is None else round(s.max_minutes * scale),
            max_shifts=None if s.max_shifts is None else {k: round(v * scale) for k, v in s.max_shifts.items()},
            max_consecutive_shifts=s.max_consecutive_shifts, min_consecutive_shifts=s.min_consecutive_shifts,
            min_consecutive_days_off=s.min_consecutive_days_off,
            max_weekends=weekend_allowance(s.max_weekends, days, (weekends_before or {}).get(s.id, 0)),
            min_rest_minutes=s.min_rest_minutes,
            target_minutes=None if s.target_minutes is None else round(s.target_minutes * scale))
        staff.append(r.Staff(id=str(s.id), name=s.name, contract=contract, skills=frozenset(s.skills or ()),
                             days_off=frozenset(off), unavailable=frozenset(unavailable),
                             hourly_cost=float(s.hourly_cost),
                             weekends_before=(weekends_before or {}).get(s.id, 0) if days < WEEKEND_WINDOW else 0))
    code_of = {t.id: t.code for t in types}
    cover = []
    for c in session.scalars(select(m.CoverRequirement)):
        if c.shift_type_id not in code_of:
            continue
        for i in range(days):
            if (week_start + timedelta(days=i)).weekday() == c.weekday:
                cover.append(r.Cover(day=i, shift=code_of[c.shift_type_id], required=c.required,
                                     under_weight=c.under_weight, over_weight=c.over_weight, skill=c.skill,
                                     hard_minimum=c.hard_minimum))
    ids = {p.id for p in staff}
    requests = []
    for pref in session.scalars(select(m.ShiftPreference)):
        if str(pref.staff_id) not in ids or pref.shift_type_id not in code_of:
            continue
        for i in range(days):
            if (week_start + timedelta(days=i)).weekday() == pref.weekday:
                requests.append(r.Request(str(pref.staff_id), i, code_of[pref.shift_type_id], pref.want, pref.weight))
    return r.RosterProblem(days=days, shift_types=shift_types, staff=tuple(staff), cover=tuple(cover),
                           requests=tuple(requests), weights=weights, start_date=week_start,
                           first_weekday=week_start.weekday(), name=f"week of {week_start}",
                           locale=str(SettingsService.read(session, "shop.locale")))


def cells_to_roster(problem: r.RosterProblem, week_start: date, cells: dict[tuple[int, date], str]) -> r.Roster:
    roster = problem.empty_roster()
    for (sid, day), code in cells.items():
        i = (day - week_start).days
        if str(sid) in roster and 0 <= i < problem.days:
            roster[str(sid)][i] = code
    return roster


def roster_to_cells(week_start: date, roster: r.Roster) -> dict[tuple[int, date], str]:
    return {(int(sid), week_start + timedelta(days=i)): code
            for sid, row in roster.items() for i, code in enumerate(row) if code is not None}


def jsonable_cells(cells: dict[tuple[int, date], str]) -> list[dict[str, Any]]:
    return [{"staff_id": sid, "day": d.isoformat(), "shift": code} for (sid, d), code in sorted(cells.items())]


def cells_from_json(rows: list[dict[str, Any]]) -> dict[tuple[int, date], str]:
    return {(int(x["staff_id"]), date.fromisoformat(x["day"])): str(x["shift"]) for x in rows if x.get("shift")}
