"""The headless CLI: each kernel command, each error path and its exit code (0 / 1 one line / 2)."""
from __future__ import annotations

import io
import json
import sqlite3
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from core import cli
from tests.raw_db import raw, shop_url
from core.kernel.paths import DB_FILENAME

ROOT = Path(__file__).resolve().parents[2]
DESKMATE = ROOT / ".venv" / "bin" / "deskmate"
PW = "secret-pw-2026"


@pytest.fixture
def run(tmp_path: Path, clock, capsys, monkeypatch):
    """run("user", "list", stdin="...") -> (exit code, stdout, stderr) against a temp data folder."""
    data = tmp_path / "data"

    def _run(*argv: str, stdin: str | None = None) -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin or ""))
        rc = cli.run(["--data-dir", str(data), *argv], clock=clock)
        out, err = capsys.readouterr()
        return rc, out, err

    _run.data = data  # type: ignore[attr-defined]
    _run.clock = clock  # type: ignore[attr-defined]
    return _run


@pytest.fixture
def shop(run):
    """An owner olivia (logged in here by init) and a staff member sam (not logged in)."""
    assert run("init", "--owner", "olivia", "--password-stdin", stdin=PW + "\n")[0] == 0
    assert run("user", "add", "sam", "--role", "staff", "--password-stdin", "--as", "olivia", stdin=PW)[0] == 0
    return run


def login(run, name: str, password: str = PW) -> None:
    rc, out, err = run("login", name, "--password-stdin", stdin=password + "\n")
    assert rc == 0 and f"logged in as {name}" in out, err


def user_error(result: tuple[int, str, str], fragment: str) -> None:
    rc, out, err = result
    assert rc == 1, (rc, out, err)
    assert len(err.strip().splitlines()) == 1, err
    assert err.startswith("deskmate: ") and fragment in err, err


def usage_error(result: tuple[int, str, str]) -> None:
    rc, _out, err = result
    assert rc == 2 and "usage:" in err, (rc, err)


# ------------------------------------------------------------------------------- success

def test_help_lists_every_command(capsys) -> None:
    assert cli.run(["--help"]) == 0
    out = capsys.readouterr().out
    for command in ("init", "user add", "user list", "user set", "user password", "audit list",
                    "audit export", "settings list", "settings set", "backup", "restore", "check"):
        assert f"deskmate {command} " in out, command
    assert "Exit codes" in out


def test_init_creates_the_owner_from_stdin(run) -> None:
    rc, out, _ = run("init", "--owner", "olivia", "--password-stdin", stdin=PW + "\r\n")
    assert rc == 0 and "owner 'olivia' created" in out
    rc, out, _ = run("user", "list", "--json")
    [user] = json.loads(out)
    assert (user["username"], user["role"], user["active"]) == ("olivia", "owner", True)
    from core.app import Deskmate
    app = Deskmate.open(run.data)
    try:
        assert app.users.authenticate("olivia", PW).username == "olivia"  # "\r\n" was not kept
    finally:
        app.close()
    assert run("init")[0] == 0  # again: nothing to do, still success


def test_init_demo_builds_the_kernel_part_and_calls_every_area(run, monkeypatch) -> None:
    called = []

    class Area:
        __name__ = "core.fake.demo"

        @staticmethod
        def build(app, rng, ctx):
            called.append((ctx["scale"], sorted(ctx["users"]), ctx["today"].isoformat()))
            ctx["summary"].append("fake area built")

    monkeypatch.setattr("core.demo.area_modules", lambda name: [Area])
    rc, out, _ = run("init", "--demo")
    assert rc == 0 and "fake area built" in out and "password 'demo1234'" in out
    assert called == [(1, ["bea", "owner", "sam"], "2026-11-25")]
    user_error(run("user", "list"), "nobody is logged in here")
    rc, out, _ = run("login", "owner", "--password-stdin", stdin="demo1234\n")
    assert rc == 0 and "in the demo shop" in out
    users = {u["username"]: u["role"] for u in json.loads(run("user", "list", "--json")[1])}
    assert users == {"owner": "owner", "sam": "staff", "bea": "bookkeeper"}
    settings = {s["key"]: s["value"] for s in json.loads(run("settings", "list", "--json", "--as", "owner")[1])}
    assert settings["shop.name"] == "Corner Bakery & Deli" and settings["shop.currency"] == "GBP"
    user_error(run("init", "--demo"), "already holds a shop")


def test_user_add_list_and_set(shop) -> None:
    rc, out, _ = shop("user", "add", "bea", "--role", "bookkeeper", "--display-name", "Bea Books",
                      "--password-stdin", "--as", "olivia", stdin=PW)
    assert rc == 0 and "bea added as bookkeeper" in out
    rows = json.loads(shop("user", "list", "--json")[1])
    assert isinstance(rows, list) and [r["username"] for r in rows] == ["bea", "olivia", "sam"]
    assert rows[0]["display_name"] == "Bea Books"
    assert shop("user", "set", "sam", "--deactivate", "--as", "olivia")[0] == 0
    assert [r["active"] for r in json.loads(shop("user", "list", "--json")[1]) if r["username"] == "sam"] == [False]
    user_error(shop("audit", "list", "--as", "sam", "--password-stdin", stdin=PW), "wrong user name or password")
    rc, out, _ = shop("user", "list")
    assert rc == 0 and out.splitlines()[0].split() == ["id", "user", "name", "role", "status"]
    assert [line.rstrip().endswith("Deactivated") for line in out.splitlines()[1:]] == [False, False, True]


def test_audit_list_json_and_filters(shop) -> None:
    rc, out, _ = shop("audit", "list", "--json", "--as", "olivia")
    rows = json.loads(out)
    assert rc == 0 and isinstance(rows, list)
    assert [r["action"] for r in rows] == ["add user", "create first owner"]
    assert rows[0]["after"]["username"] == "sam" and rows[0]["at"].startswith("2026-11-25T09:00")
    assert [r["action"] for r in json.loads(shop("audit", "list", "--json", "--text", "sam", "--as", "olivia")[1])] \
        == ["add user"]
    assert json.loads(shop("audit", "list", "--json", "--from", "2026-11-26", "--as", "olivia")[1]) == []


def test_audit_export_writes_an_xlsx(shop, tmp_path: Path) -> None:
    out_file = tmp_path / "audit.xlsx"
    rc, out, _ = shop("audit", "export", str(out_file), "--user", "olivia", "--as", "olivia")
    assert rc == 0 and "2 audit entries" in out
    ws = load_workbook(out_file)["Audit log"]
    assert [r[1] for r in ws.iter_rows(min_row=2, values_only=True)] == ["olivia", "olivia"]


def test_settings_set_and_bad_value(shop) -> None:
    login(shop, "sam")
    assert shop("settings", "set", "shop.currency", "gbp", "--as", "olivia")[0] == 0
    assert shop("settings", "set", "shop.opening_hours", '{"mon": "08:00-12:00"}', "--as", "olivia")[0] == 0
    values = {s["key"]: s["value"] for s in json.loads(shop("settings", "list", "--json", "--as", "olivia")[1])}
    assert values["shop.currency"] == "GBP" and values["shop.opening_hours"]["mon"] == ["08:00", "12:00"]
    user_error(shop("settings", "set", "shop.currency", "pounds", "--as", "olivia"), "ISO 4217")
    user_error(shop("settings", "set", "shop.currency", "USD", "--as", "sam"), "may not change")
    user_error(shop("settings", "set", "shop.colour", "red", "--as", "olivia"), "unknown setting")


@pytest.mark.sqlite_only("SQLite backup files (test_pg_backup.py on a server)")
def test_backup_and_restore(shop, tmp_path: Path) -> None:
    dest = tmp_path / "b.sqlite3"
    rc, out, _ = shop("backup", str(dest))
    assert rc == 0 and str(dest) in out and dest.exists()
    assert shop("user", "add", "late", "--role", "staff", "--password-stdin", "--as", "olivia", stdin=PW)[0] == 0
    rc, out, _ = shop("restore", str(dest))
    assert rc == 0 and "kept as" in out
    kept = Path(out.strip().rsplit("kept as ", 1)[1])
    assert kept.exists()
    assert [r["username"] for r in json.loads(shop("user", "list", "--json")[1])] == ["olivia", "sam"]
    [entry] = json.loads(shop("audit", "list", "--json", "--area", "backup", "--as", "olivia")[1])
    assert entry["action"] == "restore" and entry["username"].endswith("(command line)")
    assert entry["after"]["kept_as"] == str(kept)
    rc, out, _ = shop("backup")
    assert rc == 0 and "backups" in out


# --------------------------------------------------------------------------- user errors (1)

def test_duplicate_user(shop) -> None:
    user_error(shop("user", "add", "sam", "--role", "staff", "--password-stdin", "--as", "olivia", stdin=PW),
               "already a user called 'sam'")


def test_bad_role_value(shop) -> None:
    user_error(shop("user", "add", "max", "--role", "manager", "--password-stdin", "--as", "olivia", stdin=PW),
               "unknown role 'manager'")


def test_wrong_as_user(shop) -> None:
    user_error(shop("audit", "list", "--as", "nobody"), "nobody is not logged in here")
    user_error(shop("audit", "list", "--as", "nobody", "--password-stdin", stdin=PW), "wrong user name or password")


def test_permission_refused(shop) -> None:
    login(shop, "sam")
    user_error(shop("user", "add", "eve", "--role", "owner", "--password-stdin", "--as", "sam", stdin=PW),
               "sam (staff) may not manage users")
    user_error(shop("audit", "list", "--as", "sam"), "may not view and export the audit log")


def test_short_or_missing_password(shop) -> None:
    user_error(shop("user", "add", "max", "--role", "staff", "--password-stdin", "--as", "olivia", stdin="abc\n"),
               "at least 10 characters")
    user_error(shop("user", "add", "max", "--role", "staff", "--password-stdin", "--as", "olivia",
                    stdin="password123\n"), "most common passwords")
    user_error(shop("user", "add", "max", "--role", "staff", "--password-stdin", "--as", "olivia", stdin=""),
               "nothing was read")


def test_first_user_must_be_the_owner(run) -> None:
    user_error(run("user", "add", "sam", "--role", "staff", "--password-stdin", stdin=PW), "first user must be the owner")


def test_too_new_database(shop) -> None:
    with raw(shop_url(shop.data)) as conn:
        conn.execute("INSERT INTO alembic_version VALUES ('kernel_0099')")
        conn.commit()
    user_error(shop("user", "list"), "newer version of Deskmate")


@pytest.mark.sqlite_only("a damaged database file")
def test_corrupt_database(run) -> None:
    run.data.mkdir()
    (run.data / DB_FILENAME).write_bytes(b"SQLite format 3\x00" + b"\x00" * 84 + b"garbage" * 500)
    user_error(run("user", "list"), "damaged")
    (run.data / DB_FILENAME).write_bytes(b"this is a text file, not a database\n" * 50)
    user_error(run("user", "list"), "not a Deskmate database")


def test_missing_or_bad_restore_file(shop, tmp_path: Path) -> None:
    user_error(shop("restore", str(tmp_path / "nope.sqlite3")), "does not exist")
    (tmp_path / "notes.txt").write_text("hello")
    user_error(shop("restore", str(tmp_path / "notes.txt")), "not a Deskmate database")
    assert [r["username"] for r in json.loads(shop("user", "list", "--json")[1])] == ["olivia", "sam"]


def test_passwords_typed_twice_must_match(shop, monkeypatch) -> None:
    answers = iter(["first-try", "second-try"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))

    class TTY(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(cli.sys, "stdin", TTY(""))
    argv = ["--data-dir", str(shop.data), "user", "add", "max", "--role", "staff", "--as", "olivia"]
    rc = cli.run(argv, clock=shop.clock)
    assert rc == 1
    answers = iter(["good-password", "good-password"])
    rc = cli.run(argv, clock=shop.clock)
    assert rc == 0
    # Not logged in: olivia's own password is asked first, then the new one twice.
    assert shop("logout")[0] == 0
    monkeypatch.setattr(cli.sys, "stdin", TTY(""))
    answers = iter([PW, "another-good-one", "another-good-one"])
    argv[4] = "maxine"
    assert cli.run(argv, clock=shop.clock) == 0


# -------------------------------------------------------------------------- wrong usage (2)

def test_unknown_command(run) -> None:
    usage_error(run("frobnicate"))


def test_missing_argument(run) -> None:
    usage_error(run("user", "add", "sam"))          # no --role
    usage_error(run("restore"))                      # no FILE
    usage_error(run("audit", "list", "--from", "yesterday"))


def test_password_without_terminal_or_stdin_flag(shop) -> None:
    rc, _, err = shop("user", "add", "max", "--role", "staff", "--as", "olivia")
    assert rc == 2 and "--password-stdin" in err and len(err.strip().splitlines()) == 1


def test_who_is_acting_must_be_said_when_several_people_are_logged_in(shop) -> None:
    assert shop("audit", "list")[0] == 0                    # only olivia is logged in here
    login(shop, "sam")
    rc, _, err = shop("audit", "list")
    assert rc == 2 and "olivia, sam are logged in here" in err and "--as USER" in err
    assert shop("audit", "list", "--as", "olivia")[0] == 0
    rc, out, _ = shop("logout")
    assert rc == 0 and out.strip() == "logged out: olivia, sam"
    user_error(shop("audit", "list"), "nobody is logged in here")


def test_options_are_accepted_after_the_command_too(shop, capsys) -> None:
    rc = cli.run(["user", "list", "--json", "--data-dir", str(shop.data)], clock=shop.clock)
    assert rc == 0 and len(json.loads(capsys.readouterr().out)) == 2


# ----------------------------------------------------------------- the real console script

def real(*argv: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(DESKMATE), *argv], input=stdin, capture_output=True, text=True, timeout=60)


def test_console_script_end_to_end(tmp_path: Path) -> None:
    d = str(tmp_path / "shop")
    help_ = real("--help")
    assert help_.returncode == 0 and "deskmate user add" in help_.stdout
    assert real("--data-dir", d, "init", "--owner", "olivia", "--password-stdin", stdin=PW).returncode == 0
    dup = real("--data-dir", d, "user", "add", "olivia", "--role", "owner", "--password-stdin", stdin=PW)
    assert dup.returncode == 1 and dup.stderr.count("\n") == 1 and "already a user" in dup.stderr
    listing = real("--data-dir", d, "user", "list", "--json")
    assert listing.returncode == 0 and json.loads(listing.stdout)[0]["username"] == "olivia"
    bad = real("--data-dir", d, "user", "frobnicate")
    assert bad.returncode == 2


def test_console_script_reports_a_too_new_database_on_one_line(tmp_path: Path) -> None:
    d = tmp_path / "shop"
    assert real("--data-dir", str(d), "init", "--password-stdin", stdin=PW).returncode == 0
    conn = sqlite3.connect(d / DB_FILENAME)
    conn.execute("INSERT INTO alembic_version VALUES ('kernel_0099')")
    conn.commit()
    conn.close()
    result = real("--data-dir", str(d), "user", "list")
    assert result.returncode == 1 and result.stderr.count("\n") == 1 and "newer version" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_real_demo_shop_builds_through_every_area(run) -> None:
    """The whole `deskmate init --demo` (every area's part), as a user would run it."""
    rc, out, err = run("init", "--demo")
    assert rc == 0, err
    assert "Demo shop created" in out
    login(run, "owner", "demo1234")
    users = json.loads(run("user", "list", "--json")[1])
    assert {u["username"] for u in users} == {"owner", "sam", "bea"}
    rows = json.loads(run("audit", "list", "--json", "--limit", "5000", "--as", "owner")[1])
    assert len({r["area"] for r in rows}) >= 3  # areas wrote through their services, audited


def test_db_url_points_every_command_at_another_file(tmp_path: Path, clock, capsys, monkeypatch) -> None:
    other = tmp_path / "elsewhere" / "shop.db"
    url = f"sqlite:///{other}"
    monkeypatch.setattr("sys.stdin", io.StringIO(PW))
    assert cli.run(["--data-dir", str(tmp_path / "data"), "--db-url", url, "init", "--owner", "olivia",
                    "--password-stdin"], clock=clock) == 0
    assert other.exists() and not (tmp_path / "data" / DB_FILENAME).exists()
    capsys.readouterr()
    assert cli.run(["user", "list", "--json", "--db-url", url], clock=clock) == 0
    assert [u["username"] for u in json.loads(capsys.readouterr().out)] == ["olivia"]
    assert cli.run(["--db-url", url, "backup", str(tmp_path / "b.db")], clock=clock) == 0
    assert cli.run(["--db-url", url, "restore", str(tmp_path / "b.db")], clock=clock) == 0
    assert "kept as" in capsys.readouterr().out


@pytest.mark.sqlite_only("SQLite's integrity and reference checks")
def test_check_reports_health_and_problems(shop) -> None:
    user_error(shop("check"), "no backup yet")
    assert shop("backup")[0] == 0
    rc, out, _ = shop("check", "--json")
    report = json.loads(out)
    assert rc == 0 and report["integrity"] == "ok" and report["schema_up_to_date"] is True
    assert report["audit_log_protected"] is True and report["broken_references"] == 0 and report["backups"] == 1
    conn = sqlite3.connect(shop.data / DB_FILENAME)
    conn.execute("DROP TRIGGER audit_entry_no_delete")
    conn.execute("INSERT INTO audit_entry (at, user_id, username, area, action, entity, summary, machine_drafted) "
                 "VALUES ('2026-01-01', 999, 'ghost', 'x', 'y', 'z', '', 0)")  # foreign keys off here
    conn.commit()
    conn.close()
    rc, out, err = shop("check")
    user_error((rc, out, err), "1 broken reference, first in table audit_entry")
    assert "append-only triggers are missing" in err
