"""The fidelity report every import gives, and the sales import that streams its rows.

Every row read is imported, already there, or skipped for a counted reason; the file's quantity
and money equal the sum of those parts, and what was stored (read back from the database) equals
what was imported. A sales file is read a chunk at a time; where the chunks fall changes nothing."""
from __future__ import annotations

import csv
import json
import tracemalloc
from decimal import Decimal as D

import pytest
from tests.conftest import shared_file
from hypothesis import HealthCheck, given, settings, strategies as st

from core.cli import run
from core.inventory.models import StockMovement
from core.invoicing.importer import import_invoices
from core.io import tabular
from sqlalchemy import select

HEADER = ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Country"]


def write(path, rows, header=HEADER):
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def parts_add_up(rep):
    """in the file = imported + already + skipped, in rows; quantity and money over readable rows."""
    assert rep.in_file.rows == rep.imported.rows + rep.already.rows + rep.skipped.rows
    assert sum(rep.skipped_reasons.values()) == rep.skipped.rows
    for attr in ("quantity", "money"):
        parts = [getattr(t, attr) for t in (rep.imported, rep.already, rep.skipped) if getattr(t, attr) is not None]
        assert (getattr(rep.in_file, attr) or D(0)) == sum(parts, D(0)), attr


def test_the_bakery_sales_report_adds_up_and_the_ledger_holds_what_was_imported(app, owner):
    f = shared_file("bakery", "BreadBasket_DMS.csv")
    with f.open(newline="") as fh:
        items = [r["Item"] for r in csv.DictReader(fh)]
    dry = app.inventory.import_file(owner, "sales", f, dry_run=True)
    rep = app.inventory.import_file(owner, "sales", f)
    for r in (dry, rep):
        parts_add_up(r)
        assert r.in_file.rows == len(items) and r.in_file.quantity == len(items)     # one item per row
        assert r.skipped_reasons == {"placeholder item ('NONE' or empty), ignored": items.count("NONE")}
        assert r.imported.rows == len(items) - items.count("NONE")
    assert dry.fidelity()[:4] == [(("would be imported" if i == 1 else a), n, q, m)
                                  for i, (a, n, q, m) in enumerate(rep.fidelity()[:4])]
    assert rep.stored.quantity == rep.imported.quantity and dry.stored is None
    again = app.inventory.import_file(owner, "sales", f)
    parts_add_up(again)
    assert again.imported.rows == 0 and again.already.quantity == rep.imported.quantity


def test_dry_run_and_import_print_the_same_report_on_the_command_line(app, owner, data_dir, tmp_path, capsys,
                                                                      cli_login):
    app.close()
    cli_login("olivia")
    rows = [("536365", "85123A", "HEART", 6, "12/13/2010 8:26", "2.55", "17850", "UK"),
            ("536366", "22633", "", 6, "12/13/2010 8:28", "1.85", "", "UK"),
            ("536367", "84879", "BIRD", "x", "12/13/2010 8:34", "1.69", "13047", "UK")]
    f = write(tmp_path / "r.csv", rows)
    args = ["--data-dir", str(data_dir), "import", "invoices", str(f), "--skip-invalid"]
    assert run([*args, "--dry-run"]) == 0
    dry = capsys.readouterr().out.splitlines()
    assert run(args) == 0
    real = capsys.readouterr().out.splitlines()
    def table(out):
        return {" ".join(ln.split()[:-3]): ln.split()[-3:] for ln in out
                if ln.startswith("  ") and not ln.startswith(("  problem", "  skipped:")) and "could not" not in ln}
    dry_t, real_t = table(dry), table(real)
    assert dry_t["in the file"] == real_t["in the file"] == ["3", "12", "26.40"]
    assert dry_t["would be imported"] == real_t["imported"] == ["2", "12", "26.40"]
    assert dry_t["skipped"] == real_t["skipped"] == ["1", "0", "0.00"]     # its quantity could not be read
    assert real_t["stored (invoice lines read back)"] == ["2", "12", "26.40"]
    assert "  1 row could not be read: its quantity and money are not in the totals" in dry
    assert run([*args, "--json"]) == 0
    fid = json.loads(capsys.readouterr().out)["fidelity"]
    assert fid["already_imported"] == {"rows": 2, "quantity": "12", "money": "26.40"}
    assert fid["skipped_by_reason"] == {"Quantity: '…' is not a number": 1}


SALE = st.tuples(st.sampled_from(["SKU1", "SKU2", "SKU3", "NONE"]), st.integers(-3, 9),
                 st.sampled_from(["1/13/2024 10:00", "1/13/2024 11:30", "1/14/2024 09:00", "not a date"]),
                 st.sampled_from(["1.25", "0.5", "2"]))


def _sales_file(folder, sales):
    rows = [(f"{500 + i // 2}", sku, "" if sku == "NONE" else f"Item {sku}", q, day, price, "17850", "UK")
            for i, (sku, q, day, price) in enumerate(sales)]
    return write(folder / "sales.csv", rows)


def _ledger(app):
    with app.db.read() as s:
        return sorted(s.execute(select(StockMovement.product_id, StockMovement.day, StockMovement.kind,
                                       StockMovement.quantity)).all())


@pytest.fixture(scope="module")
def empty_shop(tmp_path_factory, request):
    """A shop with its owner, made once: each example copies it (no migrations per example)."""
    from datetime import datetime, timezone

    from core.app import Deskmate
    from core.kernel.clock import FixedClock
    from core.kernel import connection
    from tests import pg_databases
    folder = tmp_path_factory.mktemp("empty") / "shop"
    server_db = pg_databases.create_test_database(request.config) if pg_databases.server_url() else None
    if server_db:                  # the suite's server run: the shop's database is on the server
        folder.mkdir()
        connection.save(folder, server_db)
    app = Deskmate.open(folder, clock=FixedClock(datetime(2026, 1, 1, 9, tzinfo=timezone.utc)))
    app.users.create_first_owner("olivia", "a-long-password-1")
    app.close()
    yield folder
    if server_db:
        pg_databases.drop_database(server_db)


def copy_shop(template, to, created: list[str]):
    """A copy of the template shop: its folder, and on a server its database too."""
    import shutil

    from core.kernel import connection
    from tests import pg_databases
    shutil.copytree(template, to)
    if pg_databases.server_url():
        url = pg_databases.clone_database(connection.saved_url(template))
        created.append(url)                # dropped after the test
        connection.save(to, url)
    return to


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(SALE, min_size=1, max_size=40), st.integers(1, 7))
def test_where_the_chunks_fall_changes_nothing_and_the_report_adds_up(tmp_path_factory, monkeypatch, empty_shop,
                                                                     _pg_databases, sales, size):
    from datetime import datetime, timezone

    from core.app import Deskmate
    from core.kernel.clock import FixedClock
    folder = tmp_path_factory.mktemp("chunks")
    f = _sales_file(folder, sales)
    results = []
    for chunk in (size, 10_000):
        monkeypatch.setattr(tabular, "chunked", lambda rows, n=5000, c=chunk: _orig_chunked(rows, c))
        copy_shop(empty_shop, folder / f"shop{chunk}", _pg_databases)
        app = Deskmate.open(folder / f"shop{chunk}", clock=FixedClock(datetime(2026, 1, 1, 9, tzinfo=timezone.utc)))
        try:
            owner = app.users.by_name("olivia").actor
            rep = app.inventory.import_file(owner, "sales", f, skip_invalid=True)
            parts_add_up(rep)
            assert rep.stored.quantity == (rep.imported.quantity or 0)
            again = app.inventory.import_file(owner, "sales", f, skip_invalid=True)
            assert again.imported.rows == 0 and again.already.rows == rep.imported.rows
            results.append((_ledger(app), rep.fidelity()))
        finally:
            app.close()
    assert results[0] == results[1]


_orig_chunked = tabular.chunked


def test_a_sales_file_is_never_parsed_whole(app, owner, tmp_path, monkeypatch):
    def whole(*a, **k):
        raise AssertionError("the sales import must stream its rows")
    monkeypatch.setattr(tabular, "parse_rows", whole)
    f = _sales_file(tmp_path, [("SKU1", 2, "1/13/2024 10:00", "1.25")] * 3)
    rep = app.inventory.import_file(owner, "sales", f)
    assert rep.imported.rows == 3 and rep.stored.quantity == 6


def test_a_bad_row_late_in_a_streamed_file_still_writes_nothing(app, owner, tmp_path, monkeypatch):
    monkeypatch.setattr(tabular, "chunked", lambda rows, n=5000: _orig_chunked(rows, 2))
    sales = [("SKU1", 1, "1/13/2024 10:00", "1.25")] * 7 + [("SKU2", 1, "not a date", "1.25")]
    with pytest.raises(Exception, match="cannot be imported"):
        app.inventory.import_file(owner, "sales", _sales_file(tmp_path, sales))
    assert _ledger(app) == [] and app.inventory.products() == []


@pytest.mark.slow
def test_memory_stays_bounded_while_importing_sales(app, owner, tmp_path):
    """40,000 rows held whole took about 50 MB of Python objects; streamed, the import's own
    allocations stay a fraction of it (only the per-file counters and per-day sums grow)."""
    import random
    rng = random.Random(3)
    rows = [(f"{600 + i // 3}", f"SKU{rng.randrange(50):03d}", "Thing", rng.randrange(1, 9),
             f"{1 + i // 4000}/{1 + (i // 200) % 20}/2024 10:{i % 60:02d}", "1.25", "", "UK") for i in range(40_000)]
    f = write(tmp_path / "big.csv", rows)
    tracemalloc.start()
    try:
        rep = app.inventory.import_file(owner, "sales", f)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert rep.imported.rows == 40_000
    # On a server the driver also holds a chunk's statements until the server answers them
    # (psycopg's pipeline): a few MB more, still a fraction of the 50 MB the whole file took.
    limit = 20 if app.db.is_sqlite else 30
    assert peak < limit * 2**20, f"peak {peak / 2**20:.1f} MB"


def test_every_invoice_row_is_accounted_for_and_stored_as_read(app, owner, tmp_path):
    rows = [("1", "A", "Tea", 2, "3/13/2010 10:00", "1.50", "c1", "UK"),
            ("1", "B", "", 1, "3/13/2010 10:01", "0", "c1", "UK"),
            ("2", "A", "Tea", 1, "3/13/2010 10:00", "1.50", "c1", "UK"),
            ("2", "A", "Tea", 1, "3/14/2010 10:00", "1.50", "c1", "UK"),
            ("3", "C", "Cake", "lots", "3/13/2010 10:00", "4", "", "UK"),
            ("C4", "A", "Tea", -1, "3/13/2010 12:00", "1.50", "c1", "UK")]
    f = write(tmp_path / "inv.csv", rows)
    rep = import_invoices(app, owner, f, skip_invalid=True)
    parts_add_up(rep)
    assert rep.imported.rows == 3 and rep.imported.quantity == 2 and rep.imported.money == D("1.50")
    assert (rep.stored.rows, rep.stored.quantity, rep.stored.money) == (3, 2, D("1.50"))
    assert rep.skipped_reasons == {"InvoiceDate: its lines are on different days": 1,
                                   "another line of its invoice cannot be imported": 1,
                                   "Quantity: '…' is not a number": 1}
    assert rep.unread == 1 and rep.skipped.quantity == 2


@given(st.text(max_size=40), st.text(max_size=40))
def test_reasons_that_differ_only_in_quoted_values_count_together(a, b):
    reason = "'{}' is not a number"
    assert tabular.reason_key("Qty", reason.format(a.replace("'", ""))) == \
        tabular.reason_key("Qty", reason.format(b.replace("'", "")))
