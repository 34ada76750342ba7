"""Forecasting methods on series whose answers are known by hand."""
from __future__ import annotations

import numpy as np
import pytest

from core.inventory import forecast as fc
from core.inventory import planner


def test_ses_recursion_by_hand():
    f = fc.ses(np.array([10.0, 20.0, 20.0]), alpha=0.5, level0=10.0)
    # l: 10 -> 10 -> 15 -> 17.5 ; fitted are the levels before each day
    assert f.fitted[0].tolist() == [10.0, 10.0, 15.0]
    assert f.level[0] == pytest.approx(17.5)


def test_weekday_seasonal_recovers_a_pure_weekly_pattern():
    pattern = np.array([10, 10, 10, 10, 20, 30, 0.0])   # Mon..Sun
    y = np.tile(pattern, 12)                              # starts on a Monday
    f = fc.weekday_seasonal(y, first_weekday=0, alpha=0.2, gamma=0.2)
    expected = np.clip(pattern, 0.05 * pattern.mean(), None)
    assert f.daily[0][:6] == pytest.approx(pattern[:6], rel=0.02)
    assert f.daily[0][6] <= expected[6] + 1.0
    assert f.daily[0].sum() == pytest.approx(pattern.sum(), rel=0.03)


def test_weekday_seasonal_constant_series_forecasts_the_constant():
    f = fc.weekday_seasonal(np.full(60, 7.0), first_weekday=3, alpha=0.3)
    assert f.daily[0] == pytest.approx(np.full(7, 7.0))
    assert np.nanmax(np.abs(f.fitted[0, 28:] - 7.0)) < 1e-9


def test_croston_and_sba_on_a_regular_intermittent_series():
    y = np.tile([0, 0, 3.0], 40)       # 3 units every third day = 1 per day
    c = fc.croston(y, alpha=0.1)
    s = fc.croston(y, alpha=0.1, variant="sba")
    assert c.level[0] == pytest.approx(1.0, rel=1e-6)
    assert s.level[0] == pytest.approx(0.95, rel=1e-6)    # (1 - alpha/2) * z/p


def test_croston_first_update_by_hand():
    # demand 4 on day 2 (interval 3), then 2 on day 4 (interval 2)
    c = fc.croston(np.array([0, 0, 4.0, 0, 2.0]), alpha=0.5)
    # start: z=4, p=3 ; update at day 4: z = 4 + .5(2-4) = 3, p = 3 + .5(2-3) = 2.5
    assert c.level[0] == pytest.approx(3 / 2.5)


def test_tsb_probability_and_size():
    y = np.tile([0, 0, 3.0], 200)
    t = fc.tsb(y, alpha=0.1, beta=0.05)
    assert t.level[0] == pytest.approx(1.0, rel=0.08)
    dead = fc.tsb(np.concatenate([np.tile([0, 3.0], 30), np.zeros(120)]), alpha=0.1, beta=0.1)
    assert dead.level[0] < 0.01          # TSB forgets items that stopped selling


def test_classification_cutoffs():
    rng = np.random.default_rng(1)
    smooth = rng.poisson(20, 120).astype(float)
    erratic = np.where(rng.random(120) < 0.5, 1.0, 40.0)
    intermittent = np.tile([0, 0, 0, 5.0], 30)
    lumpy = np.tile([0, 0, 0, 1.0, 0, 0, 0, 30.0], 15)
    st = fc.classify(np.vstack([smooth, erratic, intermittent, lumpy]))
    assert st.classes.tolist() == ["smooth", "erratic", "intermittent", "lumpy"]
    assert st.adi[2] == pytest.approx(117 / 30)   # counted from the first sale (day 3)
    assert st.cv2[2] == pytest.approx(0.0)


def test_horizon_sum_follows_weekdays():
    daily = np.array([[1, 2, 3, 4, 5, 6, 7.0]])
    assert fc.horizon_sum(daily, 5, 3).tolist() == [6 + 7 + 1]
    assert fc.horizon_sum(daily, 0, 9).tolist() == [28 + 1 + 2]


def test_rmse_of_one_step_errors():
    y = np.array([[1.0, 2.0, 3.0]])
    fitted = np.array([[np.nan, 1.0, 1.0]])
    assert fc.rmse(y, fitted)[0] == pytest.approx(np.sqrt((1 + 4) / 2))


def _inp(y, **kw):
    n = y.shape[0]
    base = dict(sales=y, first_weekday=0, lead_time=np.full(n, 3), review_days=np.ones(n),
                fill_rate=np.full(n, 0.95), safety_factor=np.ones(n),
                history_days=np.full(n, 400.0), owner_min=np.full(n, np.nan),
                owner_max=np.full(n, np.nan))
    base.update(kw)
    return planner.PlanInput(**base)


def test_plan_uses_methods_by_class_and_falls_back_without_history():
    rng = np.random.default_rng(3)
    smooth = rng.poisson(30, 140).astype(float)
    inter = np.tile([0, 0, 0, 0, 2.0, 0, 0], 20)
    new = np.zeros(140)
    new[-5:] = 3
    y = np.vstack([smooth, inter, new])
    p = planner.plan(_inp(y, history_days=np.array([400.0, 400.0, 5.0]),
                          owner_min=np.array([np.nan, np.nan, 4.0]),
                          owner_max=np.array([np.nan, np.nan, 12.0])))
    assert p.method[0] == "weekday-seasonal ES" and p.method[1] == "SBA"
    assert p.mean_lt[0] == pytest.approx(90, rel=0.1)          # 3 days x 30
    # the cumulative error formula: sd_P = sigma1 * sqrt(sum_{j<P} (1 + alpha j)^2), scaled by
    # sqrt(mu_P / (P * mean daily forecast)) for busy or quiet weekdays in the period
    a, s1 = p.alpha[0], p.sigma1[0]
    busy = np.sqrt(p.mean_lt[0] / (3 * p.daily[0].mean()))
    assert p.sd_lt[0] == pytest.approx(s1 * np.sqrt(sum((1 + a * j) ** 2 for j in range(3))) * busy)
    # the safety multiplier is the one whose replay came closest to the 95 % fill-rate target
    k = p.safety_multiplier[0]
    assert p.reorder_point[0] == np.ceil(p.mean_lt[0] + k * p.sd_lt[0] - 1e-9)
    assert abs(p.replay_fill[0] - 0.95) < 0.01 and p.fill_target[0] == 0.95
    assert not p.enough_history[2] and p.distribution[2] == "owner min/max"
    assert p.reorder_point[2] == 4.0 and p.order_up_to[2] == 12.0


def test_order_quantities_trigger_below_reorder_point():
    y = np.tile(np.array([[10.0] * 7]), (1, 10))
    p = planner.plan(_inp(y))
    rop = p.reorder_point[0]
    raw, q = planner.order_quantities(p, np.array([rop + 1]), np.array([1.0]), np.array([0.0]))
    assert q[0] == 0
    raw, q = planner.order_quantities(p, np.array([rop - 5]), np.array([6.0]), np.array([0.0]))
    assert raw[0] == pytest.approx(p.order_up_to[0] - (rop - 5))
    assert q[0] % 6 == 0 and q[0] >= raw[0]


def test_new_products_start_at_their_first_sale():
    y = np.concatenate([np.zeros(60), np.full(30, 10.0)])
    f = fc.weekday_seasonal(y, first_weekday=0, alpha=0.1)
    assert np.isnan(f.fitted[0, :60]).all()
    assert f.daily[0] == pytest.approx(np.full(7, 10.0))
    t = fc.tsb(np.concatenate([np.zeros(50), np.tile([0, 2.0], 20)]), alpha=0.1, beta=0.1)
    assert t.level[0] == pytest.approx(1.0, rel=0.1)       # p ~ 0.5, size 2 from the first sale on
