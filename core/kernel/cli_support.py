"""What every area's sub-commands share: who is acting, the common options, dates and output.

``core/cli.py`` builds the command line and logs the user in; each area adds its sub-commands in
``core/<area>/cli.py`` with these helpers, so an area's commands never import the command line
that hosts them (``core.cli`` sits above every area: see ``core/areas.py``).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from contextvars import ContextVar
from datetime import date
from typing import Any

from core.kernel.i18n import N_, _
from core.kernel.actor import Actor
from core.kernel.errors import DeskmateError, PermissionDenied
from core.kernel.types import to_jsonable


class UsageError(DeskmateError):
    """Wrong usage detected after parsing (exit 2)."""


def print_json(rows: Any) -> None:
    json.dump(to_jsonable(rows), sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def print_table(rows: Sequence[Sequence[Any]], headers: Sequence[str]) -> None:
    text_rows = [[("" if v is None else str(v)).replace("\n", " ") for v in r] for r in rows]
    widths = [max([len(h)] + [len(r[i]) for r in text_rows]) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip())
    for r in text_rows:
        print("  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip())


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-11-25") from None


#: Who the running command acts as, established by ``core.cli.log_in`` before the handler runs.
ACTING: ContextVar[Actor | None] = ContextVar("deskmate_cli_acting", default=None)
NOT_LOGGED_IN = N_("log in first with 'deskmate login USER' (or add --as USER --password-stdin)")


def actor_for(app: Any, username: str | None = None) -> Actor:
    """The user the command acts as: proved by ``core.cli.log_in`` (a live login session, the password
    on stdin, or the owner of a single-user shop) before the handler was called."""
    acting = ACTING.get()
    if acting is None:
        raise PermissionDenied(_(NOT_LOGGED_IN))
    if username and username.strip() != acting.username:
        raise PermissionDenied(_("this command runs as {user}, not {username}").format(
                                   user=acting.username, username=username))
    return acting


def add_as(p: argparse.ArgumentParser) -> None:
    """``--as USER`` and ``--password-stdin``: who acts, and their password when not logged in.
    Every command that reads or changes shop data gets these (see ``build_parser``)."""
    if "--as" not in p._option_string_actions:  # noqa: SLF001 - argparse has no public "has option"
        p.add_argument("--as", dest="as_user", metavar="USER",
                       help=_("act as this user: needs a live 'deskmate login' session for them, or "
                            "--password-stdin (default: the one user logged in here)"))
    if "--password-stdin" not in p._option_string_actions:  # noqa: SLF001
        p.add_argument("--password-stdin", action="store_true",
                       help=_("read the --as user's password from the first line of stdin"))


def add_force(p: argparse.ArgumentParser) -> None:
    """``--force``: replace an existing output file (never the database, a backup or another
    file in the data folder: those are refused whatever the flags)."""
    p.add_argument("--force", action="store_true",
                   help=_("replace the output file if it exists (never the database or a backup)"))
