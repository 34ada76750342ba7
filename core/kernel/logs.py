"""The log file: what an unattended worker or a desktop did when nobody was watching.

Job failures, applier bugs and anything unexpected are logged with their traceback to a rotating
file in the data folder (``logs/deskmate.log``, 1 MB × 5), so a shop owner can send it with a
problem report and a maintainer can read what happened at 6 a.m. Only the desktop and
``deskmate worker`` write it: a one-shot command prints its single-line error and leaves no file.

Modules log with ``logging.getLogger(__name__)``; the names start with ``core.`` or ``desktop.``
(older ones with ``deskmate.``), and :func:`configure` turns those three families up to INFO.
"""
from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

LOG_DIRNAME = "logs"
LOG_FILENAME = "deskmate.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)-7s %(process)d %(threadName)s %(name)s: %(message)s"
OUR_LOGGERS = ("core", "desktop", "deskmate")

_handler: logging.Handler | None = None


def log_path(data_root: Path) -> Path:
    return data_root / LOG_DIRNAME / LOG_FILENAME


class _PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    """Log lines may name customers and products: the file is readable by its owner only."""

    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        if os.name == "posix":
            try:
                os.chmod(self.baseFilename, 0o600)
            except OSError:
                pass
        return stream


def configure(data_root: Path, *, level: int = logging.INFO) -> Path | None:
    """Send our loggers' records (and every library's warnings) to the data folder's log file.

    Idempotent: a second call (a restore that reopened the store, a test) replaces the handler.
    Returns the file's path, or None when the folder cannot be written (the app still runs; the
    records then go only where Python sends them by default)."""
    global _handler
    path = log_path(data_root)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            os.chmod(path.parent, 0o700)
        handler: logging.Handler = _PrivateRotatingHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=False)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(level)
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    root.addHandler(handler)
    if root.level > logging.WARNING or root.level == logging.NOTSET:
        root.setLevel(logging.WARNING)
    for name in OUR_LOGGERS:
        logging.getLogger(name).setLevel(min(level, logging.getLogger(name).getEffectiveLevel()))
    _handler = handler
    return path


def unconfigure() -> None:
    """Close the log file (on shutdown, before a throw-away demo folder is removed)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None


def tail(path: Path, max_bytes: int = 200_000) -> str:
    """The end of a log file for the Help → Show log window (bounded, whatever the file's size)."""
    try:
        with path.open("rb") as f:
            f.seek(0, os.SEEK_END)
            size = f.tell()
            f.seek(max(0, size - max_bytes))
            data = f.read()
    except FileNotFoundError:
        return ""
    text = data.decode("utf-8", errors="replace")
    if size > max_bytes:
        text = text.split("\n", 1)[-1]     # drop the partial first line
    return text
