"""The suite's PostgreSQL half: a fresh database per test, cloned from a template migrated once.

``DESKMATE_TEST_DB_URL`` names a server and a maintenance database the test user may connect to
(``postgresql+psycopg://deskmate@127.0.0.1:PORT/postgres`` from ``scripts/pg_throwaway.py start``);
that user must be allowed to create databases. Each pytest process (each xdist worker) migrates one
template database on first use; each test then gets ``CREATE DATABASE ... TEMPLATE`` (a file copy,
a few milliseconds on a small schema) and it is dropped afterwards, connections and all.

Names carry the process id, so two suites may share one server.
"""
from __future__ import annotations

import itertools
import os
import uuid
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.pool import NullPool

TEST_DB_ENV = "DESKMATE_TEST_DB_URL"
_counter = itertools.count(1)
_admin: Engine | None = None
_TEMPLATE_KEY = pytest.StashKey[str]()


def server_url() -> str | None:
    return os.environ.get(TEST_DB_ENV) or None


def _admin_engine() -> Engine:
    global _admin
    if _admin is None:
        url = server_url()
        assert url, f"{TEST_DB_ENV} is not set"
        _admin = create_engine(url, isolation_level="AUTOCOMMIT", pool_size=1, max_overflow=2)
    return _admin


def _worker(config: pytest.Config) -> str:
    info: Any = getattr(config, "workerinput", None)
    return str(info["workerid"]) if info else "main"


def url_for(name: str) -> str:
    return make_url(server_url() or "").set(database=name).render_as_string(hide_password=False)


def _template(config: pytest.Config) -> str:
    name = config.stash.get(_TEMPLATE_KEY, None)
    if name is not None:
        return name
    from core.kernel.storage import open_database

    name = f"dm_tpl_{os.getpid()}_{_worker(config)}"
    with _admin_engine().connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    db = open_database(url_for(name))   # Alembic: the same upgrade a new shop gets
    db.dispose()
    config.stash[_TEMPLATE_KEY] = name
    return name


def create_test_database(config: pytest.Config) -> str:
    """A new database holding the migrated, empty schema; returns its URL."""
    template = _template(config)
    name = f"dm_t_{os.getpid()}_{next(_counter)}"
    with _admin_engine().connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY FILE_COPY'))
    url = url_for(name)
    # A copy would share the template's identity (and so its secrets); a new shop has its own.
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE database_identity SET id = :id"), {"id": str(uuid.uuid4())})
    finally:
        engine.dispose()
    return url


def create_empty_database() -> str:
    """A new database with nothing in it (no schema): a target for ``deskmate move``. Returns its URL."""
    name = f"dm_t_{os.getpid()}_{next(_counter)}"
    with _admin_engine().connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    return url_for(name)


def clone_database(url: str) -> str:
    """A copy of the database at ``url`` (nobody may be connected to it), as copying a data folder
    copies its SQLite file: the same shop, identity and all. Returns the copy's URL."""
    source = make_url(url).database
    name = f"dm_t_{os.getpid()}_{next(_counter)}"
    with _admin_engine().connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{source}" STRATEGY FILE_COPY'))
    return url_for(name)


def drop_database(url: str) -> None:
    name = make_url(url).database
    with _admin_engine().connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def drop_template(config: pytest.Config) -> None:
    global _admin
    name = config.stash.get(_TEMPLATE_KEY, None)
    if name is not None:
        drop_database(url_for(name))
    if _admin is not None:
        _admin.dispose()
        _admin = None


def downgrade(url: str, revision: str) -> None:
    """The shop at ``url`` as an older Deskmate left it: its schema taken back to ``revision`` (run
    it as a role that owns the tables)."""
    from alembic import command

    from core.kernel.db import Database
    from core.kernel.storage import alembic_config
    db = Database(url)
    try:
        with db.engine.begin() as conn:
            cfg = alembic_config(url)
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, revision)
    finally:
        db.dispose()
