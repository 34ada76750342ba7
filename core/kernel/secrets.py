"""Where secret settings live: the operating system's keyring, else a private file.

A secret (the SMTP password, any future API key) never goes into the shop database: backups,
exports and the append-only audit log are copied and read by others (the bookkeeper), and whatever
enters the audit log stays there forever. Secrets are filed under the database's identity
(:mod:`core.kernel.identity`), one entry per setting key.

Backends, chosen by ``DESKMATE_SECRET_BACKEND``:

* ``auto`` (default): the keyring (`keyring` package: macOS Keychain, Windows Credential Locker,
  Secret Service / KWallet on a Linux desktop) when one is usable; where there is none (headless
  Linux, CI, a service account) or it refuses a write, a 0600 JSON file in the user's config folder
  (:mod:`core.kernel.userconfig`). Reads look in both, so a secret is found wherever it was put.
* ``file``: only the private file (tests force this so they never touch a real keyring).
* ``keyring``: only the keyring; an error if there is none.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Protocol

from core.kernel.i18n import _
from core.kernel.errors import StorageError
from core.kernel.userconfig import private_folder, read_json, write_private_json

BACKEND_ENV = "DESKMATE_SECRET_BACKEND"
KEYRING_SERVICE = "Deskmate"


class SecretStore(Protocol):
    name: str

    def get(self, key: str) -> str | None: ...
    def set(self, key: str, value: str) -> None: ...
    def delete(self, key: str) -> None: ...


class FileSecrets:
    """``<config>/secrets/<database id>.json``, 0600, in a 0700 folder."""

    name = "private file"

    def __init__(self, database_id: str, folder: Path | None = None) -> None:
        self.database_id = database_id
        self._folder = folder

    @property
    def path(self) -> Path:
        folder = self._folder or private_folder("secrets")
        return folder / f"{self.database_id}.json"

    def get(self, key: str) -> str | None:
        value = read_json(self.path).get(key)
        return None if value is None else str(value)

    def set(self, key: str, value: str) -> None:
        data = read_json(self.path)
        data[key] = value
        write_private_json(self.path, data)

    def delete(self, key: str) -> None:
        data = read_json(self.path)
        if key in data:
            del data[key]
            write_private_json(self.path, data)


class KeyringSecrets:
    """One keyring entry per secret: service "Deskmate", account "<database id>/<key>"."""

    name = "keyring"

    def __init__(self, database_id: str, backend: Any = None) -> None:
        import keyring

        self.database_id = database_id
        self.backend = backend if backend is not None else keyring.get_keyring()

    def _account(self, key: str) -> str:
        return f"{self.database_id}/{key}"

    def get(self, key: str) -> str | None:
        return self.backend.get_password(KEYRING_SERVICE, self._account(key))

    def set(self, key: str, value: str) -> None:
        self.backend.set_password(KEYRING_SERVICE, self._account(key), value)

    def delete(self, key: str) -> None:
        from keyring.errors import PasswordDeleteError

        try:
            self.backend.delete_password(KEYRING_SERVICE, self._account(key))
        except PasswordDeleteError:
            pass  # nothing stored there


class KeyringOrFile:
    """The keyring when it works, the private file when it doesn't; reads look in both."""

    def __init__(self, keyring_store: KeyringSecrets, file_store: FileSecrets) -> None:
        self.keyring, self.file = keyring_store, file_store
        self.name = keyring_store.name

    def get(self, key: str) -> str | None:
        try:
            value = self.keyring.get(key)
        except Exception:  # noqa: BLE001 - a locked or broken keyring: look in the file
            value = None
        return value if value is not None else self.file.get(key)

    def set(self, key: str, value: str) -> None:
        try:
            self.keyring.set(key, value)
        except Exception:  # noqa: BLE001 - keyring refused (locked, no D-Bus...): keep it private on disk
            self.file.set(key, value)
            self.name = self.file.name
            return
        self.file.delete(key)  # no stale copy left behind

    def delete(self, key: str) -> None:
        try:
            self.keyring.delete(key)
        except Exception:  # noqa: BLE001
            pass
        self.file.delete(key)


def keyring_usable(backend: Any = None) -> bool:
    """False for keyring's "fail" and "null" backends (no keyring on this machine)."""
    try:
        import keyring
        from keyring.backends import chainer, fail

        kr = backend if backend is not None else keyring.get_keyring()
    except Exception:  # noqa: BLE001 - keyring missing or failing to initialise
        return False
    if isinstance(kr, fail.Keyring) or type(kr).__module__.endswith(".null"):
        return False
    if isinstance(kr, chainer.ChainerBackend) and not kr.backends:
        return False
    return True


def store_for(database_id: str) -> SecretStore:
    choice = (os.environ.get(BACKEND_ENV) or "auto").strip().lower()
    if choice == "file":
        return FileSecrets(database_id)
    if choice == "keyring":
        if not keyring_usable():
            raise StorageError(_("{variable}=keyring but this system has no usable keyring").format(
                                   variable=BACKEND_ENV))
        return KeyringSecrets(database_id)
    if choice != "auto":
        raise StorageError(_("{variable} must be auto, keyring or file, not '{choice}'").format(
                               variable=BACKEND_ENV, choice=choice))
    if keyring_usable():
        return KeyringOrFile(KeyringSecrets(database_id), FileSecrets(database_id))
    return FileSecrets(database_id)
