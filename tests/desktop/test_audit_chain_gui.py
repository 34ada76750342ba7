"""The audit chain in the GUI: the audit page says whether it holds (and which entry broke it), and
restoring a tampered backup is refused, or forced by an owner only after ticking a confirmation."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from core.app import Deskmate
from core.io.backup import backup_now
from core.kernel.audit_chain import TRIGGER_SQL
from desktop.app import AppController
from desktop.pages.audit.page import AuditPage

PASSWORD = "secret-pw-2026"


def tamper(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("DROP TRIGGER audit_entry_no_update")
        conn.execute("DROP TRIGGER audit_entry_no_delete")
        conn.execute(sql)
        for create in TRIGGER_SQL.values():
            conn.execute(create)
        conn.commit()
    finally:
        conn.close()


def test_audit_page_shows_the_chain_intact_then_names_the_changed_entry(app: Deskmate, owner, make_ctx,
                                                                       settle, qtbot, tmp_path) -> None:
    for i in range(3):
        app.settings.update(owner, {"shop.name": f"Shop {i}"})
    ctx = make_ctx(owner)
    page = AuditPage(ctx)
    qtbot.addWidget(page)
    page.show()
    settle(ctx)
    label = page.findChild(type(page.chain_label), "chainStatus")
    assert label.text() == "Audit chain: intact: 4 entries verified, newest #4"
    tamper(app.paths.database, "UPDATE audit_entry SET summary = 'nothing happened' WHERE id = 3")
    qtbot.mouseClick(page.findChild(QPushButton, "verifyChainButton"), Qt.MouseButton.LeftButton)
    settle(ctx)
    assert label.text().startswith("Audit chain: BROKEN: entry #3 was changed")
    assert "b00020" in label.styleSheet()
    shot = tmp_path / "audit-chain.png"  # (look at it: copy it out when changing this page)
    page.resize(1000, 600)
    page.grab().save(str(shot))
    assert shot.stat().st_size > 0


def _visible_box(name: str) -> QMessageBox:
    boxes = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.isVisible() and w.objectName() == name]
    assert boxes, f"no {name} box shown"
    return boxes[-1]


def _single_user_shop(path: Path) -> tuple[Path, Path]:
    """A shop, a backup of it whose audit log was edited, and a later change to the live data."""
    app = Deskmate.open(path)
    try:
        owner = app.users.create_first_owner("olivia", PASSWORD).actor
        app.settings.update(owner, {"shop.name": "Corner Shop"})
        app.settings.update(owner, {"app.single_user": True})
        backup = backup_now(app, path.parent / "tampered.sqlite3")
        app.settings.update(owner, {"shop.name": "After the backup"})
    finally:
        app.close()
    tamper(backup, "UPDATE audit_entry SET after = '{\"shop.name\": \"Forged\"}' WHERE id = 2")
    return path / "deskmate.sqlite3", backup


def _controller(qapp, path: Path) -> AppController:
    c = AppController(data_dir=path, demo=False, probe=False, automation=False)
    c.start()
    assert c.window is not None
    return c


def test_restoring_a_tampered_backup_is_refused_and_cancel_changes_nothing(qapp, tmp_path, qtbot) -> None:
    db, backup = _single_user_shop(tmp_path / "d")
    c = _controller(qapp, tmp_path / "d")
    try:
        c.window.restore_requested.emit(str(backup))
        box = _visible_box("untrustedBackup")
        assert "entry #2 was changed" in box.informativeText()
        force = box.findChild(QPushButton, "forceRestoreButton")
        assert not force.isEnabled()          # not without ticking the confirmation
        box.button(QMessageBox.StandardButton.Cancel).click()
        qtbot.waitUntil(lambda: not box.isVisible(), timeout=3000)
        assert c.exit_code is None
    finally:
        c.window.close()
        c.shutdown()
    check = Deskmate.open(tmp_path / "d")
    try:
        assert check.settings.get("shop.name") == "After the backup"
    finally:
        check.close()


def test_an_owner_can_force_it_after_confirming_and_it_is_recorded(qapp, tmp_path, qtbot) -> None:
    db, backup = _single_user_shop(tmp_path / "d")
    c = _controller(qapp, tmp_path / "d")
    try:
        c.window.restore_requested.emit(str(backup))
        box = _visible_box("untrustedBackup")
        box.checkBox().click()
        force = box.findChild(QPushButton, "forceRestoreButton")
        assert force.isEnabled()
        with qtbot.waitSignal(c.finished, timeout=5000):
            force.click()
            done = _visible_box("")  # the "Backup restored" box
            assert done.windowTitle() == "Backup restored"
            done.done(0)
    finally:
        if c.window is not None:
            c.window.close()
        c.shutdown()
    conn = sqlite3.connect(db)
    try:
        username, summary, after = conn.execute(
            "SELECT username, summary, after FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()
    finally:
        conn.close()
    assert username == "olivia" and summary.startswith("FORCED restore")
    assert json.loads(after)["forced"] is True and json.loads(after)["chain_breaks"] == [2]
