"""The backtest's two baselines: the plain min/max set once, and a careful owner's min/max with
safety stock, re-set every month — known answers on hand-made demand."""
from __future__ import annotations

import json
import math
from datetime import date, timedelta

import numpy as np

from core.cli import run
from core.inventory import backtest


def test_careful_minmax_by_hand():
    Y = np.zeros((4, 70))
    Y[0] = 3                                   # steady: no spread, no safety stock
    Y[1, ::2] = 4                              # 4, 0, 4, 0 ...: mean 2, sd √(224/55)
    Y[2, 60:] = 1                              # first sold 10 days before the review
    first = backtest.np.where((Y > 0).any(axis=1), (Y > 0).argmax(axis=1), 70)
    lo, hi = backtest.careful_minmax(Y, 70, 2, first)
    sd = math.sqrt(224 / 55)
    assert lo[0] == 6 and hi[0] == 12
    assert lo[1] == math.ceil(2 * 2 + 1.65 * sd * math.sqrt(2)) == 9 and hi[1] == 13
    # only the 10 days since its first sale count: mean 1, no spread
    assert lo[2] == 2 and hi[2] == 4
    assert lo[3] == 0 and hi[3] == 0           # never sold: never stocked


def _new_item_shop() -> tuple[np.ndarray, date]:
    first_day = date(2017, 1, 1)
    days = (date(2017, 2, 28) - first_day).days + 1
    Y = np.zeros((2, days))
    Y[0] = 5                                              # sells 5 a day all along
    Y[1, (date(2017, 1, 20) - first_day).days:] = 1       # new: first sold on the cutoff day
    return Y, first_day


def test_the_careful_owner_stocks_a_new_item_the_evening_it_first_sells():
    Y, d0 = _new_item_shop()
    res = backtest.run(Y, d0, date(2017, 1, 20), None, 2, (0.9,))
    by = {p["policy"]: p for p in res["policies"]}
    plain, careful = by["baseline min/max"], by["careful min/max"]
    # 40 replayed days: the steady item's 200 units are served by both rules
    assert plain["units_demanded"] == careful["units_demanded"] == 240
    # set once before the new item sold: it is never stocked
    assert plain["units_served"] == 200
    # evening of 20 Jan, from the last week (one sale of 1): min = ceil(2/7 + 1.65·sd·√2) = 2,
    # max = 3; ordered 3, on the shelf from 22 Jan, never out again (re-set to 2/4 on 1 Feb)
    lo, hi = backtest.careful_minmax(Y[1:], 19 + 1, 2, np.array([19]))
    assert (lo[0], hi[0]) == (2, 3)
    assert careful["units_served"] == 200 + 38
    assert res["careful_baseline"]["fill_rate"] == round(238 / 240, 4)
    assert res["baseline"]["fill_rate"] == round(200 / 240, 4)
    assert set(res["careful_comparison"]) == set(res["comparison"])
    assert any("Careful baseline" in a for a in res["assumptions"])


def test_the_careful_rule_carries_safety_stock_and_serves_more_on_variable_demand():
    rng = np.random.default_rng(7)
    Y = rng.poisson(4, size=(30, 150)).astype(float)
    res = backtest.run(Y, date(2017, 1, 2), date(2017, 4, 1), None, 3, (0.5, 0.9, 0.99))
    base, careful = res["baseline"], res["careful_baseline"]
    assert careful["fill_rate"] > base["fill_rate"] + 0.03
    assert careful["average_stock_value"] > base["average_stock_value"]


def test_backtest_cli_prints_both_baselines(tmp_path, data_dir, capsys):
    Y, d0 = _new_item_shop()
    f = tmp_path / "sales.csv"
    rows = ["Date,Item,Quantity"]
    for t in range(Y.shape[1]):
        for name, q in (("Bread", Y[0, t]), ("Cake", Y[1, t])):
            if q:
                rows.append(f"{(d0 + timedelta(days=t)).isoformat()},{name},{int(q)}")
    f.write_text("\n".join(rows) + "\n")
    args = ["--data-dir", str(data_dir), "reorder", "backtest", str(f), "--cutoff", "2017-01-20",
            "--lead-time", "2"]
    assert run(args + ["--json"]) == 0
    res = json.loads(capsys.readouterr().out)
    assert [p["policy"] for p in res["policies"]][-2:] == ["baseline min/max", "careful min/max"]
    assert run(args) == 0
    out = capsys.readouterr().out
    assert "careful min/max" in out and "the careful baseline" in out.lower()
    assert "99.2%" in out                      # 238 of 240 units
