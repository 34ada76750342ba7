"""Backups: a consistent copy of the live database, and pruning old ones.

A backup goes through SQLite's online backup API, so it is safe while the app (or another copy
of it) is running and writing: it is one snapshot of committed data, checked before it is kept.
"""
from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from core.kernel.errors import StorageError
from core.kernel.storage import backup_sqlite, restore_sqlite, sqlite_path, unique_path

if TYPE_CHECKING:
    from core.app import Deskmate
    from core.kernel.actor import Actor

PREFIX = "deskmate-"


def backup_now(app: "Deskmate", dest: Path | None = None, actor: "Actor | None" = None) -> Path:
    """Write a backup to ``dest`` (default: ``backups/deskmate-YYYYmmdd-HHMMSS.sqlite3``).

    With an ``actor`` (the GUI), the role must allow backups; the CLI runs with the rights of
    whoever can read the data folder."""
    if actor is not None:
        from core.users.permissions import Perm, require
        require(actor, Perm.BACKUP_RESTORE)
    source = sqlite_path(app.db.url)
    if source is None:
        raise StorageError("backups from Deskmate work on SQLite files; use your database server's tools")
    if dest is None:
        stamp = app.clock.now().strftime("%Y%m%d-%H%M%S")
        dest = unique_path(app.paths.backups / f"{PREFIX}{stamp}.sqlite3")
    dest = Path(dest)
    if dest.exists() and dest.resolve() == source.resolve():
        raise StorageError(f"{dest} is the live database; choose another file for the backup")
    if dest.is_dir():
        raise StorageError(f"{dest} is a folder; give a file name for the backup")
    try:
        return backup_sqlite(source, dest)
    except OSError as exc:
        raise StorageError(f"could not write the backup to {dest}: {exc.strerror or exc}") from None
    except sqlite3.Error as exc:
        raise StorageError(f"could not write the backup to {dest}: {exc}") from None


def restore(backup_file: Path, target: Path, actor: "Actor | None" = None, now: datetime | None = None) -> Path | None:
    """Restore ``backup_file`` over the database ``target`` (see ``storage.restore_sqlite``), then
    append an audit entry to the restored database saying who restored what, and where the
    replaced data was kept: the restored history would otherwise not show the restore at all.

    With an ``actor`` (the GUI), the role must allow restores."""
    if actor is not None:
        from core.users.permissions import Perm, require
        require(actor, Perm.BACKUP_RESTORE)
    kept = restore_sqlite(Path(backup_file), Path(target))
    who = actor.username if actor is not None else f"{_os_user()} (command line)"
    summary = f"database restored from {backup_file}" + (f"; the replaced one was kept as {kept}" if kept else "")
    at = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).replace(tzinfo=None)
    conn = sqlite3.connect(target, timeout=30)
    try:
        with conn:
            conn.execute(
                "INSERT INTO audit_entry (at, user_id, username, area, action, entity, entity_id, summary, "
                "before, after, machine_drafted) VALUES (?, ?, ?, 'backup', 'restore', 'database', NULL, ?, "
                "NULL, ?, 0)",
                (at.strftime("%Y-%m-%d %H:%M:%S.%f"), actor.user_id if actor is not None else None, who[:80], summary,
                 json.dumps({"restored_from": str(backup_file), "kept_as": str(kept) if kept else None})))
    finally:
        conn.close()
    return kept


def _os_user() -> str:
    import getpass
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in this environment
        return "unknown"


def prune(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` automatic backups; returns what was removed."""
    files = sorted(folder.glob(f"{PREFIX}*.sqlite3"), key=lambda f: (f.stat().st_mtime, f.name))
    doomed = files[:-keep] if keep > 0 else files
    for f in doomed:
        f.unlink()
    return doomed
