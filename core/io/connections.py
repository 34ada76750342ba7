"""Settings → Database on the service side: an owner makes this computer open another database.

The connection itself (precedence, saved URL, password in the secret store, the connection test)
is the kernel's (:mod:`core.kernel.connection`); deciding where the shop's data lives is an
owner's right, checked here, above the users area.
"""
from __future__ import annotations

from pathlib import Path

from core.kernel.actor import Actor
from core.kernel.connection import Probe, probe, save
from core.kernel.errors import ConflictError
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
        raise ConflictError(f"not saved: {result.message}")
    save(data_root, url)
    return result
