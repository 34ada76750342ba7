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
    """True when no command is given. Decided with the global options only: building the full
    CLI parser would import every area's command module (and with them OR-Tools, which loads pandas),
    seconds of start-up the window does not need."""
    if any(a in ("-h", "--help") for a in argv):
        return False
    import argparse

    p = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    p.add_argument("--data-dir")
    p.add_argument("--db-url")
    p.add_argument("--lang")
    p.add_argument("--demo", action="store_true")
    try:
        _known, rest = p.parse_known_args(list(argv))
    except (argparse.ArgumentError, SystemExit):  # "--data-dir" without a value: the CLI says so, once
        return False
    return not rest


def main(argv: Sequence[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    if _wants_gui(argv):
        from desktop.app import run_gui
        sys.exit(run_gui(argv))
    from core.cli import run
    sys.exit(run(argv))


if __name__ == "__main__":
    main()
