"""Scheduling commands: roster plan/benchmark, appointments slots, export roster."""
from __future__ import annotations

import argparse
from typing import Any

from core.kernel.cli_support import print_json
from core.kernel.i18n import _


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
        print(_("{instance}: {status} objective {objective} bound {bound} in {seconds} s; checked {checked_objective}, {value}").format(instance=out['instance'], status=out['status'], objective=out['objective'], bound=out['bound'], seconds=out['seconds'], checked_objective=out['checked_objective'], value='feasible' if out['feasible'] else 'VIOLATIONS: ' + '; '.join(out['violations'])))
        if out["best_known"] is not None:
            print(_("best known {best_known}, gap {gap_to_best_known:.2%}").format(best_known=out['best_known'], gap_to_best_known=out['gap_to_best_known']))
        print(_('phases:'))
        for phase in out["phases"]:
            print(f"  {phase}")
        if out["timeline"]:
            print(_("better rosters (seconds: objective, gap):") if out["best_known"] else
                  _("better rosters (seconds: objective):"))
            for point in _thinned(out["timeline"]):
                gap = point["gap_to_best_known"]
                print(f"  {point['seconds']:7.1f}: {point['objective']}" + ("" if gap is None else f"  {gap:.2%}"))
        print(_('penalties (independent check):'))
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
    rp = sub.add_parser("roster", help=_('staff rosters')).add_subparsers(dest="roster_cmd", metavar="ACTION",
                                                                       required=True)
    sp = rp.add_parser("benchmark", help=_('solve a Curtois & Qu instance and check it independently'))
    sp.add_argument("file")
    sp.add_argument("--time-limit", type=float, default=60.0, metavar="S", help=_('seconds (default 60)'))
    sp.add_argument("--json", action="store_true", help=_('print JSON'))
    sp.set_defaults(handler=cmd_benchmark, login="none")  # reads only the given file
    try:
        from core.scheduling import cli_service
    except ImportError:  # pragma: no cover - during development
        return
    cli_service.register(sub, rp, _get_or_add)
