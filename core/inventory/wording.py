"""Demand statistics in words a shop owner reads, with the figures as explanation.

The reorder maths classifies each product by ADI (average days between sales) and CV² (how much
the amounts sold vary) — Syntetos–Boylan–Croston. A reason card says "sells on most days, steady
amounts" and explains the two figures beside it, instead of "ADI 1.01, CV² 0.16".
"""
from __future__ import annotations

import math

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


def pattern_explained(adi: float, cv2: float) -> str:
    """What the two figures mean, e.g. "a sale every 1.0 days on average (ADI 1.01; under 1.32 is
    'most days'); amounts vary by CV² 0.16 (under 0.49 is 'steady')"."""
    from core.inventory.forecast import ADI_CUT, CV2_CUT    # numpy loads with the first plan, not at start-up
    if not math.isfinite(adi):
        return "no sales in the history window"
    every = f"a sale every {adi:.1f} days on average (ADI {adi:.2f}; under {ADI_CUT:g} counts as most days)"
    if not math.isfinite(cv2):
        return every
    return f"{every}; amounts vary by CV² {cv2:.2f} (under {CV2_CUT:g} counts as steady)"
