"""The shared ``deskmate import KIND FILE`` command: each area adds its kinds to one parser.

    from core.io.import_cli import add_import_kind
    add_import_kind(sub, "sales", "sales history", handler)   # in core/<area>/cli.py register()

Every kind gets the same options — ``--map FIELD=COLUMN`` (repeatable), ``--dry-run``,
``--skip-invalid``, ``--json``, ``--as USER`` — so importing reads the same in every area.
Handlers receive ``args.file``, ``args.map`` (a dict), ``args.dry_run``, ``args.skip_invalid``.
"""
from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from core.kernel.i18n import _
from core.io.tabular import ImportReport, parse_map_args


def _import_subparsers(sub: Any) -> Any:
    parser = sub.choices.get("import")
    if parser is None:
        parser = sub.add_parser("import", help=_("import CSV or XLSX files (products, sales, ...)"),
                                description=_("Import a CSV or XLSX file. Columns are found by their "
                                            "headers; override with --map FIELD=COLUMN. With any "
                                            "invalid row nothing is written unless --skip-invalid."))
        parser.add_subparsers(dest="import_kind", metavar="KIND", required=True)
    for action in parser._actions:  # noqa: SLF001 - argparse keeps sub-parsers here
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            return action
    raise RuntimeError("the import parser has no sub-commands")


def add_import_kind(sub: Any, kind: str, help_text: str,
                    handler: Callable[[argparse.Namespace, Any], int],
                    fields_help: str = "") -> argparse.ArgumentParser:
    from core.kernel.cli_support import add_as

    sp = _import_subparsers(sub).add_parser(kind, help=help_text, description=fields_help or help_text)
    sp.add_argument("file", help=_("CSV or XLSX file"))
    sp.add_argument("--map", action="append", metavar="FIELD=COLUMN", default=[],
                    help=_("which column holds a field (header text or 1-based number); repeatable"))
    sp.add_argument("--dry-run", action="store_true", help=_("check and preview; write nothing"))
    sp.add_argument("--skip-invalid", action="store_true",
                    help=_("import the valid rows and report every skipped one"))
    sp.add_argument("--json", action="store_true", help=_("print the report as JSON"))
    add_as(sp)

    def wrapped(args: argparse.Namespace, app: Any) -> int:
        args.map = parse_map_args(args.map)
        return handler(args, app)

    sp.set_defaults(handler=wrapped)
    return sp


def print_report(report: ImportReport, as_json: bool) -> None:
    from core.kernel.cli_support import print_json

    if as_json:
        print_json(report.as_dict())
        return
    print(report.summary())
    if report.mapping:
        print("columns: " + ", ".join(f"{f} <- '{c}'" for f, c in report.mapping.items()))
    for line in report.fidelity_text():
        print(f"  {line}")
    for p in report.problems[:200]:
        print(f"  skipped: {p}" if not report.dry_run else f"  problem: {p}")
    if len(report.problems) > 200:
        print(f"  ... and {len(report.problems) - 200} more")


def print_problems(exc: Any, as_json: bool = False) -> None:
    """List a ValidationError's problems (file, row, column, reason) on stdout, like a dry run
    does; stderr keeps exactly the one-line error (which names the first problem). With
    ``--json`` the problems are in the JSON already."""
    problems = getattr(exc, "problems", [])
    if as_json or len(problems) < 2:
        return
    for p in problems[:200]:
        print(f"  problem: {p}")
    if len(problems) > 200:
        print(f"  ... and {len(problems) - 200} more")
