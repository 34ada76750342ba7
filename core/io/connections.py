"""Settings → Database on the service side: an owner makes this computer open another database.

The connection itself (precedence, saved URL, password in the secret store, the connection test)
is the kernel's (:mod:`core.kernel.connection`); deciding where the shop's data lives is an
owner's right, checked here, above the users area.
"""
from __future__ import annotations

from pathlib import Path

from core.kernel.i18n import _
from core.kernel.actor import Actor
from core.kernel.connection import Probe, display_url, parse, probe, save
from core.kernel.errors import ConflictError, StorageError
from core.users.permissions import Perm, require


def use_connection(actor: Actor, data_root: Path, url: str | None) -> Probe | None:
    """Make this computer's Deskmate open ``url`` (None: the data folder's SQLite file again) from
    its next start. Only an owner decides where the shop's data lives; a URL that fails its test is
    not saved. The password goes to the secret store, never to a file in clear."""
    require(actor, Perm.BACKUP_RESTORE)
    if url is None:
        save(data_root, None)
        return None
    result = probe(url)
    if not result.ok:
        raise ConflictError(_("not saved: {message}").format(message=result.message))
    save(data_root, url)
    return result


def use_moved_database(actor: Actor, data_root: Path, url: str) -> str:
    """After ``deskmate move`` (File → Move the shop…): make this computer open the moved shop from
    its next start, as Settings → Database does; returns what was saved, in words.

    A server is tested first (:func:`use_connection`). A moved SQLite file is checked to be a
    Deskmate database this version can open; the data folder's own file means no saved connection
    at all (the default). Nothing is saved when a check fails."""
    require(actor, Perm.BACKUP_RESTORE)
    u = parse(url)
    if u.get_backend_name() != "sqlite":
        result = use_connection(actor, data_root, url)
        return f"{result.message if result else display_url(url)}. Deskmate will open it from its next start"
    from core.kernel.paths import DB_FILENAME
    from core.kernel.storage import MARKER_TABLE, classify, inspect_sqlite_file, sqlite_path
    file = sqlite_path(url)
    if file is None or not file.is_file():
        raise ConflictError(_("not saved: {url} is not a database file").format(url=url))
    try:
        revs, tables = inspect_sqlite_file(file)
        if MARKER_TABLE not in tables:
            raise StorageError(_("{file} is not a Deskmate database").format(file=file))
        classify(file, revs, tables)
    except StorageError as exc:
        raise ConflictError(_("not saved: {exc}").format(exc=exc)) from None
    if file.resolve() == (Path(data_root) / DB_FILENAME).resolve():
        save(data_root, None)
        return "Deskmate will open the data folder's own file from its next start"
    save(data_root, f"sqlite:///{file.resolve()}")
    return f"Deskmate will open {file} from its next start"
