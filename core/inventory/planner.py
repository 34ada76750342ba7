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
4. reorder point = forecast demand over P + safety stock for the service level (Poisson when the
   item is a slow mover whose error looks Poisson, normal otherwise), times the learnt safety factor;
5. order-up-to level = reorder point + cycle stock (average daily demand × the owner's cycle days,
   0 by default: the reorder point already covers the days until the next ordering occasion), or
   + EOQ under the EOQ rule; orders are placed when the position is below the reorder point.

Products with too little history (first sale fewer than ``min_history_days`` ago, or no sales)
fall back to the owner's min/max and are flagged.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from core.inventory import forecast as fc
from core.inventory import policy as pol

SEASONAL_ALPHAS = (0.05, 0.1, 0.2, 0.35)
SEASONAL_GAMMA = 0.05
CROSTON_ALPHAS = (0.05, 0.1, 0.2)
TSB_PARAMS = ((0.1, 0.05), (0.2, 0.1))
POISSON_MAX_MEAN = 10.0
POISSON_MAX_DISPERSION = 1.5


@dataclass(frozen=True)
class PlanInput:
    sales: np.ndarray               # (n, T) daily net demand, oldest first, last column = last known day
    first_weekday: int              # weekday (0=Mon) of column 0
    lead_time: np.ndarray           # (n,) days
    review_days: np.ndarray         # (n,) days between ordering occasions (1 = every day)
    service_level: np.ndarray       # (n,)
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
    distribution: np.ndarray        # "normal" | "poisson" | "owner min/max" | "none"
    safety_stock: np.ndarray
    reorder_point: np.ndarray
    order_up_to: np.ndarray
    eoq: np.ndarray
    enough_history: np.ndarray
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
            "daily": [float(v) for v in self.daily[i]],
        }


def _best(y: np.ndarray, fits: list[fc.Fit], last: int) -> tuple[int, np.ndarray]:
    errs = np.stack([fc.rmse(y, f.fitted, last) for f in fits])
    errs = np.where(np.isnan(errs), np.inf, errs)
    return errs.argmin(axis=0), errs.min(axis=0)


@dataclass
class DemandFit:
    """The forecasting half of a plan (independent of the service level)."""

    stats: fc.DemandStats
    daily: np.ndarray
    fitted: np.ndarray
    alpha: np.ndarray
    method: np.ndarray
    sigma1: np.ndarray
    next_weekday: int


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
    return DemandFit(stats, daily, fitted, alpha, method, sigma1, (inp.first_weekday + T) % 7)


def plan(inp: PlanInput, fit: DemandFit | None = None,
         service_level: np.ndarray | None = None) -> Plan:
    """The full policy. Pass a ``fit`` from :func:`fit_demand` to reuse the forecasts for several
    service levels (the backtest does)."""
    f = fit or fit_demand(inp)
    n = f.daily.shape[0]
    stats, daily, alpha, sigma1 = f.stats, f.daily, f.alpha, f.sigma1
    none = stats.nonzero == 0
    P = np.maximum(np.asarray(inp.lead_time, dtype=int) + np.asarray(inp.review_days, dtype=int) - 1, 1)
    mean_lt = fc.horizon_sum(daily, f.next_weekday, P)
    j_sum = P + alpha * P * (P - 1) + alpha ** 2 * (P - 1) * P * (2 * P - 1) / 6
    sd_lt = sigma1 * np.sqrt(j_sum)
    # weekday-aware risk: errors grow with the level (count data), so a protection period over
    # busy days is riskier than the same number of quiet days: scale by √(μ_P / (P·d̄))
    d_mean = daily.mean(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        busy = np.where(d_mean > 0, np.sqrt(mean_lt / (P * d_mean)), 1.0)
    sd_lt = sd_lt * np.where(np.isfinite(busy), busy, 1.0)
    sl = np.broadcast_to(np.asarray(inp.service_level if service_level is None else service_level,
                                    dtype=float), (n,))
    sf = np.asarray(inp.safety_factor, dtype=float)

    ss_n, rop_n = pol.normal_reorder_point(mean_lt, sd_lt, sl, sf)
    with np.errstate(divide="ignore", invalid="ignore"):
        dispersion = np.where(mean_lt > 0, sd_lt ** 2 / mean_lt, np.inf)
    use_poisson = (mean_lt > 0) & (mean_lt < POISSON_MAX_MEAN) & (dispersion <= POISSON_MAX_DISPERSION)
    ss_p, rop_p = pol.poisson_reorder_point(mean_lt, sl, sf)
    ss = np.where(use_poisson, ss_p, ss_n)
    rop = np.where(use_poisson, rop_p, rop_n)
    dist = np.where(use_poisson, "poisson", "normal").astype(object)

    d_avg = daily.mean(axis=1)
    cost = np.ones(n) if inp.unit_cost is None else np.asarray(inp.unit_cost, dtype=float)
    q_eoq = pol.eoq(d_avg * 365, inp.order_cost, cost * inp.holding_rate)
    cycle = d_avg * float(inp.cycle_days)
    upto = rop + (np.maximum(q_eoq, cycle) if inp.rule == "eoq" else cycle)

    enough = (np.asarray(inp.history_days, dtype=float) >= inp.min_history_days) & ~none
    omin = np.asarray(inp.owner_min, dtype=float)
    has_minmax = ~np.isnan(omin)
    omax = np.where(np.isnan(inp.owner_max), omin * 2, inp.owner_max)
    fallback = ~enough
    rop = np.where(fallback, np.where(has_minmax, omin, np.nan), rop)
    upto = np.where(fallback, np.where(has_minmax, omax, np.nan), upto)
    ss = np.where(fallback, 0.0, ss)
    dist = np.where(fallback, np.where(has_minmax, "owner min/max", "none"), dist).astype(object)
    return Plan(demand_class=stats.classes, method=f.method, alpha=alpha, adi=stats.adi,
                cv2=stats.cv2, daily=daily, forecast_daily=d_avg, sigma1=sigma1, protection_days=P,
                mean_lt=mean_lt, sd_lt=sd_lt, distribution=dist, safety_stock=ss,
                reorder_point=rop, order_up_to=upto, eoq=q_eoq, enough_history=enough,
                fitted=f.fitted)


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
