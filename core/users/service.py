"""Accounts: the first owner, adding people, logging in, and the single-user shortcut."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from core.kernel.actor import Actor, Role
from core.kernel.audit import changes, record
from core.kernel.clock import Clock
from core.kernel.db import Database
from core.kernel.errors import ConflictError, DeskmateError, NotFound, PermissionDenied
from core.kernel.settings import SettingsService
from core.users.models import User
from core.users.permissions import Perm, require

_hasher = PasswordHasher()  # argon2id with argon2-cffi's current recommended parameters
MIN_PASSWORD = 6


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

    @property
    def actor(self) -> Actor:
        return Actor(self.id, self.username, self.role)


def _info(u: User) -> UserInfo:
    return UserInfo(u.id, u.username, u.display_name, Role(u.role), u.active, u.created_at)


def _check_username(name: str) -> str:
    name = name.strip()
    if not name or len(name) > 80 or any(c.isspace() for c in name):
        raise DeskmateError("a user name is 1-80 characters without spaces")
    return name


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise DeskmateError(f"a password needs at least {MIN_PASSWORD} characters")


def _role(role: Role | str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise DeskmateError(f"unknown role '{role}': use owner, staff or bookkeeper") from None


class UserService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db, self.clock = db, clock

    def has_users(self) -> bool:
        with self.db.read() as s:
            return bool(s.scalar(select(func.count(User.id))))

    def create_first_owner(self, username: str, password: str, display_name: str = "") -> UserInfo:
        """Only allowed while there is no account at all: first run creates the owner."""
        username = _check_username(username)
        _check_password(password)
        with self.db.uow() as s:
            if s.scalar(select(func.count(User.id))):
                raise ConflictError("the shop already has users; ask the owner to add you")
            u = User(username=username, display_name=display_name or username, role=Role.OWNER.value,
                     password_hash=_hasher.hash(password), active=True, created_at=self.clock.now())
            s.add(u)
            s.flush()
            info = _info(u)
            record(s, info.actor, area="users", action="create first owner", entity="user",
                   entity_id=u.id, after={"username": username, "role": "owner"},
                   summary=f"first owner {username} created", at=self.clock.now())
            return info

    def add(self, actor: Actor, username: str, role: Role | str, password: str,
            display_name: str = "") -> UserInfo:
        require(actor, Perm.MANAGE_USERS)
        username = _check_username(username)
        role = _role(role)
        _check_password(password)
        with self.db.uow() as s:
            if s.scalar(select(User).where(User.username == username)):
                raise ConflictError(f"there is already a user called '{username}'")
            u = User(username=username, display_name=display_name or username, role=role.value,
                     password_hash=_hasher.hash(password), active=True, created_at=self.clock.now())
            s.add(u)
            s.flush()
            record(s, actor, area="users", action="add user", entity="user", entity_id=u.id,
                   after={"username": username, "role": role.value, "display_name": u.display_name},
                   summary=f"user {username} added as {role.value}", at=self.clock.now())
            return _info(u)

    def list(self) -> list[UserInfo]:
        with self.db.read() as s:
            return [_info(u) for u in s.scalars(select(User).order_by(User.username))]

    def get(self, user_id: int) -> UserInfo:
        with self.db.read() as s:
            u = s.get(User, user_id)
            if u is None:
                raise NotFound(f"no user with id {user_id}")
            return _info(u)

    def by_name(self, username: str) -> UserInfo:
        with self.db.read() as s:
            u = s.scalar(select(User).where(User.username == username))
            if u is None:
                raise NotFound(f"no user called '{username}'")
            return _info(u)

    def authenticate(self, username: str, password: str) -> UserInfo:
        """The same message for a wrong name and a wrong password, so names can't be probed (and
        the same work: an unknown name is verified against a dummy hash). A hash made with older
        parameters is upgraded on a successful login."""
        with self.db.read() as s:
            u = s.scalar(select(User).where(User.username == username.strip()))
            info = _info(u) if u is not None else None
            stored = u.password_hash if u is not None else _dummy_hash()
        try:
            ok = _hasher.verify(stored, password) and info is not None and info.active
        except (VerificationError, InvalidHashError):
            ok = False
        if not ok or info is None:
            raise PermissionDenied("wrong user name or password")
        if _hasher.check_needs_rehash(stored):
            with self.db.uow() as s:
                row = s.get(User, info.id)
                if row is not None:
                    row.password_hash = _hasher.hash(password)
        return info

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
                raise NotFound(f"no user with id {user_id}")
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
                raise ConflictError(f"{u.username} is the last active owner: the shop needs at least one; "
                                    "make someone else owner first")
            after = {"role": u.role, "active": u.active, "display_name": u.display_name}
            old, new = changes(before, after)
            if new:
                record(s, actor, area="users", action="change user", entity="user", entity_id=u.id,
                       before=old, after=new, summary=f"user {u.username} changed", at=self.clock.now())
            return _info(u)

    def set_password(self, actor: Actor, user_id: int, password: str) -> None:
        """Owners reset anyone's password; everyone may change their own."""
        if actor.user_id != user_id:
            require(actor, Perm.MANAGE_USERS)
        _check_password(password)
        with self.db.uow() as s:
            u = s.get(User, user_id)
            if u is None:
                raise NotFound(f"no user with id {user_id}")
            u.password_hash = _hasher.hash(password)
            record(s, actor, area="users", action="set password", entity="user", entity_id=u.id,
                   summary=f"password of {u.username} changed", at=self.clock.now())
