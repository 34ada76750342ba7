"""Backups and restores of a shop on PostgreSQL: pg_dump's custom format, pg_restore into a copy
that is checked like an SQLite backup before it replaces the live database (kept, renamed).

Server only: these run in the suite's PostgreSQL half (``./dev test-pg``); the SQLite half has
``test_backup_restore.py`` for files."""
from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from core.app import Deskmate
from core.io.backup import backup_now, prune, restore
from core.kernel.errors import StorageError
from core.kernel.storage import UntrustedBackup, health
from tests import pg_databases
from tests.raw_db import drop_audit_triggers, raw, recreate_audit_triggers

pytestmark = pytest.mark.skipif(not pg_databases.server_url(),
                                reason="PostgreSQL only (DESKMATE_TEST_DB_URL): pg_dump/pg_restore")


def _databases_like(prefix: str) -> list[str]:
    with pg_databases._admin_engine().connect() as conn:
        return [r[0] for r in conn.execute(text("SELECT datname FROM pg_database WHERE datname LIKE :p"),
                                           {"p": prefix + "%"})]


@pytest.fixture
def kept_databases(app: Deskmate):
    """Drops what a restore kept (``<name>_replaced_...``) after the test."""
    name = make_url(app.db.url).database
    yield name
    for db in _databases_like(f"{name}_replaced_") + _databases_like(f"{name}_restoring"):
        pg_databases.drop_database(pg_databases.url_for(db))


def shop_name(url: str) -> str | None:
    """The shop name stored in that database (None: never set)."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            stored = conn.execute(text("SELECT value FROM setting WHERE key = 'shop.name'")).scalar()
            return None if stored is None else json.loads(stored)
    finally:
        engine.dispose()


def test_backup_is_a_checked_custom_format_archive_and_restore_brings_the_data_back(
        app: Deskmate, owner, kept_databases: str, tmp_path: Path) -> None:
    app.settings.update(owner, {"shop.name": "Before"})
    written = backup_now(app)
    assert written.parent == app.paths.backups and written.suffix == ".pgdump"
    assert written.read_bytes()[:5] == b"PGDMP" and (written.stat().st_mode & 0o777) == 0o600
    from core.kernel.storage import backup_version
    from core.kernel.version import app_version
    assert backup_version(written) == app_version()
    report = health(app.db, app.paths.backups)
    assert report["newest_backup"] == str(written) and report["audit_log_protected"] is True
    assert not report["problems"], report["problems"]

    app.settings.update(owner, {"shop.name": "After"})
    url = app.db.url
    app.close()
    kept = restore(written, url, actor=owner)
    assert shop_name(url) == "Before"
    assert kept in _databases_like(f"{kept_databases}_replaced_")
    assert shop_name(pg_databases.url_for(str(kept))) == "After"   # the replaced data is kept

    again = Deskmate.open(app.paths.root)
    try:
        [last] = again.audit.list(owner, limit=1)
        assert last.action == "restore" and last.username == "olivia" and str(written) in last.summary
        checked = health(again.db)
        assert "intact" in checked["audit_chain"] and not checked["problems"], checked
    finally:
        again.close()


def test_a_tampered_backup_is_refused_unless_forced_and_the_force_is_recorded(
        app: Deskmate, owner, kept_databases: str) -> None:
    for i in range(3):
        app.settings.update(owner, {"shop.name": f"Shop {i}"})
    with raw(app) as conn:           # someone with full rights edits an entry, triggers put back
        drop_audit_triggers(conn)
        conn.execute("UPDATE audit_entry SET summary = 'forged' WHERE id = 2")
        recreate_audit_triggers(conn)
        conn.commit()
    backup = backup_now(app)
    app.settings.update(owner, {"shop.name": "Live"})
    url = app.db.url
    app.close()
    with pytest.raises(UntrustedBackup, match="entry #2 was changed") as refused:
        restore(backup, url, actor=owner)
    assert refused.value.breaks == [2]
    assert shop_name(url) == "Live" and not _databases_like(f"{kept_databases}_re")   # nothing changed
    restore(backup, url, actor=owner, force=True)
    assert shop_name(url) == "Shop 2"
    with raw(url) as conn:
        summary, after = conn.execute("SELECT summary, after FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()
    assert summary.startswith("FORCED restore") and json.loads(after)["chain_breaks"] == [2]


def test_what_is_not_a_deskmate_archive_is_refused_before_anything_changes(
        app: Deskmate, owner, tmp_path: Path, kept_databases: str) -> None:
    junk = tmp_path / "junk.pgdump"
    junk.write_bytes(b"not a dump at all")
    url = app.db.url
    with pytest.raises(StorageError, match="not a Deskmate database backup"):
        restore(junk, url, actor=owner)
    assert not _databases_like(f"{kept_databases}_re")


def test_prune_keeps_the_newest_server_backups(app: Deskmate, owner, clock) -> None:
    from datetime import timedelta
    made = []
    for _ in range(3):
        made.append(backup_now(app))
        clock.advance(timedelta(minutes=1))
    removed = prune(app.paths.backups, keep=2)
    assert [p.name for p in removed] == [made[0].name] and all(p.exists() for p in made[1:])


def test_cli_backup_check_and_restore_on_the_server(app: Deskmate, owner, data_dir: Path, cli_login, capsys,
                                                    kept_databases: str) -> None:
    from core import cli
    cli_login("olivia")
    assert cli.run(["--data-dir", str(data_dir), "backup"]) == 0
    out = capsys.readouterr().out
    written = Path(out.strip().removeprefix("backup written to "))
    assert written.suffix == ".pgdump" and written.exists()
    assert cli.run(["--data-dir", str(data_dir), "settings", "set", "shop.name", "Later", "--as", "olivia"]) == 0
    assert cli.run(["--data-dir", str(data_dir), "check"]) == 0
    out = capsys.readouterr().out
    assert "audit log protected  True" in out and "everything is in order" in out, out
    app.close()
    assert cli.run(["--data-dir", str(data_dir), "restore", str(written)]) == 0
    out = capsys.readouterr().out
    assert f"to {app.db.url}" in out and "the replaced database was kept as" in out, out
    assert shop_name(app.db.url) is None   # as it was when the backup was taken


@pytest.mark.slow
@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(summaries=st.lists(st.text(alphabet=st.characters(blacklist_characters="\x00"), max_size=40),
                          min_size=1, max_size=4),
       details=st.dictionaries(st.text(max_size=8).filter(lambda k: "\x00" not in k),
                               st.text(max_size=12).filter(lambda v: "\x00" not in v), max_size=2))
def test_check_against_an_archive_reads_every_entry_whatever_it_holds(app: Deskmate, owner, tmp_path: Path,
                                                                     summaries, details) -> None:
    """``check --against`` on a server reads the archive's audit log straight from pg_restore's COPY
    text (no database made for it): tabs, newlines, backslashes and quotes in the entries must not
    shift a column or hide an entry."""
    from core.kernel.audit import record
    from core.kernel.pg_storage import audit_hashes
    with app.db.uow() as s:
        for text_ in summaries:
            record(s, owner, area="test", action="note", entity="thing", summary=text_, after=details or None)
    archive = backup_now(app, tmp_path / f"archive-{uuid.uuid4().hex}.pgdump")
    with app.db.engine.connect() as conn:
        expected = [tuple(r) for r in conn.execute(text("SELECT id, hash FROM audit_entry ORDER BY id"))]
    assert audit_hashes(archive) == expected
    report = health(app.db, against=archive)
    assert report["audit_matches_backup"] == f"all {len(expected)} entries of {archive} are here, unchanged"
