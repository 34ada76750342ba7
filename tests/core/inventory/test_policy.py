"""Reorder arithmetic against textbook values and stockpyl (an independent implementation)."""
from __future__ import annotations

import math

import numpy as np
import pytest
from stockpyl.eoq import economic_order_quantity
from stockpyl.newsvendor import newsvendor_normal, newsvendor_poisson

from core.inventory import policy as pol


def test_z_values_are_the_textbook_table():
    assert pol.z_value(0.95) == pytest.approx(1.6449, abs=1e-4)
    assert pol.z_value(0.99) == pytest.approx(2.3263, abs=1e-4)
    assert pol.z_value(0.5) == pytest.approx(0.0, abs=1e-12)
    with pytest.raises(ValueError):
        pol.z_value(1.0)


def test_normal_reorder_point_textbook_example():
    # daily demand 20 (sd 5), lead time 4 days, 95 %: mu_L = 80, sigma_L = 5*sqrt(4) = 10
    ss, rop = pol.normal_reorder_point(80.0, 10.0, 0.95)
    assert float(ss) == pytest.approx(16.45, abs=0.01)
    assert float(rop) == pytest.approx(96.45, abs=0.01)
    ss2, _ = pol.normal_reorder_point(80.0, 10.0, 0.95, safety_factor=1.5)
    assert float(ss2) == pytest.approx(1.5 * 16.449, abs=0.01)


@pytest.mark.parametrize("mean,sd,sl", [(100, 20, 0.95), (12.5, 4, 0.9), (300, 55, 0.99),
                                         (40, 9, 0.8)])
def test_normal_reorder_point_matches_stockpyl(mean, sd, sl):
    # The newsvendor base-stock level with critical ratio p/(p+h) = SL is mu + z*sigma.
    s_star, _ = newsvendor_normal(holding_cost=1.0, stockout_cost=sl / (1 - sl), demand_mean=mean,
                                  demand_sd=sd)
    _, rop = pol.normal_reorder_point(np.array([mean]), np.array([sd]), np.array([sl]))
    assert float(rop[0]) == pytest.approx(float(s_star), rel=1e-6)


@pytest.mark.parametrize("mean,sl", [(6, 0.95), (0.4, 0.9), (2.5, 0.99), (9.7, 0.8), (0.05, 0.95)])
def test_poisson_reorder_point_matches_stockpyl(mean, sl):
    s_star, _ = newsvendor_poisson(holding_cost=1.0, stockout_cost=sl / (1 - sl), demand_mean=mean)
    ss, rop = pol.poisson_reorder_point(np.array([mean]), np.array([sl]))
    assert float(rop[0]) == float(s_star)
    assert float(ss[0]) == pytest.approx(float(s_star) - mean)


def test_poisson_quantile_by_hand():
    # Poisson(2): P(0)=.135, P(<=1)=.406, P(<=2)=.677, P(<=3)=.857, P(<=4)=.947, P(<=5)=.983
    assert pol.poisson_quantile(np.array([2.0]), 0.95).tolist() == [5.0]
    assert pol.poisson_quantile(np.array([2.0]), 0.9).tolist() == [4.0]
    assert pol.poisson_quantile(np.array([0.0]), 0.99).tolist() == [0.0]


def test_eoq_matches_stockpyl_and_formula():
    q = pol.eoq(1300, 8, 0.225)
    ref, _ = economic_order_quantity(8, 0.225, 1300)
    assert float(q) == pytest.approx(ref, rel=1e-9)
    assert float(q) == pytest.approx(math.sqrt(2 * 1300 * 8 / 0.225))
    assert float(pol.eoq(1300, 0, 0.225)) == 0.0


def test_rounding_to_packs_and_minimum_order():
    q = pol.round_order(np.array([0, 1, 6, 6.01, 13, 2]), np.array([6, 6, 6, 6, 6, 1]),
                        np.array([0, 0, 0, 0, 24, 5]))
    assert q.tolist() == [0, 6, 6, 12, 24, 5]
