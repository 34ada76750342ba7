"""The LP relaxation of the roster model: exact on small models, a true and tight bound on the
Curtois & Qu instances, and the guide of the "guided" neighbourhood rounds."""
from __future__ import annotations

import random

from ortools.sat.python import cp_model

from core.scheduling.curtois import read_instance
from core.scheduling.lns import Guide, Neighbourhoods
from core.scheduling.relaxation import RelaxationSolve, solve_relaxation
from core.scheduling.solver import _Model
from tests.conftest import shared_file


def test_clauses_negations_and_enforcement_become_rows():
    """min 3a + 5b + 4c + 10 with (a or b), (not a or c), b => c (an enforced clause): the best
    roster costs 17 (a and c), the LP takes a = b = c = ½ for 16 — a bound below, never above."""
    m = cp_model.CpModel()
    a, b, c = (m.NewBoolVar(n) for n in "abc")
    m.AddBoolOr([a, b])
    m.AddBoolOr([a.Not(), c])
    m.AddImplication(b, c)
    m.Add(a + b + c <= 2)
    m.Minimize(3 * a + 5 * b + 4 * c + 10)
    solver = cp_model.CpSolver()
    assert solver.Solve(m) == cp_model.OPTIMAL and solver.ObjectiveValue() == 17
    relaxation = solve_relaxation(m.proto, 5)
    assert relaxation is not None
    assert relaxation.bound == 16
    assert [round(v, 6) for v in relaxation.values] == [0.5, 0.5, 0.5]


def test_fractional_optimum_is_rounded_up_to_a_whole_bound():
    """Three people, each pair needs one of them (a triangle): the LP takes ½ each (1.5), the
    roster needs 2, and the bound the search may use is ⌈1.5⌉ = 2."""
    m = cp_model.CpModel()
    x = [m.NewBoolVar(f"x{i}") for i in range(3)]
    for i in range(3):
        m.AddBoolOr([x[i], x[(i + 1) % 3]])
    m.Minimize(sum(x))
    relaxation = solve_relaxation(m.proto, 5)
    assert relaxation is not None and relaxation.bound == 2
    assert all(abs(v - 0.5) < 1e-6 for v in relaxation.values)


def test_an_interrupted_solve_gives_no_bound():
    p = read_instance(shared_file("shift_scheduling", "Instance2.txt"))
    lp = RelaxationSolve(_Model(p).m.proto, 30)
    lp.interrupt(wait=0)
    assert lp.run() is None                        # stopped: no half-finished bound is reported


def test_a_running_solve_stops_when_interrupted():
    """The roster search interrupts an LP still running at its limit: translating the model stops
    at the next thousand constraints, and GLOP itself stops at once and gives no bound."""
    import threading
    import time

    from ortools.linear_solver import pywraplp

    from core.scheduling.relaxation import _translate
    model = _Model(read_instance(shared_file("shift_scheduling", "Instance11.txt")))
    assert _translate(pywraplp.Solver.CreateSolver("GLOP"), model.m.proto, lambda: True) is None
    lp = RelaxationSolve(model.m.proto, 60)
    result: list[object] = []
    thread = threading.Thread(target=lambda: result.append(lp.run()))
    thread.start()
    while lp._lp is None and thread.is_alive():          # until GLOP has the model (about 2 s of work left)
        thread.join(0.01)
    t0 = time.monotonic()
    lp.interrupt()                                 # returns once the solve has ended
    thread.join(1.0)
    assert not thread.is_alive() and time.monotonic() - t0 < 1.5
    assert result == [None]


def test_curtois_bounds_are_true_and_tight():
    """Instance1-3 have proven optima 607, 828 and 1001: the LP bound is below each (408, 720 and
    1000 — on the 4-week Instance3 within one point, as on the 28-day Instances 10 and 11)."""
    bounds = {}
    for name, optimum in (("Instance1", 607), ("Instance2", 828), ("Instance3", 1001)):
        model = _Model(read_instance(shared_file("shift_scheduling", f"{name}.txt")))
        relaxation = solve_relaxation(model.m.proto, 30)
        assert relaxation is not None
        bounds[name] = relaxation.bound + model.constant
        assert bounds[name] <= optimum, (name, bounds[name])
    assert bounds["Instance3"] >= 1001 - 10


def test_guided_rounds_free_only_cells_where_the_roster_leaves_the_lp():
    p = read_instance(shared_file("shift_scheduling", "Instance2.txt"))
    model = _Model(p)
    relaxation = solve_relaxation(model.m.proto, 30)
    assert relaxation is not None
    guide = Guide.of(model, relaxation.values)
    # a roster equal to the LP where the LP is whole, with every day of person A moved off it
    lp_roster = {e.id: [None] * p.days for e in p.staff}
    for (e, d, s), v in model.x.items():
        if relaxation.values[v.Index()] > 0.5:
            lp_roster[e][d] = s
    values = [0] * len(model.m.proto.variables)
    for (e, d, s), v in model.x.items():
        values[v.Index()] = int(lp_roster[e][d] == s)
    a = p.staff[0].id
    for d in range(p.days):
        for i in guide.cells.get((a, d), []):
            values[i] = 1 - round(relaxation.values[i])            # A differs from the LP everywhere
    hoods = Neighbourhoods(p, random.Random(5), guide)
    hoods.size["guided"] = 1.0                                         # everyone may be drawn
    differs = {(e, d) for (e, d), cells in guide.cells.items()
               if any(abs(relaxation.values[i] - values[i]) > 1e-6 for i in cells)}
    guided = [free for kind, free in (hoods.draw(lp_roster, values) for _ in range(40)) if kind == "guided"]
    assert guided
    for free in guided:
        assert free <= differs
        assert {(a, d) for d in range(p.days) if (a, d) in guide.cells} <= free    # all of A's days
    # people far from the LP are drawn more often: against an "LP" equal to the roster except A's
    # 14 days and one day of B's, one person a round, A comes up far more often than B
    b = p.staff[1].id
    fake_lp = [float(v) for v in values]
    for d in range(p.days):
        for i in guide.cells.get((a, d), []):
            fake_lp[i] = float(round(relaxation.values[i]))
    values_b = list(values)
    for i in guide.cells.get((b, 0), []):
        values_b[i] = 1 - values_b[i]
    hoods = Neighbourhoods(p, random.Random(7), Guide(fake_lp, guide.cells))
    hoods.size["guided"] = 1.0 / len(p.staff)
    draws = [free for kind, free in (hoods.draw(lp_roster, values_b) for _ in range(400)) if kind == "guided"]
    with_a = sum(1 for free in draws if {e for e, _ in free} == {a})
    with_b = sum(1 for free in draws if {e for e, _ in free} == {b})
    assert with_a + with_b == len(draws) and with_a > 3 * with_b > 0
