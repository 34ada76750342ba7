"""Which database a desktop opens: --db-url, DESKMATE_DB_URL, the connection saved for the data
folder (password in the secret store, never in a file), and the connection test behind
Settings → Database."""
from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from core.app import Deskmate
from core.kernel import connection
from core.io.connections import use_connection
from core.kernel.connection import CONNECTION_FILE, DB_URL_ENV, database_url, display_url, parse, probe, save
from core.kernel.errors import ConflictError, PermissionDenied, ValidationError
from tests import pg_databases

#: The real one: the suite's PostgreSQL half wraps it to give each data folder a database of its own.
SAVED_URL = connection.saved_url


@pytest.fixture
def plain_saved_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(connection, "saved_url", SAVED_URL)
    monkeypatch.delenv(DB_URL_ENV, raising=False)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@given(st.text(alphabet=st.characters(min_codepoint=33, max_codepoint=126, blacklist_characters="@/:?#%[]"),
               min_size=1, max_size=30))
def test_a_password_is_never_shown(password: str) -> None:
    url = f"postgresql+psycopg://clerk:{password}@db.example:5432/shop"
    shown = display_url(url)
    assert shown == "postgresql+psycopg://clerk:***@db.example:5432/shop"
    assert display_url("not a url at all :::") == "(invalid database URL)"


def test_only_psycopg_on_postgresql_or_sqlite_are_accepted() -> None:
    with pytest.raises(ValidationError, match="psycopg driver"):
        parse("postgresql://a@b/c")
    with pytest.raises(ValidationError, match="not mysql"):
        parse("mysql+pymysql://a@b/c")
    with pytest.raises(ValidationError, match="names no database"):
        parse("postgresql+psycopg://a@b")
    assert parse("postgresql+psycopg://a@b/c").database == "c"


def test_a_saved_connection_keeps_its_password_out_of_the_data_folder(tmp_path: Path, plain_saved_url) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    assert connection.saved_url(folder) is None and database_url(folder) is None
    save(folder, "postgresql+psycopg://clerk:s3cret-pw@db.example:5432/shop")
    stored = (folder / CONNECTION_FILE).read_text()
    assert "s3cret-pw" not in stored
    assert json.loads(stored) == {"url": "postgresql+psycopg://clerk@db.example:5432/shop"}
    assert (folder / CONNECTION_FILE).stat().st_mode & 0o777 == 0o600
    assert connection.saved_url(folder) == "postgresql+psycopg://clerk:s3cret-pw@db.example:5432/shop"
    save(folder, None)
    assert connection.saved_url(folder) is None and not (folder / CONNECTION_FILE).exists()


def test_explicit_url_then_environment_then_saved_then_the_file(tmp_path: Path, plain_saved_url, monkeypatch) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    save(folder, "postgresql+psycopg://saved@h/shop")
    assert database_url(folder) == "postgresql+psycopg://saved@h/shop"
    monkeypatch.setenv(DB_URL_ENV, "postgresql+psycopg://env@h/shop")
    assert database_url(folder) == "postgresql+psycopg://env@h/shop"
    assert database_url(folder, "postgresql+psycopg://cli@h/shop") == "postgresql+psycopg://cli@h/shop"


def test_a_failed_connection_test_says_why_without_the_password() -> None:
    result = probe(f"postgresql+psycopg://clerk:hunter2-pw@127.0.0.1:{_closed_port()}/shop")
    assert not result.ok and "could not connect" in result.message
    assert "hunter2-pw" not in result.message and "hunter2-pw" not in result.shown_url
    assert not probe("sqlite:///x.sqlite3").ok


def test_only_an_owner_chooses_the_database_and_a_failing_one_is_not_saved(app: Deskmate, owner, staff,
                                                                           tmp_path: Path, plain_saved_url) -> None:
    folder = tmp_path / "till"
    folder.mkdir()
    url = f"postgresql+psycopg://clerk:pw@127.0.0.1:{_closed_port()}/shop"
    with pytest.raises(PermissionDenied):
        use_connection(staff, folder, url)
    with pytest.raises(ConflictError, match="not saved: could not connect"):
        use_connection(owner, folder, url)
    assert not (folder / CONNECTION_FILE).exists()


def test_a_moved_file_is_used_only_when_it_is_a_deskmate_database(app: Deskmate, owner, staff, tmp_path: Path,
                                                                    clock, plain_saved_url) -> None:
    """After ``deskmate move`` to a file (the move dialog's "Use the moved database" button)."""
    from core.io.connections import use_moved_database
    folder = tmp_path / "till"
    folder.mkdir()
    shop = tmp_path / "moved.sqlite3"
    Deskmate.open(tmp_path / "elsewhere", db_url=f"sqlite:///{shop}", clock=clock).close()
    with pytest.raises(PermissionDenied):
        use_moved_database(staff, folder, f"sqlite:///{shop}")
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("not a database")
    for bad in (junk, tmp_path / "missing.sqlite3"):
        with pytest.raises(ConflictError, match="not saved"):
            use_moved_database(owner, folder, f"sqlite:///{bad}")
    assert not (folder / CONNECTION_FILE).exists()
    assert use_moved_database(owner, folder, f"sqlite:///{shop}") == f"Deskmate will open {shop} from its next start"
    assert connection.saved_url(folder) == f"sqlite:///{shop}"
    # moved back into the data folder's own file: no saved connection at all (the default)
    own = folder / "deskmate.sqlite3"
    shop.rename(own)
    assert "data folder's own file" in use_moved_database(owner, folder, f"sqlite:///{own}")
    assert not (folder / CONNECTION_FILE).exists()


@pytest.mark.skipif(not pg_databases.server_url(), reason="needs a PostgreSQL server (DESKMATE_TEST_DB_URL)")
def test_a_saved_server_connection_is_what_the_next_start_opens(app: Deskmate, owner, tmp_path: Path, clock,
                                                                plain_saved_url, request) -> None:
    server = pg_databases.create_test_database(request.config)
    try:
        folder = tmp_path / "till"
        folder.mkdir()
        result = use_connection(owner, folder, server)
        assert result is not None and result.ok and "empty database" not in result.message
        assert "a Deskmate shop, up to date" in result.message
        other = Deskmate.open(folder, clock=clock)
        try:
            assert other.db.url == server and not other.db.is_sqlite
            other.users.create_first_owner("olivia", "secret-pw-2026")
            assert other.users.has_users()
        finally:
            other.close()
        assert not (folder / "deskmate.sqlite3").exists()
    finally:
        pg_databases.drop_database(server)
