"""What every chart shares, on screen (``desktop/widgets/chart.py``) and on paper (report PDFs):
the round axis ticks. A chart itself is a plain dict (see the widget's docstring) that core builds."""
from __future__ import annotations

import math
from typing import Any

#: Series colours in order, the same on screen and in PDFs.
PALETTE = ["#2f6db5", "#e07b24", "#3c9a5f", "#b83b5e", "#7a5cb8", "#6b7a8f"]


def nice_ticks(lo: float, hi: float, target: int = 5) -> tuple[list[float], int]:
    """Round axis ticks (steps of 1, 2 or 5 × 10^k) covering [lo, hi], and the decimals their
    labels need: a range of 0-0.8 gets 0.0, 0.2, ... instead of five labels all reading "0"."""
    if not math.isfinite(lo) or not math.isfinite(hi):
        lo, hi = 0.0, 1.0
    if hi == lo:
        hi = lo + (abs(lo) or 1.0)
    raw = (hi - lo) / max(target - 1, 1)
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)
    start = math.floor(lo / step) * step
    ticks: list[float] = []
    v = start
    while v < hi + step * 0.5 and len(ticks) < 50:
        ticks.append(round(v, 12))
        v += step
    if ticks[-1] < hi:
        ticks.append(round(ticks[-1] + step, 12))
    decimals = max(0, -math.floor(math.log10(step) + 1e-9))
    return ticks, decimals


def num(v: Any) -> float | None:
    """A chart value as a float (None, and what is not a number, draw nothing)."""
    try:
        return None if v is None else float(v)
    except (TypeError, ValueError):
        return None


def drawn_series(chart: dict[str, Any]) -> list[dict[str, Any]]:
    """The series that draw something: one with nothing but gaps (no decisions in any week...) is left out."""
    return [s for s in chart.get("series", []) if any(num(v) is not None for v in s.get("values") or [])]
