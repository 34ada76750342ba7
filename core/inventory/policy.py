"""Reorder arithmetic — pure functions, textbook forms, vectorised over products.

* Normal lead-time demand: ``SS = z·σ_L``, ``ROP = μ_L + SS`` with ``z = Φ⁻¹(service level)``
  (cycle service level: the chance a replenishment cycle ends without a stockout).
* Poisson lead-time demand (slow movers sold in units): ``ROP`` = the smallest r with
  ``P(D_L ≤ r) ≥ service level``, ``SS = ROP - μ_L``.
* Order quantity: up to the order-up-to level ``S = ROP + d·R`` (R = days between ordering
  occasions), or the economic order quantity ``EOQ = √(2·D·K / h)``; then rounded UP to whole packs
  and to at least the minimum order quantity.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import NormalDist

import numpy as np

_N = NormalDist()


def z_value(service_level: float) -> float:
    """Standard normal quantile for a cycle service level in (0, 1)."""
    if not 0 < service_level < 1:
        raise ValueError("service level must be between 0 and 1 (exclusive)")
    return _N.inv_cdf(service_level)


def z_values(service_levels: np.ndarray) -> np.ndarray:
    sl = np.clip(np.asarray(service_levels, dtype=float), 1e-6, 1 - 1e-6)
    return np.array([_N.inv_cdf(float(v)) for v in np.ravel(sl)]).reshape(sl.shape)


def normal_reorder_point(mean_lt: np.ndarray | float, sd_lt: np.ndarray | float,
                         service_level: np.ndarray | float,
                         safety_factor: np.ndarray | float = 1.0) -> tuple[np.ndarray, np.ndarray]:
    """(safety stock, reorder point) for normally distributed lead-time demand."""
    z = z_values(np.asarray(service_level, dtype=float))
    # below 50 % the safety stock is negative (textbook); the reorder point never goes below 0
    ss = z * np.asarray(sd_lt, dtype=float) * safety_factor
    rop = np.maximum(np.asarray(mean_lt, dtype=float) + ss, 0.0)
    return rop - np.asarray(mean_lt, dtype=float), rop


# Above this mean the Poisson quantile comes from the normal approximation with the
# Cornish–Fisher skew correction instead of summing the distribution term by term: the exact
# search costs about μ + 12√μ steps (minutes for a mistyped 100,000,000), and e^-μ underflows to
# 0 beyond μ ≈ 745 anyway. At μ = 500 the approximation is within one unit of the exact quantile.
POISSON_EXACT_MAX = 500.0


@dataclass
class QuantileStats:
    """How a :func:`poisson_quantile` call was computed (for tests and benchmarks)."""

    iterations: int = 0       # steps of the exact search
    approximated: int = 0     # elements computed in closed form


def _poisson_search(m: np.ndarray, sl: np.ndarray, stats: QuantileStats | None) -> np.ndarray:
    out = np.zeros(m.shape)
    if m.size == 0:
        return out
    top = int(math.ceil(float(m.max()) + 12 * math.sqrt(float(m.max()) + 1) + 12))
    pmf = np.exp(-m)
    cdf = pmf.copy()
    done = cdf >= sl
    steps = 0
    for r in range(1, top + 1):
        if done.all():
            break
        steps += 1
        pmf = pmf * m / r
        cdf = cdf + pmf
        newly = (~done) & (cdf >= sl - 1e-12)
        out[newly] = r
        done |= newly
    out[~done] = top
    if stats is not None:
        stats.iterations += steps
    return out


def _poisson_normal(m: np.ndarray, sl: np.ndarray) -> np.ndarray:
    """Smallest integer r with P(X ≤ r) ≥ p, X ~ Poisson(m) for large m: Cornish–Fisher
    quantile ``m + √m·z + (z² − 1)/6`` with continuity correction, rounded up."""
    z = z_values(sl)
    q = m + np.sqrt(m) * z + (z * z - 1) / 6 - 0.5
    return np.maximum(np.ceil(q - 1e-9), 0.0)


def poisson_quantile(mean: np.ndarray | float, service_level: np.ndarray | float,
                     stats: QuantileStats | None = None) -> np.ndarray:
    """Smallest integer r with Poisson(mean) CDF(r) ≥ service level, for each element.

    Exact (term by term) up to :data:`POISSON_EXACT_MAX`, closed form above it, so the cost is
    bounded whatever the demand: at most about 800 vector steps."""
    m = np.atleast_1d(np.asarray(mean, dtype=float))
    sl = np.broadcast_to(np.asarray(service_level, dtype=float), m.shape)
    out = np.zeros(m.shape)
    if m.size == 0:
        return out
    big = ~(m <= POISSON_EXACT_MAX)          # NaN and inf go the closed-form way too
    small = ~big
    if small.any():
        out[small] = _poisson_search(m[small], sl[small], stats)
    if big.any():
        mb = np.where(np.isfinite(m[big]), m[big], 0.0)
        out[big] = np.where(np.isfinite(m[big]), _poisson_normal(mb, sl[big]), np.nan)
        if stats is not None:
            stats.approximated += int(big.sum())
    return out


def poisson_reorder_point(mean_lt: np.ndarray | float, service_level: np.ndarray | float,
                          safety_factor: np.ndarray | float = 1.0) -> tuple[np.ndarray, np.ndarray]:
    """(safety stock, reorder point) for Poisson lead-time demand; the safety factor scales the
    safety stock and the result is rounded up to whole units."""
    m = np.asarray(mean_lt, dtype=float)
    q = poisson_quantile(m, service_level)
    rop = np.maximum(np.ceil(m + (q - m) * safety_factor - 1e-9), 0.0)
    return rop - m, rop


def eoq(annual_demand: np.ndarray | float, order_cost: float, holding_cost: np.ndarray | float) -> np.ndarray:
    """Economic order quantity √(2DK/h); 0 where it is undefined (no cost or no demand)."""
    d = np.asarray(annual_demand, dtype=float)
    h = np.asarray(holding_cost, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        q = np.sqrt(2 * d * order_cost / h)
    return np.where((h > 0) & (d > 0) & (order_cost > 0), q, 0.0)


def round_order(quantity: np.ndarray | float, pack_size: np.ndarray | float,
                min_order: np.ndarray | float) -> np.ndarray:
    """Round up to whole packs, then up to the minimum order (itself in whole packs)."""
    q = np.asarray(quantity, dtype=float)
    pack = np.where(np.asarray(pack_size, dtype=float) > 0, np.asarray(pack_size, dtype=float), 1.0)
    moq = np.asarray(min_order, dtype=float)
    packs = np.ceil(np.maximum(q, 0) / pack - 1e-9)
    out = packs * pack
    moq_packs = np.ceil(moq / pack - 1e-9) * pack
    return np.where(q > 0, np.maximum(out, moq_packs), 0.0)
