"""Opening the store safely: check, back up, upgrade; or refuse with a clear message.

Nothing is changed on disk until every check has passed: a file that is not a Deskmate database, a
database written by a newer Deskmate, a corrupt file or an unwritable folder raise
:class:`StorageError` before any write. The checks read SQLite files through the ``sqlite3``
module directly, read-only (``immutable=1`` when no WAL file exists, so not even ``-wal``/``-shm``
side files appear), because opening through the app's engine would already switch the file to WAL.

Normal start-up stays cheap: the header, the file size against the page count in the header, the
schema and the stamped revisions are read; the full ``PRAGMA quick_check`` runs only where it
matters — before an upgrade, on restore, and on every backup written.
"""
from __future__ import annotations

import os
import sqlite3
import struct
import sys
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import make_url

from core.kernel.i18n import _, ngettext
from core.kernel.db import Database
from core.kernel.errors import StorageError, UpgradeNeedsOwner

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

SQLITE_HEADER = b"SQLite format 3\x00"
#: How long the checks wait for another program's lock before saying so.
READ_WAIT_SECONDS = 10.0
#: A table every Deskmate database has; with ``alembic_version`` it marks the file as ours.
MARKER_TABLE = "user_account"


def _migrations_dir() -> Path:
    """``core/migrations`` — from the source tree, or from a PyInstaller bundle (``sys._MEIPASS``),
    where Alembic's version files are shipped as data because Alembic reads them from disk."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "core" / "migrations"
    return Path(__file__).resolve().parents[1] / "migrations"


MIGRATIONS = _migrations_dir()


def alembic_config(url: str) -> "Config":
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


@lru_cache(maxsize=1)
def script_directory() -> "ScriptDirectory":
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config("sqlite:///unused"))


@lru_cache(maxsize=1)
def revision_graph() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """revision -> (down revisions, dependencies), for every migration.

    Read from the version files' literal assignments with ``ast`` rather than through Alembic:
    importing Alembic and executing every version file costs a noticeable part of start-up, and
    an up-to-date database (the usual case) only needs this graph. Anything unusual in a file
    (a computed value, a branch label as a dependency) falls back to Alembic's own reading;
    tests check that both readings agree."""
    import ast

    graph: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    try:
        for path in sorted((MIGRATIONS / "versions").glob("*.py")):
            values: dict[str, Any] = {}
            for node in ast.parse(path.read_text(encoding="utf-8")).body:
                if (isinstance(node, ast.Assign) and len(node.targets) == 1
                        and isinstance(node.targets[0], ast.Name)
                        and node.targets[0].id in ("revision", "down_revision", "depends_on")):
                    values[node.targets[0].id] = ast.literal_eval(node.value)
            if isinstance(values.get("revision"), str):
                graph[values["revision"]] = (_tuple(values.get("down_revision")), _tuple(values.get("depends_on")))
        if graph and all(r in graph for downs, deps in graph.values() for r in (*downs, *deps)):
            return graph
    except (OSError, SyntaxError, ValueError):
        pass
    return alembic_revision_graph()


def alembic_revision_graph() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """The same graph as Alembic reads it (slower: imports Alembic and every version file)."""
    sd = script_directory()
    return {rev.revision: (_tuple(rev.down_revision),
                           tuple(sd.get_revision(d).revision for d in _tuple(rev.dependencies)))
            for rev in sd.walk_revisions()}


def known_revisions() -> frozenset[str]:
    return frozenset(revision_graph())


@lru_cache(maxsize=1)
def head_revisions() -> frozenset[str]:
    """Revisions nothing else revises (being depended on does not stop a revision being a head)."""
    graph = revision_graph()
    revised = {d for downs, _deps in graph.values() for d in downs}
    return frozenset(r for r in graph if r not in revised)


def applied_revisions(stamped: frozenset[str] | set[str]) -> frozenset[str]:
    """Every revision a database stamped with ``stamped`` has applied: Alembic stores only the
    tips, and a branch's head another branch depends on (kernel_0002) is implied, not stored."""
    graph = revision_graph()
    seen: set[str] = set()
    todo = [r for r in stamped if r in graph]
    while todo:
        rev = todo.pop()
        if rev in seen:
            continue
        seen.add(rev)
        downs, deps = graph[rev]
        todo.extend((*downs, *deps))
    return frozenset(seen)


def _tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


def is_current(stamped: frozenset[str] | set[str]) -> bool:
    """Whether a database stamped with ``stamped`` is at every head (nothing left to upgrade)."""
    return bool(stamped) and head_revisions() <= applied_revisions(frozenset(stamped))


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL (None for other databases)."""
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


# ----------------------------------------------------------------------------------- checks

def _can_write(folder: Path) -> bool:
    """Whether we may create files in ``folder`` (a seam for tests: root ignores permissions)."""
    return os.access(folder, os.W_OK | os.X_OK)


def check_folder_writable(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(_("cannot create the data folder {folder}: {reason}; choose another with --data-dir").format(
                               folder=folder, reason=exc.strerror or exc)) from None
    if not _can_write(folder):
        raise StorageError(_("the data folder {folder} is not writable; choose another with --data-dir or fix its "
                             "permissions. Nothing was changed").format(
                               folder=folder))


def _ro_connect(path: Path) -> sqlite3.Connection:
    """A read-only connection that writes nothing at all next to ``path``. ``immutable`` (no
    locking, no side files) only when no other connection can be using the file: with a ``-wal``
    or rollback ``-journal`` next to it, a normal read-only connection honours their locks."""
    in_use = Path(f"{path}-wal").exists() or Path(f"{path}-journal").exists()
    flag = "mode=ro" if in_use else "immutable=1"
    uri = f"{path.resolve().as_uri()}?{flag}"
    return sqlite3.connect(uri, uri=True, timeout=READ_WAIT_SECONDS)


def _check_header(path: Path) -> None:
    with open(path, "rb") as fh:
        head = fh.read(100)
    if head[:16] != SQLITE_HEADER:
        raise StorageError(_("{path} is not a Deskmate database (not an SQLite file); nothing was changed").format(
                               path=path))
    if len(head) < 100:
        raise StorageError(_("{path} is damaged (truncated header); restore a backup. Nothing was changed").format(
                               path=path))
    page_size = struct.unpack(">H", head[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", head[24:32])
    valid_for = struct.unpack(">I", head[92:96])[0]
    # The page count in the header is only meaningful when the change counter matches
    # "version-valid-for" (SQLite's own rule); then a shorter file has lost its tail. Not while a
    # WAL file holds frames: a checkpoint interrupted half-way may have grown the header before the
    # pages, and SQLite completes it from the WAL on the next open.
    wal = Path(f"{path}-wal")
    wal_pending = wal.exists() and wal.stat().st_size > 0
    if (page_count and change_counter == valid_for and not wal_pending
            and path.stat().st_size < page_count * page_size):
        raise StorageError(_("{path} is damaged (the file is shorter than its header says: it was truncated); "
                             "restore a backup. Nothing was changed").format(
                               path=path))


def inspect_sqlite_file(path: Path, full_check: bool = False) -> tuple[frozenset[str], frozenset[str]]:
    """(stamped Alembic revisions, table names) of an SQLite file, read without writing anything.

    Raises StorageError for a file that is not SQLite or is damaged. ``full_check`` also runs
    ``PRAGMA quick_check`` over every page (linear in the file size)."""
    _check_header(path)
    try:
        conn = _ro_connect(path)
        try:
            tables = frozenset(r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'"))
            revs: frozenset[str] = frozenset()
            if "alembic_version" in tables:
                revs = frozenset(r[0] for r in conn.execute("SELECT version_num FROM alembic_version"))
            result = conn.execute("PRAGMA quick_check").fetchone() if full_check else ("ok",)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            raise StorageError(_("{path} is locked by another program; try again when it is done. Nothing was changed").format(
                                   path=path)) from None
        if "unable to open" in text:
            raise StorageError(_("{path} cannot be opened ({exc}); check its permissions. Nothing was changed").format(
                                   path=path, exc=exc)) from None
        raise StorageError(_("{path} is damaged and cannot be read ({exc}); restore a backup. Nothing was changed").format(
                               path=path, exc=exc)) from None
    if not result or result[0] != "ok":
        raise StorageError(_("{path} is damaged ({detail}); restore a backup. Nothing was changed").format(
                               path=path, detail=result[0] if result else _('unknown error')))
    return revs, tables


def sqlite_app_version(path: Path) -> str | None:
    """The Deskmate version stored in an SQLite database or backup (None for one made before
    versions were stored, or one that cannot be read)."""
    try:
        conn = _ro_connect(path)
        try:
            return conn.execute("SELECT app_version FROM database_identity LIMIT 1").fetchone()[0]
        finally:
            conn.close()
    except (sqlite3.Error, TypeError):
        return None


def _is_backup_file(path: Path) -> bool:
    """An SQLite file with an intact header, or a pg_dump archive: what a backup can be."""
    from core.kernel import pg_storage
    if pg_storage.is_archive(path):
        return True
    try:
        _check_header(path)
    except (StorageError, OSError):
        return False
    return True


def backup_version(backup_file: Path) -> str | None:
    """Which Deskmate wrote a backup (the version stored in the database it copies), or None for
    backups from before versions were stored."""
    from core.kernel import pg_storage
    backup_file = Path(backup_file)
    if pg_storage.is_archive(backup_file):
        return pg_storage.archive_app_version(backup_file)
    return sqlite_app_version(backup_file)


def classify(name: object, revs: frozenset[str] | set[str], tables: frozenset[str] | set[str]) -> None:
    """Refuse a database we must not touch: a newer schema, or somebody else's tables."""
    user_tables = {t for t in tables if not t.startswith("sqlite_")}
    unknown = set(revs) - known_revisions()
    if unknown:
        raise StorageError(_("{name} was written by a newer version of Deskmate (schema {names}); update Deskmate "
                             "to open it. Nothing was changed").format(
                               name=name, names=', '.join(sorted(unknown))))
    if user_tables and not revs:
        raise StorageError(_("{name} holds tables but is not a Deskmate database; nothing was changed").format(
                               name=name))


def current_revisions(db: Database) -> tuple[set[str], bool]:
    """(revisions stamped in the database, whether it holds any tables) — any SQLAlchemy URL."""
    from sqlalchemy import inspect, text

    with db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        if "alembic_version" not in tables:
            return set(), bool(tables)
        return {r[0] for r in conn.execute(text("SELECT version_num FROM alembic_version"))}, True


# ---------------------------------------------------------------------------------- backups

def timestamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")


def unique_path(path: Path) -> Path:
    """``path``, or ``name-2.ext``, ``name-3.ext``... so an earlier file is never overwritten."""
    n, candidate = 1, path
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def backup_sqlite(source: Path, dest: Path) -> Path:
    """A consistent copy through SQLite's online backup API (safe while others write).

    The copy is one snapshot: a transaction still open in another connection is not in it. The
    result is checked (quick_check) and left in rollback-journal mode, so it is one self-contained
    file; it only replaces ``dest`` once complete."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    _create_private(tmp)  # a copy of the whole shop: readable by its owner only (issue 10)
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
    try:
        out = sqlite3.connect(tmp)
        try:
            src.backup(out, progress=_give_up_after(RESTORE_WAIT_SECONDS, str(source)))
            out.execute("PRAGMA journal_mode=DELETE")
            ok = out.execute("PRAGMA quick_check").fetchone()
        finally:
            out.close()
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    if not ok or ok[0] != "ok":
        tmp.unlink(missing_ok=True)
        raise StorageError(_("the backup of {source} failed its integrity check ({ok}); nothing was written").format(
                               source=source, ok=ok))
    os.replace(tmp, dest)
    return dest


def _create_private(path: Path) -> None:
    """An empty file with mode 0600 whatever the umask; SQLite keeps an existing file's mode
    (and gives its journal the same). A no-op for the mode on Windows."""
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
    if os.name == "posix":
        os.chmod(path, 0o600)


# ------------------------------------------------------------------------------ open/upgrade

def open_database(url: str, backups: Path | None = None, upgrade: bool = True,
                  clock: Any = None) -> Database:
    """Open (creating if needed), refuse what we cannot safely use, back up, then upgrade."""
    path = sqlite_path(url)
    if path is None:
        return _open_server_database(url, upgrade, clock)
    check_folder_writable(path.parent)
    revs: frozenset[str] = frozenset()
    if path.exists() and path.stat().st_size > 0:
        if not os.access(path, os.R_OK) or not _can_write(path.parent) or not os.access(path, os.W_OK):
            raise StorageError(_("{path} is read-only; Deskmate needs to write to it. Nothing was changed").format(
                                   path=path))
        revs, tables = inspect_sqlite_file(path)
        classify(path, revs, tables)
    needs_upgrade = upgrade and not is_current(revs)
    if needs_upgrade and revs:
        # An older Deskmate database: check every page, keep a copy, then upgrade.
        inspect_sqlite_file(path, full_check=True)
        folder = backups or path.parent
        try:
            check_folder_writable(folder)
            backup_sqlite(path, unique_path(folder / f"before-upgrade-{timestamp()}.sqlite3"))
        except (OSError, sqlite3.Error) as exc:
            raise StorageError(_("could not back up {path} before upgrading it ({exc}); nothing was changed").format(
                                   path=path, exc=exc)) from None
    db = Database(url, clock=clock)
    if needs_upgrade:
        try:
            migrate(db)
        except BaseException:
            db.dispose()
            raise
    if upgrade:
        stamp_app_version(db)
    return db


def stamp_app_version(db: Database) -> None:
    """Store the running version in the database when another one opened it last (an update, or
    a downgrade the schema allows), with an audit entry saying which replaced which. Cheap when
    nothing changed (one read). A server role that may not write the identity leaves it to the
    owner's next start."""
    from sqlalchemy.exc import DBAPIError

    from core.kernel.actor import SYSTEM
    from core.kernel.audit import record
    from core.kernel.identity import stamp_version, stored_version
    from core.kernel.version import UNKNOWN, app_version

    running = app_version()
    if running == UNKNOWN:
        return
    with db.read() as s:            # no write lock unless something changes (a backup may be running)
        if stored_version(s) == running:
            return
    try:
        with db.uow() as s:
            before = stamp_version(s, running)
            record(s, SYSTEM, area="kernel", action="version", entity="database",
                   before={"app_version": before}, after={"app_version": running},
                   summary=(_("opened by Deskmate {running} (last opened by {before})").format(running=running, before=before)
                            if before else _("opened by Deskmate {running}").format(running=running)))
    except DBAPIError as exc:
        if db.is_sqlite or "permission denied" not in str(exc).lower():
            raise


def _open_server_database(url: str, upgrade: bool, clock: Any) -> Database:
    db = None
    try:
        db = Database(url, clock=clock)
        current, has_tables = current_revisions(db)
    except Exception as exc:  # noqa: BLE001 - any driver error here means "can't open"
        if db is not None:
            db.dispose()
        raise StorageError(_("cannot open the database {url}: {detail}").format(
                               url=make_url(url).render_as_string(), detail=str(exc).splitlines()[0])) from None
    try:
        classify(make_url(url).render_as_string(), current, {"x"} if has_tables else set())
    except StorageError:
        db.dispose()
        raise
    if upgrade and not is_current(current):
        try:
            migrate(db)
        except Exception as exc:
            db.dispose()
            if "permission denied" in str(exc).lower() or "must be owner" in str(exc).lower():
                raise UpgradeNeedsOwner(_("{url} needs an upgrade to this version of Deskmate, which only the database's owner "
                                          "role may run: deskmate server init --db-url <the owner's URL>. Nothing was changed").format(
                                            url=make_url(url).render_as_string())
                                        ) from None
            raise
    if upgrade:                 # migrated above, or already current
        stamp_app_version(db)
    return db


def migrate(db: Database, target: str = "heads") -> None:
    """Run Alembic in one transaction. On SQLite, foreign keys are off while batch migrations
    copy tables (they must be switched outside a transaction) and checked before committing."""
    from alembic import command

    cfg = alembic_config(db.url)
    with db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection if db.is_sqlite else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, target)
                if raw is not None:
                    bad = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if bad:
                        raise StorageError(_("upgrading left {n} broken references (first: {detail}); the upgrade was rolled back").format(
                                               n=len(bad), detail=bad[0]))
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")


# ---------------------------------------------------------------------------------- restore

def check_restorable(backup_file: Path) -> frozenset[str]:
    """Refuse anything but a healthy Deskmate database of a schema this version knows."""
    if not backup_file.exists():
        raise StorageError(_("{backup_file} does not exist; nothing was changed").format(backup_file=backup_file))
    if not backup_file.is_file():
        raise StorageError(_("{backup_file} is not a file; nothing was changed").format(backup_file=backup_file))
    revs, tables = inspect_sqlite_file(backup_file, full_check=True)
    if not revs or MARKER_TABLE not in tables:
        raise StorageError(_("{backup_file} is not a Deskmate database; nothing was changed").format(
                               backup_file=backup_file))
    classify(backup_file, revs, tables)
    return revs


class UntrustedBackup(StorageError):
    """A backup whose audit log was tampered with: restored only when a person forces it."""

    def __init__(self, message: str, problems: list[str], breaks: list[int]) -> None:
        super().__init__(message)
        self.problems = problems
        self.breaks = breaks


def audit_trust(backup_file: Path, revs: frozenset[str] | set[str]) -> tuple[list[str], list[int], str]:
    """(problems, ids of the entries where the chain breaks, chain summary) of a backup's audit log.

    Read-only. A backup from before the chain existed has nothing to verify (its entries get their
    hashes when it is upgraded); its append-only triggers are still checked."""
    from core.kernel.audit_chain import missing_triggers, verify

    conn = _ro_connect(backup_file)
    try:
        problems: list[str] = []
        if "kernel_0002" in applied_revisions(frozenset(revs)):
            missing = missing_triggers(conn)
            if missing:
                problems.append(f"its audit log's append-only triggers are missing or altered ({', '.join(missing)})")
        chain = verify(conn)
    finally:
        conn.close()
    bad = list(chain.unaccepted)
    if bad:
        problems.append(f"its audit chain is broken: {bad[0].message}")
    return problems, [b.entry_id for b in bad], chain.summary()


def restore_sqlite(backup_file: Path, target: Path, who: str | None = None, user_id: int | None = None,
                   now: datetime | None = None, force: bool = False) -> Path | None:
    """Replace ``target`` by ``backup_file`` after checking it; returns where the old file was kept.

    Afterwards the restore is appended to the restored database's audit log (``who``, default the
    operating-system user): the restored history would otherwise not show that it was rewound.

    The backup is first copied next to the target (through the backup API, so a backup that has a
    ``-wal`` file of its own is copied whole). A healthy target is then overwritten through the
    backup API too: one atomic write that stays correct even if another Deskmate has the file open
    (its WAL is part of that database, not left behind to be replayed over the restored one). A
    damaged target is moved aside with its side files and the copy renamed into place.

    A backup whose audit log shows tampering (a broken chain, missing triggers) is refused with
    :class:`UntrustedBackup` unless ``force``; a forced restore is recorded as such, naming the
    breaks it accepted, and puts the append-only triggers back."""
    backup_file, target = Path(backup_file), Path(target)
    revs = check_restorable(backup_file)
    problems, breaks, _summary = audit_trust(backup_file, revs)
    if problems and not force:
        raise UntrustedBackup(_("{backup_file} cannot be trusted: {problems}. Nothing was changed; restore it "
                                "anyway only if you know why (--force; the restore is then recorded as "
                                "forced)").format(backup_file=backup_file, problems="; ".join(problems)),
                              problems, breaks)
    trust = {"forced": True, "problems": problems, "chain_breaks": breaks} if problems else {}
    if backup_file.resolve() == target.resolve():
        raise StorageError(_("{backup_file} is the current database; nothing was changed").format(
                               backup_file=backup_file))
    check_folder_writable(target.parent)
    staged = target.with_name(target.name + ".restoring")
    backup_sqlite(backup_file, staged)
    kept: Path | None = None
    try:
        if target.exists():
            kept = unique_path(target.with_name(f"{target.stem}.replaced-{timestamp()}{target.suffix}"))
            try:
                inspect_sqlite_file(target)
                backup_sqlite(target, kept)
                healthy = True
            except (StorageError, sqlite3.Error):
                healthy = False
            if healthy:
                try:
                    _copy_into(staged, target)
                except BaseException:
                    kept.unlink(missing_ok=True)  # the target was not touched: no copy to keep
                    raise
                staged.unlink()
                _record_restore(target, backup_file, kept, who, user_id, now, trust)
                return kept
            for suffix in ("", "-wal", "-shm"):
                side = Path(f"{target}{suffix}")
                if side.exists():
                    os.replace(side, Path(f"{kept}{suffix}"))
        os.replace(staged, target)
        _record_restore(target, backup_file, kept, who, user_id, now, trust)
        return kept
    finally:
        staged.unlink(missing_ok=True)


def os_user() -> str:
    import getpass
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in this environment
        return "unknown"


def _record_restore(target: Path, backup_file: Path, kept: Path | None, who: str | None, user_id: int | None,
                    now: datetime | None, trust: dict[str, Any] | None = None) -> None:
    """One audit entry in the restored database (plain SQL: its schema may be older than ours,
    but ``audit_entry`` has had these columns since the first version). Where the schema has the
    audit chain, the entry is chained to the newest one under the write lock (BEGIN IMMEDIATE).
    A forced restore says so (``trust``) and puts the append-only triggers back."""
    import json

    from core.kernel.audit_chain import create_triggers, entry_hash, has_chain, tail

    summary = f"database restored from {backup_file}" + (f"; the replaced one was kept as {kept}" if kept else "")
    after: dict[str, Any] = {"restored_from": str(backup_file), "kept_as": str(kept) if kept else None}
    if trust:
        summary = "FORCED restore of a backup whose audit log shows tampering: " + summary
        after.update(trust)
    at = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).replace(tzinfo=None)
    entry = {"at": at.strftime("%Y-%m-%d %H:%M:%S.%f"), "user_id": user_id, "username": (who or os_user())[:80],
             "area": "backup", "action": "restore", "entity": "database", "entity_id": None,
             "summary": summary, "before": None, "after": json.loads(json.dumps(after, sort_keys=True)),
             "machine_drafted": False}
    conn = sqlite3.connect(target, timeout=30, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            cols = ["at", "user_id", "username", "area", "action", "entity", "entity_id", "summary", "before",
                    "after", "machine_drafted"]
            values: dict[str, Any] = {**entry, "after": json.dumps(after, ensure_ascii=False, sort_keys=True),
                                      "machine_drafted": 0}
            if has_chain(conn):
                last_id, prev = tail(conn)
                entry["id"] = values["id"] = last_id + 1
                values["prev_hash"], values["hash"] = prev, entry_hash(prev, entry)
                cols += ["id", "prev_hash", "hash"]
            stamped = frozenset(r[0] for r in conn.execute("SELECT version_num FROM alembic_version"))
            if trust and "kernel_0002" in applied_revisions(stamped):
                create_triggers(conn)
            conn.execute(f"INSERT INTO audit_entry ({', '.join(cols)}) VALUES ({', '.join(':' + c for c in cols)})",
                         values)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.close()


#: How long a restore waits for another program's write transaction on the target to end.
RESTORE_WAIT_SECONDS = 30.0


def _give_up_after(seconds: float, what: str) -> Any:
    """A backup progress callback: Python's backup loop retries a busy database forever."""
    import time
    started = time.monotonic()

    def progress(_status: int, _remaining: int, _total: int) -> None:
        if time.monotonic() - started > seconds:
            raise StorageError(_("{what} stayed busy for more than {seconds:.0f} s (another Deskmate or program is "
                                 "writing to it); nothing was changed, try again").format(
                                   what=what, seconds=seconds))
    return progress


def _copy_into(source: Path, target: Path) -> None:
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target, timeout=min(5.0, RESTORE_WAIT_SECONDS))
        try:
            src.backup(dst, progress=_give_up_after(RESTORE_WAIT_SECONDS, str(target)))
        finally:
            dst.close()
    finally:
        src.close()



# ----------------------------------------------------------------------------------- health

def _compare_with(conn: Any, other: Path, report: dict[str, Any], problems: list[str]) -> None:
    """``check --against BACKUP``: every audit entry of the backup must still be in this log. The
    backup may be an SQLite file or a ``pg_dump`` archive, whichever engine this shop is on now (a
    shop moved to a server is checked against the file it was moved from)."""
    from core.kernel.audit_chain import compare

    from core.kernel import pg_storage
    from core.kernel.audit_chain import compare_entries

    if not other.is_file():
        raise StorageError(_("{other} does not exist; nothing to compare with").format(other=other))
    if pg_storage.is_archive(other):     # a server's backup (pg_dump), whichever engine this shop is on
        entries = pg_storage.audit_hashes(other)
        n, problem = (0, _("{other} predates the audit chain: nothing to compare").format(other=other)) if entries is None \
            else compare_entries(conn, entries, str(other))
    else:
        _check_header(other)
        theirs = _ro_connect(other)
        try:
            n, problem = compare(conn, theirs, str(other))
        except sqlite3.DatabaseError as exc:
            raise StorageError(_("{other} cannot be read as a Deskmate database ({exc})").format(
                                   other=other, exc=exc)) from None
        finally:
            theirs.close()
    report["audit_matches_backup"] = problem or ngettext(
        "the {n} entry of {other} is here, unchanged", "all {n} entries of {other} are here, unchanged", n).format(
            n=n, other=other)
    if problem:
        problems.append(_("the audit log does not match the backup: {problem}").format(problem=problem))


def health(db: Database, backups: Path | None = None, against: Path | None = None) -> dict[str, Any]:
    """A full check of an open store for ``deskmate check``: schema, every page, references,
    the audit log's protection and the newest backup. ``problems`` lists what needs attention."""
    from sqlalchemy import text

    problems: list[str] = []
    from core.kernel.version import app_version
    report: dict[str, Any] = {"database": make_url(db.url).render_as_string(hide_password=True),
                              "deskmate_version": app_version()}
    path = sqlite_path(db.url)
    with db.engine.connect() as conn:
        if not db.is_sqlite:   # a reader: desktops keep writing while the server is checked
            conn = conn.execution_options(deskmate_readonly=True)
        stamped = {r[0] for r in conn.execute(text("SELECT version_num FROM alembic_version"))}
        report["schema"] = sorted(stamped)
        report["schema_up_to_date"] = is_current(stamped)
        if not report["schema_up_to_date"]:
            problems.append(_("the schema is not up to date"))
        report["audit_entries"] = conn.execute(text("SELECT count(*) FROM audit_entry")).scalar()
        if db.is_sqlite:
            report["size_bytes"] = path.stat().st_size if path is not None and path.exists() else None
            integrity = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
            report["integrity"] = "ok" if integrity == ["ok"] else integrity[:10]
            if integrity != ["ok"]:
                problems.append(_("integrity check: {problem}").format(problem=integrity[0]))
            broken = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
            report["broken_references"] = len(broken)
            if broken:
                problems.append(ngettext("{n} broken reference, first in table {table}",
                                         "{n} broken references, first in table {table}", len(broken)).format(
                                             n=len(broken), table=broken[0][0]))
            from core.kernel.audit_chain import missing_triggers
            unprotected = missing_triggers(conn)
            report["audit_log_protected"] = not unprotected
            if unprotected:
                problems.append(_("the audit log's append-only triggers are missing or altered ({names})").format(
                    names=", ".join(unprotected)))
            report["journal_mode"] = conn.execute(text("PRAGMA journal_mode")).scalar()
        else:
            # A server keeps its own pages and references (foreign keys are always enforced): what
            # is ours to check is the audit log's protection and the number columns.
            report["server_version"] = conn.execute(text("SHOW server_version")).scalar()
            from core.kernel.audit_chain import missing_triggers
            unprotected = missing_triggers(conn)
            report["audit_log_protected"] = not unprotected
            if unprotected:
                problems.append(_("the audit log's append-only triggers are missing or altered ({names})").format(
                    names=", ".join(unprotected)))
        numbers = check_scaled_columns(conn)
        report["number_columns"] = "ok" if not numbers else numbers[:10]
        problems.extend(numbers)
        from core.kernel.audit_chain import verify
        chain = verify(conn)
        report["audit_chain"] = chain.summary()
        if chain.unaccepted:
            problems.append(_("the audit chain is broken: {problem}").format(problem=chain.unaccepted[0].message))
        if against is not None:
            _compare_with(conn, Path(against), report, problems)
        conn.rollback()
    if backups is not None:
        files = sorted((*backups.glob("*.sqlite3"), *backups.glob("*.pgdump")),
                       key=lambda f: f.stat().st_mtime) if backups.exists() else []
        report["backups"] = len(files)
        report["newest_backup"] = str(files[-1]) if files else None
        newest = datetime.fromtimestamp(files[-1].stat().st_mtime, timezone.utc) if files else None
        report["newest_backup_at"] = newest.isoformat(timespec="seconds") if newest else None
        if files and not _is_backup_file(files[-1]):
            report["newest_backup_by"] = _("nothing: it is not a readable backup")
            problems.append(_("the newest backup {file} is not a readable backup (damaged or another file): make a "
                              "new one with 'deskmate backup'").format(file=files[-1]))
        elif files:
            made_by = backup_version(files[-1])
            report["newest_backup_by"] = f"Deskmate {made_by}" if made_by else _("an older Deskmate")
        if not files:
            problems.append(_("there is no backup yet: run 'deskmate backup'"))
    report["problems"] = problems
    return report


def check_scaled_columns(conn: Any) -> list[str]:
    """Every money/quantity column (``ScaledDecimal``) still holds integers only, and its sum
    fits a 64-bit integer (see :mod:`core.kernel.limits`): a column that turned into floats or
    text, or whose ``SUM`` would raise "integer overflow", is reported. SQLite only (typeof)."""
    from sqlalchemy import text

    from core.kernel.db import Base
    from core.kernel.limits import INT64_MAX
    from core.kernel.types import ScaledDecimal

    out: list[str] = []
    if conn.dialect.name != "sqlite":
        return _check_scaled_server_columns(conn)
    present = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))}
    for table in sorted(Base.metadata.tables.values(), key=lambda t: t.name):
        if table.name not in present:
            continue
        cols = [c.name for c in table.columns if isinstance(c.type, ScaledDecimal)]
        if not cols:
            continue
        parts = []
        for c in cols:
            q = f'"{c}"'
            parts += [f"sum(typeof({q}) NOT IN ('integer', 'null'))",
                      f"group_concat(DISTINCT CASE WHEN typeof({q}) NOT IN ('integer', 'null') "
                      f"THEN typeof({q}) END)",
                      f"total(CASE WHEN {q} < 0 THEN -1.0 * {q} ELSE {q} END)"]
        row = conn.execute(text(f'SELECT {", ".join(parts)} FROM "{table.name}"')).one()
        for i, c in enumerate(cols):
            wrong, kinds, total = row[3 * i], row[3 * i + 1], row[3 * i + 2]
            if wrong:
                out.append(f"{table.name}.{c}: {wrong} value(s) stored as {kinds} instead of exact "
                           f"integers (a sum overflowed); restore a backup or correct them")
            elif total and total > INT64_MAX:
                out.append(f"{table.name}.{c}: its values add up beyond what a 64-bit sum holds")
    return out


def _check_scaled_server_columns(conn: Any) -> list[str]:
    """On a server the columns are BIGINT, so they cannot hold anything but integers; what is
    left to check is that each column's sum still fits the 64-bit integer Deskmate reads sums as
    (PostgreSQL's SUM(bigint) is a numeric and would not overflow on its own)."""
    from sqlalchemy import inspect, text

    from core.kernel.db import Base
    from core.kernel.limits import INT64_MAX
    from core.kernel.types import ScaledDecimal

    present = set(inspect(conn).get_table_names())
    out: list[str] = []
    for table in sorted(Base.metadata.tables.values(), key=lambda t: t.name):
        cols = [c.name for c in table.columns if isinstance(c.type, ScaledDecimal)]
        if table.name not in present or not cols:
            continue
        sums = ", ".join(f'coalesce(sum(abs("{c}")), 0)' for c in cols)
        row = conn.execute(text(f'SELECT {sums} FROM "{table.name}"')).one()
        out += [f"{table.name}.{c}: its values add up beyond what a 64-bit sum holds"
                for c, total in zip(cols, row) if total > INT64_MAX]
    return out
