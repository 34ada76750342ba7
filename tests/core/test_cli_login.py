"""Every person acts as themselves on the command line: `deskmate login`, `--as` only with a live
session or the password, failed logins audited, slowed and locked, and nothing blamed on the owner
that the owner did not do."""
from __future__ import annotations

import io
import json
import os
import stat
from datetime import timedelta
from pathlib import Path

import pytest

from core import cli
from core.app import Deskmate
from core.kernel.audit import AuditFilter

PW = "olivias-pw-2026"
SAM_PW = "sams-pw-2026"


@pytest.fixture
def run(tmp_path: Path, clock, capsys, monkeypatch):
    data = tmp_path / "data"

    def _run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        rc = cli.run(["--data-dir", str(data), *argv], clock=clock)
        out, err = capsys.readouterr()
        return rc, out, err

    _run.data = data  # type: ignore[attr-defined]
    return _run


@pytest.fixture
def shop(run):
    """olivia (owner) and sam (staff); nobody logged in."""
    assert run("init", "--owner", "olivia", "--password-stdin", stdin=PW + "\n")[0] == 0
    assert run("user", "add", "sam", "--role", "staff", "--password-stdin", "--as", "olivia", stdin=SAM_PW)[0] == 0
    assert run("logout")[0] == 0
    return run


def audit(run) -> list[dict]:
    app = Deskmate.open(run.data)
    try:
        owner = app.users.by_name("olivia").actor
        return [r.__dict__ for r in app.audit.list(owner, AuditFilter())]
    finally:
        app.close()


def one_line_error(result: tuple[int, str, str], code: int, fragment: str) -> None:
    rc, _out, err = result
    assert rc == code and len(err.strip().splitlines()) == 1 and fragment in err, (rc, err)


def test_user_password_owner_as_owner_without_a_session_or_password_fails(shop) -> None:
    before = audit(shop)
    one_line_error(shop("user", "password", "olivia", "--as", "olivia"), 1, "olivia is not logged in here")
    # --password-stdin alone is the new password's flag: without a session, the first line must be
    # olivia's current password, so a stranger's "new password" is a failed login.
    one_line_error(shop("user", "password", "olivia", "--as", "olivia", "--password-stdin",
                        stdin="hijacked-2026\n"), 1, "wrong user name or password")
    after = audit(shop)
    new = after[:len(after) - len(before)]
    assert [e["action"] for e in new] == ["failed login"]
    assert new[0]["username"] == "(not logged in)"                  # never blamed on the owner
    assert not any(e["action"] == "set password" for e in after)
    app = Deskmate.open(shop.data)
    try:
        assert app.users.authenticate("olivia", PW).username == "olivia"  # unchanged
    finally:
        app.close()


def test_adding_an_owner_from_the_shell_without_credentials_fails(shop) -> None:
    one_line_error(shop("user", "add", "eve", "--role", "owner", "--password-stdin", stdin="eves-pw-2026\n"),
                   1, "nobody is logged in here")
    one_line_error(shop("user", "add", "eve", "--role", "owner", "--as", "olivia", "--password-stdin",
                        stdin="eves-pw-2026\n"), 1, "wrong user name or password")
    one_line_error(shop("user", "add", "eve", "--role", "owner", "--as", "olivia"), 1, "not logged in")
    app = Deskmate.open(shop.data)
    try:
        assert [u.username for u in app.users.list()] == ["olivia", "sam"]
    finally:
        app.close()
    # With olivia's own password first, then the new one: allowed, and recorded as hers.
    rc, out, _ = shop("user", "add", "eve", "--role", "owner", "--as", "olivia", "--password-stdin",
                      stdin=f"{PW}\neves-pw-2026\n")
    assert rc == 0 and "eve added as owner" in out
    [entry] = [e for e in audit(shop) if e["action"] == "add user" and "eve" in e["summary"]]
    assert entry["username"] == "olivia"


def test_read_only_commands_that_show_data_need_a_login(shop, tmp_path) -> None:
    for argv in (("settings", "list"), ("audit", "list"), ("inbox", "list"), ("user", "list"),
                 ("customer", "list"), ("invoice", "list"), ("inventory", "list"),
                 ("audit", "export", str(tmp_path / "a.xlsx")),
                 ("export", "stock", "--from", "2026-01-01", "--to", "2026-12-31", "-o", str(tmp_path / "s.xlsx"))):
        one_line_error(shop(*argv), 1, "nobody is logged in here")
    assert not (tmp_path / "a.xlsx").exists() and not (tmp_path / "s.xlsx").exists()
    # check and backup are for whoever looks after the computer (cron): no login.
    assert shop("backup")[0] == 0
    assert shop("check")[0] == 0
    assert shop("--help")[0] == 0


def test_login_then_as_acts_as_you_and_logout_ends_it(shop, _private_config_dir) -> None:
    rc, out, _ = shop("login", "sam", "--password-stdin", stdin=SAM_PW + "\n")
    assert rc == 0 and "logged in as sam (staff)" in out
    [session_file] = (_private_config_dir / "sessions").glob("*.json")
    if os.name == "posix":
        assert stat.S_IMODE(session_file.stat().st_mode) == 0o600
    assert SAM_PW not in session_file.read_text()
    rc, out, _ = shop("customer", "add", "Carla", "--as", "sam")
    assert rc == 0
    rc, out, _ = shop("customer", "add", "Dora")                     # the one user logged in here
    assert rc == 0
    one_line_error(shop("customer", "add", "Eve", "--as", "olivia"), 1, "olivia is not logged in here")
    created = [e["username"] for e in audit(shop) if e["action"] == "create customer"]
    assert created == ["sam", "sam"]
    assert shop("logout", "sam")[1].strip() == "logged out: sam"
    one_line_error(shop("customer", "list"), 1, "nobody is logged in here")
    one_line_error(shop("customer", "list", "--as", "sam"), 1, "sam is not logged in here")
    actions = [e["action"] for e in audit(shop)]
    assert "log out" in actions and "log in" in actions


def test_password_stdin_acts_once_without_a_session(shop) -> None:
    rc, out, _ = shop("customer", "add", "Carla", "--as", "sam", "--password-stdin", stdin=SAM_PW + "\n")
    assert rc == 0
    one_line_error(shop("customer", "list"), 1, "nobody is logged in here")   # no session was left
    one_line_error(shop("customer", "list", "--password-stdin", stdin=SAM_PW + "\n"), 2,
                   "--password-stdin needs --as USER")


def test_init_with_password_stdin_logs_the_new_owner_in(run) -> None:
    rc, out, _ = run("init", "--owner", "olivia", "--password-stdin", stdin=PW + "\n")
    assert rc == 0 and "logged in here" in out
    rc, out, _ = run("settings", "list")
    assert rc == 0 and "shop.name" in out


def test_init_refuses_a_weak_owner_password_and_creates_nothing(run) -> None:
    one_line_error(run("init", "--owner", "olivia", "--password-stdin", stdin="qwertyuiop\n"), 1,
                   "most common passwords")
    one_line_error(run("init", "--owner", "olivia", "--password-stdin", stdin="demo1234\n"), 1,
                   "at least 10 characters")
    one_line_error(run("user", "list"), 1, "no users yet")


def test_a_session_expires_by_the_clock(shop, clock) -> None:
    assert shop("login", "sam", "--password-stdin", stdin=SAM_PW + "\n")[0] == 0
    clock.advance(timedelta(hours=7, minutes=59))
    assert shop("customer", "list")[0] == 0
    clock.advance(timedelta(hours=8, minutes=1))
    one_line_error(shop("customer", "list"), 1, "nobody is logged in here")


def test_cli_failed_logins_are_audited_slowed_locked_and_the_owner_unlocks(shop, clock) -> None:
    for _ in range(5):
        one_line_error(shop("login", "sam", "--password-stdin", stdin="wrong-guess-1\n"), 1,
                       "wrong user name or password")
    one_line_error(shop("login", "sam", "--password-stdin", stdin=SAM_PW + "\n"), 1,
                   "too many failed logins: wait 30 seconds")
    for minutes in (1, 2, 4, 8, 16):
        clock.advance(timedelta(minutes=minutes))
        one_line_error(shop("login", "sam", "--password-stdin", stdin="wrong-guess-2\n"), 1, "wrong user name")
    one_line_error(shop("login", "sam", "--password-stdin", stdin=SAM_PW + "\n"), 1,
                   "locked after 10 failed logins: try again in 15 minutes, or ask the owner to unlock it")
    rc, out, _ = shop("user", "list", "--json", "--as", "olivia", "--password-stdin", stdin=PW + "\n")
    sam = next(u for u in json.loads(out) if u["username"] == "sam")
    assert sam["failed_logins"] == 10 and sam["locked_until"]
    one_line_error(shop("user", "unlock", "sam", "--as", "sam", "--password-stdin", stdin=SAM_PW + "\n"), 1,
                   "locked")
    rc, out, _ = shop("user", "unlock", "sam", "--as", "olivia", "--password-stdin", stdin=PW + "\n")
    assert rc == 0 and "sam may log in again" in out
    assert shop("login", "sam", "--password-stdin", stdin=SAM_PW + "\n")[0] == 0
    failed = [e for e in audit(shop) if e["action"] == "failed login"]
    assert len(failed) == 10 and {e["username"] for e in failed} == {"(not logged in)"}
    assert all("(command line)" in e["summary"] for e in failed)


def test_a_single_user_shop_acts_as_its_owner(shop) -> None:
    assert shop("settings", "set", "app.single_user", "yes", "--as", "olivia", "--password-stdin",
                stdin=PW + "\n")[0] == 0
    rc, out, _ = shop("settings", "list")
    assert rc == 0
    rc, _, _ = shop("customer", "add", "Carla")
    assert rc == 0
    assert {e["username"] for e in audit(shop) if e["area"] == "customers"} == {"olivia"}
    # ...but naming someone else still needs their credentials.
    one_line_error(shop("customer", "list", "--as", "sam"), 1, "sam is not logged in here")


def test_worker_needs_no_login_and_acts_as_the_automation_user() -> None:
    parser, _ = cli.build_parser()
    args = parser.parse_args(["worker"])
    assert args.login == "none"
    args = parser.parse_args(["inbox", "list"])
    assert args.login == "required"
