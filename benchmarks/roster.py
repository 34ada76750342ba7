"""Roster engine vs the Curtois & Qu instances (run on demand, prints figures and gaps).

    .venv/bin/python benchmarks/roster.py [--time-limit 60] [--plain] [FILES...]

For each instance: Deskmate's engine (start solve with the max-LP worker; for big rosters the LP
relaxation on a third thread, then neighbourhood rounds on two threads, some guided by the LP,
taking turns with full solves from the best roster) and, with --plain, CP-SAT with default
parameters on two workers and no hint/LNS for comparison. Every roster is re-checked by
core.scheduling.rules (not the solver). "cpu s" is the CPU the run got, "load" the load average
it started at: on a shared machine the CPU, not the minute, decides the result.

Results, 60 s each, 30 Nov 2026, 2 cores shared with four other sessions running test suites:

    instance   config    status    objective  bound  best    gap  seconds  cpu s  load
    Instance1  deskmate  OPTIMAL         607    607   607  0.00%     1.67    0.7  9.07
    Instance2  deskmate  OPTIMAL         828    828   828  0.00%    12.09    4.6  9.07
    Instance3  deskmate  OPTIMAL        1001   1001  1001  0.00%     8.59    3.3  8.91
    Instance10 deskmate  FEASIBLE       4864   4616  4631  5.03%    59.91   25.8  8.64
    Instance11 deskmate  FEASIBLE       3577   3418  3443  3.89%    59.94   29.0  8.21
    Other 60 s runs: Instance10 4753 (2.6 %, 30.6 CPU s, load 6.6), 4844, 4859 and 4871
    (4.6-5.2 %); Instance11 3461 (0.5 %, 40.9 CPU s, load 7.2), 3477 (1.0 %, 38.4 CPU s, load
    7.0), 3600 and 3930 (4.6 %, 14.1 %). With --time-limit 150 under the same load
    (about the CPU one minute would get beside one other busy process) see
    docs/sections/scheduling.md.
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
