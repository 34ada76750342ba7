"""The headless command line. Imports no Qt: it runs on a server, in cron, over SSH.

Each area adds its sub-commands from ``core/<area>/cli.py`` (a ``register(subparsers)`` function);
a handler takes ``(args, app)`` and returns an exit code. Exit codes: 0 success, 1 a user error
(one line on stderr), 2 wrong usage (argparse).
"""
from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from core.kernel.actor import Actor
from core.kernel.errors import DeskmateError, StorageError
from core.kernel.types import to_jsonable

Handler = Callable[[argparse.Namespace, Any], int]


class UsageError(DeskmateError):
    """Wrong usage detected after parsing (exit 2)."""


def print_json(rows: Any) -> None:
    json.dump(to_jsonable(rows), sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def print_table(rows: Sequence[Sequence[Any]], headers: Sequence[str]) -> None:
    text_rows = [[("" if v is None else str(v)) for v in r] for r in rows]
    widths = [max([len(h)] + [len(r[i]) for r in text_rows]) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths)))
    for r in text_rows:
        print("  ".join(v.ljust(w) for v, w in zip(r, widths)))


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-11-25") from None


def actor_for(app: Any, username: str | None) -> Actor:
    """The user a command acts as: ``--as NAME``, or the owner of a single-user shop."""
    if username:
        return app.users.by_name(username).actor
    single = app.users.single_user_actor()
    if single is not None:
        return single
    owners = [u for u in app.users.list() if u.role == "owner" and u.active]
    if len(app.users.list()) == 1 and owners:
        return owners[0].actor
    raise UsageError("say who is acting with --as USER")


def add_as(p: argparse.ArgumentParser) -> None:
    p.add_argument("--as", dest="as_user", metavar="USER",
                   help="act as this user (default: the owner in a single-user shop)")


def read_password(args: argparse.Namespace, prompt: str = "Password: ") -> str:
    if getattr(args, "password_stdin", False):
        pw = sys.stdin.readline().rstrip("\n")
    else:
        if not sys.stdin.isatty():
            raise UsageError("no terminal to ask for a password: use --password-stdin")
        pw = getpass.getpass(prompt)
        if getpass.getpass("Again: ") != pw:
            raise DeskmateError("the two passwords differ")
    return pw


# ----------------------------------------------------------------------------- kernel commands

def cmd_init(args: argparse.Namespace, app: Any) -> int:
    if args.demo:
        from core.demo import build_demo
        summary = build_demo(app, seed=args.seed)
        print(f"Demo shop created in {app.paths.root}: {summary}")
        return 0
    if not app.users.has_users():
        name = args.owner or "owner"
        pw = read_password(args, f"Password for the owner '{name}': ")
        app.users.create_first_owner(name, pw)
        print(f"Deskmate is set up in {app.paths.root}; owner '{name}' created")
    else:
        print(f"Deskmate is set up in {app.paths.root}")
    return 0


def cmd_user_add(args: argparse.Namespace, app: Any) -> int:
    pw = read_password(args, f"Password for {args.name}: ")
    if not app.users.has_users():
        if args.role != "owner":
            raise DeskmateError("the first user must be the owner: use --role owner")
        u = app.users.create_first_owner(args.name, pw)
    else:
        u = app.users.add(actor_for(app, args.as_user), args.name, args.role, pw)
    print(f"user {u.username} added as {u.role}")
    return 0


def cmd_user_list(args: argparse.Namespace, app: Any) -> int:
    users = app.users.list()
    if args.json:
        print_json([{"id": u.id, "username": u.username, "display_name": u.display_name,
                     "role": u.role, "active": u.active, "created_at": u.created_at} for u in users])
    else:
        print_table([(u.id, u.username, u.role, "yes" if u.active else "no") for u in users],
                    ("id", "user", "role", "active"))
    return 0


def cmd_audit_list(args: argparse.Namespace, app: Any) -> int:
    from core.kernel.audit import AuditFilter
    f = AuditFilter(username=args.user, area=args.area, date_from=args.date_from,
                    date_to=args.date_to, text=args.text)
    rows = app.audit.list(actor_for(app, args.as_user), f, limit=args.limit)
    if args.json:
        print_json([r.__dict__ for r in rows])
    else:
        print_table([(r.id, r.at.strftime("%Y-%m-%d %H:%M:%S"), r.username, r.area, r.action,
                      f"{r.entity} {r.entity_id or ''}".strip(), r.summary) for r in rows],
                    ("id", "when (UTC)", "user", "area", "action", "record", "summary"))
    return 0


def cmd_audit_export(args: argparse.Namespace, app: Any) -> int:
    from core.kernel.audit import AuditFilter
    f = AuditFilter(username=args.user, area=args.area, date_from=args.date_from,
                    date_to=args.date_to, text=args.text)
    n = app.audit.export_xlsx(actor_for(app, args.as_user), f, Path(args.output))
    print(f"{n} audit entries written to {args.output}")
    return 0


def cmd_backup(args: argparse.Namespace, app: Any) -> int:
    from core.backup import backup_now
    path = backup_now(app, Path(args.file) if args.file else None)
    print(f"backup written to {path}")
    return 0


def cmd_restore(args: argparse.Namespace, app: Any) -> int:
    raise AssertionError("restore runs before the store is opened")  # handled in main()


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, Any]]:
    p = argparse.ArgumentParser(
        prog="deskmate",
        description="Deskmate: scheduling, inventory, invoicing and a review inbox for small shops. "
                    "Without a command it opens the desktop app.")
    p.add_argument("--data-dir", help="folder holding the database and backups "
                                      "(default: $DESKMATE_DATA_DIR or the platform's data folder)")
    p.add_argument("--db-url", help="an SQLAlchemy database URL instead of the file in the data folder")
    p.add_argument("--demo", action="store_true",
                   help="open the desktop app on a throw-away demo shop (kept if --data-dir is given)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    sp = sub.add_parser("init", help="set up the data folder (and the owner), or build the demo shop")
    sp.add_argument("--demo", action="store_true", help="fill it with the deterministic demo shop")
    sp.add_argument("--seed", type=int, default=7, help="demo generator seed (default 7)")
    sp.add_argument("--owner", help="user name of the owner to create (default: owner)")
    sp.add_argument("--password-stdin", action="store_true", help="read the owner's password from stdin")
    sp.set_defaults(handler=cmd_init)

    up = sub.add_parser("user", help="user accounts").add_subparsers(dest="user_cmd", metavar="ACTION", required=True)
    sp = up.add_parser("add", help="add a user (the password is asked for, or read with --password-stdin)")
    sp.add_argument("name")
    sp.add_argument("--role", required=True, choices=["owner", "staff", "bookkeeper"])
    sp.add_argument("--password-stdin", action="store_true")
    add_as(sp)
    sp.set_defaults(handler=cmd_user_add)
    sp = up.add_parser("list", help="list users")
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(handler=cmd_user_list)

    ap = sub.add_parser("audit", help="the audit log").add_subparsers(dest="audit_cmd", metavar="ACTION", required=True)
    for name, handler, hlp in (("list", cmd_audit_list, "list audit entries, newest first"),
                               ("export", cmd_audit_export, "export audit entries to XLSX")):
        sp = ap.add_parser(name, help=hlp)
        sp.add_argument("--user")
        sp.add_argument("--area")
        sp.add_argument("--from", dest="date_from", type=parse_date)
        sp.add_argument("--to", dest="date_to", type=parse_date)
        sp.add_argument("--text")
        add_as(sp)
        if name == "list":
            sp.add_argument("--limit", type=int, default=200)
            sp.add_argument("--json", action="store_true")
        else:
            sp.add_argument("-o", "--output", required=True)
        sp.set_defaults(handler=handler)

    sp = sub.add_parser("backup", help="write a consistent backup (safe while the app is running)")
    sp.add_argument("file", nargs="?", help="where to write it (default: the backups folder)")
    sp.set_defaults(handler=cmd_backup)
    sp = sub.add_parser("restore", help="replace the database by a backup (the replaced file is kept)")
    sp.add_argument("file")
    sp.set_defaults(handler=cmd_restore)

    from core.areas import area_modules
    for mod in area_modules("cli"):
        mod.register(sub)
    return p, {}


def run(argv: Sequence[str] | None = None, clock: Any = None) -> int:
    parser, _ = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if not args.command:
        parser.print_help()
        return 0
    try:
        if args.command == "restore":
            return _restore(args)
        from core.app import Deskmate
        app = Deskmate.open(args.data_dir, args.db_url, clock=clock)
        try:
            return int(args.handler(args, app) or 0)
        finally:
            app.close()
    except UsageError as exc:
        print(f"deskmate: {exc}", file=sys.stderr)
        return 2
    except DeskmateError as exc:
        print(f"deskmate: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("deskmate: interrupted", file=sys.stderr)
        return 130


def _restore(args: argparse.Namespace) -> int:
    from core.kernel.paths import resolve_data_dir
    from core.kernel.storage import restore_sqlite, sqlite_path
    paths = resolve_data_dir(args.data_dir)
    target = sqlite_path(args.db_url) if args.db_url else paths.database
    if target is None:
        raise StorageError("restore works on SQLite files; use your database server's tools")
    kept = restore_sqlite(Path(args.file), target)
    print(f"restored {args.file} to {target}" + (f"; the replaced database was kept as {kept}" if kept else ""))
    return 0


def main() -> None:
    sys.exit(run())


if __name__ == "__main__":
    main()
