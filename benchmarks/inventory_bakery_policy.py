"""The policy against the hand-set min/max baseline on the Bread Basket bakery's real sales.

Prints, for several lead times and cutoffs, the stock Deskmate needs to match the baseline's fill
rate (aim: at least 25 % less) and the fill rate it reaches with the baseline's stock (aim: at
least 8 points more).   .venv/bin/python benchmarks/inventory_bakery_policy.py
"""
from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.inventory import backtest  # noqa: E402
from core.inventory.service import sales_matrix  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "bakery" / "BreadBasket_DMS.csv"


def main() -> None:
    if not DATA.exists():
        print(f"{DATA} is not present; nothing to do")
        return
    Y, d0, names, value, _ = sales_matrix(DATA)
    print(f"{DATA.name}: {len(names)} items, {Y.shape[1]} days, {int(Y.sum()):,} units")
    print(f"{'cutoff':10} {'lead':>4} {'baseline fill':>13} {'baseline stock':>14} "
          f"{'stock to match':>14} {'saving':>7} {'fill @ base stock':>17} {'gain':>6}  time")
    for cutoff in (date(2017, 1, 15), date(2017, 2, 1), date(2017, 3, 1)):
        for lead in (1, 2, 3, 5):
            t = time.perf_counter()
            r = backtest.run(Y, d0, cutoff, None, lead, backtest.DEFAULT_LEVELS, value)
            c, b = r["comparison"], r["baseline"]
            fmt = lambda v, f: "n/a" if v is None else format(v, f)  # noqa: E731
            print(f"{cutoff.isoformat():10} {lead:>4} {100 * b['fill_rate']:>12.1f}% "
                  f"{b['average_stock_value']:>14.1f} {fmt(c['stock_to_match_baseline_fill_rate'], '>14.1f')} "
                  f"{fmt(c['stock_saving_pct'], '>6.1f')}% "
                  f"{fmt(None if c['fill_rate_at_baseline_stock'] is None else 100 * c['fill_rate_at_baseline_stock'], '>16.1f')}% "
                  f"{fmt(c['fill_rate_gain_points'], '>+6.1f')}  {time.perf_counter() - t:.1f}s")
    print("aims: saving >= 25 %, gain >= 8 points (default CLI lead time: 2 days)")


if __name__ == "__main__":
    main()
