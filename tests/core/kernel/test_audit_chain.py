"""The audit log's hash chain: written by every unit of work, back-filled by the migration, and
verified by ``check`` and ``restore`` — including after someone dropped the triggers and edited,
deleted or reordered entries with plain SQL."""
from __future__ import annotations

import io
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import select, text

from core import cli
from core.app import Deskmate
from core.kernel.audit import AuditEntry, record
from core.kernel.audit_chain import GENESIS, canonical, entry_hash, rehash_chain, verify
from core.kernel.db import Database
from core.kernel.errors import PermissionDenied
from core.kernel.paths import DB_FILENAME
from core.kernel.storage import UntrustedBackup, migrate
from core.io.backup import backup_now, restore
from tests.raw_db import (drop_audit_triggers, raw, raw_connect, recreate_audit_triggers,
                          sa_connection)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def chain_of(where: Path | str):
    """The chain report of a database: an SQLite file, or a server database's URL."""
    if isinstance(where, str):
        with sa_connection(where) as conn:
            return verify(conn)
    conn = sqlite3.connect(where)
    try:
        return verify(conn)
    finally:
        conn.close()


def db_of(app: Deskmate) -> Path | str:
    """Where the shop's data is: its SQLite file, or its server database's URL."""
    return app.paths.database if app.db.is_sqlite else app.db.url


def tamper(where: Path | str, *sql: str, recreate_triggers: bool = True) -> None:
    """What a person with the file and the sqlite3 shell (or full rights on the server and psql) can
    do: drop the triggers, change rows, and (usually) put the triggers back so nothing looks different."""
    conn = raw_connect(where if isinstance(where, str) else f"sqlite:///{where}")
    try:
        drop_audit_triggers(conn)
        for statement in sql:
            conn.execute(statement)
        if recreate_triggers:
            recreate_audit_triggers(conn)
        conn.commit()
    finally:
        conn.close()


def some_history(app: Deskmate, owner, n: int = 6) -> None:
    for i in range(n):
        app.settings.update(owner, {"shop.name": f"Shop {i}"})


@pytest.fixture
def run(data_dir: Path, clock, capsys, monkeypatch):
    def _run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        rc = cli.run(["--data-dir", str(data_dir), *argv], clock=clock)
        out, err = capsys.readouterr()
        return rc, out, err
    return _run


# ------------------------------------------------------------------------------ writing

def test_every_entry_links_to_the_one_before(app: Deskmate, owner, staff) -> None:
    some_history(app, owner, 3)
    with app.db.read() as s:
        entries = list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))
    assert len(entries) == 5
    assert entries[0].prev_hash == GENESIS
    for before, entry in zip(entries, entries[1:]):
        assert entry.prev_hash == before.hash and entry.id == before.id + 1
    report = chain_of(db_of(app))
    assert report.intact and report.entries == 5 and report.head_id == entries[-1].id


def test_several_entries_in_one_unit_of_work_and_a_rolled_back_savepoint(app: Deskmate, owner) -> None:
    with app.db.uow() as s:
        record(s, owner, area="test", action="one", entity="thing", entity_id=1, after={"b": 1, "a": [1, 2]})
        record(s, owner, area="test", action="two", entity="thing", entity_id=2)
        with pytest.raises(ValueError):
            with s.begin_nested():
                record(s, owner, area="test", action="lost", entity="thing")
                s.flush()  # the lost entry really reached the database before the rollback
                raise ValueError("one item of a batch failed")
        record(s, owner, area="test", action="three", entity="thing", entity_id=3)
    report = chain_of(db_of(app))
    assert report.intact and report.entries == 4
    with app.db.read() as s:
        assert [e.action for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))][-3:] == ["one", "two", "three"]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-2**62, 2**62) | st.text(max_size=20)
    | st.floats(allow_nan=False, allow_infinity=False),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12)


#: A text holding NUL is refused before it is written, on either engine (tests/core/kernel/test_unstorable_text.py).
_text = st.text(alphabet=st.characters(codec="utf-8", blacklist_characters="\x00"), max_size=40)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=json_values, after=json_values, summary=_text, entity_id=st.none() | _text.map(lambda t: t[:10]))
def test_any_content_reads_back_with_the_hash_it_was_written_with(app: Deskmate, owner, before, after, summary,
                                                                   entity_id) -> None:
    with app.db.uow() as s:
        record(s, owner, area="test", action="poke", entity="thing", entity_id=entity_id, before=before,
               after=after, summary=summary)
    with app.db.read() as s:
        e = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        stored = {c: getattr(e, c) for c in ("id", "at", "user_id", "username", "area", "action", "entity",
                                             "entity_id", "summary", "before", "after", "machine_drafted")}
    assert entry_hash(e.prev_hash, stored) == e.hash
    assert chain_of(db_of(app)).intact


def test_canonical_form_ignores_how_json_was_spaced_but_not_what_it_says() -> None:
    entry = {"at": "2026-11-25 09:00:00.000000", "user_id": 1, "username": "olivia", "area": "a",
             "action": "b", "entity": "c", "entity_id": None, "summary": "", "before": {"x": 1, "y": [1, 2]},
             "after": None, "machine_drafted": 0}
    same = {**entry, "at": "2026-11-25T09:00:00", "before": json.loads('{ "y": [1,2], "x": 1 }'), "machine_drafted": False}
    assert canonical(entry) == canonical(same)
    assert canonical(entry) != canonical({**entry, "before": {"x": 2, "y": [1, 2]}})
    assert entry_hash(GENESIS, entry) != entry_hash("1" * 64, entry)


# ---------------------------------------------------------------------- check, tampered

@pytest.mark.parametrize("sql,recreate,fragment", [
    ("UPDATE audit_entry SET summary = 'nothing to see' WHERE id = 4", True, "entry #4 was changed"),
    ("UPDATE audit_entry SET after = '{\"shop.name\": \"Forged\"}' WHERE id = 5", True, "entry #5 was changed"),
    ("DELETE FROM audit_entry WHERE id = 3", True, "entries between #2 and #4 were removed"),
    ("DELETE FROM audit_entry WHERE id IN (1, 2)", True, "entries before #3 were removed"),
    # Reordered: the 4th and 5th entries swap places (ids included, hashes carried along).
    ("UPDATE audit_entry SET id = -id WHERE id IN (4, 5); "
     "UPDATE audit_entry SET id = 9 + id WHERE id IN (-4, -5)", True,
     "entry #4 should follow entry #5 but follows entry #3: the log was reordered"),
    ("UPDATE audit_entry SET summary = 'x' WHERE id = 2", False, "append-only triggers are missing"),
])
def test_check_names_the_first_entry_that_was_changed_removed_or_reordered(run, sql, recreate, fragment) -> None:
    assert run("init", "--owner", "olivia", "--password-stdin", stdin="secret-pw-1\n")[0] == 0
    for i in range(5):
        assert run("settings", "set", "shop.name", f"Shop {i}")[0] == 0
    assert run("backup")[0] == 0
    rc, out, err = run("check")
    assert rc == 0 and "intact: 6 entries verified" in out, (out, err)
    db = _db_of(run)
    tamper(db, *sql.split("; "), recreate_triggers=recreate)
    rc, out, err = run("check")
    assert rc == 1 and len(err.strip().splitlines()) == 1 and fragment in err, err
    if not recreate:
        assert "audit chain is broken: entry #2 was changed" in err


def _db_of(run) -> Path | str:
    rc, out, _ = run("check", "--json")
    shown = json.loads(out)["database"]
    return Path(shown.removeprefix("sqlite:///")) if shown.startswith("sqlite:") else shown


def test_rehashing_the_whole_chain_is_not_detected(app: Deskmate, owner) -> None:
    """The honest limit: with the file, anyone can edit an entry and recompute every hash after it."""
    some_history(app, owner, 3)
    tamper(db_of(app), "UPDATE audit_entry SET summary = 'rewritten' WHERE id = 2")
    assert not chain_of(db_of(app)).intact
    with sa_connection(app.db.url) as conn, conn.begin():
        rehash_chain(conn)
    assert chain_of(db_of(app)).intact


def test_altered_triggers_with_the_same_names_are_noticed(app: Deskmate, owner) -> None:
    with raw(app) as conn:
        if app.db.is_sqlite:
            conn.execute("DROP TRIGGER audit_entry_no_delete")
            conn.execute("CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry BEGIN SELECT 1; END")
        else:   # same name, a function that lets everything through
            conn.execute("CREATE FUNCTION let_through() RETURNS trigger LANGUAGE plpgsql AS "
                         "$$ BEGIN RETURN OLD; END $$")
            conn.execute("DROP TRIGGER audit_entry_no_delete ON audit_entry")
            conn.execute("CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW "
                         "EXECUTE FUNCTION let_through()")
        conn.commit()
    from core.kernel.storage import health
    report = health(app.db)
    assert report["audit_log_protected"] is False
    assert any("missing or altered (audit_entry_no_delete)" in p for p in report["problems"])


# --------------------------------------------------------------------------- migration

@pytest.mark.sqlite_only("a committed old SQLite file")
def test_migration_backfills_the_chain_of_an_old_database_and_keeps_it_append_only(data_dir: Path, clock) -> None:
    shutil.copyfile(FIXTURES / "deskmate-kernel_0001.db", data_dir / DB_FILENAME)
    app = Deskmate.open(data_dir, clock=clock)
    try:
        report = chain_of(db_of(app))
        assert report.intact and report.entries == 2
        olga = app.users.by_name("olga").actor
        app.settings.update(olga, {"shop.name": "New name"})
        assert chain_of(db_of(app)).entries == 3 and chain_of(db_of(app)).intact
    finally:
        app.close()
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("UPDATE audit_entry SET hash = NULL")
    finally:
        conn.close()


@pytest.mark.sqlite_only("an old SQLite schema")
def test_migration_backfill_covers_entries_written_between_kernel_0002_and_now(data_dir: Path, clock) -> None:
    path = data_dir / DB_FILENAME
    old = Database(f"sqlite:///{path}")
    migrate(old, "kernel_0002")
    with old.engine.begin() as conn:
        for i in range(3):
            conn.execute(text("INSERT INTO audit_entry (at, user_id, username, area, action, entity, entity_id, "
                              "summary, before, after, machine_drafted) VALUES ('2026-01-0%d 10:00:00.000000', "
                              "NULL, 'old', 'x', 'y', 'z', NULL, 's', NULL, '{\"n\": %d}', 0)" % (i + 1, i)))
    old.dispose()
    Deskmate.open(data_dir, clock=clock).close()
    report = chain_of(path)
    assert report.intact and report.entries == 3


# ----------------------------------------------------------------------------- restore

@pytest.mark.sqlite_only("SQLite backup files (test_pg_backup.py on a server)")
def test_restore_refuses_a_tampered_backup_unless_forced_and_records_the_force_first(app: Deskmate, owner,
                                                                                    tmp_path: Path) -> None:
    some_history(app, owner, 4)
    backup = backup_now(app, tmp_path / "b.sqlite3")
    some_history(app, owner, 1)
    tamper(backup, "DELETE FROM audit_entry WHERE id = 3")
    target = app.paths.database
    app.close()
    before = target.read_bytes()
    with pytest.raises(UntrustedBackup, match="entries between #2 and #4 were removed") as refused:
        restore(backup, target)
    assert refused.value.breaks == [4]
    assert target.read_bytes() == before  # nothing changed
    restore(backup, target, force=True)
    conn = sqlite3.connect(target)
    try:
        rows = conn.execute("SELECT id, action, summary, after FROM audit_entry ORDER BY id").fetchall()
    finally:
        conn.close()
    last = rows[-1]
    assert last[1] == "restore" and last[2].startswith("FORCED restore") and rows[-2][0] == 5  # first after restore
    assert json.loads(last[3])["forced"] is True and json.loads(last[3])["chain_breaks"] == [4]
    report = chain_of(target)
    assert not report.intact and not report.unaccepted and report.accepted == ((4, last[0]),)
    # Tampering after the forced restore is still caught.
    tamper(target, f"UPDATE audit_entry SET summary = 'hidden' WHERE id = {last[0]}")
    assert [b.entry_id for b in chain_of(target).unaccepted] == [last[0]]


@pytest.mark.sqlite_only("SQLite backup files (test_pg_backup.py on a server)")
def test_restore_refuses_a_backup_without_its_triggers(app: Deskmate, owner, tmp_path: Path) -> None:
    some_history(app, owner, 2)
    backup = backup_now(app, tmp_path / "b.sqlite3")
    tamper(backup, recreate_triggers=False)
    app.close()
    with pytest.raises(UntrustedBackup, match="triggers are missing"):
        restore(backup, app.paths.database)
    restore(backup, app.paths.database, force=True)
    conn = sqlite3.connect(app.paths.database)
    try:  # the forced restore put the triggers back
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("DELETE FROM audit_entry")
    finally:
        conn.close()


@pytest.mark.sqlite_only("SQLite backup files")
def test_only_an_owner_may_force(app: Deskmate, owner, staff, tmp_path: Path) -> None:
    backup = backup_now(app, tmp_path / "b.sqlite3")
    from dataclasses import replace
    from core.kernel.actor import Role
    keeper = replace(owner, role=Role.BOOKKEEPER)
    with pytest.raises(PermissionDenied):
        restore(backup, app.paths.database, actor=keeper, force=True)


@pytest.mark.sqlite_only("SQLite backup files")
def test_cli_restore_refuses_then_force_records_it_and_check_accepts_the_known_break(run, tmp_path: Path) -> None:
    assert run("init", "--owner", "olivia", "--password-stdin", stdin="secret-pw-1\n")[0] == 0
    for i in range(3):
        assert run("settings", "set", "shop.name", f"Shop {i}")[0] == 0
    backup = tmp_path / "b.sqlite3"
    assert run("backup", str(backup))[0] == 0
    tamper(backup, "UPDATE audit_entry SET summary = 'forged' WHERE id = 2")
    rc, out, err = run("restore", str(backup))
    assert rc == 1 and "cannot be trusted" in err and "entry #2 was changed" in err and "--force" in err
    rc, out, err = run("restore", str(backup), "--force")
    assert rc == 0, err
    rc, out, _ = run("audit", "list", "--json", "--limit", "1")
    [entry] = json.loads(out)
    assert entry["action"] == "restore" and entry["after"]["forced"] is True and entry["id"] == 5
    assert run("backup")[0] == 0
    rc, out, err = run("check")
    assert rc == 0 and "known breaks at #2 (accepted by the forced restore in entry #5)" in out, (out, err)


def test_check_against_a_backup_catches_what_the_chain_alone_cannot(run, tmp_path: Path) -> None:
    """A rewritten chain, or the newest entries removed, is whole again: only a copy kept elsewhere
    shows it (`check --against BACKUP`) — an SQLite file, or on a server a pg_dump archive."""
    assert run("init", "--owner", "olivia", "--password-stdin", stdin="secret-pw-1\n")[0] == 0
    for i in range(4):
        assert run("settings", "set", "shop.name", f"Shop {i}")[0] == 0
    db = _db_of(run)
    offsite = tmp_path / ("offsite.pgdump" if isinstance(db, str) else "offsite.sqlite3")
    assert run("backup", str(offsite))[0] == 0
    assert offsite.read_bytes().startswith(b"PGDMP" if isinstance(db, str) else b"SQLite format 3")
    assert run("backup")[0] == 0
    rc, out, err = run("check", "--against", str(offsite))
    assert rc == 0 and "all 5 entries of" in out, err
    # The newest entry removed: the chain that is left is whole.
    tamper(db, "DELETE FROM audit_entry WHERE id = 5")
    assert run("check")[0] == 0
    rc, out, err = run("check", "--against", str(offsite))
    assert rc == 1 and "entry #5 of" in err and "is missing from this database" in err, err
    # An entry rewritten and the whole chain recomputed: also whole, also caught.
    tamper(db, "UPDATE audit_entry SET summary = 'rewritten' WHERE id = 2")
    with sa_connection(db if isinstance(db, str) else f"sqlite:///{db}") as conn, conn.begin():
        rehash_chain(conn)
    assert run("check")[0] == 0
    rc, out, err = run("check", "--against", str(offsite))
    assert rc == 1 and "entry #2 differs from" in err, err
    junks = [("junk.sqlite3", b"not a database")]
    if isinstance(db, str):      # pg_restore reads archives: installed with the server
        junks.append(("junk.pgdump", b"PGDMP but not an archive"))
    for junk, content in junks:
        (tmp_path / junk).write_bytes(content)
        rc, out, err = run("check", "--against", str(tmp_path / junk))
        assert rc == 1 and "not a Deskmate database" in err and len(err.strip().splitlines()) == 1, err
