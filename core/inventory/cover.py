"""Days of cover: when a product's stock runs out at its forecast rate.

One rule, used by the reorder suggestion's due time in the inbox and by the Today page's
"runs out before the next delivery" list, so the two always agree.
"""
from __future__ import annotations

import math
from datetime import date, timedelta
from decimal import Decimal


def runs_out_on(as_of: date, on_hand: float | Decimal, daily: float | Decimal) -> date | None:
    """The first day with no stock left, selling ``daily`` a day from ``as_of`` on; None when
    nothing is expected to sell (no forecast) — such stock does not run out."""
    rate = float(daily)
    if not math.isfinite(rate) or rate <= 0:
        return None
    stock = max(float(on_hand), 0.0)
    return as_of + timedelta(days=math.floor(stock / rate + 1e-9))
