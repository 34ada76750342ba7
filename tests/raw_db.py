"""Another program on the shop's database: a plain DB-API connection, bypassing Deskmate.

``raw_connect(app)`` is ``sqlite3`` on the SQLite file, or ``psycopg`` on the PostgreSQL database,
so a test that tampers with the audit log or checks what is stored runs on both engines. Both
connections have ``execute(sql)`` returning a cursor, ``commit()`` and ``close()``; parameters differ
(``?`` / ``%s``), so tests pass literal SQL. ``RAW_ERRORS`` catches what either driver raises.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.engine import make_url

from core.kernel.audit_chain import PG_FUNCTION_SQL, PG_TRIGGERS, TRIGGER_SQL, pg_trigger_sql

try:
    import psycopg
    RAW_ERRORS: tuple[type[BaseException], ...] = (sqlite3.Error, psycopg.Error)
except ImportError:  # pragma: no cover - the test extra installs it
    RAW_ERRORS = (sqlite3.Error,)


def url_of(app_or_url: Any) -> str:
    return app_or_url if isinstance(app_or_url, str) else app_or_url.db.url


def shop_url(data_folder: Any) -> str:
    """The URL of the database a data folder's shop is in (its saved server database, or its file)."""
    from pathlib import Path

    from core.kernel.connection import saved_url
    from core.kernel.paths import DB_FILENAME
    return saved_url(Path(data_folder)) or f"sqlite:///{Path(data_folder) / DB_FILENAME}"


def is_postgres(app_or_url: Any) -> bool:
    return make_url(url_of(app_or_url)).get_backend_name() == "postgresql"


def raw_connect(app_or_url: Any) -> Any:
    url = make_url(url_of(app_or_url))
    if url.get_backend_name() == "sqlite":
        return sqlite3.connect(url.database)
    import psycopg
    return psycopg.connect(url.set(drivername="postgresql").render_as_string(hide_password=False))


@contextmanager
def raw(app_or_url: Any) -> Iterator[Any]:
    conn = raw_connect(app_or_url)
    try:
        yield conn
    finally:
        conn.close()


def drop_audit_triggers(conn: Any) -> None:
    """What a person with full rights on the database can do first."""
    if isinstance(conn, sqlite3.Connection):
        for name in TRIGGER_SQL:
            conn.execute(f"DROP TRIGGER {name}")
    else:
        for name in PG_TRIGGERS:
            conn.execute(f"DROP TRIGGER {name} ON audit_entry")


def recreate_audit_triggers(conn: Any) -> None:
    """...and put back afterwards, so nothing looks different."""
    if isinstance(conn, sqlite3.Connection):
        for create in TRIGGER_SQL.values():
            conn.execute(create)
    else:
        conn.execute(PG_FUNCTION_SQL)
        for name in PG_TRIGGERS:
            conn.execute(pg_trigger_sql(name))


@contextmanager
def sa_connection(app_or_url: Any) -> Iterator[Any]:
    """An SQLAlchemy connection of its own (what ``check`` and the chain functions read through)."""
    from sqlalchemy.pool import NullPool

    from core.kernel.db import make_engine
    engine = make_engine(url_of(app_or_url), poolclass=NullPool)
    try:
        with engine.connect() as conn:
            yield conn
    finally:
        engine.dispose()


