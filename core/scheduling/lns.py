"""Large-neighbourhood search around the best roster found so far.

Each round frees part of the roster (a window of days for everyone, a few people over the whole
horizon — most often people who could fill a shift the best roster leaves short, or who leave part
of a limit unused such as a weekend worked by halves — or a block of both), fixes every other cell
to the best roster by narrowing its variable's domain, and re-solves that small problem with a
short limit, starting from the best roster as a complete hint. An improvement becomes the new best
roster at once. Rostering models have a strong LP relaxation, so a sub-problem solved with the
strongest linearization is usually closed (proven best for its free part) in a fraction of a
second, where the same worker on the whole model would spend the minute on its first LP.

Why our own loop rather than CP-SAT's built-in LNS workers: on the Curtois & Qu instances 10 and 11
(28 days, 40 and 50 people) on two shared cores, CP-SAT's portfolio (max-LP worker plus its LNS
worker, hint from the greedy roster) improves one cover shortfall at a time and ended 2.5 % and
16 % above the best known after 60 s at load 2.4-3.8, 18.5 % and 50 % at load 7-8, where this
search ended 5-10 % and 7-16 % above; `interleave_search` found no roster at all in 60 s. Here a
round closes a week of everyone or a few people's month at once. Threads share the incumbent:
CP-SAT releases the GIL while it solves, so two rounds run at once on two cores.

The neighbourhood size adapts per kind: it grows after a round that was proven best for its free
part (the sub-problem was easy) and shrinks after one that used up its work. A round's limit is
CP-SAT's deterministic time, not seconds: under load a wall-clock limit cut rounds short, which then
shrank every neighbourhood, so the search behaved differently on a busy machine. Measured with the
same total work on Instance11: rounds of 0.25 units ended at 3458, 0.5 at 3556, 1.0 at 3650 and
0.125 at 3561 (more rounds, more overhead each).
"""
from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ortools.sat.python import cp_model

from core.scheduling.roster import Roster, RosterProblem
from core.scheduling.rules import evaluate

#: Neighbourhood kinds and how often each is drawn: people over the whole horizon keep each
#: person's contract sums (minutes, weekends, maxima) free to change, so they are drawn most;
#: "shortfall" frees people who could fill a shift the best roster leaves short (the largest
#: penalties), falling back to random people when nothing is short; "spare" frees people who could
#: take a short shift with capacity their roster leaves unused (``Neighbourhoods._spare``) with
#: others drawn at random, falling back to "shortfall" when there are none.
KINDS = ("people", "shortfall", "shortfall", "days", "block", "spare")
#: With the LP relaxation's values at hand (``relaxation.py``), this share of the rounds free cells
#: where the best roster differs from the LP optimum ("guided"). Measured with the same CP-SAT work
#: (15 deterministic units, about 30 s of CPU, from the same first roster, one thread): Instance10
#: 4742 and 4642 (two seeds) against 4872 without guided rounds, Instance11 3556 against 3675;
#: a share of 0.7 did about as well (4744, 3547).
GUIDED_SHARE = 0.4
#: Rounds of these kinds get this many times the usual CP-SAT work: a "spare" round frees six or
#: more people's month, whose sub-problem the usual work rarely closes. Measured on two stalled
#: Instance10 rosters (4732 and 4743, one weekend shift above the least shortfall): their spare
#: person with others drawn at random found 4642-4668 in 2-3 of 10 tries with five or six people
#: and 1.0 unit of work (0.4-0.7 better rosters per unit of work; 0.15 with ten people and 2.0).
WORK = {"spare": 4.0}


@dataclass(frozen=True)
class Guide:
    """The LP relaxation's values and, per (person, day), the CP-SAT indices of its shift cells."""

    values: Sequence[float]
    cells: dict[tuple[str, int], list[int]]

    @classmethod
    def of(cls, model: Any, values: Sequence[float]) -> Guide:
        cells: dict[tuple[str, int], list[int]] = {}
        for (e, d, _s), v in model.x.items():
            cells.setdefault((e, d), []).append(v.Index())
        return cls(values, cells)


@dataclass
class Incumbent:
    """The best roster so far and its complete CP-SAT assignment, shared by the search threads."""

    roster: Roster
    objective: int
    values: list[int]
    started: float
    timeline: list[tuple[float, int]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    improved: float = field(default_factory=time.monotonic)     # when it last got better

    def offer(self, roster: Roster, objective: int, values: list[int]) -> bool:
        """Keep ``roster`` if it is better; True when it was."""
        with self.lock:
            if objective >= self.objective:
                return False
            self.roster, self.objective, self.values = roster, objective, values
            self.improved = time.monotonic()
            self.timeline.append((round(time.monotonic() - self.started, 2), objective))
            return True

    def snapshot(self) -> tuple[Roster, int, list[int]]:
        with self.lock:
            return self.roster, self.objective, self.values


@dataclass
class SearchReport:
    """What the neighbourhood search did, for the phases a benchmark prints."""

    rounds: int = 0
    improvements: int = 0
    closed: int = 0                         # rounds proven best for their free part
    by_kind: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    busy: float = 0.0                       # seconds spent in rounds, summed over the threads
    stalled: bool = False                   # ended early: no better roster for ``stall`` seconds


class Neighbourhoods:
    """Draws the free cells of one round; sizes adapt per kind to how hard the last rounds were."""

    def __init__(self, problem: RosterProblem, rng: random.Random, guide: Guide | None = None,
                 kinds: Sequence[str] = KINDS) -> None:
        self.p = problem
        self.rng = rng
        self.kinds = tuple(kinds)
        self.ids = [e.id for e in problem.staff]
        self.guide = guide
        # starting sizes: a few people, a week, a third of both, a third of the people's cells
        # that differ from the LP, six people around the spare ones (measured on Curtois 10/11)
        self.size = {"people": 4.0, "shortfall": 4.0, "days": 7.0, "block": 0.4, "guided": 0.3, "spare": 6.0}

    def draw(self, roster: Roster | None = None,
             values: Sequence[int] | None = None) -> tuple[str, set[tuple[str, int]]]:
        """The kind and free (person, day) cells of one round around ``roster`` (whose complete
        assignment is ``values``: the guided kind compares it with the LP's values)."""
        p, rng, ids = self.p, self.rng, self.ids
        if self.guide is not None and values is not None and rng.random() < GUIDED_SHARE:
            free = self._guided(values)
            if free:
                return "guided", free
        kind = rng.choice(self.kinds)
        if kind == "spare":
            spare = self._spare(roster) if roster is not None else []
            if spare:
                n = max(1, min(len(ids), round(self.size[kind])))
                chosen = set(rng.sample(spare, min(len(spare), max(1, n // 2))))
                rest = [e for e in ids if e not in chosen]
                chosen |= set(rng.sample(rest, min(len(rest), n - len(chosen))))
                return kind, {(e, d) for e in chosen for d in range(p.days)}
            kind = "shortfall"
        if kind == "shortfall":
            short = self._short(roster) if roster is not None else []
            if short:
                day, shift = rng.choice(short)
                able = [e.id for e in p.staff if p.can_work(e, day, shift)]
                n = max(1, min(len(ids), round(self.size[kind])))
                chosen = set(rng.sample(able, min(len(able), max(1, n // 2))))
                chosen |= set(rng.sample(ids, min(len(ids), n - len(chosen)))) if n > len(chosen) else set()
                return kind, {(e, d) for e in chosen for d in range(p.days)}
            kind = "people"
        if kind == "people":
            n = max(1, min(len(ids), round(self.size[kind])))
            return kind, {(e, d) for e in rng.sample(ids, n) for d in range(p.days)}
        if kind == "days":
            width = max(1, min(p.days, round(self.size[kind])))
            start = rng.randrange(0, p.days - width + 1)
            return kind, {(e, d) for e in ids for d in range(start, start + width)}
        share = self.size[kind]
        n = max(1, min(len(ids), round(len(ids) * share)))
        width = max(1, min(p.days, round(p.days * min(1.0, share * 1.5))))
        start = rng.randrange(0, p.days - width + 1)
        return kind, {(e, d) for e in rng.sample(ids, n) for d in range(start, start + width)}

    def _guided(self, values: Sequence[int]) -> set[tuple[str, int]]:
        """A share of the people, and of their days those where the roster differs from the LP
        optimum in some shift (the LP is nearly integral elsewhere and agrees with good rosters).
        People are drawn with weight 1 + their number of such days, so rows far from the LP are
        freed more often (same work on Instance10: 4648 against 4757 drawing uniformly)."""
        assert self.guide is not None
        lp = self.guide.values
        differs = [(e, d) for (e, d), indices in self.guide.cells.items()
                   if any(abs(lp[i] - values[i]) > 1e-6 for i in indices)]
        weight = dict.fromkeys(self.ids, 1)
        for e, _d in differs:
            weight[e] += 1
        n = max(1, min(len(self.ids), round(len(self.ids) * self.size["guided"])))
        # a weighted draw without replacement (Efraimidis & Spirakis): the n largest u^(1/w)
        keys = sorted(self.ids, key=lambda e: self.rng.random() ** (1.0 / weight[e]), reverse=True)
        people = set(keys[:n])
        return {(e, d) for e, d in differs if e in people}

    def _short(self, roster: Roster) -> list[tuple[int, str]]:
        """(day, shift) cells the roster covers with fewer people than required."""
        count: dict[tuple[int, str], int] = {}
        for row in roster.values():
            for d, s in enumerate(row):
                if s is not None:
                    count[d, s] = count.get((d, s), 0) + 1
        return [(c.day, c.shift) for c in self.p.cover
                if c.skill is None and c.under_weight and count.get((c.day, c.shift), 0) < c.required]

    def _spare(self, roster: Roster) -> list[str]:
        """People who could take a shift the roster leaves short on a day they are off, without
        passing their maximum time or that shift type's maximum, and — on a weekend day — without
        working more weekends than their contract allows, or by giving up a weekend they work
        only in part (whose shift's time then counts as free). Their roster leaves part of a scarce resource unused: on Curtois & Qu 10
        the shortfall is all on weekends (206 shifts wanted, 40 people × 2 weekends × 2 days),
        and a search that stalls one shift above the least shortfall has one person working a
        weekend by halves; freeing that person with a few others finds the missing shift, where
        freeing people at random rarely draws them."""
        p = self.p
        short = self._short(roster)
        if not short:
            return []
        groups = p.weekends()
        weekend_of = p.weekend_of()
        out = []
        for e in p.staff:
            row = roster[e.id]
            c = e.contract
            minutes = sum(p.shift(s).length for s in row if s is not None)
            worked = [i for i, g in enumerate(groups) if any(row[d] is not None for d in g)]
            # the shifts of weekends worked by halves: taking a whole weekend instead gives one up
            halved = [p.shift(s).length for i in worked if any(row[d] is None for d in groups[i])
                      for s in (row[d] for d in groups[i]) if s is not None]
            halves = bool(halved)
            minutes -= min(halved, default=0)
            allowed = c.max_weekends      # already net of the weekends worked before (weekend_allowance)
            for d, s in short:
                if row[d] is not None or not p.can_work(e, d, s):
                    continue
                if c.max_minutes is not None and minutes + p.shift(s).length > c.max_minutes:
                    continue
                if c.max_shifts is not None and sum(x == s for x in row) >= c.max_shifts.get(s, 0):
                    continue
                w = weekend_of.get(d)
                if w is not None and allowed is not None and w not in worked \
                        and len(worked) >= allowed and not halves:
                    continue
                out.append(e.id)
                break
        return out

    def adapt(self, kind: str, closed: bool) -> None:
        limits = {"people": (1.0, float(len(self.ids))), "shortfall": (1.0, float(len(self.ids))),
                  "spare": (4.0, float(len(self.ids))),
                  "days": (1.0, float(self.p.days)), "block": (0.05, 1.0), "guided": (0.05, 1.0)}
        low, high = limits[kind]
        self.size[kind] = min(high, self.size[kind] * 1.25) if closed else max(low, self.size[kind] * 0.85)


def _round_model(model: Any, values: list[int], free: set[tuple[str, int]]) -> cp_model.CpModel:
    """The whole model with every cell outside ``free`` fixed to ``values`` and a complete hint."""
    sub = model.m.clone()
    proto = sub.proto
    variables = proto.variables
    for (e, d, _s), v in model.x.items():
        if (e, d) not in free:
            index = v.Index()
            domain = variables[index].domain
            domain[0] = values[index]
            domain[1] = values[index]
    sub.clear_hints()
    proto.solution_hint.vars.extend(range(len(values)))
    proto.solution_hint.values.extend(values)
    return sub


def neighbourhood_search(problem: RosterProblem, model: Any, incumbent: Incumbent, deadline: float, *,
                         threads: int, seed: int, round_work: float,
                         should_stop: Callable[[], bool], report: SearchReport,
                         stall: float | None = None, guide: Callable[[], Guide | None] | None = None,
                         kinds: Sequence[str] = KINDS) -> None:
    """Improve ``incumbent`` until ``deadline`` (monotonic), ``should_stop()``, or (with ``stall``)
    no better roster for that many seconds; ``threads`` rounds run at once, each on one CP-SAT
    worker. ``model`` is the solver's model (``m``, ``x``, ``constant``); ``report`` is filled in
    as rounds finish; ``kinds`` are the neighbourhood kinds drawn from (tests single one out)."""
    counter = threading.Lock()
    t0 = time.monotonic()
    incumbent.improved = t0

    def worker(k: int) -> None:
        rng = random.Random(seed * 7919 + k)
        hoods = Neighbourhoods(problem, rng, kinds=kinds)
        while not should_stop():
            if guide is not None and hoods.guide is None:
                hoods.guide = guide()            # the LP relaxation may finish while rounds run
            now = time.monotonic()
            if deadline - now < 0.05:
                return
            if stall is not None and now - incumbent.improved > stall:
                report.stalled = True
                return
            best, best_obj, values = incumbent.snapshot()
            kind, free = hoods.draw(best, values)
            sub = _round_model(model, values, free)
            solver = cp_model.CpSolver()
            prm = solver.parameters
            prm.num_workers = 1
            prm.linearization_level = 2          # the strong LP closes most rounds quickly
            prm.random_seed = rng.randrange(1 << 20)
            # a round's size is CP-SAT's deterministic work, not seconds: on a busy machine a
            # round then still gets its work done (a wall-clock limit cut rounds short, which
            # shrank every neighbourhood); the wall clock only enforces the deadline
            prm.max_deterministic_time = round_work * WORK.get(kind, 1.0)
            prm.max_time_in_seconds = max(0.01, deadline - time.monotonic())
            started = time.monotonic()
            status = solver.Solve(sub)
            took = time.monotonic() - started
            closed = status == cp_model.OPTIMAL
            better = False
            if status in (cp_model.OPTIMAL, cp_model.FEASIBLE) \
                    and round(solver.ObjectiveValue()) + model.constant < best_obj:
                roster = problem.empty_roster()
                for (e, d, s), v in model.x.items():
                    if solver.BooleanValue(v):
                        roster[e][d] = s
                # slack terms of a not-yet-optimal sub-solution may read high: the checker is exact
                objective = min(round(solver.ObjectiveValue()) + model.constant, evaluate(problem, roster).total)
                better = incumbent.offer(roster, objective, list(solver.ResponseProto().solution))
            hoods.adapt(kind, closed)
            with counter:
                report.rounds += 1
                report.busy += took
                report.closed += closed
                if better:
                    report.improvements += 1
                    report.by_kind[kind] = report.by_kind.get(kind, 0) + 1

    pool = [threading.Thread(target=worker, args=(k,), name=f"roster-lns-{k}", daemon=True)
            for k in range(max(1, threads))]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    report.seconds = round(time.monotonic() - t0, 2)
