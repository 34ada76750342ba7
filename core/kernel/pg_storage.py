"""Backups and restores of a shop on a PostgreSQL server: ``pg_dump`` and ``pg_restore``.

A backup is ``pg_dump -Fc`` (the custom format: compressed, one file, restorable table by table),
taken inside one repeatable-read snapshot, so it is consistent while desktops keep working. It is
written through the same output gate as SQLite backups and then read back with ``pg_restore
--list``: a file that is not a complete Deskmate archive is not kept.

A restore never touches the live database until the backup has passed the same checks as an SQLite
restore. The archive is restored into a new database next to the live one (``<name>_restoring``),
and that copy is checked: it is a Deskmate schema this version knows, and its audit log is intact
(triggers in place, hash chain unbroken) — a tampered one is refused unless forced, and a forced
restore is recorded as such. Only then is the live database renamed to ``<name>_replaced_<time>``
(kept, like SQLite's replaced file) and the copy renamed into its place; other desktops are
disconnected for the swap and reconnect to the restored data. The restore is appended to the
restored audit log. Renaming databases needs the owner role (``deskmate server init``), as does
creating the copy.

The password is never put on a command line (others can read those): it goes to the tools through
``PGPASSWORD`` in their environment.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

from core.kernel.i18n import _
from core.kernel.connection import with_password
from core.kernel.errors import StorageError

#: A Deskmate archive has these tables' data (the schema stamp and the users).
REQUIRED_DATA = ("alembic_version", "user_account", "audit_entry")
DUMP_SUFFIX = ".pgdump"


def tool(name: str) -> str:
    """A PostgreSQL client program: on PATH, else the newest in Debian's /usr/lib/postgresql."""
    found = shutil.which(name)
    if found:
        return found
    base = Path("/usr/lib/postgresql")
    majors = sorted(base.glob("*/bin"), key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
                    reverse=True) if base.exists() else []
    for folder in majors:
        if (folder / name).is_file():
            return str(folder / name)
    raise StorageError(_("{name} was not found: install PostgreSQL's client programs (Debian/Ubuntu: apt-get "
                         "install postgresql-client)").format(
                           name=name))


def libpq(url: str | URL) -> tuple[str, dict[str, str]]:
    """(connection string without the password, environment with PGPASSWORD) for the tools."""
    u = make_url(url) if isinstance(url, str) else url
    env = {**os.environ}
    if u.password:
        env["PGPASSWORD"] = str(u.password)
    plain = with_password(u.set(drivername="postgresql"), None)
    return plain.render_as_string(hide_password=False), env


def _run(cmd: list[str], env: dict[str, str], what: str) -> subprocess.CompletedProcess[str]:
    try:
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=3600)
    except OSError as exc:
        raise StorageError(_("{what} failed: {exc}").format(what=what, exc=exc)) from None
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()
        raise StorageError(_("{what} failed: {detail}").format(
                               what=what, detail=detail[-1] if detail else _('exit {code}').format(code=done.returncode)))
    return done


def dump(url: str, dest: Path) -> Path:
    """``pg_dump -Fc`` of the database into ``dest`` (a ``.part`` file the caller renames)."""
    conninfo, env = libpq(url)
    _run([tool("pg_dump"), "--format=custom", "--no-owner", "--file", str(dest), "--dbname", conninfo],
         env, "the backup (pg_dump)")
    check_archive(dest)
    return dest


def archive_contents(path: Path) -> list[str]:
    """``pg_restore --list`` of an archive, or StorageError when it is not one."""
    done = subprocess.run([tool("pg_restore"), "--list", str(path)], capture_output=True, text=True)
    if done.returncode != 0:
        raise StorageError(_("{path} is not a Deskmate database backup (pg_restore cannot read it as one); "
                             "nothing was changed").format(
                               path=path))
    return done.stdout.splitlines()


def check_archive(path: Path) -> None:
    """A readable custom-format archive holding a Deskmate shop's data."""
    listing = archive_contents(path)
    missing = [t for t in REQUIRED_DATA
               if not any(" TABLE DATA " in line and f" {t} " in line for line in listing)]
    if missing:
        raise StorageError(_("{path} is not a Deskmate backup (no {names} data); nothing was changed").format(
                               path=path, names=', '.join(missing)))


def archive_app_version(path: Path) -> str | None:
    """The Deskmate version stored in an archive's identity row (None for older archives): read
    from ``pg_restore --data-only`` of that one table, so nothing is restored anywhere."""
    done = subprocess.run([tool("pg_restore"), "--data-only", "--table", "database_identity", "--file", "-",
                           str(path)], capture_output=True, text=True)
    if done.returncode != 0:
        return None
    lines = done.stdout.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("COPY ") and "database_identity" in line and i + 1 < len(lines):
            columns = [c.strip().strip('"') for c in line[line.index("(") + 1:line.index(")")].split(",")]
            values = lines[i + 1].split("\t")
            if "app_version" in columns and len(values) == len(columns):
                value = values[columns.index("app_version")]
                return None if value == "\\N" else value
    return None


#: The line before a table's rows in ``pg_restore``'s SQL output: ``COPY public.audit_entry (id, ...) FROM stdin;``
_COPY_HEAD = re.compile(r'^COPY (?:"?\w+"?\.)?"?audit_entry"? \((?P<columns>.*)\) FROM stdin;$')


def audit_hashes(path: Path) -> list[tuple[int, str | None]] | None:
    """The (id, hash) of every audit entry in a ``pg_dump`` archive, in id order; None when its
    audit log predates the chain. For ``check --against BACKUP`` on a server.

    Read straight from the archive (``pg_restore --data-only --table=audit_entry`` to standard
    output, in COPY's text format): no database is created, so a desktop role that may not create
    one can still compare, and the check stays read-only."""
    check_archive(path)
    with tempfile.TemporaryFile() as errors:
        proc = subprocess.Popen([tool("pg_restore"), "--data-only", "--table=audit_entry", "--file=-", str(path)],
                                stdout=subprocess.PIPE, stderr=errors, text=True, encoding="utf-8")
        assert proc.stdout is not None
        columns: list[str] | None = None
        rows: list[list[str]] = []
        for line in proc.stdout:
            line = line.rstrip("\n")
            if columns is None:
                head = _COPY_HEAD.match(line)
                if head:
                    columns = [c.strip().strip('"') for c in head["columns"].split(",")]
                continue
            if line == "\\.":
                break
            rows.append(line.split("\t"))   # tabs and newlines inside values are escaped (\t, \n)
        proc.stdout.read()
        if proc.wait() != 0:
            errors.seek(0)
            detail = errors.read().decode("utf-8", "replace").strip().splitlines()
            raise StorageError(_("{path} cannot be read ({detail}); nothing was compared").format(
                                   path=path, detail=detail[-1] if detail else _('pg_restore failed')))
    if columns is None or "id" not in columns:
        raise StorageError(_("{path} is not a Deskmate backup (no audit log in it)").format(path=path))
    if "hash" not in columns:
        return None
    i, h = columns.index("id"), columns.index("hash")
    return sorted((int(r[i]), None if r[h] == "\\N" else r[h]) for r in rows)


def is_archive(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(5) == b"PGDMP"
    except OSError:
        return False


# ------------------------------------------------------------------------------------ restore

def _admin_url(url: URL) -> URL:
    """The same server and user, on the maintenance database (to create, rename, drop)."""
    return url.set(database="postgres")


def _autocommit_engine(url: URL) -> Any:
    from sqlalchemy import create_engine
    return create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def restore(backup_file: Path, target_url: str, who: str, user_id: int | None, now: datetime | None,
            force: bool) -> str:
    """Replace the database at ``target_url`` by ``backup_file``; returns the kept database's name."""
    from core.kernel.storage import UntrustedBackup, classify, timestamp

    backup_file = Path(backup_file)
    if not backup_file.is_file():
        raise StorageError(_("{backup_file} does not exist or is not a file; nothing was changed").format(
                               backup_file=backup_file))
    check_archive(backup_file)
    target = make_url(target_url)
    name = str(target.database)
    stamp = timestamp().replace("-", "_")
    staging = f"{name}_restoring"
    admin = _autocommit_engine(_admin_url(target))
    try:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {_quote(staging)} WITH (FORCE)"))
            conn.execute(text(f"CREATE DATABASE {_quote(staging)}"))
        try:
            conninfo, env = libpq(target.set(database=staging))
            _run([tool("pg_restore"), "--no-owner", "--exit-on-error", "--single-transaction",
                  "--dbname", conninfo, str(backup_file)], env, "the restore (pg_restore)")
            trust = _check_restored(target.set(database=staging), backup_file, force, classify, UntrustedBackup)
            _record_restore(target.set(database=staging), backup_file, who, user_id, now, trust,
                            kept=f"{name}_replaced_{stamp}")
            with admin.connect() as conn:
                conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                  "WHERE datname = :n AND pid <> pg_backend_pid()"), {"n": name})
                conn.execute(text(f"ALTER DATABASE {_quote(name)} RENAME TO {_quote(f'{name}_replaced_{stamp}')}"))
                conn.execute(text(f"ALTER DATABASE {_quote(staging)} RENAME TO {_quote(name)}"))
        except BaseException:
            with admin.connect() as conn:
                conn.execute(text(f"DROP DATABASE IF EXISTS {_quote(staging)} WITH (FORCE)"))
            raise
    except StorageError:
        raise
    except Exception as exc:  # noqa: BLE001 - a driver error a person can act on (rights, server)
        raise StorageError(_("the restore failed: {detail}; the live database was not changed").format(
                               detail=str(getattr(exc, 'orig', exc)).splitlines()[0])) from None
    finally:
        admin.dispose()
    return f"{name}_replaced_{stamp}"


def _check_restored(url: URL, backup_file: Path, force: bool, classify: Any, untrusted: Any) -> dict[str, Any]:
    """The checks an SQLite restore makes, on the restored copy: (trust note for the audit entry)."""
    from sqlalchemy import create_engine, inspect

    from core.kernel.audit_chain import missing_triggers, verify
    from core.kernel.storage import MARKER_TABLE, applied_revisions

    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            revs = frozenset(r[0] for r in conn.execute(text("SELECT version_num FROM alembic_version"))) \
                if "alembic_version" in tables else frozenset()
            if not revs or MARKER_TABLE not in tables:
                raise StorageError(_("{backup_file} is not a Deskmate database; nothing was changed").format(
                                       backup_file=backup_file))
            classify(backup_file, revs, tables)
            problems: list[str] = []
            if "kernel_0006" in applied_revisions(revs):
                missing = missing_triggers(conn)
                if missing:
                    problems.append(f"its audit log's append-only triggers are missing or altered "
                                    f"({', '.join(missing)})")
            chain = verify(conn)
            conn.rollback()
    finally:
        engine.dispose()
    bad = list(chain.unaccepted)
    if bad:
        problems.append(f"its audit chain is broken: {bad[0].message}")
    if problems and not force:
        raise untrusted(f"{backup_file} cannot be trusted: " + "; ".join(problems)
                        + ". Nothing was changed; restore it anyway only if you know why "
                        "(--force; the restore is then recorded as forced)", problems, [b.entry_id for b in bad])
    return {"forced": True, "problems": problems, "chain_breaks": [b.entry_id for b in bad]} if problems else {}


def _record_restore(url: URL, backup_file: Path, who: str, user_id: int | None,
                    now: datetime | None, trust: dict[str, Any], kept: str) -> None:
    """The restore, appended to the restored audit log (chained; triggers put back if forced)."""
    import json

    from core.kernel.audit_chain import create_triggers, entry_hash, has_chain, tail
    from core.kernel.db import make_engine

    summary = f"database restored from {backup_file}; the replaced one was kept as database {kept}"
    after: dict[str, Any] = {"restored_from": str(backup_file), "kept_as": kept}
    if trust:
        summary = "FORCED restore of a backup whose audit log shows tampering: " + summary
        after.update(trust)
    at = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).replace(tzinfo=None)
    entry: dict[str, Any] = {"at": at, "user_id": user_id, "username": who[:80], "area": "backup",
                             "action": "restore", "entity": "database", "entity_id": None, "summary": summary,
                             "before": None, "after": json.loads(json.dumps(after, sort_keys=True)),
                             "machine_drafted": False}
    engine = make_engine(url.render_as_string(hide_password=False), poolclass=NullPool)
    try:
        with engine.begin() as conn:
            cols = ["at", "user_id", "username", "area", "action", "entity", "entity_id", "summary", "before",
                    "after", "machine_drafted"]
            values = {**entry, "after": json.dumps(after, ensure_ascii=False, sort_keys=True)}
            if has_chain(conn):
                last_id, prev = tail(conn)
                values["id"] = entry["id"] = last_id + 1
                values["prev_hash"], values["hash"] = prev, entry_hash(prev, entry)
                cols += ["id", "prev_hash", "hash"]
            if trust:
                create_triggers(conn)
            conn.execute(text(f"INSERT INTO audit_entry ({', '.join(cols)}) "
                              f"VALUES ({', '.join(':' + c for c in cols)})"), values)
    finally:
        engine.dispose()
