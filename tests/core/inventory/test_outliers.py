"""Jobs stay fast whatever the data: bounded policy arithmetic, absurd sales flagged and left out."""
from __future__ import annotations

import math
import time
from datetime import timedelta
from decimal import Decimal

import numpy as np
from hypothesis import given, settings, strategies as st

from core.automation.quality import KIND as DQ_KIND
from core.inbox.service import InboxFilter
from core.inventory import ledger, outliers, planner, policy as pol


def _reference_quantile(m: float, sl: float) -> int:
    """The textbook definition, summed term by term (the algorithm the policy used before)."""
    top = int(math.ceil(m + 12 * math.sqrt(m + 1) + 12))
    pmf = cdf = math.exp(-m)
    if cdf >= sl:
        return 0
    for r in range(1, top + 1):
        pmf = pmf * m / r
        cdf += pmf
        if cdf >= sl - 1e-12:
            return r
    return top


@given(st.lists(st.floats(min_value=0, max_value=pol.POISSON_EXACT_MAX), min_size=1, max_size=5),
       st.floats(min_value=0.5, max_value=0.999))
@settings(max_examples=60, deadline=None)
def test_exact_below_the_threshold(means: list[float], sl: float) -> None:
    got = pol.poisson_quantile(np.array(means), sl)
    assert [int(g) for g in got] == [_reference_quantile(m, sl) for m in means]


def test_cost_is_bounded_whatever_the_demand() -> None:
    stats = pol.QuantileStats()
    got = pol.poisson_quantile(np.array([100_000_000.0, 3.0, 12.0]), 0.95, stats)
    assert stats.approximated == 1                       # the absurd mean: closed form
    assert stats.iterations <= 40                        # only the small means were searched
    # z(0.95) = 1.645: 10⁸ + 1.645·10⁴ (+ the skew term), i.e. 100,016,449
    assert got[0] == 100_016_449 and list(got[1:]) == [_reference_quantile(3.0, 0.95),
                                                         _reference_quantile(12.0, 0.95)]
    # the bound of the exact search is fixed by the threshold, not by the data
    stats = pol.QuantileStats()
    pol.poisson_quantile(np.array([pol.POISSON_EXACT_MAX, 1e12]), 0.999, stats)
    assert stats.iterations <= pol.POISSON_EXACT_MAX + 12 * math.sqrt(pol.POISSON_EXACT_MAX + 1) + 13
    # and the closed form stays within one unit of the exact quantile where both apply
    for m in (200.0, 350.0, 500.0):
        for sl in (0.5, 0.9, 0.95, 0.99, 0.999):
            assert abs(pol._poisson_normal(np.array([m]), np.array([sl]))[0] - _reference_quantile(m, sl)) <= 1


def test_the_planner_on_an_absurd_demand_finishes_at_once() -> None:
    # the safety stock comes from a replay of fixed length whatever the quantities: an accepted
    # sale of 100,000,000 costs the planner no more than a sale of 3
    Y = np.tile(np.array([2.0, 0, 1, 0, 3, 0, 1]), (2, 16))
    Y[1, -1] = 100_000_000        # accepted as real: the planner must still finish at once
    n = Y.shape[0]
    inp = planner.PlanInput(sales=Y, first_weekday=0, lead_time=np.full(n, 2), review_days=np.ones(n, int),
                            fill_rate=np.full(n, 0.95), safety_factor=np.ones(n),
                            history_days=np.full(n, 400.0), owner_min=np.full(n, np.nan),
                            owner_max=np.full(n, np.nan))
    t0 = time.process_time()
    p = planner.plan(inp)
    assert np.isfinite(p.reorder_point).all() and p.reorder_point[1] > p.reorder_point[0]
    assert time.process_time() - t0 < 2.0


# ----------------------------------------------------------------------------- in the shop

ABSURD = Decimal(100_000_000)


def _absurd_sale(app, owner, shop):
    day = shop["today"] - timedelta(days=1)
    with app.db.uow() as s:
        ledger.post(s, owner, [ledger.Move(shop["bread"].id, day, "sale", -ABSURD)], app.clock.now())
    return day


def test_rule_on_a_matrix() -> None:
    from datetime import date
    Y = np.array([[10.0, 12, 0, 9, 11, 10, 10, 13, 250],     # 250 > 20 × median 10.5
                  [10.0, 12, 0, 9, 11, 10, 10, 13, 200],     # 200 < 210: not an outlier
                  [0.0, 0, 0, 0, 0, 1, 0, 0, 500]])          # too few days with sales to judge
    start = date(2026, 11, 1)
    cleaned, found = outliers.exclude(Y, [1, 2, 3], start, set())
    assert list(found) == [1]
    (o,) = found[1]
    assert o.day == date(2026, 11, 9) and o.quantity == 250 and o.typical == 10.5
    assert cleaned[0, -1] == 10.5 and Y[0, -1] == 250 and (cleaned[1:] == Y[1:]).all()
    assert "250 sold on 9 Nov 2026, more than 20× its typical day of 10.5" == o.text()
    assert "250 sold on 2026-11-09, more than 20× its typical day of 10.5" == o.key()   # finding identity
    cleaned, found = outliers.exclude(Y, [1, 2, 3], start, {(1, date(2026, 11, 9))})
    assert found == {} and (cleaned == Y).all()


def test_an_absurd_sale_is_flagged_left_out_and_counts_once_accepted(app, owner, shop) -> None:
    inv = app.inventory
    clean = {r["sku"]: r for r in inv.policy()}["BRD"]
    day = _absurd_sale(app, owner, shop)
    pol_rows = {r["sku"]: r for r in inv.policy()}
    bread = pol_rows["BRD"]
    (ex,) = bread["excluded_sales"]       # the day's other sales are part of it
    assert ex["day"] == day.isoformat() and float(ABSURD) <= ex["quantity"] < float(ABSURD) + 60
    assert 10 < ex["typical_day"] < 40
    fm = app.formats()
    sold = f"{fm.quantity(ex['quantity'])} sold on {fm.date(day)}"
    assert abs(bread["forecast_daily"] - clean["forecast_daily"]) < 0.25 * clean["forecast_daily"]
    assert pol_rows["CRS"]["excluded_sales"] == []

    # the reorder run's reason card says what was left out
    run = app.automation.run_now(owner, "inventory.reorder", trigger="manual")
    assert run.outcome == "ok", run.error
    items = app.inbox.list(InboxFilter(kind="reorder"))
    card_lines = [ln for it in items for ln in app.inbox.get(it.id).payload["lines"] if ln["sku"] == "BRD"]
    assert card_lines and any(sold in w and "left out" in w
                              for w in card_lines[0]["reason"]["warnings"])

    # the data-quality job makes it a finding whose approval accepts the sale
    run = app.automation.run_now(owner, "automation.data_quality", trigger="manual")
    found = [it for it in app.inbox.list(InboxFilter(kind=DQ_KIND)) if it.subject_label == "BRD Sourdough loaf"
             and "typical day" in it.title]
    assert len(found) == 1 and sold in found[0].title
    app.inbox.decide(owner, found[0].id, "approve")
    bread = {r["sku"]: r for r in inv.policy()}["BRD"]
    assert bread["excluded_sales"] == [] and bread["forecast_daily"] > 1000
    # and it is not found again
    with app.db.read() as s:
        from core.inventory.quality import sales_outliers
        assert [f for f in sales_outliers(s, app) if f.subject_id == shop["bread"].id] == []
