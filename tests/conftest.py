"""Shared fixtures: every test gets its own real database — an SQLite file in a temporary folder, or,
with ``DESKMATE_TEST_DB_URL=postgresql+psycopg://USER@HOST:PORT/postgres`` set, a fresh PostgreSQL
database of its own (see :mod:`tests.pg_databases`)."""
from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Principle 4 as a test: any unit of work that changes records without an audit entry fails.
os.environ.setdefault("DESKMATE_AUDIT_CHECK", "strict")
# Never the real user's keyring or config folder: secrets go to a private file in a throw-away
# folder (each test gets its own, see _private_config_dir; this one covers collection time).
os.environ["DESKMATE_SECRET_BACKEND"] = "file"
os.environ["DESKMATE_CONFIG_DIR"] = tempfile.mkdtemp(prefix="deskmate-test-config-")
# tests/core/<area>/ folders have no __init__.py; with tests/ on sys.path (pytest's rootdir
# conftest) "core" would resolve to the namespace tests/core unless the project root comes first.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.app import Deskmate  # noqa: E402
from core.kernel.connection import DB_URL_ENV  # noqa: E402
from tests import pg_databases  # noqa: E402
from core.kernel.db import AUDIT_EXEMPT  # noqa: E402
from core.kernel.actor import Actor, Role  # noqa: E402
from core.kernel.clock import FixedClock  # noqa: E402


def _cheap_password_hashes() -> None:
    """Argon2 at its recommended cost takes a tenth of a second a hash, and the suite makes and
    checks thousands (every owner, staff and bookkeeper fixture, every login). The cost is a
    parameter stored in each hash, not part of what the tests check, so in-process tests use the
    smallest one; commands run in subprocesses and the installed-package proof keep the real cost."""
    from argon2 import PasswordHasher

    from core.users import service

    production = service._hasher

    class CheapHasher(PasswordHasher):
        def check_needs_rehash(self, hash: str) -> bool:  # noqa: A002 - argon2's own name
            """A hash at the real cost (a committed old database's) is as current as a cheap one."""
            return super().check_needs_rehash(hash) and production.check_needs_rehash(hash)

    service._hasher = CheapHasher(time_cost=1, memory_cost=256, parallelism=1)
    service._dummy_hash.cache_clear()


_cheap_password_hashes()

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
PASSWORD = "secret-pw-2026"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only(reason): needs the SQLite file itself (file checks, "
                            "the sqlite3 backup API, WAL); skipped when the suite runs on PostgreSQL")
    # A suite on a server must never fall back to SQLite silently: an inherited DESKMATE_DB_URL
    # would point every test at one shared database.
    os.environ.pop(DB_URL_ENV, None)


def pytest_runtest_setup(item: pytest.Item) -> None:
    marker = item.get_closest_marker("sqlite_only")
    if marker is not None and pg_databases.server_url():
        pytest.skip("SQLite only: " + (marker.args[0] if marker.args else "needs the database file"))


def pytest_sessionfinish(session: pytest.Session) -> None:
    pg_databases.drop_template(session.config)


@pytest.fixture(autouse=True)
def _private_config_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test's own config folder (secrets file, CLI login sessions); subprocesses inherit it."""
    d = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("DESKMATE_CONFIG_DIR", str(d))
    monkeypatch.setenv("DESKMATE_SECRET_BACKEND", "file")
    return d


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test starts in English whatever the machine's locale, and a test that switches the
    language (``--lang de``, a German shop) cannot leave it switched for the next one."""
    from core.kernel.i18n import set_language
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    set_language("en")
    yield
    set_language("en")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 25, 9, 0, tzinfo=timezone.utc))


@pytest.fixture(autouse=True)
def _pg_databases(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """On a server run, every data folder a test opens gets its own fresh PostgreSQL database,
    saved as the folder's connection (``connection.json``, as Settings → Database does) so that
    ``core.cli.run`` and subprocesses find it too. All are dropped after the test."""
    created: list[str] = []
    if not pg_databases.server_url():
        yield created
        return
    from core.kernel import connection

    original = connection.saved_url

    def saved_or_new(root: Path) -> str | None:
        found = original(root)
        if found is None:
            found = pg_databases.create_test_database(request.config)
            created.append(found)
            connection.save(root, found)
        return found

    monkeypatch.setattr(connection, "saved_url", saved_or_new)
    try:
        yield created
    finally:
        for url in created:
            pg_databases.drop_database(url)


_sqlite_template_file: list[Path] = []


@pytest.fixture(autouse=True)
def _sqlite_template(monkeypatch: pytest.MonkeyPatch) -> None:
    """A brand-new SQLite store gets its migrated schema copied from one template per test process
    (SQLite's backup API, then an identity of its own) instead of running every migration again:
    about a quarter of a second a test, minutes a suite. The PostgreSQL half clones a template the
    same way. An older store (one with tables) and any other target still run Alembic, so the
    upgrade tests are untouched."""
    if pg_databases.server_url():
        return
    import sqlite3
    import uuid

    from core.kernel import storage

    original = storage.migrate

    def template() -> Path:
        if not _sqlite_template_file:
            folder = Path(tempfile.mkdtemp(prefix="deskmate-test-template-"))
            atexit.register(shutil.rmtree, folder, ignore_errors=True)    # one per test process
            path = folder / "template.sqlite3"
            db = storage.Database(f"sqlite:///{path}")
            try:
                original(db)
            finally:
                db.dispose()
            _sqlite_template_file.append(path)
        return _sqlite_template_file[0]

    def migrate(db: Any, target: str = "heads") -> None:
        if target != "heads" or not db.is_sqlite:
            return original(db, target)
        with db.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            if raw.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                conn.rollback()
                return original(db, target)
            source = sqlite3.connect(template())
            try:
                source.backup(raw)
            finally:
                source.close()
            raw.execute("UPDATE database_identity SET id = ?", (str(uuid.uuid4()),))
            raw.commit()
        return None

    monkeypatch.setattr(storage, "migrate", migrate)


@pytest.fixture
def db_url(data_dir: Path) -> str | None:
    """The URL of the data folder's database: the PostgreSQL one on a server run, else None
    (the folder's SQLite file)."""
    from core.kernel.connection import saved_url
    return saved_url(data_dir) if pg_databases.server_url() else None


@pytest.fixture
def data_dir(tmp_path: Path, _pg_databases: list[str]) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    if pg_databases.server_url():
        from core.kernel.connection import saved_url
        saved_url(d)   # its database now, so commands run in a subprocess find it
    return d


@pytest.fixture
def app(data_dir: Path, clock: FixedClock):
    a = Deskmate.open(data_dir, clock=clock)
    yield a
    a.close()


@pytest.fixture
def owner(app: Deskmate) -> Actor:
    return app.users.create_first_owner("olivia", PASSWORD, "Olivia Owner").actor


@pytest.fixture
def staff(app: Deskmate, owner: Actor) -> Actor:
    return app.users.add(owner, "sam", Role.STAFF, PASSWORD, "Sam Staff").actor


@pytest.fixture
def bookkeeper(app: Deskmate, owner: Actor) -> Actor:
    return app.users.add(owner, "bea", Role.BOOKKEEPER, PASSWORD, "Bea Books").actor


@pytest.fixture
def cli_login(data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """Log people in for the command line exactly as ``deskmate login NAME --password-stdin`` does,
    so later ``core.cli.run([... "--as", NAME])`` calls act as them:

        cli_login("olivia", "sam")                  # the fixtures' users, password PASSWORD
        cli_login("olivia", clock=clock)            # when the commands run with that clock
        cli_login("owner", password="demo1234", data=folder)

    Sessions end after 8 idle hours by the clock the commands use, so log in with the same clock
    (``None``: the system clock, as ``run(argv)`` without ``clock=`` uses)."""
    import io

    from core import cli

    def login(*names: str, clock: Any = None, data: Path | None = None, password: str = PASSWORD) -> None:
        for name in names:
            monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
            rc = cli.run(["--data-dir", str(data or data_dir), "login", name, "--password-stdin"], clock=clock)
            out, err = capsys.readouterr()   # "logged in as ..." is not the test's output
            assert rc == 0, f"could not log {name} in: {err}"
        monkeypatch.setattr("sys.stdin", io.StringIO(""))

    return login


def shared_file(*parts: str) -> Path:
    """A file from ../shared/data, or skip the test cleanly when it is not there."""
    p = SHARED_DATA.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"shared data {p} is not present")
    return p


@contextmanager
def raw_uow(app: Deskmate) -> Iterator[Any]:
    """Test set-up that writes rows directly, bypassing the services (and so their audit
    entries). Everything else runs under DESKMATE_AUDIT_CHECK=strict: a service that writes
    without an audit entry fails the suite."""
    with app.db.uow() as s:
        s.info[AUDIT_EXEMPT] = True
        yield s
