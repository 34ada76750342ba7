"""Backups: a consistent copy of the live database, and pruning old ones."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from core.kernel.errors import StorageError
from core.kernel.storage import backup_sqlite, sqlite_path

if TYPE_CHECKING:
    from core.app import Deskmate

PREFIX = "deskmate-"


def backup_now(app: "Deskmate", dest: Path | None = None) -> Path:
    source = sqlite_path(app.db.url)
    if source is None:
        raise StorageError("backups from Deskmate work on SQLite files; use your database server's tools")
    if dest is None:
        stamp = app.clock.now().strftime("%Y%m%d-%H%M%S")
        dest = app.paths.backups / f"{PREFIX}{stamp}.sqlite3"
    try:
        return backup_sqlite(source, Path(dest))
    except OSError as exc:
        raise StorageError(f"could not write the backup to {dest}: {exc.strerror or exc}") from None


def prune(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` automatic backups; returns what was removed."""
    files = sorted(folder.glob(f"{PREFIX}*.sqlite3"))
    doomed = files[:-keep] if keep > 0 else files
    for f in doomed:
        f.unlink()
    return doomed
