"""One version number everywhere: the package metadata, ``deskmate --version``, the database and
every backup of it (SQLite file or pg_dump archive), and the audit entry of a version change."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from sqlalchemy import select

from core import cli
from core.app import Deskmate
from core.io.backup import backup_now
from core.kernel.storage import backup_version
from core.kernel.audit import AuditEntry
from core.kernel.identity import stored_version
from core.kernel.storage import health, stamp_app_version
from core.kernel.version import app_version
from tests.conftest import raw_uow

ROOT = Path(__file__).resolve().parents[3]


def test_the_version_is_the_packages_and_the_command_line_prints_it(capsys: pytest.CaptureFixture[str]) -> None:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert app_version() == declared
    assert cli.run(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"deskmate {declared}"


def test_a_new_database_and_its_backups_carry_the_version(app: Deskmate) -> None:
    with app.db.uow() as s:
        assert stored_version(s) == app_version()
    written = backup_now(app)
    assert backup_version(written) == app_version()
    report = health(app.db, app.paths.backups)
    assert report["deskmate_version"] == app_version() and report["newest_backup_by"] == f"Deskmate {app_version()}"


def test_opening_with_another_version_stores_it_and_says_so_in_the_audit_log(app: Deskmate) -> None:
    with raw_uow(app) as s:
        from core.kernel.identity import stamp_version
        stamp_version(s, "0.0.9")
    stamp_app_version(app.db)
    stamp_app_version(app.db)                       # once only: the second open changes nothing
    with app.db.uow() as s:
        assert stored_version(s) == app_version()
        entries = list(s.scalars(select(AuditEntry).where(AuditEntry.action == "version")))
    assert len(entries) == 1
    assert entries[0].summary == f"opened by Deskmate {app_version()} (last opened by 0.0.9)"
    assert entries[0].before == {"app_version": "0.0.9"} and entries[0].after == {"app_version": app_version()}


def test_a_backup_from_before_versions_were_stored_says_none(tmp_path: Path) -> None:
    assert backup_version(tmp_path / "missing.sqlite3") is None
    other = tmp_path / "other.sqlite3"
    import sqlite3
    sqlite3.connect(other).execute("CREATE TABLE database_identity (id TEXT)").connection.close()
    assert backup_version(other) is None


def test_a_newest_backup_that_is_not_one_is_a_problem_not_an_older_version(app: Deskmate) -> None:
    backup_now(app)
    junk = app.paths.backups / "deskmate-29990101-000000.sqlite3"     # sorts last by time, too
    junk.write_text("not a database")
    report = health(app.db, app.paths.backups)
    assert report["newest_backup"] == str(junk)
    assert report["newest_backup_by"] == "nothing: it is not a readable backup"
    assert any("is not a readable backup" in p for p in report["problems"])
