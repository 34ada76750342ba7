"""The linear relaxation of the roster model, solved with GLOP (OR-Tools' own LP solver).

Why: rostering models have a very tight LP relaxation (Curtois & Qu 10 and 11: 4615.8 and 3417.6
against best known 4631 and 3443), but CP-SAT's LP worker on a whole 28-day model needs most of a
minute on two shared cores before its first bound, so full solves there report a bound near 0.
GLOP's dual simplex solves the same relaxation in one to a few seconds, on its own thread (it
releases the GIL). It gives:

* an honest lower bound for big rosters (what a gap is measured against), and
* the LP's values, which guide the neighbourhood search: the cells where the best roster differs
  from the LP solution are where a better roster is most likely to differ too (the "RINS" idea of
  Danna, Rothberg and Le Pape, 2005).

Dropping a constraint keeps a relaxation valid, so constraint kinds this translation does not know
(and linear constraints with enforcement literals, used only by the relaxed conflict model) are
left out rather than refused.
"""
from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ortools.linear_solver import pywraplp

_INFINITY = float("inf")
_BIG = 2 ** 62                 # CP-SAT writes unbounded domain ends as ±(2^63 - 1)


@dataclass(frozen=True)
class Relaxation:
    """The LP optimum of a CP-SAT model: ``bound`` in the model's objective units (offset
    included, rounded up: the objective is integral) and a value per CP-SAT variable index."""

    bound: int
    values: tuple[float, ...]


def _literal(lit: int) -> tuple[int, float, float]:
    """A CP-SAT literal as (variable index, coefficient, constant): ``x`` or ``1 - x``."""
    return (lit, 1.0, 0.0) if lit >= 0 else (-lit - 1, -1.0, 1.0)


class RelaxationSolve:
    """One LP solve of a CP-SAT model that another thread may stop (``interrupt``) when the roster
    search ends first: a search must return at its time limit, with no LP still running."""

    def __init__(self, proto: Any, seconds: float) -> None:
        self.proto = proto
        self.seconds = seconds
        self._lp: Any = None
        self._stopped = False
        self._done = threading.Event()

    @property
    def stopped(self) -> bool:
        """Whether ``interrupt`` was called."""
        return self._stopped

    def interrupt(self, wait: float = 1.0) -> None:
        """Stop the solve and wait up to ``wait`` seconds for it to end. GLOP forgets an interrupt
        that comes just before its solve starts, so it is repeated until the solve has ended."""
        self._stopped = True
        deadline = time.monotonic() + wait
        while not self._done.is_set() and time.monotonic() < deadline:
            if self._lp is not None:
                self._lp.InterruptSolve()
            self._done.wait(0.01)

    def run(self) -> Relaxation | None:
        """The LP optimum, or None if GLOP did not reach it in time (a bound from an unfinished
        simplex is not a bound) or the solve was interrupted."""
        try:
            return self._run()
        finally:
            self._done.set()

    def _run(self) -> Relaxation | None:
        lp = pywraplp.Solver.CreateSolver("GLOP")
        if lp is None:  # pragma: no cover - GLOP ships with every OR-Tools wheel
            return None
        lp.SetSolverSpecificParametersAsString("use_dual_simplex: true")
        lp.SetNumThreads(1)
        lp.SetTimeLimit(max(1, int(self.seconds * 1000)))
        objective = _translate(lp, self.proto, lambda: self._stopped)
        self._lp = lp
        if objective is None or self._stopped or lp.Solve() != pywraplp.Solver.OPTIMAL or self._stopped:
            return None
        proto = self.proto
        scale = proto.objective.scaling_factor or 1.0
        value = (objective.Value() + proto.objective.offset) * scale
        return Relaxation(bound=math.ceil(value - 1e-4),
                          values=tuple(v.solution_value() for v in lp.variables()))


def solve_relaxation(proto: Any, seconds: float) -> Relaxation | None:
    """Solve the LP relaxation of ``proto`` (a CP-SAT ``CpModelProto``) within ``seconds``."""
    return RelaxationSolve(proto, seconds).run()


def _translate(lp: Any, proto: Any, stopped: Callable[[], bool] = lambda: False) -> Any:
    """Add ``proto``'s variables, the constraints an LP can state and the objective to ``lp``;
    returns the LP's objective, or None when ``stopped()`` turned true on the way (translating a
    big model takes a few tenths of a second)."""
    variables = []
    for v in proto.variables:
        domain = v.domain
        variables.append(lp.NumVar(float(domain[0]), float(domain[len(domain) - 1]), ""))

    def at_least_one(literals: list[int]) -> None:
        constant = 0.0
        row: dict[int, float] = {}
        for lit in literals:
            index, coef, k = _literal(lit)
            row[index] = row.get(index, 0.0) + coef
            constant += k
        ct = lp.Constraint(1.0 - constant, _INFINITY)
        for index, coef in row.items():
            ct.SetCoefficient(variables[index], coef)

    for count, c in enumerate(proto.constraints):
        if count % 1000 == 0 and stopped():
            return None
        unless = [-e - 1 for e in c.enforcement_literal]      # "enforcement false" literals
        if c.has_bool_or():
            at_least_one(list(c.bool_or.literals) + unless)
        elif c.has_bool_and():
            for lit in c.bool_and.literals:
                at_least_one([lit, *unless])
        elif c.has_linear() and not unless:
            domain = c.linear.domain
            low, high = domain[0], domain[len(domain) - 1]
            ct = lp.Constraint(-_INFINITY if low <= -_BIG else float(low),
                               _INFINITY if high >= _BIG else float(high))
            for index, coef in zip(c.linear.vars, c.linear.coeffs):
                ct.SetCoefficient(variables[index], ct.GetCoefficient(variables[index]) + coef)
    objective = lp.Objective()
    for index, coef in zip(proto.objective.vars, proto.objective.coeffs):
        objective.SetCoefficient(variables[index], objective.GetCoefficient(variables[index]) + coef)
    objective.SetMinimization()
    return objective
