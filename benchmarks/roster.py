"""Roster engine vs the Curtois & Qu instances (run on demand, prints figures and gaps).

    .venv/bin/python benchmarks/roster.py [--time-limit 60] [--plain] [FILES...]

For each instance: Deskmate's engine (max-LP worker + CP-SAT LNS worker, greedy hint, symmetry
breaking, own neighbourhood search) and, with --plain, CP-SAT with default parameters on two workers
and no hint/LNS for comparison. Every roster is re-checked by core.scheduling.rules (not the solver).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.scheduling.benchmark import run_benchmark  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "shift_scheduling"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*")
    ap.add_argument("--time-limit", type=float, default=60.0)
    ap.add_argument("--plain", action="store_true", help="also run plain CP-SAT for comparison")
    args = ap.parse_args()
    files = [Path(f) for f in args.files] or sorted(DATA.glob("Instance*.txt"))
    configs = [("deskmate", {})]
    if args.plain:
        configs.append(("plain cp-sat", {"subsolvers": (), "lns": False, "use_hint": False}))
    print(f"{'instance':<10} {'config':<13} {'status':<9} {'objective':>9} {'bound':>7} {'best':>6} "
          f"{'gap':>7} {'seconds':>8} checked")
    for f in files:
        for name, opts in configs:
            out = run_benchmark(f, time_limit=args.time_limit, **opts)
            gap = out["gap_to_best_known"]
            print(f"{out['instance']:<10} {name:<13} {out['status']:<9} {out['objective']!s:>9} "
                  f"{out['bound']!s:>7} {out['best_known']!s:>6} "
                  f"{'-' if gap is None else f'{gap:.2%}':>7} {out['seconds']:>8} "
                  f"{'ok' if out['feasible'] else 'VIOLATIONS'} {out['penalties']}", flush=True)


if __name__ == "__main__":
    main()
