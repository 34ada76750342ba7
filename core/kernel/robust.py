"""Robust statistics for "is this figure unusual?": the median and the median absolute deviation.

Why not the mean and the standard deviation: one mistyped figure (1,500 instead of 150) moves both
so much that it hides itself and makes its neighbours look odd. The median and the MAD (median of
the distances from the median) barely move for a few wrong values, so the range they give is what
the figures are *usually* like. ``1.4826 × MAD`` estimates the standard deviation for normal data,
which makes the threshold ``k`` read like a z-score (k = 4: far outside what ordinary days do).

Pure functions over plain floats: no database, tested with known answers.
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

#: MAD × this estimates the standard deviation of normally distributed figures.
MAD_TO_SD = 1.4826


def median(values: Sequence[float]) -> float:
    """The middle value (the mean of the two middle ones for an even count)."""
    if not values:
        raise ValueError("median of no values")
    xs = sorted(values)
    n = len(xs)
    mid = n // 2
    return float(xs[mid]) if n % 2 else (xs[mid - 1] + xs[mid]) / 2.0


def mad(values: Sequence[float], centre: float | None = None) -> float:
    """Median absolute deviation from ``centre`` (the median when not given)."""
    c = median(values) if centre is None else centre
    return median([abs(v - c) for v in values])


def quantile(values: Sequence[float], q: float) -> float:
    """The q-quantile by linear interpolation between order statistics (numpy's default)."""
    if not values:
        raise ValueError("quantile of no values")
    xs = sorted(values)
    pos = (len(xs) - 1) * q
    lo = math.floor(pos)
    hi = math.ceil(pos)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


@dataclass(frozen=True)
class RobustRange:
    """What a figure usually is: ``centre`` ± ``k`` × ``spread``, never narrower than ``floor``."""

    centre: float
    spread: float        # the robust standard deviation actually used (after the floor)
    k: float
    low: float
    high: float
    n: int               # how many figures it was learnt from

    def contains(self, x: float) -> bool:
        return self.low <= x <= self.high

    def score(self, x: float) -> float:
        """How many spreads ``x`` lies from the centre (signed)."""
        return (x - self.centre) / self.spread if self.spread > 0 else 0.0


def robust_range(values: Sequence[float], k: float, min_spread: float = 0.0) -> RobustRange:
    """The usual range of ``values``: median ± k × max(1.4826 × MAD, ``min_spread``).

    ``min_spread`` keeps the range from collapsing when most values are equal (a product that
    sells exactly 2 most days has MAD 0, and 3 would otherwise be "unusual")."""
    c = median(values)
    spread = max(MAD_TO_SD * mad(values, c), min_spread)
    return RobustRange(centre=c, spread=spread, k=k, low=c - k * spread, high=c + k * spread,
                       n=len(values))
