"""The user's own config folder, and private (0600) files in it.

Secret settings (where no keyring exists) and the command line's login sessions are kept here,
outside the data folder, so a backup, a copied data folder or an export never carries them.
``DESKMATE_CONFIG_DIR`` moves the folder (tests point it at a temporary folder so they never touch
the real user's files); otherwise it is platformdirs' user config folder (``~/.config/Deskmate``
on Linux, ``%APPDATA%\\Deskmate`` on Windows, ``~/Library/Application Support/Deskmate`` on macOS).
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from platformdirs import user_config_dir

from core.kernel.paths import APP_NAME

CONFIG_ENV = "DESKMATE_CONFIG_DIR"


def config_dir() -> Path:
    env = os.environ.get(CONFIG_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return Path(user_config_dir(APP_NAME, appauthor=False))


def private_folder(*parts: str) -> Path:
    """A folder under the config folder, created readable by its owner only (0700)."""
    folder = config_dir().joinpath(*parts)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(folder, 0o700)
    return folder


def read_json(path: Path) -> dict[str, Any]:
    """The file's JSON object, or {} when it is missing or unreadable (a damaged file is treated
    as empty: it held only things a person can enter again, such as a login)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_private_json(path: Path, data: dict[str, Any]) -> None:
    """Replace ``path`` atomically by ``data``, readable and writable by its owner only (0600).

    The temporary file is created 0600 next to the target, so the secret is never, even for a
    moment, in a file others can read."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if os.name == "posix":
            os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
