"""The ``deskmate`` console script.

With a sub-command it runs the headless CLI and never imports Qt; without one it opens the desktop
app. Kept free of Qt imports at module level for that reason.
"""
from __future__ import annotations

import sys
import time
from collections.abc import Sequence

STARTED = time.perf_counter()   # start-up probe fallback where /proc is not available


def _wants_gui(argv: Sequence[str]) -> bool:
    if any(a in ("-h", "--help") for a in argv):
        return False
    import contextlib
    import io

    from core.cli import build_parser
    parser, _ = build_parser()
    try:
        # Quietly: if this is a bad command line, the CLI parses it again and reports it once.
        with contextlib.redirect_stderr(io.StringIO()):
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
