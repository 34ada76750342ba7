"""The ``deskmate`` console script.

With a sub-command it runs the headless CLI and never imports Qt; without one it opens the desktop
app. Kept free of Qt imports at module level for that reason.
"""
from __future__ import annotations

import sys
from collections.abc import Sequence


def _wants_gui(argv: Sequence[str]) -> bool:
    if any(a in ("-h", "--help") for a in argv):
        return False
    from core.cli import build_parser
    parser, _ = build_parser()
    try:
        args, _rest = parser.parse_known_args(list(argv))
    except SystemExit:
        return False
    return args.command is None


def main(argv: Sequence[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    if _wants_gui(argv):
        from desktop.app import run_gui
        sys.exit(run_gui(argv))
    from core.cli import run
    sys.exit(run(argv))


if __name__ == "__main__":
    main()
