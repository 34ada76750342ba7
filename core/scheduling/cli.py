"""Scheduling commands: roster plan/benchmark, appointments slots, export roster."""
from __future__ import annotations

import argparse
from typing import Any

from core.kernel.cli_support import print_json


def _get_or_add(sub: argparse._SubParsersAction, name: str, help_text: str, dest: str) -> argparse._SubParsersAction:
    """A command group shared with other areas (``export``): reuse it when another area made it."""
    parser = sub.choices.get(name)
    if parser is None:
        parser = sub.add_parser(name, help=help_text)
    for action in parser._actions:  # noqa: SLF001 - argparse offers no public way to find them
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            return action
    return parser.add_subparsers(dest=dest, metavar="WHAT", required=True)


def cmd_benchmark(args: argparse.Namespace, app: Any) -> int:
    from core.scheduling.benchmark import run_benchmark
    out = run_benchmark(args.file, time_limit=args.time_limit)
    if args.json:
        print_json(out)
    else:
        print(f"{out['instance']}: {out['status']} objective {out['objective']} bound {out['bound']} "
              f"in {out['seconds']} s; checked {out['checked_objective']}, "
              f"{'feasible' if out['feasible'] else 'VIOLATIONS: ' + '; '.join(out['violations'])}")
        if out["best_known"] is not None:
            print(f"best known {out['best_known']}, gap {out['gap_to_best_known']:.2%}")
        print("phases:")
        for phase in out["phases"]:
            print(f"  {phase}")
        if out["timeline"]:
            print("better rosters (seconds: objective" + (", gap" if out["best_known"] else "") + "):")
            for point in _thinned(out["timeline"]):
                gap = point["gap_to_best_known"]
                print(f"  {point['seconds']:7.1f}: {point['objective']}" + ("" if gap is None else f"  {gap:.2%}"))
        print("penalties (independent check):")
        for rule, amount in out["penalties"].items():
            print(f"  {rule:<20} {amount}")
    return 0 if out["feasible"] else 1


def _thinned(points: list[dict[str, Any]], keep: int = 12) -> list[dict[str, Any]]:
    """At most ``keep`` points of a long timeline, evenly spread, always with the first and last
    (the JSON output has them all)."""
    if len(points) <= keep:
        return points
    step = (len(points) - 1) / (keep - 1)
    return [points[round(i * step)] for i in range(keep)]


def register(sub: argparse._SubParsersAction) -> None:
    rp = sub.add_parser("roster", help="staff rosters").add_subparsers(dest="roster_cmd", metavar="ACTION",
                                                                       required=True)
    sp = rp.add_parser("benchmark", help="solve a Curtois & Qu instance and check it independently")
    sp.add_argument("file")
    sp.add_argument("--time-limit", type=float, default=60.0, metavar="S", help="seconds (default 60)")
    sp.add_argument("--json", action="store_true", help="print JSON")
    sp.set_defaults(handler=cmd_benchmark, login="none")  # reads only the given file
    try:
        from core.scheduling import cli_service
    except ImportError:  # pragma: no cover - during development
        return
    cli_service.register(sub, rp, _get_or_add)
