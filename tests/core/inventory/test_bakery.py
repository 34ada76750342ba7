"""The Bread Basket bakery's real sales history: imported end to end and backtested."""
from __future__ import annotations

import json
from datetime import date

import pytest

from core.cli import run
from tests.conftest import shared_file


@pytest.mark.slow
def test_bakery_import_policy_run_and_backtest(app, owner, data_dir, capsys):
    f = shared_file("bakery", "BreadBasket_DMS.csv")
    rep = app.inventory.import_file(owner, "sales", f)
    assert rep.rows_read == 21293 and rep.rows_written == 20507 and rep.created == 94
    assert app.inventory.import_file(owner, "sales", f).rows_written == 0
    coffee = app.inventory.product_by_sku("COFFEE")
    assert coffee.on_hand == -5471
    rows = {r["sku"]: r for r in app.inventory.policy(date(2017, 4, 10))}
    assert rows["COFFEE"]["demand_class"] == "smooth"
    assert 25 < rows["COFFEE"]["forecast_daily"] < 45
    assert rows["COFFEE"]["reorder_point"] > rows["COFFEE"]["lead_time_demand"]
    app.close()

    code = run(["--data-dir", str(data_dir), "reorder", "backtest", str(f), "--cutoff", "2017-02-01",
                "--lead-time", "2", "--fill-rate", "0.5", "0.7", "0.8", "0.9", "0.95", "0.99",
                "--json"])
    assert code == 0
    res = json.loads(capsys.readouterr().out)
    assert res["window"]["replay_from"] == "2017-02-01" and res["window"]["days"] == 68
    names = [p["policy"] for p in res["policies"]]
    assert names.count("deskmate") == 6 and "baseline min/max" in names
    fills = [p["fill_rate"] for p in res["policies"] if p["policy"] == "deskmate"]
    assert fills == sorted(fills)                     # a higher target, more fill rate
    cmp_ = res["comparison"]
    # the policy beats the hand-set min/max rule on this shop's own data
    # (measured: 20 % less stock, +8 points; it also stocks the products new in the replay, which
    # the plain rule never does)
    assert cmp_["stock_saving_pct"] >= 15
    assert cmp_["fill_rate_gain_points"] >= 5
    assert any("lost" in a for a in res["assumptions"])
