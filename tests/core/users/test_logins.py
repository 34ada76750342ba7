"""Failed logins are audited, slowed and locked (core/users/lockout.py); command-line sessions
(core/users/sessions.py) expire, are revocable, and hold only a hash in the database."""
from __future__ import annotations

import json
import os
import stat
from datetime import timedelta

import pytest
from sqlalchemy import select

from core.app import Deskmate
from core.kernel.actor import Role
from core.kernel.audit import AuditFilter
from core.kernel.errors import PermissionDenied
from core.users.models import LoginSession
from core.users.sessions import token_hash

PASSWORD = "secret-pw-2026"


def fail(app: Deskmate, name: str = "sam", times: int = 1) -> str:
    message = ""
    for _ in range(times):
        with pytest.raises(PermissionDenied) as exc:
            app.users.authenticate(name, "wrong-password!")
        message = str(exc.value)
    return message


def test_failed_logins_are_audited_without_blaming_anyone(app, owner, staff) -> None:
    fail(app, "sam", 2)
    fail(app, "nobody-at-all")
    rows = app.audit.list(owner, AuditFilter(area="users"))
    failed = [r for r in rows if r.action == "failed login"]
    assert len(failed) == 3
    assert {r.username for r in failed} == {"(not logged in)"}
    assert "failed login for sam (desktop app), 2 in a row" in [r.summary for r in failed]
    unknown = next(r for r in failed if r.entity_id is None)
    assert "nobody-at-all" not in unknown.summary                      # never the typed name
    assert app.users.get(staff.user_id).failed_logins == 2


def test_five_failures_make_the_next_attempt_wait_growing_then_ten_lock_for_15_minutes(app, owner, staff,
                                                                                      clock) -> None:
    fail(app, times=4)
    assert fail(app) == "wrong user name or password"                  # the 5th still checks
    # Now even the right password is refused until the wait is over (30 s after the 5th).
    with pytest.raises(PermissionDenied, match="wait 30 seconds"):
        app.users.authenticate("sam", PASSWORD)
    clock.advance(timedelta(seconds=29))
    with pytest.raises(PermissionDenied, match="wait 1 second before"):
        app.users.authenticate("sam", PASSWORD)
    waits = []
    for _n in range(6, 10):                                             # 6th..9th failure
        clock.advance(timedelta(minutes=30))
        fail(app)
        with pytest.raises(PermissionDenied, match="too many failed logins") as exc:
            app.users.authenticate("sam", PASSWORD)
        waits.append(str(exc.value))
    assert waits == ["too many failed logins: wait 60 seconds before trying again",
                     "too many failed logins: wait 2 minutes before trying again",
                     "too many failed logins: wait 4 minutes before trying again",
                     "too many failed logins: wait 8 minutes before trying again"]
    clock.advance(timedelta(minutes=9))
    fail(app)                                                           # the 10th: locked
    with pytest.raises(PermissionDenied, match="locked after 10 failed logins: try again in 15 minutes"):
        app.users.authenticate("sam", PASSWORD)
    assert app.users.get(staff.user_id).locked_at(clock.now())
    clock.advance(timedelta(minutes=14))
    with pytest.raises(PermissionDenied, match="locked"):
        app.users.authenticate("sam", PASSWORD)
    clock.advance(timedelta(minutes=1, seconds=1))
    fail(app)                                                           # after the lock: locks again
    with pytest.raises(PermissionDenied, match="locked"):
        app.users.authenticate("sam", PASSWORD)
    clock.advance(timedelta(minutes=16))
    assert app.users.authenticate("sam", PASSWORD).failed_logins == 0   # success resets
    fail(app, times=4)
    assert fail(app) == "wrong user name or password"


def test_the_owner_unlocks_and_staff_may_not(app, owner, staff, bookkeeper, clock) -> None:
    fail(app, times=5)
    for _ in range(5):
        clock.advance(timedelta(minutes=20))
        fail(app)
    with pytest.raises(PermissionDenied, match="locked"):
        app.users.authenticate("sam", PASSWORD)
    with pytest.raises(PermissionDenied, match="may not manage users"):
        app.users.unlock(bookkeeper, staff.user_id)
    info = app.users.unlock(owner, staff.user_id)
    assert (info.failed_logins, info.locked_until) == (0, None)
    assert app.users.authenticate("sam", PASSWORD).username == "sam"
    [entry] = app.audit.list(owner, AuditFilter(text="unlocked"))
    assert entry.username == "olivia" and entry.action == "unlock user"


def test_a_login_session_expires_after_8_idle_hours_or_7_days(app, owner, staff, clock, _private_config_dir) -> None:
    sessions = app.users.sessions
    token, until = sessions.open(staff)
    assert until == clock.now() + timedelta(days=7)
    with app.db.read() as s:
        [row] = s.scalars(select(LoginSession))
        assert row.token_hash == token_hash(token) and token not in row.token_hash
    path = sessions.file().path
    assert json.loads(path.read_text()) == {"users": {"sam": token}}
    assert path.parent.parent == _private_config_dir
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    for _ in range(30):                                 # used every 7 hours: alive for 7 days
        clock.advance(timedelta(hours=7))
        if clock.now() - (until - timedelta(days=7)) > timedelta(days=7):
            break
        assert sessions.resume("sam") == staff
    assert sessions.resume("sam") is None               # the absolute limit
    assert sessions.logged_in() == []
    sessions.open(staff)
    clock.advance(timedelta(hours=8, seconds=1))
    assert sessions.resume("sam") is None               # idle too long
    with app.db.read() as s:
        assert list(s.scalars(select(LoginSession))) == []


def test_logout_password_change_and_deactivation_end_sessions(app, owner, staff) -> None:
    sessions = app.users.sessions
    sessions.open(staff)
    sessions.open(owner)
    assert sessions.logged_in() == ["olivia", "sam"]
    assert sessions.close("sam") and not sessions.close("sam")
    assert sessions.resume("sam") is None and sessions.resume("olivia") == owner
    sessions.open(staff)
    app.users.set_password(owner, staff.user_id, "a-new-pass-2026")
    assert sessions.resume("sam") is None
    sessions.open(staff)
    app.users.update(owner, staff.user_id, active=False)
    assert sessions.resume("sam") is None
    assert [r.action for r in app.audit.list(owner, AuditFilter(text="logged out"))] == ["log out"]


def test_a_token_for_another_database_or_a_forged_one_is_no_login(tmp_path, clock) -> None:
    a = Deskmate.open(tmp_path / "a", clock=clock)
    b = Deskmate.open(tmp_path / "b", clock=clock)
    try:
        owner_a = a.users.create_first_owner("olivia", PASSWORD).actor
        b.users.create_first_owner("olivia", PASSWORD)
        token, _ = a.users.sessions.open(owner_a)
        assert b.users.sessions.resume("olivia") is None        # another database: its own file
        b.users.sessions.file().put("olivia", token)             # copied over by hand: unknown there
        assert b.users.sessions.resume("olivia") is None
        a.users.sessions.file().put("olivia", "forged-token")
        assert a.users.sessions.resume("olivia") is None
    finally:
        a.close()
        b.close()


def test_the_demo_shop_keeps_its_documented_password_and_only_there(tmp_path, clock, app, owner) -> None:
    from core.demo import DEMO_PASSWORD, mark_as_demo
    from core.kernel.errors import ValidationError
    with pytest.raises(ValidationError, match="at least 10"):
        app.users.add(owner, "dan", Role.STAFF, DEMO_PASSWORD)
    demo = Deskmate.open(tmp_path / "demo", clock=clock)
    try:
        assert not demo.is_demo()
        mark_as_demo(demo)
        assert demo.is_demo()
        boss = demo.users.create_first_owner("owner", DEMO_PASSWORD).actor
        with pytest.raises(ValidationError, match="at least 10"):
            demo.users.add(boss, "dan", Role.STAFF, "short")
        assert demo.users.authenticate("owner", DEMO_PASSWORD).username == "owner"
    finally:
        demo.close()


def test_status_words_show_the_back_off_and_lock_left(app, owner, staff, clock):
    from datetime import timedelta as td
    info = lambda: next(u for u in app.users.list() if u.username == "sam")  # noqa: E731
    assert info().status(clock.now()) == "Active" and info().next_try_at(clock.now()) is None
    for i in range(5):
        with pytest.raises(PermissionDenied):
            app.users.authenticate("sam", f"wrong-{i}-wrong")
    assert info().status(clock.now()) == "5 failed logins, next try in 30 seconds"
    assert info().next_try_at(clock.now()) == clock.now() + td(seconds=30)
    clock.advance(td(seconds=31))
    assert info().status(clock.now()) == "Active, 5 failed logins"
    for wait in (1, 2, 4, 8):
        with pytest.raises(PermissionDenied):
            app.users.authenticate("sam", "wrong-again-1")
        clock.advance(td(minutes=wait))
    assert info().status(clock.now()) == "Active, 9 failed logins"
    with pytest.raises(PermissionDenied):
        app.users.authenticate("sam", "wrong-again-1")
    clock.advance(td(seconds=61))
    assert info().status(clock.now()) == "Locked, 14 minutes left"
    app.users.update(owner, info().id, active=False)
    assert info().status(clock.now()) == "Deactivated"


def test_cli_user_list_says_how_long_a_back_off_lasts(app, owner, staff, clock, data_dir, capsys, cli_login):
    from core.cli import run
    for i in range(5):
        with pytest.raises(PermissionDenied):
            app.users.authenticate("sam", f"wrong-{i}-wrong")
    cli_login("olivia", clock=clock)
    assert run(["--data-dir", str(data_dir), "user", "list", "--as", "olivia"], clock=clock) == 0
    row = next(line for line in capsys.readouterr().out.splitlines() if " sam " in line)
    assert row.rstrip().endswith("5 failed logins, next try in 30 seconds")
    assert run(["--data-dir", str(data_dir), "user", "list", "--json", "--as", "olivia"], clock=clock) == 0
    sam = next(r for r in json.loads(capsys.readouterr().out) if r["username"] == "sam")
    assert sam["status"] == "5 failed logins, next try in 30 seconds" and sam["next_try_at"]
