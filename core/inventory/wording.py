"""Demand statistics in words a shop owner reads, with the figures as explanation.

The reorder maths classifies each product by ADI (average days between sales) and CV² (how much
the amounts sold vary) — Syntetos–Boylan–Croston. A reason card says "sells on most days, steady
amounts" and explains the two figures beside it, instead of "ADI 1.01, CV² 0.16".
"""
from __future__ import annotations

import math
from decimal import Decimal

from core.kernel.formats import Formats

PATTERN_WORDS = {
    "smooth": "sells on most days, steady amounts",
    "erratic": "sells on most days, amounts vary a lot",
    "intermittent": "sells on some days only, steady amounts",
    "lumpy": "sells on some days only, amounts vary a lot",
}

METHOD_WORDS = {
    "weekday-seasonal ES": "recent sales per weekday, recent days weighing more",
    "SBA": "average sale size and gap between sales (Croston–SBA)",
    "TSB": "how often and how much it sells lately, falling if it stops selling (TSB)",
    "no sales": "no sales to learn from",
}


def pattern_words(demand_class: str) -> str:
    return PATTERN_WORDS.get(demand_class, demand_class)


def method_words(method: str) -> str:
    return METHOD_WORDS.get(method, method)


def pattern_explained(adi: float, cv2: float, fm: Formats | None = None) -> str:
    """What the two figures mean, in the shop's number format (``fm``), e.g. "a sale every 1.0
    days on average (ADI 1.01; under 1.32 counts as most days); amounts vary by CV² 0.16 (under
    0.49 counts as steady)" — "1,0" and "1,01" in a German shop."""
    from core.inventory.forecast import ADI_CUT, CV2_CUT    # numpy loads with the first plan, not at start-up
    fm = fm or Formats()
    if not math.isfinite(adi):
        return "no sales in the history window"
    every = (f"a sale every {fm.fixed(adi, 1)} days on average (ADI {fm.fixed(adi, 2)}; under "
             f"{fm.number(ADI_CUT)} counts as most days)")
    if not math.isfinite(cv2):
        return every
    return f"{every}; amounts vary by CV² {fm.fixed(cv2, 2)} (under {fm.number(CV2_CUT)} counts as steady)"


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
    replay = ("" if group is None or own is None else
              f" (replayed on the last {pol.get('replay_days')} days: {fm.percent(round(100 * float(group), 1))}"  # type: ignore[arg-type]
              f" for the products with this target, {fm.percent(round(100 * float(own), 1))} for this one)")  # type: ignore[arg-type]
    pattern = str(pol.get("demand_pattern") or "no sales")
    sells = ("No sales in its history yet" if pattern == "no sales" else
             f"It {pattern}; about {q('forecast_daily')} a day (± {q('forecast_error_rmse')})")
    return (f"On hand {fm.quantity(on_hand)}, on order {fm.quantity(on_order)}. "
            f"{sells}; a delivery takes {days} day{'s' if days != 1 else ''}; "
            f"to serve {fm.percent(Decimal(str(level)) * 100) if level is not None else '—'} "
            f"of what is asked for{replay}: safety stock {q('safety_stock')}, reorder at {q('reorder_point')}, "
            f"order up to {q('order_up_to')}.")
