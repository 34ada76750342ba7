"""The CP-SAT roster engine used by the app and by the benchmark.

Model: one Boolean per (person, day, shift) the person may work at all; contract rules are hard
constraints; cover, requests and fairness are weighted soft goals whose named terms double as the
explanation. Search: a hint (previous roster or a greedy draft), symmetry breaking between
interchangeable people, then phases inside the time limit: a start solve for a first roster (small
rosters are proven optimal here); for big rosters the LP relaxation on its own thread
(``relaxation.py``: the lower bound, and the guide of some rounds) and a large-neighbourhood search
(``lns.py``) that frees a window of days, a few people, a block of both, people who leave part of a
limit unused (a weekend worked by halves) or the cells where the best roster leaves the LP, and
re-solves it with everything else fixed, two rounds at once, to the limit; without an LP bound, rounds
take turns with full solves and a closing full solve from the best roster proves one. When the hard
rules cannot all hold, a relaxed model (each rule per person may be broken at a large price) names
the rules that conflict and still yields a best draft with the violations marked by the independent
checker.
"""
from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from ortools.sat.python import cp_model

from core.inbox.texts import shown, tmsg
from core.kernel.i18n import _
from core.kernel.progress import Progress
from core.scheduling.lns import Guide, Incumbent, SearchReport, neighbourhood_search
from core.scheduling.relaxation import Relaxation, RelaxationSolve
from core.scheduling.roster import HARD_RULES, SOFT_RULES, Roster, RosterProblem, Staff
from core.scheduling.rules import Evaluation, Violation, check_person, cover_count, evaluate, fairness_pool

log = logging.getLogger(__name__)

RELAX_WEIGHT = 100_000
#: Breaking someone's approved time off or availability is a worse draft than leaving a minimum
#: uncovered, so those cost more in the relaxed model (the draft then shows the real shortage).
RELAX_FACTOR = {"day_off": 3, "unavailable": 2, "pinned": 2}
#: Rules that are never relaxed (a person without the key cannot open the shop).
UNRELAXABLE = {"skill", "max_shifts_per_type_zero", "one_shift_per_day"}
#: Up to this many (person, day, shift) cells the start solve keeps the whole budget while it
#: improves: CP-SAT proves such rosters optimal (a shop's week, Curtois & Qu 1-3 with 104-598
#: cells, in 0.3-4 s). Bigger ones hand over to the neighbourhood search soon after the first
#: roster (Curtois & Qu 10 and 11 have 3,484 and 5,304 cells).
SMALL_MODEL = 2_500


@dataclass
class SolveOptions:
    time_limit: float = 10.0
    workers: int = 2
    lns: bool = True
    seed: int = 0
    hint: Roster | None = None
    use_hint: bool = True
    log: bool = False
    subsolvers: tuple[str, ...] = ("max_lp",)
    #: CP-SAT deterministic time per neighbourhood round (a round proven best for its free part
    #: ends sooner); about two seconds of CPU per unit on the 2-core machine it was measured on
    lns_round_work: float = 0.25
    #: seconds at most for the LP relaxation of a big roster (lower bound, guided neighbourhoods)
    relaxation_share: float = 0.5
    #: the start solve hands over to the neighbourhood search this share of the limit (at least
    #: 1 s) after its first roster, or when it stalls; the neighbourhood search leaves
    #: ``closing_share`` of the limit to a closing full solve from the best roster (it proves the
    #: lower bound a gap is measured against, and small rosters optimal).
    start_share: float = 0.02
    #: models with more (person, day, shift) cells than this hand over early (see SMALL_MODEL)
    small_model: int = SMALL_MODEL
    closing_share: float = 0.1
    symmetry_breaking: bool = True
    # the kernel's progress protocol (core.kernel.progress): told about twice a second, from a
    # helper thread, how far the search is; once cancelled, the search stops and keeps the best
    # roster found so far (a roster is useful at any moment, so a cancel is not an error here).
    progress: Progress | None = None


@dataclass(frozen=True)
class Conflict:
    rule: str
    subject: str
    message: str               # in the language of whoever solved
    # the message kept for translation when read (a drafted roster's reason card is read later, by
    # people who may read another language than the worker that drafted it)
    words: Any = field(default=None, compare=False)

    @classmethod
    def said(cls, rule: str, subject: str, words: Any) -> "Conflict":
        return cls(rule, subject, shown(words), words)


@dataclass
class SolveResult:
    status: str                    # OPTIMAL, FEASIBLE, RELAXED (rules broken), NO_SOLUTION
    roster: Roster
    objective: int | None
    bound: int | None
    seconds: float
    evaluation: Evaluation
    conflicts: list[Conflict] = field(default_factory=list)
    phases: list[str] = field(default_factory=list)
    #: (seconds since the start, objective) at each better roster, for "gap over time"
    timeline: list[tuple[float, int]] = field(default_factory=list)

    @property
    def penalties(self) -> dict[str, int]:
        return self.evaluation.by_rule

    @property
    def violations(self) -> list[Violation]:
        return self.evaluation.violations

    @property
    def gap(self) -> float | None:
        if self.objective is None or self.bound is None or self.objective == 0:
            return None
        return (self.objective - self.bound) / self.objective


class _Model:
    """The CP-SAT model of one problem (optionally with every hard rule relaxable)."""

    def __init__(self, problem: RosterProblem, relax: bool = False, symmetry: bool = True) -> None:
        self.p = problem
        self.relax = relax
        self.symmetry = symmetry
        self.m = cp_model.CpModel()
        self.x: dict[tuple[str, int, str], cp_model.IntVar] = {}
        self.work: dict[tuple[str, int], cp_model.IntVar] = {}
        self.holds: dict[tuple[str, str], cp_model.IntVar] = {}
        self.terms: list[tuple[int, object]] = []
        self._build()

    # ---- helpers ----------------------------------------------------------------------------
    def _holds(self, rule: str, subject: str):
        """Literal 'rule holds for subject' in relaxed mode, else None (always enforced)."""
        if not self.relax or rule in UNRELAXABLE:
            return None
        key = (rule, subject)
        if key not in self.holds:
            self.holds[key] = self.m.NewBoolVar(f"holds_{rule}_{subject}")
        return self.holds[key]

    def _clause(self, lits: list, rule: str, subject: str) -> None:
        h = self._holds(rule, subject)
        self.m.AddBoolOr(lits if h is None else lits + [h.Not()])

    def _linear(self, ct, rule: str, subject: str) -> None:
        h = self._holds(rule, subject)
        if h is not None:
            ct.OnlyEnforceIf(h)

    # ---- model ------------------------------------------------------------------------------
    def _build(self) -> None:
        p, m = self.p, self.m
        H = p.days
        for e in p.staff:
            for d in range(H):
                for st in p.shift_types:
                    allowed = st.skills <= e.skills and e.contract.allows(st.id)
                    if not allowed:
                        continue
                    eligible = d not in e.days_off and (d, st.id) not in e.unavailable
                    pin = p.pinned.get((e.id, d), "-")
                    if not eligible and not self.relax:
                        continue
                    v = m.NewBoolVar(f"x_{e.id}_{d}_{st.id}")
                    self.x[e.id, d, st.id] = v
                    if not eligible:
                        rule = "day_off" if d in e.days_off else "unavailable"
                        self._clause([v.Not()], rule, e.id)
                    if pin != "-":
                        self._clause([v] if pin == st.id else [v.Not()], "pinned", f"{e.id}@{d}")
                shifts = [self.x[e.id, d, s] for s in p.shift_ids if (e.id, d, s) in self.x]
                w = m.NewBoolVar(f"w_{e.id}_{d}")
                m.Add(sum(shifts) == w)
                self.work[e.id, d] = w
                if p.pinned.get((e.id, d), "-") is None:
                    self._clause([w.Not()], "pinned", f"{e.id}@{d}")
            self._contract(e)
        self._cover()
        self._requests()
        self._fairness()
        self.symmetric_groups: list[list[Staff]] = []
        if self.symmetry:
            self._symmetry()
        obj = sum(c * v for c, v in self.terms)
        if self.holds:
            obj += sum(RELAX_WEIGHT * RELAX_FACTOR.get(rule, 1) * (1 - h)
                       for (rule, _), h in self.holds.items())
        m.Minimize(obj)

    def _contract(self, e: Staff) -> None:
        p, m, c, H = self.p, self.m, e.contract, self.p.days
        w = [self.work[e.id, d] for d in range(H)]
        xs = lambda s: [self.x[e.id, d, s] for d in range(H) if (e.id, d, s) in self.x]  # noqa: E731
        if c.max_shifts is not None:
            for s in p.shift_ids:
                limit = c.max_shifts.get(s, 0)
                if limit < H and xs(s):
                    self._linear(m.Add(sum(xs(s)) <= limit), "max_shifts_per_type", e.id)
        for a, b in sorted(p.forbidden_pairs(e)):
            for d in range(H - 1):
                if (e.id, d, a) in self.x and (e.id, d + 1, b) in self.x:
                    self._clause([self.x[e.id, d, a].Not(), self.x[e.id, d + 1, b].Not()],
                                 "forbidden_succession", e.id)
        prev = p.last_before(e.id)
        if prev is not None:
            for a, b in p.forbidden_pairs(e):
                if a == prev and (e.id, 0, b) in self.x:
                    self._clause([self.x[e.id, 0, b].Not()], "forbidden_succession", e.id)
        minutes = sum(p.shift(s).length * v for (sid, _, s), v in self.x.items() if sid == e.id)
        if c.max_minutes is not None:
            self._linear(m.Add(minutes <= c.max_minutes), "max_minutes", e.id)
        if c.min_minutes:
            self._linear(m.Add(minutes >= c.min_minutes), "min_minutes", e.id)
        k = c.max_consecutive_shifts
        if k is not None and k < H:
            for d in range(H - k):
                self._linear(m.Add(sum(w[d:d + k + 1]) <= k), "max_consecutive_shifts", e.id)
        run = p.trailing_run(e.id)
        if k is not None and run:
            free = max(0, k - run)          # days 0..free-1 may be worked, then one must be off
            if free < H:
                self._linear(m.Add(sum(w[:free + 1]) <= free), "max_consecutive_shifts", e.id)
        for length in range(1, c.min_consecutive_shifts):
            for d in range(1, H - length):
                block = [w[i].Not() for i in range(d, d + length)]
                self._clause([w[d - 1]] + block + [w[d + length]], "min_consecutive_shifts", e.id)
        for length in range(1, c.min_consecutive_days_off):
            for d in range(1, H - length):
                block = [w[i] for i in range(d, d + length)]
                self._clause([w[d - 1].Not()] + block + [w[d + length].Not()], "min_consecutive_days_off", e.id)
        if c.max_weekends is not None:
            wks = []
            for group in p.weekends():
                wk = m.NewBoolVar(f"wk_{e.id}_{group[0]}")
                for d in group:
                    m.AddImplication(w[d], wk)
                m.AddBoolOr([w[d] for d in group] + [wk.Not()])
                wks.append(wk)
            self.weekend_vars = getattr(self, "weekend_vars", {})
            self.weekend_vars[e.id] = wks
            if c.max_weekends < len(wks):
                self._linear(m.Add(sum(wks) <= c.max_weekends), "max_weekends", e.id)

    def _cover(self) -> None:
        p, m = self.p, self.m
        for i, c in enumerate(p.cover):
            people = [self.x[e.id, c.day, c.shift] for e in p.staff
                      if (e.id, c.day, c.shift) in self.x and (c.skill is None or c.skill in e.skills)]
            count = sum(people)
            n = len(people)
            if c.hard_minimum:
                self._linear(m.Add(count >= c.hard_minimum), "cover_minimum", f"{c.day}:{c.shift}:{c.skill}")
            if c.under_weight and c.required > 0:
                under = m.NewIntVar(0, c.required, f"under_{i}")
                m.Add(under >= c.required - count)
                self.terms.append((c.under_weight, under))
            if c.over_weight and n > c.required:
                over = m.NewIntVar(0, n - c.required, f"over_{i}")
                m.Add(over >= count - c.required)
                self.terms.append((c.over_weight, over))

    def _requests(self) -> None:
        self.constant = 0
        for r in self.p.requests:
            v = self.x.get((r.staff, r.day, r.shift))
            if r.on:
                self.constant += r.weight
                if v is not None:
                    self.terms.append((-r.weight, v))
            elif v is not None:
                self.terms.append((r.weight, v))

    def _fairness(self) -> None:
        p, m, wts = self.p, self.m, self.p.weights
        for kind, weight in (("weekends", wts.weekends), ("evenings", wts.evenings), ("closings", wts.closings)):
            pool = fairness_pool(p, kind)
            if not weight or len(pool) < 2:
                continue
            counts = []
            for e in pool:
                if kind == "weekends":
                    wks = getattr(self, "weekend_vars", {}).get(e.id)
                    if wks is None:
                        wks = []
                        for group in p.weekends():
                            wk = m.NewBoolVar("")
                            for d in group:
                                m.AddImplication(self.work[e.id, d], wk)
                            m.AddBoolOr([self.work[e.id, d] for d in group] + [wk.Not()])
                            wks.append(wk)
                    counts.append(sum(wks))
                else:
                    flag = (lambda st: st.is_evening) if kind == "evenings" else (lambda st: st.closing)
                    counts.append(sum(v for (sid, _, s), v in self.x.items() if sid == e.id and flag(p.shift(s))))
            hi = m.NewIntVar(0, p.days, f"max_{kind}")
            lo = m.NewIntVar(0, p.days, f"min_{kind}")
            for cnt in counts:
                m.Add(hi >= cnt)
                m.Add(lo <= cnt)
            self.terms.append((weight, hi))
            self.terms.append((-weight, lo))
        if wts.hours:
            for e in p.staff:
                target = e.contract.target_minutes
                if target is None:
                    continue
                minutes = sum(p.shift(s).length * v for (sid, _, s), v in self.x.items() if sid == e.id)
                dev = m.NewIntVar(0, max(target, p.days * 24 * 60) // 60 + 1, f"dev_{e.id}")
                m.Add(60 * dev >= minutes - target)
                m.Add(60 * dev >= target - minutes)
                self.terms.append((wts.hours, dev))

    def _symmetry(self) -> None:
        """Interchangeable people (same contract, skills, days off, requests): order by hours worked."""
        p = self.p
        def signature(e: Staff):
            reqs = tuple(sorted((r.day, r.shift, r.on, r.weight) for r in p.requests if r.staff == e.id))
            pins = tuple(sorted((d, s or "") for (sid, d), s in p.pinned.items() if sid == e.id))
            return (e.contract.min_minutes, e.contract.max_minutes,
                    tuple(sorted((e.contract.max_shifts or {}).items())) if e.contract.max_shifts is not None else None,
                    e.contract.max_consecutive_shifts, e.contract.min_consecutive_shifts,
                    e.contract.min_consecutive_days_off, e.contract.max_weekends, e.contract.min_rest_minutes,
                    e.contract.target_minutes, e.skills, e.days_off, e.unavailable, reqs, pins)
        groups: dict[object, list[Staff]] = {}
        for e in p.staff:
            groups.setdefault(signature(e), []).append(e)
        self.symmetric_groups = [g for g in groups.values() if len(g) > 1]
        for g in self.symmetric_groups:
            # Sorting interchangeable people by any key is always possible, so ordering them by the
            # code of their first days (shift index + 1 per day, in base shift-count + 1) is a valid
            # cut; a handful of days keeps the coefficients small for the LP.
            base = len(p.shift_types) + 1
            span = min(p.days, 8)
            codes = [sum((base ** (span - 1 - d)) * (k + 1) * self.x[e.id, d, s]
                         for k, s in enumerate(p.shift_ids) for d in range(span) if (e.id, d, s) in self.x)
                     for e in g]
            for a, b in zip(codes, codes[1:]):
                self.m.Add(a >= b)

    # ---- solution I/O -------------------------------------------------------------------------
    def hint(self, roster: Roster) -> None:
        self.m.ClearHints()
        for (e, d, s), v in self.x.items():
            row = roster.get(e)
            self.m.AddHint(v, 1 if row is not None and d < len(row) and row[d] == s else 0)

    def read(self, solver: cp_model.CpSolver) -> Roster:
        roster = self.p.empty_roster()
        for (e, d, s), v in self.x.items():
            if solver.BooleanValue(v):
                roster[e][d] = s
        return roster


def _parameters(opts: SolveOptions, seconds: float, workers: int | None = None) -> cp_model.CpSolver:
    solver = cp_model.CpSolver()
    prm = solver.parameters
    prm.max_time_in_seconds = max(0.05, seconds)
    prm.num_workers = workers or opts.workers
    prm.random_seed = opts.seed
    prm.linearization_level = 2
    # The full-problem worker runs with the strongest LP relaxation: on rostering models it proves
    # the cover bound almost at once (Curtois & Qu 2 and 3: optimal in about a second instead of a
    # bound near 25% of the optimum with the default LP). The other worker runs CP-SAT's own LNS.
    if opts.subsolvers:
        prm.subsolvers.extend(opts.subsolvers)
    prm.log_search_progress = opts.log
    return solver


def greedy_roster(problem: RosterProblem) -> Roster:
    """A quick constructive draft used as a solution hint.

    Fills the cover of each day in order with the person who is furthest below their minimum
    time, skipping anyone for whom the shift would break a local rule (day off, type, succession,
    consecutive days, maximum time, weekends). On a weekend's second day it prefers the people who
    work its first: where weekends are the scarce resource (Curtois & Qu 10 wants more weekend
    shifts than its people's weekends hold) a weekend worked by halves wastes one. (Measured on
    Instance10 and 11, 60 s quiet and busy: the final rosters were as good as from the draft that
    ignored weekends — CP-SAT's first roster differs from either — so this keeps the hint within
    the rules rather than speeding the search.) It need not be feasible: CP-SAT repairs hints.
    """
    roster = problem.empty_roster()
    minutes = {e.id: 0 for e in problem.staff}
    counts: dict[tuple[str, str], int] = {}
    pairs = {e.id: problem.forbidden_pairs(e) for e in problem.staff}
    weekend_of = problem.weekend_of()
    weekends: dict[str, set[int]] = {e.id: set() for e in problem.staff}
    for d in range(problem.days):
        w = weekend_of.get(d)
        for c in sorted((c for c in problem.cover if c.day == d), key=lambda c: -c.under_weight):
            need = max(c.required, c.hard_minimum) - cover_count(problem, roster, d, c.shift, c.skill)
            cands = []
            for e in problem.staff:
                row = roster[e.id]
                k = e.contract
                if row[d] is not None or not problem.can_work(e, d, c.shift):
                    continue
                if c.skill and c.skill not in e.skills:
                    continue
                if d > 0 and row[d - 1] is not None and (row[d - 1], c.shift) in pairs[e.id]:
                    continue
                if k.max_shifts is not None and counts.get((e.id, c.shift), 0) >= k.max_shifts.get(c.shift, 0):
                    continue
                length = problem.shift(c.shift).length
                if k.max_minutes is not None and minutes[e.id] + length > k.max_minutes:
                    continue
                run = 0
                while d - run - 1 >= 0 and row[d - run - 1] is not None:
                    run += 1
                if k.max_consecutive_shifts is not None and run + 1 > k.max_consecutive_shifts:
                    continue
                joins = w is not None and w in weekends[e.id]
                if w is not None and not joins and k.max_weekends is not None \
                        and len(weekends[e.id]) >= k.max_weekends:
                    continue
                cands.append((not joins, minutes[e.id] - k.min_minutes, -run, e.id))
            for *_rank, eid in sorted(cands)[:max(0, need)]:
                roster[eid][d] = c.shift
                if w is not None:
                    weekends[eid].add(w)
                minutes[eid] += problem.shift(c.shift).length
                counts[eid, c.shift] = counts.get((eid, c.shift), 0) + 1
    return roster


class _StallWatch(cp_model.CpSolverSolutionCallback):
    """Watches a running solve from a timer thread: stops it when neither a better solution nor a
    better bound has come for ``seconds`` (if given), reports progress, and stops it when the
    person asked to (the progress is cancelled, or ``stop_requested`` is set)."""

    def __init__(self, solver: cp_model.CpSolver, seconds: float | None, search: "_Search",
                 cap: float | None = None) -> None:
        super().__init__()
        import threading
        self.solver = solver
        self.seconds = seconds
        self.cap = cap                  # hand over this many seconds after the first roster
        self.first: float | None = None
        self.search = search
        self.last = time.monotonic()
        self.seen = False
        self.stalled = False
        self.capped = False
        self.objective: float | None = None
        self.bound: float | None = None
        self._done = threading.Event()
        solver.best_bound_callback = self._bound       # a rising bound is progress too
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _bound(self, bound: float) -> None:
        self.last = time.monotonic()
        self.bound = bound

    def on_solution_callback(self) -> None:
        self.last = time.monotonic()
        if self.first is None:
            self.first = self.last
        self.seen = True
        self.objective = self.ObjectiveValue()

    def _watch(self) -> None:
        ticks = 0
        while not self._done.wait(0.1):
            ticks += 1
            if ticks % 5 == 0 and not self.search.report(self.objective, self.bound):
                self.solver.StopSearch()
                return
            if self.search.stop_requested:
                self.solver.StopSearch()
                return
            if self.seconds is not None and self.seen and time.monotonic() - self.last > self.seconds:
                self.stalled = True
                self.solver.StopSearch()
                return
            if self.cap is not None and self.first is not None and time.monotonic() - self.first > self.cap:
                self.stalled = True
                self.capped = True
                self.solver.StopSearch()
                return

    def stop(self) -> None:
        self._done.set()
        self._thread.join(1)


class _Search:
    """Start solve (+ the LP relaxation beside it for big rosters) + large-neighbourhood search +
    a closing solve when no LP bound is known, within one time budget."""

    def __init__(self, problem: RosterProblem, opts: SolveOptions, started: float | None = None) -> None:
        self.started = time.monotonic() if started is None else started   # the limit counts from here
        self.p = problem
        self.opts = opts
        self.model = _Model(problem, symmetry=opts.symmetry_breaking)
        self.best: Roster | None = None
        self.best_obj: int | None = None
        self.values: list[int] | None = None     # the best roster's complete CP-SAT assignment
        self.bound: int | None = None
        self.optimal = False
        self.infeasible = False
        self.phases: list[str] = []
        self.timeline: list[tuple[float, int]] = []
        self.stop_requested = False
        self._reported = 0.0
        self._incumbent: Incumbent | None = None
        self._relaxation: Relaxation | None = None
        self._relaxing: threading.Thread | None = None
        self._lp: RelaxationSolve | None = None
        self._relaxed_in = 0.0
        self._guide_lock = threading.Lock()
        self._guide_cache: Guide | None = None

    def report(self, objective: float | None, bound: float | None) -> bool:
        """Tell the caller how far the search is; False (and stop) when they asked to stop."""
        progress = self.opts.progress
        if progress is None:
            return True
        const = self.model.constant
        best = self.best_obj
        if objective is not None:
            best = min(best, round(objective) + const) if best is not None else round(objective) + const
        low = self.bound if bound is None else max(self.bound or 0, round(bound) + const)
        elapsed = time.monotonic() - self.started
        text = (f"planning: {elapsed:.0f} of {self.opts.time_limit:.0f} s"
                + (f", best penalty {best}" if best is not None else ", no roster yet")
                + (f", lower bound {low}" if low is not None else ""))
        if progress.cancelled:
            self.stop_requested = True
            self.phases.append(f"stopped on request after {elapsed:.1f} s")
            return False
        try:
            progress.report(min(int(elapsed), int(self.opts.time_limit)), int(self.opts.time_limit), text)
        except Exception:  # noqa: BLE001 - on the watcher thread: a listener's bug must not end the search
            log.exception("the roster search's progress listener failed")
        return True

    def _keep(self, roster: Roster, objective: int, values: list[int]) -> None:
        if self.best_obj is None or objective < self.best_obj:
            self.best, self.best_obj, self.values = roster, objective, values
            self.timeline.append((round(time.monotonic() - self.started, 2), objective))

    def _hint_best(self) -> None:
        """Hint the best roster as a complete assignment: CP-SAT then starts from it at once (a
        hint of the shift cells alone is only followed by one worker and often dropped)."""
        assert self.values is not None
        m = self.model.m
        m.clear_hints()
        proto = m.proto
        proto.solution_hint.vars.extend(range(len(self.values)))
        proto.solution_hint.values.extend(self.values)

    def _full(self, seconds: float, hint: Roster | None, label: str, stall: float | None = None,
              cap: float | None = None) -> bool:
        """One full solve; with ``stall``, stop early when neither the best roster nor the bound has
        improved for that many seconds; with ``cap``, stop after that many seconds once a roster is
        known (then the neighbourhood search takes over). Returns True if it stopped early."""
        if self.values is not None:
            self._hint_best()
        elif hint is not None:
            self.model.hint(hint)
        solver = _parameters(self.opts, seconds)
        watch = (_StallWatch(solver, stall, self, cap)
                 if (stall or cap is not None or self.opts.progress) else None)
        status = solver.Solve(self.model.m, watch)
        if watch is not None:
            watch.stop()
        const = self.model.constant
        if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            # The model's slack variables (shortfall, surplus, spreads) are only pushed down by the
            # objective, so a roster that is not yet optimal may be reported a little too high: the
            # true penalty is the checker's (for an optimal roster both agree).
            roster = self.model.read(solver)
            obj = min(round(solver.ObjectiveValue()) + const, evaluate(self.p, roster).total)
            self._keep(roster, obj, list(solver.ResponseProto().solution))
            bound = round(solver.BestObjectiveBound()) + const
            self.bound = bound if self.bound is None else max(self.bound, bound)
            if status == cp_model.OPTIMAL:
                self.optimal = True
                self.bound = self.best_obj
        elif status == cp_model.INFEASIBLE:
            self.infeasible = True
        stalled = watch is not None and watch.stalled
        why = ""
        if watch is not None and watch.capped:
            why = f" (handed over {cap:.0f} s after its first roster)"
        elif stalled:
            why = f" (stopped: no better roster for {stall:.0f} s)"
        self.phases.append(f"{label}: {solver.StatusName(status)} objective {self.best_obj} "
                           f"bound {self.bound} in {solver.WallTime():.1f} s" + why)
        return stalled

    def _should_stop(self) -> bool:
        """Polled by the neighbourhood threads between rounds: a cancel, or a proven optimum."""
        now = time.monotonic()
        if now - self._reported >= 0.5:
            self._reported = now
            self.report(None, None)
        if self.bound is not None and self._incumbent is not None and self._incumbent.objective <= self.bound:
            return True
        return self.stop_requested

    def _lns(self, deadline: float, stall: float | None = None, label: str = "neighbourhood search") -> None:
        """The large-neighbourhood search (``core.scheduling.lns``) from the best roster until
        ``deadline`` (or no better roster for ``stall`` seconds), on as many threads as the
        options have workers."""
        assert self.best is not None and self.best_obj is not None and self.values is not None
        start_obj = self.best_obj
        self._incumbent = Incumbent(self.best, self.best_obj, self.values, self.started)
        report = SearchReport()
        neighbourhood_search(self.p, self.model, self._incumbent, deadline, threads=self.opts.workers,
                             seed=self.opts.seed, round_work=self.opts.lns_round_work,
                             should_stop=self._should_stop, report=report, stall=stall, guide=self._guide)
        inc, self._incumbent = self._incumbent, None
        self.timeline.extend(inc.timeline)
        if inc.objective < self.best_obj:
            self.best, self.best_obj, self.values = inc.roster, inc.objective, inc.values
        if self.bound is not None and self.best_obj <= self.bound:
            self.optimal = True
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(report.by_kind.items()))
        each = f", {report.busy / report.rounds:.2f} s each" if report.rounds else ""
        self.phases.append(f"{label}: {report.rounds} rounds ({report.closed} closed{each}), "
                           f"{report.improvements} improvements" + (f" ({kinds})" if kinds else "")
                           + f", objective {start_obj} → {self.best_obj} in {report.seconds:.1f} s"
                           + (f" (stopped: no better roster for {stall:.0f} s)" if report.stalled else ""))

    def _start_relaxation(self, seconds: float) -> None:
        """Solve the LP relaxation on its own thread while the start solve and the first rounds
        run (GLOP releases the GIL); ``_guide`` picks up its bound and values once it is done."""
        t0 = time.monotonic()
        self._lp = RelaxationSolve(self.model.m.proto, seconds)

        def relax() -> None:
            assert self._lp is not None
            try:
                self._relaxation = self._lp.run()
            except Exception:  # noqa: BLE001 - the LP only helps; the search goes on without it
                log.exception("the roster's LP relaxation failed")
            self._relaxed_in = time.monotonic() - t0

        self._relaxing = threading.Thread(target=relax, name="roster-lp", daemon=True)
        self._relaxing.start()

    def _guide(self) -> Guide | None:
        """The LP's guide for the neighbourhood rounds once the relaxation is done (None before,
        or without one); the first call after it finished records its phase and raises the bound.
        Called from the search threads between rounds."""
        with self._guide_lock:
            if self._relaxing is not None and not self._relaxing.is_alive():
                self._relaxing = None
                relaxation = self._relaxation
                if relaxation is None:
                    why = "stopped with the search" if self._lp is not None and self._lp.stopped else "no optimum"
                    self.phases.append(f"LP relaxation: {why} after {self._relaxed_in:.1f} s")
                else:
                    bound = relaxation.bound + self.model.constant
                    self.bound = bound if self.bound is None else max(self.bound, bound)
                    self._guide_cache = Guide.of(self.model, relaxation.values)
                    self.phases.append(f"LP relaxation: bound {bound} in {self._relaxed_in:.1f} s")
            return self._guide_cache

    def _end_relaxation(self) -> None:
        """Stop an LP still running when the search ends (the limit holds for every thread)."""
        if self._relaxing is not None and self._lp is not None:
            self._lp.interrupt(wait=1.0)
            self._relaxing.join(0.1)
            self._guide()

    def run(self) -> None:
        try:
            self._run()
        finally:
            self._end_relaxation()

    def _run(self) -> None:
        limit = self.opts.time_limit
        # building the model counts against the limit, and the last rounds' ends, the checker's
        # evaluation and the LP's interruption take a few tens of milliseconds on a busy machine:
        # they come out of a small reserve so that the result is back at the limit, not after it
        deadline = self.started + limit - min(0.1, 0.01 * limit)
        limit = max(0.1, deadline - time.monotonic())
        hint = None
        if self.opts.use_hint:
            hint = self.opts.hint or greedy_roster(self.p)
        if not self.opts.lns:
            self._full(limit, hint, "full solve")
            return
        # The start solve (max-LP worker + CP-SAT's own first-solution and LNS workers) proves small
        # rosters optimal at once. On bigger ones it hands over to our neighbourhood search soon
        # after its first roster: measured on Curtois & Qu 10 and 11, its progress there is one
        # cover shortfall at a time while a neighbourhood round closes a whole week or a few
        # people's month in about a second.
        stall = max(2.0, limit * 0.2)
        self.report(None, None)          # "planning: 0 of N s" at once, however fast the solve
        big = len(self.model.x) > self.opts.small_model
        cap = None if not big else max(1.0, limit * self.opts.start_share)
        if big and self.opts.relaxation_share > 0:
            self._start_relaxation(limit * self.opts.relaxation_share)
        self._full(limit, hint, "start solve", stall, cap=cap)
        if self.best is None and not self.infeasible and not self.stop_requested \
                and time.monotonic() < deadline - 0.5:
            self._full(deadline - time.monotonic(), hint, "second solve")
            return
        if self.optimal or self.infeasible or self.best is None or self.stop_requested:
            return
        # Without the LP, neighbourhood rounds and full solves from the best roster take turns, each
        # until it finds nothing better for a while (rounds drawn blind stalled near 10 % above the
        # best known on Curtois & Qu 10, where CP-SAT's own portfolio, started from that roster,
        # still improved). With the LP's bound there is nothing for a closing solve to prove, and
        # rounds guided by the LP and spare rounds outdo full solves: in thirteen 60 s runs of
        # Instance10 and 11 at load 2-6, six full solves of 2-11 s from the best roster found one
        # better roster (by one point), the rounds after them better ones in two of three turns.
        # The rounds then keep the time.
        closing = deadline if self._lp is not None else deadline - limit * self.opts.closing_share
        patience = None if self._lp is not None else max(3.0, limit * 0.08)
        turn = 0
        while time.monotonic() < closing - 1.0 and not self.optimal and not self.stop_requested:
            turn += 1
            self._lns(closing, stall=patience, label=_("neighbourhood search {turn}").format(turn=turn) if turn > 1
                      else _("neighbourhood search"))
            if self.optimal or self.stop_requested or time.monotonic() >= closing - 1.0:
                break
            self._full(closing - time.monotonic(), None, f"full solve from the best roster {turn}", patience)
        if not self.optimal and not self.stop_requested and time.monotonic() < deadline - 0.3:
            self._full(deadline - time.monotonic(), None, "closing solve")


def solve(problem: RosterProblem, options: SolveOptions | None = None) -> SolveResult:
    """Plan ``problem``; always returns a roster (a relaxed draft when the rules conflict)."""
    opts = options or SolveOptions()
    t0 = time.monotonic()
    search = _Search(problem, opts, started=t0)
    search.run()
    if search.best is not None:
        ev = evaluate(problem, search.best)
        status = "OPTIMAL" if search.optimal else "FEASIBLE"
        return SolveResult(status, search.best, search.best_obj, search.bound,
                           time.monotonic() - t0, ev, phases=search.phases, timeline=search.timeline)
    remaining = max(1.0, opts.time_limit - (time.monotonic() - t0))
    return _relaxed(problem, opts, remaining, t0, search.phases, search.infeasible)


def _relaxed(problem: RosterProblem, opts: SolveOptions, seconds: float, t0: float,
             phases: list[str], proven: bool) -> SolveResult:
    """Solve with every hard rule breakable at a large price; name what had to give."""
    model = _Model(problem, relax=True)
    model.hint(opts.hint or greedy_roster(problem))
    solver = _parameters(opts, seconds)
    status = solver.Solve(model.m)
    phases.append(f"relaxed solve: {solver.StatusName(status)} in {solver.WallTime():.1f} s")
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        ev = evaluate(problem, problem.empty_roster())
        conflicts = [Conflict.said("unknown", "", tmsg("no roster found within the time limit; try a longer limit"))]
        return SolveResult("NO_SOLUTION", problem.empty_roster(), None, None, time.monotonic() - t0, ev,
                           conflicts, phases)
    roster = model.read(solver)
    ev = evaluate(problem, roster)
    broken = [key for key, h in model.holds.items() if not solver.BooleanValue(h)]
    conflicts = explain_conflicts(problem, roster, broken, proven)
    return SolveResult("RELAXED", roster, ev.total, None, time.monotonic() - t0, ev, conflicts, phases)


def explain_conflicts(problem: RosterProblem, roster: Roster, broken: list[tuple[str, str]],
                      proven: bool) -> list[Conflict]:
    """Plain-words reasons for each rule the best draft had to break, each kept as a message with
    its arguments (:func:`core.inbox.texts.tmsg`) so a stored reason card reads in the reader's
    language; ``message`` is the same in the solving process's language."""
    out = []
    for rule, subject in broken:
        if rule == "cover_minimum":
            day_s, shift, skill = subject.split(":")
            day = int(day_s)
            cover = next(c for c in problem.cover if c.day == day and c.shift == shift
                         and str(c.skill) == skill)
            reasons = [tmsg("{name}: {why}", name=e.label, why=why_not_words(problem, roster, e, day, shift))
                       for e in problem.staff if cover.skill is None or cover.skill in e.skills]
            where = {"shift": problem.shift(shift).label, "day": problem.day_label(day),
                     "needed": cover.hard_minimum, "rostered": cover_count(problem, roster, day, shift, cover.skill)}
            if not reasons:
                words = tmsg("not enough staff with the skill {skill} for {shift} on {day}: {needed} needed, "
                             "{rostered} rostered (nobody has the skill)", skill=cover.skill, **where)
            elif cover.skill is not None:
                words = tmsg("not enough staff with the skill {skill} for {shift} on {day}: {needed} needed, "
                             "{rostered} rostered ({reasons})", skill=cover.skill, reasons=_listed(reasons), **where)
            else:
                words = tmsg("not enough staff for {shift} on {day}: {needed} needed, {rostered} rostered "
                             "({reasons})", reasons=_listed(reasons), **where)
        else:
            e = problem.person(subject.split("@")[0])
            details = [v.words or v.message for v in check_person(problem, e, roster[e.id]) if v.rule == rule]
            title = tmsg(HARD_RULES[rule]) if rule in HARD_RULES else rule
            words = (tmsg("{rule} cannot hold for {name} with the other rules and requests: {details}", rule=title,
                          name=e.label, details=_listed(details)) if details else
                     tmsg("{rule} cannot hold for {name} with the other rules and requests", rule=title,
                          name=e.label))
        if not proven:
            words = tmsg("(no roster keeping every rule was found in time) {conflict}", conflict=words)
        out.append(Conflict.said(rule, subject, words))
    return out


def _listed(parts: list[Any]) -> Any:
    """Messages joined with "; ", still messages (each translated when read)."""
    joined = parts[-1]
    for part in reversed(parts[:-1]):
        joined = tmsg("{first}; {rest}", first=part, rest=joined)
    return joined


def _rule_titles(rules: set[str]) -> Any:
    """Broken rules' titles, as one message: "maximum working time, minimum rest"."""
    titles = sorted(rules, key=lambda r: _(HARD_RULES[r]) if r in HARD_RULES else r)
    return [tmsg(HARD_RULES[r]) if r in HARD_RULES else r for r in titles]


def why_not_words(problem: RosterProblem, roster: Roster, person: Staff, day: int, shift: str) -> Any:
    """Why ``person`` does not work ``shift`` on ``day`` in ``roster``, as a message (for explanations)."""
    if day in person.days_off:
        return tmsg("day off / time off")
    if (day, shift) in person.unavailable:
        return tmsg("not available")
    if not problem.shift(shift).skills <= person.skills:
        return tmsg("lacks a skill the shift needs")
    if not person.contract.allows(shift):
        return tmsg("contract excludes this shift type")
    current = roster[person.id][day]
    if current == shift:
        return tmsg("rostered")
    trial = list(roster[person.id])
    trial[day] = shift
    before = {v.rule for v in check_person(problem, person, roster[person.id])}
    after = {v.rule for v in check_person(problem, person, trial) if v.rule not in before}
    if after:
        return tmsg("would break {rules}", rules=_rule_titles(after))
    if current is not None:
        return tmsg("works {shift}", shift=problem.shift(current).label)
    return tmsg("free but not needed by the best trade-off")


def why_not(problem: RosterProblem, roster: Roster, person: Staff, day: int, shift: str) -> str:
    """:func:`why_not_words` in the current language."""
    return shown(why_not_words(problem, roster, person, day, shift))


def honour_cost_words(problem: RosterProblem, roster: Roster, staff_id: str, day: int, shift: str | None) -> Any:
    """What honouring one wish would have cost, as a message: broken rules, or the penalty change by rule."""
    person = problem.person(staff_id)
    trial = {k: list(v) for k, v in roster.items()}
    trial[staff_id][day] = shift
    before, after = evaluate(problem, roster), evaluate(problem, trial)
    new_rules = {v.rule for v in after.violations} - {v.rule for v in before.violations}
    if new_rules:
        return tmsg("would break {rules}", rules=_rule_titles(new_rules))
    if shift is not None and problem.shift(shift).skills - person.skills:
        return tmsg("lacks a skill the shift needs")
    diff = {r: after.by_rule.get(r, 0) - before.by_rule.get(r, 0)
            for r in set(after.by_rule) | set(before.by_rule)}
    diff = {r: d for r, d in diff.items() if d and not r.startswith("shift_o")}
    if not diff:
        return tmsg("an equally good alternative was chosen")
    parts = [tmsg("{rule} {change}", rule=tmsg(SOFT_RULES[r]) if r in SOFT_RULES else r.replace("_", " "),
                  change=format(d, "+d")) for r, d in sorted(diff.items(), key=lambda kv: -kv[1])]
    return tmsg("honouring it would change the penalty by {change} ({parts})", change=format(sum(diff.values()), "+d"),
                parts=parts)


def honour_cost(problem: RosterProblem, roster: Roster, staff_id: str, day: int, shift: str | None) -> str:
    """:func:`honour_cost_words` in the current language."""
    return shown(honour_cost_words(problem, roster, staff_id, day, shift))
