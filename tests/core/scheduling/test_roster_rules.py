"""The independent checker catches each hard rule when it is broken on purpose."""
from __future__ import annotations

import pytest

from core.scheduling.roster import Contract, Cover, Request, RosterProblem, ShiftType, Staff, Weights
from core.scheduling.rules import evaluate

E = ShiftType("E", 480, start=6 * 60)
L = ShiftType("L", 480, start=14 * 60, forbidden_next=frozenset({"E"}), closing=True)
K = ShiftType("K", 480, start=6 * 60, skills=frozenset({"key"}))


def problem(contract: Contract | None = None, **staff_kw) -> RosterProblem:
    c = contract or Contract()
    return RosterProblem(days=14, shift_types=(E, L, K),
                         staff=(Staff("A", c, skills=frozenset({"key"}), **staff_kw), Staff("B", c)),
                         cover=(Cover(0, "E", 1, 100, 1),))


def rules(p: RosterProblem, row_a: list) -> set[str]:
    roster = {"A": row_a, "B": [None] * 14}
    return {v.rule for v in evaluate(p, roster).violations}


OFF = [None] * 14


def row(*pairs) -> list:
    r = list(OFF)
    for d, s in pairs:
        r[d] = s
    return r


def test_valid_roster_has_no_violations():
    assert rules(problem(), row((3, "E"), (4, "E"))) == set()


def test_skill():
    p = problem()
    assert "skill" in {v.rule for v in evaluate(p, {"A": OFF, "B": row((2, "K"))}).violations}


def test_max_shifts_per_type_and_missing_type_forbidden():
    assert "max_shifts_per_type" in rules(problem(Contract(max_shifts={"E": 1, "L": 5})), row((2, "E"), (3, "E")))
    assert "max_shifts_per_type" in rules(problem(Contract(max_shifts={"E": 5})), row((2, "L")))


def test_day_off_and_unavailable():
    assert "day_off" in rules(problem(days_off=frozenset({5})), row((5, "E")))
    assert "unavailable" in rules(problem(unavailable=frozenset({(5, "L")})), row((5, "L")))


def test_forbidden_succession_and_min_rest():
    assert "forbidden_succession" in rules(problem(), row((3, "L"), (4, "E")))
    # E 06-14 then L 14-22 the next day is fine; L 14-22 then E 06-14 breaks an 11 h rest even without the list
    rest = Contract(min_rest_minutes=11 * 60)
    p = RosterProblem(days=14, shift_types=(E, ShiftType("L2", 480, start=14 * 60)),
                      staff=(Staff("A", rest), Staff("B", rest)))
    assert "forbidden_succession" in rules(p, row((3, "L2"), (4, "E")))
    assert rules(p, row((3, "E"), (4, "L2"))) == set()


def test_minutes():
    assert "max_minutes" in rules(problem(Contract(max_minutes=960)), row((1, "E"), (2, "E"), (3, "E")))
    assert "min_minutes" in rules(problem(Contract(min_minutes=960)), row((1, "E")))


def test_consecutive_work_and_days_off():
    c = Contract(max_consecutive_shifts=3, min_consecutive_shifts=2, min_consecutive_days_off=2)
    assert "max_consecutive_shifts" in rules(problem(c), row((1, "E"), (2, "E"), (3, "E"), (4, "E")))
    assert "min_consecutive_shifts" in rules(problem(c), row((5, "E")))
    assert "min_consecutive_days_off" in rules(problem(c), row((2, "E"), (3, "E"), (5, "E"), (6, "E")))
    # blocks touching the horizon edges may be shorter (the days outside count as off)
    assert rules(problem(c), row((0, "E"))) == set()
    assert rules(problem(c), row((13, "E"))) == set()
    assert rules(problem(c), row((1, "E"), (2, "E"))) == set()


def test_max_weekends_either_day_counts():
    c = Contract(max_weekends=1)
    assert "max_weekends" in rules(problem(c), row((6, "E"), (12, "E")))
    assert rules(problem(c), row((5, "E"), (6, "E"))) == set()


def test_pinned_and_hard_cover_minimum():
    p = RosterProblem(days=2, shift_types=(E,), staff=(Staff("A", Contract()),),
                      cover=(Cover(0, "E", 1, hard_minimum=1),), pinned={("A", 1): "E"})
    found = {v.rule for v in evaluate(p, {"A": [None, None]}).violations}
    assert {"pinned", "cover_minimum"} <= found


def test_penalties_are_named_and_summed():
    p = RosterProblem(days=2, shift_types=(E,), staff=(Staff("A", Contract()), Staff("B", Contract())),
                      cover=(Cover(0, "E", 1, 100, 7), Cover(1, "E", 1, 100, 7)),
                      requests=(Request("A", 1, "E", True, 3), Request("B", 0, "E", False, 2)))
    ev = evaluate(p, {"A": ["E", None], "B": ["E", None]})
    assert ev.by_rule == {"cover_over": 7, "cover_under": 100, "shift_on_request": 3, "shift_off_request": 2}
    assert ev.total == 112


@pytest.mark.parametrize("kind,weights", [("fair_weekends", Weights(weekends=5)),
                                          ("fair_closings", Weights(closings=5))])
def test_fairness_spread(kind, weights):
    p = RosterProblem(days=7, shift_types=(E, L), staff=(Staff("A", Contract()), Staff("B", Contract())),
                      weights=weights)
    ev = evaluate(p, {"A": [None] * 5 + ["L", "L"], "B": [None] * 7})
    assert ev.by_rule[kind] == 5 * (2 if kind == "fair_closings" else 1)


def test_history_reaches_across_the_start():
    c = Contract(max_consecutive_shifts=3)
    base = RosterProblem(days=7, shift_types=(E, L), staff=(Staff("A", c),))
    p = RosterProblem(days=7, shift_types=(E, L), staff=(Staff("A", c),),
                      history={"A": (None, None, None, None, None, "E", "L")})
    assert {v.rule for v in evaluate(base, {"A": ["E", "E", None, None, None, None, None]}).violations} == set()
    found = {v.rule for v in evaluate(p, {"A": ["E", "E", None, None, None, None, None]}).violations}
    assert found == {"forbidden_succession", "max_consecutive_shifts"}
