"""Moving a shop into a new database: everything copied exactly, proved, or nothing at all.

SQLite → SQLite always; SQLite → PostgreSQL → SQLite when ``DESKMATE_TEST_DB_URL`` names a server
(skipped cleanly otherwise)."""
from __future__ import annotations

import hashlib
import os
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, inspect, select, text
from sqlalchemy.engine import make_url

from core import cli, move
from core.app import Deskmate
from core.kernel.audit_chain import verify
from core.kernel.progress import Tracker
from core.kernel.errors import PermissionDenied, StorageError
from core.move import MoveFailed, move_shop, shop_tables, stored_tables

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent / "invoicing"))
from inbox_mix import draft_mix  # noqa: E402
from inv_helpers import customer, lines  # noqa: E402

PASSWORD = "secret-pw-2026"
PG_ENV = "DESKMATE_TEST_DB_URL"


def dump(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every shop table as stored (scaled integers, naive UTC, JSON text)."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            out = {}
            for raw in stored_tables(shop_tables()):
                order = list(raw.primary_key.columns) or list(raw.columns)
                out[raw.name] = [tuple(r) for r in conn.execute(select(raw).order_by(*order))]
            return out
    finally:
        engine.dispose()


def without_move_entries(rows: dict[str, list[tuple[Any, ...]]]) -> dict[str, list[tuple[Any, ...]]]:
    cols = [c.name for c in stored_tables([t for t in shop_tables() if t.name == "audit_entry"])[0].columns]
    action = cols.index("action")
    return {**rows, "audit_entry": [r for r in rows["audit_entry"] if r[action] != "move"]}


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    for suffix in ("", "-wal"):
        p = Path(f"{path}{suffix}")
        if p.exists():
            h.update(p.read_bytes())
    return h.hexdigest()


@pytest.fixture
def shop(app: Deskmate, owner, bookkeeper, staff) -> Deskmate:
    """A small shop with money in several tables: stock, issued and paid invoices, inbox items."""
    inv = app.inventory
    sup = inv.create_supplier(owner, "Bakers Ltd", lead_time_days=3)
    for i, (cost, price) in enumerate((("1.20", "3.50"), ("0.3333", "0.99"), ("12.75", "19.9999"))):
        p = inv.create_product(owner, f"SKU{i}", f"Thing {i}", cost=cost, price=price, supplier_id=sup.id)
        inv.adjust_stock(owner, p.id, Decimal("12.5") * (i + 1), "count")
    for n in range(3):
        cust = customer(app, owner, name=f"Customer {n}", email=f"c{n}@example.com")
        draft = app.invoicing.create_draft(owner, cust.id, lines(("Bread", "3", "2.50", "standard"),
                                                                 ("Cake", "1.5", "7.3333", "standard")))
        app.invoicing.issue(bookkeeper, draft.id)
        if n:
            app.invoicing.record_payment(bookkeeper, draft.id, Decimal("5.01") * n)
    draft_mix(app, escalate_as=staff)
    return app


def test_move_to_a_new_sqlite_file_copies_every_row_exactly_and_leaves_the_source_alone(shop, owner, tmp_path):
    before = dump(shop.db.url)
    source_digest = file_digest(shop.paths.database) if shop.db.is_sqlite else None
    seen: list[tuple[int, int, str]] = []
    target = tmp_path / "moved" / "shop.sqlite3"
    target.parent.mkdir()

    report = move_shop(shop, str(target), progress=Tracker(lambda d, t, s: seen.append((d, t, s))))

    assert dump(shop.db.url) == before                                    # the source was only read...
    if source_digest is not None:
        assert file_digest(shop.paths.database) == source_digest        # ...to the byte
    after = dump(f"sqlite:///{target}")
    assert without_move_entries(after) == before
    assert report.rows == sum(len(v) for v in before.values())
    assert {c.table for c in report.tables} == set(before)
    invoices = {c.table: dict(c.sums) for c in report.tables}["invoice"]
    assert invoices["gross_total"] == sum((r.gross for r in shop.invoicing.list()), Decimal(0)) != 0
    assert report.sums_checked >= 40
    assert seen[-1][0] == seen[-1][1] == report.rows and "checking" in seen[-1][2]
    assert not list(target.parent.glob("*.moving*"))
    assert os.stat(target).st_mode & 0o077 == 0                            # the owner's only

    moved = Deskmate.open(tmp_path / "moved", f"sqlite:///{target}")
    try:
        who = moved.users.authenticate("olivia", PASSWORD).actor          # the same people, same passwords
        entries = moved.audit.list(who, limit=1)
        assert entries[0].action == "move" and "moved here from" in entries[0].summary
        with moved.db.engine.connect() as conn:
            chain = verify(conn)
        assert chain.intact and chain.entries == len(before["audit_entry"]) + 1
        cust = moved.customers.create(who, name="After the move")          # new ids do not collide
        assert cust.id > max(r[0] for r in before["customer"])
    finally:
        moved.close()


def test_a_copy_that_lost_a_row_is_rolled_back_and_named(shop, tmp_path, monkeypatch):
    real = move._insert_rows

    def lose_one(dst, raw, rows):
        real(dst, raw, rows[:-1] if raw.name == "customer" else rows)

    monkeypatch.setattr(move, "_insert_rows", lose_one)
    target = tmp_path / "shop.sqlite3"
    with pytest.raises(MoveFailed) as err:
        move_shop(shop, str(target))
    n = len(dump(shop.db.url)["customer"])
    assert f"customer has {n - 1} rows instead of {n}" in str(err.value)
    assert not target.exists() and not list(tmp_path.glob("shop.sqlite3*"))


def test_a_changed_amount_and_a_changed_audit_entry_are_named(shop, tmp_path, monkeypatch):
    real = move._insert_rows

    def tamper(dst, raw, rows):
        if raw.name == "invoice_line":
            rows = [{**rows[0], "net": rows[0]["net"] + 1}] + rows[1:]      # 0.0001 more, as stored
        if raw.name == "audit_entry":
            rows = [{**rows[0], "summary": "rewritten"}] + rows[1:]
        real(dst, raw, rows)

    monkeypatch.setattr(move, "_insert_rows", tamper)
    with pytest.raises(MoveFailed) as err:
        move_shop(shop, str(tmp_path / "shop.sqlite3"))
    text_ = str(err.value)
    assert "invoice_line.net adds up to" in text_
    assert any(d.startswith("the audit chain reads") for d in err.value.differences)
    assert not (tmp_path / "shop.sqlite3").exists()


def test_refuses_a_target_that_is_not_new_or_not_a_database(app, owner, staff, tmp_path):
    shop = app
    existing = tmp_path / "existing.sqlite3"
    existing.write_bytes(b"keep me")
    with pytest.raises(StorageError, match="already exists"):
        move_shop(shop, str(existing))
    assert existing.read_bytes() == b"keep me"
    with pytest.raises(StorageError, match="own database"):
        move_shop(shop, shop.db.url)
    with pytest.raises(StorageError, match="not mysql"):
        move_shop(shop, "mysql://someone@localhost/shop")
    with pytest.raises(PermissionDenied):
        move_shop(shop, str(tmp_path / "staff.sqlite3"), actor=staff)
    assert not (tmp_path / "staff.sqlite3").exists()


def test_cli_move_prints_the_checks_and_fails_in_one_line(shop, data_dir, tmp_path, capsys):
    target = tmp_path / "via-cli.sqlite3"
    assert cli.run(["--data-dir", str(data_dir), "move", "--to", str(target)]) == 0
    out = capsys.readouterr().out
    assert "invoice_line" in out and "sums: quantity" in out
    assert "money and quantity sums and the audit chain (intact" in out
    assert f"deskmate --db-url 'sqlite:///{target}'" in out
    assert cli.run(["--data-dir", str(data_dir), "move", "--to", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already exists" in err


# ------------------------------------------------------------------------------ PostgreSQL

def _server() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"no PostgreSQL server: set {PG_ENV} to run the SQLite → PostgreSQL → SQLite move")
    return url


@pytest.fixture
def empty_pg() -> Any:
    """Empty PostgreSQL databases made on the test server, dropped afterwards."""
    server = _server()
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    made: list[str] = []

    def new() -> str:
        name = f"dm_move_{os.getpid()}_{len(made)}_{os.urandom(3).hex()}"
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        made.append(name)
        return make_url(server).set(database=name).render_as_string(hide_password=False)

    yield new
    with admin.connect() as conn:
        for name in made:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def test_sqlite_to_postgresql_and_back_is_exact(shop, tmp_path, empty_pg, monkeypatch):
    before = dump(shop.db.url)
    pg = empty_pg()
    move_shop(shop, pg)
    assert without_move_entries(dump(pg)) == before
    on_server = Deskmate.open(tmp_path / "server", pg)
    try:
        who = on_server.users.authenticate("olivia", PASSWORD).actor
        on_server.customers.create(who, name="Written on the server")   # sequences moved past the ids
        back = tmp_path / "back.sqlite3"
        report = move_shop(on_server, str(back), actor=who)
    finally:
        on_server.close()
    assert report.audit_chain.startswith("intact")
    returned = dump(f"sqlite:///{back}")
    assert [r for r in returned["customer"] if r not in before["customer"]][0][1] == "Written on the server"
    written_there = ("customer", "audit_entry")
    assert {k: v for k, v in returned.items() if k not in written_there} == \
        {k: v for k, v in before.items() if k not in written_there}
    kept = without_move_entries(returned)["audit_entry"]
    assert kept[:len(before["audit_entry"])] == before["audit_entry"]     # the history, then what came after
    assert "Written on the server" in " ".join(str(r) for r in kept[len(before["audit_entry"]):])

    # A copy that differs on the server is rolled back, DDL and all: the database stays empty.
    real = move._insert_rows
    monkeypatch.setattr(move, "_insert_rows",
                        lambda dst, raw, rows: real(dst, raw, rows[1:] if raw.name in ("payment", "customer") else rows))
    pg2 = empty_pg()
    with pytest.raises(MoveFailed) as err:
        move_shop(shop, pg2)
    # The server checks references as rows arrive: the copy stops at the first orphan and says so.
    assert "could not be copied" in str(err.value) and "customer" in str(err.value)
    engine = create_engine(pg2)
    try:
        with engine.connect() as conn:
            assert inspect(conn).get_table_names() == []
    finally:
        engine.dispose()
    with pytest.raises(StorageError, match="is not empty"):
        move_shop(shop, pg)


def test_cli_move_to_postgresql_with_a_password_hides_it(shop, data_dir, empty_pg, capsys):
    pg = make_url(empty_pg()).set(password="not-shown")
    assert cli.run(["--data-dir", str(data_dir), "move", "--to", pg.render_as_string(hide_password=False)]) == 0
    captured = capsys.readouterr()
    assert "not-shown" not in captured.out + captured.err

