"""The roster model: plain values, no database, no solver.

A :class:`RosterProblem` is everything needed to plan a horizon of days: staff with skills and
contracts, shift types, cover requirements, days off and on/off requests. A roster is a mapping
``{staff_id: [shift_id | None, ...]}`` with one entry per day. The same model is fed by the
database (the app) and by the Curtois & Qu reader (the benchmark), so the benchmark measures the
engine the app uses.

Reading of the rules (also the Curtois & Qu reading): at most one shift per person per day; the
days before and after the horizon count as days off, so a block of work or of days off that
touches the first or last day may be shorter than the minimum; forbidden successions do not reach
across the edges; a weekend (days ``7w+5`` and ``7w+6`` from a Monday start) is worked when either
day is.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from core.kernel.i18n import N_, _

Roster = dict[str, list[str | None]]

#: Names of the hard rules, in the order they are explained to people.
HARD_RULES: dict[str, str] = {
    "skill": N_("skills the shift needs"),
    "max_shifts_per_type": N_("maximum shifts of a type"),
    "day_off": N_("day off / approved time off"),
    "unavailable": N_("weekly availability"),
    "forbidden_succession": N_("forbidden shift succession / minimum rest"),
    "max_minutes": N_("maximum working time"),
    "min_minutes": N_("minimum working time"),
    "max_consecutive_shifts": N_("maximum consecutive working days"),
    "min_consecutive_shifts": N_("minimum consecutive working days"),
    "min_consecutive_days_off": N_("minimum consecutive days off"),
    "max_weekends": N_("maximum working weekends"),
    "cover_minimum": N_("mandatory minimum cover"),
    "pinned": N_("fixed assignment"),
}

#: Names of the soft goals (weighted penalties).
SOFT_RULES: dict[str, str] = {
    "cover_under": N_("shift under-covered"),
    "cover_over": N_("shift over-covered"),
    "shift_on_request": N_("shift wanted but not given"),
    "shift_off_request": N_("shift not wanted but given"),
    "fair_weekends": N_("unfair spread of weekend work"),
    "fair_evenings": N_("unfair spread of evening shifts"),
    "fair_closings": N_("unfair spread of closing shifts"),
    "fair_hours": N_("hours away from contract target"),
    "cover_minimum": N_("mandatory minimum cover broken"),
}

DAY_MINUTES = 24 * 60
EVENING_END = 19 * 60


@dataclass(frozen=True)
class ShiftType:
    id: str
    length: int                       # minutes
    start: int = 9 * 60               # minutes after midnight
    skills: frozenset[str] = frozenset()          # every one of these is needed to work it
    forbidden_next: frozenset[str] = frozenset()  # shift types that may not follow the next day
    name: str = ""
    closing: bool = False
    evening: bool | None = None       # None: derived from the end time

    @property
    def end(self) -> int:
        return self.start + self.length

    @property
    def is_evening(self) -> bool:
        return self.evening if self.evening is not None else self.end >= EVENING_END

    @property
    def label(self) -> str:
        return self.name or self.id


@dataclass(frozen=True)
class Contract:
    min_minutes: int = 0
    max_minutes: int | None = None
    max_shifts: Mapping[str, int] | None = None   # None: any number; missing type: forbidden
    max_consecutive_shifts: int | None = None
    min_consecutive_shifts: int = 1
    min_consecutive_days_off: int = 1
    max_weekends: int | None = None
    min_rest_minutes: int = 0
    target_minutes: int | None = None            # fairness: hours against contract

    def allows(self, shift_id: str) -> bool:
        if self.max_shifts is None:
            return True
        return self.max_shifts.get(shift_id, 0) > 0


@dataclass(frozen=True)
class Staff:
    id: str
    contract: Contract
    skills: frozenset[str] = frozenset()
    days_off: frozenset[int] = frozenset()
    unavailable: frozenset[tuple[int, str]] = frozenset()   # (day, shift id) outside availability
    name: str = ""
    hourly_cost: float = 0.0
    weekends_before: int = 0          # already worked in the weeks that complete the weekend window

    @property
    def label(self) -> str:
        return self.name or self.id


@dataclass(frozen=True)
class Cover:
    day: int
    shift: str
    required: int
    under_weight: int = 100
    over_weight: int = 1
    skill: str | None = None          # count only people with this skill
    hard_minimum: int = 0             # at least this many, or the roster is infeasible


@dataclass(frozen=True)
class Request:
    staff: str
    day: int
    shift: str
    on: bool                          # True: wants it; False: does not want it
    weight: int = 1


@dataclass(frozen=True)
class Weights:
    """Weights of the fairness goals (0 switches a goal off)."""
    weekends: int = 0
    evenings: int = 0
    closings: int = 0
    hours: int = 0                    # per hour away from the contract target


@dataclass(frozen=True)
class RosterProblem:
    days: int
    shift_types: tuple[ShiftType, ...]
    staff: tuple[Staff, ...]
    cover: tuple[Cover, ...] = ()
    requests: tuple[Request, ...] = ()
    weights: Weights = field(default_factory=Weights)
    start_date: date | None = None
    first_weekday: int = 0            # weekday (0=Monday) of day 0
    locale: str = "en_GB"             # the shop's locale, for day names in explanations
    pinned: Mapping[tuple[str, int], str | None] = field(default_factory=dict)
    name: str = ""
    # What each person worked on the days just before day 0 (oldest first), from the previous
    # roster. With it, forbidden successions / minimum rest and the maximum run of working days
    # reach across the start of the horizon; without it the days before count as off.
    history: Mapping[str, tuple[str | None, ...]] = field(default_factory=dict)

    def trailing_run(self, staff_id: str) -> int:
        """Working days in a row that end just before day 0."""
        run = 0
        for s in reversed(self.history.get(staff_id, ())):
            if s is None:
                break
            run += 1
        return run

    def last_before(self, staff_id: str) -> str | None:
        h = self.history.get(staff_id, ())
        return h[-1] if h else None

    # ---- lookups -------------------------------------------------------------------------
    def shift(self, shift_id: str) -> ShiftType:
        for s in self.shift_types:
            if s.id == shift_id:
                return s
        raise KeyError(shift_id)

    def person(self, staff_id: str) -> Staff:
        for p in self.staff:
            if p.id == staff_id:
                return p
        raise KeyError(staff_id)

    @property
    def shift_ids(self) -> list[str]:
        return [s.id for s in self.shift_types]

    def is_weekend(self, day: int) -> bool:
        return (self.first_weekday + day) % 7 in (5, 6)

    def weekends(self) -> list[list[int]]:
        """Groups of horizon days that make one weekend (Saturday and/or Sunday)."""
        groups: dict[int, list[int]] = {}
        for d in range(self.days):
            if self.is_weekend(d):
                groups.setdefault((self.first_weekday + d + 2) // 7, []).append(d)
        return list(groups.values())

    def weekend_of(self) -> dict[int, int]:
        """Each weekend day's index in :meth:`weekends`."""
        return {d: i for i, group in enumerate(self.weekends()) for d in group}

    def hours(self, minutes: int | float) -> str:
        """Hours as the shop writes numbers, for explanations: "7.5" ("7,5" in a German shop)."""
        from core.kernel.formats import Formats
        return Formats(self.locale).number(minutes / 60, 2)

    def day_label(self, day: int) -> str:
        if self.start_date is not None:
            from core.kernel.formats import Formats
            return Formats(self.locale).day(self.start_date + timedelta(days=day))
        names = [N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun")]
        return _("day {day} ({weekday})").format(day=day, weekday=_(names[(self.first_weekday + day) % 7]))

    def min_rest_forbids(self, person: Staff, first: ShiftType, then: ShiftType) -> bool:
        """True when ``then`` on the next day would leave less than the person's minimum rest."""
        if person.contract.min_rest_minutes <= 0:
            return False
        return DAY_MINUTES + then.start - first.end < person.contract.min_rest_minutes

    def forbidden_pairs(self, person: Staff) -> set[tuple[str, str]]:
        """(today, tomorrow) shift pairs this person may not work."""
        pairs = set()
        for a in self.shift_types:
            for b in self.shift_types:
                if b.id in a.forbidden_next or self.min_rest_forbids(person, a, b):
                    pairs.add((a.id, b.id))
        return pairs

    def can_work(self, person: Staff, day: int, shift_id: str) -> bool:
        """Static eligibility: skills, allowed type, day off, availability."""
        st = self.shift(shift_id)
        return (st.skills <= person.skills and person.contract.allows(shift_id)
                and day not in person.days_off and (day, shift_id) not in person.unavailable)

    def empty_roster(self) -> Roster:
        return {p.id: [None] * self.days for p in self.staff}


def roster_from_rows(rows: Sequence[tuple[str, int, str]], problem: RosterProblem) -> Roster:
    """Build a roster from (staff, day, shift) triples."""
    roster = problem.empty_roster()
    for staff_id, day, shift_id in rows:
        roster[staff_id][day] = shift_id
    return roster
