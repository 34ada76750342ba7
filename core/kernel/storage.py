"""Opening the store safely: check, back up, upgrade; or refuse with a clear message.

Nothing is changed on disk until every check has passed: a file that is not a Deskmate database, a
database written by a newer Deskmate, a corrupt file or an unwritable folder raise
:class:`StorageError` before any write.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from core.kernel.db import Database
from core.kernel.errors import StorageError

SQLITE_HEADER = b"SQLite format 3\x00"
MIGRATIONS = Path(__file__).resolve().parents[1] / "migrations"


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config("sqlite:///unused"))


def known_revisions() -> set[str]:
    return {rev.revision for rev in script_directory().walk_revisions()}


def sqlite_path(url: str) -> Path | None:
    if not url.startswith("sqlite"):
        return None
    _, _, rest = url.partition(":///")
    return Path(rest) if rest else None


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not a healthy SQLite database, without writing to it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with open(path, "rb") as fh:
        if fh.read(16) != SQLITE_HEADER:
            raise StorageError(f"{path} is not a Deskmate database (not an SQLite file); nothing was changed")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"{path} is damaged and cannot be read ({exc}); restore a backup. "
                           "Nothing was changed") from None
    if not result or result[0] != "ok":
        raise StorageError(f"{path} is damaged ({result[0] if result else 'unknown error'}); restore a "
                           "backup. Nothing was changed")


def check_folder_writable(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"cannot create the data folder {folder}: {exc.strerror}") from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StorageError(f"the data folder {folder} is not writable; choose another with --data-dir")


def current_revisions(db: Database) -> tuple[set[str], bool]:
    """(revisions stamped in the database, whether it holds any tables at all)."""
    with db.engine.connect() as conn:
        insp = inspect(conn)
        tables = set(insp.get_table_names())
        if "alembic_version" not in tables:
            return set(), bool(tables)
        return {r[0] for r in conn.execute(text("SELECT version_num FROM alembic_version"))}, True


def backup_sqlite(source: Path, dest: Path) -> Path:
    """A consistent copy through SQLite's online backup API (safe while others write)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_suffix(dest.suffix + ".part")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
    try:
        out = sqlite3.connect(tmp)
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()
    os.replace(tmp, dest)
    return dest


def timestamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")


def open_database(url: str, backups: Path | None = None, upgrade: bool = True) -> Database:
    """Open (creating if needed), refuse what we cannot safely use, back up, then upgrade."""
    path = sqlite_path(url)
    if path is not None:
        check_folder_writable(path.parent)
        if path.exists() and not os.access(path, os.W_OK):
            raise StorageError(f"{path} is read-only; Deskmate needs to write to it")
        check_sqlite_file(path)
    db = Database(url)
    try:
        current, has_tables = current_revisions(db)
    except Exception as exc:  # noqa: BLE001 - any driver error here means "can't open"
        db.dispose()
        raise StorageError(f"cannot open the database {url}: {exc}") from None
    known = known_revisions()
    if current - known:
        db.dispose()
        raise StorageError("this database was written by a newer version of Deskmate (schema "
                           f"{', '.join(sorted(current - known))}); update Deskmate to open it. "
                           "Nothing was changed")
    if has_tables and not current:
        db.dispose()
        raise StorageError(f"{url} holds tables but is not a Deskmate database; nothing was changed")
    heads = set(script_directory().get_heads())
    if upgrade and current != heads:
        if current and path is not None and backups is not None:
            backup_sqlite(path, backups / f"before-upgrade-{timestamp()}.sqlite3")
        migrate(db, "heads")
    return db


def migrate(db: Database, target: str = "heads") -> None:
    cfg = alembic_config(db.url)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)


def restore_sqlite(backup_file: Path, target: Path) -> Path | None:
    """Replace ``target`` by ``backup_file`` after checking it; returns where the old file was kept."""
    if not backup_file.exists():
        raise StorageError(f"{backup_file} does not exist")
    check_sqlite_file(backup_file)
    probe = Database(f"sqlite:///{backup_file}")
    try:
        revs, has_tables = current_revisions(probe)
    finally:
        probe.dispose()
    if not revs:
        raise StorageError(f"{backup_file} is not a Deskmate database; nothing was changed")
    unknown = revs - known_revisions()
    if unknown:
        raise StorageError(f"{backup_file} comes from a newer Deskmate (schema {', '.join(sorted(unknown))}); "
                           "nothing was changed")
    kept = None
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        kept = target.with_name(f"{target.stem}.replaced-{timestamp()}{target.suffix}")
        backup_sqlite(target, kept)
    tmp = target.with_suffix(".restoring")
    shutil.copyfile(backup_file, tmp)
    for suffix in ("-wal", "-shm"):
        side = Path(str(target) + suffix)
        if side.exists():
            side.unlink()
    os.replace(tmp, target)
    return kept
