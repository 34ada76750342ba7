"""The policy against both min/max baselines on the Bread Basket bakery's real sales.

Prints, for several lead times and cutoffs and for each baseline (the plain min/max set once, and a
careful owner's min/max with safety stock re-set every month), the stock Deskmate needs to match the
baseline's fill rate and the fill rate it reaches with the baseline's stock ("n/a" when the baseline
lies outside Deskmate's curve).   .venv/bin/python benchmarks/inventory_bakery_policy.py
"""
from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.inventory import backtest  # noqa: E402
from core.inventory.service import sales_matrix  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "bakery" / "BreadBasket_DMS.csv"


def _fmt(v: Any, f: str, unit: str = "") -> str:
    width = int("".join(ch for ch in f if ch.isdigit()) or 0) + len(unit)
    return format("n/a", f">{width}") if v is None else format(v, f) + unit


def main() -> None:
    if not DATA.exists():
        print(f"{DATA} is not present; nothing to do")
        return
    Y, d0, names, value, _ = sales_matrix(DATA)
    print(f"{DATA.name}: {len(names)} items, {Y.shape[1]} days, {int(Y.sum()):,} units")
    print(f"{'cutoff':10} {'lead':>4} {'baseline':9} {'fill':>6} {'stock':>7} "
          f"{'stock to match':>14} {'saving':>7} {'fill @ its stock':>16} {'gain':>6}  time")
    for cutoff in (date(2017, 1, 15), date(2017, 2, 1), date(2017, 3, 1)):
        for lead in (1, 2, 3, 5):
            t = time.perf_counter()
            r = backtest.run(Y, d0, cutoff, None, lead, backtest.DEFAULT_LEVELS, value)
            took = time.perf_counter() - t
            for label, bkey, ckey in (("plain", "baseline", "comparison"),
                                      ("careful", "careful_baseline", "careful_comparison")):
                b, c = r[bkey], r[ckey]
                fill_at = c["fill_rate_at_baseline_stock"]
                print(f"{cutoff.isoformat():10} {lead:>4} {label:9} {100 * b['fill_rate']:>5.1f}% "
                      f"{b['average_stock_value']:>7.1f} {_fmt(c['stock_to_match_baseline_fill_rate'], '>14.1f')} "
                      f"{_fmt(c['stock_saving_pct'], '>6.1f', '%')} "
                      f"{_fmt(None if fill_at is None else 100 * fill_at, '>15.1f', '%')} "
                      f"{_fmt(c['fill_rate_gain_points'], '>+6.1f')}  {took:.1f}s")
    print("Deskmate's curve: the targets " + ", ".join(f"{v:g}" for v in backtest.DEFAULT_LEVELS))


if __name__ == "__main__":
    main()
