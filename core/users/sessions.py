"""Login sessions for the command line: ``deskmate login`` once, then commands act as you.

A session is a random token (256 bits). The database keeps only its SHA-256 hash, whose user, and
when it was opened and last used; the token itself is in a 0600 file in the user's config folder
(``sessions/<database id>.json``, one entry per logged-in user name), so copying the data folder or
a backup carries no usable login, and a different database in the same folder sees none. A session
ends after 8 hours unused or 7 days after login, with ``deskmate logout``, when the user's
password is changed, or when the user is deactivated.
"""
from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import delete, select

from core.kernel.i18n import _
from core.kernel.actor import Actor, Role
from core.kernel.audit import record
from core.kernel.clock import Clock
from core.kernel.db import Database
from core.kernel.identity import database_id
from core.kernel.userconfig import private_folder, read_json, write_private_json
from core.users.models import LoginSession, User

IDLE_LIMIT = timedelta(hours=8)
ABSOLUTE_LIMIT = timedelta(days=7)
#: Last use is written at most this often (a write per command would be wasted work).
TOUCH_EVERY = timedelta(minutes=1)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class SessionFile:
    """The tokens this OS user holds for one database: ``{"users": {name: token}}``, 0600."""

    def __init__(self, db_id: str, folder: Path | None = None) -> None:
        self.path = (folder or private_folder("sessions")) / f"{db_id}.json"

    def tokens(self) -> dict[str, str]:
        users = read_json(self.path).get("users")
        return {str(k): str(v) for k, v in users.items()} if isinstance(users, dict) else {}

    def put(self, username: str, token: str) -> None:
        tokens = self.tokens()
        tokens[username] = token
        write_private_json(self.path, {"users": tokens})

    def drop(self, username: str) -> None:
        tokens = self.tokens()
        if tokens.pop(username, None) is not None:
            if tokens:
                write_private_json(self.path, {"users": tokens})
            else:
                self.path.unlink(missing_ok=True)


class SessionService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db, self.clock = db, clock

    def file(self) -> SessionFile:
        with self.db.read() as s:
            return SessionFile(database_id(s))

    def open(self, actor: Actor, origin: str = "command line") -> tuple[str, datetime]:
        """A new session for an authenticated user: stores the token in the session file and
        returns it with the time it ends at the latest."""
        token = secrets.token_urlsafe(32)
        now = self.clock.now()
        with self.db.uow() as s:
            s.add(LoginSession(user_id=actor.user_id, token_hash=token_hash(token), origin=origin,
                               created_at=now, last_used_at=now))
            db_id = database_id(s)
        SessionFile(db_id).put(actor.username, token)
        return token, now + ABSOLUTE_LIMIT

    def _expired(self, row: LoginSession, now: datetime) -> bool:
        return now - row.last_used_at > IDLE_LIMIT or now - row.created_at > ABSOLUTE_LIMIT

    def resume(self, username: str) -> Actor | None:
        """The user, if this OS user holds a live session for them; an expired or revoked one is
        forgotten (file entry and database row)."""
        file = self.file()
        token = file.tokens().get(username)
        if token is None:
            return None
        now = self.clock.now()
        digest = token_hash(token)
        with self.db.read() as s:        # a read first: most commands find a fresh, live session
            row = s.scalar(select(LoginSession).where(LoginSession.token_hash == digest))
            user = s.get(User, row.user_id) if row is not None else None
            live = (row is not None and user is not None and user.username == username and user.active
                    and not self._expired(row, now))
            stale = row is not None and (not live or now - row.last_used_at >= TOUCH_EVERY)
            actor = Actor(user.id, user.username, Role(user.role)) if live and user is not None else None
        if stale:
            with self.db.uow() as s:
                row = s.scalar(select(LoginSession).where(LoginSession.token_hash == digest))
                if row is not None:
                    if live:
                        row.last_used_at = now
                    else:
                        s.delete(row)
        if actor is None:
            file.drop(username)
        return actor

    def logged_in(self) -> list[str]:
        """User names with a token in this OS user's session file (live or not: see resume)."""
        return sorted(self.file().tokens())

    def close(self, username: str) -> bool:
        """Log ``username`` out here: the session ends in the database and leaves the file."""
        file = self.file()
        token = file.tokens().get(username)
        if token is None:
            return False
        with self.db.uow() as s:
            row = s.scalar(select(LoginSession).where(LoginSession.token_hash == token_hash(token)))
            if row is not None:
                user = s.get(User, row.user_id)
                s.delete(row)
                if user is not None:
                    record(s, Actor(user.id, user.username, Role(user.role)), area="users", action="log out",
                           entity="user", entity_id=user.id, summary=_("{user} logged out ({origin})").format(
                                                                         user=user.username, origin=row.origin), at=self.clock.now())
        file.drop(username)
        return True


def end_sessions(session: object, user_id: int) -> None:
    """Inside the caller's unit of work: end every session of a user (password changed,
    deactivated)."""
    session.execute(delete(LoginSession).where(LoginSession.user_id == user_id))  # type: ignore[attr-defined]
