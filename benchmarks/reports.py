"""Trend reports on the 20× shop: how long each takes to compute (issue 16: within half a second),
warm and cold.

    .venv/bin/python benchmarks/generate_large.py            # once: the 20× shop
    .venv/bin/python benchmarks/reports.py [--data-dir benchmarks/results/large] [--weeks 8] [--runs 3]

Works on a copy of the shop (opening upgrades its schema; the original stays as generated). For
every registered report it times ``app.reports.run`` — the report and the previous period it is
compared with — for the last ``--weeks`` whole weeks, as the Reports page asks for it (on a worker
thread, never the GUI's), and the Automation page's payoff of every job, three ways:

* **cold, nothing kept**: a new process, and no planner figures kept in the database (the first
  report after a change to what the reorder planner reads, when nothing worked it out ahead);
* **cold**: a new process (nothing in memory) on the figures kept in the database, as after the
  desktop's warm-up at start (``app.reports.warm``, timed too) or any earlier run;
* **warm**: the best of ``--runs`` in one process.

A new process opens the shop and lists the reports and the jobs first, as the Reports and
Automation pages do when they open, and only then times the report. Prints the wall and CPU
seconds (on a shared machine the wall time also holds the waits for other work, so the load is
printed beside the figures) and each cold time's ratio to the target (< 1.0 is within it).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGET_S = 0.5
PAYOFF = "payoff"


def _load() -> str:
    try:
        return ", ".join(f"{x:.1f}" for x in os.getloadavg()) + f" on {os.cpu_count()} cores"
    except OSError:
        return "n/a"


def _open(data: Path) -> Any:
    from core.app import Deskmate
    from core.kernel.clock import FixedClock
    return Deskmate.open(data, clock=FixedClock(datetime.now(timezone.utc)))


def _time(app: Any, owner: Any, name: str, start: date, end: date) -> tuple[float, float]:
    t, c = time.perf_counter(), time.process_time()
    if name == PAYOFF:
        app.automation.payoff()
    else:
        app.reports.run(owner, name, start, end)
    return time.perf_counter() - t, time.process_time() - c


def child(data: Path, name: str, start: date, end: date) -> int:
    """One report in this new process, after what the pages do when they open; prints JSON."""
    from core.automation.registry import load_jobs
    app = _open(data)
    owner = app.users.by_name("owner").actor
    app.reports.list(owner)
    load_jobs()
    wall, cpu = _time(app, owner, name, start, end)
    app.close()
    print(json.dumps({"wall": wall, "cpu": cpu}))
    return 0


def in_new_process(data: Path, name: str, start: date, end: date) -> tuple[float, float]:
    out = subprocess.run([sys.executable, __file__, "--child", name, "--data-dir", str(data),
                          "--from", start.isoformat(), "--to", end.isoformat()],
                         capture_output=True, text=True, check=True).stdout
    r = json.loads(out.strip().splitlines()[-1])
    return r["wall"], r["cpu"]


def forget_kept(data: Path) -> None:
    from core.inventory.models import PlannerFigures
    app = _open(data)
    with app.db.uow() as s:
        s.execute(PlannerFigures.__table__.delete())
    app.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", default=str(ROOT / "benchmarks" / "results" / "large"))
    ap.add_argument("--weeks", type=int, default=8)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--from", dest="start", help=argparse.SUPPRESS)
    ap.add_argument("--to", dest="end", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        return child(Path(args.data_dir), args.child, date.fromisoformat(args.start), date.fromisoformat(args.end))

    from core.kernel.reports import whole_weeks

    source = Path(args.data_dir)
    if not (source / "deskmate.sqlite3").exists():
        print(f"no shop in {source}: run benchmarks/generate_large.py first")
        return 2
    with tempfile.TemporaryDirectory(prefix="deskmate-reports-") as tmp:
        data = Path(tmp) / "shop"
        shutil.copytree(source, data)
        t0 = time.perf_counter()
        app = _open(data)
        owner = app.users.by_name("owner").actor
        names = [info.name for info in app.reports.list(owner)] + [PAYOFF]
        period = whole_weeks(app.today(), args.weeks)
        app.close()
        print(f"opened (and upgraded) a copy of {source} in {time.perf_counter() - t0:.1f} s")
        print(f"period {period.text()} ({args.weeks} whole weeks) and the {args.weeks} before it; "
              f"target {TARGET_S} s each\n")
        print(f"load average {_load()} at the start")

        fresh: dict[str, tuple[float, float]] = {}
        for name in names:                       # each in a new process, with nothing kept
            forget_kept(data)
            fresh[name] = in_new_process(data, name, period.start, period.end)

        app = _open(data)
        t, c = time.perf_counter(), time.process_time()
        app.reports.warm()
        warm_up = time.perf_counter() - t, time.process_time() - c
        warm: dict[str, tuple[float, float]] = {}
        for name in names:                       # kept figures in memory: the best of --runs
            if name != PAYOFF:
                _time(app, owner, name, period.start, period.end)     # the report's own first run
            runs = [_time(app, owner, name, period.start, period.end) for _ in range(args.runs)]
            warm[name] = min(runs)
        app.close()

        cold = {name: in_new_process(data, name, period.start, period.end) for name in names}

        print(f"\n{'report':<14}{'cold, nothing kept':>20}{'cold':>14}{'warm (best)':>14}{'cold ratio':>12}")
        print(f"{'':<14}{'wall / cpu s':>20}{'wall / cpu s':>14}{'wall / cpu s':>14}")
        worst = 0.0
        for name in names:
            worst = max(worst, cold[name][0])
            print(f"{name:<14}{fresh[name][0]:>12.3f} / {fresh[name][1]:<5.2f}{cold[name][0]:>7.3f} / "
                  f"{cold[name][1]:<5.2f}{warm[name][0]:>7.3f} / {warm[name][1]:<5.2f}"
                  f"{cold[name][0] / TARGET_S:>8.2f}")
        print(f"\nworking the costly reports and the payoff out ahead (app.reports.warm, the desktop's "
              f"background start): {warm_up[0]:.1f} s ({warm_up[1]:.1f} s CPU)")
    print(f"slowest cold report: {worst:.3f} s = {worst / TARGET_S:.2f} × the target; "
          f"load average {_load()} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
