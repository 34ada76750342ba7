"""The fill-rate target: the calibration replay by hand, against an independent replay, and the
planner choosing the safety stock that meets the target."""
from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.inventory import fillrate, planner


def _calibrate(y, fc, sd=1.0, lead=1, review=1, cycle=0.0, days=200):
    y = np.atleast_2d(np.asarray(y, dtype=float))
    n, T = y.shape
    fitted = np.broadcast_to(np.asarray(fc, dtype=float), (n, T)).copy()
    daily = np.repeat(fitted[:, -1:], 7, axis=1)
    P = np.full(n, lead + review - 1)
    return fillrate.calibrate(y, fitted, daily, 0, np.full(n, sd), P, np.full(n, lead),
                              np.full(n, review), np.full(n, cycle), days)


def test_steady_demand_below_the_reorder_point_serves_a_fixed_share():
    # 5 a day, forecast exactly, next-day delivery: ROP = ceil(5 + k); every day starts with ROP
    # on the shelf and sells min(ROP, 5)
    cal = _calibrate(np.full(60, 5.0), 5.0, sd=1.0, lead=1)
    fill = dict(zip(cal.multipliers, cal.fill[0]))
    assert fill[-2.0] == pytest.approx(3 / 5) and fill[-1.0] == pytest.approx(4 / 5)
    assert fill[0.0] == 1.0 and cal.demanded[0] == 300
    k, got = cal.choose(np.array([0.8]))
    assert k[0] == -1.0 and got[0] == pytest.approx(0.8)


def test_alternating_demand_by_hand():
    # 0, 10, 0, 10 ... forecast 5, σ 5: ROP 5 serves half of each 10, ROP 8 serves 8 of 10
    cal = _calibrate(np.tile([0.0, 10.0], 40), 5.0, sd=5.0, lead=1)
    fill = dict(zip(cal.multipliers, cal.fill[0]))
    assert fill[0.0] == pytest.approx(0.5) and fill[0.5] == pytest.approx(0.8) and fill[1.0] == 1.0
    k, got = cal.choose(np.array([0.78]))
    assert k[0] == 0.5 and got[0] == pytest.approx(0.8)


def test_two_day_lead_time_one_unit_short_every_other_day():
    # 5 a day, ROP 9 over a 2-day protection period: the deliveries alternate 5 and 4 units
    cal = _calibrate(np.full(60, 5.0), 5.0, sd=1.0, lead=2)
    fill = dict(zip(cal.multipliers, cal.fill[0]))
    assert fill[-1.0] == pytest.approx(0.9, abs=0.005) and fill[0.0] == 1.0


def _reference(y, fitted, sd, k, lead):
    """One product, one multiplier, written as plainly as possible: the rules of the replay."""
    T = len(y)
    P = lead
    g = list(fitted) + [fitted[-1]] * (P + 2)
    start = 0                                  # every day has a forecast here
    rop = lambda t: max(math.ceil(sum(g[t:t + P]) + k * sd - 1e-9), 0)  # noqa: E731 - covers days t..t+P-1
    on_hand, arriving, asked, served = float(rop(start)), {}, 0.0, 0.0
    for t in range(start, T):
        on_hand += arriving.pop(t, 0.0)
        got = min(on_hand, y[t])
        on_hand -= got
        asked += y[t]
        served += got
        position = on_hand + sum(arriving.values())
        r = rop(t + 1)
        if position < r - 1e-9:
            arriving[t + lead] = arriving.get(t + lead, 0.0) + math.ceil(r - position - 1e-9)
    return served / asked if asked else 1.0


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(0, 12), min_size=20, max_size=60), st.integers(1, 4),
       st.floats(0.5, 6.0), st.sampled_from([-1.0, 0.0, 0.75, 2.0]))
def test_the_vectorised_replay_matches_a_plain_one(sales, lead, sd, k):
    y = np.array(sales, dtype=float)
    fitted = np.full(len(y), max(float(y.mean()), 0.1))
    cal = _calibrate(y, fitted, sd=sd, lead=lead, days=len(y))
    j = int(np.flatnonzero(cal.multipliers == k)[0])
    # the calibration keeps the curve non-decreasing in k; the plain replay is checked point-wise
    raw = [_reference(y, fitted, sd, kk, lead) for kk in cal.multipliers[: j + 1]]
    assert cal.fill[0, j] == pytest.approx(max(raw), abs=1e-9)


def test_the_planner_meets_the_target_it_is_given():
    rng = np.random.default_rng(5)
    y = np.vstack([rng.poisson(20, 200), (rng.random(200) < 0.3) * rng.integers(1, 4, 200),
                   rng.negative_binomial(3, 0.3, 200)]).astype(float)
    n = y.shape[0]
    inp = planner.PlanInput(sales=y, first_weekday=0, lead_time=np.full(n, 2), review_days=np.ones(n, int),
                            fill_rate=np.full(n, 0.9), safety_factor=np.ones(n),
                            history_days=np.full(n, 400.0), owner_min=np.full(n, np.nan),
                            owner_max=np.full(n, np.nan))
    fit = planner.fit_demand(inp)
    low, high = planner.plan(inp, fit, np.full(n, 0.8)), planner.plan(inp, fit, np.full(n, 0.98))
    assert (high.reorder_point >= low.reorder_point).all()
    assert (high.reorder_point > low.reorder_point).any()
    # the products sharing a target meet it together, none far below it
    assert abs(low.pool_fill[0] - 0.8) < 0.01 and abs(high.pool_fill[0] - 0.98) < 0.01
    assert np.all(low.replay_fill >= 0.8 - fillrate.FLOOR_GAP - 1e-9)
    assert np.all(high.replay_fill >= 0.98 - fillrate.FLOOR_GAP - 1e-9)
    # stock goes where a unit of fill is cheapest: a dearer product is held closer to the floor
    dear = planner.PlanInput(**{**inp.__dict__, "unit_cost": np.array([1.0, 1.0, 50.0])})
    cheap = planner.PlanInput(**{**inp.__dict__, "unit_cost": np.array([1.0, 1.0, 0.02])})
    pd_, pc_ = planner.plan(dear, fit, np.full(n, 0.9)), planner.plan(cheap, fit, np.full(n, 0.9))
    assert pd_.replay_fill[2] < pc_.replay_fill[2]
    assert abs(pd_.pool_fill[0] - 0.9) < 0.01 and abs(pc_.pool_fill[0] - 0.9) < 0.01
    # the learnt safety factor still scales the calibrated safety stock
    more = planner.PlanInput(**{**inp.__dict__, "safety_factor": np.full(n, 2.0)})
    p1, p2 = planner.plan(inp, fit, np.full(n, 0.98)), planner.plan(more, planner.fit_demand(more), np.full(n, 0.98))
    assert (p2.reorder_point >= p1.reorder_point).all() and (p2.safety_stock > p1.safety_stock).any()


def test_new_products_start_with_the_shops_fill_rate_target(app, owner, tmp_path):
    from decimal import Decimal
    assert app.settings.get("inventory.fill_rate_target") == "0.95"
    app.settings.update(owner, {"inventory.fill_rate_target": "90%"})
    assert app.settings.get("inventory.fill_rate_target") == "0.9"
    made = app.inventory.create_product(owner, "A1", "By hand")
    own = app.inventory.create_product(owner, "A2", "Its own", fill_rate_target="0.98")
    f = tmp_path / "products.csv"
    f.write_text("SKU,Name\nB1,Imported\n")
    app.inventory.import_file(owner, "products", f)
    s = tmp_path / "sales.csv"
    s.write_text("Date,Item,Quantity\n2026-11-02,Sold first,3\n")
    app.inventory.import_file(owner, "sales", s)
    got = {p.sku: p.fill_rate_target for p in app.inventory.products()}
    assert made.fill_rate_target == Decimal("0.9") and own.fill_rate_target == Decimal("0.98")
    assert got["B1"] == Decimal("0.9") and got[next(k for k in got if k not in ("A1", "A2", "B1"))] == Decimal("0.9")
    with pytest.raises(Exception, match="between 0.5 and 0.999"):
        app.settings.update(owner, {"inventory.fill_rate_target": "0.3"})
