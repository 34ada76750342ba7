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


#: What the score is, for the owner's tooltip: the optimiser's points in words.
SCORE_MEANING = ("The score adds up what this week's roster still gets wrong, each weighed by how much it "
                 "matters: a missing person weighs most, then unmet wishes and uneven hours. 0 would mean "
                 "nothing is wrong; lower is better.")
#: What "fairness spread" measures.
SPREAD_MEANING = ("Fairness spread: the hours between the person furthest over their contract and the "
                  "one furthest under it.")


def roster_header(view: Any, fm: Any, previous_penalty: int | None = None,
                  with_quality: bool = True) -> tuple[str, str]:
    """The owner's (and bookkeeper's) line above the roster grid and its tooltip: the quality in
    words, the score with what it means, the wage cost and the state — e.g. "4 cover gaps, every
    wish met, fairness spread 14 h · score 1,600 (0 = nothing wrong; was 1,400) · wage cost
    €1,234.00 · draft, not yet published" (``previous_penalty``: the score before the last edit;
    ``with_quality=False`` where the quality is already written above, as in the inbox). The tooltip breaks the score down per rule."""
    quality = view.quality or "nothing wrong"
    change = ""
    if previous_penalty is not None and view.penalty != previous_penalty:
        change = f"; was {fm.number(previous_penalty)}"
    score = f"score {fm.number(view.penalty)} (0 = nothing wrong{change})"
    cost = "" if view.cost is None else f" · wage cost {fm.money(view.cost)}"
    text = f"{score}{cost} · {state_words(view.state)}"
    text = f"{quality[:1].upper()}{quality[1:]} · {text}" if with_quality else text[:1].upper() + text[1:]
    detail = points_lines(view.penalty_by_rule)
    tip = SCORE_MEANING + ("\n\n" + "\n".join(detail) if detail else "")
    if "fairness spread" in quality:
        tip += "\n\n" + SPREAD_MEANING
    return text, tip


def state_words(state: str) -> str:
    return {"none": "no roster yet", "draft": "draft, not yet published",
            "published": "published"}.get(state, state)


def own_week(view: Any, staff_id: int | None, fm: Any) -> tuple[str, str]:
    """A member of staff's line above the roster grid and its tooltip: their own shifts and hours
    this week, and whether the shop still needs people — e.g. "Your week: 3 shifts, 22.5 h (Mon,
    Wed, Fri) · published · the shop is still short of 2 people". No score, no points, no colleagues'
    figures. ``staff_id`` is the viewer's own staff record (None: the account has none)."""
    state = state_words(view.state)
    if view.state == "none":
        return "No roster for this week yet", "The owner has not planned this week yet."
    if staff_id is None:
        return (f"Your account is not linked to a staff member · {state}",
                "Ask the owner to link your user to your staff record (Schedule › Staff) to see your "
                "own shifts and hours here.")
    types = {t.code: t for t in view.shift_types}
    mine = [(d, types[view.cells[(staff_id, d)]]) for d in view.days
            if view.cells.get((staff_id, d)) in types]
    minutes = sum(t.length_minutes for _d, t in mine)
    if mine:
        days = ", ".join(fm.weekday_name(d) for d, _t in mine)
        text = (f"Your week: {_plural(len(mine), 'shift', 'shifts')}, {fm.number(minutes / 60, 2)} h "
                f"({days}) · {state}")
        tip = "\n".join(f"{fm.day(d)}: {t.name} {fm.clock(t.start_minute)}–{fm.clock(t.end_minute)}"
                        for d, t in mine)
    else:
        text, tip = f"Your week: no shifts · {state}", "You have no shifts this week."
    short = view.people_short
    if short:
        text += f" · the shop is still short of {_plural(short, 'person', 'people')}"
        tip += "\n\nSome shifts this week still need someone: if you could take one, ask the owner."
    return text, tip
