"""Settings → Database: the database in use, a connection test, and using a server from the next
start — typed and clicked as a person would. The success path needs a PostgreSQL server
(DESKMATE_TEST_DB_URL; ``./dev test-pg`` runs this file too)."""
from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from core.kernel import connection
from core.kernel.connection import CONNECTION_FILE, DB_URL_ENV
from desktop.pages.settings.page import SettingsPage
from tests import pg_databases

SAVED_URL = connection.saved_url


@pytest.fixture(autouse=True)
def plain_saved_url(monkeypatch: pytest.MonkeyPatch) -> None:
    """This computer's saved connection as the product reads it (the suite's PostgreSQL half
    otherwise gives each data folder a database of its own)."""
    monkeypatch.setattr(connection, "saved_url", SAVED_URL)
    monkeypatch.delenv(DB_URL_ENV, raising=False)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _database_tab(open_page, actor):
    ctx, page = open_page(SettingsPage, actor)
    page.tabs.setCurrentIndex(page.database_tab_index)
    return ctx, page, page.database


def test_shows_the_database_in_use_and_keeps_a_pasted_password_masked(open_page, owner, app, qtbot, settle) -> None:
    ctx, page, panel = _database_tab(open_page, owner)
    assert not page.button_bar.isVisible()                       # its own buttons, not Save/Revert
    assert "SQLite file in the data folder" in panel.current.text()
    qtbot.keyClicks(panel.url_edit, "postgresql+psycopg://clerk:hunter2-pw@127.0.0.1:"
                                    f"{_closed_port()}/shop")
    assert "hunter2-pw" not in panel.url_edit.text()             # moved to the masked field at once
    assert panel.password_edit.text() == "hunter2-pw"
    assert panel.password_edit.echoMode() == QLineEdit.EchoMode.Password
    qtbot.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)
    settle(ctx)
    assert panel.result.text().startswith("✗ Could not connect") and "hunter2-pw" not in panel.result.text()
    qtbot.mouseClick(panel.use_button, Qt.MouseButton.LeftButton)
    settle(ctx)
    assert panel.result.text().startswith("✗ Not saved: could not connect")
    assert not (app.paths.root / CONNECTION_FILE).exists()


def test_staff_see_the_database_but_cannot_change_it(open_page, staff) -> None:
    _ctx, _page, panel = _database_tab(open_page, staff)
    assert "SQLite file" in panel.current.text()
    assert not panel.url_edit.isEnabled() and not panel.test_button.isEnabled() and not panel.use_button.isEnabled()


@pytest.mark.skipif(not pg_databases.server_url(), reason="needs a PostgreSQL server (DESKMATE_TEST_DB_URL)")
def test_an_owner_tests_and_uses_a_server_for_the_next_start(open_page, owner, app, qtbot, settle, request,
                                                            tmp_path) -> None:
    server = pg_databases.create_test_database(request.config)
    try:
        ctx, _page, panel = _database_tab(open_page, owner)
        qtbot.keyClicks(panel.url_edit, server)
        qtbot.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)
        settle(ctx)
        assert panel.result.text().startswith("✓ Connected to PostgreSQL"), panel.result.text()
        qtbot.mouseClick(panel.use_button, Qt.MouseButton.LeftButton)
        settle(ctx)
        assert "from its next start" in panel.result.text() and panel.file_button.isVisible()
        assert connection.saved_url(app.paths.root) == server
        panel.grab().save(str(tmp_path / "database-tab.png"))
    finally:
        pg_databases.drop_database(server)
