"""Accounts: the first owner, adding people, logging in (slowed and locked after failures), and
the single-user shortcut."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.kernel.i18n import _, ngettext
from core.kernel.actor import ANONYMOUS, Actor, Role
from core.kernel.audit import changes, record
from core.kernel.clock import Clock
from core.kernel.db import Database
from core.kernel.errors import ConflictError, DeskmateError, NotFound, PermissionDenied
from core.kernel.settings import SettingsService
from core.users import lockout
from core.users.models import User
from core.users.passwords import MIN_LENGTH, check_new_password
from core.users.permissions import Perm, require
from core.users.sessions import SessionService, end_sessions

_hasher = PasswordHasher()  # argon2id with argon2-cffi's current recommended parameters
MIN_PASSWORD = MIN_LENGTH


@cache
def _dummy_hash() -> str:
    """Verified against when the user name is unknown, so a wrong name takes as long as a wrong
    password (made on first use: hashing costs tens of milliseconds we don't spend at start-up)."""
    return _hasher.hash("not-a-real-password")


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    created_at: datetime
    failed_logins: int = 0
    locked_until: datetime | None = None
    last_failed_at: datetime | None = None

    @property
    def actor(self) -> Actor:
        return Actor(self.id, self.username, self.role)

    def locked_at(self, now: datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until

    def next_try_at(self, now: datetime) -> datetime | None:
        """When this account may next try to log in, if failed logins make it wait or lock it."""
        refused = lockout.refusal(self.failed_logins, self.last_failed_at, self.locked_until, now)
        return refused.until if refused is not None else None

    def status(self, now: datetime) -> str:
        """The account's state in words, with the back-off or lock time left."""
        return lockout.status_words(self.active, self.failed_logins, self.last_failed_at,
                                    self.locked_until, now)


def _info(u: User) -> UserInfo:
    return UserInfo(u.id, u.username, u.display_name, Role(u.role), u.active, u.created_at,
                    u.failed_logins or 0, u.locked_until, u.last_failed_at)


def _check_username(name: str) -> str:
    name = name.strip()
    if not name or len(name) > 80 or any(c.isspace() for c in name):
        raise DeskmateError(_("a user name is 1-80 characters without spaces"))
    return name


def _check_password(session: Session, password: str, username: str) -> None:
    """The password policy (core/users/passwords.py) — except in the demo shop, whose users keep
    the documented demo password."""
    from core.kernel.identity import DEMO_PASSWORD, is_demo

    if password == DEMO_PASSWORD and is_demo(session):
        return
    check_new_password(password, username)


def _role(role: Role | str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise DeskmateError(_("unknown role '{role}': use owner, staff or bookkeeper").format(role=role)) from None


class UserService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db, self.clock = db, clock
        self.sessions = SessionService(db, clock)

    def has_users(self) -> bool:
        with self.db.read() as s:
            return bool(s.scalar(select(func.count(User.id))))

    def create_first_owner(self, username: str, password: str, display_name: str = "") -> UserInfo:
        """Only allowed while there is no account at all: first run creates the owner."""
        username = _check_username(username)
        with self.db.uow() as s:
            if s.scalar(select(func.count(User.id))):
                raise ConflictError(_("the shop already has users; ask the owner to add you"))
            _check_password(s, password, username)
            u = User(username=username, display_name=display_name or username, role=Role.OWNER.value,
                     password_hash=_hasher.hash(password), active=True, created_at=self.clock.now())
            s.add(u)
            s.flush()
            info = _info(u)
            record(s, info.actor, area="users", action="create first owner", entity="user",
                   entity_id=u.id, after={"username": username, "role": "owner"},
                   summary=_("first owner {username} created").format(username=username), at=self.clock.now())
            return info

    def add(self, actor: Actor, username: str, role: Role | str, password: str,
            display_name: str = "") -> UserInfo:
        require(actor, Perm.MANAGE_USERS)
        username = _check_username(username)
        role = _role(role)
        with self.db.uow() as s:
            if s.scalar(select(User).where(User.username == username)):
                raise ConflictError(_("there is already a user called '{username}'").format(username=username))
            _check_password(s, password, username)
            u = User(username=username, display_name=display_name or username, role=role.value,
                     password_hash=_hasher.hash(password), active=True, created_at=self.clock.now())
            s.add(u)
            s.flush()
            record(s, actor, area="users", action="add user", entity="user", entity_id=u.id,
                   after={"username": username, "role": role.value, "display_name": u.display_name},
                   summary=_("user {user} added as {role}").format(user=username, role=role.value), at=self.clock.now())
            return _info(u)

    def list(self) -> list[UserInfo]:
        with self.db.read() as s:
            return [_info(u) for u in s.scalars(select(User).order_by(User.username))]

    def get(self, user_id: int) -> UserInfo:
        with self.db.read() as s:
            u = s.get(User, user_id)
            if u is None:
                raise NotFound(_("no user with id {user_id}").format(user_id=user_id))
            return _info(u)

    def by_name(self, username: str) -> UserInfo:
        with self.db.read() as s:
            u = s.scalar(select(User).where(User.username == username))
            if u is None:
                raise NotFound(_("no user called '{username}'").format(username=username))
            return _info(u)

    def authenticate(self, username: str, password: str, origin: str = "desktop app",
                     record_success: bool = False) -> UserInfo:
        """Check a login. The same message for a wrong name and a wrong password, so names can't be
        probed (and the same work: an unknown name is verified against a dummy hash).

        Failures are counted and audited; after five in a row the next attempt must wait, after
        ten the account locks for 15 minutes (core/users/lockout.py) — checked against the app's
        clock before the password is even looked at. A success resets the count and upgrades a
        hash made with older parameters; it is audited ("log in", with ``origin``) when it changed
        something that way, or when ``record_success`` (a command-line login session opening)."""
        name = username.strip()
        now = self.clock.now()
        with self.db.read() as s:
            u = s.scalar(select(User).where(User.username == name))
            info = _info(u) if u is not None else None
            stored = u.password_hash if u is not None else _dummy_hash()
            if u is not None:
                refused = lockout.refusal(u.failed_logins or 0, u.last_failed_at, u.locked_until, now)
                if refused is not None:
                    raise PermissionDenied(refused.message(now))
        try:
            ok = _hasher.verify(stored, password) and info is not None and info.active
        except (VerificationError, InvalidHashError):
            ok = False
        if not ok or info is None:
            self._failed_login(info, origin, now)
            raise PermissionDenied(_("wrong user name or password"))
        rehash = _hasher.check_needs_rehash(stored)
        if not (record_success or rehash or info.failed_logins or info.locked_until is not None):
            return info
        with self.db.uow() as s:
            row = s.get(User, info.id)
            if row is not None:
                had = row.failed_logins or 0
                row.failed_logins, row.last_failed_at, row.locked_until = 0, None, None
                if rehash:
                    row.password_hash = _hasher.hash(password)
                record(s, info.actor, area="users", action="log in", entity="user", entity_id=info.id,
                       summary=(ngettext("{user} logged in ({origin}) after {n} failed attempt",
                                         "{user} logged in ({origin}) after {n} failed attempts", had)
                                if had else _("{user} logged in ({origin})")).format(
                                    user=info.username, origin=origin, n=had), at=now)
                info = _info(row)
        return info

    def _failed_login(self, info: UserInfo | None, origin: str, now: datetime) -> None:
        """Count and audit a failed login, in its own unit of work (it must stay recorded although
        the caller then raises). An unknown name is recorded without the name typed: people type
        passwords into the name field."""
        with self.db.uow() as s:
            row = s.get(User, info.id) if info is not None else None
            if row is None:
                record(s, ANONYMOUS, area="users", action="failed login", entity="user",
                       summary=_("failed login with an unknown user name ({origin})").format(origin=origin), at=now)
                return
            row.failed_logins, locked = lockout.after_failure(row.failed_logins or 0, now)
            row.last_failed_at = now
            if locked is not None:
                row.locked_until = locked
            what = f"failed login for {row.username} ({origin}), {row.failed_logins} in a row"
            if locked is not None:
                what += f"; locked until {locked:%H:%M} UTC"
            record(s, ANONYMOUS, area="users", action="failed login", entity="user", entity_id=row.id,
                   after={"failed_logins": row.failed_logins,
                          "locked_until": locked}, summary=what, at=now)

    def unlock(self, actor: Actor, user_id: int) -> UserInfo:
        """The owner lifts a lock (or a back-off) after failed logins."""
        require(actor, Perm.MANAGE_USERS)
        with self.db.uow() as s:
            u = s.get(User, user_id)
            if u is None:
                raise NotFound(_("no user with id {user_id}").format(user_id=user_id))
            had = u.failed_logins or 0
            before = {"failed_logins": had, "locked_until": u.locked_until}
            if had or u.locked_until is not None:
                u.failed_logins, u.last_failed_at, u.locked_until = 0, None, None
                record(s, actor, area="users", action="unlock user", entity="user", entity_id=u.id,
                       before=before, after={"failed_logins": 0, "locked_until": None},
                       summary=ngettext("{user} unlocked after {n} failed login", "{user} unlocked after {n} failed logins",
                                        had).format(user=u.username, n=had),
                       at=self.clock.now())
            return _info(u)

    def single_user_actor(self) -> Actor | None:
        """The owner to open as when the owner chose "single-user shop", else None (ask to log in)."""
        with self.db.read() as s:
            if not SettingsService.read(s, "app.single_user"):
                return None
            owner = s.scalar(select(User).where(User.role == Role.OWNER.value, User.active.is_(True))
                             .order_by(User.id))
            return _info(owner).actor if owner else None

    def update(self, actor: Actor, user_id: int, *, role: Role | str | None = None,
               active: bool | None = None, display_name: str | None = None) -> UserInfo:
        require(actor, Perm.MANAGE_USERS)
        with self.db.uow() as s:
            u = s.get(User, user_id)
            if u is None:
                raise NotFound(_("no user with id {user_id}").format(user_id=user_id))
            before = {"role": u.role, "active": u.active, "display_name": u.display_name}
            if role is not None:
                u.role = _role(role).value
            if active is not None:
                u.active = active
            if display_name is not None:
                u.display_name = display_name.strip() or u.username
            s.flush()
            owners = s.scalar(select(func.count(User.id)).where(
                User.role == Role.OWNER.value, User.active.is_(True)))
            if not owners:
                raise ConflictError(_("{user} is the last active owner: the shop needs at least one; make someone else "
                                      "owner first").format(
                                        user=u.username))
            after = {"role": u.role, "active": u.active, "display_name": u.display_name}
            if not u.active:
                end_sessions(s, u.id)
            old, new = changes(before, after)
            if new:
                record(s, actor, area="users", action="change user", entity="user", entity_id=u.id,
                       before=old, after=new, summary=_("user {user} changed").format(user=u.username), at=self.clock.now())
            return _info(u)

    def set_password(self, actor: Actor, user_id: int, password: str) -> None:
        """Owners reset anyone's password; everyone may change their own."""
        if actor.user_id != user_id:
            require(actor, Perm.MANAGE_USERS)
        with self.db.uow() as s:
            u = s.get(User, user_id)
            if u is None:
                raise NotFound(_("no user with id {user_id}").format(user_id=user_id))
            _check_password(s, password, u.username)
            u.password_hash = _hasher.hash(password)
            end_sessions(s, u.id)  # a password change logs the user out everywhere else
            record(s, actor, area="users", action="set password", entity="user", entity_id=u.id,
                   summary=_("password of {user} changed").format(user=u.username), at=self.clock.now())
