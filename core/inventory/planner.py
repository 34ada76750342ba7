"""The reorder planner: from a matrix of daily sales to each product's policy — pure numpy.

This is the one computation the daily job, ``deskmate reorder policy`` and the backtest all share,
so what the backtest measures is what the job does. Steps, per product:

1. classify demand (smooth / erratic / intermittent / lumpy) over the history window;
2. forecast with the method fit for the class — weekday-seasonal exponential smoothing for smooth
   and erratic items, SBA for intermittent ones, TSB for lumpy ones — choosing the smoothing
   constant from a small grid by the lowest one-step error over the last weeks;
3. forecast error σ₁ = RMSE of the one-step-ahead errors over the last ``error_days``; over the
   protection period P (lead time + days until the next ordering day − 1) the error of the
   cumulative forecast is ``σ_P = σ₁·√(Σ_{j<P} (1+αj)²)`` (the exponential-smoothing formula: the
   level itself is uncertain, so errors over several days are correlated);
4. reorder point = forecast demand over P + safety stock ``k·σ_P`` for the owner's fill-rate target,
   times the learnt safety factor; ``k`` is the smallest multiplier whose replay of the product's own
   recent sales under these very rules reached the target (:mod:`core.inventory.fillrate`), so the
   fill rate the owner sets is the one the policy is built to deliver;
5. order-up-to level = reorder point + cycle stock (average daily demand × the owner's cycle days,
   0 by default: the reorder point already covers the days until the next ordering occasion), or
   + EOQ under the EOQ rule; orders are placed when the position is below the reorder point.

Products with too little history (first sale fewer than ``min_history_days`` ago, or no sales)
fall back to the owner's min/max and are flagged.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from core.inventory import fillrate as fr
from core.inventory import forecast as fc
from core.inventory import policy as pol

SEASONAL_ALPHAS = (0.05, 0.1, 0.2, 0.35)
SEASONAL_GAMMA = 0.05
CROSTON_ALPHAS = (0.05, 0.1, 0.2)
TSB_PARAMS = ((0.1, 0.05), (0.2, 0.1))


@dataclass(frozen=True)
class PlanInput:
    sales: np.ndarray               # (n, T) daily net demand, oldest first, last column = last known day
    first_weekday: int              # weekday (0=Mon) of column 0
    lead_time: np.ndarray           # (n,) days
    review_days: np.ndarray         # (n,) days between ordering occasions (1 = every day)
    fill_rate: np.ndarray           # (n,) target share of the units asked for that are served
    safety_factor: np.ndarray       # (n,)
    history_days: np.ndarray        # (n,) days since the first recorded sale (inf if long ago)
    owner_min: np.ndarray           # (n,) NaN when unset
    owner_max: np.ndarray           # (n,) NaN when unset
    unit_cost: np.ndarray | None = None
    order_cost: float = 0.0         # fixed cost per order line (for EOQ)
    holding_rate: float = 0.25      # per year, fraction of unit cost
    rule: str = "order_up_to"       # or "eoq"
    cycle_days: float = 0.0         # extra cycle stock in days of demand above the reorder point
    min_history_days: int = 21
    error_days: int = 56
    calibration_days: int = fr.CALIBRATION_DAYS


@dataclass
class Plan:
    demand_class: np.ndarray
    method: np.ndarray
    alpha: np.ndarray
    adi: np.ndarray
    cv2: np.ndarray
    daily: np.ndarray               # (n, 7) forecast per weekday
    forecast_daily: np.ndarray      # (n,) average forecast per day
    sigma1: np.ndarray              # one-step RMSE
    protection_days: np.ndarray
    mean_lt: np.ndarray             # expected demand over the protection period
    sd_lt: np.ndarray
    distribution: np.ndarray        # "fill-rate replay" | "owner min/max" | "none"
    safety_stock: np.ndarray
    reorder_point: np.ndarray
    order_up_to: np.ndarray
    eoq: np.ndarray
    enough_history: np.ndarray
    fill_target: np.ndarray         # (n,) the owner's fill-rate target
    safety_multiplier: np.ndarray   # (n,) k in SS = k·σ_P (before the learnt safety factor)
    replay_fill: np.ndarray         # (n,) fill rate the calibration replay reached with that k
    pool_fill: np.ndarray           # (n,) replayed fill rate of all products sharing its target
    replay_days: np.ndarray         # (n,) days the calibration replayed
    fitted: np.ndarray = field(repr=False, default=None)  # type: ignore[assignment]

    def row(self, i: int) -> dict[str, object]:
        return {
            "class": str(self.demand_class[i]), "method": str(self.method[i]),
            "alpha": float(self.alpha[i]), "adi": float(self.adi[i]), "cv2": float(self.cv2[i]),
            "forecast_daily": float(self.forecast_daily[i]), "sigma1": float(self.sigma1[i]),
            "protection_days": int(self.protection_days[i]), "mean_lt": float(self.mean_lt[i]),
            "sd_lt": float(self.sd_lt[i]), "distribution": str(self.distribution[i]),
            "safety_stock": float(self.safety_stock[i]), "reorder_point": float(self.reorder_point[i]),
            "order_up_to": float(self.order_up_to[i]), "eoq": float(self.eoq[i]),
            "enough_history": bool(self.enough_history[i]),
            "fill_target": float(self.fill_target[i]),
            "safety_multiplier": float(self.safety_multiplier[i]),
            "replay_fill": float(self.replay_fill[i]), "replay_days": int(self.replay_days[i]),
            "pool_fill": float(self.pool_fill[i]),
            "daily": [float(v) for v in self.daily[i]],
        }


def _best(y: np.ndarray, fits: list[fc.Fit], last: int) -> tuple[int, np.ndarray]:
    errs = np.stack([fc.rmse(y, f.fitted, last) for f in fits])
    errs = np.where(np.isnan(errs), np.inf, errs)
    return errs.argmin(axis=0), errs.min(axis=0)


@dataclass
class DemandFit:
    """The forecasting half of a plan (independent of the fill-rate target)."""

    stats: fc.DemandStats
    daily: np.ndarray
    fitted: np.ndarray
    alpha: np.ndarray
    method: np.ndarray
    sigma1: np.ndarray
    next_weekday: int
    protection_days: np.ndarray
    mean_lt: np.ndarray
    sd_lt: np.ndarray
    eoq: np.ndarray
    cycle: np.ndarray               # order-up-to level minus reorder point
    calibration: fr.Calibration


def _protection(inp: PlanInput, daily: np.ndarray, alpha: np.ndarray, sigma1: np.ndarray,
                next_weekday: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(P, expected demand over P, σ_P) — see steps 3 and 4 of the module docstring."""
    P = np.maximum(np.asarray(inp.lead_time, dtype=int) + np.asarray(inp.review_days, dtype=int) - 1, 1)
    mean_lt = fc.horizon_sum(daily, next_weekday, P)
    j_sum = P + alpha * P * (P - 1) + alpha ** 2 * (P - 1) * P * (2 * P - 1) / 6
    sd_lt = sigma1 * np.sqrt(j_sum)
    # weekday-aware risk: errors grow with the level (count data), so a protection period over
    # busy days is riskier than the same number of quiet days: scale by √(μ_P / (P·d̄))
    d_mean = daily.mean(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        busy = np.where(d_mean > 0, np.sqrt(mean_lt / (P * d_mean)), 1.0)
    sd_lt = sd_lt * np.where(np.isfinite(busy), busy, 1.0)
    return P, mean_lt, sd_lt


def _cycle(inp: PlanInput, daily: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(EOQ, order-up-to level minus reorder point) under the owner's order rule."""
    n = daily.shape[0]
    d_avg = daily.mean(axis=1)
    cost = np.ones(n) if inp.unit_cost is None else np.asarray(inp.unit_cost, dtype=float)
    q_eoq = pol.eoq(d_avg * 365, inp.order_cost, cost * inp.holding_rate)
    cycle = d_avg * float(inp.cycle_days)
    return q_eoq, (np.maximum(q_eoq, cycle) if inp.rule == "eoq" else cycle)


def fit_demand(inp: PlanInput) -> DemandFit:
    Y = np.clip(np.asarray(inp.sales, dtype=float), 0, None)
    n, T = Y.shape
    stats = fc.classify(Y)
    cls = stats.classes
    daily = np.zeros((n, 7))
    fitted = np.full((n, T), np.nan)
    alpha = np.zeros(n)
    method = np.empty(n, dtype=object)
    sigma1 = np.zeros(n)
    last = min(inp.error_days, T)
    groups = {
        "weekday-seasonal ES": np.isin(cls, ("smooth", "erratic")),
        "SBA": cls == "intermittent",
        "TSB": cls == "lumpy",
    }
    for name, mask in groups.items():
        idx = np.flatnonzero(mask & (stats.nonzero > 0))
        if idx.size == 0:
            continue
        y = Y[idx]
        if name == "weekday-seasonal ES":
            fits = [fc.weekday_seasonal(y, inp.first_weekday, a, SEASONAL_GAMMA) for a in SEASONAL_ALPHAS]
            alphas = np.array(SEASONAL_ALPHAS)
        elif name == "SBA":
            fits = [fc.croston(y, a, "sba") for a in CROSTON_ALPHAS]
            alphas = np.array(CROSTON_ALPHAS)
        else:
            fits = [fc.tsb(y, a, b) for a, b in TSB_PARAMS]
            alphas = np.array([max(a, b) for a, b in TSB_PARAMS])
        best, err = _best(y, fits, last)
        for k, f in enumerate(fits):
            sel = best == k
            daily[idx[sel]] = f.daily[sel]
            fitted[idx[sel]] = f.fitted[sel]
        alpha[idx] = alphas[best]
        sigma1[idx] = np.where(np.isfinite(err), err, 0.0)
        method[idx] = name
    method[stats.nonzero == 0] = "no sales"
    next_weekday = (inp.first_weekday + T) % 7
    P, mean_lt, sd_lt = _protection(inp, daily, alpha, sigma1, next_weekday)
    q_eoq, cycle = _cycle(inp, daily)
    cal = fr.calibrate(Y, fitted, daily, inp.first_weekday, sd_lt,
                       P, inp.lead_time, inp.review_days, cycle, inp.calibration_days)
    return DemandFit(stats, daily, fitted, alpha, method, sigma1, next_weekday, P, mean_lt, sd_lt,
                     q_eoq, cycle, cal)


def plan(inp: PlanInput, fit: DemandFit | None = None,
         fill_rate: np.ndarray | None = None) -> Plan:
    """The full policy. Pass a ``fit`` from :func:`fit_demand` to reuse the forecasts and the
    calibration replay for several fill-rate targets (the backtest does)."""
    f = fit or fit_demand(inp)
    n = f.daily.shape[0]
    stats, daily, alpha, sigma1 = f.stats, f.daily, f.alpha, f.sigma1
    none = stats.nonzero == 0
    P, mean_lt, sd_lt = f.protection_days, f.mean_lt, f.sd_lt
    target = np.broadcast_to(np.asarray(inp.fill_rate if fill_rate is None else fill_rate,
                                        dtype=float), (n,))
    sf = np.asarray(inp.safety_factor, dtype=float)
    enough = (np.asarray(inp.history_days, dtype=float) >= inp.min_history_days) & ~none
    value = np.ones(n) if inp.unit_cost is None else np.asarray(inp.unit_cost, dtype=float)
    k, achieved, pooled = f.calibration.allocate(target, value, enough)
    # the calibration replayed ROPs rounded up to whole units, as orders are
    rop = np.maximum(np.ceil(mean_lt + k * sd_lt * sf - 1e-9), 0.0)
    ss = rop - mean_lt
    dist = np.full(n, "fill-rate replay", dtype=object)
    upto = rop + f.cycle

    omin = np.asarray(inp.owner_min, dtype=float)
    has_minmax = ~np.isnan(omin)
    omax = np.where(np.isnan(inp.owner_max), omin * 2, inp.owner_max)
    fallback = ~enough
    rop = np.where(fallback, np.where(has_minmax, omin, np.nan), rop)
    upto = np.where(fallback, np.where(has_minmax, omax, np.nan), upto)
    ss = np.where(fallback, 0.0, ss)
    dist = np.where(fallback, np.where(has_minmax, "owner min/max", "none"), dist).astype(object)
    return Plan(demand_class=stats.classes, method=f.method, alpha=alpha, adi=stats.adi,
                cv2=stats.cv2, daily=daily, forecast_daily=daily.mean(axis=1), sigma1=sigma1,
                protection_days=P, mean_lt=mean_lt, sd_lt=sd_lt, distribution=dist, safety_stock=ss,
                reorder_point=rop, order_up_to=upto, eoq=f.eoq, enough_history=enough,
                fill_target=np.array(target, dtype=float), safety_multiplier=np.where(fallback, np.nan, k),
                replay_fill=np.where(fallback, np.nan, achieved),
                pool_fill=np.where(fallback, np.nan, pooled),
                replay_days=f.calibration.days, fitted=f.fitted)


def order_quantities(p: Plan, position: np.ndarray, pack: np.ndarray, moq: np.ndarray,
                     rule: str = "order_up_to") -> tuple[np.ndarray, np.ndarray]:
    """(raw quantity, rounded quantity) to order now; 0 where the position is above the reorder
    point. Under the EOQ rule whole EOQs are ordered until the position is above the reorder point."""
    pos = np.asarray(position, dtype=float)
    rop = p.reorder_point
    # the position must cover the protection period on its own: order when it is below the ROP
    trigger = np.isfinite(rop) & (pos < rop - 1e-9) & (p.order_up_to > 0)
    if rule == "eoq":
        q_unit = np.where(p.eoq > 0, p.eoq, np.maximum(p.order_up_to - rop, 1e-9))
        k = np.floor(np.maximum(rop - pos, 0) / q_unit) + 1
        raw = np.where(trigger, k * q_unit, 0.0)
    else:
        raw = np.where(trigger, np.maximum(p.order_up_to - pos, 0.0), 0.0)
    raw = np.where(np.isfinite(raw), raw, 0.0)
    return raw, pol.round_order(raw, pack, moq)
