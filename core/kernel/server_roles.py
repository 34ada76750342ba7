"""``deskmate server init``: a shop database on a PostgreSQL server, with two roles.

Run once by whoever administers the server (a role that may create roles and databases, such as
``postgres``), with that role's URL naming the shop's database. It creates, or brings up to date:

* the **owner role** (default ``deskmate_owner``): owns the database and every table, runs the
  migrations (Alembic), takes and restores backups. Keep its URL with the person who looks after
  the server, not on every till.
* the **desktop role** (default ``deskmate_desktop``): what every desktop and the worker connect
  as. It may read and change the shop's data, but on the audit log only ``INSERT`` and ``SELECT``:
  no ``UPDATE``, ``DELETE`` or ``TRUNCATE`` (the append-only triggers refuse those too, and the
  desktop role cannot drop triggers, which only the table's owner may). It cannot change the schema
  or the migration stamp either, so a desktop never upgrades the database half-way: an older
  schema is reported with what to run.

The same split as GnuCash's or Odoo's recommended set-ups: an administrative role for schema
changes, and an unprivileged application role for daily work. Passwords are generated (a role that
already exists keeps its password unless ``new_passwords``) and returned once, to be printed; they
are stored nowhere by this command.
"""
from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

from core.kernel.i18n import _
from core.kernel.errors import StorageError, ValidationError

OWNER_ROLE = "deskmate_owner"
DESKTOP_ROLE = "deskmate_desktop"
_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


@dataclass(frozen=True)
class ServerSetup:
    database: str
    owner_url: str            # with the password: printed once
    desktop_url: str
    created_roles: tuple[str, ...]
    new_passwords: tuple[str, ...]   # roles whose password was set now (others: unchanged, not shown)
    created_database: bool


def _ident(name: str, what: str) -> str:
    if not _NAME.match(name):
        raise ValidationError(_("the {what} name '{name}' must be lower-case letters, digits and _ (starting with a "
                                "letter), at most 63").format(
                                  what=what, name=name))
    return f'"{name}"'


def _role_exists(conn: object, name: str) -> bool:
    return conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first() is not None  # type: ignore[attr-defined]


def init_server(admin_url: str, owner_role: str = OWNER_ROLE, desktop_role: str = DESKTOP_ROLE,
                new_passwords: bool = False, clock: object = None) -> ServerSetup:
    """Create (or update) the roles and the database, migrate it as the owner, grant the desktop
    role its rights. Safe to run again, e.g. after installing a newer Deskmate (it migrates)."""
    from core.kernel.connection import parse

    admin = parse(admin_url)
    if admin.get_backend_name() != "postgresql":
        raise ValidationError(_("server init is for PostgreSQL: give postgresql+psycopg://ADMIN@HOST/DATABASE"))
    database = str(admin.database)
    q_db, q_owner, q_desk = _ident(database, "database"), _ident(owner_role, "owner role"), \
        _ident(desktop_role, "desktop role")
    if owner_role == desktop_role:
        raise ValidationError(_("the owner and the desktop role must be two different roles"))
    passwords: dict[str, str] = {}
    created: list[str] = []
    engine = create_engine(admin.set(database="postgres"), isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        with engine.connect() as conn:
            for role, extra in ((owner_role, " CREATEDB"), (desktop_role, "")):
                exists = _role_exists(conn, role)
                if not exists or new_passwords:
                    passwords[role] = secrets.token_urlsafe(24)
                verb = "ALTER" if exists else "CREATE"
                if not exists:
                    created.append(role)
                if role in passwords:
                    # A literal, not a parameter (utility statements take none); token_urlsafe has no quotes.
                    conn.execute(text(f"{verb} ROLE {_ident(role, 'role')} LOGIN{extra} "
                                      f"PASSWORD '{passwords[role]}'"))
            has_db = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": database}).first()
            if has_db is None:
                conn.execute(text(f"CREATE DATABASE {q_db} OWNER {q_owner} ENCODING 'UTF8' TEMPLATE template0"))
            else:
                conn.execute(text(f"ALTER DATABASE {q_db} OWNER TO {q_owner}"))
            conn.execute(text(f"REVOKE ALL ON DATABASE {q_db} FROM PUBLIC"))
            conn.execute(text(f"GRANT CONNECT, TEMPORARY ON DATABASE {q_db} TO {q_desk}"))
    except (ValidationError, StorageError):
        raise
    except Exception as exc:  # noqa: BLE001 - rights, an unreachable server: one line a person can act on
        raise StorageError(_("server init failed: {detail}").format(
                               detail=str(getattr(exc, 'orig', exc)).splitlines()[0])) from None
    finally:
        engine.dispose()

    owner_url = _as(admin, owner_role, passwords.get(owner_role))
    # The schema, created by the owner so that the owner owns every table (and the triggers).
    engine = create_engine(admin, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        with engine.connect() as conn:
            conn.execute(text(f"ALTER SCHEMA public OWNER TO {q_owner}"))
            tables = [r[0] for r in conn.execute(text(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner <> :o"), {"o": owner_role})]
            for t in tables:   # a database an administrator migrated before: hand it to the owner
                conn.execute(text(f'ALTER TABLE public."{t}" OWNER TO {q_owner}'))
    finally:
        engine.dispose()
    _migrate_as(owner_url if owner_role in passwords else None, admin, owner_role, clock)
    engine = create_engine(admin, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        with engine.connect() as conn:
            for sql in _grants(q_owner, q_desk):
                conn.execute(text(sql))
    finally:
        engine.dispose()
    return ServerSetup(database=database, owner_url=owner_url,
                       desktop_url=_as(admin, desktop_role, passwords.get(desktop_role)),
                       created_roles=tuple(created), new_passwords=tuple(passwords), created_database=has_db is None)


def _as(admin: URL, role: str, password: str | None) -> str:
    from core.kernel.connection import with_password
    return with_password(admin.set(username=role), password).render_as_string(hide_password=False)


def _migrate_as(owner_url: str | None, admin: URL, owner_role: str, clock: object) -> None:
    """Alembic as the owner. With the owner's password unknown (it existed already), as the
    administrator with ``SET ROLE`` to the owner: the same ownership, no password needed."""
    from core.kernel.storage import open_database

    if owner_url is not None:
        open_database(owner_url, clock=clock).dispose()
        return
    from sqlalchemy import event

    from core.kernel.db import Database, make_engine
    from core.kernel.storage import current_revisions, is_current, migrate

    engine = make_engine(admin.render_as_string(hide_password=False))
    event.listen(engine, "connect", lambda dbapi, _rec: _set_role(dbapi, owner_role))
    db = Database(admin.render_as_string(hide_password=False), engine=engine, clock=clock)
    try:
        revs, _heads = current_revisions(db)
        if not is_current(revs):
            migrate(db)
    finally:
        db.dispose()


def _set_role(dbapi_conn: object, role: str) -> None:
    cur = dbapi_conn.cursor()  # type: ignore[attr-defined]
    cur.execute(f'SET ROLE "{role}"')
    cur.close()
    dbapi_conn.commit()  # type: ignore[attr-defined]


def _grants(q_owner: str, q_desk: str) -> list[str]:
    return [
        f"GRANT USAGE ON SCHEMA public TO {q_desk}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {q_desk}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {q_desk}",
        # the audit log: append and read only
        f"REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM {q_desk}",
        # the schema stamp: upgrades are the owner's (server init), never a desktop's
        f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON alembic_version FROM {q_desk}",
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        # tables added by later migrations (run as the owner) get the same daily rights
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {q_owner} IN SCHEMA public "
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {q_desk}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {q_owner} IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {q_desk}",
    ]


def desktop_instructions(setup: ServerSetup) -> str:
    """What ``server init`` prints: who gets which URL, passwords shown this once."""

    lines = [f"database {setup.database}: " + ("created" if setup.created_database else "already there")
             + ", schema up to date, rights granted."]
    if setup.created_roles:
        lines.append(f"created the roles {', '.join(setup.created_roles)}.")
    lines.append("")
    lines.append("Give each desktop (and the worker) this database URL; enter it under Settings → Database,")
    lines.append("or start Deskmate with --db-url (the password is kept in the keyring, never in clear):")
    lines.append(f"  {_shown(setup.desktop_url)}")
    lines.append("")
    lines.append("Keep this one for upgrades (deskmate server init again), backups and restores; not on the tills:")
    lines.append(f"  {_shown(setup.owner_url)}")
    if setup.new_passwords:
        lines.append("")
        lines.append("These passwords are shown only now; run with --new-passwords to set new ones.")
    return "\n".join(lines)


def _shown(url: str) -> str:
    """A URL with the password set now in full; one whose password was kept, without it."""
    from core.kernel.connection import display_url
    if make_url(url).password is not None:
        return url
    return display_url(url) + "  (password unchanged)"
