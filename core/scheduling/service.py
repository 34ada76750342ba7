"""The scheduling service: staff, shift types, cover, rosters (draft → published), swaps, fairness,
and appointments. Every write takes an Actor, checks permission, runs in one unit of work and
records an audit entry in it. Session-level helpers (``*_in``) are what inbox appliers call.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from core.inbox.reason import reason_card
from core.inbox.texts import stored, stored_n, tmsg, tmsg_n
from core.kernel.actor import Actor
from core.kernel.audit import record
from core.kernel.actor import Role
from core.kernel.errors import ConflictError, NotFound, PermissionDenied, Problem, ValidationError
from core.kernel.i18n import N_, _, ngettext, pgettext
from core.kernel.limits import check_money
from core.kernel.progress import Progress
from core.scheduling.fields import check_staff, hours_problem, time_off_problem
from core.scheduling import models as m
from core.scheduling import problem as pb
from core.scheduling import roster as r
from core.scheduling import visibility as vis
from core.scheduling import wording
from core.scheduling.appointments import AppointmentsMixin
from core.scheduling.day import DayMixin
from core.scheduling.dto import (
    AvailabilityWindow, CoverInfo, EditResult, FairnessRow, PlanResult, RosterView, ShiftTypeInfo,
    StaffInfo, TimeOffInfo, Warning_, hm, plain)
from core.scheduling.rules import evaluate, fairness_counts, fairness_pool
from core.users.permissions import Perm, require

if TYPE_CHECKING:
    from core.app import Deskmate

AREA = "scheduling"

WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def parse_iso_week(text: str) -> date:
    """'2026-W49' -> the Monday of that ISO week."""
    try:
        year, week = text.upper().split("-W")
        return date.fromisocalendar(int(year), int(week), 1)
    except ValueError:
        raise ValidationError(_("'{text}' is not a week like 2026-W49").format(text=text)) from None


def _get(session: Session, model: Any, ident: int, what: str) -> Any:
    obj = session.get(model, ident)
    if obj is None:
        raise NotFound(_("{what} {ident} does not exist").format(what=_(what), ident=ident))
    return obj


class SchedulingService(AppointmentsMixin, DayMixin):
    def __init__(self, app: "Deskmate") -> None:
        self.app = app
        self.db = app.db

    # ------------------------------------------------------------------ settings
    def weights(self, session: Session) -> r.Weights:
        s = self.app.settings
        return r.Weights(weekends=s.read(session, "scheduling.fair_weekends"),
                         evenings=s.read(session, "scheduling.fair_evenings"),
                         closings=s.read(session, "scheduling.fair_closings"),
                         hours=s.read(session, "scheduling.fair_hours"))

    # ------------------------------------------------------------------ staff
    STAFF_FIELDS = ("code", "name", "role", "email", "skills", "hourly_cost", "min_minutes", "max_minutes",
                    "target_minutes", "max_shifts", "max_consecutive_shifts", "min_consecutive_shifts",
                    "min_consecutive_days_off", "min_rest_minutes", "max_weekends", "active", "user_id")

    def _staff_values(self, values: dict[str, Any]) -> dict[str, Any]:
        unknown = set(values) - set(self.STAFF_FIELDS)
        if unknown:
            raise ValidationError(ngettext("unknown staff field: {items}", "unknown staff fields: {items}",
                                           len(unknown)).format(items=', '.join(sorted(unknown))))
        out = dict(values)
        check_staff(out)   # the Staff tab checks the same as it is typed
        if "name" in out:
            out["name"] = str(out["name"]).strip()
        if "skills" in out:
            out["skills"] = sorted({str(x).strip() for x in out["skills"] if str(x).strip()})
        if "hourly_cost" in out:
            out["hourly_cost"] = check_money(out["hourly_cost"], "hourly cost")
        lo, hi = out.get("min_minutes"), out.get("max_minutes")
        if hours_problem(lo, hi):
            raise ValidationError(_("minimum minutes {lo} exceed maximum {hi}").format(lo=lo, hi=hi))
        return out

    def add_staff(self, actor: Actor, **values: Any) -> StaffInfo:
        require(actor, Perm.EDIT_ROSTER)
        vals = self._staff_values(values)
        with self.db.uow() as s:
            if not vals.get("code"):
                n = len(list(s.scalars(select(m.StaffMember.id)))) + 1
                vals["code"] = f"S{n:03d}"
            if s.scalar(select(m.StaffMember).where(m.StaffMember.code == vals["code"])):
                raise ConflictError(_("staff code {code} is already used").format(code=vals['code']))
            row = m.StaffMember(**vals)
            s.add(row)
            s.flush()
            info = pb.staff_info(row)
            record(s, actor, area=AREA, action="staff.add", entity="staff_member", entity_id=row.id,
                   after=plain(info), summary=_("added {name}").format(name=row.name), at=self.app.clock.now())
            return info

    def update_staff(self, actor: Actor, staff_id: int, **values: Any) -> StaffInfo:
        require(actor, Perm.EDIT_ROSTER)
        vals = self._staff_values(values)
        with self.db.uow() as s:
            row = _get(s, m.StaffMember, staff_id, N_("staff member"))
            before = {k: getattr(row, k) for k in vals}
            for k, v in vals.items():
                setattr(row, k, v)
            s.flush()
            record(s, actor, area=AREA, action="staff.update", entity="staff_member", entity_id=staff_id,
                   before=before, after=vals, summary=_("changed {name}").format(name=row.name), at=self.app.clock.now())
            return pb.staff_info(row)

    def list_staff(self, include_inactive: bool = False, *, viewer: Actor | None = None) -> list[StaffInfo]:
        """Everyone on the staff list, as ``viewer`` may see them (staff: no colleagues' pay,
        contract hours or e-mail; ``None`` = the system, sees all)."""
        with self.db.read() as s:
            q = select(m.StaffMember).order_by(m.StaffMember.name)
            if not include_inactive:
                q = q.where(m.StaffMember.active.is_(True))
            return [vis.staff_for(viewer, pb.staff_info(x)) for x in s.scalars(q)]

    def get_staff(self, staff_id: int, *, viewer: Actor | None = None) -> StaffInfo:
        with self.db.read() as s:
            return vis.staff_for(viewer, pb.staff_info(_get(s, m.StaffMember, staff_id, N_("staff member"))))

    def own_staff_id(self, actor: Actor) -> int | None:
        """The staff record linked to ``actor``'s login (None when not linked)."""
        if actor.user_id is None:
            return None
        with self.db.read() as s:
            return s.scalar(select(m.StaffMember.id).where(m.StaffMember.user_id == actor.user_id))

    def availability(self, staff_id: int) -> list[AvailabilityWindow]:
        with self.db.read() as s:
            return pb.availability(s, staff_id)

    def set_availability(self, actor: Actor, staff_id: int, windows: list[AvailabilityWindow]) -> None:
        """Replace a person's weekly availability (empty = available at any time)."""
        require(actor, Perm.EDIT_ROSTER)
        for w in windows:
            if not (0 <= w.weekday <= 6 and 0 <= w.start_minute < w.end_minute <= 24 * 60):
                raise ValidationError(_("bad availability window {value} {hm}–{hm2}").format(value=WEEKDAYS[w.weekday % 7], hm=hm(w.start_minute), hm2=hm(w.end_minute)))
        with self.db.uow() as s:
            row = _get(s, m.StaffMember, staff_id, N_("staff member"))
            before = pb.availability(s, staff_id)
            s.execute(delete(m.StaffAvailability).where(m.StaffAvailability.staff_id == staff_id))
            for w in windows:
                s.add(m.StaffAvailability(staff_id=staff_id, weekday=w.weekday, start_minute=w.start_minute,
                                          end_minute=w.end_minute))
            record(s, actor, area=AREA, action="staff.availability", entity="staff_member", entity_id=staff_id,
                   before=plain(before), after=plain(windows), summary=_("availability of {name}").format(name=row.name), at=self.app.clock.now())

    def set_preference(self, actor: Actor, staff_id: int, weekday: int, shift_code: str, want: bool,
                       weight: int = 1) -> None:
        require(actor, Perm.EDIT_ROSTER)
        with self.db.uow() as s:
            st = self._shift_by_code(s, shift_code)
            _get(s, m.StaffMember, staff_id, N_("staff member"))
            s.execute(delete(m.ShiftPreference).where(m.ShiftPreference.staff_id == staff_id,
                                                      m.ShiftPreference.weekday == weekday,
                                                      m.ShiftPreference.shift_type_id == st.id))
            s.add(m.ShiftPreference(staff_id=staff_id, weekday=weekday, shift_type_id=st.id, want=want,
                                    weight=weight))
            record(s, actor, area=AREA, action="staff.preference", entity="staff_member", entity_id=staff_id,
                   after={"weekday": weekday, "shift": shift_code, "want": want, "weight": weight},
                   at=self.app.clock.now())

    def preferences(self, staff_id: int) -> list[tuple[int, str, bool, int]]:
        """(weekday, shift code, want, weight) of one person."""
        with self.db.read() as s:
            q = (select(m.ShiftPreference, m.ShiftType.code).join(m.ShiftType)
                 .where(m.ShiftPreference.staff_id == staff_id).order_by(m.ShiftPreference.weekday))
            return [(p.weekday, code, p.want, p.weight) for p, code in s.execute(q)]

    def remove_preference(self, actor: Actor, staff_id: int, weekday: int, shift_code: str) -> None:
        require(actor, Perm.EDIT_ROSTER)
        with self.db.uow() as s:
            st = self._shift_by_code(s, shift_code)
            s.execute(delete(m.ShiftPreference).where(m.ShiftPreference.staff_id == staff_id,
                                                      m.ShiftPreference.weekday == weekday,
                                                      m.ShiftPreference.shift_type_id == st.id))
            record(s, actor, area=AREA, action="staff.preference_removed", entity="staff_member",
                   entity_id=staff_id, before={"weekday": weekday, "shift": shift_code}, at=self.app.clock.now())

    # ------------------------------------------------------------------ shift types and cover
    def _shift_by_code(self, s: Session, code: str) -> m.ShiftType:
        st = s.scalar(select(m.ShiftType).where(m.ShiftType.code == code))
        if st is None:
            raise NotFound(_("shift type '{code}' does not exist").format(code=code))
        return st

    def add_shift_type(self, actor: Actor, code: str, name: str, start_minute: int, length_minutes: int,
                       skills: list[str] = (), forbidden_next: list[str] = (), closing: bool = False,
                       color: str = "#9bc4e2", break_start_minute: int | None = None,
                       break_minutes: int = 0) -> ShiftTypeInfo:
        require(actor, Perm.EDIT_ROSTER)
        if length_minutes <= 0 or not 0 <= start_minute < 24 * 60:
            raise ValidationError(_("shift {code}: start {start_minute} / length {length_minutes} out of range").format(code=code, start_minute=start_minute, length_minutes=length_minutes))
        with self.db.uow() as s:
            if s.scalar(select(m.ShiftType).where(m.ShiftType.code == code)):
                raise ConflictError(_("shift type '{code}' already exists").format(code=code))
            row = m.ShiftType(code=code, name=name, start_minute=start_minute, length_minutes=length_minutes,
                              skills=sorted(skills), forbidden_next=sorted(forbidden_next), closing=closing,
                              color=color, break_start_minute=break_start_minute, break_minutes=break_minutes)
            s.add(row)
            s.flush()
            info = pb.shift_info(row)
            record(s, actor, area=AREA, action="shift_type.add", entity="shift_type", entity_id=row.id,
                   after=plain(info), summary=_("shift type {code}").format(code=code), at=self.app.clock.now())
            return info

    SHIFT_FIELDS = ("name", "start_minute", "length_minutes", "skills", "forbidden_next", "closing", "color",
                    "break_start_minute", "break_minutes", "active")

    def update_shift_type(self, actor: Actor, code: str, **values: Any) -> ShiftTypeInfo:
        require(actor, Perm.EDIT_ROSTER)
        unknown = set(values) - set(self.SHIFT_FIELDS)
        if unknown:
            raise ValidationError(ngettext("unknown shift type field: {items}", "unknown shift type fields: {items}",
                                           len(unknown)).format(items=', '.join(sorted(unknown))))
        if values.get("length_minutes") is not None and values["length_minutes"] <= 0:
            raise ValidationError(_("shift {code}: length must be positive").format(code=code))
        with self.db.uow() as s:
            row = self._shift_by_code(s, code)
            before = {k: getattr(row, k) for k in values}
            for k, v in values.items():
                setattr(row, k, sorted(v) if k in ("skills", "forbidden_next") else v)
            s.flush()
            record(s, actor, area=AREA, action="shift_type.update", entity="shift_type", entity_id=row.id,
                   before=before, after=values, summary=_("changed shift type {code}").format(code=code), at=self.app.clock.now())
            return pb.shift_info(row)

    def remove_cover(self, actor: Actor, cover_id: int) -> None:
        require(actor, Perm.EDIT_ROSTER)
        with self.db.uow() as s:
            row = _get(s, m.CoverRequirement, cover_id, N_("cover requirement"))
            before = {"weekday": row.weekday, "shift_type_id": row.shift_type_id, "skill": row.skill,
                      "required": row.required}
            s.delete(row)
            record(s, actor, area=AREA, action="cover.remove", entity="cover_requirement", entity_id=cover_id,
                   before=before, at=self.app.clock.now())

    def list_shift_types(self) -> list[ShiftTypeInfo]:
        with self.db.read() as s:
            return [pb.shift_info(t) for t in pb.active_shift_types(s)]

    def set_cover(self, actor: Actor, weekday: int, shift_code: str, required: int, skill: str | None = None,
                  hard_minimum: int = 0, under_weight: int = 100, over_weight: int = 10) -> CoverInfo:
        require(actor, Perm.EDIT_ROSTER)
        if required < 0 or hard_minimum < 0:
            raise ValidationError(_('cover cannot be negative'))
        with self.db.uow() as s:
            st = self._shift_by_code(s, shift_code)
            row = s.scalar(select(m.CoverRequirement).where(
                m.CoverRequirement.weekday == weekday, m.CoverRequirement.shift_type_id == st.id,
                m.CoverRequirement.skill.is_(None) if skill is None else m.CoverRequirement.skill == skill))
            if row is None:
                row = m.CoverRequirement(weekday=weekday, shift_type_id=st.id, skill=skill, required=required)
                s.add(row)
            row.required, row.hard_minimum = required, hard_minimum
            row.under_weight, row.over_weight = under_weight, over_weight
            s.flush()
            info = CoverInfo(row.id, weekday, shift_code, skill, required, hard_minimum, under_weight, over_weight)
            record(s, actor, area=AREA, action="cover.set", entity="cover_requirement", entity_id=row.id,
                   after=plain(info), at=self.app.clock.now())
            return info

    def list_cover(self) -> list[CoverInfo]:
        with self.db.read() as s:
            code = {t.id: t.code for t in s.scalars(select(m.ShiftType))}
            return [CoverInfo(c.id, c.weekday, code[c.shift_type_id], c.skill, c.required, c.hard_minimum,
                              c.under_weight, c.over_weight)
                    for c in s.scalars(select(m.CoverRequirement).order_by(m.CoverRequirement.weekday))]

    # ------------------------------------------------------------------ time off
    def request_time_off(self, actor: Actor, staff_id: int, start: date, end: date, reason: str = "") -> int:
        """Record a pending request and put it in the inbox for the owner to decide."""
        require(actor, Perm.REQUEST_TIME_OFF)
        if time_off_problem(start, end):           # the rule the Time off tab applies as dates are picked
            fm = self.app.formats()
            raise ValidationError(_("time off ends ({end}) before it starts ({start})").format(end=fm.date(end), start=fm.date(start)),
                                  [Problem(_('ends before it starts'), column="to")])
        with self.db.uow() as s:
            person = _get(s, m.StaffMember, staff_id, N_("staff member"))
            self._check_self(s, actor, person, N_("request time off for"))
            row = m.TimeOffRequest(staff_id=staff_id, start_date=start, end_date=end, reason=reason,
                                   requested_at=self.app.clock.now())
            s.add(row)
            s.flush()
            view_problems = self._time_off_impact(s, staff_id, start, end)
            self.app.inbox.draft(
                s, kind="time_off", subject_type="time_off_request", subject_id=row.id,
                title=stored("Time off for {name}: {start} – {end}", name=person.name,
                             start=self.app.formats().day(start), end=self.app.formats().day(end)),
                payload={"request_id": row.id, "staff_id": staff_id, "start": start.isoformat(),
                         "end": end.isoformat()},
                reason=reason_card(explanation=tmsg("{name} asked for time off: {reason}", name=person.name,
                                                    reason=reason) if reason else
                                   tmsg("{name} asked for time off.", name=person.name),
                                   inputs={N_("from"): start.isoformat(), N_("to"): end.isoformat()},
                                   warnings=view_problems),
                subject_label=person.name, machine_drafted=False, created_by=actor)
            record(s, actor, area=AREA, action="time_off.request", entity="time_off_request", entity_id=row.id,
                   after={"staff": person.name, "start": start, "end": end, "reason": reason},
                   at=self.app.clock.now())
            return row.id

    def _time_off_impact(self, s: Session, staff_id: int, start: date, end: date) -> list[str]:
        """Published shifts the request would clash with (shown on the inbox item)."""
        q = (select(m.RosterShift, m.Roster).join(m.Roster, m.Roster.id == m.RosterShift.roster_id)
             .where(m.RosterShift.staff_id == staff_id, m.RosterShift.day >= start, m.RosterShift.day <= end,
                    m.Roster.state.in_(("published", "draft"))))
        return [f"already rostered on {self.app.formats().day(rs.day)} ({ro.state} roster)" for rs, ro in s.execute(q)]

    def decide_time_off_in(self, s: Session, actor: Actor, request_id: int, approve: bool) -> str:
        row = _get(s, m.TimeOffRequest, request_id, N_("time-off request"))
        before = row.state
        row.state = "approved" if approve else "rejected"
        row.decided_by = actor.username
        record(s, actor, area=AREA, action="time_off." + row.state, entity="time_off_request",
               entity_id=request_id, before={"state": before}, after={"state": row.state}, at=self.app.clock.now())
        return f"time off {row.state}"

    def time_off(self, state: str | None = None) -> list[TimeOffInfo]:
        with self.db.read() as s:
            q = (select(m.TimeOffRequest, m.StaffMember).join(m.StaffMember)
                 .order_by(m.TimeOffRequest.start_date.desc()))
            if state:
                q = q.where(m.TimeOffRequest.state == state)
            return [TimeOffInfo(t.id, t.staff_id, p.name, t.start_date, t.end_date, t.reason, t.state)
                    for t, p in s.execute(q)]

    # ------------------------------------------------------------------ planning
    def _problem(self, s: Session, week_start: date, days: int | None = None) -> r.RosterProblem:
        days = days or self.app.settings.read(s, "scheduling.horizon_days")
        problem = pb.build_problem(s, week_start, days, self.weights(s),
                                   weekends_before=self._weekends_before(s, week_start, days))
        return replace(problem, history=self._history(s, week_start, problem))

    def _weekends_before(self, s: Session, start: date, days: int) -> dict[int, int]:
        """Weekends each person worked in the days before ``start`` that complete a 4-week window."""
        lookback = pb.WEEKEND_WINDOW - days
        worked: dict[int, set[int]] = {}
        cache: dict[int, dict[tuple[int, date], str]] = {}
        for i in range(1, max(0, lookback) + 1):
            d = start - timedelta(days=i)
            if d.weekday() < 5:
                continue
            rid = self._roster_covering(s, d)
            if rid is None:
                continue
            if rid not in cache:
                cache[rid] = self._cells(s, rid)
            weekend = (d - timedelta(days=d.weekday() - 5)).toordinal()     # that weekend's Saturday
            for (sid, day), _code in cache[rid].items():
                if day == d:
                    worked.setdefault(sid, set()).add(weekend)
        return {sid: len(w) for sid, w in worked.items()}

    def _history(self, s: Session, week_start: date, problem: r.RosterProblem) -> dict[str, tuple]:
        """The last week before ``week_start`` from the roster covering it (published first)."""
        before = [week_start - timedelta(days=i) for i in range(7, 0, -1)]
        q = (select(m.Roster).where(m.Roster.state.in_(("published", "draft")),
                                    m.Roster.week_start < week_start, m.Roster.week_start >= week_start - timedelta(days=28))
             .order_by((m.Roster.state == "published").desc(), m.Roster.week_start.desc(), m.Roster.id.desc()))
        for ro in s.scalars(q):
            if ro.week_start + timedelta(days=ro.days) < week_start:
                continue
            cells = self._cells(s, ro.id)
            return {p.id: tuple(cells.get((int(p.id), d)) for d in before) for p in problem.staff}
        return {}

    def _hint(self, s: Session, week_start: date, problem: r.RosterProblem) -> r.Roster | None:
        """The previous published roster, shifted by whole weeks, as a starting point."""
        prev = s.scalar(select(m.Roster).where(m.Roster.state == "published", m.Roster.week_start < week_start)
                        .order_by(m.Roster.week_start.desc()))
        if prev is None:
            return None
        cells = self._cells(s, prev.id)
        offset = ((week_start - prev.week_start).days // 7) * 7
        moved = {(sid, d + timedelta(days=offset)): code for (sid, d), code in cells.items()}
        return pb.cells_to_roster(problem, week_start, moved)

    def plan(self, week_start: date, time_limit: float | None = None,
             progress: Progress | None = None) -> PlanResult:
        """Solve a week (nothing is written). ``progress`` (``core.kernel.progress``) hears how
        far the optimiser is; cancelling it stops early with the best roster found so far."""
        with self.db.read() as s:
            problem = self._problem(s, week_start)
            limit = time_limit or self.app.settings.read(s, "scheduling.time_limit")
            hint = self._hint(s, week_start, problem)
        from core.scheduling.solver import SolveOptions, solve  # OR-Tools loads on the first plan
        result = solve(problem, SolveOptions(time_limit=float(limit), hint=hint, progress=progress))
        return self._plan_result(problem, week_start, result)

    def _plan_result(self, problem: r.RosterProblem, week_start: date, result: Any) -> PlanResult:
        from core.scheduling.solver import honour_cost
        ev = result.evaluation
        uncovered = tuple(i.message for i in ev.items if i.rule in ("cover_under", "cover_over"))
        missed, missed_words = [], []
        for i in ev.items:
            if i.rule in ("shift_on_request", "shift_off_request") and i.staff is not None:
                wanted = i.shift if i.rule == "shift_on_request" else None
                cost = honour_cost(problem, result.roster, i.staff, i.day, wanted)
                missed.append(f"{i.message} — {cost}")
                missed_words.append(tmsg("{wish} — {cost}", wish=i.words or i.message, cost=cost))
        fairness = tuple(i.message for i in ev.items if i.rule.startswith("fair_"))
        words = {"quality": wording.quality_parts(ev.items),
                 "uncovered": [i.words or i.message for i in ev.items if i.rule in ("cover_under", "cover_over")],
                 "missed": missed_words,
                 "fairness": [i.words or i.message for i in ev.items if i.rule.startswith("fair_")],
                 "warnings": [v.words or v.message for v in ev.violations],
                 "conflicts": [getattr(c, "words", None) or c.message for c in result.conflicts]}
        return PlanResult(week_start=week_start, status=result.status,
                          cells=pb.roster_to_cells(week_start, result.roster), penalty=ev.total,
                          penalty_by_rule=ev.by_rule, bound=result.bound, seconds=round(result.seconds, 2),
                          conflicts=tuple(c.message for c in result.conflicts),
                          warnings=tuple(self._warnings(problem, week_start, ev)),
                          uncovered=uncovered, preferences_missed=tuple(missed), fairness=fairness,
                          phases=tuple(result.phases), days=problem.days,
                          quality=wording.quality_words(ev.items), words=words)

    def _warnings(self, problem: r.RosterProblem, week_start: date, ev: Any) -> list[Warning_]:
        return [Warning_(v.rule, v.title, v.message, int(v.staff) if v.staff and v.staff.isdigit() else None,
                         tuple(week_start + timedelta(days=d) for d in v.days)) for v in ev.violations]

    def explanation(self, plan: PlanResult) -> dict[str, Any]:
        """The reason card of a drafted roster: the quality in words first ("4 cover gaps, 2 unmet
        wishes"), how sure the optimiser is in words; the points per rule only as detail."""
        words = plan.words or {}
        conflicts = words.get("conflicts", list(plan.conflicts))
        warnings = [*conflicts, *words.get("warnings", [w.message for w in plan.warnings])]
        end = plan.week_start + timedelta(days=plan.days - 1)
        fm = self.app.formats()
        day = fm.date(plan.week_start)
        quality = words.get("quality", plan.quality)
        explanation = (tmsg("Draft roster for the week of {day}: {quality}. The rules conflict, so this draft "
                            "breaks some of them: see the warnings.", day=day, quality=quality)
                       if plan.status == "RELAXED" else
                       tmsg("Draft roster for the week of {day}: {quality}. It is {status}.", day=day,
                            quality=quality, status=wording.status_message(plan.status)))
        return reason_card(
            explanation=explanation,
            inputs={N_("Shifts planned"): len(plan.cells), N_("Quality"): wording.status_message(plan.status),
                    N_("Planning time"): f"{plan.seconds:g} s"},
            window=f"{fm.day(plan.week_start)} – {fm.day(end)} {end.year}",
            formula=tmsg("points = each missing person × the shift's weight + each extra person × weight + each "
                         "unmet wish's weight + uneven weekends, evenings, closings and hours away from contracts "
                         "× their weights (lower is better)"),
            calculation=[tmsg_n("{n} point in total", "{n} points in total", plan.penalty)]
            + wording.points_messages(plan.penalty_by_rule)
            + [tmsg("cover: {item}", item=s) for s in words.get("uncovered", plan.uncovered)]
            + [tmsg("wish not met: {item}", item=s) for s in words.get("missed", plan.preferences_missed)]
            + [tmsg("fairness: {item}", item=s) for s in words.get("fairness", plan.fairness)],
            confidence=wording.status_detail_message(plan.status, plan.bound, plan.penalty),
            warnings=warnings, conflicts=list(plan.conflicts))

    def draft_roster_in(self, s: Session, actor: Actor, plan: PlanResult, job_ctx: Any = None) -> tuple[int, int | None]:
        """Store a plan as a draft roster and put it in the inbox (returns roster id, suggestion id)."""
        old = s.scalars(select(m.Roster).where(m.Roster.week_start == plan.week_start, m.Roster.state == "draft"))
        for o in old:
            o.state = "superseded"
        # the solver's own figures beside the card: the roster job's payoff reads its gap to the bound
        exp = {**self.explanation(plan), "solver": {"penalty": plan.penalty, "bound": plan.bound,
                                                      "status": plan.status}}
        ro = m.Roster(week_start=plan.week_start, days=plan.days, state="draft", penalty=plan.penalty, explanation=exp,
                      created_at=self.app.clock.now())
        s.add(ro)
        s.flush()
        code = {t.code: t.id for t in s.scalars(select(m.ShiftType))}
        for (sid, day), c in plan.cells.items():
            s.add(m.RosterShift(roster_id=ro.id, staff_id=sid, day=day, shift_type_id=code[c]))
        record(s, actor, area=AREA, action="roster.draft", entity="roster", entity_id=ro.id,
               after={"week_start": plan.week_start, "shifts": len(plan.cells), "penalty": plan.penalty},
               summary=_("drafted roster for {week_start}").format(week_start=plan.week_start), machine_drafted=job_ctx is not None,
               at=self.app.clock.now())
        if job_ctx is not None:
            job_ctx.supersede(s, subject_type="roster_week", subject_id=plan.week_start.isoformat(),
                              reason=stored("a newer draft replaces it"), kind="roster")
            draft = job_ctx.draft
        else:
            self.app.inbox.supersede_open(s, subject_type="roster_week", subject_id=plan.week_start.isoformat(),
                                          reason=stored("a newer draft replaces it"), actor=actor, kind="roster")
            draft = self.app.inbox.draft
        sug = draft(s, kind="roster", subject_type="roster_week", subject_id=plan.week_start.isoformat(), title=stored("Roster for week of {week} — rules conflict", week=self.app.formats().date(plan.week_start))
                    if plan.status == "RELAXED" else
                    stored("Roster for week of {week}", week=self.app.formats().date(plan.week_start)),
                    payload={"roster_id": ro.id, "week_start": plan.week_start.isoformat(),
                             "cells": pb.jsonable_cells(plan.cells)},
                    reason=exp, occurrence=f"roster-{ro.id}", subject_label=f"week {plan.week_start:%G-W%V}",
                    summary=stored_n("{n} shift: {quality}", "{n} shifts: {quality}", len(plan.cells),
                                     quality=(plan.words or {}).get("quality", plan.quality)))
        return ro.id, sug

    def draft_week(self, actor: Actor, week_start: date, time_limit: float | None = None,
                   progress: Progress | None = None) -> tuple[int, int | None]:
        """Manual path of the auto-roster job: plan and draft now (a cancel keeps the best so far)."""
        require(actor, Perm.EDIT_ROSTER)
        plan = self.plan(week_start, time_limit, progress)
        with self.db.uow() as s:
            return self.draft_roster_in(s, actor, plan)

    # ------------------------------------------------------------------ rosters
    def roster_violations(self, s: Session, roster_id: int) -> list[str]:
        """The hard rules a stored roster breaks today (e.g. time off approved after it was
        published), in plain words; read in the caller's session (the data-quality check's)."""
        ro = s.get(m.Roster, roster_id)
        if ro is None:
            raise NotFound(_("roster {roster_id} does not exist").format(roster_id=roster_id))
        problem = self._problem(s, ro.week_start, ro.days)
        ev = evaluate(problem, pb.cells_to_roster(problem, ro.week_start, self._cells(s, roster_id)))
        return [v.message for v in ev.violations]

    def _cells(self, s: Session, roster_id: int) -> dict[tuple[int, date], str]:
        q = (select(m.RosterShift.staff_id, m.RosterShift.day, m.ShiftType.code)
             .join(m.ShiftType, m.ShiftType.id == m.RosterShift.shift_type_id)
             .where(m.RosterShift.roster_id == roster_id))
        return {(sid, d): c for sid, d, c in s.execute(q)}

    def roster_for_week(self, week_start: date, prefer: str = "any") -> int | None:
        """The published roster of a week, else its newest draft (or only published with prefer)."""
        with self.db.read() as s:
            return self._roster_for_week(s, week_start, prefer)

    def _roster_for_week(self, s: Session, week_start: date, prefer: str = "any") -> int | None:
        pub = s.scalar(select(m.Roster.id).where(m.Roster.week_start == week_start, m.Roster.state == "published")
                       .order_by(m.Roster.id.desc()))
        if pub is not None or prefer == "published":
            return pub
        return s.scalar(select(m.Roster.id).where(m.Roster.week_start == week_start, m.Roster.state == "draft")
                        .order_by(m.Roster.id.desc()))

    def _roster_covering(self, s: Session, day: date) -> int | None:
        """The roster whose days include ``day``: published first, else the newest draft."""
        q = (select(m.Roster).where(m.Roster.state.in_(("published", "draft")), m.Roster.week_start <= day,
                                    m.Roster.week_start > day - timedelta(days=60))
             .order_by((m.Roster.state == "published").desc(), m.Roster.week_start.desc(), m.Roster.id.desc()))
        for ro in s.scalars(q):
            if day < ro.week_start + timedelta(days=ro.days):
                return ro.id
        return None

    def _check_self(self, s: Session, actor: Actor, person: m.StaffMember, what: str) -> None:
        """Only the owner asks on someone else's behalf; everyone else asks for the staff record
        linked to their own login (Schedule › Staff › Login account). ``what`` reads "request time
        off for" / "swap shifts of"."""
        if actor.role == Role.OWNER or (actor.user_id is not None and person.user_id == actor.user_id):
            return
        own = s.scalar(select(m.StaffMember).where(m.StaffMember.user_id == actor.user_id)) \
            if actor.user_id is not None else None
        if own is None:
            raise PermissionDenied(_("{username} may only {what} themselves, and their login is not linked to a staff member yet (the owner links it under Schedule › Staff).").format(username=actor.username, what=_(what)))
        raise PermissionDenied(_("{username} may only {what} themselves ({name}), not {name2}.").format(username=actor.username, what=_(what), name=own.name, name2=person.name))

    def new_roster(self, actor: Actor, week_start: date) -> int:
        """An empty draft to fill by hand (the manual path)."""
        require(actor, Perm.EDIT_ROSTER)
        with self.db.uow() as s:
            ro = m.Roster(week_start=week_start, state="draft", created_at=self.app.clock.now())
            s.add(ro)
            s.flush()
            record(s, actor, area=AREA, action="roster.new", entity="roster", entity_id=ro.id,
                   after={"week_start": week_start}, at=self.app.clock.now())
            return ro.id

    def view(self, roster_id: int | None = None, week_start: date | None = None,
             cells: dict[tuple[int, date], str] | None = None, *, viewer: Actor | None = None) -> RosterView:
        """The grid of a roster (or of ``cells`` for a preview) with warnings and penalty; for a
        staff ``viewer`` without the wage total and colleagues' pay and contracts."""
        with self.db.read() as s:
            ro = _get(s, m.Roster, roster_id, N_("roster")) if roster_id is not None else None
            ws = ro.week_start if ro is not None else (week_start or monday(self.app.today()))
            if cells is None:
                cells = self._cells(s, ro.id) if ro is not None else {}
            ndays = ro.days if ro is not None else 7
            problem = self._problem(s, ws, ndays)
            staff = [pb.staff_info(x) for x in pb.active_staff(s)]
            extra = {sid for sid, _ in cells} - {x.id for x in staff}
            staff += [pb.staff_info(s.get(m.StaffMember, i)) for i in sorted(extra)]
            types = [pb.shift_info(t) for t in pb.active_shift_types(s)]
            explanation = ro.explanation if ro is not None else None
        ev = evaluate(problem, pb.cells_to_roster(problem, ws, cells))
        quality, items, warnings = wording.quality_words(ev.items), ev.items, self._warnings(problem, ws, ev)
        if not vis.sees_colleagues_pay(viewer):      # a colleague's contract hours are not for staff eyes
            mine = {p.id for p in staff if vis.is_self(viewer, p)}
            items = [i for i in items if i.rule != "fair_hours" or (i.staff or "").isdigit() and int(i.staff) in mine]
            warnings = [w for w in warnings if w.rule not in vis.CONTRACT_RULES or w.staff_id in mine]
            explanation = vis.card_for_staff(explanation)
        lengths = {t.code: t.length_minutes for t in types}
        rates = {p.id: p.hourly_cost for p in staff}
        cost = sum((Decimal(lengths.get(c, 0)) / 60 * rates.get(sid, Decimal(0)) for (sid, _day), c in cells.items()),
                   Decimal(0)).quantize(Decimal("0.01"))
        return vis.roster_for(viewer, RosterView(
            roster_id=roster_id, week_start=ws, days=tuple(ws + timedelta(days=i) for i in range(ndays)),
            state=ro.state if ro is not None else "none", staff=tuple(staff), shift_types=tuple(types),
            cells=dict(cells), warnings=tuple(warnings), penalty=ev.total,
            penalty_by_rule=ev.by_rule, penalty_items=tuple(i.message for i in items),
            explanation=explanation, cost=cost, quality=quality,
            people_short=sum(i.size for i in ev.items if i.rule == "cover_under"),
            short_by_shift=_short_by_shift(ev.items, ws)))

    def check_edit(self, roster_id: int, staff_id: int, day: date, shift_code: str | None) -> EditResult:
        """Preview an edit: warnings and penalty if it were made (nothing is written)."""
        before = self.view(roster_id)
        cells = dict(before.cells)
        if shift_code is None:
            cells.pop((staff_id, day), None)
        else:
            cells[(staff_id, day)] = shift_code
        return self._compare(before, self.view(roster_id, cells=cells))

    @staticmethod
    def _compare(before: RosterView, after: RosterView) -> EditResult:
        old = {(w.rule, w.message) for w in before.warnings}
        return EditResult(after.roster_id or 0, after.warnings, after.penalty, after.penalty_by_rule,
                          before.penalty, tuple(w for w in after.warnings if (w.rule, w.message) not in old))

    def assign(self, actor: Actor, roster_id: int, staff_id: int, day: date, shift_code: str | None,
               reason: str = "") -> EditResult:
        """Set (or clear with None) one person's shift on one day; returns the live rule check."""
        require(actor, Perm.EDIT_ROSTER)
        before = self.view(roster_id)
        with self.db.uow() as s:
            self.assign_in(s, actor, roster_id, staff_id, day, shift_code, reason)
        return self._compare(before, self.view(roster_id))

    def assign_in(self, s: Session, actor: Actor, roster_id: int, staff_id: int, day: date,
                  shift_code: str | None, reason: str = "") -> None:
        ro = _get(s, m.Roster, roster_id, N_("roster"))
        if ro.state == "superseded":
            raise ConflictError(_("roster {roster_id} was replaced by a newer draft; edit that one").format(roster_id=roster_id))
        if not 0 <= (day - ro.week_start).days < ro.days:
            raise ValidationError(_("{day} is outside the roster week of {week_start}").format(day=day, week_start=ro.week_start))
        person = _get(s, m.StaffMember, staff_id, N_("staff member"))
        row = s.scalar(select(m.RosterShift).where(m.RosterShift.roster_id == roster_id,
                                                   m.RosterShift.staff_id == staff_id, m.RosterShift.day == day))
        before = None if row is None else s.get(m.ShiftType, row.shift_type_id).code
        if shift_code is None:
            if row is not None:
                s.delete(row)
        else:
            st = self._shift_by_code(s, shift_code)
            if row is None:
                s.add(m.RosterShift(roster_id=roster_id, staff_id=staff_id, day=day, shift_type_id=st.id))
            else:
                row.shift_type_id = st.id
        s.flush()
        record(s, actor, area=AREA, action="roster.edit" if ro.state == "draft" else "roster.edit_published",
               entity="roster", entity_id=roster_id,
               before={"staff": person.name, "day": day, "shift": before},
               after={"staff": person.name, "day": day, "shift": shift_code},
               summary=f"{person.name} {self.app.formats().day(day)}: {before or pgettext('roster cell', 'off')} → "
                       f"{shift_code or pgettext('roster cell', 'off')}" + (f" ({reason})" if reason else ""),
               at=self.app.clock.now())

    def move(self, actor: Actor, roster_id: int, from_staff: int, from_day: date, to_staff: int,
             to_day: date) -> EditResult:
        require(actor, Perm.EDIT_ROSTER)
        before = self.view(roster_id)
        with self.db.uow() as s:
            cells = self._cells(s, roster_id)
            code = cells.get((from_staff, from_day))
            if code is None:
                raise ValidationError(_('there is no shift to move there'))
            self.assign_in(s, actor, roster_id, from_staff, from_day, None, "moved")
            self.assign_in(s, actor, roster_id, to_staff, to_day, code, "moved")
        return self._compare(before, self.view(roster_id))

    def set_cells_in(self, s: Session, actor: Actor, roster_id: int, cells: dict[tuple[int, date], str]) -> int:
        """Make a roster hold exactly ``cells`` (an edited inbox proposal); returns edits made."""
        current = self._cells(s, roster_id)
        n = 0
        for key in sorted(set(current) | set(cells)):
            if current.get(key) != cells.get(key):
                self.assign_in(s, actor, roster_id, key[0], key[1], cells.get(key), "edited in the inbox")
                n += 1
        return n

    def publish_in(self, s: Session, actor: Actor, roster_id: int) -> str:
        ro = _get(s, m.Roster, roster_id, N_("roster"))
        if ro.state == "published":
            return f"roster {roster_id} was already published"
        if ro.state != "draft":
            raise ConflictError(_("roster {roster_id} is {state}; only a draft can be published").format(roster_id=roster_id, state=ro.state))
        for other in s.scalars(select(m.Roster).where(m.Roster.week_start == ro.week_start,
                                                      m.Roster.state == "published")):
            other.state = "superseded"
        ro.state = "published"
        ro.published_at = self.app.clock.now()
        ro.published_by = actor.username
        n = len(self._cells(s, roster_id))
        record(s, actor, area=AREA, action="roster.publish", entity="roster", entity_id=roster_id,
               before={"state": "draft"}, after={"state": "published", "shifts": n},
               summary=_("published roster for week of {week_start}").format(week_start=ro.week_start), at=self.app.clock.now())
        return f"roster for week of {self.app.formats().short_day(ro.week_start)} published ({n} shifts)"

    def publish(self, actor: Actor, roster_id: int) -> str:
        require(actor, Perm.EDIT_ROSTER)
        with self.db.uow() as s:
            msg = self.publish_in(s, actor, roster_id)
            ro = s.get(m.Roster, roster_id)
            self.app.inbox.supersede_open(s, subject_type="roster_week", subject_id=ro.week_start.isoformat(),
                                          reason=stored("published by hand"), actor=actor, kind="roster")
            return msg

    def rosters(self, limit: int = 50) -> list[tuple[int, date, str, int | None]]:
        with self.db.read() as s:
            return [(x.id, x.week_start, x.state, x.penalty) for x in
                    s.scalars(select(m.Roster).order_by(m.Roster.week_start.desc(), m.Roster.id.desc()).limit(limit))]

    # ------------------------------------------------------------------ swaps
    def request_swap(self, actor: Actor, roster_id: int, day: date, from_staff: int, to_staff: int,
                     reason: str = "") -> int:
        """Staff ask to hand a shift to a colleague; the owner decides in the inbox."""
        require(actor, Perm.REQUEST_TIME_OFF)
        with self.db.uow() as s:
            cells = self._cells(s, roster_id)
            if (from_staff, day) not in cells:
                raise ValidationError(_('that person has no shift on that day to swap'))
            a = _get(s, m.StaffMember, from_staff, N_("staff member"))
            b = _get(s, m.StaffMember, to_staff, N_("staff member"))
            self._check_self(s, actor, a, N_("swap shifts of"))
            sw = m.ShiftSwap(roster_id=roster_id, day=day, from_staff_id=from_staff, to_staff_id=to_staff,
                             reason=reason, requested_at=self.app.clock.now())
            s.add(sw)
            s.flush()
            ro = s.get(m.Roster, roster_id)
            problem = self._problem(s, ro.week_start, ro.days)
            trial = dict(cells)
            code = trial.pop((from_staff, day))
            other = trial.pop((to_staff, day), None)
            trial[(to_staff, day)] = code
            if other is not None:
                trial[(from_staff, day)] = other
            ev = evaluate(problem, pb.cells_to_roster(problem, ro.week_start, trial))
            self.app.inbox.draft(
                s, kind="shift_swap", subject_type="shift_swap", subject_id=sw.id,
                title=stored("Shift swap {day}: {name} → {name2}", day=self.app.formats().day(day), name=a.name,
                             name2=b.name),
                payload={"swap_id": sw.id, "roster_id": roster_id, "day": day.isoformat(),
                         "from_staff": from_staff, "to_staff": to_staff},
                reason=reason_card(explanation=(
                    tmsg("{name} asks {name2} to take the {code} shift on {day}: {reason}", name=a.name, name2=b.name,
                         code=code, day=self.app.formats().day(day), reason=reason) if reason else
                    tmsg("{name} asks {name2} to take the {code} shift on {day}.", name=a.name, name2=b.name,
                         code=code, day=self.app.formats().day(day))),
                                   inputs={N_("penalty after swap"): ev.total},
                                   warnings=[v.words or v.message for v in ev.violations]),
                subject_label=f"{a.name} → {b.name}", machine_drafted=False, created_by=actor)
            record(s, actor, area=AREA, action="swap.request", entity="shift_swap", entity_id=sw.id,
                   after={"day": day, "from": a.name, "to": b.name}, at=self.app.clock.now())
            return sw.id

    def apply_swap_in(self, s: Session, actor: Actor, swap_id: int) -> str:
        sw = _get(s, m.ShiftSwap, swap_id, N_("shift swap"))
        if sw.state != "pending":
            raise ConflictError(_("swap {swap_id} is already {state}").format(swap_id=swap_id, state=sw.state))
        cells = self._cells(s, sw.roster_id)
        code = cells.get((sw.from_staff_id, sw.day))
        if code is None:
            raise ConflictError(_('the shift to swap is no longer in the roster'))
        other = cells.get((sw.to_staff_id, sw.day))
        self.assign_in(s, actor, sw.roster_id, sw.to_staff_id, sw.day, code, "shift swap")
        self.assign_in(s, actor, sw.roster_id, sw.from_staff_id, sw.day, other, "shift swap")
        sw.state = "approved"
        return f"swap applied: {code} on {self.app.formats().day(sw.day)}"

    def reject_swap_in(self, s: Session, actor: Actor, swap_id: int) -> None:
        sw = _get(s, m.ShiftSwap, swap_id, N_("shift swap"))
        sw.state = "rejected"
        record(s, actor, area=AREA, action="swap.reject", entity="shift_swap", entity_id=swap_id,
               after={"state": "rejected"}, at=self.app.clock.now())

    # ------------------------------------------------------------------ learning from overrides
    def override_patterns(self, weeks: int = 12, as_of: date | None = None,
                          min_count: int = 2) -> list[dict[str, Any]]:
        """What the owner keeps changing in drafted rosters before approving them.

        Compares each edited ``roster`` suggestion's proposal with what was applied, over the last
        ``weeks``; a person taken off (or put on) the same shift on the same weekday in at least
        ``min_count`` different weeks is a pattern worth turning into a preference."""
        from core.inbox.models import Suggestion
        since = datetime.combine((as_of or self.app.today()) - timedelta(days=7 * weeks), datetime.min.time(),
                                 tzinfo=timezone.utc)
        counts: dict[tuple[int, int, str, bool], list[dict[str, Any]]] = {}
        with self.db.read() as s:
            q = select(Suggestion).where(Suggestion.kind == "roster", Suggestion.decision == "edited",
                                         Suggestion.applied_payload.is_not(None), Suggestion.decided_at >= since)
            for sug in s.scalars(q):
                before = pb.cells_from_json((sug.payload or {}).get("cells", []))
                after = pb.cells_from_json((sug.applied_payload or {}).get("cells", []))
                changes = set()
                for (sid, day), code in before.items():
                    if after.get((sid, day)) != code:
                        changes.add((sid, day.weekday(), code, False))
                for (sid, day), code in after.items():
                    if before.get((sid, day)) != code:
                        changes.add((sid, day.weekday(), code, True))
                for key in changes:
                    counts.setdefault(key, []).append({"suggestion": sug.id, "week": sug.subject_id,
                                                       "reason": sug.decision_reason or ""})
            existing = {(p.staff_id, p.weekday, p.shift_type_id, p.want) for p in s.scalars(select(m.ShiftPreference))}
            type_id = {t.code: t.id for t in s.scalars(select(m.ShiftType))}
            names = {p.id: p.name for p in s.scalars(select(m.StaffMember))}
        out = []
        for (sid, wd, code, want), seen in sorted(counts.items()):
            if len(seen) < min_count or sid not in names or code not in type_id:
                continue
            if (sid, wd, type_id[code], want) in existing:
                continue
            out.append({"staff_id": sid, "name": names[sid], "weekday": wd, "shift": code, "want": want,
                        "weight": 2 + len(seen), "times": len(seen), "evidence": seen})
        return out

    # ------------------------------------------------------------------ fairness
    def fairness_report(self, weeks: int = 4, as_of: date | None = None, *,
                        viewer: Actor | None = None) -> list[FairnessRow]:
        """Per person over the last ``weeks`` published weeks: hours vs contract, weekends, evenings,
        closings and preferences honoured; ``flags`` name consistent disadvantages. A staff
        ``viewer`` gets colleagues' contract hours emptied."""
        end = monday(as_of or self.app.today())
        start = end - timedelta(days=7 * weeks)
        with self.db.read() as s:
            ros = list(s.scalars(select(m.Roster).where(m.Roster.state == "published",
                                                        m.Roster.week_start >= start, m.Roster.week_start < end)))
            staff = pb.active_staff(s)
            per: dict[int, dict[str, Any]] = {p.id: {"weeks": 0, "minutes": 0, "weekends": 0, "evenings": 0,
                                                     "closings": 0, "hon": 0, "tot": 0, "pool": set(),
                                                     "shifts": 0, "alt": set()}
                                              for p in staff}
            for ro in ros:
                problem = self._problem(s, ro.week_start, ro.days)
                roster = pb.cells_to_roster(problem, ro.week_start, self._cells(s, ro.id))
                counts = fairness_counts(problem, roster)
                ev = evaluate(problem, roster)
                broken = {(i.staff, i.day, i.shift) for i in ev.items if i.rule.startswith("shift_o")}
                for kind in ("weekends", "closings", "evenings"):
                    for e in fairness_pool(problem, kind):
                        if int(e.id) in per:
                            per[int(e.id)]["pool"].add(kind)
                for e in problem.staff:
                    row = per.get(int(e.id))
                    if row is None:
                        continue
                    row["shifts"] += sum(1 for x in roster[e.id] if x is not None)
                    # could this person have worked something else? (else a high count is their own choice)
                    for d in range(problem.days):
                        for st in problem.shift_types:
                            if problem.can_work(e, d, st.id):
                                if not st.closing:
                                    row["alt"].add("closings")
                                if not st.is_evening:
                                    row["alt"].add("evenings")
                                if not problem.is_weekend(d):
                                    row["alt"].add("weekends")
                for sid, c in counts.items():
                    row = per.get(int(sid))
                    if row is None:
                        continue
                    row["weeks"] += 1
                    for k in ("minutes", "weekends", "evenings", "closings"):
                        row[k] += c[k]
                for q in problem.requests:
                    row = per.get(int(q.staff))
                    if row is not None:
                        row["tot"] += 1
                        row["hon"] += (q.staff, q.day, q.shift) not in broken
        # Over the whole window: someone carries clearly more than the people who could share it —
        # at least 2 more than the average and half again the average share of their own shifts —
        # which one unlucky week cannot cause. People who can only work such shifts (availability,
        # skills) are not flagged: that is their own arrangement.
        means: dict[str, tuple[float, float] | None] = {}
        for kind in ("weekends", "closings", "evenings"):
            pool = [per[p.id] for p in staff if kind in per[p.id]["pool"] and per[p.id]["shifts"]]
            if len(pool) > 1:
                means[kind] = (sum(r[kind] for r in pool) / len(pool),
                               sum(r[kind] / r["shifts"] for r in pool) / len(pool))
            else:
                means[kind] = None
        out = []
        for p in staff:
            d = per[p.id]
            contract = (p.target_minutes or p.min_minutes) * d["weeks"]
            flags = []
            for k in ("weekends", "closings", "evenings"):
                avg = means[k]
                if len(ros) < 2 or avg is None or k not in d["pool"] or k not in d["alt"] or not d["shifts"]:
                    continue
                if d[k] >= avg[0] + 2 and d[k] / d["shifts"] >= 1.5 * avg[1]:
                    flags.append(f"{d[k]} {k} in {d['shifts']} shifts (average {self.app.formats().number(avg[0], 1)})")
            if d["weeks"] and contract and d["minutes"] < 0.85 * contract:
                fm = self.app.formats()
                flags.append(f"only {fm.number(d['minutes'] / 60, 2)} h of {fm.number(contract / 60, 2)} h contracted")
            if d["tot"] >= 3 and d["hon"] < d["tot"] / 2:
                flags.append(f"only {d['hon']} of {d['tot']} preferences honoured")
            out.append(vis.fairness_for(viewer, FairnessRow(
                p.id, p.name, d["weeks"], d["minutes"], contract, d["weekends"], d["evenings"], d["closings"],
                d["hon"], d["tot"], tuple(flags)), p.user_id))
        return out


def _short_by_shift(items: Any, week_start: date) -> dict[tuple[date, str], int]:
    """People missing per (day, shift code), from the cover-gap penalty items (summed over skills)."""
    out: dict[tuple[date, str], int] = {}
    for i in items:
        if i.rule == "cover_under" and i.day is not None and i.shift is not None:
            key = (week_start + timedelta(days=i.day), i.shift)
            out[key] = out.get(key, 0) + i.size
    return out
