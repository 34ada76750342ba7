"""Where Deskmate may write a file, and how: the one gate every export, document and backup passes.

Why one gate: a single slip of a file dialog or the shell (``-o deskmate.sqlite3``) must never
replace the shop's database, a backup or anything else Deskmate keeps, and a killed export must not
leave hundreds of megabytes behind. So every path that writes a file for a person goes through
:func:`writing`, which

* refuses, before anything is computed or written, a target that is the live database or one of
  its ``-wal``/``-shm``/``-journal`` files (also through a symlink or hard link), any SQLite
  database (a backup, another shop) or ``pg_dump`` archive (a server shop's backup), or any file inside the data folder other than in Deskmate's
  own ``exports/`` and ``outbox/`` folders (a backup command may add a *new* file to ``backups/``);
* refuses to replace an existing file unless the caller says so (``--force`` on the command line,
  a confirmation in the app);
* writes to a ``.part`` file next to the target, makes it private (0600 on POSIX, whatever the
  umask) and renames it into place only when complete, so a failure leaves the old file as it was;
* sends the temporary files of the libraries it uses (openpyxl's per-sheet files) to the data
  folder's own ``tmp/`` folder instead of the system temp folder;
* records the ``.part`` file in a *claim* (``tmp/<token>.lock``, locked while the write runs), so
  start-up and ``deskmate check`` can tell the leftovers of a killed process (claim not locked)
  from the work of one still running (:func:`sweep`).
"""
from __future__ import annotations

import contextvars
import json
import os
import secrets
import shutil
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from core.kernel.i18n import _
from core.kernel.db import Database
from core.kernel.errors import StorageError
from core.kernel.paths import DB_FILENAME, DataPaths

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
TEMP_FOLDER = "tmp"
#: Characters that make a spreadsheet program read a CSV cell as a formula (OWASP CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: Leftovers not claimed by any process are only removed once they are this old (seconds): a
#: restore or an upgrade backup (which write ``.part``/``.restoring`` files without a claim) may
#: be running in another Deskmate right now.
UNCLAIMED_GRACE_SECONDS = 600.0
#: When this process started (``sweep`` only removes unclaimed leftovers older than it).
PROCESS_STARTED = time.time()


class OutputRefused(StorageError):
    """A file target Deskmate will not write to (or could not write); nothing was changed."""


# ----------------------------------------------------------------------------- where

class OpenShop(Protocol):
    """What :meth:`Site.of` reads of an open shop (``core.app.Deskmate`` is one): its data folder
    and its database. A protocol, so this layer below the app names no ``Deskmate``."""

    @property
    def paths(self) -> DataPaths: ...

    @property
    def db(self) -> Database: ...


@dataclass(frozen=True)
class Site:
    """The data folder and the live database file (which ``--db-url`` may put elsewhere)."""

    root: Path
    database: Path | None = None
    extra_protected: tuple[Path, ...] = field(default=())

    @classmethod
    def of(cls, app: "OpenShop") -> "Site":
        """The site of an open shop: its data folder, and its database file when it is on SQLite
        (a shop on a server has no file here to protect)."""
        from core.kernel.storage import sqlite_path
        return cls(app.paths.root, sqlite_path(app.db.url))

    @property
    def temp(self) -> Path:
        return self.root / TEMP_FOLDER

    def own(self, name: str) -> Path:
        return self.root / name


def _real(path: Path) -> Path:
    return Path(os.path.normcase(os.path.realpath(path)))


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
        return True
    except ValueError:
        return False


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


#: The first bytes of what must never be written over: an SQLite database (a shop, a backup) and a
#: ``pg_dump`` custom-format archive (a server shop's backup).
DATABASE_HEADERS = (b"SQLite format 3\x00", b"PGDMP")


def _is_database_or_backup(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError:
        return False
    return any(head.startswith(h) for h in DATABASE_HEADERS)


def database_files(db: Path) -> list[Path]:
    """The database and the side files SQLite keeps next to it."""
    return [db] + [Path(f"{db}{suffix}") for suffix in ("-wal", "-shm", "-journal")]


def check_target(site: Site, target: str | os.PathLike[str], *, force: bool = False,
                 kind: str = "export") -> Path:
    """The target as an absolute path, or :class:`OutputRefused` saying in one sentence why not.

    ``kind`` is ``"export"`` (any file for a person) or ``"backup"`` (may also add a new file to
    the data folder's ``backups/``). Nothing is created or changed here."""
    text = os.fspath(target)
    if not str(text).strip():
        raise OutputRefused(_("no file name was given; nothing was written"))
    path = Path(text).expanduser().absolute()
    real = _real(path)
    if real.is_dir():
        raise OutputRefused(_("{path} is a folder; give a file name. Nothing was written").format(path=path))
    protected: list[Path] = []
    databases = [site.database] if site.database is not None else []
    databases.append(site.root / DB_FILENAME)
    for db in databases:
        protected.extend(database_files(db))
    protected.extend(site.extra_protected)
    for p in protected:
        if real == _real(p) or _same_file(real, p):
            raise OutputRefused(_("{path} is the shop's live database (or one of its working files); Deskmate never "
                                  "writes an export or backup over it. Nothing was changed").format(
                                    path=path))
    if real.exists() and _is_database_or_backup(real):
        raise OutputRefused(_("{path} is a database or a backup; Deskmate never writes over one. Choose another "
                              "file name. Nothing was changed").format(
                                path=path))
    root = _real(site.root)
    if _inside(real, root):
        allowed = [root / "exports", root / "outbox"]
        if kind == "backup":
            allowed.append(root / "backups")
        if not any(_inside(real, a) and real != a for a in allowed):
            raise OutputRefused(_("{path} is inside Deskmate's data folder ({root}), where only the exports and outbox "
                                  "folders take files; choose another place. Nothing was changed").format(
                                    path=path, root=site.root))
        if kind == "backup" and _inside(real, root / "backups") and real.exists():
            raise OutputRefused(_("{path} is an existing backup; Deskmate never writes over one. Nothing was changed").format(
                                    path=path))
    if real.exists() and not force:
        raise OutputRefused(_("{path} already exists; add --force to replace it (nothing was written)").format(
                                path=path))
    if real.exists() and not real.is_file():
        raise OutputRefused(_("{path} is not a regular file; nothing was written").format(path=path))
    return path


# ----------------------------------------------------------------------------- private files

def make_private(path: Path, mode: int = PRIVATE_FILE) -> None:
    """chmod regardless of the umask; a no-op where POSIX modes do not exist (Windows)."""
    if os.name != "posix":
        return
    try:
        os.chmod(path, mode)
    except FileNotFoundError:
        pass
    except PermissionError:
        pass  # somebody else's file: reading it is their business, not ours to change


def private_folder(folder: Path) -> Path:
    """Create ``folder`` (and parents) and make it 0700."""
    folder.mkdir(parents=True, exist_ok=True)
    make_private(folder, PRIVATE_DIR)
    return folder


def create_private_file(path: Path) -> None:
    """Create an empty file that is private from its first byte (SQLite keeps an existing file's
    mode, and gives its ``-wal``/``-shm``/``-journal`` files the database file's mode)."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE)
    os.close(fd)
    make_private(path)


def secure_database(db: Path | None) -> None:
    """The database and its side files: 0600 (also tightening a file an older version made 0644)."""
    if db is None:
        return
    for p in database_files(db):
        if p.exists():
            make_private(p)


def prepare_data_folder(root: Path, db: Path | None) -> bool:
    """Before the store is opened: a new data folder is created 0700 and a new database file
    0600. An existing folder keeps its mode (it may be a folder the person chose for more than
    Deskmate); what Deskmate keeps in it is private anyway. Returns whether the database file
    was created here (so a failed open can remove the empty file again)."""
    try:
        if not root.exists():
            private_folder(root)
        if db is not None and not db.exists() and db.parent.exists():
            create_private_file(db)
            return True
    except OSError:
        pass  # open_database says clearly what is wrong with the folder
    return False


# ----------------------------------------------------------------------------- library temp files

_TEMP_DIR: contextvars.ContextVar[Path | None] = contextvars.ContextVar("deskmate_temp_dir", default=None)


@contextmanager
def temp_files_in(folder: Path) -> Iterator[Path]:
    """Library temporary files created in this thread while the block runs go to ``folder``.

    openpyxl (both its write-only mode and the normal mode's save) writes each sheet to a file
    from ``tempfile`` first, with no way to say where; :func:`_install_openpyxl_redirect` routes
    that one function through this context variable, so it is per thread and leaves the global
    ``tempfile.tempdir`` alone."""
    _install_openpyxl_redirect()   # here, not at import: start-up must not load openpyxl
    folder.mkdir(parents=True, exist_ok=True)
    token = _TEMP_DIR.set(folder)
    try:
        yield folder
    finally:
        _TEMP_DIR.reset(token)


def _install_openpyxl_redirect() -> None:
    from openpyxl.worksheet import _writer as ows
    original = getattr(ows, "create_temporary_file", None)
    if original is None or getattr(original, "_deskmate", False):
        return

    def create_temporary_file(suffix: str = "") -> str:
        folder = _TEMP_DIR.get()
        if folder is None:
            return original(suffix)
        fd, name = tempfile.mkstemp(suffix=suffix + ".part", prefix="openpyxl.", dir=folder)
        os.close(fd)
        ows.ALL_TEMP_FILES.append(name)
        return name

    create_temporary_file._deskmate = True  # type: ignore[attr-defined]  # noqa: SLF001 - our own marker
    ows.create_temporary_file = create_temporary_file


# ----------------------------------------------------------------------------- claims

def _lock(fd: int) -> bool:
    """Try to lock an open claim file without waiting; True if we got the lock."""
    try:
        if os.name == "posix":
            import fcntl
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:  # pragma: no cover - Windows
            import msvcrt
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        return True
    except OSError:
        return False


class Claim:
    """A locked file in the data folder's ``tmp/`` naming the temporary files a write is making.

    The lock lives as long as the process holds the file open, so a killed process leaves a claim
    nobody holds: :func:`sweep` then removes what it names."""

    def __init__(self, site: Site, parts: Iterable[Path]) -> None:
        self.token = f"{os.getpid()}-{secrets.token_hex(6)}"
        self.folder = private_folder(site.temp)
        self.path = self.folder / f"{self.token}.lock"
        self.scratch = self.folder / self.token
        self.parts = [Path(p) for p in parts]
        self.fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_RDWR, PRIVATE_FILE)
        if not _lock(self.fd):  # pragma: no cover - a brand-new file nobody else can know yet
            os.close(self.fd)
            raise OutputRefused(_("could not lock a temporary file in the data folder; nothing was written"))
        self._write()

    def _write(self) -> None:
        data = json.dumps({"pid": os.getpid(), "parts": [str(p) for p in self.parts]}).encode()
        os.lseek(self.fd, 0, os.SEEK_SET)
        os.ftruncate(self.fd, 0)
        os.write(self.fd, data)
        os.fsync(self.fd)

    def add(self, path: Path) -> None:
        self.parts.append(Path(path))
        self._write()

    def release(self) -> None:
        shutil.rmtree(self.scratch, ignore_errors=True)
        for p in self.parts:
            try:
                p.unlink()
            except (FileNotFoundError, IsADirectoryError):
                pass
            except OSError:
                pass
        if os.name == "posix":   # unlink while still locked, then let go
            try:
                self.path.unlink()
            finally:
                os.close(self.fd)
        else:  # pragma: no cover - Windows cannot delete a file that is open
            os.close(self.fd)
            try:
                self.path.unlink()
            except OSError:
                pass


@contextmanager
def writing(site: Site, target: str | os.PathLike[str], *, force: bool = False,
            kind: str = "export") -> Iterator[Path]:
    """Check ``target``, then yield the temporary path to write the whole file to.

    On leaving the block normally the file is made private and renamed onto the target (checked
    once more: a file that appeared meanwhile is not replaced without ``force``); on an error
    nothing is left behind and an existing target is untouched."""
    final = check_target(site, target, force=force, kind=kind)
    try:
        final.parent.mkdir(parents=True, exist_ok=True)
        if _inside(_real(final.parent), _real(site.root)):
            make_private(final.parent, PRIVATE_DIR)   # exports/, outbox/, backups/
    except OSError as exc:
        raise OutputRefused(_("could not write {final}: cannot create the folder {parent} ({reason}); nothing was "
                              "written").format(
                                final=final, parent=final.parent, reason=exc.strerror or exc)) from None
    part = final.with_name(f".{final.name}.{os.getpid()}-{secrets.token_hex(4)}.part")
    # The part itself, and what SQLite's backup writes next to it (storage.backup_sqlite).
    claim = Claim(site, [part, Path(f"{part}.part"), Path(f"{part}-journal"),
                         *(Path(f"{part}.part{side}") for side in SQLITE_SIDE_FILES)])
    try:
        with temp_files_in(claim.scratch):
            yield part
        if not part.exists():
            raise OutputRefused(_("nothing was produced for {final}").format(final=final))
        make_private(part)
        check_target(site, final, force=force, kind=kind)
        try:
            os.replace(part, final)
        except OSError as exc:
            raise OutputRefused(_("could not write {final}: {reason}; nothing was changed").format(
                                    final=final, reason=exc.strerror or exc)) from None
    except OSError as exc:
        raise OutputRefused(_("could not write {final}: {reason}; nothing was changed").format(
                                final=final, reason=exc.strerror or exc)) from None
    finally:
        claim.release()


def write_bytes(site: Site, target: str | os.PathLike[str], data: bytes, *, force: bool = False) -> Path:
    """A whole small file (iCalendar, JSON) through :func:`writing`."""
    final = Path(target).expanduser().absolute()
    with writing(site, target, force=force) as part:
        part.write_bytes(data)
    return final


# ----------------------------------------------------------------------------- leftovers

#: File names a killed writer may leave: our ``.part`` files, SQLite backup/restore staging,
#: the invoice PDF writer's ``.NAME.tmp`` and the streaming workbook's ``.export-*.xlsx``.
SQLITE_SIDE_FILES = ("-journal", "-wal", "-shm")


def _looks_temporary(name: str) -> bool:
    return (name.endswith(".part") or name.endswith(".restoring")
            or any(name.endswith(f"{stem}{side}") for stem in (".part", ".restoring") for side in SQLITE_SIDE_FILES)
            or (name.startswith(".") and name.endswith(".tmp"))
            or (name.startswith(".export-") and name.endswith(".xlsx"))
            or name.startswith("openpyxl."))


def _key(path: str | os.PathLike[str]) -> str:
    """How two spellings of one path compare (links resolved, case folded where the OS does)."""
    return os.path.normcase(os.path.realpath(path))


def _claim_is_live(path: Path) -> bool:
    try:
        fd = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        return False
    except OSError:
        return True  # cannot even open it (Windows: in use): leave it alone
    try:
        if _lock(fd):
            return False
        return True
    finally:
        os.close(fd)


@dataclass(frozen=True)
class Removed:
    path: Path
    size: int


def _remove(path: Path, out: list[Removed]) -> None:
    try:
        if path.is_dir() and not path.is_symlink():
            sizes = [f.stat().st_size for f in path.rglob("*") if f.is_file()]
            shutil.rmtree(path)
            if sizes:   # an empty scratch folder is not worth reporting
                out.append(Removed(path, sum(sizes)))
            return
        size = path.stat().st_size
        path.unlink()
        out.append(Removed(path, size))
    except FileNotFoundError:
        pass
    except OSError:
        pass  # in use (Windows) or not ours: leave it for next time


def sweep(site: Site, now: float | None = None) -> list[Removed]:
    """Remove what killed exports, backups and restores left behind; returns what was removed.

    * A claim in ``tmp/`` that no process holds: the files it names and its scratch folder.
    * Anything else in ``tmp/`` and temporary-looking files (``*.part``, ``*.restoring``,
      ``.NAME.tmp``, ``.export-*.xlsx``) in the data folder, ``backups/``, ``exports/`` and
      ``outbox/`` that no live claim names, once last changed before this process started and
      at least :data:`UNCLAIMED_GRACE_SECONDS` ago (a restore in another copy of Deskmate writes
      such files without a claim)."""
    now = time.time() if now is None else now
    removed: list[Removed] = []
    live: set[str] = set()
    temp = site.temp
    if temp.is_dir():
        for claim in sorted(temp.glob("*.lock")):
            try:
                parts = json.loads(claim.read_text(encoding="utf-8") or "{}").get("parts", [])
            except (OSError, ValueError):
                parts = []
            if _claim_is_live(claim):
                live.add(claim.stem)
                live.update(_key(p) for p in parts)
                continue
            for p in parts:
                _remove(Path(p), removed)
            _remove(temp / claim.stem, removed)
            try:
                claim.unlink()
            except OSError:
                pass
    cutoff = min(PROCESS_STARTED, now - UNCLAIMED_GRACE_SECONDS)

    def stale(p: Path) -> bool:
        if _key(p) in live:
            return False
        try:
            return p.lstat().st_mtime < cutoff
        except OSError:
            return False

    if temp.is_dir():
        for p in temp.iterdir():
            if p.suffix == ".lock" or p.name in live:
                continue
            if stale(p):
                _remove(p, removed)
    for folder in (site.root, site.root / "backups", site.root / "exports", site.root / "outbox"):
        if not folder.is_dir():
            continue
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if entry.is_file(follow_symlinks=False) and _looks_temporary(entry.name):
                p = Path(entry.path)
                if stale(p):
                    _remove(p, removed)
    return removed


def describe(removed: list[Removed]) -> str:
    """One line for ``deskmate check``: how many, how big, which."""
    if not removed:
        return _("none")
    total = sum(r.size for r in removed)
    names = ", ".join(str(r.path) for r in removed[:5]) + (" " + _("and {n} more").format(n=len(removed) - 5) if len(removed) > 5 else "")
    return f"{len(removed)} ({_size(total)}): {names}"


def _size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return f"{n}"  # pragma: no cover


# ----------------------------------------------------------------------------- CSV cells

def csv_text(value: Any) -> Any:
    """A CSV cell a spreadsheet program will not run as a formula (OWASP "CSV Injection"):
    text starting with ``= + - @``, a tab or a carriage return gets a leading apostrophe, which
    Excel and LibreOffice show as plain text. Numbers are left as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def tidy_at_startup(app: OpenShop) -> list[Removed]:
    """After the store opened: make its files private and remove stale leftovers. Never fails
    start-up (a folder we cannot tidy is reported by ``deskmate check``)."""
    try:
        site = Site.of(app)
        db = site.database
        if db is not None:
            secure_database(db)
            # SQLite creates -wal/-shm on the first connection: open one now so they exist and
            # get the database file's mode (they are checked again here).
            with app.db.engine.connect():
                pass
            secure_database(db)
        for name in ("backups", "exports", "outbox", "logs", TEMP_FOLDER):
            if (site.root / name).is_dir():
                make_private(site.root / name, PRIVATE_DIR)
        return sweep(site)
    except Exception:  # noqa: BLE001 - tidying must never stop the shop from opening
        return []
