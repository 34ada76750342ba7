"""What each role may read about colleagues: staff see names, roles, skills and shifts of everyone,
but pay (hourly cost), contract hours, e-mail and wage totals only of themselves.

The scheduling service applies these functions to every DTO it returns for a viewer, so the GUI,
the CLI and exports get the same redacted values; the GUI only hides what arrives empty. A viewer
of ``None`` is the system itself (jobs, exports run by the owner), which sees everything.
"""
from __future__ import annotations

import re
from dataclasses import replace

from core.kernel.actor import Actor, Role
from core.scheduling.dto import FairnessRow, RosterView, StaffInfo


def sees_colleagues_pay(viewer: Actor | None) -> bool:
    """The owner and the bookkeeper (who pays wages) see pay and contracts; staff do not."""
    return viewer is None or Role(viewer.role) != Role.STAFF


def is_self(viewer: Actor | None, person: StaffInfo) -> bool:
    return viewer is not None and viewer.user_id is not None and person.user_id == viewer.user_id


def staff_for(viewer: Actor | None, person: StaffInfo) -> StaffInfo:
    """``person`` as ``viewer`` may see it: a colleague's pay, contract hours and e-mail emptied."""
    if sees_colleagues_pay(viewer) or is_self(viewer, person):
        return person
    return replace(person, email=None, hourly_cost=None, min_minutes=None, max_minutes=None,
                   target_minutes=None)


def roster_for(viewer: Actor | None, view: RosterView) -> RosterView:
    """A roster week for ``viewer``: everyone's shifts, but the wage total only for owner/bookkeeper."""
    if sees_colleagues_pay(viewer):
        return view
    return replace(view, staff=tuple(staff_for(viewer, p) for p in view.staff), cost=None)


CONTRACT_FLAG = " h contracted"
#: Hard rules whose warnings quote a person's contract hours.
CONTRACT_RULES = frozenset({"min_minutes", "max_minutes"})


def card_for_staff(card: dict | None) -> dict | None:
    """A drafted roster's reason card without the per-person lines that quote contract hours."""
    if not card:
        return card
    out = dict(card)
    out["calculation"] = [x for x in card.get("calculation") or [] if "contract" not in str(x)]
    for key in ("warnings", "conflicts"):
        if key in card:
            out[key] = [x for x in card.get(key) or [] if not _quotes_contract(str(x))]
    return out


#: "only 8 h of 30 h contracted", the fairness flag quoting a person's contract.
_CONTRACT_FLAG_TEXT = re.compile(r"only [\d.,]+ h of [\d.,]+ h contracted")
#: Reason-card inputs that quote a person's contract or pay.
PRIVATE_INPUTS = frozenset({"contract hours", "hourly cost", "wage cost"})


def fairness_card_for_staff(card: dict | None) -> dict | None:
    """A fairness suggestion's reason card about a colleague: the hours they worked stay (they are
    on the roster anyway), their contract hours go, in the inputs and in the sentence."""
    if not card:
        return card
    out = dict(card)
    out["explanation"] = _CONTRACT_FLAG_TEXT.sub("fewer hours than contracted", str(card.get("explanation", "")))
    out["inputs"] = [pair for pair in card.get("inputs") or [] if str(pair[0]) not in PRIVATE_INPUTS]
    out["calculation"] = [x for x in card.get("calculation") or [] if "contract" not in str(x)]
    return out


def _quotes_contract(text: str) -> bool:
    return " h required" in text or " h, at most " in text or "contract" in text


def fairness_for(viewer: Actor | None, row: FairnessRow, user_id: int | None) -> FairnessRow:
    """A fairness row for ``viewer``: a colleague's contract hours (and the flag quoting them) emptied.
    ``user_id`` is the login linked to the row's staff member."""
    if sees_colleagues_pay(viewer) or (viewer is not None and user_id is not None and user_id == viewer.user_id):
        return row
    return replace(row, contract_minutes=None, flags=tuple(f for f in row.flags if CONTRACT_FLAG not in f))
