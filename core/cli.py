"""The headless command line. Imports no Qt: it runs on a server, in cron, over SSH.

Each area adds its sub-commands from ``core/<area>/cli.py`` (a ``register(subparsers)`` function);
a handler takes ``(args, app)`` and returns an exit code. Exit codes: 0 success, 1 a user error
(one line on stderr), 2 wrong usage (argparse, or :class:`UsageError`).
"""
from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from core.kernel.actor import Actor
from core.kernel.cli_support import (ACTING, NOT_LOGGED_IN, UsageError, actor_for, add_as, add_force, parse_date,
                                     print_json, print_table)
from core.kernel.errors import DeskmateError, PermissionDenied
from core.kernel.i18n import N_, _, ngettext
from core.kernel.types import to_jsonable

Handler = Callable[[argparse.Namespace, Any], int]
ROLES = ("owner", "staff", "bookkeeper")


def _stdin_line(what: str) -> str:
    line = sys.stdin.readline()
    if not line:
        raise DeskmateError(_("--password-stdin: no {what} was read from standard input").format(what=what))
    return line.rstrip("\r\n")


def log_in(args: argparse.Namespace, app: Any) -> Actor:
    """Prove who is acting, from the user's own credentials only.

    * ``--as USER --password-stdin``: USER's password is the first line of stdin (for commands
      whose ``--password-stdin`` also carries a new password, only when USER is not logged in;
      the new password is then the next line).
    * ``--as USER``: USER's live login session here (``deskmate login``); at a terminal, else the
      password is asked for.
    * neither: the one user logged in here, or the owner of a single-user shop.
    A wrong password counts towards the lock like any failed login and is audited.
    """
    if not app.users.has_users():
        raise DeskmateError(_("there are no users yet: run 'deskmate init' first"))
    as_user = (getattr(args, "as_user", None) or "").strip() or None
    pw_stdin = bool(getattr(args, "password_stdin", False))
    stdin_is_new_password = bool(getattr(args, "new_password_stdin", False))
    single = app.users.single_user_actor()
    if single is not None and as_user in (None, single.username) and not (pw_stdin and not stdin_is_new_password):
        return single
    if as_user is None:
        if pw_stdin and not stdin_is_new_password:
            raise UsageError(_("--password-stdin needs --as USER: whose password is it?"))
        sessions = app.users.sessions
        live = [a for a in (sessions.resume(n) for n in sessions.logged_in()) if a is not None]
        if len(live) == 1:
            return live[0]
        if not live:
            raise PermissionDenied(_("nobody is logged in here: {hint}").format(hint=_(NOT_LOGGED_IN)))
        raise UsageError(_("{names} are logged in here: say who is acting with --as USER").format(
                             names=', '.join(a.username for a in live)))
    if pw_stdin and not stdin_is_new_password:
        password = _stdin_line(f"password for {as_user}")
    else:
        live_actor = app.users.sessions.resume(as_user)
        if live_actor is not None:
            return live_actor
        if pw_stdin:
            password = _stdin_line(f"password for {as_user}")
        elif sys.stdin.isatty():
            password = getpass.getpass(_("Password for {user}: ").format(user=as_user))
        else:
            raise PermissionDenied(_("{as_user} is not logged in here: run 'deskmate login {as_user}' first, or pass the "
                                     "password with --password-stdin").format(
                                       as_user=as_user))
    return app.users.authenticate(as_user, password, origin="command line").actor


def read_password(args: argparse.Namespace, prompt: str = "Password: ") -> str:
    """From the first line of stdin with ``--password-stdin``, else asked twice on the terminal."""
    if getattr(args, "password_stdin", False):
        line = sys.stdin.readline()
        if not line:
            raise DeskmateError(_("--password-stdin: nothing was read from standard input"))
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise UsageError(_("no terminal to ask for a password: use --password-stdin"))
    pw = getpass.getpass(prompt)
    if getpass.getpass(_("Again: ")) != pw:
        raise DeskmateError(_("the two passwords differ; nothing was changed"))
    return pw


def one_line(message: object) -> str:
    """Error messages go to stderr on exactly one line."""
    return " ".join(str(message).split()) or "error"


# ----------------------------------------------------------------------------- kernel commands

def cmd_init(args: argparse.Namespace, app: Any) -> int:
    if args.demo:
        from core.demo import build_demo
        summary = build_demo(app, seed=args.seed)
        print(_("Demo shop created in {root}: {summary}").format(root=app.paths.root, summary=summary))
        return 0
    if not app.users.has_users():
        name = args.owner or "owner"
        pw = read_password(args, _("Password for the owner '{name}': ").format(name=name))
        owner = app.users.create_first_owner(name, pw)
        _token, until = app.users.sessions.open(owner.actor)
        print(_("Deskmate is set up in {root}; owner '{name}' created and logged in here (until "
                "{until:%Y-%m-%d %H:%M} UTC at the latest; 'deskmate logout' ends it)").format(
                  root=app.paths.root, name=name, until=until))
    else:
        print(_("Deskmate is set up in {root} (it already has users)").format(root=app.paths.root))
    return 0


def cmd_user_add(args: argparse.Namespace, app: Any) -> int:
    if not app.users.has_users():
        if args.role != "owner":
            raise DeskmateError(_("the first user must be the owner: use --role owner"))
        pw = read_password(args, _("Password for {user}: ").format(user=args.name))
        u = app.users.create_first_owner(args.name, pw, args.display_name or "")
    else:
        actor = actor_for(app, args.as_user)
        pw = read_password(args, _("Password for {user}: ").format(user=args.name))
        u = app.users.add(actor, args.name, args.role, pw, args.display_name or "")
    print(_("user {user} added as {role}").format(user=u.username, role=u.role))
    return 0


def cmd_user_set(args: argparse.Namespace, app: Any) -> int:
    actor = actor_for(app, args.as_user)
    target = app.users.by_name(args.name)
    u = app.users.update(actor, target.id, role=args.role, active=args.active,
                         display_name=args.display_name)
    print((_("user {user}: {role}, active") if u.active else _("user {user}: {role}, deactivated")).format(
        user=u.username, role=u.role))
    return 0


def cmd_user_password(args: argparse.Namespace, app: Any) -> int:
    actor = actor_for(app, args.as_user)
    target = app.users.by_name(args.name)
    pw = read_password(args, _("New password for {user}: ").format(user=args.name))
    app.users.set_password(actor, target.id, pw)
    print(_("password of {user} changed").format(user=target.username))
    return 0


def cmd_login(args: argparse.Namespace, app: Any) -> int:
    if not app.users.has_users():
        raise DeskmateError(_("there are no users yet: run 'deskmate init' first"))
    if args.password_stdin:
        password = _stdin_line("password")
    elif sys.stdin.isatty():
        password = getpass.getpass(_("Password for {user}: ").format(user=args.name))
    else:
        raise UsageError(_("no terminal to ask for the password: use --password-stdin"))
    info = app.users.authenticate(args.name, password, origin="command line", record_success=True)
    _token, until = app.users.sessions.open(info.actor)
    text = (_("logged in as {user} ({role}) in the demo shop until {until:%Y-%m-%d %H:%M} UTC at the latest "
              "(8 hours without a command end it sooner); 'deskmate logout' ends it now") if app.is_demo() else
            _("logged in as {user} ({role}) until {until:%Y-%m-%d %H:%M} UTC at the latest "
              "(8 hours without a command end it sooner); 'deskmate logout' ends it now"))
    print(text.format(user=info.username, role=info.role, until=until))
    return 0


def cmd_logout(args: argparse.Namespace, app: Any) -> int:
    sessions = app.users.sessions
    names = [args.name] if args.name else sessions.logged_in()
    ended = [n for n in names if sessions.close(n)]
    if ended:
        print(_("logged out: {names}").format(names=', '.join(ended)))
    elif args.name:
        print(_("{name} was not logged in here").format(name=args.name))
    else:
        print(_("nobody was logged in here"))
    return 0


def cmd_user_unlock(args: argparse.Namespace, app: Any) -> int:
    actor = actor_for(app, args.as_user)
    target = app.users.by_name(args.name)
    app.users.unlock(actor, target.id)
    print(_("{user} may log in again").format(user=target.username))
    return 0


def cmd_user_list(args: argparse.Namespace, app: Any) -> int:
    users = app.users.list()
    now = app.clock.now()
    if args.json:
        print_json([{"id": u.id, "username": u.username, "display_name": u.display_name,
                     "role": u.role, "active": u.active, "created_at": u.created_at,
                     "failed_logins": u.failed_logins,
                     "locked_until": u.locked_until if u.locked_at(now) else None,
                     "next_try_at": u.next_try_at(now), "status": u.status(now)} for u in users])
    else:
        print_table([(u.id, u.username, u.display_name, u.role, u.status(now)) for u in users],
                    ("id", "user", "name", "role", "status"))
    return 0


def _audit_filter(args: argparse.Namespace) -> Any:
    from core.kernel.audit import AuditFilter
    return AuditFilter(username=args.user, area=args.area, date_from=args.date_from,
                       date_to=args.date_to, text=args.text)


def cmd_audit_list(args: argparse.Namespace, app: Any) -> int:
    rows = app.audit.list(actor_for(app, args.as_user), _audit_filter(args), limit=args.limit)
    if args.json:
        print_json([asdict(r) for r in rows])
    else:
        fm = app.formats()
        print_table([(r.id, fm.datetime(r.at), r.username, r.area, r.action,
                      f"{r.entity} {r.entity_id or ''}".strip(), r.summary) for r in rows],
                    ("id", "when", "user", "area", "action", "record", "summary"))
    return 0


def cmd_audit_export(args: argparse.Namespace, app: Any) -> int:
    actor = actor_for(app, args.as_user)
    out = args.output or args.file
    if not out:
        out = app.paths.exports / f"audit-{app.clock.now().strftime('%Y%m%d-%H%M%S')}.xlsx"
    n = app.audit.export_xlsx(actor, _audit_filter(args), Path(out), force=args.force)
    print(ngettext("{n} audit entry written to {out}", "{n} audit entries written to {out}", n).format(n=n, out=out))
    return 0


def cmd_settings_list(args: argparse.Namespace, app: Any) -> int:
    from core.kernel.settings import REGISTRY
    actor_for(app, args.as_user)  # shop data: only for someone who is logged in
    values = app.settings.all()  # loads every area's settings first; secrets as "set" / "not set"
    rows = [(k, REGISTRY[k].label, v) for k, v in values.items()]
    with app.db.read() as s:        # the versions the shop keeps per language, after each setting
        from core.kernel.settings import SettingsService, language_name, split_language
        for k, v in SettingsService.language_versions(s).items():
            base, lang = split_language(k)
            if base in values:
                rows.append((k, _("{label} ({language})").format(label=REGISTRY[base].label,
                                                                 language=language_name(lang or "")), v))
    rows.sort(key=lambda r: list(values).index(split_language(r[0])[0]))
    if args.json:
        print_json([{"key": k, "label": label, "value": v} for k, label, v in rows])
    else:
        print_table([(k, label, json.dumps(to_jsonable(v), ensure_ascii=False) if not isinstance(v, str) else v)
                     for k, label, v in rows], (_("key"), _("setting"), _("value")))
    return 0


def _secret_value(args: argparse.Namespace, spec: Any) -> str:
    """A secret is read from stdin or asked for, never taken from the command line (where the shell
    history and the process list would show it)."""
    if args.value is not None:
        raise UsageError(_("'{label}' is a secret: leave the value out to be asked for it, or pipe it with "
                           "--stdin (on the command line it would show in the shell history)").format(
                             label=spec.label))
    if args.stdin:
        line = sys.stdin.readline()
        if not line:
            raise DeskmateError(_("--stdin: nothing was read from standard input"))
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise UsageError(_("no terminal to ask for the value: use --stdin"))
    return getpass.getpass(_("{label} (empty to remove): ").format(label=_(spec.label)))


def cmd_settings_set(args: argparse.Namespace, app: Any) -> int:
    from core.kernel.settings import language_key, spec_for
    try:
        spec = spec_for(args.key)
    except DeskmateError:
        raise DeskmateError(_("unknown setting '{key}': see 'deskmate settings list'").format(key=args.key)) from None
    if args.language:
        spec_for(language_key(args.key, args.language))      # says which settings have language versions
        args.key = language_key(args.key, args.language)
    value: Any = args.value
    if spec.secret:
        value = _secret_value(args, spec)
    elif args.stdin:
        if value is not None:
            raise UsageError(_("give the value on the command line or with --stdin, not both"))
        value = sys.stdin.read().rstrip("\r\n")
    elif value is None:
        raise UsageError(_("say what to set '{key}' to (or use --stdin)").format(key=args.key))
    if spec.kind == "json":
        try:
            value = json.loads(value)
        except json.JSONDecodeError:
            pass  # parsers accept a plain-text form too (e.g. "standard=20, zero=0")
    app.settings.update(actor_for(app, args.as_user), {args.key: value})
    if args.language:
        from core.kernel.settings import language_name
        label = _("{label} ({language})").format(label=spec.label, language=language_name(args.language))
        print((_("{label} removed") if value in (None, "", []) else _("{label} set")).format(label=label))
    else:
        print((_("{label} changed") if spec.secret else _("{label} set")).format(label=spec.label))
    return 0


def cmd_backup(args: argparse.Namespace, app: Any) -> int:
    from core.io.backup import backup_now
    path = backup_now(app, Path(args.file) if args.file else None, force=args.force)
    print(_("backup written to {path}").format(path=path))
    return 0


#: How each line of ``deskmate check`` reads (the keys stay as they are in --json).
CHECK_LABELS = {
    "database": N_("database"), "deskmate_version": N_("deskmate version"), "schema": N_("schema"),
    "schema_up_to_date": N_("schema up to date"), "audit_entries": N_("audit entries"),
    "size_bytes": N_("size bytes"), "integrity": N_("integrity"), "broken_references": N_("broken references"),
    "audit_log_protected": N_("audit log protected"), "journal_mode": N_("journal mode"),
    "server_version": N_("server version"), "number_columns": N_("number columns"),
    "audit_chain": N_("audit chain"), "audit_matches_backup": N_("audit matches backup"), "backups": N_("backups"),
    "newest_backup": N_("newest backup"), "newest_backup_at": N_("newest backup at"),
    "newest_backup_by": N_("newest backup by"), "removed_temp_files": N_("removed temp files"),
}


def cmd_check(args: argparse.Namespace, app: Any) -> int:
    from core.io.outputs import Site, describe, sweep
    from core.kernel.storage import health
    report = health(app.db, app.paths.backups, against=Path(args.against) if args.against else None)
    # Leftovers of killed exports/backups: removed at start-up (app.startup_cleanup) or now.
    removed = list(app.startup_cleanup) + sweep(Site.of(app))
    report["removed_temp_files"] = ([{"path": str(r.path), "bytes": r.size} for r in removed] if args.json
                                    else describe(removed))
    if args.json:
        print_json(report)
    else:
        lines = [(_(CHECK_LABELS.get(key, key.replace("_", " "))), value) for key, value in report.items()
                 if key != "problems"]
        width = max([20, *(len(label) for label, _value in lines)])
        for label, value in lines:
            print(f"{label:<{width}} {value}")
    if report["problems"]:
        raise DeskmateError(_("problems found: {problems}").format(problems="; ".join(report["problems"])))
    if not args.json:
        print(_("everything is in order"))
    return 0


def cmd_move(args: argparse.Namespace, app: Any) -> int:
    from core.move import move_shop
    last = [-1]

    def progress(done: int, total: int, what: str) -> None:
        percent = 100 * done // total if total else 100
        if args.progress and percent != last[0]:
            last[0] = percent
            print(f"{percent:3d}%  {what}", file=sys.stderr)

    from core.kernel.progress import Tracker
    report = move_shop(app, args.to, progress=Tracker(progress))
    if args.json:
        print_json(asdict(report))
        return 0
    for t in report.tables:
        sums = ", ".join(f"{name} {value}" for name, value in t.sums)
        line = ngettext("{table} {n} row", "{table} {n} rows", t.rows).format(table=f"{t.table:<26}", n=f"{t.rows:>8}")
        print("  " + line + ("   " + _("sums: {sums}").format(sums=sums) if sums else ""))
    print(report.summary())
    print((_("open the moved shop with: deskmate --db-url '{target}' (with the password)") if "***" in report.target
           else _("open the moved shop with: deskmate --db-url '{target}'")).format(target=report.target))
    return 0


def cmd_restore(args: argparse.Namespace, app: Any) -> int:  # pragma: no cover - see _restore
    raise AssertionError("restore runs before the store is opened")


# ------------------------------------------------------------------------------------ parser

def _subparser_actions(p: argparse.ArgumentParser) -> list[argparse._SubParsersAction]:
    return [a for a in p._actions if isinstance(a, argparse._SubParsersAction)]  # noqa: SLF001 - argparse has no public walk


def _walk(p: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], str, argparse.ArgumentParser]]:
    """Every leaf command as (words, help, parser)."""
    for action in _subparser_actions(p):
        helps = {c.dest: c.help or "" for c in action._choices_actions}  # noqa: SLF001 - argparse has no public walk
        for name, child in action.choices.items():
            if _subparser_actions(child):
                yield from _walk(child, path + (name,))
            else:
                yield path + (name,), helps.get(name, ""), child


def _add_common(p: argparse.ArgumentParser, top: bool) -> None:
    """--data-dir/--db-url accepted before or after the command (``deskmate user list --data-dir X``)."""
    kw: dict[str, Any] = {} if top else {"default": argparse.SUPPRESS}
    p.add_argument("--data-dir", help=_("folder holding the database and backups "
                                      "(default: $DESKMATE_DATA_DIR or the platform's data folder)"), **kw)
    p.add_argument("--db-url", help=_("an SQLAlchemy database URL instead of the file in the data folder"), **kw)
    p.add_argument("--lang", metavar="LANG", help=_("language of messages and documents' headings: "
                   "en, de or es (default: $LC_ALL, $LC_MESSAGES or $LANG)"), **kw)


KERNEL_COMMANDS = frozenset({"init", "login", "logout", "user", "audit", "settings", "backup", "restore",
                             "check", "move", "server"})


def _command_word(argv: Sequence[str]) -> str | None:
    """The first word that is not a global option (or its value)."""
    it = iter(argv)
    for word in it:
        if word in ("--data-dir", "--db-url", "--lang"):
            next(it, None)
        elif not word.startswith("-"):
            return word
    return None


def build_parser(include_areas: bool = True) -> tuple[argparse.ArgumentParser, dict[str, Any]]:
    """The whole command line. ``include_areas=False`` leaves out the areas' commands, which
    import their services (some load OR-Tools): kernel commands then start in a fraction."""
    p = argparse.ArgumentParser(
        prog="deskmate", formatter_class=argparse.RawDescriptionHelpFormatter,
        description=_("Deskmate: scheduling, inventory, invoicing and a review inbox for small shops. "
                    "Without a command it opens the desktop app."))
    _add_common(p, top=True)
    from core.kernel.version import app_version
    p.add_argument("--version", action="version", version=f"deskmate {app_version()}",
                   help=_("print Deskmate's version and exit"))
    p.add_argument("--demo", action="store_true",
                   help=_("open the desktop app on a throw-away demo shop (kept if --data-dir is given)"))
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    sp = sub.add_parser("init", help=_("set up the data folder (and the owner), or build the demo shop"))
    sp.add_argument("--demo", action="store_true", help=_("fill it with the deterministic demo shop"))
    sp.add_argument("--seed", type=int, default=7, help=_("demo generator seed (default 7)"))
    sp.add_argument("--owner", help=_("user name of the owner to create (default: owner)"))
    sp.add_argument("--password-stdin", action="store_true", help=_("read the owner's password from stdin"))
    sp.set_defaults(handler=cmd_init, login="none")

    sp = sub.add_parser("login", help=_("log in on this computer so later commands act as you"))
    sp.add_argument("name", metavar="USER")
    sp.add_argument("--password-stdin", action="store_true", help=_("read the password from the first line of stdin"))
    sp.set_defaults(handler=cmd_login, login="none")
    sp = sub.add_parser("logout", help=_("end your login on this computer (everyone's without USER)"))
    sp.add_argument("name", metavar="USER", nargs="?")
    sp.set_defaults(handler=cmd_logout, login="none")

    up = sub.add_parser("user", help=_("user accounts")).add_subparsers(dest="user_cmd", metavar="ACTION", required=True)
    sp = up.add_parser("add", help=_("add a user (the password is asked for, or read with --password-stdin)"))
    sp.add_argument("name")
    sp.add_argument("--role", required=True, metavar="ROLE", help=_("owner, staff or bookkeeper"))
    sp.add_argument("--display-name", help=_("full name shown in the app"))
    sp.add_argument("--password-stdin", action="store_true",
                    help=_("read the new password from stdin (after your own on the line before, "
                         "when you are not logged in)"))
    add_as(sp)
    sp.set_defaults(handler=cmd_user_add, new_password_stdin=True)
    sp = up.add_parser("list", help=_("list users"))
    sp.add_argument("--json", action="store_true", help=_("print a JSON array"))
    sp.set_defaults(handler=cmd_user_list)
    sp = up.add_parser("set", help=_("change a user's role, name, or (de)activate them (owner only)"))
    sp.add_argument("name")
    sp.add_argument("--role", metavar="ROLE", help=_("owner, staff or bookkeeper"))
    sp.add_argument("--display-name")
    g = sp.add_mutually_exclusive_group()
    g.add_argument("--deactivate", dest="active", action="store_false", default=None)
    g.add_argument("--activate", dest="active", action="store_true", default=None)
    add_as(sp)
    sp.set_defaults(handler=cmd_user_set)
    sp = up.add_parser("password", help=_("set a password (your own, or anyone's as owner)"))
    sp.add_argument("name")
    sp.add_argument("--password-stdin", action="store_true",
                    help=_("read the new password from stdin (after your own on the line before, "
                         "when you are not logged in)"))
    add_as(sp)
    sp.set_defaults(handler=cmd_user_password, new_password_stdin=True)
    sp = up.add_parser("unlock", help=_("let a user log in again after failed logins locked them (owner only)"))
    sp.add_argument("name")
    add_as(sp)
    sp.set_defaults(handler=cmd_user_unlock)

    ap = sub.add_parser("audit", help=_("the audit log")).add_subparsers(dest="audit_cmd", metavar="ACTION", required=True)
    for name, handler, hlp in (("list", cmd_audit_list, "list audit entries, newest first"),
                               ("export", cmd_audit_export, "export audit entries to XLSX")):
        sp = ap.add_parser(name, help=hlp)
        sp.add_argument("--user", help=_("only this user's entries"))
        sp.add_argument("--area", help=_("only this area (users, settings, inventory...)"))
        sp.add_argument("--from", dest="date_from", type=parse_date, metavar="DATE", help=_("from this day (shop time)"))
        sp.add_argument("--to", dest="date_to", type=parse_date, metavar="DATE", help=_("up to and including this day"))
        sp.add_argument("--text", help=_("only entries mentioning this text"))
        add_as(sp)
        if name == "list":
            sp.add_argument("--limit", type=int, default=200, help=_("at most this many (default 200)"))
            sp.add_argument("--json", action="store_true", help=_("print a JSON array"))
        else:
            sp.add_argument("file", nargs="?", help=_("the .xlsx to write (default: the exports folder)"))
            sp.add_argument("-o", "--output", help=_("same as FILE"))
            add_force(sp)
        sp.set_defaults(handler=handler)

    stp = sub.add_parser("settings", help=_("shop settings")).add_subparsers(dest="settings_cmd", metavar="ACTION",
                                                                          required=True)
    sp = stp.add_parser("list", help=_("show every setting with its current value (secrets: set / not set)"))
    sp.add_argument("--json", action="store_true", help=_("print a JSON array"))
    add_as(sp)
    sp.set_defaults(handler=cmd_settings_list)
    sp = stp.add_parser("set", help=_("change a setting (JSON for lists and opening hours)"))
    sp.add_argument("key")
    sp.add_argument("value", nargs="?", help=_("the new value (secrets are asked for, or read with --stdin)"))
    sp.add_argument("--stdin", action="store_true", help=_("read the value from standard input"))
    sp.add_argument("--language", metavar="LANG",
                    help=_("the version customers who read LANG get (reminder letters, payment details); an "
                           "empty value removes it, and they get the shop's default again"))
    add_as(sp)
    sp.set_defaults(handler=cmd_settings_set)

    sp = sub.add_parser("backup", help=_("write a consistent backup (safe while the app is running)"))
    sp.add_argument("file", nargs="?", help=_("where to write it (default: the backups folder)"))
    add_force(sp)
    sp.set_defaults(handler=cmd_backup, login="none")
    sp = sub.add_parser("check", help=_("check the database: schema, every page, references, audit log, backups"))
    sp.add_argument("--json", action="store_true", help=_("print the report as JSON"))
    sp.add_argument("--against", metavar="BACKUP",
                    help=_("also check that every audit entry of this backup (ideally one kept elsewhere) is "
                         "still in the log, unchanged"))
    sp.set_defaults(handler=cmd_check, login="none")
    sp = sub.add_parser("move", help=_("copy the shop into a new, empty database (SQLite file or PostgreSQL) "
                                     "and check the copy; this one is left unchanged"))
    sp.add_argument("--to", required=True, metavar="URL",
                    help=_("postgresql+psycopg://user:password@host/shop, sqlite:///path, or a new file's path"))
    sp.add_argument("--json", action="store_true", help=_("print the report (tables, rows, sums) as JSON"))
    sp.add_argument("--progress", action="store_true", help=_("show progress on stderr"))
    sp.set_defaults(handler=cmd_move, login="none")
    sp = sub.add_parser("server", help=_("set up a shop database on a PostgreSQL server (roles, schema, rights)"))
    server_sub = sp.add_subparsers(dest="server_cmd", metavar="SUBCOMMAND", required=True)
    si = server_sub.add_parser(
        "init", help=_("create the owner and desktop roles and the database; migrate; print each one's URL"),
        description=_("Run as a server administrator: --db-url postgresql+psycopg://ADMIN@HOST:PORT/DATABASE. "
                    "Creates (or updates) an owner role for migrations and backups and a desktop role that "
                    "may only INSERT and SELECT the audit log, creates and migrates the database, and prints "
                    "the URL to give each desktop. Safe to run again after upgrading Deskmate."))
    si.add_argument("--owner-role", default="deskmate_owner", help=_("default: deskmate_owner"))
    si.add_argument("--desktop-role", default="deskmate_desktop", help=_("default: deskmate_desktop"))
    si.add_argument("--new-passwords", action="store_true", help=_("set new passwords for roles that exist"))
    si.set_defaults(handler=None, login="none")
    sp = sub.add_parser("restore", help=_("replace the database by a backup (the replaced file is kept)"))
    sp.add_argument("file")
    sp.add_argument("--force", action="store_true",
                    help=_("restore even a backup whose audit log shows tampering (recorded as forced)"))
    sp.set_defaults(handler=cmd_restore, login="none")

    if include_areas:
        from core.areas import area_modules
        for mod in area_modules("cli"):
            mod.register(sub)
        from core.today import cli as today_cli       # across the areas, so not one of them
        today_cli.register(sub)
        from core.reports import cli as reports_cli   # reports the areas declare, read as a person
        reports_cli.register(sub)

    lines = []
    for words, hlp, child in _walk(p):
        _add_common(child, top=False)
        if child.get_default("login") != "none":   # reads or changes shop data: a login is needed
            add_as(child)
            child.set_defaults(login="required")
        lines.append(f"  deskmate {' '.join(words):<26} {hlp}")
    p.epilog = ("All commands (each has --help):\n" + "\n".join(lines) +
                "\n\nExit codes: 0 success, 1 a problem explained on one line, 2 wrong usage.")
    return p, {}


def _lang_word(argv: Sequence[str]) -> str | None:
    """``--lang X`` / ``--lang=X`` anywhere in argv: the language is set before the parser is built,
    so its help texts and errors speak it too."""
    for i, word in enumerate(argv):
        if word == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if word.startswith("--lang="):
            return word.split("=", 1)[1]
    return None


def run(argv: Sequence[str] | None = None, clock: Any = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from core.kernel.i18n import resolve_language, set_language
    # Like every command-line tool the CLI follows LANG / LC_MESSAGES; the worker, a background
    # process of the desktop, also follows the language chosen in Settings on this computer.
    set_language(resolve_language(_lang_word(argv), use_preference=_command_word(argv) == "worker"))
    help_wanted = any(a in ("-h", "--help") for a in argv)
    parser, _unused = build_parser(include_areas=help_wanted or _command_word(argv) not in KERNEL_COMMANDS)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 2
    if not args.command:
        parser.print_help()
        return 0
    try:
        if args.command == "restore":
            return _restore(args)
        if args.command == "server":
            return _server(args)
        from core.app import Deskmate
        app = Deskmate.open(args.data_dir, args.db_url, clock=clock)
        acting = ACTING.set(None)
        try:
            first_owner = args.command == "user" and args.user_cmd == "add" and not app.users.has_users()
            if getattr(args, "login", "none") == "required" and not first_owner:
                ACTING.set(log_in(args, app))
            return int(args.handler(args, app) or 0)
        finally:
            ACTING.reset(acting)
            app.close()
    except UsageError as exc:
        print(_("deskmate: {detail}").format(detail=one_line(exc)), file=sys.stderr)
        return 2
    except DeskmateError as exc:
        print(_("deskmate: {detail}").format(detail=one_line(exc)), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(_("deskmate: {detail}").format(detail=_("interrupted")), file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - environment failures a person can act on
        from sqlalchemy.exc import OperationalError
        if isinstance(exc, (OperationalError, OSError)):
            print(_("deskmate: {detail}").format(detail=one_line(getattr(exc, 'orig', None) or exc)), file=sys.stderr)
            return 1
        raise


def _restore(args: argparse.Namespace) -> int:
    from core.kernel.paths import resolve_data_dir
    from core.io.backup import restore
    from core.kernel.connection import database_url, display_url
    from core.kernel.storage import sqlite_path
    paths = resolve_data_dir(args.data_dir)
    url = database_url(paths.root, args.db_url)
    target: Path | str = paths.database if url is None else (sqlite_path(url) or url)
    kept = restore(Path(args.file), target, force=args.force)
    shown = display_url(target) if isinstance(target, str) else target
    print(_("restored {file} to {shown}; the replaced database was kept as {kept}").format(
        file=args.file, shown=shown, kept=kept) if kept else _("restored {file} to {shown}").format(file=args.file, shown=shown))
    return 0


def _server(args: argparse.Namespace) -> int:
    """``server init``: before (instead of) opening a shop — it creates the database."""
    from core.kernel.connection import DB_URL_ENV
    from core.kernel.server_roles import desktop_instructions, init_server
    url = getattr(args, "db_url", None) or os.environ.get(DB_URL_ENV)
    if not url:
        raise UsageError(_("server init needs --db-url postgresql+psycopg://ADMIN@HOST:PORT/DATABASE "
                         "(a role that may create roles and databases)"))
    setup = init_server(url, args.owner_role, args.desktop_role, new_passwords=args.new_passwords)
    print(desktop_instructions(setup))
    return 0


def main() -> None:
    sys.exit(run())


if __name__ == "__main__":
    main()
