"""A roster's quality and the optimiser's verdict in words a shop owner uses.

The optimiser counts penalty points per rule ("cover_under: 400"); people want to read "4 cover
gaps, 2 unmet wishes, fairness spread 3 h" and whether the draft is the best possible. The points
stay available as detail (reason card calculation, tooltips, ``--json``).
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from core.scheduling.roster import SOFT_RULES

#: The optimiser's status, as people read it.
STATUS_WORDS = {
    "OPTIMAL": "best possible",
    "FEASIBLE": "good, may improve",
    "RELAXED": "breaks some rules (they conflict)",
    "NO_SOLUTION": "no roster found",
}

#: Points per rule, named for people (plural forms for the detail lines).
RULE_WORDS = {
    "cover_under": "cover gaps",
    "cover_over": "more people than needed",
    "shift_on_request": "wished-for shifts not given",
    "shift_off_request": "unwanted shifts given",
    "fair_weekends": "uneven weekends",
    "fair_evenings": "uneven evenings",
    "fair_closings": "uneven closings",
    "fair_hours": "hours away from contracts",
    "cover_minimum": "minimum cover broken",
}


def status_words(status: str) -> str:
    return STATUS_WORDS.get(status, status.replace("_", " ").lower())


def status_detail(status: str, bound: int | None = None, penalty: int | None = None) -> str:
    """One sentence saying how sure the verdict is (the lower bound in words, not as a term)."""
    if status == "OPTIMAL":
        return "best possible: no roster scores better under these rules"
    if status == "FEASIBLE":
        text = "good, may improve: the best found in the time allowed; more time could find a better one"
        if bound is not None and penalty is not None and bound < penalty:
            text += f" (none can score below {bound} points)"
        return text
    if status == "RELAXED":
        return "the rules conflict, so this draft breaks some of them: see the warnings"
    return status_words(status)


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def quality_words(items: Iterable[Any]) -> str:
    """"4 cover gaps, 2 unmet wishes, fairness spread 3 h" from a roster's penalty items (objects
    with ``rule`` and ``size``: people short, hours away from contract...)."""
    items = list(items)
    gaps = sum(i.size for i in items if i.rule == "cover_under")
    over = sum(i.size for i in items if i.rule == "cover_over")
    wishes = sum(1 for i in items if i.rule in ("shift_on_request", "shift_off_request"))
    hours = _hours_spread([i.size for i in items if i.rule == "fair_hours"])
    parts = [_plural(gaps, "cover gap", "cover gaps") if gaps else "no cover gaps",
             _plural(wishes, "unmet wish", "unmet wishes") if wishes else "every wish met"]
    if over:
        parts.append(f"{over} more {'person' if over == 1 else 'people'} than needed")
    if hours:
        parts.append(f"fairness spread {hours} h")
    for i in items:
        if i.rule in ("fair_weekends", "fair_evenings", "fair_closings"):
            parts.append(f"{i.rule.split('_', 1)[1]} uneven by {i.size}")
    return ", ".join(parts)


def _hours_spread(deviations: list[int]) -> int:
    """Hours between the person most over and the one most under their contract (one person
    away from it: how far)."""
    if not deviations:
        return 0
    if len(deviations) == 1:
        return abs(deviations[0])
    return max(deviations) - min(deviations)


def points_lines(by_rule: dict[str, int]) -> list[str]:
    """The detail: points per rule in words ("cover gaps: 400 points"), largest first."""
    return [f"{RULE_WORDS.get(rule, SOFT_RULES.get(rule, rule.replace('_', ' ')))}: {amount} points"
            for rule, amount in sorted(by_rule.items(), key=lambda kv: (-kv[1], kv[0])) if amount]
