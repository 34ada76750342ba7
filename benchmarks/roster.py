"""Roster engine vs the Curtois & Qu instances (run on demand, prints figures and gaps).

    .venv/bin/python benchmarks/roster.py [--time-limit 60] [--plain] [FILES...]

For each instance: Deskmate's engine (start solve with the max-LP worker; for big rosters the LP
relaxation on a third thread, then neighbourhood rounds on two threads to the limit, some guided
by the LP, some freeing people with time or weekends to spare) and, with --plain, CP-SAT with default
parameters on two workers and no hint/LNS for comparison. Every roster is re-checked by
core.scheduling.rules (not the solver). "cpu s" is the CPU the run got, "load" the load average
it started at: on a shared machine the CPU, not the minute, decides the result.

Results, 60 s each, 1 Dec 2026, 2 cores shared with two other working sessions (never quiet):

    instance   config    status    objective  bound  best    gap  seconds  cpu s  load
    Instance1  deskmate  OPTIMAL         607    607   607  0.00%     1.25    0.6  5.97
    Instance2  deskmate  OPTIMAL         828    828   828  0.00%     8.41    4.7  5.89
    Instance3  deskmate  OPTIMAL        1001   1001  1001  0.00%     2.35    2.7  5.90
    Instance10 deskmate  FEASIBLE       4653   4616  4631  0.48%    59.89   38.3  7.36
    Instance11 deskmate  FEASIBLE       3446   3418  3443  0.09%    59.93   55.5  5.55
    Other 60 s runs: Instance10 4647-4671 (0.3-0.9 %) in seven of eight runs with 40-54 CPU s
    (load 3.0-5.6), 4748 in the eighth; 4754-4959 (2.7-7.1 %) in seven of eight runs with 35-39 CPU
    s (load 5.3-7.4); Instance11 3446-3461 (0.09-0.5 %) in seven runs with 36-78 CPU s (load
    3.8-7.0). See docs/sections/scheduling.md.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dataclasses import replace  # noqa: E402

from core.scheduling.benchmark import run_benchmark  # noqa: E402
from core.scheduling.curtois import read_instance  # noqa: E402
from core.scheduling.roster import RosterProblem  # noqa: E402
from core.scheduling.rules import evaluate  # noqa: E402
from core.scheduling.solver import SolveOptions, solve  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "shift_scheduling"


def stretched(problem: RosterProblem, copies: int, staff_copies: int = 1) -> RosterProblem:
    """A larger instance built from a real one: the horizon repeated ``copies`` times (days off,
    requests and cover shifted, contract limits scaled) and the staff and cover multiplied by
    ``staff_copies`` (clones with their requests moved by a week). No best known value exists."""
    H = problem.days
    staff, requests, cover = [], [], []
    for k in range(staff_copies):
        for p in problem.staff:
            c = p.contract
            contract = replace(c, min_minutes=c.min_minutes * copies,
                               max_minutes=None if c.max_minutes is None else c.max_minutes * copies,
                               max_shifts=None if c.max_shifts is None else {s: n * copies for s, n in c.max_shifts.items()},
                               max_weekends=None if c.max_weekends is None else c.max_weekends * copies)
            shift = 7 * k
            days_off = frozenset((d + i * H + shift) % (H * copies) for d in p.days_off for i in range(copies))
            staff.append(replace(p, id=f"{p.id}{k or ''}", contract=contract, days_off=days_off))
            for r in problem.requests:
                if r.staff == p.id:
                    for i in range(copies):
                        requests.append(replace(r, staff=f"{p.id}{k or ''}", day=(r.day + i * H + shift) % (H * copies)))
    for c in problem.cover:
        for i in range(copies):
            cover.append(replace(c, day=c.day + i * H, required=c.required * staff_copies))
    return replace(problem, days=H * copies, staff=tuple(staff), requests=tuple(requests), cover=tuple(cover),
                   name=f"{problem.name}x{copies}" + (f"s{staff_copies}" if staff_copies > 1 else ""))


def run_problem(problem: RosterProblem, name: str, time_limit: float, **opts) -> None:
    load = round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None
    cpu = time.process_time()
    res = solve(problem, SolveOptions(time_limit=time_limit, **opts))
    cpu = time.process_time() - cpu
    ev = evaluate(problem, res.roster)
    gap = res.gap
    print(f"{problem.name:<16} {name:<13} {res.status:<9} {res.objective!s:>9} {res.bound!s:>7} {'-':>6} "
          f"{'-' if gap is None else f'{gap:.2%}':>7} {res.seconds:>8.2f} {cpu:>6.1f} {load!s:>5} "
          f"{'ok' if ev.feasible and ev.total == res.objective else 'VIOLATIONS'} (gap to own bound)", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*")
    ap.add_argument("--time-limit", type=float, default=60.0)
    ap.add_argument("--plain", action="store_true", help="also run plain CP-SAT for comparison")
    ap.add_argument("--synthetic", action="store_true",
                    help="also larger instances stretched from Instance3 (4 weeks; 4 weeks × 2 teams)")
    ap.add_argument("--only-synthetic", action="store_true")
    args = ap.parse_args()
    files = [Path(f) for f in args.files] or sorted(DATA.glob("Instance*.txt"))
    configs = [("deskmate", {})]
    if args.plain:
        configs.append(("plain cp-sat", {"subsolvers": (), "lns": False, "use_hint": False}))
    print(f"{'instance':<10} {'config':<13} {'status':<9} {'objective':>9} {'bound':>7} {'best':>6} "
          f"{'gap':>7} {'seconds':>8} {'cpu s':>6} {'load':>5} checked")
    for f in ([] if args.only_synthetic else files):
        for name, opts in configs:
            out = run_benchmark(f, time_limit=args.time_limit, **opts)
            gap = out["gap_to_best_known"]
            print(f"{out['instance']:<10} {name:<13} {out['status']:<9} {out['objective']!s:>9} "
                  f"{out['bound']!s:>7} {out['best_known']!s:>6} "
                  f"{'-' if gap is None else f'{gap:.2%}':>7} {out['seconds']:>8} "
                  f"{out['cpu_seconds']:>6} {out['load_average']!s:>5} "
                  f"{'ok' if out['feasible'] else 'VIOLATIONS'} {out['penalties']}", flush=True)
    if args.synthetic or args.only_synthetic:
        base = read_instance(DATA / "Instance3.txt")
        for problem in (stretched(base, 2), stretched(base, 2, 2)):
            for name, opts in configs:
                run_problem(problem, name, args.time_limit, **opts)


if __name__ == "__main__":
    main()
