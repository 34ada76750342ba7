"""The independent checker: every hard rule and every soft penalty, computed directly.

This module never uses the solver. It is the referee for the solver (the benchmark and the tests
check every solution with it), for manual edits (live warnings that name the rule and the person)
and for published rosters. Keep it simple and obviously right rather than fast.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from core.inbox.texts import shown, tmsg, tmsg_n
from core.kernel.i18n import N_, _
from core.scheduling.roster import HARD_RULES, SOFT_RULES, Roster, RosterProblem, Staff


@dataclass(frozen=True)
class Violation:
    rule: str
    message: str          # in the language of whoever evaluated the roster
    staff: str | None = None
    days: tuple[int, ...] = ()
    # the message kept for translation when read (a stored reason card shows it in the reader's language)
    words: Any = field(default=None, compare=False)

    @classmethod
    def said(cls, rule: str, words: Any, staff: str | None = None, days: tuple[int, ...] = ()) -> "Violation":
        return cls(rule, shown(words), staff, days, words)

    @property
    def title(self) -> str:
        return _(HARD_RULES[self.rule]) if self.rule in HARD_RULES else self.rule


@dataclass(frozen=True)
class PenaltyItem:
    rule: str
    amount: int
    message: str          # in the language of whoever evaluated the roster
    staff: str | None = None
    day: int | None = None
    shift: str | None = None
    size: int = 1        # how many: people short or too many, spread; hours: planned − contract (signed)
    words: Any = field(default=None, compare=False)   # the message kept for translation when read

    @classmethod
    def said(cls, rule: str, amount: int, words: Any, staff: str | None = None, day: int | None = None,
             shift: str | None = None, size: int = 1) -> "PenaltyItem":
        return cls(rule, amount, shown(words), staff, day, shift, size, words)


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
        return [Violation.said("one_shift_per_day", tmsg("{name}: {given} days given, {expected} expected", name=name,
                                                         given=len(row), expected=H), person.id)]
    ids = set(problem.shift_ids)
    for d, s in enumerate(row):
        if s is None:
            continue
        if s not in ids:
            out.append(Violation.said("skill", tmsg("{name}: unknown shift '{shift}' on {day}", name=name, shift=s,
                                                    day=problem.day_label(d)), person.id, (d,)))
            continue
        st = problem.shift(s)
        missing = st.skills - person.skills
        if missing:
            out.append(Violation.said("skill", tmsg("{name} lacks {skills} for {shift} on {day}", name=name,
                                                    skills=", ".join(sorted(missing)), shift=st.label,
                                                    day=problem.day_label(d)), person.id, (d,)))
        if d in person.days_off:
            out.append(Violation.said("day_off", tmsg("{name} works {shift} on a day off ({day})", name=name,
                                                      shift=st.label, day=problem.day_label(d)), person.id, (d,)))
        if (d, s) in person.unavailable:
            out.append(Violation.said("unavailable", tmsg("{name} is not available for {shift} on {day}", name=name,
                                                          shift=st.label, day=problem.day_label(d)), person.id, (d,)))
    counts = Counter(s for s in row if s is not None)
    if c.max_shifts is not None:
        for s, n in counts.items():
            if s in ids and n > c.max_shifts.get(s, 0):
                out.append(Violation.said("max_shifts_per_type", tmsg(
                    "{name} works {n} × {shift}, at most {max} allowed", name=name, n=n, shift=problem.shift(s).label,
                    max=c.max_shifts.get(s, 0)), person.id))
    pairs = problem.forbidden_pairs(person)
    for d in range(H - 1):
        a, b = row[d], row[d + 1]
        if a is not None and b is not None and (a, b) in pairs:
            sa, sb = problem.shift(a), problem.shift(b)
            words = (tmsg("{name}: {shift} on {day} after {before} (forbidden succession)", name=name,
                          shift=sb.label, day=problem.day_label(d + 1), before=sa.label) if b in sa.forbidden_next
                     else tmsg("{name}: {shift} on {day} after {before} (less than {hours} h rest)", name=name,
                               shift=sb.label, day=problem.day_label(d + 1), before=sa.label,
                               hours=c.min_rest_minutes // 60))
            out.append(Violation.said("forbidden_succession", words, person.id, (d, d + 1)))
    prev = problem.last_before(person.id)
    if prev in ids and row[0] is not None and (prev, row[0]) in pairs:
        sa, sb = problem.shift(prev), problem.shift(row[0])
        out.append(Violation.said("forbidden_succession", tmsg(
            "{name}: {shift} on {day} after {before} the day before (previous roster)", name=name, shift=sb.label,
            day=problem.day_label(0), before=sa.label), person.id, (0,)))
    minutes = sum(problem.shift(s).length for s in row if s in ids)
    if c.max_minutes is not None and minutes > c.max_minutes:
        out.append(Violation.said("max_minutes", tmsg("{name} works {hours} h, at most {max} h allowed", name=name,
                                                      hours=problem.hours(minutes), max=problem.hours(c.max_minutes)),
                                  person.id))
    if minutes < c.min_minutes:
        out.append(Violation.said("min_minutes", tmsg("{name} works {hours} h, at least {min} h required", name=name,
                                                      hours=problem.hours(minutes), min=problem.hours(c.min_minutes)),
                                  person.id))
    for start, length, working in _blocks([s is not None for s in row]):
        days = tuple(range(start, start + length))
        inner = start > 0 and start + length < H
        if working:
            if start == 0:
                length += problem.trailing_run(person.id)
            if c.max_consecutive_shifts is not None and length > c.max_consecutive_shifts:
                out.append(Violation.said("max_consecutive_shifts", tmsg(
                    "{name} works {n} days in a row from {day}, at most {max}", name=name, n=length,
                    day=problem.day_label(start), max=c.max_consecutive_shifts), person.id, days))
            if inner and length < c.min_consecutive_shifts:
                out.append(Violation.said("min_consecutive_shifts", tmsg_n(
                    "{name} works only {n} day in a row from {day}, at least {min}",
                    "{name} works only {n} days in a row from {day}, at least {min}", length, name=name,
                    day=problem.day_label(start), min=c.min_consecutive_shifts), person.id, days))
        elif inner and length < c.min_consecutive_days_off:
            out.append(Violation.said("min_consecutive_days_off", tmsg_n(
                "{name} has only {n} day off from {day}, at least {min}",
                "{name} has only {n} days off from {day}, at least {min}", length, name=name,
                day=problem.day_label(start), min=c.min_consecutive_days_off), person.id, days))
    if c.max_weekends is not None:
        worked = [w for w in problem.weekends() if any(row[d] is not None for d in w)]
        if len(worked) > c.max_weekends:
            if person.weekends_before:
                msg = tmsg_n("{name} works {n} weekend after {before} in the previous weeks: at most {max} in 4 weeks",
                             "{name} works {n} weekends after {before} in the previous weeks: at most {max} in 4 "
                             "weeks", len(worked), name=name, before=person.weekends_before,
                             max=c.max_weekends + person.weekends_before)
            else:
                msg = tmsg("{name} works {n} weekends, at most {max}", name=name, n=len(worked), max=c.max_weekends)
            out.append(Violation.said("max_weekends", msg, person.id, tuple(d for w in worked for d in w)))
    for (sid, d), want in problem.pinned.items():
        if sid == person.id and 0 <= d < H and row[d] != want:
            words = (tmsg("{name}: {day} is fixed to {shift}", name=name, day=problem.day_label(d), shift=want)
                     if want else tmsg("{name}: {day} is fixed to off", name=name, day=problem.day_label(d)))
            out.append(Violation.said("pinned", words, person.id, (d,)))
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
        ev.violations.append(Violation.said("one_shift_per_day", tmsg("unknown staff member '{id}'", id=sid), sid))
    ids = set(problem.shift_ids)
    for c in problem.cover:
        if c.shift not in ids or not 0 <= c.day < problem.days:
            continue
        n = cover_count(problem, roster, c.day, c.shift, c.skill)
        where = {"shift": problem.shift(c.shift).label, "day": problem.day_label(c.day), "n": n, "skill": c.skill}
        if n < c.hard_minimum:
            words = (tmsg("{shift} on {day}: {n} {skill} staff, at least {min} needed", min=c.hard_minimum, **where)
                     if c.skill else tmsg("{shift} on {day}: {n} staff, at least {min} needed", min=c.hard_minimum,
                                          **where))
            ev.violations.append(Violation.said("cover_minimum", words, None, (c.day,)))
        if n < c.required and c.under_weight:
            words = (tmsg("{shift} on {day}: {n} {skill} of {required} needed", required=c.required, **where)
                     if c.skill else tmsg("{shift} on {day}: {n} of {required} needed", required=c.required, **where))
            ev.items.append(PenaltyItem.said("cover_under", (c.required - n) * c.under_weight, words, day=c.day,
                                             shift=c.shift, size=c.required - n))
        if n > c.required and c.over_weight:
            words = (tmsg("{shift} on {day}: {n} {skill} for {required} needed", required=c.required, **where)
                     if c.skill else tmsg("{shift} on {day}: {n} for {required} needed", required=c.required, **where))
            ev.items.append(PenaltyItem.said("cover_over", (n - c.required) * c.over_weight, words, day=c.day,
                                             shift=c.shift, size=n - c.required))
    staff_ids = {p.id for p in problem.staff}
    for r in problem.requests:
        if r.staff not in staff_ids or not 0 <= r.day < problem.days:
            continue
        got = (roster.get(r.staff) or [None] * problem.days)[r.day]
        name = problem.person(r.staff).label
        label = problem.shift(r.shift).label if r.shift in ids else r.shift
        if r.on and got != r.shift:
            words = (tmsg("{name} wanted {shift} on {day}, got {got}", name=name, shift=label,
                          day=problem.day_label(r.day), got=problem.shift(got).label if got in ids else got)
                     if got else tmsg("{name} wanted {shift} on {day}, got a day off", name=name, shift=label,
                                      day=problem.day_label(r.day)))
            ev.items.append(PenaltyItem.said("shift_on_request", r.weight, words, r.staff, r.day, r.shift))
        if not r.on and got == r.shift:
            ev.items.append(PenaltyItem.said("shift_off_request", r.weight, tmsg(
                "{name} did not want {shift} on {day}", name=name, shift=label, day=problem.day_label(r.day)),
                r.staff, r.day, r.shift))
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


#: An uneven spread, in words (the most and the fewest among those who could work it).
_FAIR_WORDS = {"weekends": N_("weekends: {most} has {most_n}, {least} has {least_n}"),
               "evenings": N_("evenings: {most} has {most_n}, {least} has {least_n}"),
               "closings": N_("closings: {most} has {most_n}, {least} has {least_n}")}


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
                words = tmsg(_FAIR_WORDS[kind], most=problem.person(hi).label, most_n=values[hi],
                             least=problem.person(lo).label, least_n=values[lo])
                items.append(PenaltyItem.said(f"fair_{kind}", weight * spread, words, size=spread))
    if w.hours:
        for p in problem.staff:
            target = p.contract.target_minutes
            if target is None:
                continue
            hours = math.ceil(abs(counts[p.id]["minutes"] - target) / 60)
            if hours:
                over = counts[p.id]["minutes"] >= target
                items.append(PenaltyItem.said("fair_hours", w.hours * hours, tmsg(
                    "{name}: {hours} h planned, contract {contract} h", name=p.label,
                    hours=problem.hours(counts[p.id]["minutes"]), contract=problem.hours(target)), p.id,
                    size=hours if over else -hours))
    return items


def describe_rule(rule: str) -> str:
    name = HARD_RULES.get(rule) or SOFT_RULES.get(rule)
    return _(name) if name else rule
