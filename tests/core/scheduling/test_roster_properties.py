"""Property tests: the CP-SAT model and the independent checker agree on random small problems,
and the Curtois & Qu reader reads back what was written."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.scheduling.curtois import parse_instance
from core.scheduling.roster import Contract, Cover, Request, RosterProblem, ShiftType, Staff, Weights
from core.scheduling.rules import evaluate
from core.scheduling.solver import SolveOptions, solve

SHIFTS = (ShiftType("E", 480, start=6 * 60), ShiftType("L", 480, start=14 * 60, forbidden_next=frozenset({"E"}),
                                                       closing=True),
          ShiftType("N", 600, start=21 * 60, forbidden_next=frozenset({"E", "L"}), skills=frozenset({"night"})))


@st.composite
def problems(draw) -> RosterProblem:
    days = draw(st.integers(5, 10))
    n = draw(st.integers(2, 5))
    staff = []
    for i in range(n):
        max_sh = draw(st.one_of(st.none(), st.fixed_dictionaries({"E": st.integers(0, 7), "L": st.integers(0, 7),
                                                                   "N": st.integers(0, 3)})))
        c = Contract(min_minutes=draw(st.sampled_from([0, 480, 960])),
                     max_minutes=draw(st.sampled_from([None, 2400, 3360])), max_shifts=max_sh,
                     max_consecutive_shifts=draw(st.sampled_from([None, 3, 5])),
                     min_consecutive_shifts=draw(st.integers(1, 2)), min_consecutive_days_off=draw(st.integers(1, 2)),
                     max_weekends=draw(st.sampled_from([None, 0, 1])),
                     min_rest_minutes=draw(st.sampled_from([0, 11 * 60])),
                     target_minutes=draw(st.sampled_from([None, 1920])))
        staff.append(Staff(f"P{i}", c, skills=frozenset(draw(st.sets(st.sampled_from(["night", "key"]), max_size=2))),
                           days_off=frozenset(draw(st.sets(st.integers(0, days - 1), max_size=2)))))
    cover = tuple(Cover(d, s, draw(st.integers(0, 2)), draw(st.integers(1, 100)), draw(st.integers(0, 5)),
                        skill=draw(st.sampled_from([None, None, "key"])))
                  for d in range(days) for s in ("E", "L", "N") if draw(st.booleans()))
    requests = tuple(Request(f"P{draw(st.integers(0, n - 1))}", draw(st.integers(0, days - 1)),
                             draw(st.sampled_from(["E", "L"])), draw(st.booleans()), draw(st.integers(1, 5)))
                     for _ in range(draw(st.integers(0, 4))))
    history = {s.id: (draw(st.sampled_from([None, "E", "L"])),) for s in staff} if draw(st.booleans()) else {}
    weights = Weights(weekends=draw(st.integers(0, 5)), evenings=draw(st.integers(0, 5)),
                      closings=draw(st.integers(0, 5)), hours=draw(st.integers(0, 3)))
    return RosterProblem(days=days, shift_types=SHIFTS, staff=tuple(staff), cover=cover, requests=requests,
                         weights=weights, first_weekday=draw(st.integers(0, 6)), history=history)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(problems())
def test_solver_objective_equals_checker_and_rules_hold(problem):
    res = solve(problem, SolveOptions(time_limit=2, lns=False))
    ev = evaluate(problem, res.roster)
    if res.status in ("OPTIMAL", "FEASIBLE"):
        assert ev.feasible, [v.message for v in ev.violations]
        assert res.objective == ev.total
        assert res.bound is None or res.bound <= ev.total
    else:
        assert res.status in ("RELAXED", "NO_SOLUTION")
        if res.status == "RELAXED":
            assert res.conflicts


def _write(problem: RosterProblem) -> str:
    lines = ["SECTION_HORIZON", str(problem.days), "", "SECTION_SHIFTS"]
    lines += [f"{s.id},{s.length},{'|'.join(sorted(s.forbidden_next))}" for s in problem.shift_types]
    lines += ["", "SECTION_STAFF"]
    for p in problem.staff:
        c = p.contract
        ms = "|".join(f"{k}={v}" for k, v in c.max_shifts.items())
        lines.append(f"{p.id},{ms},{c.max_minutes},{c.min_minutes},{c.max_consecutive_shifts},"
                     f"{c.min_consecutive_shifts},{c.min_consecutive_days_off},{c.max_weekends}")
    lines += ["", "SECTION_DAYS_OFF"] + [f"{p.id},{','.join(map(str, sorted(p.days_off)))}"
                                          for p in problem.staff if p.days_off]
    lines += ["", "SECTION_SHIFT_ON_REQUESTS"] + [f"{r.staff},{r.day},{r.shift},{r.weight}" for r in problem.requests if r.on]
    lines += ["", "SECTION_SHIFT_OFF_REQUESTS"] + [f"{r.staff},{r.day},{r.shift},{r.weight}"
                                                   for r in problem.requests if not r.on]
    lines += ["", "SECTION_COVER"] + [f"{c.day},{c.shift},{c.required},{c.under_weight},{c.over_weight}"
                                      for c in problem.cover]
    return "\n".join(lines) + "\n"


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 28), st.lists(st.tuples(st.integers(0, 5000), st.integers(0, 5000), st.integers(1, 7),
                                              st.integers(1, 3), st.integers(1, 3), st.integers(0, 4),
                                              st.sets(st.integers(0, 27), max_size=3)), min_size=1, max_size=4))
def test_reader_reads_back_what_was_written(days, rows):
    shifts = (ShiftType("D", 480, forbidden_next=frozenset({"E"})), ShiftType("E", 420))
    staff = tuple(Staff(f"S{i}", Contract(min_minutes=min(a, b), max_minutes=max(a, b), max_shifts={"D": 3, "E": 0},
                                          max_consecutive_shifts=mc, min_consecutive_shifts=mn,
                                          min_consecutive_days_off=mo, max_weekends=mw),
                        days_off=frozenset(d for d in off if d < days))
                  for i, (a, b, mc, mn, mo, mw, off) in enumerate(rows))
    problem = RosterProblem(days=days, shift_types=shifts, staff=staff,
                            cover=(Cover(0, "D", 2, 100, 1),), requests=(Request("S0", 0, "D", True, 3),))
    back = parse_instance(_write(problem), "x.txt")
    assert back.days == days
    assert [(p.id, p.contract.min_minutes, p.contract.max_minutes, dict(p.contract.max_shifts),
             p.contract.max_consecutive_shifts, p.contract.max_weekends, p.days_off) for p in back.staff] == \
           [(p.id, p.contract.min_minutes, p.contract.max_minutes, dict(p.contract.max_shifts),
             p.contract.max_consecutive_shifts, p.contract.max_weekends, p.days_off) for p in staff]
    assert back.cover == problem.cover and back.requests == problem.requests
    assert back.shift("D").forbidden_next == {"E"}


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(problems())
def test_unfinished_searches_report_the_true_penalty(problem):
    # weak LP and a tiny budget: rosters come back before optimality, where model slack is loose
    res = solve(problem, SolveOptions(time_limit=0.3, subsolvers=(), use_hint=False))
    ev = evaluate(problem, res.roster)
    if res.status in ("OPTIMAL", "FEASIBLE"):
        assert ev.feasible and res.objective == ev.total


@pytest.mark.slow
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(problems())
def test_lp_relaxation_never_exceeds_the_proven_optimum(problem):
    """The LP bound (``relaxation.py``) is a true lower bound: never above CP-SAT's proven optimum,
    whatever rules, requests and fairness terms the roster has."""
    from ortools.sat.python import cp_model

    from core.scheduling.relaxation import solve_relaxation
    from core.scheduling.solver import _Model
    model = _Model(problem)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = 10
    solver.parameters.num_workers = 2
    status = solver.Solve(model.m)
    relaxation = solve_relaxation(model.m.proto, 10)
    if status == cp_model.INFEASIBLE:
        return                              # an infeasible LP (None) or any bound: nothing to compare
    assert relaxation is not None and len(relaxation.values) == len(model.m.proto.variables)
    if status == cp_model.OPTIMAL:
        assert relaxation.bound <= round(solver.ObjectiveValue())
