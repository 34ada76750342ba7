"""A roster's quality and the optimiser's verdict in words a shop owner uses.

The optimiser counts penalty points per rule ("cover_under: 400"); people want to read "4 cover
gaps, 2 unmet wishes, fairness spread 3 h" and whether the draft is the best possible. The points
stay available as detail (reason card calculation, tooltips, ``--json``).
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from core.inbox.texts import shown, tmsg, tmsg_n
from core.kernel.i18n import N_, _, ngettext
from core.scheduling.roster import SOFT_RULES

#: The optimiser's status, as people read it.
STATUS_WORDS = {
    "OPTIMAL": N_("best possible"),
    "FEASIBLE": N_("good, may improve"),
    "RELAXED": N_("breaks some rules (they conflict)"),
    "NO_SOLUTION": N_("no roster found"),
}

#: Points per rule, named for people (plural forms for the detail lines).
RULE_WORDS = {
    "cover_under": N_("cover gaps"),
    "cover_over": N_("more people than needed"),
    "shift_on_request": N_("wished-for shifts not given"),
    "shift_off_request": N_("unwanted shifts given"),
    "fair_weekends": N_("uneven weekends"),
    "fair_evenings": N_("uneven evenings"),
    "fair_closings": N_("uneven closings"),
    "fair_hours": N_("hours away from contracts"),
    "cover_minimum": N_("minimum cover broken"),
}

#: A spread of weekends, evenings or closings, in words.
_UNEVEN = {"fair_weekends": N_("weekends uneven by {n}"), "fair_evenings": N_("evenings uneven by {n}"),
           "fair_closings": N_("closings uneven by {n}")}


def status_message(status: str) -> Any:
    """The verdict kept for translation when read (a stored reason card)."""
    return tmsg(STATUS_WORDS[status]) if status in STATUS_WORDS else status.replace("_", " ").lower()


def status_words(status: str) -> str:
    return shown(status_message(status))


def status_detail_message(status: str, bound: int | None = None, penalty: int | None = None) -> Any:
    """One sentence saying how sure the verdict is (the lower bound in words, not as a term)."""
    if status == "OPTIMAL":
        return tmsg("best possible: no roster scores better under these rules")
    if status == "FEASIBLE":
        if bound is not None and penalty is not None and bound < penalty:
            return tmsg("good, may improve: the best found in the time allowed; more time could find a better "
                        "one (none can score below {bound} points)", bound=bound)
        return tmsg("good, may improve: the best found in the time allowed; more time could find a better one")
    if status == "RELAXED":
        return tmsg("the rules conflict, so this draft breaks some of them: see the warnings")
    return status_message(status)


def status_detail(status: str, bound: int | None = None, penalty: int | None = None) -> str:
    return shown(status_detail_message(status, bound, penalty))


def quality_parts(items: Iterable[Any]) -> list[Any]:
    """The parts of :func:`quality_words` as messages kept for translation when read."""
    items = list(items)
    gaps = sum(i.size for i in items if i.rule == "cover_under")
    over = sum(i.size for i in items if i.rule == "cover_over")
    wishes = sum(1 for i in items if i.rule in ("shift_on_request", "shift_off_request"))
    hours = _hours_spread([i.size for i in items if i.rule == "fair_hours"])
    parts = [tmsg_n("{n} cover gap", "{n} cover gaps", gaps) if gaps else tmsg("no cover gaps"),
             tmsg_n("{n} unmet wish", "{n} unmet wishes", wishes) if wishes else tmsg("every wish met")]
    if over:
        parts.append(tmsg_n("{n} more person than needed", "{n} more people than needed", over))
    if hours:
        parts.append(tmsg("fairness spread {hours} h", hours=hours))
    for i in items:
        if i.rule in _UNEVEN:
            parts.append(tmsg(_UNEVEN[i.rule], n=i.size))
    return parts


def quality_words(items: Iterable[Any]) -> str:
    """"4 cover gaps, 2 unmet wishes, fairness spread 3 h" from a roster's penalty items (objects
    with ``rule`` and ``size``: people short, hours away from contract...)."""
    return ", ".join(shown(p) for p in quality_parts(items))


def _hours_spread(deviations: list[int]) -> int:
    """Hours between the person most over and the one most under their contract (one person
    away from it: how far)."""
    if not deviations:
        return 0
    if len(deviations) == 1:
        return abs(deviations[0])
    return max(deviations) - min(deviations)


def points_messages(by_rule: dict[str, int]) -> list[Any]:
    """The detail: points per rule in words ("cover gaps: 400 points"), largest first, kept for
    translation when read."""
    out = []
    for rule, amount in sorted(by_rule.items(), key=lambda kv: (-kv[1], kv[0])):
        if not amount:
            continue
        name = RULE_WORDS.get(rule) or SOFT_RULES.get(rule)
        out.append(tmsg_n("{rule}: {n} point", "{rule}: {n} points", amount,
                          rule=tmsg(name) if name else rule.replace("_", " ")))
    return out


def points_lines(by_rule: dict[str, int]) -> list[str]:
    return [shown(m) for m in points_messages(by_rule)]


#: What the score is, for the owner's tooltip: the optimiser's points in words.
SCORE_MEANING = N_("The score adds up what this week's roster still gets wrong, each weighed by how much it "
                   "matters: a missing person weighs most, then unmet wishes and uneven hours. 0 would mean "
                   "nothing is wrong; lower is better.")
#: What "fairness spread" measures.
SPREAD_MEANING = N_("Fairness spread: the hours between the person furthest over their contract and the "
                    "one furthest under it.")


def roster_header(view: Any, fm: Any, previous_penalty: int | None = None,
                  with_quality: bool = True) -> tuple[str, str]:
    """The owner's (and bookkeeper's) line above the roster grid and its tooltip: the quality in
    words, the score with what it means, the wage cost and the state — e.g. "4 cover gaps, every
    wish met, fairness spread 14 h · score 1,600 (0 = nothing wrong; was 1,400) · wage cost
    €1,234.00 · draft, not yet published" (``previous_penalty``: the score before the last edit;
    ``with_quality=False`` where the quality is already written above, as in the inbox). The tooltip breaks the score down per rule."""
    quality = view.quality or _("nothing wrong")
    if previous_penalty is not None and view.penalty != previous_penalty:
        score = _("score {score} (0 = nothing wrong; was {previous})").format(
            score=fm.number(view.penalty), previous=fm.number(previous_penalty))
    else:
        score = _("score {score} (0 = nothing wrong)").format(score=fm.number(view.penalty))
    cost = "" if view.cost is None else " · " + _("wage cost {cost}").format(cost=fm.money(view.cost))
    text = f"{score}{cost} · {state_words(view.state)}"
    text = f"{quality[:1].upper()}{quality[1:]} · {text}" if with_quality else text[:1].upper() + text[1:]
    detail = points_lines(view.penalty_by_rule)
    tip = _(SCORE_MEANING) + ("\n\n" + "\n".join(detail) if detail else "")
    spread = _("fairness spread {hours} h").split("{")[0].strip()     # how the quality names it
    if spread and spread in quality:
        tip += "\n\n" + _(SPREAD_MEANING)
    return text, tip


def state_words(state: str) -> str:
    return {"none": _("no roster yet"), "draft": _("draft, not yet published"),
            "published": _("published")}.get(state, state)


def own_week(view: Any, staff_id: int | None, fm: Any) -> tuple[str, str]:
    """A member of staff's line above the roster grid and its tooltip: their own shifts and hours
    this week, and whether the shop still needs people — e.g. "Your week: 3 shifts, 22.5 h (Mon,
    Wed, Fri) · published · the shop is still short of 2 people". No score, no points, no colleagues'
    figures. ``staff_id`` is the viewer's own staff record (None: the account has none)."""
    state = state_words(view.state)
    if view.state == "none":
        return _("No roster for this week yet"), _("The owner has not planned this week yet.")
    if staff_id is None:
        return (_("Your account is not linked to a staff member · {state}").format(state=state),
                _("Ask the owner to link your user to your staff record (Schedule › Staff) to see your "
                  "own shifts and hours here."))
    types = {t.code: t for t in view.shift_types}
    mine = [(d, types[view.cells[(staff_id, d)]]) for d in view.days
            if view.cells.get((staff_id, d)) in types]
    minutes = sum(t.length_minutes for _d, t in mine)
    if mine:
        days = ", ".join(fm.weekday_name(d) for d, _t in mine)
        text = ngettext("Your week: {n} shift, {hours} h ({days}) · {state}",
                        "Your week: {n} shifts, {hours} h ({days}) · {state}", len(mine)).format(
            n=len(mine), hours=fm.number(minutes / 60, 2), days=days, state=state)
        tip = "\n".join(f"{fm.day(d)}: {t.name} {fm.clock(t.start_minute)}–{fm.clock(t.end_minute)}"
                        for d, t in mine)
    else:
        text, tip = _("Your week: no shifts · {state}").format(state=state), _("You have no shifts this week.")
    short = view.people_short
    if short:
        text += " · " + ngettext("the shop is still short of {n} person", "the shop is still short of {n} people",
                                 short).format(n=short)
        tip += "\n\n" + _("Some shifts this week still need someone: if you could take one, ask the owner.")
    return text, tip
