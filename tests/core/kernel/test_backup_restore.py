"""Backups while someone is writing, and restores that check before they replace anything — of
SQLite files (a shop on a server: ``test_pg_backup.py``)."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from core.app import Deskmate
from core.io.backup import backup_now, prune
from core.kernel.errors import StorageError
from core.kernel.paths import DB_FILENAME
from core.kernel.storage import restore_sqlite

pytestmark = pytest.mark.sqlite_only("SQLite backup files and the sqlite3 backup API")
ROOT = Path(__file__).resolve().parents[3]
PASSWORD = "secret-pw-2026"


def usernames(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT username FROM user_account ORDER BY id")]
    finally:
        conn.close()


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def open_writer_with_uncommitted_user(path: Path) -> sqlite3.Connection:
    """Another connection (as another running copy would) in the middle of a write transaction."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO user_account (username, display_name, role, password_hash, active, created_at) "
                 "VALUES ('uncommitted', 'U', 'staff', 'x', 1, '2026-11-25 09:00:00')")
    return conn


def test_backup_during_an_open_write_transaction_is_consistent(app: Deskmate, owner, staff, tmp_path: Path) -> None:
    writer = open_writer_with_uncommitted_user(app.paths.database)
    try:
        dest = backup_now(app, tmp_path / "during.sqlite3")
    finally:
        writer.rollback()
        writer.close()
    assert usernames(dest) == ["olivia", "sam"]
    assert integrity(dest) == "ok"
    assert not Path(f"{dest}-wal").exists()  # one self-contained file


def test_cli_backup_in_another_process_during_an_open_write_transaction(app: Deskmate, owner, tmp_path: Path) -> None:
    writer = open_writer_with_uncommitted_user(app.paths.database)
    try:
        dest = tmp_path / "cli-backup.sqlite3"
        result = subprocess.run([str(ROOT / ".venv" / "bin" / "deskmate"), "--data-dir", str(app.paths.root),
                                 "backup", str(dest)], capture_output=True, text=True, timeout=60)
    finally:
        writer.rollback()
        writer.close()
    assert result.returncode == 0, result.stderr
    assert usernames(dest) == ["olivia"]
    assert integrity(dest) == "ok"


def test_backup_refuses_to_overwrite_the_live_database(app: Deskmate, owner) -> None:
    with pytest.raises(StorageError, match="live database"):
        backup_now(app, app.paths.database)


def test_backup_needs_the_backup_permission_when_an_actor_is_given(app: Deskmate, staff) -> None:
    from core.kernel.errors import PermissionDenied
    with pytest.raises(PermissionDenied):
        backup_now(app, None, actor=staff)


def test_default_backups_never_overwrite_each_other_and_prune_keeps_the_newest(app: Deskmate, owner) -> None:
    first, second = backup_now(app), backup_now(app)  # same FixedClock second
    assert first != second and first.exists() and second.exists()
    os.utime(first, (1, 1))
    assert prune(app.paths.backups, keep=1) == [first]
    assert second.exists()


def test_restore_replaces_the_database_and_keeps_the_replaced_one(app: Deskmate, owner, tmp_path: Path) -> None:
    snapshot = backup_now(app, tmp_path / "one-user.sqlite3")
    app.users.add(owner, "later", "staff", PASSWORD)
    kept = restore_sqlite(snapshot, app.paths.database)
    assert kept is not None and usernames(kept) == ["olivia", "later"]
    # The running app sees the restored data (the file was overwritten in place, not swapped).
    assert [u.username for u in app.users.list()] == ["olivia"]
    assert integrity(app.paths.database) == "ok"


def test_restore_copies_a_backup_whose_wal_holds_committed_data(tmp_path: Path, clock) -> None:
    source_dir = tmp_path / "source"
    src_app = Deskmate.open(source_dir, clock=clock)
    src_app.users.create_first_owner("olivia", PASSWORD)
    holder = sqlite3.connect(source_dir / DB_FILENAME)  # keeps the WAL from being checkpointed away
    holder.execute("SELECT 1").fetchall()
    src_app.users.add(src_app.users.by_name("olivia").actor, "walonly", "staff", PASSWORD)
    assert Path(f"{source_dir / DB_FILENAME}-wal").stat().st_size > 0
    target_dir = tmp_path / "target"
    restore_sqlite(source_dir / DB_FILENAME, target_dir / DB_FILENAME)
    holder.close()
    src_app.close()
    assert usernames(target_dir / DB_FILENAME) == ["olivia", "walonly"]


def test_restore_over_a_damaged_database_moves_it_aside(app: Deskmate, owner, tmp_path: Path) -> None:
    good = backup_now(app, tmp_path / "good.sqlite3")
    app.close()
    damaged = app.paths.database
    damaged.write_bytes(b"SQLite format 3\x00" + os.urandom(5000))
    garbage = damaged.read_bytes()
    kept = restore_sqlite(good, damaged)
    assert kept is not None and kept.read_bytes() == garbage
    assert usernames(damaged) == ["olivia"]


@pytest.mark.parametrize("kind", ["random", "foreign", "newer", "missing", "truncated"])
def test_restore_refuses_what_it_must_not_use_and_changes_nothing(app: Deskmate, owner, tmp_path: Path,
                                                                  kind: str) -> None:
    bad = tmp_path / f"{kind}.sqlite3"
    if kind == "random":
        bad.write_bytes(os.urandom(4096))
    elif kind == "foreign":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY)")
        conn.commit()
        conn.close()
    elif kind in ("newer", "truncated"):
        backup_now(app, bad)
        if kind == "newer":
            conn = sqlite3.connect(bad)
            conn.execute("INSERT INTO alembic_version VALUES ('kernel_0099')")
            conn.commit()
            conn.close()
        else:
            bad.write_bytes(bad.read_bytes()[:-8192])
    app.close()
    before = {p.name: p.read_bytes() for p in app.paths.root.iterdir() if p.is_file()}
    messages = {"random": "not a Deskmate database", "foreign": "not a Deskmate database",
                "newer": "newer", "missing": "does not exist", "truncated": "damaged"}
    with pytest.raises(StorageError, match=messages[kind]):
        restore_sqlite(bad, app.paths.database)
    assert {p.name: p.read_bytes() for p in app.paths.root.iterdir() if p.is_file()} == before


def test_restored_older_backup_is_upgraded_on_next_open(tmp_path: Path, clock) -> None:
    from sqlalchemy import text

    from core.kernel.db import Database
    from core.kernel.storage import is_current, migrate
    old = tmp_path / "old.sqlite3"
    db = Database(f"sqlite:///{old}")
    migrate(db, "kernel_0001")
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO user_account (username, display_name, role, password_hash, active, "
                          "created_at) VALUES ('olga', 'Olga', 'owner', 'x', 1, '2025-01-02 03:04:05')"))
    db.dispose()
    data = tmp_path / "data"
    restore_sqlite(old, data / DB_FILENAME)
    app = Deskmate.open(data, clock=clock)
    try:
        assert [u.username for u in app.users.list()] == ["olga"]
    finally:
        app.close()
    conn = sqlite3.connect(data / DB_FILENAME)
    assert is_current({r[0] for r in conn.execute("SELECT version_num FROM alembic_version")})
    conn.close()
    shutil.rmtree(data)


def test_restore_is_recorded_in_the_restored_databases_audit_log(app: Deskmate, owner, clock, tmp_path: Path) -> None:
    from core.io.backup import restore
    from core.kernel.audit import AuditFilter
    snapshot = backup_now(app, tmp_path / "snap.sqlite3")
    kept = restore(snapshot, app.paths.database, actor=owner, now=clock.now())
    [entry] = app.audit.list(owner, AuditFilter(area="backup"))
    assert (entry.username, entry.action, entry.at) == ("olivia", "restore", clock.now())
    assert str(snapshot) in entry.summary and entry.after["kept_as"] == str(kept)


def test_restore_needs_the_permission_and_then_changes_nothing(app: Deskmate, owner, bookkeeper, tmp_path: Path) -> None:
    from core.io.backup import restore
    from core.kernel.errors import PermissionDenied
    snapshot = backup_now(app, tmp_path / "snap.sqlite3")
    app.users.add(owner, "later", "staff", PASSWORD)
    with pytest.raises(PermissionDenied):
        restore(snapshot, app.paths.database, actor=bookkeeper)
    assert "later" in usernames(app.paths.database)


def test_restore_gives_up_clearly_when_another_writer_never_lets_go(app: Deskmate, owner, tmp_path: Path,
                                                                   monkeypatch) -> None:
    from core.kernel import storage
    snapshot = backup_now(app, tmp_path / "snap.sqlite3")
    app.users.add(owner, "later", "staff", PASSWORD)
    monkeypatch.setattr(storage, "RESTORE_WAIT_SECONDS", 0.3)
    writer = open_writer_with_uncommitted_user(app.paths.database)
    try:
        with pytest.raises(StorageError, match="stayed busy.*nothing was changed"):
            restore_sqlite(snapshot, app.paths.database)
    finally:
        writer.rollback()
        writer.close()
    assert usernames(app.paths.database) == ["olivia", "later"]
    assert not list(app.paths.root.glob("*.restoring")) and not list(app.paths.root.glob("*.replaced-*"))


def test_restore_through_storage_alone_is_audited_too(app: Deskmate, owner, tmp_path: Path) -> None:
    """The GUI may call storage.restore_sqlite directly: the restore still leaves a trace."""
    from core.kernel.audit import AuditFilter
    snapshot = backup_now(app, tmp_path / "snap.sqlite3")
    restore_sqlite(snapshot, app.paths.database)
    [entry] = app.audit.list(owner, AuditFilter(area="backup"))
    assert entry.action == "restore" and str(snapshot) in entry.summary and entry.username
