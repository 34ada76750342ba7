"""Secret settings (the SMTP password): kept out of the database, the audit log, listings and
exports; moved out of old databases by the kernel_0004 migration."""
from __future__ import annotations

import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordSetError
from openpyxl import load_workbook
from sqlalchemy import text

from core.app import Deskmate
from core.kernel.audit import AuditFilter
from core.kernel.db import Database
from core.kernel.identity import database_id
from core.kernel.paths import DB_FILENAME
from core.kernel.secrets import FileSecrets, KeyringOrFile, KeyringSecrets, keyring_usable, store_for
from core.kernel.settings import SECRET_CHANGED, SECRET_NOT_SET, SECRET_SET
from core.kernel.storage import migrate

PASSWORD = "Sm7p-hunter2-very-private"


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in this test only."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, refuse: bool = False) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}
        self.refuse = refuse

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.refuse:
            raise PasswordSetError("the keyring is locked")
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


def db_bytes(app: Deskmate) -> bytes:
    """The database file and its write-ahead log, as they are on disk; on a server, everything it
    holds (a plain-text pg_dump of the database)."""
    if not app.db.is_sqlite:
        import subprocess
        from core.kernel.pg_storage import libpq, tool
        conninfo, env = libpq(app.db.url)
        return subprocess.run([tool("pg_dump"), "--dbname", conninfo], env=env, capture_output=True,
                              check=True).stdout
    data = app.paths.database.read_bytes()
    wal = Path(str(app.paths.database) + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def the_db_id(app: Deskmate) -> str:
    with app.db.read() as s:
        return database_id(s)


def test_smtp_password_lives_in_a_private_file_not_the_database(app, owner, _private_config_dir) -> None:
    app.settings.update(owner, {"mail.smtp_user": "shop", "mail.smtp_password": PASSWORD})

    assert app.settings.get("mail.smtp_password") == PASSWORD            # code that needs it gets it
    assert app.settings.all()["mail.smtp_password"] == SECRET_SET        # anything shown does not
    assert app.settings.all("mail.")["mail.smtp_user"] == "shop"
    assert PASSWORD.encode() not in db_bytes(app)

    secrets_file = _private_config_dir / "secrets" / f"{the_db_id(app)}.json"
    assert json.loads(secrets_file.read_text())["mail.smtp_password"] == PASSWORD
    if os.name == "posix":
        assert stat.S_IMODE(secrets_file.stat().st_mode) == 0o600
        assert stat.S_IMODE(secrets_file.parent.stat().st_mode) == 0o700


def test_the_audit_log_and_its_export_only_say_the_secret_changed(app, owner, tmp_path) -> None:
    app.settings.update(owner, {"mail.smtp_password": PASSWORD})
    app.settings.update(owner, {"mail.smtp_password": PASSWORD + "2"})
    app.settings.update(owner, {"mail.smtp_password": PASSWORD + "2"})   # unchanged: no entry
    entries = app.audit.list(owner, AuditFilter(entity_id="mail.smtp_password"))
    assert len(entries) == 2
    for e in entries:
        assert e.before == {"mail.smtp_password": SECRET_CHANGED}
        assert e.after == {"mail.smtp_password": SECRET_CHANGED}
        assert "SMTP password changed" in e.summary and PASSWORD not in e.summary
    assert app.audit.list(owner, AuditFilter(text="hunter2")) == []
    out = tmp_path / "audit.xlsx"
    app.audit.export_xlsx(owner, AuditFilter(), out)
    cells = [str(c) for ws in load_workbook(out) for row in ws.iter_rows(values_only=True) for c in row]
    assert not any("hunter2" in c for c in cells)
    assert any(SECRET_CHANGED in c for c in cells)


def test_clearing_a_secret_removes_it(app, owner) -> None:
    app.settings.update(owner, {"mail.smtp_password": PASSWORD})
    app.settings.update(owner, {"mail.smtp_password": ""})
    assert app.settings.get("mail.smtp_password") == ""
    assert app.settings.all()["mail.smtp_password"] == SECRET_NOT_SET
    assert FileSecrets(the_db_id(app)).get("mail.smtp_password") is None


def test_a_secret_keeps_its_spaces(app, owner) -> None:
    app.settings.update(owner, {"mail.smtp_password": "  two  spaces "})
    assert app.settings.get("mail.smtp_password") == "  two  spaces "


def test_staff_may_not_change_a_secret(app, staff) -> None:
    from core.kernel.errors import PermissionDenied
    with pytest.raises(PermissionDenied):
        app.settings.update(staff, {"mail.smtp_password": PASSWORD})


def test_sending_mail_logs_in_with_the_secret(app, owner, monkeypatch, tmp_path) -> None:
    from core.io.mail import deliver
    from core.kernel.settings import SettingsService
    logins = []

    class FakeSMTP:
        def __init__(self, host, port, timeout=None):
            pass

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def login(self, user, password):
            logins.append((user, password))

        def send_message(self, msg):
            pass

    monkeypatch.setattr("smtplib.SMTP", FakeSMTP)
    app.settings.update(owner, {"mail.smtp_host": "mail.example", "mail.smtp_user": "shop",
                                "mail.smtp_starttls": False, "mail.smtp_password": PASSWORD})
    with app.db.read() as s:
        settings = SettingsService.read_many(s, reveal=True)
    deliver(settings, tmp_path, "a@b.example", "Hi", "Body")
    assert logins == [("shop", PASSWORD)]


def test_each_database_has_its_own_secrets(tmp_path, clock) -> None:
    a = Deskmate.open(tmp_path / "a", clock=clock)
    b = Deskmate.open(tmp_path / "b", clock=clock)
    try:
        owner_a = a.users.create_first_owner("olivia", "correct horse battery").actor
        b.users.create_first_owner("olivia", "correct horse battery")
        a.settings.update(owner_a, {"mail.smtp_password": PASSWORD})
        assert the_db_id(a) != the_db_id(b)
        assert b.settings.get("mail.smtp_password") == ""
        assert b.settings.all()["mail.smtp_password"] == SECRET_NOT_SET
    finally:
        a.close()
        b.close()


# ----------------------------------------------------------------------------- backends

def test_the_keyring_is_used_when_there_is_one(app, owner, monkeypatch) -> None:
    ring = MemoryKeyring()
    monkeypatch.setenv("DESKMATE_SECRET_BACKEND", "auto")
    monkeypatch.setattr("keyring.get_keyring", lambda: ring)
    app.settings.update(owner, {"mail.smtp_password": PASSWORD})
    db_id = the_db_id(app)
    assert ring.items == {("Deskmate", f"{db_id}/mail.smtp_password"): PASSWORD}
    assert FileSecrets(db_id).get("mail.smtp_password") is None
    assert app.settings.get("mail.smtp_password") == PASSWORD
    app.settings.update(owner, {"mail.smtp_password": ""})
    assert ring.items == {}


def test_a_refusing_keyring_falls_back_to_the_private_file(app, owner, monkeypatch) -> None:
    ring = MemoryKeyring(refuse=True)
    monkeypatch.setenv("DESKMATE_SECRET_BACKEND", "auto")
    monkeypatch.setattr("keyring.get_keyring", lambda: ring)
    app.settings.update(owner, {"mail.smtp_password": PASSWORD})
    assert ring.items == {}
    assert FileSecrets(the_db_id(app)).get("mail.smtp_password") == PASSWORD
    assert app.settings.get("mail.smtp_password") == PASSWORD


def test_backend_choice(monkeypatch) -> None:
    from keyring.backends import fail
    from core.kernel.errors import StorageError
    monkeypatch.setattr("keyring.get_keyring", lambda: fail.Keyring())
    assert not keyring_usable()
    monkeypatch.setenv("DESKMATE_SECRET_BACKEND", "auto")
    assert isinstance(store_for("x"), FileSecrets)          # headless: no keyring, a private file
    monkeypatch.setenv("DESKMATE_SECRET_BACKEND", "keyring")
    with pytest.raises(StorageError, match="no usable keyring"):
        store_for("x")
    monkeypatch.setattr("keyring.get_keyring", lambda: MemoryKeyring())
    assert isinstance(store_for("x"), KeyringSecrets)
    monkeypatch.setenv("DESKMATE_SECRET_BACKEND", "auto")
    assert isinstance(store_for("x"), KeyringOrFile)
    monkeypatch.setenv("DESKMATE_SECRET_BACKEND", "vault")
    with pytest.raises(StorageError, match="auto, keyring or file"):
        store_for("x")


# ----------------------------------------------------------------------------- migration

@pytest.mark.sqlite_only("an old SQLite schema upgraded")
@pytest.mark.parametrize("from_revision", ["kernel_0002", "kernel_0003"])
def test_upgrade_moves_a_clear_text_password_out_and_redacts_old_audit_entries(data_dir: Path, clock,
                                                                               from_revision) -> None:
    """From before the audit hash chain (kernel_0002) and from a chained log (kernel_0003): the
    value is kept, the entries are redacted, and the chain still verifies afterwards."""
    from core.kernel.audit_chain import rehash_chain, verify
    path = data_dir / DB_FILENAME
    old = Database(f"sqlite:///{path}")
    migrate(old, from_revision)
    with old.engine.begin() as conn:
        conn.execute(text("INSERT INTO user_account (id, username, display_name, role, password_hash, active, "
                          "created_at) VALUES (1, 'olga', 'Olga', 'owner', 'x', 1, '2025-01-02 03:04:05')"))
        conn.execute(text("INSERT INTO setting (key, value) VALUES ('mail.smtp_password', :v), "
                          "('mail.smtp_user', '\"shop\"')"), {"v": json.dumps(PASSWORD)})
        for before, after in ((None, {"mail.smtp_password": PASSWORD}),
                              ({"mail.smtp_password": PASSWORD}, {"mail.smtp_password": PASSWORD + "x"})):
            conn.execute(text(
                "INSERT INTO audit_entry (at, user_id, username, area, action, entity, entity_id, summary, "
                "before, after, machine_drafted) VALUES ('2025-02-01 10:00:00', 1, 'olga', 'settings', "
                "'change setting', 'setting', 'mail.smtp_password', 'SMTP password changed', :b, :a, 0)"),
                {"b": None if before is None else json.dumps(before), "a": json.dumps(after)})
        conn.execute(text(
            "INSERT INTO audit_entry (at, user_id, username, area, action, entity, entity_id, summary, "
            "before, after, machine_drafted) VALUES ('2025-02-01 10:00:00', 1, 'olga', 'settings', "
            "'change setting', 'setting', 'mail.smtp_user', 'SMTP user changed', NULL, :a, 0)"),
            {"a": json.dumps({"mail.smtp_user": "shop"})})
        if from_revision == "kernel_0003":
            rehash_chain(conn)        # as the app would have chained them
            assert verify(conn).intact
    old.dispose()
    # The value in the old database is the newest one set: PASSWORD (the audit's "x" one is older
    # history in this made-up file; what matters is that no entry keeps either).

    app = Deskmate.open(data_dir, clock=clock)
    try:
        assert app.settings.get("mail.smtp_password") == PASSWORD                # not lost
        assert app.settings.get("mail.smtp_user") == "shop"
        owner = app.users.list()[0].actor
        rows = app.audit.list(owner, AuditFilter(area="settings"))
        redacted = [r for r in rows if r.entity_id == "mail.smtp_password"]
        assert len(redacted) == 2
        assert redacted[0].before == {"mail.smtp_password": SECRET_CHANGED}
        assert redacted[0].after == {"mail.smtp_password": SECRET_CHANGED}
        assert redacted[1].before is None
        assert [r.after for r in rows if r.entity_id == "mail.smtp_user"] == [{"mail.smtp_user": "shop"}]
    finally:
        app.close()
    # Once the log is checkpointed (the last connection closed), the freed space was overwritten.
    assert not Path(str(path) + "-wal").exists()
    assert PASSWORD.encode() not in path.read_bytes()
    conn = sqlite3.connect(path)
    try:
        report = verify(conn)
        assert report.entries == 3 and report.intact, report.breaks
        assert conn.execute("SELECT count(*) FROM setting WHERE key = 'mail.smtp_password'").fetchone() == (0,)
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):          # trigger is back
            conn.execute("UPDATE audit_entry SET summary = 'x'")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("DELETE FROM audit_entry")
    finally:
        conn.close()


# ----------------------------------------------------------------------------- command line

def test_cli_reads_a_secret_from_stdin_never_the_command_line_and_never_prints_it(tmp_path, clock, capsys,
                                                                                   monkeypatch) -> None:
    import io
    from core import cli

    data = tmp_path / "data"

    def run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        rc = cli.run(["--data-dir", str(data), *argv], clock=clock)
        out, err = capsys.readouterr()
        return rc, out, err

    assert run("init", "--owner", "olivia", "--password-stdin", stdin="correct horse battery\n")[0] == 0
    login = ("--as", "olivia")
    rc, _out, err = run("settings", "set", "mail.smtp_password", PASSWORD, *login)
    assert rc == 2 and "shell history" in err
    rc, out, _ = run("settings", "set", "mail.smtp_password", "--stdin", *login, stdin=PASSWORD + "\n")
    assert rc == 0 and "SMTP password changed" in out
    rc, out, _ = run("settings", "list", *login)
    assert rc == 0 and PASSWORD not in out
    [line] = [x for x in out.splitlines() if x.startswith("mail.smtp_password")]
    assert line.split()[-1] == "set"
    rc, out, _ = run("settings", "list", "--json", *login)
    assert {"key": "mail.smtp_password", "label": "SMTP password", "value": "set"} in json.loads(out)
    rc, out, _ = run("audit", "list", "--json", *login)
    assert rc == 0 and PASSWORD not in out and "(secret changed)" in out
    app = Deskmate.open(data, clock=clock)
    try:
        assert app.settings.get("mail.smtp_password") == PASSWORD
    finally:
        app.close()
