"""Fill-rate targets against what the backtest reaches, and the policy against both min/max
baselines, on the Bread Basket bakery's real sales and on a synthetic retail year.

Prints, for several lead times and cutoffs and for each baseline (the plain min/max set once, and a
careful owner's min/max with safety stock re-set every month), the stock Deskmate needs to match the
baseline's fill rate and the fill rate it reaches with the baseline's stock ("n/a" when the baseline
lies outside Deskmate's curve).   .venv/bin/python benchmarks/inventory_bakery_policy.py
"""
from __future__ import annotations

import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.inventory import backtest  # noqa: E402
from core.inventory.synthetic import retail_year  # noqa: E402
from core.inventory.service import sales_matrix  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "bakery" / "BreadBasket_DMS.csv"


def _fmt(v: Any, f: str, unit: str = "") -> str:
    width = int(f.lstrip("<>^").split(".")[0] or 0) + len(unit)
    return format("n/a", f">{width}") if v is None else format(v, f) + unit


TARGETS = (0.8, 0.85, 0.9, 0.95, 0.98)


def target_table(title: str, runs: list[tuple[str, int, dict[str, Any]]]) -> None:
    """target → fill rate reached, one row per cutoff and lead time, and the worst miss."""
    print(f"\n{title}: fill-rate target -> fill rate reached (plain / careful baseline beside)")
    print(f"{'cutoff':10} {'lead':>4} " + " ".join(f"{t:>6.2f}" for t in TARGETS) + "   plain careful")
    worst = 0.0
    for cutoff, lead, r in runs:
        got = {p["fill_rate_target"]: p["fill_rate"] for p in r["policies"] if p["policy"] == "deskmate"}
        worst = max([worst] + [abs(got[t] - t) for t in TARGETS])
        print(f"{cutoff:10} {lead:>4} " + " ".join(f"{100 * got[t]:>5.1f}%" for t in TARGETS)
              + f"  {100 * r['baseline']['fill_rate']:>5.1f}% {100 * r['careful_baseline']['fill_rate']:>6.1f}%")
    print(f"largest miss: {100 * worst:.1f} points (aim: within 3)")


def synthetic() -> None:
    Y, d0, names, value = retail_year()
    runs = []
    for offset in (91, 182, 273):
        cutoff = d0 + timedelta(days=offset)
        for lead in (1, 2, 5):
            runs.append((cutoff.isoformat(), lead,
                         backtest.run(Y, d0, cutoff, cutoff + timedelta(days=90), lead, TARGETS, value)))
    target_table(f"Synthetic retail year ({len(names)} products, {int(Y.sum()):,} units)", runs)


def main() -> None:
    synthetic()
    if not DATA.exists():
        print(f"{DATA} is not present; nothing to do")
        return
    Y, d0, names, value, _ = sales_matrix(DATA)
    runs = []
    for cutoff in (date(2017, 1, 15), date(2017, 2, 1), date(2017, 3, 1)):
        for lead in (1, 2, 3, 5):
            runs.append((cutoff.isoformat(), lead, backtest.run(Y, d0, cutoff, None, lead, TARGETS, value)))
    target_table("Bakery", runs)
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
            top = max((p for p in r["policies"] if p["policy"] == "deskmate"), key=lambda p: p["fill_rate"])
            print(f"{'':10} {'':>4} {'deskmate':9} {100 * top['fill_rate']:>5.1f}% {top['average_stock_value']:>7.1f}"
                  f"  (its highest point: target {top['fill_rate_target']:g})")
    print("Deskmate's curve: the targets " + ", ".join(f"{v:g}" for v in backtest.DEFAULT_LEVELS))


if __name__ == "__main__":
    main()
