"""Backups: a consistent copy of the live database, and pruning old ones.

A backup goes through SQLite's online backup API, so it is safe while the app (or another copy
of it) is running and writing: it is one snapshot of committed data, checked before it is kept.
A shop on a PostgreSQL server is backed up with ``pg_dump -Fc`` and restored with ``pg_restore``
after the same checks (:mod:`core.kernel.pg_storage`).
"""
from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from core.kernel.i18n import _
from core.io.outputs import Site, check_target, writing
from core.kernel.actor import Role
from core.kernel import pg_storage
from core.kernel.errors import StorageError
from core.kernel.storage import (backup_sqlite, os_user, restore_sqlite, sqlite_path,
                                 unique_path)

if TYPE_CHECKING:
    from core.app import Deskmate
    from core.kernel.actor import Actor

PREFIX = "deskmate-"


def backup_now(app: "Deskmate", dest: Path | None = None, actor: "Actor | None" = None,
               force: bool = False) -> Path:
    """Write a backup to ``dest`` (default: ``backups/deskmate-YYYYmmdd-HHMMSS.sqlite3``).

    With an ``actor`` (the GUI), the role must allow backups; the CLI runs with the rights of
    whoever can read the data folder. The target goes through :func:`core.io.outputs.writing`:
    never the database, an existing backup or another file in the data folder; an existing
    other file only with ``force``. The backup is private (0600)."""
    if actor is not None:
        from core.users.permissions import Perm, require
        require(actor, Perm.BACKUP_RESTORE)
    source = sqlite_path(app.db.url)
    suffix = ".sqlite3" if source is not None else pg_storage.DUMP_SUFFIX
    if dest is None:
        stamp = app.clock.now().strftime("%Y%m%d-%H%M%S")
        dest = unique_path(app.paths.backups / f"{PREFIX}{stamp}{suffix}")
    site = Site.of(app)
    dest = check_target(site, dest, force=force, kind="backup")
    try:
        with writing(site, dest, force=force, kind="backup") as part:
            if source is not None:
                backup_sqlite(source, part)
            else:   # a server: pg_dump's custom format, checked with pg_restore --list
                pg_storage.dump(app.db.url, part)
        return dest
    except OSError as exc:
        raise StorageError(_("could not write the backup to {dest}: {reason}").format(
                               dest=dest, reason=exc.strerror or exc)) from None
    except sqlite3.Error as exc:
        raise StorageError(_("could not write the backup to {dest}: {exc}").format(dest=dest, exc=exc)) from None


def restore(backup_file: Path, target: Path | str, actor: "Actor | None" = None, now: datetime | None = None,
            force: bool = False) -> Path | str | None:
    """Restore ``backup_file`` over the database ``target`` (see ``storage.restore_sqlite``, which
    also records the restore in the restored database's audit log).

    With an ``actor`` (the GUI), the role must allow restores and the entry names them; without
    one (the CLI) it names the operating-system user. ``force`` restores a backup whose audit log
    shows tampering (refused otherwise with ``UntrustedBackup``); only an owner may force one."""
    if actor is not None:
        from core.users.permissions import Perm, require
        require(actor, Perm.BACKUP_RESTORE)
        if force and actor.role != Role.OWNER:
            from core.kernel.errors import PermissionDenied
            raise PermissionDenied(_("only an owner can restore a backup whose audit log shows tampering"))
    who = actor.username if actor is not None else f"{os_user()} (command line)"
    if isinstance(target, str):
        file = sqlite_path(target)
        if file is None:   # a server database: pg_restore into a copy, checked, swapped
            return pg_storage.restore(Path(backup_file), target, who=who,
                                      user_id=actor.user_id if actor is not None else None, now=now, force=force)
        target = file
    return restore_sqlite(Path(backup_file), Path(target), who=who,
                          user_id=actor.user_id if actor is not None else None, now=now, force=force)


def prune(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` automatic backups; returns what was removed."""
    files = sorted((*folder.glob(f"{PREFIX}*.sqlite3"), *folder.glob(f"{PREFIX}*{pg_storage.DUMP_SUFFIX}")),
                   key=lambda f: (f.stat().st_mtime, f.name))
    doomed = files[:-keep] if keep > 0 else files
    for f in doomed:
        f.unlink()
    return doomed
