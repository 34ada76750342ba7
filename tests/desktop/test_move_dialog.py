"""File → Move the shop to another database: typed, run off the GUI thread with progress, checked."""
from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import create_engine, text

from core import move
from core.app import Deskmate
from core.kernel import connection
from core.move import MoveReport
from tests import pg_databases


def _counts(url: str) -> dict[str, int]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar()
                    for t in ("user_account", "audit_entry", "product")}
    finally:
        engine.dispose()


def test_owner_moves_the_shop_to_a_new_file_from_the_file_menu(main_window, app, owner, tmp_path, qtbot, settle):
    app.inventory.create_product(owner, "BRD", "Sourdough", cost="1.2000", price="3.5000")
    before = _counts(app.db.url)
    main_window.move_action.trigger()
    dlg = main_window.findChild(object, "moveDialog")
    assert dlg is not None and dlg.isVisible()
    target = tmp_path / "moved.sqlite3"
    qtbot.keyClicks(dlg.target, str(target))
    progress: list[int] = []
    dlg.bar.valueChanged.connect(progress.append)
    with qtbot.waitSignal(dlg.finished_move, timeout=60_000) as done:
        qtbot.mouseClick(dlg.start_btn, Qt.MouseButton.LeftButton)
        assert not dlg.start_btn.isEnabled() and dlg.cancel_btn.isEnabled()   # busy, GUI still responsive
    settle(main_window.ctx)
    assert isinstance(done.args[0], MoveReport)
    assert progress and progress[-1] == 100
    assert "Moved and checked" in dlg.state.text() and f"--db-url 'sqlite:///{target}'" in dlg.state.text()
    assert dlg.details.isVisible() and "product: 1 row; totals cost 1.2000" in dlg.details.toPlainText()
    assert _counts(app.db.url) == before                       # the shop itself is unchanged
    after = _counts(f"sqlite:///{target}")
    assert after["product"] == 1 and after["audit_entry"] == before["audit_entry"] + 1
    moved = Deskmate.open(tmp_path, f"sqlite:///{target}")
    try:
        assert moved.inventory.product_by_sku("BRD").price == Decimal("3.5000")
    finally:
        moved.close()
    qtbot.mouseClick(dlg.close_btn, Qt.MouseButton.LeftButton)
    assert not dlg.isVisible()


def test_a_copy_that_differs_is_shown_and_leaves_no_file(main_window, app, owner, tmp_path, qtbot, settle,
                                                         monkeypatch):
    real = move._insert_rows
    monkeypatch.setattr(move, "_insert_rows",
                        lambda dst, raw, rows: real(dst, raw, rows[:-1] if raw.name == "user_account" else rows))
    dlg = main_window.move_dialog()
    target = tmp_path / "moved.sqlite3"
    dlg.target.setText(str(target))
    with qtbot.waitSignal(dlg.finished_move, timeout=60_000):
        qtbot.mouseClick(dlg.start_btn, Qt.MouseButton.LeftButton)
    settle(main_window.ctx)
    assert "did not match" in dlg.state.text()
    assert "user_account has 0 rows instead of 1" in dlg.details.toPlainText()
    assert not target.exists()
    assert dlg.start_btn.isEnabled()          # the person may correct and try again


def test_cancel_mid_copy_leaves_nothing(main_window, app, tmp_path, qtbot, settle, monkeypatch):
    dlg = main_window.move_dialog()
    real = move._insert_rows

    def press_cancel_then_copy(dst, raw, rows):
        if raw.name == "audit_entry":
            dlg.progress_handle.cancel()       # as the Cancel button does, while rows are being copied
        real(dst, raw, rows)

    monkeypatch.setattr(move, "_insert_rows", press_cancel_then_copy)
    target = tmp_path / "moved.sqlite3"
    dlg.target.setText(str(target))
    with qtbot.waitSignal(dlg.finished_move, timeout=60_000):
        qtbot.mouseClick(dlg.start_btn, Qt.MouseButton.LeftButton)
    settle(main_window.ctx)
    assert dlg.state.text().startswith("Cancelled: the new database was left empty")
    assert not target.exists() and not list(tmp_path.glob("moved.sqlite3*"))


def test_staff_has_no_move_in_the_menu(make_window, staff):
    win = make_window(staff)
    assert not win.move_action.isEnabled()


def _move(dlg, qtbot, main_window, settle, target: str) -> None:
    dlg.target.setText(target)
    with qtbot.waitSignal(dlg.finished_move, timeout=60_000) as done:
        qtbot.mouseClick(dlg.start_btn, Qt.MouseButton.LeftButton)
    settle(main_window.ctx)
    assert isinstance(done.args[0], MoveReport), dlg.state.text()


def test_the_moved_file_is_used_on_this_computer_from_the_next_start(main_window, app, owner, tmp_path, qtbot,
                                                                     settle):
    """After a move, one click saves the moved database as this computer's connection (as Settings →
    Database does); the window says to restart, and the next start opens the moved shop."""
    app.inventory.create_product(owner, "BRD", "Sourdough", cost="1.2000", price="3.5000")
    dlg = main_window.move_dialog()
    assert not dlg.use_btn.isVisible()                          # nothing moved yet
    before = connection.saved_url(app.paths.root)               # None: the folder's file (or the suite's server)
    target = tmp_path / "moved.sqlite3"
    _move(dlg, qtbot, main_window, settle, str(target))
    assert dlg.use_btn.isVisible() and dlg.use_btn.isEnabled()
    assert connection.saved_url(app.paths.root) == before       # moving alone changes nothing here
    qtbot.mouseClick(dlg.use_btn, Qt.MouseButton.LeftButton)
    settle(main_window.ctx)
    assert dlg.state.text().startswith(f"✓ Deskmate will open {target} from its next start"), dlg.state.text()
    assert "Restart Deskmate" in dlg.state.text() and not dlg.use_btn.isVisible()
    assert connection.saved_url(app.paths.root) == f"sqlite:///{target}"
    assert app.db.url != f"sqlite:///{target}"                  # this window keeps its shop until restarted
    app.inventory.create_product(owner, "LATE", "Made after the move", cost="1", price="2")
    nxt = Deskmate.open(app.paths.root)                         # the next start
    try:
        assert nxt.db.url == f"sqlite:///{target}"
        assert nxt.inventory.product_by_sku("BRD").price == Decimal("3.5000")
        assert [p.sku for p in nxt.inventory.products()] == ["BRD"]     # not what this window did since
    finally:
        nxt.close()


def test_a_moved_file_that_is_gone_is_not_saved(main_window, app, tmp_path, qtbot, settle):
    dlg = main_window.move_dialog()
    before = connection.saved_url(app.paths.root)
    target = tmp_path / "moved.sqlite3"
    _move(dlg, qtbot, main_window, settle, str(target))
    target.unlink()                                             # removed before the click
    qtbot.mouseClick(dlg.use_btn, Qt.MouseButton.LeftButton)
    settle(main_window.ctx)
    assert dlg.state.text().startswith("✗ Not saved:") and dlg.use_btn.isEnabled()
    assert connection.saved_url(app.paths.root) == before


@pytest.mark.skipif(not pg_databases.server_url(), reason="needs a PostgreSQL server (DESKMATE_TEST_DB_URL)")
def test_the_shop_moved_to_a_server_is_used_on_this_computer(main_window, app, owner, tmp_path, qtbot, settle,
                                                            request):
    server = pg_databases.create_empty_database()
    try:
        dlg = main_window.move_dialog()
        _move(dlg, qtbot, main_window, settle, server)
        qtbot.mouseClick(dlg.use_btn, Qt.MouseButton.LeftButton)
        settle(main_window.ctx)
        assert dlg.state.text().startswith("✓ Connected to PostgreSQL"), dlg.state.text()
        assert "Restart Deskmate" in dlg.state.text()
        assert connection.saved_url(app.paths.root) == server
        dlg.grab().save(str(tmp_path / "move-used.png"))
    finally:
        pg_databases.drop_database(server)
