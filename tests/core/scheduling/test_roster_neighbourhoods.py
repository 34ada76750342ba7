"""The neighbourhood search's "spare" rounds: people whose roster leaves a scarce resource unused
(a weekend worked by halves) are freed with a few others, and that breaks a real stall."""
from __future__ import annotations

import random
import time
from pathlib import Path

from ortools.sat.python import cp_model

from core.scheduling.curtois import read_instance
from core.scheduling.lns import Incumbent, Neighbourhoods, SearchReport, _round_model, neighbourhood_search
from core.scheduling.roster import Contract, Cover, RosterProblem, ShiftType, Staff
from core.scheduling.rules import evaluate
from core.scheduling.solver import _Model
from tests.conftest import shared_file

E = ShiftType("E", 480, start=6 * 60)
STALLED = Path(__file__).resolve().parents[2] / "fixtures" / "instance10_stalled.txt"
CODES = {"E": "E", "1": "d1", "2": "d2", "L": "L", "N": "N", ".": None}


def _fortnight(rows: dict[str, str], contracts: dict[str, Contract],
               days_off: dict[str, frozenset[int]] | None = None) -> tuple[RosterProblem, dict]:
    """Two weeks from a Monday (weekends 5-6 and 12-13), three people wanted on every weekend day."""
    staff = tuple(Staff(e, contracts[e], days_off=(days_off or {}).get(e, frozenset())) for e in rows)
    cover = tuple(Cover(d, "E", 3) for d in (5, 6, 12, 13))
    problem = RosterProblem(days=14, shift_types=(E,), staff=staff, cover=cover)
    roster = {e: [None if c == "." else "E" for c in row] for e, row in rows.items()}
    return problem, roster


def test_spare_people_leave_part_of_a_limit_unused():
    weekend_once = Contract(max_weekends=1)
    problem, roster = _fortnight(
        {"half": ".....E........",      # one weekend, by halves: Sunday 6 and 12-13 are short
         "full": "............EE",      # its one weekend worked whole: nothing to give
         "idle": "..............",      # no weekend worked yet, one allowed
         "full_time": "EEEE..........",  # at its maximum time already
         "away": "..............",      # off on every short day
         "no_weekends": "EE............",
         "capped_half": "EE...E........"},  # at its maximum time, but Saturday 5 is a half weekend
        {"half": weekend_once, "full": weekend_once, "idle": weekend_once,
         "full_time": Contract(max_minutes=4 * 480, max_weekends=1), "away": weekend_once,
         "no_weekends": Contract(max_weekends=0), "capped_half": Contract(max_minutes=3 * 480, max_weekends=1)},
        days_off={"away": frozenset({5, 6, 12, 13}), "capped_half": frozenset({6})})
    hoods = Neighbourhoods(problem, random.Random(1))
    assert sorted(hoods._short(roster)) == [(5, "E"), (6, "E"), (12, "E"), (13, "E")]
    # (giving up the half weekend frees the time a whole one needs)
    assert sorted(hoods._spare(roster)) == ["capped_half", "half", "idle"]
    # once its weekend is whole, "half" has nothing to spare
    roster["half"][6] = "E"
    assert sorted(hoods._spare(roster)) == ["capped_half", "idle"]
    roster["capped_half"][5] = None             # no weekend worked, one allowed, time to spare
    assert sorted(hoods._spare(roster)) == ["capped_half", "idle"]
    roster["capped_half"][2] = "E"              # now at its maximum time with nothing to give up
    assert hoods._spare(roster) == ["idle"]


def test_spare_counts_weekends_worked_before_once():
    """A week's roster: the contract's weekend limit already has the weeks before taken off it
    (``weekend_allowance``); taking them off again hid a person who may still work this weekend."""
    staff = (Staff("fresh", Contract(max_weekends=1), weekends_before=1),
             Staff("spent", Contract(max_weekends=0), weekends_before=2))
    problem = RosterProblem(days=7, shift_types=(E,), staff=staff, cover=(Cover(5, "E", 1), Cover(6, "E", 1)))
    roster = {"fresh": [None] * 7, "spent": [None] * 7}
    assert Neighbourhoods(problem, random.Random(1))._spare(roster) == ["fresh"]


def _stalled() -> tuple[RosterProblem, dict]:
    problem = read_instance(shared_file("shift_scheduling", "Instance10.txt"))
    roster = {}
    for line in STALLED.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            person, codes = line.split()
            roster[person] = [CODES[c] for c in codes]
    return problem, roster


def test_spare_rounds_free_the_person_who_wastes_a_weekend():
    problem, roster = _stalled()
    assert evaluate(problem, roster).total == 4732 and evaluate(problem, roster).feasible
    hoods = Neighbourhoods(problem, random.Random(5), kinds=("spare",))
    assert hoods._spare(roster) == ["X"]        # works weekend 4 by halves (Sunday 27 is a day off)
    for _ in range(20):
        kind, free = hoods.draw(roster)
        people = {e for e, _ in free}
        assert kind == "spare" and "X" in people
        assert len(people) == round(hoods.size["spare"])                 # X and others drawn at random
        assert free == {(e, d) for e in people for d in range(problem.days)}    # whole months


def test_spare_rounds_break_a_stall_one_weekend_shift_above_the_least_shortfall():
    """From the stalled roster (4732: 47 weekend shifts short, where 46 is the least), spare rounds
    alone find a roster one shift less short; measured: within 2-7 rounds."""
    problem, roster = _stalled()
    model = _Model(problem)
    cells = [0] * len(model.m.proto.variables)
    for (e, d, sh), v in model.x.items():
        cells[v.Index()] = int(roster[e][d] == sh)
    fixed = cp_model.CpSolver()                      # the stalled roster as a complete assignment
    assert fixed.Solve(_round_model(model, cells, set())) == cp_model.OPTIMAL
    t0 = time.monotonic()
    incumbent = Incumbent(roster, 4732, list(fixed.ResponseProto().solution), t0)
    report = SearchReport()
    neighbourhood_search(problem, model, incumbent, t0 + 25, threads=1, seed=0, round_work=0.25,
                         should_stop=lambda: incumbent.objective < 4700, report=report, kinds=("spare",))
    assert incumbent.objective < 4700, (report.rounds, incumbent.objective)
    check = evaluate(problem, incumbent.roster)
    assert check.feasible and check.total == incumbent.objective
    assert check.by_rule["cover_under"] == 4600
    weekends = [5, 6, 12, 13, 19, 20, 26, 27]
    assert sum(incumbent.roster["X"][d] is not None for d in weekends) == 4   # two whole weekends now
    assert report.by_kind == {"spare": 1}
