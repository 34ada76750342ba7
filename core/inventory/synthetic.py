"""A realistic synthetic retail year, generated deterministically — for tests and benchmarks.

The bakery data is one real shop; a policy tuned on it alone could be tuned to it. This is a second
shop with what the bakery lacks: a year of sales (seasons), goods sold only in one season, many
slow and lumpy items, products introduced and dropped during the year. Every figure comes from a
seeded generator, so a test on it is exactly repeatable.

Products (shares of the assortment):

* fast movers (30 %): 3–40 a day, weekday profile (Saturday busiest, Sunday quietest), a yearly
  swing of ±10–40 % with its own peak, over-dispersed (gamma–Poisson) days;
* seasonal (15 %): sold in one season of 3–6 months (garden, heating, holiday goods), rising and
  falling over it, almost nothing out of season;
* intermittent (30 %): a sale on 8–50 % of days, mostly one or two units;
* lumpy (20 %): a sale on 3–25 % of days, 2–15 units at a time (trade customers);
* 5 % more are introduced in the second half or dropped in the first half of the year.
"""
from __future__ import annotations

from datetime import date

import numpy as np

WEEKDAY = np.array([0.85, 0.9, 0.95, 1.0, 1.15, 1.45, 0.7])     # Monday .. Sunday


def retail_year(seed: int = 14, products: int = 120, days: int = 364,
                first_day: date = date(2023, 1, 2)) -> tuple[np.ndarray, date, list[str], np.ndarray]:
    """(sales matrix products × days, first day, product names, unit values)."""
    rng = np.random.default_rng(seed)
    t = np.arange(days)
    wd = WEEKDAY[(first_day.weekday() + t) % 7]
    year = 2 * np.pi * t / 365.0
    kinds = rng.choice(["fast", "seasonal", "intermittent", "lumpy"], size=products,
                       p=[0.3, 0.15, 0.33, 0.22])
    Y = np.zeros((products, days))
    names = []
    for i, kind in enumerate(kinds):
        if kind == "fast":
            base = float(np.exp(rng.uniform(np.log(3), np.log(40))))
            swing = rng.uniform(0.1, 0.4) * np.cos(year - rng.uniform(0, 2 * np.pi))
            lam = base * wd * (1 + swing)
            shape = rng.uniform(3, 12)                   # gamma–Poisson: variance above the mean
            Y[i] = rng.poisson(rng.gamma(shape, lam / shape))
        elif kind == "seasonal":
            peak = rng.uniform(0, 365)
            width = rng.uniform(45, 90)                  # half the season's length
            dist = np.abs((t - peak + 182.5) % 365 - 182.5)
            shape_ = np.clip(1 - (dist / width) ** 2, 0, None)
            lam = rng.uniform(2, 20) * shape_ * wd + 0.02
            Y[i] = rng.poisson(lam)
        elif kind == "intermittent":
            p = rng.uniform(0.08, 0.5) * np.clip(wd, 0, 1.2)
            Y[i] = (rng.random(days) < p) * (1 + rng.poisson(rng.uniform(0.05, 0.6), days))
        else:
            p = rng.uniform(0.03, 0.25)
            Y[i] = (rng.random(days) < p) * rng.integers(2, int(rng.integers(4, 16)), days)
        names.append(f"{kind}-{i:03d}")
    # life cycles: some products arrive in the second half, some are dropped in the first half
    for i in rng.choice(products, size=max(1, products // 20), replace=False):
        if rng.random() < 0.5:
            Y[i, : int(rng.integers(days // 2, days - 60))] = 0
        else:
            Y[i, int(rng.integers(60, days // 2)):] = 0
    value = np.round(np.exp(rng.normal(np.log(8), 0.8, products)), 2)
    return Y.astype(float), first_day, names, value
