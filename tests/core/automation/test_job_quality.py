"""The jobs' own measures beside their payoff, on hand-made data: the reorder job's forecast error
and achieved fill rate against the target, and the roster job's gap to the best possible roster."""
from __future__ import annotations

import math
from datetime import date, datetime, timezone

import numpy as np

from core.inventory.reports import fill_rate_estimate
from core.kernel.reports import Period
from tests.conftest import raw_uow

NAN = math.nan


def test_fill_rate_counts_the_forecast_of_days_sold_out_all_day():
    period = Period(date(2026, 11, 2), date(2026, 11, 5))
    start = date(2026, 11, 1)
    sold = np.array([[0, 4, 2, 0, 0]], dtype=float)          # columns: 1..5 Nov
    fc = np.array([[3, 3, 3, 3, NAN]], dtype=float)
    levels = [{date(2026, 11, 1): 6, date(2026, 11, 2): 2, date(2026, 11, 3): 0, date(2026, 11, 4): 0,
               date(2026, 11, 5): 0}]
    # 2 Nov sold 4 (6 → 2); 3 Nov sold 2 (→ 0); 4 Nov empty all day: lost its forecast 3;
    # 5 Nov empty all day but no forecast: nothing counted
    served, demanded = fill_rate_estimate(period, start, sold, fc, levels)
    assert (served, demanded) == (6.0, 9.0)
    assert fill_rate_estimate(Period(date(2026, 11, 5), date(2026, 11, 5)), start, sold, fc, levels) is None


def test_the_reorder_job_measures_its_forecast_and_fill_rate(app, owner, clock, tmp_path):
    import csv
    from datetime import timedelta
    clock.set(datetime(2026, 11, 30, 9, tzinfo=timezone.utc))
    inv = app.inventory
    p = inv.create_product(owner, "S", "Steady", cost="1", price="2")
    inv.adjust_stock(owner, p.id, "400", "opening", day=date(2026, 8, 1))
    rows = [["Date", "SKU", "Quantity"]]
    d = date(2026, 8, 1)
    while d <= date(2026, 11, 29):
        rows.append([d.isoformat(), "S", "3"])
        d += timedelta(days=1)
    f = tmp_path / "sales.csv"
    with f.open("w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    inv.import_file(owner, "sales", f)
    reorder = next(x for x in app.automation.payoff(date(2026, 11, 16), date(2026, 11, 29))
                   if x.job_id == "inventory.reorder")
    # 3 a day forecast exactly; never sold out (400 − 3 × 121 = 37 left)
    assert reorder.quality.startswith("Forecast error 0.0 % weighted by units sold (bias 0.0 %); fill rate "
                                      "achieved about 100.0 % against the products' average target of")
    assert reorder.quality in reorder.evidence


def test_the_roster_job_measures_its_gap_to_the_bound(app, owner, clock):
    from core.scheduling import models as m
    clock.set(datetime(2026, 11, 30, 9, tzinfo=timezone.utc))
    at = datetime(2026, 11, 20, 7, tzinfo=timezone.utc)
    with raw_uow(app) as s:
        for week, (penalty, bound, status) in enumerate([(120, 120, "OPTIMAL"), (150, 100, "FEASIBLE"),
                                                         (110, 100, "FEASIBLE")]):
            s.add(m.Roster(week_start=date(2026, 12, 7 * week + 7), days=7, state="draft", penalty=penalty,
                           explanation={"solver": {"penalty": penalty, "bound": bound, "status": status}},
                           created_at=at))
        s.add(m.Roster(week_start=date(2026, 12, 28), days=7, state="draft", penalty=5,
                       explanation={"explanation": "drafted before the solver's figures were kept"},
                       created_at=at))
    roster = next(x for x in app.automation.payoff(date(2026, 11, 16), date(2026, 11, 29))
                  if x.job_id == "scheduling.auto_roster")
    # gaps 50 (of 150: 33 %) and 10 (of 110: 9 %): medians 30 points, 21 %
    assert roster.quality == ("Drafted rosters: 1 of 3 proven best possible; the others a median 30 points "
                              "above the best any roster could score (21 % of their points)")
