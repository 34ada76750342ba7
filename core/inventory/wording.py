"""Demand statistics in words a shop owner reads, with the figures as explanation.

The reorder maths classifies each product by ADI (average days between sales) and CV² (how much
the amounts sold vary) — Syntetos–Boylan–Croston. A reason card says "sells on most days, steady
amounts" and explains the two figures beside it, instead of "ADI 1.01, CV² 0.16".
"""
from __future__ import annotations

import math
from decimal import Decimal

from typing import Any

from core.inbox.texts import shown, tmsg
from core.kernel.formats import Formats
from core.kernel.i18n import N_, _, ngettext, pgettext

PATTERN_WORDS = {
    "smooth": N_("sells on most days, steady amounts"),
    "erratic": N_("sells on most days, amounts vary a lot"),
    "intermittent": N_("sells on some days only, steady amounts"),
    "lumpy": N_("sells on some days only, amounts vary a lot"),
}

METHOD_WORDS = {
    "weekday-seasonal ES": N_("recent sales per weekday, recent days weighing more"),
    "SBA": N_("average sale size and gap between sales (Croston–SBA)"),
    "TSB": N_("how often and how much it sells lately, falling if it stops selling (TSB)"),
    "no sales": N_("no sales to learn from"),
}


def order_status_words(status: str) -> str:
    """A purchase order's status in the reader's language. Its own context: an "open" order (still
    being worked on) is not an "open" invoice (issued, not paid), and other languages tell them apart."""
    return {"open": pgettext("purchase order status", "open"), "draft": pgettext("purchase order status", "draft"),
            "sent": pgettext("purchase order status", "sent"),
            "partly_received": pgettext("purchase order status", "partly received"),
            "received": pgettext("purchase order status", "received"),
            "cancelled": pgettext("purchase order status", "cancelled")}.get(status, status.replace("_", " "))


def pattern_words(demand_class: str) -> str:
    """How a product sells, in the reader's language."""
    return _(PATTERN_WORDS[demand_class]) if demand_class in PATTERN_WORDS else demand_class


def method_words(method: str) -> str:
    return _(METHOD_WORDS[method]) if method in METHOD_WORDS else method


def pattern_message(demand_class: str) -> Any:
    """:func:`pattern_words` kept for translation when read (a reason card)."""
    return tmsg(PATTERN_WORDS[demand_class]) if demand_class in PATTERN_WORDS else demand_class


def method_message(method: str) -> Any:
    return tmsg(METHOD_WORDS[method]) if method in METHOD_WORDS else method


def pattern_explained(adi: float, cv2: float, fm: Formats | None = None) -> str:
    """:func:`pattern_explanation` in the reader's language."""
    return shown(pattern_explanation(adi, cv2, fm))


def pattern_explanation(adi: float, cv2: float, fm: Formats | None = None) -> dict[str, Any]:
    """What the two figures mean, in the shop's number format (``fm``), e.g. "a sale every 1.0
    days on average (ADI 1.01; under 1.32 counts as most days); amounts vary by CV² 0.16 (under
    0.49 counts as steady)" — "1,0" and "1,01" in a German shop."""
    from core.inventory.forecast import ADI_CUT, CV2_CUT    # numpy loads with the first plan, not at start-up
    fm = fm or Formats()
    if not math.isfinite(adi):
        return tmsg("no sales in the history window")
    if not math.isfinite(cv2):
        return tmsg("a sale every {every} days on average (ADI {adi}; under {cut} counts as most days)",
                    every=fm.fixed(adi, 1), adi=fm.fixed(adi, 2), cut=fm.number(ADI_CUT))
    return tmsg("a sale every {every} days on average (ADI {adi}; under {cut} counts as most days); "
                "amounts vary by CV² {cv2} (under {cv2_cut} counts as steady)",
                every=fm.fixed(adi, 1), adi=fm.fixed(adi, 2), cut=fm.number(ADI_CUT),
                cv2=fm.fixed(cv2, 2), cv2_cut=fm.number(CV2_CUT))


def policy_caption(on_hand: object, on_order: object, pol: dict[str, object], fm: Formats | None = None) -> str:
    """The line above a product's stock chart, in words and the shop's formats: "On hand 12, on
    order 24. It sells on most days, steady amounts; about 3.5 a day (± 1.2); a delivery takes 2
    days; to serve 95% of what is asked for (replayed on the last 56 days: 95.2% for the products
    with this target, 96.1% for this one): safety stock 4, reorder at 11, order up to 30."
    ``pol`` is the product's row from ``InventoryService.policy()``."""
    fm = fm or Formats()

    def q(key: str) -> str:
        value = pol.get(key)
        return "—" if value is None else fm.number(value, 2)    # type: ignore[arg-type]

    days = int(pol.get("lead_time_days") or 0)     # type: ignore[call-overload]
    level = pol.get("fill_rate_target")
    group, own = pol.get("target_group_replay_fill_rate"), pol.get("replay_fill_rate")
    target = fm.percent(Decimal(str(level)) * 100) if level is not None else "—"
    figures = {"on_hand": fm.quantity(on_hand), "on_order": fm.quantity(on_order), "days": days,
               "target": target, "safety": q("safety_stock"), "rop": q("reorder_point"), "upto": q("order_up_to")}
    first = _("On hand {on_hand}, on order {on_order}.").format(**figures)
    pattern = str(pol.get("demand_pattern") or "no sales")
    sells = (_("No sales in its history yet") if pattern == "no sales" else
             _("It {pattern}; about {daily} a day (± {error})").format(
                 pattern=pattern, daily=q("forecast_daily"), error=q("forecast_error_rmse")))
    delivery = ngettext("a delivery takes {days} day", "a delivery takes {days} days", days).format(days=days)
    if group is None or own is None:
        serve = _("to serve {target} of what is asked for: safety stock {safety}, reorder at {rop}, "
                  "order up to {upto}.").format(**figures)
    else:
        serve = _("to serve {target} of what is asked for (replayed on the last {replay_days} days: {group} for "
                  "the products with this target, {own} for this one): safety stock {safety}, reorder at {rop}, "
                  "order up to {upto}.").format(
            replay_days=pol.get("replay_days"), group=fm.percent(round(100 * float(group), 1)),  # type: ignore[arg-type]
            own=fm.percent(round(100 * float(own), 1)), **figures)  # type: ignore[arg-type]
    return f"{first} {sells}; {delivery}; {serve}"
