"""Safety stock for a fill-rate target, calibrated on each product's own recent sales — pure numpy.

An owner understands "serve 95 of every 100 units asked for" (the fill rate); the textbook cycle
service level (the chance a replenishment cycle has no stockout at all) is a different figure, and
setting one while meaning the other misses both ways: on the bakery data a cycle service level of
0.80 serves 91 % of the units and 0.98 serves 97 %. The loss-function formulas that convert one into
the other assume normal (or Poisson) errors and back-ordering, which slow and lumpy items, closed
days and lost sales all break.

So each product's safety stock is chosen by replaying the policy on its own last
:data:`CALIBRATION_DAYS` days: for a grid of safety multipliers ``k`` (safety stock = k·σ_P) the
replay runs exactly the rules of the daily job and the backtest — order at the end of an ordering
day when the position is below the reorder point ``ceil(μ_P + k·σ_P)``, up to that plus the cycle
stock, delivered after the lead time, unmet demand lost — with the one-step forecasts the forecasting
method made at the time (``μ_P`` = their sum over the protection period). The fill rate reached for
each ``k`` is the product's *calibration curve* (with the stock it held). The products sharing a
target then take the multipliers that reach the target together at the least stock value
(:meth:`Calibration.allocate`): a unit of fill is cheaper on a steady fast mover than on an erratic
slow one, so holding each product to the target on its own would need far more stock for the same
overall fill rate (on the bakery data it lost the policy's whole advantage over a hand-set min/max);
no product is set more than :data:`FLOOR_GAP` below the target. The reason card states the target,
the group's replayed fill rate and the product's own. (:meth:`Calibration.choose` is the per-product
choice, kept for comparison.) Eight weeks: long enough to see a slow mover's stockouts, short enough to follow a season (on the
bakery data 91 days carried December's swings into a calm March and overshot low targets by 3–5
points).

The replay is vectorised over products × multipliers, one step per day: a few milliseconds for a
hundred products, a fraction of a second for thousands.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

#: safety multipliers tried, in units of σ_P (negative: stock below the expected demand, for low targets)
MULTIPLIERS = np.round(np.arange(-2.0, 4.01, 0.25), 2)
#: how far below the pool's target one product's own fill rate may be set
FLOOR_GAP = 0.15
#: days of each product's recent sales the calibration replays
CALIBRATION_DAYS = 56


@dataclass(frozen=True)
class Calibration:
    """Per product: the replayed fill rate for each multiplier (monotone, non-decreasing) and the
    units that were asked for in the replay (0: nothing to learn from)."""

    multipliers: np.ndarray     # (K,)
    fill: np.ndarray            # (n, K)
    demanded: np.ndarray        # (n,)
    days: np.ndarray            # (n,) days replayed
    stock: np.ndarray           # (n, K) average units on the shelf per replayed day

    def choose(self, target: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(multiplier, replayed fill rate) per product: the multiplier whose replay came closest
        to the target (the largest one tried when none reaches it)."""
        t = np.asarray(target, dtype=float)
        rows = np.arange(self.fill.shape[0])
        # the closest replayed fill rate, ties to the larger multiplier: a slow mover's fill rate
        # moves in steps of a whole unit, and always stepping up would overshoot over many products
        gap = np.abs(self.fill - t[:, None])
        idx = self.fill.shape[1] - 1 - np.argmin(gap[:, ::-1], axis=1)
        return self.multipliers[idx], self.fill[rows, idx]

    def allocate(self, target: np.ndarray, unit_value: np.ndarray, eligible: np.ndarray,
                 floor_gap: float = FLOOR_GAP) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(multiplier, this product's replayed fill rate, its pool's replayed fill rate).

        Products sharing a target form a pool, and the pool meets the target on the units asked
        for at the least stock value: each product takes the multiplier that maximises
        ``λ·units served − value of stock held`` (one λ per pool, found by bisection so that the
        pool's replayed fill rate comes closest to its target). A unit of fill is cheaper on a
        steady fast mover than on an erratic slow one, so the same overall fill rate needs far less
        stock than holding every product to it — but no product goes below ``target − floor_gap``
        (where its replay can reach that), so none is left unstocked."""
        n, K = self.fill.shape
        t = np.broadcast_to(np.asarray(target, dtype=float), (n,))
        idx = np.zeros(n, dtype=int)
        pool_fill = np.full(n, np.nan)
        rate = self.demanded / np.maximum(self.days, 1.0)              # units asked for per day
        served = self.fill * rate[:, None]
        v = np.asarray(unit_value, dtype=float)
        known = v[(v > 0) & np.isfinite(v)]
        v = np.where((v > 0) & np.isfinite(v), v, float(np.median(known)) if known.size else 1.0)
        cost = self.stock * v[:, None]
        for tau in np.unique(t[eligible]):
            rows = np.flatnonzero(eligible & (t == tau))
            # the floor: the first multiplier whose replay reaches target - gap (or the best one)
            fl = self.fill[rows]
            reach = fl >= min(tau - floor_gap, 1.0) - 1e-12
            lo_idx = np.where(reach.any(axis=1), reach.argmax(axis=1), K - 1)
            allowed = np.arange(K)[None, :] >= lo_idx[:, None]
            asked = float(rate[rows].sum())

            gain, base = served[rows], np.where(allowed, -cost[rows], -np.inf)

            def pick(lam: float, gain: np.ndarray = gain, base: np.ndarray = base) -> np.ndarray:
                return np.argmax(lam * gain + base, axis=1)

            def pooled(ix: np.ndarray, rows: np.ndarray = rows, asked: float = asked) -> float:
                return float(served[rows, ix].sum() / asked) if asked > 0 else 1.0

            lo, hi = 0.0, 1.0
            while pooled(pick(hi)) < tau - 1e-9 and hi < 1e12:
                hi *= 4
            for _ in range(40):
                mid = (lo + hi) / 2
                if pooled(pick(mid)) < tau - 1e-9:
                    lo = mid
                else:
                    hi = mid
            a, b = pick(lo), pick(hi)
            best = a if abs(pooled(a) - tau) < abs(pooled(b) - tau) else b
            idx[rows] = best
            pool_fill[rows] = pooled(best)
        r = np.arange(n)
        return self.multipliers[idx], self.fill[r, idx], pool_fill
        ok = self.fill >= t[:, None] - 1e-12
        idx = np.where(ok.any(axis=1), ok.argmax(axis=1), self.fill.shape[1] - 1)
        return self.multipliers[idx], self.fill[rows, idx]


def forecast_path(fitted: np.ndarray, daily: np.ndarray, first_weekday: int, extra: int) -> np.ndarray:
    """The forecast for each day as it was made the day before: ``fitted`` for the history, then
    the final weekday forecasts for ``extra`` days after it (n × (T + extra))."""
    n, T = fitted.shape
    tail = np.zeros((n, extra))
    for j in range(extra):
        tail[:, j] = daily[:, (first_weekday + T + j) % 7]
    return np.concatenate([fitted, tail], axis=1)


def calibrate(sales: np.ndarray, fitted: np.ndarray, daily: np.ndarray, first_weekday: int,
              sd_p: np.ndarray, protection: np.ndarray, lead_time: np.ndarray,
              review_days: np.ndarray, cycle: np.ndarray, days: int = CALIBRATION_DAYS,
              multipliers: np.ndarray = MULTIPLIERS) -> Calibration:
    """Replay each product's last ``days`` days (from its first forecast when later) for every
    multiplier; see the module docstring for the rules."""
    Y = np.clip(np.asarray(sales, dtype=float), 0, None)
    n, T = Y.shape
    ks = np.asarray(multipliers, dtype=float)
    K = ks.shape[0]
    if n == 0 or T == 0:
        return Calibration(ks, np.ones((n, K)), np.zeros(n), np.zeros(n), np.zeros((n, K)))
    P = np.maximum(np.asarray(protection, dtype=int), 1)
    L = np.maximum(np.asarray(lead_time, dtype=int), 1)
    R = np.maximum(np.asarray(review_days, dtype=int), 1)
    g = forecast_path(np.asarray(fitted, dtype=float), daily, first_weekday, int(P.max()) + 1)
    known = np.isfinite(g)
    csum = np.concatenate([np.zeros((n, 1)), np.cumsum(np.where(known, g, 0.0), axis=1)], axis=1)
    ccnt = np.concatenate([np.zeros((n, 1)), np.cumsum(known, axis=1)], axis=1)
    rows = np.arange(n)
    # first day whose whole protection period has forecasts made at the time
    has = known[:, :T]
    first_fc = np.where(has.any(axis=1), has.argmax(axis=1), T)
    start = np.maximum(first_fc, T - days)
    sd = np.where(np.isfinite(sd_p), np.asarray(sd_p, dtype=float), 0.0)[:, None]
    cyc = np.where(np.isfinite(cycle), np.asarray(cycle, dtype=float), 0.0)[:, None]
    M = int(L.max()) + 1
    pipe = np.zeros((M, n, K))          # deliveries by arrival day (ring buffer)
    transit = np.zeros((n, K))          # the same, summed: on order
    on_hand = np.zeros((n, K))
    asked = np.zeros(n)
    served = np.zeros((n, K))
    shelf = np.zeros((n, K))
    ksd = ks[None, :] * sd
    cyc_up = np.ceil(cyc - 1e-9)
    one_lead = bool((L == L[0]).all())
    daily_review = bool((R == 1).all())
    t0 = int(start.min())

    def reorder_point(t: int) -> np.ndarray:
        """ROP decided at the end of day t - 1, covering days t .. t + P - 1, for every multiplier."""
        mu = csum[rows, t + P] - csum[rows, t]
        return np.maximum(np.ceil(mu[:, None] + ksd - 1e-9), 0.0)

    rop_next = reorder_point(t0) if t0 < T else np.zeros((n, K))
    for t in range(t0, T):
        rop_now = rop_next
        full = (ccnt[rows, t + P] - ccnt[rows, t]) == P
        active = (t >= start) & full
        fresh = active & (t == start)
        if fresh.any():
            # each product starts its replay with its order-up-to level on hand and nothing on order
            on_hand[fresh] = (rop_now + cyc_up)[fresh]
            pipe[:, fresh, :] = 0.0
            transit[fresh] = 0.0
        arriving = pipe[t % M]
        on_hand += arriving
        transit -= arriving
        arriving[...] = 0.0
        y = Y[:, t]
        got = np.minimum(on_hand, y[:, None])
        everyone = bool(active.all())
        act = active[:, None]
        if everyone:
            shelf += on_hand - got / 2                      # (after receipts + closing) / 2
            served += got
            asked += y
        else:
            shelf += np.where(act, on_hand - got / 2, 0.0)
            served += np.where(act, got, 0.0)
            asked += np.where(active, y, 0.0)
        on_hand -= got
        # end of day t: order for the protection period that starts tomorrow
        rop_next = reorder_point(t + 1)
        position = on_hand + transit
        need = position < rop_next - 1e-9
        if not everyone:
            need &= act
        if not daily_review:
            need &= ((t - start) % R == 0)[:, None]
        order = np.where(need, np.ceil(rop_next + cyc_up - position - 1e-9), 0.0)
        if one_lead:
            pipe[(t + int(L[0])) % M] += order
        else:
            pipe[(t + L) % M, rows, :] += order
        transit += order
    with np.errstate(divide="ignore", invalid="ignore"):
        fill = np.where(asked[:, None] > 0, served / np.maximum(asked, 1e-12)[:, None], 1.0)
    fill = np.maximum.accumulate(fill, axis=1)
    replayed = np.maximum(T - start, 0).astype(float)
    stock = shelf / np.maximum(replayed, 1.0)[:, None]
    return Calibration(ks, fill, asked, replayed, stock)
