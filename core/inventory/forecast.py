"""Demand classification and forecasting methods — pure numpy, no database.

Every function works on a matrix ``Y`` of daily demand, one row per product and one column per day
(oldest first), so a reorder run over thousands of products is a few hundred vector operations
instead of thousands of Python loops. A single series is just a 1-row matrix.

Methods (textbook forms, so they can be checked by hand):

* **Classification** (Syntetos–Boylan–Croston): ADI = days / days with demand, CV² of the non-zero
  sizes. smooth (ADI < 1.32, CV² < 0.49), erratic (ADI < 1.32, CV² ≥ 0.49), intermittent
  (ADI ≥ 1.32, CV² < 0.49), lumpy (ADI ≥ 1.32, CV² ≥ 0.49).
* **Weekday-seasonal exponential smoothing** (Holt–Winters without trend, multiplicative weekday
  indices) for smooth and erratic items, in error-correction form: with ``e = y_t − l·s_w``,
  ``l ← l + α·e·s_w / mean(s²)`` and ``s_w ← s_w + γ·e / l``; forecast ``l·s_w``. (The level step
  is scaled by the weekday's index instead of dividing by it, so a day the shop is closed — index
  near 0 — does not drag the level down; with all indices 1 it is plain exponential smoothing.)
* **Croston** ``z ← z + α(y - z)``, ``p ← p + α(q - p)`` on demand days; forecast ``z/p``.
  **SBA** multiplies by ``1 - α/2`` (removes Croston's bias). **TSB** updates the demand
  probability every day: ``p ← p + β(1[y>0] - p)``, ``z ← z + α(y - z)`` on demand days; forecast
  ``p·z`` (falls towards 0 for items that stop selling).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

ADI_CUT = 1.32
CV2_CUT = 0.49
CLASSES = ("smooth", "erratic", "intermittent", "lumpy")


def _2d(y: np.ndarray) -> np.ndarray:
    a = np.asarray(y, dtype=float)
    return a[None, :] if a.ndim == 1 else a


# ----------------------------------------------------------------------------- classification

@dataclass(frozen=True)
class DemandStats:
    adi: np.ndarray        # average inter-demand interval (days per demand day); inf if none
    cv2: np.ndarray        # squared coefficient of variation of non-zero demand sizes
    nonzero: np.ndarray    # number of demand days
    classes: np.ndarray    # array of class names


def classify(y: np.ndarray) -> DemandStats:
    """Syntetos–Boylan classification of each row of ``y``, counted from each row's first sale
    (days before a product first sold say nothing about how often it sells)."""
    Y = np.clip(_2d(y), 0, None)
    pos = Y > 0
    nz = pos.sum(axis=1)
    first = np.where(nz > 0, pos.argmax(axis=1), 0)
    n_days = Y.shape[1] - first
    with np.errstate(divide="ignore", invalid="ignore"):
        adi = np.where(nz > 0, n_days / np.maximum(nz, 1), np.inf)
        s1 = Y.sum(axis=1)
        s2 = (Y * Y).sum(axis=1)
        mean = np.where(nz > 0, s1 / np.maximum(nz, 1), 0.0)
        var = np.where(nz > 1, (s2 - nz * mean * mean) / np.maximum(nz - 1, 1), 0.0)
        cv2 = np.where(mean > 0, np.maximum(var, 0) / (mean * mean), 0.0)
    smooth_int = adi >= ADI_CUT
    high_var = cv2 >= CV2_CUT
    idx = smooth_int.astype(int) * 2 + high_var.astype(int)
    classes = np.array(CLASSES)[idx]
    return DemandStats(adi=adi, cv2=cv2, nonzero=nz, classes=classes)


# ----------------------------------------------------------------------------- smoothing methods

@dataclass(frozen=True)
class Fit:
    """What a method learnt: the next days' forecasts and the one-step-ahead errors.

    ``daily[:, k]`` is the forecast for weekday k (0=Mon) from the end of the series on (flat
    methods repeat one value). ``fitted[:, t]`` is the forecast for day t made the day before
    (NaN during the start-up period), so ``y - fitted`` are honest out-of-sample errors.
    """

    daily: np.ndarray     # (n, 7)
    fitted: np.ndarray    # (n, T)
    level: np.ndarray     # (n,)


def ses(y: np.ndarray, alpha: float, level0: np.ndarray | float | None = None) -> Fit:
    """Simple exponential smoothing: ``l_t = α·y_t + (1-α)·l_{t-1}``, forecast ``l``."""
    Y = _2d(y)
    n, T = Y.shape
    lvl = np.full(n, Y[:, 0] if level0 is None else level0, dtype=float)
    fitted = np.full((n, T), np.nan)
    for t in range(T):
        fitted[:, t] = lvl
        lvl = alpha * Y[:, t] + (1 - alpha) * lvl
    return Fit(daily=np.repeat(lvl[:, None], 7, axis=1), fitted=fitted, level=lvl)


def first_sale(Y: np.ndarray) -> np.ndarray:
    """Column of each row's first non-zero value (T when none)."""
    pos = Y > 0
    return np.where(pos.any(axis=1), pos.argmax(axis=1), Y.shape[1])


def weekday_seasonal(y: np.ndarray, first_weekday: int, alpha: float = 0.1, gamma: float = 0.1,
                     init_days: int = 28, level0: np.ndarray | None = None,
                     season0: np.ndarray | None = None) -> Fit:
    """Holt–Winters without trend, multiplicative weekday indices (period 7).

    Each row starts at its first sale (a product introduced mid-window is not taught that it sold
    nothing before it existed). Initialisation (unless given): level = mean of the first
    ``init_days`` from the start, index of weekday w = mean of that weekday in those days / level
    (1 where the level is 0). Indices are kept normalised to mean 1 so the level stays "an average
    day". Before its start a row's fitted values are NaN.
    """
    Y = np.clip(_2d(y), 0, None)
    n, T = Y.shape
    rows = np.arange(n)
    start = np.zeros(n, dtype=int) if level0 is not None else np.minimum(first_sale(Y), T)
    k = min(init_days, T)
    if level0 is None:
        csum = np.concatenate([np.zeros((n, 1)), np.cumsum(Y, axis=1)], axis=1)
        end = np.minimum(start + k, T)
        span = np.maximum(end - start, 1)
        lvl = (csum[rows, end] - csum[rows, np.minimum(start, T)]) / span
    else:
        lvl = np.asarray(level0, dtype=float).copy()
    if season0 is None:
        s = np.ones((n, 7))
        if k >= 7:
            sums = np.zeros((n, 7))
            cnt = np.zeros((n, 7))
            for j in range(k):
                col = start + j
                inside = col < T
                c = np.minimum(col, T - 1)
                w = (first_weekday + c) % 7
                sums[rows, w] += np.where(inside, Y[rows, c], 0.0)
                cnt[rows, w] += inside
            with np.errstate(divide="ignore", invalid="ignore"):
                s = np.where((lvl[:, None] > 0) & (cnt > 0), (sums / np.maximum(cnt, 1)) / lvl[:, None], 1.0)
            s = _normalise(np.clip(s, 0.0, None))
    else:
        s = np.asarray(season0, dtype=float).copy()
    fitted = np.full((n, T), np.nan)
    late = bool((start > 0).any())
    for t in range(T):
        w = (first_weekday + t) % 7
        sw = s[:, w]
        f = lvl * sw
        yt = Y[:, t]
        err = yt - f
        m2 = np.maximum((s * s).mean(axis=1), 1e-9)
        new_lvl = np.maximum(lvl + alpha * err * sw / m2, 0.0)
        ok = new_lvl > 1e-9
        new_sw = np.where(ok, np.maximum(sw + gamma * err / np.where(ok, new_lvl, 1.0), 0.0), sw)
        if late:
            active = t >= start
            fitted[:, t] = np.where(active, f, np.nan)
            lvl = np.where(active, new_lvl, lvl)
            s[:, w] = np.where(active, new_sw, sw)
        else:
            fitted[:, t] = f
            lvl = new_lvl
            s[:, w] = new_sw
        if w == 6:
            s = _normalise(s)
    return Fit(daily=lvl[:, None] * s, fitted=fitted, level=lvl)


def _normalise(s: np.ndarray) -> np.ndarray:
    m = s.mean(axis=1, keepdims=True)
    return np.where(m > 0, s / np.where(m > 0, m, 1), 1.0)


def croston(y: np.ndarray, alpha: float = 0.1, variant: str = "croston",
            size0: np.ndarray | None = None, interval0: np.ndarray | None = None) -> Fit:
    """Croston's method (``variant="croston"``) or the Syntetos–Boylan approximation ("sba").

    Sizes and intervals are smoothed only on demand days; the forecast per day is ``z/p``
    (× ``1-α/2`` for SBA). Initialisation: first non-zero size, and the first demand's day number
    as the interval (the usual textbook start), unless given.
    """
    Y = np.clip(_2d(y), 0, None)
    n, T = Y.shape
    pos = Y > 0
    first = np.where(pos.any(axis=1), pos.argmax(axis=1), T)
    if size0 is None:
        z = np.where(first < T, Y[np.arange(n), np.minimum(first, T - 1)], 0.0)
    else:
        z = np.asarray(size0, dtype=float).copy()
    p = (first + 1).astype(float) if interval0 is None else np.asarray(interval0, dtype=float).copy()
    factor = (1 - alpha / 2) if variant == "sba" else 1.0
    started = np.zeros(n, dtype=bool) if size0 is None else np.ones(n, dtype=bool)
    q = np.zeros(n)
    fitted = np.full((n, T), np.nan)
    for t in range(T):
        f = np.where(started, factor * z / np.maximum(p, 1e-9), np.nan)
        fitted[:, t] = f
        q += 1
        d = pos[:, t]
        upd = d & started
        z = np.where(upd, z + alpha * (Y[:, t] - z), z)
        p = np.where(upd, p + alpha * (q - p), p)
        started = started | d
        q = np.where(d, 0, q)
    fc = np.where(started, factor * z / np.maximum(p, 1e-9), 0.0)
    return Fit(daily=np.repeat(fc[:, None], 7, axis=1), fitted=fitted, level=fc)


def tsb(y: np.ndarray, alpha: float = 0.1, beta: float = 0.05, prob0: np.ndarray | None = None,
        size0: np.ndarray | None = None) -> Fit:
    """Teunter–Syntetos–Babai: demand probability updated every day, size on demand days.

    Each row starts at its first sale; unless given, the probability starts as the share of demand
    days in the first 28 days from there and the size as the mean non-zero demand."""
    Y = np.clip(_2d(y), 0, None)
    n, T = Y.shape
    pos = Y > 0
    rows = np.arange(n)
    start = np.zeros(n, dtype=int) if prob0 is not None else np.minimum(first_sale(Y), T)
    if prob0 is None:
        csum = np.concatenate([np.zeros((n, 1)), np.cumsum(pos, axis=1)], axis=1)
        end = np.minimum(start + 28, T)
        prob = (csum[rows, end] - csum[rows, start]) / np.maximum(end - start, 1)
    else:
        prob = np.asarray(prob0, dtype=float).copy()
    if size0 is None:
        with np.errstate(divide="ignore", invalid="ignore"):
            nzc = pos.sum(axis=1)
            z = np.where(nzc > 0, Y.sum(axis=1) / np.maximum(nzc, 1), 0.0)
    else:
        z = np.asarray(size0, dtype=float).copy()
    fitted = np.full((n, T), np.nan)
    for t in range(T):
        active = t >= start
        fitted[:, t] = np.where(active, prob * z, np.nan)
        d = pos[:, t]
        prob = np.where(active, prob + beta * (d.astype(float) - prob), prob)
        z = np.where(d, z + alpha * (Y[:, t] - z), z)
    fc = prob * z
    return Fit(daily=np.repeat(fc[:, None], 7, axis=1), fitted=fitted, level=fc)


# ----------------------------------------------------------------------------- forecast error

def rmse(y: np.ndarray, fitted: np.ndarray, last: int | None = None) -> np.ndarray:
    """Root mean squared one-step error per row over the last ``last`` days (NaNs ignored)."""
    Y = _2d(y)
    e = Y - fitted
    if last is not None:
        e = e[:, -last:]
    with np.errstate(invalid="ignore"):
        cnt = np.sum(~np.isnan(e), axis=1)
        sse = np.nansum(e * e, axis=1)
    return np.where(cnt > 0, np.sqrt(sse / np.maximum(cnt, 1)), np.nan)


def mae(y: np.ndarray, fitted: np.ndarray, last: int | None = None) -> np.ndarray:
    Y = _2d(y)
    e = np.abs(Y - fitted)
    if last is not None:
        e = e[:, -last:]
    cnt = np.sum(~np.isnan(e), axis=1)
    return np.where(cnt > 0, np.nansum(e, axis=1) / np.maximum(cnt, 1), np.nan)


def horizon_sum(daily: np.ndarray, next_weekday: int, days: np.ndarray | int) -> np.ndarray:
    """Sum of the weekday forecasts over the next ``days`` days (per row), starting at
    ``next_weekday`` — the expected demand over a lead time."""
    D = _2d(daily)
    n = D.shape[0]
    days_arr = np.broadcast_to(np.asarray(days, dtype=int), (n,))
    full, rest = np.divmod(days_arr, 7)
    total = full * D.sum(axis=1)
    for h in range(7):
        total = total + np.where(h < rest, D[:, (next_weekday + h) % 7], 0.0)
    return total
