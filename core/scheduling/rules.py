"""The independent checker: every hard rule and every soft penalty, computed directly.

This module never uses the solver. It is the referee for the solver (the benchmark and the tests
check every solution with it), for manual edits (live warnings that name the rule and the person)
and for published rosters. Keep it simple and obviously right rather than fast.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from core.scheduling.roster import HARD_RULES, SOFT_RULES, Roster, RosterProblem, Staff


@dataclass(frozen=True)
class Violation:
    rule: str
    message: str
    staff: str | None = None
    days: tuple[int, ...] = ()

    @property
    def title(self) -> str:
        return HARD_RULES.get(self.rule, self.rule)


@dataclass(frozen=True)
class PenaltyItem:
    rule: str
    amount: int
    message: str
    staff: str | None = None
    day: int | None = None
    shift: str | None = None
    size: int = 1        # how many: people short or too many, spread; hours: planned − contract (signed)


@dataclass
class Evaluation:
    violations: list[Violation] = field(default_factory=list)
    items: list[PenaltyItem] = field(default_factory=list)

    @property
    def feasible(self) -> bool:
        return not self.violations

    @property
    def total(self) -> int:
        return sum(i.amount for i in self.items)

    @property
    def by_rule(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for i in self.items:
            out[i.rule] = out.get(i.rule, 0) + i.amount
        return out


def _blocks(flags: list[bool]) -> list[tuple[int, int, bool]]:
    """Maximal runs as (start, length, value)."""
    runs = []
    start = 0
    for d in range(1, len(flags) + 1):
        if d == len(flags) or flags[d] != flags[start]:
            runs.append((start, d - start, flags[start]))
            start = d
    return runs


def check_person(problem: RosterProblem, person: Staff, row: list[str | None]) -> list[Violation]:
    """Hard-rule violations of one person's row."""
    out: list[Violation] = []
    c = person.contract
    name = person.label
    H = problem.days
    if len(row) != H:
        return [Violation("one_shift_per_day", f"{name}: {len(row)} days given, {H} expected", person.id)]
    ids = set(problem.shift_ids)
    for d, s in enumerate(row):
        if s is None:
            continue
        if s not in ids:
            out.append(Violation("skill", f"{name}: unknown shift '{s}' on {problem.day_label(d)}",
                                 person.id, (d,)))
            continue
        st = problem.shift(s)
        missing = st.skills - person.skills
        if missing:
            out.append(Violation("skill", f"{name} lacks {', '.join(sorted(missing))} for "
                                 f"{st.label} on {problem.day_label(d)}", person.id, (d,)))
        if d in person.days_off:
            out.append(Violation("day_off", f"{name} works {st.label} on a day off "
                                 f"({problem.day_label(d)})", person.id, (d,)))
        if (d, s) in person.unavailable:
            out.append(Violation("unavailable", f"{name} is not available for {st.label} on "
                                 f"{problem.day_label(d)}", person.id, (d,)))
    counts = Counter(s for s in row if s is not None)
    if c.max_shifts is not None:
        for s, n in counts.items():
            if s in ids and n > c.max_shifts.get(s, 0):
                out.append(Violation("max_shifts_per_type", f"{name} works {n} × {problem.shift(s).label}, "
                                     f"at most {c.max_shifts.get(s, 0)} allowed", person.id))
    pairs = problem.forbidden_pairs(person)
    for d in range(H - 1):
        a, b = row[d], row[d + 1]
        if a is not None and b is not None and (a, b) in pairs:
            sa, sb = problem.shift(a), problem.shift(b)
            why = ("forbidden succession" if b in sa.forbidden_next
                   else f"less than {c.min_rest_minutes // 60} h rest")
            out.append(Violation("forbidden_succession", f"{name}: {sb.label} on {problem.day_label(d + 1)} "
                                 f"after {sa.label} ({why})", person.id, (d, d + 1)))
    prev = problem.last_before(person.id)
    if prev in ids and row[0] is not None and (prev, row[0]) in pairs:
        sa, sb = problem.shift(prev), problem.shift(row[0])
        out.append(Violation("forbidden_succession", f"{name}: {sb.label} on {problem.day_label(0)} after "
                             f"{sa.label} the day before (previous roster)", person.id, (0,)))
    minutes = sum(problem.shift(s).length for s in row if s in ids)
    if c.max_minutes is not None and minutes > c.max_minutes:
        out.append(Violation("max_minutes", f"{name} works {problem.hours(minutes)} h, at most "
                             f"{problem.hours(c.max_minutes)} h allowed", person.id))
    if minutes < c.min_minutes:
        out.append(Violation("min_minutes", f"{name} works {problem.hours(minutes)} h, at least "
                             f"{problem.hours(c.min_minutes)} h required", person.id))
    for start, length, working in _blocks([s is not None for s in row]):
        days = tuple(range(start, start + length))
        inner = start > 0 and start + length < H
        if working:
            if start == 0:
                length += problem.trailing_run(person.id)
            if c.max_consecutive_shifts is not None and length > c.max_consecutive_shifts:
                out.append(Violation("max_consecutive_shifts", f"{name} works {length} days in a row "
                                     f"from {problem.day_label(start)}, at most {c.max_consecutive_shifts}",
                                     person.id, days))
            if inner and length < c.min_consecutive_shifts:
                out.append(Violation("min_consecutive_shifts", f"{name} works only {length} day(s) in a "
                                     f"row from {problem.day_label(start)}, at least {c.min_consecutive_shifts}",
                                     person.id, days))
        elif inner and length < c.min_consecutive_days_off:
            out.append(Violation("min_consecutive_days_off", f"{name} has only {length} day(s) off from "
                                 f"{problem.day_label(start)}, at least {c.min_consecutive_days_off}",
                                 person.id, days))
    if c.max_weekends is not None:
        worked = [w for w in problem.weekends() if any(row[d] is not None for d in w)]
        if len(worked) > c.max_weekends:
            if person.weekends_before:
                msg = (f"{name} works {len(worked)} weekend(s) after {person.weekends_before} in the previous "
                       f"weeks: at most {c.max_weekends + person.weekends_before} in 4 weeks")
            else:
                msg = f"{name} works {len(worked)} weekends, at most {c.max_weekends}"
            out.append(Violation("max_weekends", msg, person.id, tuple(d for w in worked for d in w)))
    for (sid, d), want in problem.pinned.items():
        if sid == person.id and 0 <= d < H and row[d] != want:
            out.append(Violation("pinned", f"{name}: {problem.day_label(d)} is fixed to "
                                 f"{want or 'off'}", person.id, (d,)))
    return out


def cover_count(problem: RosterProblem, roster: Roster, day: int, shift: str, skill: str | None) -> int:
    return sum(1 for p in problem.staff
               if roster.get(p.id, [None] * problem.days)[day] == shift
               and (skill is None or skill in p.skills))


def evaluate(problem: RosterProblem, roster: Roster) -> Evaluation:
    """Every hard-rule violation and every soft penalty of ``roster``."""
    ev = Evaluation()
    for p in problem.staff:
        row = roster.get(p.id)
        if row is None:
            row = [None] * problem.days
        ev.violations.extend(check_person(problem, p, list(row)))
    unknown = set(roster) - {p.id for p in problem.staff}
    for sid in sorted(unknown):
        ev.violations.append(Violation("one_shift_per_day", f"unknown staff member '{sid}'", sid))
    ids = set(problem.shift_ids)
    for c in problem.cover:
        if c.shift not in ids or not 0 <= c.day < problem.days:
            continue
        n = cover_count(problem, roster, c.day, c.shift, c.skill)
        who = f"{c.skill} " if c.skill else ""
        where = f"{problem.shift(c.shift).label} on {problem.day_label(c.day)}"
        if n < c.hard_minimum:
            ev.violations.append(Violation("cover_minimum", f"{where}: {n} {who}staff, at least "
                                           f"{c.hard_minimum} needed", None, (c.day,)))
        if n < c.required and c.under_weight:
            ev.items.append(PenaltyItem("cover_under", (c.required - n) * c.under_weight,
                                        f"{where}: {n} {who}of {c.required} needed", day=c.day, shift=c.shift,
                                        size=c.required - n))
        if n > c.required and c.over_weight:
            ev.items.append(PenaltyItem("cover_over", (n - c.required) * c.over_weight,
                                        f"{where}: {n} {who}for {c.required} needed", day=c.day, shift=c.shift,
                                        size=n - c.required))
    staff_ids = {p.id for p in problem.staff}
    for r in problem.requests:
        if r.staff not in staff_ids or not 0 <= r.day < problem.days:
            continue
        got = (roster.get(r.staff) or [None] * problem.days)[r.day]
        name = problem.person(r.staff).label
        label = problem.shift(r.shift).label if r.shift in ids else r.shift
        if r.on and got != r.shift:
            ev.items.append(PenaltyItem("shift_on_request", r.weight, f"{name} wanted {label} on "
                                        f"{problem.day_label(r.day)}, got {got or 'a day off'}",
                                        r.staff, r.day, r.shift))
        if not r.on and got == r.shift:
            ev.items.append(PenaltyItem("shift_off_request", r.weight, f"{name} did not want {label} "
                                        f"on {problem.day_label(r.day)}", r.staff, r.day, r.shift))
    ev.items.extend(fairness_items(problem, roster))
    return ev


def fairness_counts(problem: RosterProblem, roster: Roster) -> dict[str, dict[str, int]]:
    """Per person: weekends, evenings, closings worked and minutes."""
    out: dict[str, dict[str, int]] = {}
    weekends = problem.weekends()
    ids = set(problem.shift_ids)
    for p in problem.staff:
        row = roster.get(p.id) or [None] * problem.days
        shifts = [problem.shift(s) for s in row if s in ids]
        out[p.id] = {
            "weekends": sum(1 for w in weekends if any(row[d] is not None for d in w)),
            "evenings": sum(1 for s in shifts if s.is_evening),
            "closings": sum(1 for s in shifts if s.closing),
            "minutes": sum(s.length for s in shifts),
        }
    return out


def fairness_pool(problem: RosterProblem, kind: str) -> list[Staff]:
    """People who could take a shift of this kind at all in the horizon (skills, contract, days off,
    availability); the spread is measured among them, so a weekday-only helper is not "unfairly"
    spared weekends."""
    def fits(st, day: int) -> bool:
        if kind == "weekends":
            return problem.is_weekend(day)
        return st.is_evening if kind == "evenings" else st.closing
    pool = []
    for p in problem.staff:
        if kind == "weekends" and p.contract.max_weekends == 0:
            continue
        if any(fits(st, d) and problem.can_work(p, d, st.id)
               for st in problem.shift_types for d in range(problem.days)):
            pool.append(p)
    return pool


def fairness_items(problem: RosterProblem, roster: Roster) -> list[PenaltyItem]:
    items = []
    w = problem.weights
    counts = fairness_counts(problem, roster)
    for kind, weight in (("weekends", w.weekends), ("evenings", w.evenings), ("closings", w.closings)):
        pool = fairness_pool(problem, kind)
        if weight and len(pool) > 1:
            values = {p.id: counts[p.id][kind] for p in pool}
            spread = max(values.values()) - min(values.values())
            if spread:
                hi = max(values, key=values.get)
                lo = min(values, key=values.get)
                items.append(PenaltyItem(f"fair_{kind}", weight * spread,
                                         f"{kind}: {problem.person(hi).label} has {values[hi]}, "
                                         f"{problem.person(lo).label} has {values[lo]}", size=spread))
    if w.hours:
        for p in problem.staff:
            target = p.contract.target_minutes
            if target is None:
                continue
            hours = math.ceil(abs(counts[p.id]["minutes"] - target) / 60)
            if hours:
                over = counts[p.id]["minutes"] >= target
                items.append(PenaltyItem("fair_hours", w.hours * hours,
                                         f"{p.label}: {problem.hours(counts[p.id]['minutes'])} h planned, "
                                         f"contract {problem.hours(target)} h", p.id, size=hours if over else -hours))
    return items


def describe_rule(rule: str) -> str:
    return HARD_RULES.get(rule) or SOFT_RULES.get(rule) or rule
