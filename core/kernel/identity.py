"""The database's own identity: a random id made once, when the database is created.

Things kept outside the database for it — secret settings in the keyring, the command line's login
sessions — are filed under this id rather than under the folder's path, so moving the data folder
keeps them, a restored backup of the same shop finds them, and a different database placed in the
same folder (a new ``init``, a demo shop) never sees another shop's secrets or sessions.
"""
from __future__ import annotations

from sqlalchemy import Boolean, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from core.kernel.i18n import _
from core.kernel.db import Base
from core.kernel.errors import StorageError


class DatabaseIdentity(Base):
    __tablename__ = "database_identity"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    #: The demo shop (``deskmate init --demo``): its users keep the documented short password, and
    #: the app says it is a demo wherever one logs in.
    demo: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    #: The Deskmate version that last opened this database (:func:`stamp_version`). A backup is a
    #: copy of the database, so it carries the version that wrote it: a restore or a support
    #: question can say "made by Deskmate 0.3.0" without a file beside the backup.
    app_version: Mapped[str | None] = mapped_column(String(40), nullable=True)


def database_id(session: Session) -> str:
    """The id stored by the migration that created the table (there is exactly one row)."""
    cached = session.info.get("deskmate_database_id")
    if cached:
        return str(cached)
    found = session.scalar(select(DatabaseIdentity.id).limit(1))
    if not found:
        raise StorageError(_("this database has no identity record; run 'deskmate check'"))
    session.info["deskmate_database_id"] = found
    return str(found)


#: Every demo-shop user's password (documented in the README); the password policy lets it through
#: in a database marked as the demo shop only.
DEMO_PASSWORD = "demo1234"


def is_demo(session: Session) -> bool:
    return bool(session.scalar(select(DatabaseIdentity.demo).limit(1)))


def mark_demo(session: Session) -> None:
    """Inside the demo builder's unit of work (the caller records the audit entry)."""
    row = session.scalar(select(DatabaseIdentity).limit(1))
    if row is None:
        raise StorageError(_("this database has no identity record; run 'deskmate check'"))
    row.demo = True


def stored_version(session: Session) -> str | None:
    return session.scalar(select(DatabaseIdentity.app_version).limit(1))


def stamp_version(session: Session, version: str) -> str | None:
    """Record ``version`` as the one that opened the database; returns the one it replaces.
    Inside the caller's unit of work (the caller records the audit entry)."""
    row = session.scalar(select(DatabaseIdentity).limit(1))
    if row is None:
        raise StorageError(_("this database has no identity record; run 'deskmate check'"))
    before, row.app_version = row.app_version, version
    return before
