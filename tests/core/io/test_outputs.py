"""Outputs never overwrite what they must not; files are private; nothing is left behind (issue 10).

The exact cases from the issue run through the real command line: ``-o <data folder>/deskmate.sqlite3``
for ``export register``, ``audit export``, ``invoice pdf`` and ``backup`` exit 1 with one sentence,
and the live database is byte-identical and still opens.
"""
from __future__ import annotations

import hashlib
import io
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
import time
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import openpyxl
import pytest

from core import cli
from core.app import Deskmate
from core.io.backup import backup_now
from core.io.book_exports import export
from core.invoicing.service import LineDraft
from core.io import outputs
from core.io.outputs import OutputRefused, Site, check_target, sweep, writing
from core.kernel import connection
from core.kernel.audit import AuditFilter
from core.kernel.progress import Cancelled, Tracker
from tests import pg_databases

ROOT = Path(__file__).resolve().parents[3]
PW = "a long enough password 1"
D0, D1 = date(2026, 1, 1), date(2026, 12, 31)
posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(scope="module")
def shop_template(tmp_path_factory, request):
    """A data folder with an owner, a bookkeeper, one issued invoice (id 1) and a backup, closed.
    On the suite's server run, its database is on the server (saved as the folder's connection)."""
    from datetime import datetime, timezone

    from core.kernel.clock import FixedClock
    data = tmp_path_factory.mktemp("template") / "data"
    server_db = pg_databases.create_test_database(request.config) if pg_databases.server_url() else None
    if server_db:
        data.mkdir()
        connection.save(data, server_db)
    app = Deskmate.open(data, clock=FixedClock(datetime(2026, 11, 25, 9, 0, tzinfo=timezone.utc)))
    from core.kernel.actor import Role
    owner = app.users.create_first_owner("olivia", PW, "Olivia").actor
    app.users.add(owner, "bea", Role.BOOKKEEPER, PW, "Bea")
    c = app.customers.create(owner, name="Ann Smith", email="ann@example.com")
    d = app.invoicing.create_draft(owner, c.id, [LineDraft("Bread", D(2), D("2.50"), "standard", D(0), False)])
    app.invoicing.issue(owner, d.id)
    backup_now(app)                       # so that 'check' has nothing to complain about
    app.close()
    yield data
    if server_db:
        pg_databases.drop_database(server_db)


@pytest.fixture
def shop(shop_template, tmp_path, _pg_databases):
    """A copy of the template shop: its folder, and on a server its database too."""
    import shutil
    copy = Path(shutil.copytree(shop_template, tmp_path / "shop"))
    if pg_databases.server_url():
        url = pg_databases.clone_database(connection.saved_url(shop_template))
        _pg_databases.append(url)          # dropped after the test
        connection.save(copy, url)
    return copy


@pytest.fixture
def run(shop, clock, capsys, monkeypatch, cli_login):
    cli_login("olivia", "bea", clock=clock, data=shop, password=PW)

    def _run(*argv: str) -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(""))
        rc = cli.run(["--data-dir", str(shop), *argv], clock=clock)
        out, err = capsys.readouterr()
        return rc, out, err
    return _run


def refused(result: tuple[int, str, str], fragment: str) -> None:
    rc, out, err = result
    assert rc == 1, (rc, out, err)
    assert len(err.strip().splitlines()) == 1 and err.startswith("deskmate: "), err
    assert fragment in err, err


# ----------------------------------------------------------------------------- the issue's cases

ON_THE_FILE = "the live database is a file only on SQLite; a server's cannot be named as an output"


@pytest.mark.sqlite_only(ON_THE_FILE)
@pytest.mark.parametrize("argv", [
    ("export", "register", "--from", "2026-01-01", "--to", "2026-12-31", "--as", "bea", "-o"),
    ("audit", "export", "--as", "olivia", "-o"),
    ("invoice", "pdf", "1", "--as", "olivia", "-o"),
    ("backup",),
])
def test_no_command_writes_over_the_live_database(run, shop, argv):
    assert run("check")[0] == 0          # settle the file (WAL checkpointed on close)
    db = shop / "deskmate.sqlite3"
    before = digest(db)
    for suffix in ("", "-wal", "-shm", "-journal"):
        target = Path(f"{db}{suffix}")
        existed = target.exists()
        refused(run(*argv, str(target)), "live database")
        refused(run(*argv, str(target), "--force"), "live database")   # --force does not change that
        assert target.exists() == existed
    assert digest(db) == before
    rc, out, _ = run("check")
    assert rc == 0 and "everything is in order" in out       # the shop still opens and is whole
    assert digest(db) == before
    assert not [p for p in shop.rglob("*") if p.name.endswith(".part")]


@pytest.mark.sqlite_only(ON_THE_FILE)
def test_a_symlink_or_hard_link_to_the_database_is_refused_too(run, shop, tmp_path):
    db = shop / "deskmate.sqlite3"
    (tmp_path / "link.xlsx").symlink_to(db)
    os.link(db, tmp_path / "hard.xlsx")
    before = digest(db)
    for name in ("link.xlsx", "hard.xlsx"):
        refused(run("export", "register", "--from", "2026-01-01", "--to", "2026-12-31", "--as", "bea",
                    "-o", str(tmp_path / name), "--force"), "live database")
    assert digest(db) == before


def test_backups_and_other_data_folder_files_are_refused(run, shop, tmp_path):
    rc, out, _ = run("backup")
    assert rc == 0
    backup = Path(out.split(" to ")[1].strip())
    before = digest(backup)
    reg = ("export", "register", "--from", "2026-01-01", "--to", "2026-12-31", "--as", "bea", "--force", "-o")
    refused(run(*reg, str(backup)), "database or a backup")
    refused(run("backup", str(backup), "--force"), "database or a backup")
    copy = tmp_path / ("elsewhere" + backup.suffix)  # a backup kept anywhere else (.sqlite3 or .pgdump)
    assert run("backup", str(copy))[0] == 0
    refused(run(*reg, str(copy)), "database or a backup")
    refused(run("invoice", "pdf", "1", "--as", "olivia", "--force", "-o", str(copy)), "database or a backup")
    assert digest(backup) == before
    (shop / "notes.txt").write_text("mine")
    refused(run(*reg, str(shop / "notes.txt")), "inside Deskmate's data folder")
    refused(run(*reg, str(shop / "new.xlsx")), "inside Deskmate's data folder")
    refused(run(*reg, str(shop / "backups" / "x.xlsx")), "inside Deskmate's data folder")
    refused(run(*reg, str(shop / "tmp" / "x.xlsx")), "inside Deskmate's data folder")
    assert (shop / "notes.txt").read_text() == "mine" and not (shop / "new.xlsx").exists()
    refused(run(*reg, str(shop)), "is a folder")
    # Deskmate's own exports and outbox folders take files
    assert run(*reg, str(shop / "exports" / "register.xlsx"))[0] == 0
    assert run("invoice", "pdf", "1", "--as", "olivia", "-o", str(shop / "outbox" / "INV.pdf"))[0] == 0


def test_an_existing_file_is_replaced_only_with_force(run, tmp_path):
    out = tmp_path / "reg.xlsx"
    out.write_text("my own notes")
    argv = ("export", "register", "--from", "2026-01-01", "--to", "2026-12-31", "--as", "bea", "-o", str(out))
    refused(run(*argv), "already exists; add --force")
    assert out.read_text() == "my own notes"
    assert run(*argv, "--force")[0] == 0
    assert openpyxl.load_workbook(out)["Invoice register"].cell(2, 5).value == "Ann Smith"
    for argv in (("audit", "export", "--as", "olivia", "-o", str(tmp_path / "a.xlsx")),
                 ("invoice", "pdf", "1", "--as", "olivia", "-o", str(tmp_path / "i.pdf")),
                 ("backup", str(tmp_path / "b.bin"))):
        Path(argv[-1]).write_text("keep")
        refused(run(*argv), "already exists")
        assert Path(argv[-1]).read_text() == "keep"
        assert run(*argv, "--force")[0] == 0
        assert Path(argv[-1]).read_bytes() != b"keep"


def test_every_writer_goes_through_the_gate(app, owner, tmp_path):
    """Service level: privacy export, roster and appointment exports, purchase-order documents."""
    from core.scheduling.exports import export_appointments, export_roster
    db = app.paths.database if app.db.is_sqlite else None
    before_tables = sqlite3.connect(db).execute("select count(*) from sqlite_master").fetchone() if db else None
    c = app.customers.create(owner, name="Ann", email="a@example.com")
    sup = app.inventory.create_supplier(owner, "Mill")
    p = app.inventory.create_product(owner, "F-1", "Flour", cost=D(1), price=D(2), supplier_id=sup.id)
    po = app.inventory.create_purchase_order(owner, sup.id, [{"product_id": p.id, "quantity": "1", "unit_cost": "1"}])
    app.scheduling.new_roster(owner, date(2026, 11, 30))
    attempts = [
        lambda t: app.customers.privacy_export(owner, c.id, t.parent, force=True),
        lambda t: export_roster(app, owner, date(2026, 11, 30), t.with_suffix(".xlsx"), force=True),
        lambda t: export_appointments(app, date(2026, 11, 1), date(2026, 12, 1), t.with_suffix(".ics"), force=True),
        lambda t: app.inventory.export_purchase_order(po.row.id, t.with_suffix(".pdf"), force=True),
    ]
    for attempt in attempts:
        with pytest.raises(OutputRefused, match="inside Deskmate's data folder"):
            attempt(app.paths.root / "x.xlsx")
    # the database's file(s), or on a server the saved connection naming it: nothing else
    assert [p.name for p in app.paths.root.iterdir()
            if not p.name.startswith("deskmate.sqlite3") and p.name != connection.CONNECTION_FILE] == []
    if db is not None:
        (tmp_path / "po.pdf").symlink_to(db)
        with pytest.raises(OutputRefused, match="live database"):
            app.inventory.export_purchase_order(po.row.id, tmp_path / "po.pdf", force=True)
        assert sqlite3.connect(db).execute("select count(*) from sqlite_master").fetchone() == before_tables
    j, x = app.customers.privacy_export(owner, c.id, tmp_path / "privacy")
    assert j.exists() and x.exists()
    with pytest.raises(OutputRefused, match="already exists"):
        app.customers.privacy_export(owner, c.id, tmp_path / "privacy")


def test_the_site_of_an_open_shop(app, tmp_path):
    """Site.of: the data folder, and the database file on SQLite; a shop on a server has none here
    (and ``--db-url`` may put an SQLite file anywhere)."""
    site = Site.of(app)
    assert site.root == app.paths.root
    assert site.database == (app.paths.database if app.db.is_sqlite else None)
    if app.db.is_sqlite:
        elsewhere = Deskmate.open(tmp_path / "other", db_url=f"sqlite:///{tmp_path / 'shop.sqlite3'}")
        try:
            assert Site.of(elsewhere).database == tmp_path / "shop.sqlite3"
            with pytest.raises(OutputRefused, match="live database"):
                check_target(Site.of(elsewhere), tmp_path / "shop.sqlite3-wal", force=True)
        finally:
            elsewhere.close()


def test_check_target_rules(tmp_path):
    root = tmp_path / "data"
    (root / "exports").mkdir(parents=True)
    db = tmp_path / "elsewhere" / "shop.sqlite3"      # --db-url puts the database outside the folder
    db.parent.mkdir()
    sqlite3.connect(db).execute("create table t(x)").connection.commit()
    site = Site(root, db)
    for bad in (db, Path(f"{db}-wal"), Path(f"{db}-shm"), Path(f"{db}-journal"), root / "deskmate.sqlite3"):
        with pytest.raises(OutputRefused, match="live database"):
            check_target(site, bad, force=True)
    assert check_target(site, root / "exports" / "a.xlsx") == root / "exports" / "a.xlsx"
    assert check_target(site, root / "backups" / "new.sqlite3", kind="backup") == root / "backups" / "new.sqlite3"
    with pytest.raises(OutputRefused, match="data folder"):
        check_target(site, root / "backups" / "new.xlsx")
    with pytest.raises(OutputRefused, match="no file name"):
        check_target(site, "")
    archive = tmp_path / "shop.bin"          # a server shop's backup, whatever its name
    archive.write_bytes(b"PGDMP\x01\x0e\x00" + b"\x00" * 100)
    with pytest.raises(OutputRefused, match="database or a backup"):
        check_target(site, archive, force=True)


# ----------------------------------------------------------------------------- private files

@posix_only
def test_data_folder_database_backups_and_exports_are_private_whatever_the_umask(tmp_path, clock):
    old = os.umask(0o022)
    try:
        data = tmp_path / "new" / "data"
        app = Deskmate.open(data, clock=clock)
        owner = app.users.create_first_owner("olivia", PW, "Olivia").actor
        assert mode(data) == 0o700
        if app.db.is_sqlite:                 # on a server, the folder holds no database file
            db = app.paths.database
            for p in outputs.database_files(db):
                if p.exists():
                    assert mode(p) == 0o600, p
            assert Path(f"{db}-wal").exists()
        else:
            assert mode(data / connection.CONNECTION_FILE) == 0o600
        backup = backup_now(app)
        assert mode(backup) == 0o600 and mode(backup.parent) == 0o700
        c = app.customers.create(owner, name="Ann", email="a@example.com")
        files = list(app.customers.privacy_export(owner, c.id, tmp_path / "privacy"))
        app.audit.export_xlsx(owner, AuditFilter(), tmp_path / "audit.xlsx")
        files.append(tmp_path / "audit.xlsx")
        files.append(export(app, owner, "register", D0, D1, app.paths.exports / "r.xlsx").path)
        files.append(backup_now(app, tmp_path / ("copy" + backup.suffix)))
        for f in files:
            assert mode(f) == 0o600, f
        assert mode(app.paths.exports) == 0o700
        app.close()
    finally:
        os.umask(old)


@posix_only
@pytest.mark.sqlite_only("the mode of the SQLite file and its side files")
def test_an_older_world_readable_database_is_made_private_on_open(tmp_path, clock):
    data = tmp_path / "data"
    Deskmate.open(data, clock=clock).close()
    db = data / "deskmate.sqlite3"
    os.chmod(db, 0o644)
    app = Deskmate.open(data, clock=clock)
    assert mode(db) == 0o600 and mode(Path(f"{db}-wal")) == 0o600
    app.close()


# ----------------------------------------------------------------------------- nothing left behind

def test_library_temp_files_go_to_the_data_folder_never_to_the_system_temp(app, owner, tmp_path, monkeypatch):
    from openpyxl.worksheet import _writer as ows

    class Spy(list):
        seen: list[str] = []

        def append(self, item):
            Spy.seen.append(item)
            super().append(item)

    monkeypatch.setattr(ows, "ALL_TEMP_FILES", Spy())
    system_tmp = tmp_path / "system-tmp"
    system_tmp.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(system_tmp))
    during = []
    export(app, owner, "register", D0, D1, tmp_path / "out" / "r.xlsx",
           progress=Tracker(lambda n, total, _text: during.append(sorted(p.name for p in (app.paths.root / "tmp").rglob("*")))))
    app.audit.export_xlsx(owner, AuditFilter(), tmp_path / "out" / "a.xlsx")     # openpyxl's normal mode
    assert Spy.seen and all(Path(p).parent.parent == app.paths.root / "tmp" for p in Spy.seen), Spy.seen
    assert any(name.startswith("openpyxl.") for names in during for name in names)
    assert list(system_tmp.iterdir()) == []
    assert list((app.paths.root / "tmp").iterdir()) == []              # the scratch folders are gone
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.xlsx", "r.xlsx"]


def test_a_failed_or_cancelled_export_leaves_nothing_and_keeps_the_old_file(app, owner, tmp_path):
    out = tmp_path / "r.xlsx"
    out.write_text("old")
    cancelled = Tracker()
    cancelled.cancel()
    with pytest.raises(Cancelled):
        export(app, owner, "register", D0, D1, out, progress=cancelled, force=True)
    assert out.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "r.xlsx"]
    assert list((app.paths.root / "tmp").iterdir()) == []


KILLED_EXPORT = textwrap.dedent("""
    import os, signal, sys
    from datetime import date
    from core.app import Deskmate
    from core.io.book_exports import export
    from core.kernel.progress import Tracker
    app = Deskmate.open(sys.argv[1])
    owner = app.users.list()[0].actor

    def progress(n, total, text):
        os.kill(os.getpid(), signal.SIGKILL)      # kill -9 in the middle of writing the workbook
    export(app, owner, "register", date(2026, 1, 1), date(2026, 12, 31), sys.argv[2], progress=Tracker(progress))
""")

KILLED_BACKUP = textwrap.dedent("""
    import os, signal, sys
    import core.io.backup
    from core.app import Deskmate

    def half_then_killed(source, dest):
        with open(str(dest) + ".part", "wb") as fh:   # what SQLite's backup loop (or pg_dump) wrote so far
            fh.write(b"x" * 100000)
        os.kill(os.getpid(), signal.SIGKILL)
    core.io.backup.backup_sqlite = half_then_killed
    core.io.backup.pg_storage.dump = half_then_killed
    app = Deskmate.open(sys.argv[1])
    core.io.backup.backup_now(app, None if sys.argv[2] == "-" else sys.argv[2])
""")

HOLDS_A_CLAIM = textwrap.dedent("""
    import sys, time
    from core.io.outputs import Site, writing
    with writing(Site(__import__("pathlib").Path(sys.argv[1])), sys.argv[2]) as part:
        part.write_bytes(b"working")
        print("ready", flush=True)
        sys.stdin.readline()
""")


def run_py(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs kill -9")
def test_check_removes_what_a_killed_export_left_and_reports_it(shop, run, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    assert run_py(KILLED_EXPORT, str(shop), str(elsewhere / "r.xlsx")).returncode == -signal.SIGKILL
    sheets = [p for p in (shop / "tmp").rglob("openpyxl.*")]
    assert sheets                                             # the half-written sheet: not in /tmp
    assert len(list((shop / "tmp").glob("*.lock"))) == 1       # its claim, no longer held
    rc, out, err = run("check")
    assert rc == 0, err
    line = next(ln for ln in out.splitlines() if ln.startswith("removed temp files"))
    assert "removed temp files   1 (" in line and sheets[0].parent.name in line, line
    assert list((shop / "tmp").iterdir()) == []
    assert list(elsewhere.iterdir()) == []


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs kill -9")
def test_a_write_still_running_elsewhere_keeps_its_files_and_old_unclaimed_ones_go(shop, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    assert run_py(KILLED_BACKUP, str(shop), str(elsewhere / "b.sqlite3")).returncode == -signal.SIGKILL
    killed = [p for p in elsewhere.iterdir() if p.name.endswith(".part")]
    assert killed and killed[0].stat().st_size == 100000
    # an old leftover of an earlier version (no claim) and a fresh one that may be a running restore
    old, fresh = shop / "backups" / "deskmate-20260101-000000.sqlite3.part", shop / "deskmate.sqlite3.restoring"
    old.write_bytes(b"y" * 1000)
    fresh.write_bytes(b"z")
    os.utime(old, (time.time() - 3600, time.time() - 3600))
    holder = subprocess.Popen([sys.executable, "-c", HOLDS_A_CLAIM, str(shop), str(elsewhere / "live.xlsx")],
                              cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        live = [p for p in elsewhere.iterdir() if p.name.startswith(".live.xlsx.")]
        assert len(live) == 1
        removed = {r.path for r in sweep(Site(shop))}
        assert removed == {killed[0], old}
        assert live[0].exists() and fresh.exists()
        assert len(list((shop / "tmp").glob("*.lock"))) == 1          # only the live claim
        assert sweep(Site(shop)) == []
    finally:
        holder.communicate("\n", timeout=60)
    assert (elsewhere / "live.xlsx").read_bytes() == b"working"
    assert list((shop / "tmp").iterdir()) == []
    assert not (elsewhere / "b.sqlite3").exists()


def test_startup_removes_stale_leftovers(shop, clock):
    stale = shop / "exports" / ".register.xlsx.123-abcdef.part"
    stale.parent.mkdir(exist_ok=True)
    stale.write_bytes(b"half a workbook")
    os.utime(stale, (time.time() - 7200, time.time() - 7200))
    app = Deskmate.open(shop, clock=clock)
    try:
        assert [r.path for r in app.startup_cleanup] == [stale]
        assert not stale.exists()
    finally:
        app.close()


def test_writing_leaves_nothing_when_the_writer_fails(tmp_path):
    root = tmp_path / "data"
    root.mkdir()
    site = Site(root)
    with pytest.raises(ZeroDivisionError):
        with writing(site, tmp_path / "x.bin") as part:
            part.write_bytes(b"half")
            raise ZeroDivisionError
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]
    assert list((root / "tmp").iterdir()) == []


@posix_only
def test_outbox_letters_are_private(tmp_path):
    from core.io.mail import deliver
    old = os.umask(0o022)
    try:
        pdf = tmp_path / "letter.pdf"
        pdf.write_bytes(b"%PDF-1.4 a letter")
        channel, how = deliver({"shop.name": "Shop", "shop.email": "shop@example.com"}, tmp_path / "outbox",
                               "ann@example.com", "Reminder", "Please pay", pdf)
    finally:
        os.umask(old)
    assert channel == "outbox"
    assert mode(tmp_path / "outbox") == 0o700 and mode(tmp_path / "outbox" / "letter.eml") == 0o600
