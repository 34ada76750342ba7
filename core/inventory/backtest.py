"""Replay recorded sales against Deskmate's policy and a hand-set min/max rule — pure numpy.

The rules of the replay (printed with every result as "assumptions"):

* demand on each replayed day is the recorded sales of that day; what cannot be served from stock
  is lost (not back-ordered);
* an order placed at the end of day t is on the shelf at the start of day t + lead time;
* every policy starts with its own order-up-to level on hand and nothing on order;
* Deskmate's policy re-plans at the end of every day from the sales known up to that day with the
  same :func:`core.inventory.planner.plan` the daily job uses (same window, methods, error model);
* the baseline is the min/max rule owners set by hand in Odoo, ERPNext or InvenTree:
  min = average daily demand in the learning period × lead time, max = 2 × min; when the position
  (on hand + on order) is at or below min, order up to max;
* the careful baseline is the same rule as a careful owner keeps it: re-estimated at the cutoff,
  on the first day of every month and on the evening a new product first sells, from the last
  :data:`CAREFUL_DAYS` days of sales (counted from each product's first sale), with safety stock — min = average daily demand × lead time +
  :data:`CAREFUL_Z` × the daily standard deviation × √lead time, rounded up; max = min + average
  daily demand × lead time (the same order size as the plain rule), so it differs from the plain
  rule only by what care adds: fresh figures and a buffer for variable days;
* stock value is the average over the days of (stock after receipts + stock at closing) / 2,
  times the unit value.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import numpy as np

from core.inventory import planner as pl
from core.kernel.progress import Progress

DEFAULT_LEVELS = (0.5, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 0.99, 0.995)
#: days of sales a careful owner looks back over when re-setting min/max each month
CAREFUL_DAYS = 56
#: the careful owner's safety factor: the textbook 95 % (z = 1.65) on the daily spread
CAREFUL_Z = 1.65


@dataclass
class Outcome:
    name: str
    target: float | None          # the fill-rate target the policy was given (None: a baseline)
    demanded: float
    served: float
    stockout_product_days: int
    average_stock_value: float
    average_stock_units: float
    orders_placed: int

    @property
    def fill_rate(self) -> float:
        return self.served / self.demanded if self.demanded > 0 else 1.0

    def as_dict(self) -> dict[str, Any]:
        return {"policy": self.name, "fill_rate_target": self.target,
                "fill_rate": round(self.fill_rate, 4), "units_demanded": round(self.demanded, 3),
                "units_served": round(self.served, 3),
                "stockout_product_days": self.stockout_product_days,
                "average_stock_value": round(self.average_stock_value, 2),
                "average_stock_units": round(self.average_stock_units, 2),
                "orders_placed": self.orders_placed}


CAREFUL_NAME = "careful min/max"

_debug: dict[str, Any] = {}


class _Sim:
    """One policy's stock: on hand and orders in transit (arrivals by replay day)."""

    def __init__(self, start: np.ndarray, days: int, lead: int) -> None:
        self.on_hand = start.astype(float).copy()
        self.pipeline = np.zeros((days + lead + 1, start.shape[0]))
        self.demanded = self.served = 0.0
        self.stockouts = 0
        self.stock_units = 0.0
        self.stock_value = 0.0
        self.orders = 0
        self.lost_by_product = np.zeros(start.shape[0])
        self.stock_by_product = np.zeros(start.shape[0])

    def day(self, k: int, demand: np.ndarray, value: np.ndarray) -> None:
        self.on_hand += self.pipeline[k]
        self.pipeline[k] = 0
        start = self.on_hand.copy()
        served = np.minimum(self.on_hand, demand)
        self.on_hand -= served
        self.demanded += float(demand.sum())
        self.served += float(served.sum())
        self.stockouts += int(np.count_nonzero(demand > served + 1e-9))
        mid = (start + self.on_hand) / 2
        self.lost_by_product += demand - served
        self.stock_by_product += mid
        self.stock_units += float(mid.sum())
        self.stock_value += float((mid * value).sum())

    def position(self, k: int) -> np.ndarray:
        return self.on_hand + self.pipeline[k + 1:].sum(axis=0)

    def order(self, k: int, lead: int, qty: np.ndarray) -> None:
        q = np.where(qty > 0, qty, 0.0)
        self.orders += int(np.count_nonzero(q))
        self.pipeline[k + lead] += q


def careful_minmax(Y: np.ndarray, t_end: int, lead_time: int,
                   first_sale: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(min, max) a careful owner sets from the sales of the :data:`CAREFUL_DAYS` days before
    column ``t_end`` (days before a product's first sale are not counted, but at least the last 7
    days are): min = d̄·L + z·σ_d·√L
    rounded up, max = min + d̄·L rounded up; both 0 for a product with no sales in those days."""
    lo = max(0, t_end - CAREFUL_DAYS)
    win = Y[:, lo:t_end]
    cols = np.arange(lo, t_end)
    # counted from the first sale, but over at least a week: one day's sale is not a daily rate
    alive = cols[None, :] >= np.minimum(first_sale, t_end - 7)[:, None]
    cnt = alive.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        mean = np.where(cnt > 0, (win * alive).sum(axis=1) / np.maximum(cnt, 1), 0.0)
        var = np.where(cnt > 1, (((win - mean[:, None]) ** 2) * alive).sum(axis=1) / np.maximum(cnt - 1, 1), 0.0)
    sd = np.sqrt(np.maximum(var, 0.0))
    sold = mean > 0
    lo_ = np.where(sold, np.ceil(mean * lead_time + CAREFUL_Z * sd * np.sqrt(lead_time) - 1e-9), 0.0)
    hi = np.where(sold, lo_ + np.maximum(np.ceil(mean * lead_time - 1e-9), 1.0), 0.0)
    return lo_, hi


def run(sales: np.ndarray, first_day: date, cutoff: date, until: date | None, lead_time: int,
        targets: tuple[float, ...] = DEFAULT_LEVELS, unit_value: np.ndarray | None = None,
        window: int = 182, min_history_days: int = 21, progress: Progress | None = None) -> dict[str, Any]:
    """Backtest on a (products × days) matrix whose column 0 is ``first_day``.

    Learns from days before ``cutoff``; replays ``cutoff`` .. ``until`` (inclusive; default: the
    last day of the data). Returns a JSON-ready dict: policies, curve, comparison, assumptions.
    """
    Y = np.clip(np.asarray(sales, dtype=float), 0, None)
    n, T = Y.shape
    c = (cutoff - first_day).days
    last = T - 1 if until is None else min((until - first_day).days, T - 1)
    if c < 7:
        raise ValueError("the cutoff leaves less than a week of sales to learn from")
    if last < c:
        raise ValueError("nothing to replay: the cutoff is after the last day of sales")
    if lead_time < 1:
        raise ValueError("the lead time is at least 1 day")
    days = last - c + 1
    L = int(lead_time)
    value = np.ones(n) if unit_value is None else np.asarray(unit_value, dtype=float)
    levels = tuple(sorted(float(s) for s in targets))

    first_sale = np.where((Y > 0).any(axis=1), (Y > 0).argmax(axis=1), T)
    # baseline: set once by hand from the learning period
    avg = Y[:, :c].mean(axis=1)
    bmin = avg * L
    bmax = 2 * bmin
    base = _Sim(np.ceil(bmax), days, L)
    # the careful owner's min/max is also "the owner's min/max" that Deskmate falls back to for
    # products with too little history, as the job does (a new product gets one the evening it
    # first sells, not never)
    cmin, cmax = careful_minmax(Y, c, L, first_sale)
    careful = _Sim(cmax, days, L)

    def plan_at(t_end: int) -> tuple[pl.PlanInput, pl.DemandFit]:
        lo = max(0, t_end - window)
        inp = pl.PlanInput(
            sales=Y[:, lo:t_end], first_weekday=(first_day + timedelta(days=lo)).weekday(),
            lead_time=np.full(n, L), review_days=np.ones(n), fill_rate=np.full(n, 0.95),
            safety_factor=np.ones(n), history_days=(t_end - first_sale).astype(float),
            owner_min=cmin, owner_max=cmax, unit_cost=value,
            min_history_days=min_history_days)
        return inp, pl.fit_demand(inp)


    inp0, fit0 = plan_at(c)
    sims = {}
    for sl in levels:
        p0 = pl.plan(inp0, fit0, np.full(n, sl))
        start = np.ceil(np.nan_to_num(p0.order_up_to, nan=0.0))
        sims[sl] = _Sim(start, days, L)

    for k in range(days):
        t = c + k
        d = Y[:, t]
        base.day(k, d, value)
        careful.day(k, d, value)
        for sim in sims.values():
            sim.day(k, d, value)
        # end of day t: re-plan from everything known so far (days < t + 1)
        pos = base.position(k)
        base.order(k, L, np.where(pos <= bmin + 1e-9, np.ceil(bmax - pos), 0.0) * (bmax > 0))
        if (first_day + timedelta(days=t + 1)).day == 1:     # the owner's monthly review
            cmin, cmax = careful_minmax(Y, t + 1, L, first_sale)
        elif (first_sale == t).any():                        # a new product sold for the first time
            new = first_sale == t
            nmin, nmax = careful_minmax(Y[new], t + 1, L, first_sale[new])
            cmin, cmax = cmin.copy(), cmax.copy()
            cmin[new], cmax[new] = nmin, nmax
        pos = careful.position(k)
        careful.order(k, L, np.where(pos <= cmin + 1e-9, np.ceil(cmax - pos), 0.0) * (cmax > 0))
        if k < days - 1:
            inp, fit = plan_at(t + 1)
            for sl, sim in sims.items():
                p = pl.plan(inp, fit, np.full(n, sl))
                _, q = pl.order_quantities(p, sim.position(k), np.ones(n), np.zeros(n))
                sim.order(k, L, q)
        if progress is not None:
            progress.report(k + 1, days, f"day {k + 1} of {days}")
            progress.check("backtest cancelled")

    def outcome(name: str, sl: float | None, s: _Sim) -> Outcome:
        return Outcome(name, sl, s.demanded, s.served, s.stockouts, s.stock_value / days,
                       s.stock_units / days, s.orders)

    _debug.update(base=base, careful=careful, sims=sims)
    base_out = outcome("baseline min/max", None, base)
    careful_out = outcome(CAREFUL_NAME, None, careful)
    outs = [outcome("deskmate", sl, sims[sl]) for sl in levels]
    return {
        "window": {"learn_from": first_day.isoformat(),
                   "learn_to": (cutoff - timedelta(days=1)).isoformat(),
                   "replay_from": cutoff.isoformat(),
                   "replay_to": (first_day + timedelta(days=last)).isoformat(), "days": days},
        "products": n, "lead_time_days": L,
        "policies": [o.as_dict() for o in outs] + [base_out.as_dict(), careful_out.as_dict()],
        "curve": [{"fill_rate_target": o.target, "fill_rate": round(o.fill_rate, 4),
                   "average_stock_value": round(o.average_stock_value, 2)} for o in outs],
        "baseline": {"fill_rate": round(base_out.fill_rate, 4),
                     "average_stock_value": round(base_out.average_stock_value, 2)},
        "careful_baseline": {"fill_rate": round(careful_out.fill_rate, 4),
                             "average_stock_value": round(careful_out.average_stock_value, 2)},
        "comparison": compare(outs, base_out),
        "careful_comparison": compare(outs, careful_out),
        "assumptions": ASSUMPTIONS + [f"Lead time {L} day(s) for every product.",
                                      "Pack size 1 and no minimum order in the replay."],
    }


ASSUMPTIONS = [
    "Demand on each replayed day is the recorded sales of that day; unmet demand is lost.",
    "An order placed at the end of day t is on the shelf at the start of day t + lead time.",
    "Each policy starts with its own order-up-to level on hand and nothing on order.",
    "Deskmate re-plans every evening from the sales known so far, exactly as the daily job "
    "(same 182-day window, methods and error model); products are reviewed daily.",
    "Each product's safety stock comes from replaying its own last 56 days under the same rules "
    "(see the policy's fill-rate target).",
    "Baseline: min = average daily demand before the cutoff x lead time, max = 2 x min; "
    "order up to max when on hand + on order <= min.",
    f"Careful baseline: min/max re-set at the cutoff, on every 1st of the month and on the evening "
    f"a new product first sells, from the last "
    f"{CAREFUL_DAYS} days of sales: min = average daily demand x lead time + {CAREFUL_Z} x daily "
    f"standard deviation x sqrt(lead time), rounded up; max = min + average daily demand x lead time.",
    "Products with less than 21 days of sales use the careful baseline's min/max in Deskmate's policy "
    "(as the job falls back to the owner's min/max), flagged 'not enough history'.",
    "Stock value = average over days of (stock after receipts + closing stock) / 2 x unit value.",
    "Fill rate = units served / units demanded, over all products.",
]


def _interp(x: np.ndarray, y: np.ndarray, at: float) -> float | None:
    order = np.argsort(x)
    xs, ys = x[order], y[order]
    if at < xs[0] - 1e-12 or at > xs[-1] + 1e-12:
        return None
    return float(np.interp(at, xs, ys))


def compare(outs: list[Outcome], base: Outcome) -> dict[str, Any]:
    """Where the baseline sits against Deskmate's curve: the stock Deskmate needs for the
    baseline's fill rate, and the fill rate Deskmate reaches with the baseline's stock
    (linear interpolation between targets; None when outside the curve)."""
    fr = np.array([o.fill_rate for o in outs])
    sv = np.array([o.average_stock_value for o in outs])
    stock_needed = _interp(np.maximum.accumulate(fr), sv, base.fill_rate)
    fill_at = _interp(sv, np.maximum.accumulate(fr[np.argsort(sv)])[np.argsort(np.argsort(sv))],
                      base.average_stock_value)
    res: dict[str, Any] = {"stock_to_match_baseline_fill_rate": stock_needed,
                           "stock_saving_pct": None,
                           "fill_rate_at_baseline_stock": fill_at,
                           "fill_rate_gain_points": None}
    if stock_needed is not None and base.average_stock_value > 0:
        res["stock_saving_pct"] = round(100 * (1 - stock_needed / base.average_stock_value), 1)
        res["stock_to_match_baseline_fill_rate"] = round(stock_needed, 2)
    if fill_at is not None:
        res["fill_rate_gain_points"] = round(100 * (fill_at - base.fill_rate), 1)
        res["fill_rate_at_baseline_stock"] = round(fill_at, 4)
    return res
