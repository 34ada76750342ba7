"""Where Deskmate keeps its files.

Order of precedence: an explicit ``--data-dir``, then ``DESKMATE_DATA_DIR``, then the platform's
user data folder (platformdirs: ``~/.local/share/Deskmate`` on Linux, ``%LOCALAPPDATA%`` on
Windows, ``~/Library/Application Support`` on macOS).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "Deskmate"
DB_FILENAME = "deskmate.sqlite3"


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / DB_FILENAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def exports(self) -> Path:
        return self.root / "exports"

    @property
    def outbox(self) -> Path:
        """Documents approved for sending but with no e-mail configured: sent by hand from here."""
        return self.root / "outbox"

    @property
    def sqlite_url(self) -> str:
        return f"sqlite:///{self.database}"


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> DataPaths:
    if explicit:
        return DataPaths(Path(explicit).expanduser().resolve())
    env = os.environ.get("DESKMATE_DATA_DIR")
    if env:
        return DataPaths(Path(env).expanduser().resolve())
    return DataPaths(Path(user_data_dir(APP_NAME, appauthor=False)))


def resources_dir() -> Path:
    """``core/resources/`` (icons, style sheet, templates): package data of ``core``, so the same
    path works from a checkout, an installed wheel (pipx) and a PyInstaller bundle (which keeps the
    package layout under ``sys._MEIPASS``)."""
    return Path(__file__).resolve().parents[1] / "resources"
