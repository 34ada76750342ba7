"""Trend reports on the 20× shop: how long each takes to compute (issue 16: within half a second).

    .venv/bin/python benchmarks/generate_large.py            # once: the 20× shop
    .venv/bin/python benchmarks/reports.py [--data-dir benchmarks/results/large] [--weeks 8] [--runs 3]

Works on a copy of the shop (opening upgrades its schema; the original stays as generated). For
every registered report it times ``app.reports.run`` — the report and the previous period it is
compared with — for the last ``--weeks`` whole weeks, as the Reports page asks for it (on a worker
thread, never the GUI's), and the Automation page's payoff of every job. Prints the best and the
first run of each, the CPU seconds of the best (what the report itself costs: on a shared machine
the wall time also holds the waits for other work, so the load is printed beside the figures), and
the best's ratio to the target (< 1.0 is within it).
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGET_S = 0.5


def _load() -> str:
    try:
        return ", ".join(f"{x:.1f}" for x in os.getloadavg()) + f" on {os.cpu_count()} cores"
    except OSError:
        return "n/a"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", default=str(ROOT / "benchmarks" / "results" / "large"))
    ap.add_argument("--weeks", type=int, default=8)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()

    from core.app import Deskmate
    from core.kernel.clock import FixedClock
    from core.kernel.reports import whole_weeks

    source = Path(args.data_dir)
    if not (source / "deskmate.sqlite3").exists():
        print(f"no shop in {source}: run benchmarks/generate_large.py first")
        return 2
    with tempfile.TemporaryDirectory(prefix="deskmate-reports-") as tmp:
        data = Path(tmp) / "shop"
        shutil.copytree(source, data)
        t0 = time.perf_counter()
        probe = Deskmate.open(data)
        today = probe.today()
        probe.close()
        app = Deskmate.open(data, clock=FixedClock(datetime.now(timezone.utc)))
        print(f"opened (and upgraded) a copy of {source} in {time.perf_counter() - t0:.1f} s")
        owner = app.users.by_name("owner").actor
        period = whole_weeks(today, args.weeks)
        print(f"period {period.text()} ({args.weeks} whole weeks) and the {args.weeks} before it; "
              f"target {TARGET_S} s each\n")
        print(f"load average {_load()} at the start")
        print(f"{'report':<14}{'first s':>9}{'best s':>9}{'cpu s':>8}{'ratio':>8}")
        worst = 0.0
        for info in app.reports.list(owner):
            times, cpu = [], []
            for _ in range(args.runs):
                t, c = time.perf_counter(), time.process_time()
                app.reports.run(owner, info.name, period.start, period.end)
                times.append(time.perf_counter() - t)
                cpu.append(time.process_time() - c)
            worst = max(worst, min(times))
            best = times.index(min(times))
            print(f"{info.name:<14}{times[0]:>9.3f}{times[best]:>9.3f}{cpu[best]:>8.3f}"
                  f"{times[best] / TARGET_S:>8.2f}")
        t = time.perf_counter()
        app.automation.payoff()
        print(f"\nAutomation page payoff (13 weeks, every job, with their own measures): "
              f"{time.perf_counter() - t:.3f} s")
        app.close()
    print(f"\nslowest report (best of {args.runs}): {worst:.3f} s = {worst / TARGET_S:.2f} × the target; "
          f"load average {_load()} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
