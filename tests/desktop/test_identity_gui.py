"""Logins in the GUI: back-off and lock messages in the login dialog, Unlock on the users page,
the password policy beside the field, and a demo shop that says it is one."""
from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from core.app import Deskmate
from core.kernel.actor import Role
from core.kernel.audit import AuditFilter
from core.kernel.errors import NotFound, PermissionDenied
from desktop.login import LoginDialog
from desktop.pages.settings.users import AddUserDialog, PasswordDialog, UsersAdmin
from desktop.tasks import TaskRunner

PASSWORD = "secret-pw-2026"


def _wait_error(qtbot, dlg: LoginDialog) -> str:
    qtbot.waitUntil(lambda: dlg.error.isVisible() and dlg.login_button.isEnabled(), timeout=10_000)
    return dlg.error.text()


def _try(qtbot, dlg: LoginDialog, name: str, password: str) -> str:
    dlg.error.hide()
    dlg.username.setText(name)
    dlg.password.setText(password)
    qtbot.mouseClick(dlg.login_button, Qt.MouseButton.LeftButton)
    return _wait_error(qtbot, dlg)


@pytest.fixture
def login_dialog(app, owner, staff, qtbot):
    tasks = TaskRunner()
    dlg = LoginDialog(app, tasks, shop_name="Corner Shop")
    qtbot.addWidget(dlg)
    dlg.show()
    yield dlg
    tasks.wait(5000)


def test_login_dialog_says_when_to_try_again_and_when_the_account_is_locked(login_dialog, app, clock, qtbot):
    dlg = login_dialog
    for _ in range(5):
        assert "Wrong user name or password" in _try(qtbot, dlg, "sam", "guess-guess-1")
    text = _try(qtbot, dlg, "sam", PASSWORD)        # the right password, but too soon
    assert text == "Too many failed logins: wait 30 seconds before trying again."
    assert dlg.actor is None and dlg.isVisible()
    for minutes in (1, 2, 4, 8, 16):
        clock.advance(timedelta(minutes=minutes))
        _try(qtbot, dlg, "sam", "guess-guess-2")
    text = _try(qtbot, dlg, "sam", PASSWORD)
    assert text == ("This account is locked after 10 failed logins: try again in 15 minutes, or ask the "
                    "owner to unlock it.")
    failed = app.audit.list(app.users.by_name("olivia").actor, AuditFilter(text="failed login for sam"))
    assert len(failed) == 10 and all("(desktop app)" in r.summary for r in failed)
    clock.advance(timedelta(minutes=15, seconds=1))
    dlg.password.setText(PASSWORD)
    with qtbot.waitSignal(dlg.logged_in, timeout=10_000):
        qtbot.mouseClick(dlg.login_button, Qt.MouseButton.LeftButton)
    assert dlg.actor is not None and dlg.actor.username == "sam"


def test_the_owner_unlocks_from_the_users_page(main_window, app, staff, clock, settle, qtbot):
    for i in range(10):
        clock.advance(timedelta(minutes=20))
        with pytest.raises(PermissionDenied):
            app.users.authenticate("sam", f"guess-{i}-guess")
    main_window.show_page("settings")
    settle(main_window.ctx)
    page = main_window.pages["settings"]
    admin = page.users
    assert isinstance(admin, UsersAdmin)
    admin.reload()
    settle(main_window.ctx)
    row = next(r for r in range(admin.table.rowCount()) if admin.table.item(r, 0).text() == "sam")
    assert admin.table.item(row, 3).text() == "Locked, 15 minutes left"
    assert "10 failed logins in a row" in admin.table.item(row, 3).toolTip()
    admin.select_user("olivia")
    assert not admin.unlock_button.isEnabled()
    admin.select_user("sam")
    assert admin.unlock_button.isEnabled()
    qtbot.mouseClick(admin.unlock_button, Qt.MouseButton.LeftButton)
    settle(main_window.ctx)
    assert admin.table.item(row, 3).text() == "Active"
    assert not admin.unlock_button.isEnabled()
    assert app.users.authenticate("sam", PASSWORD).username == "sam"
    [entry] = app.audit.list(main_window.ctx.actor, AuditFilter(text="unlocked"))
    assert entry.username == "olivia"


def test_users_page_counts_down_a_back_off(main_window, app, staff, clock, settle, qtbot):
    """After six failed logins sam must wait a minute: the owner sees how long, counting down with
    the clock, and can lift it."""
    for i in range(6):
        with pytest.raises(PermissionDenied):
            app.users.authenticate("sam", f"guess-{i}-guess")
        if i == 4:
            clock.advance(timedelta(seconds=30))     # the wait after the 5th
    clock.advance(timedelta(seconds=1))
    main_window.show_page("settings")
    settle(main_window.ctx)
    page = main_window.pages["settings"]
    page.tabs.setCurrentIndex(page.users_tab_index)
    admin = page.users
    admin.reload()
    settle(main_window.ctx)
    row = next(r for r in range(admin.table.rowCount()) if admin.table.item(r, 0).text() == "sam")
    assert admin.table.item(row, 3).text() == "6 failed logins, next try in 59 seconds"
    assert "Next try possible at" in admin.table.item(row, 3).toolTip()
    clock.advance(timedelta(seconds=40))
    admin.ticker.timeout.emit()                      # the timer's tick, without waiting 5 s
    assert admin.table.item(row, 3).text() == "6 failed logins, next try in 19 seconds"
    clock.advance(timedelta(seconds=20))
    admin.ticker.timeout.emit()
    assert admin.table.item(row, 3).text() == "Active, 6 failed logins"
    clock.advance(timedelta(seconds=-30))
    admin.ticker.timeout.emit()
    admin.select_user("sam")
    qtbot.mouseClick(admin.unlock_button, Qt.MouseButton.LeftButton)
    settle(main_window.ctx)
    assert admin.table.item(row, 3).text() == "Active"


def test_password_policy_message_sits_beside_the_field(main_window, app, settle, qtbot):
    main_window.show_page("settings")
    settle(main_window.ctx)
    admin = main_window.pages["settings"].users
    dlg: AddUserDialog = admin.add_dialog()
    qtbot.waitExposed(dlg)
    dlg.username.setText("kim")
    qtbot.keyClicks(dlg.password, "short")
    assert dlg.password_note.isVisible()
    assert dlg.password_note.text() == "A password needs at least 10 characters (5 typed)."
    dlg.password.clear()
    qtbot.keyClicks(dlg.password, "password123")
    assert "most common passwords" in dlg.password_note.text()
    dlg.repeat.setText("password123")
    qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)
    settle(main_window.ctx)
    assert dlg.isVisible() and "see the message under the field" in dlg.error.text()
    with pytest.raises(NotFound):
        app.users.by_name("kim")
    dlg.password.clear()
    qtbot.keyClicks(dlg.password, "kim-has-a-long-one")
    assert not dlg.password_note.isVisible()
    dlg.repeat.setText("kim-has-a-long-one")
    qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)
    settle(main_window.ctx)
    assert app.users.by_name("kim").role == Role.STAFF

    own = PasswordDialog(main_window.ctx, main_window.ctx.actor.user_id, "olivia", admin)
    qtbot.addWidget(own)
    own.show()
    qtbot.keyClicks(own.password, "olivia")
    assert "at least 10" in own.password_note.text()
    own.password.clear()
    qtbot.keyClicks(own.password, "olivia-2026")
    assert not own.password_note.isVisible()


def test_the_wizard_shows_the_policy_under_the_owner_password(app, qtbot):
    from desktop.firstrun import SetupWizard
    tasks = TaskRunner()
    wiz = SetupWizard(app, tasks)
    qtbot.addWidget(wiz)
    page = wiz.owner_page
    page.username.setText("harriet")
    qtbot.keyClicks(page.password, "qwertyuiop")
    assert not page.password_note.isHidden() and "most common passwords" in page.password_note.text()
    page.repeat.setText("qwertyuiop")
    assert not page.validatePage()
    assert "see the message under the field" in page.error.text()
    assert not app.users.has_users()
    tasks.wait(2000)


def test_a_demo_shop_says_so_at_login_and_in_the_title(tmp_path, clock, qtbot):
    from core.demo import DEMO_PASSWORD, mark_as_demo
    from desktop.shell import MainWindow
    demo = Deskmate.open(tmp_path / "demo", clock=clock)
    try:
        mark_as_demo(demo)
        boss = demo.users.create_first_owner("owner", DEMO_PASSWORD).actor
        tasks = TaskRunner()
        dlg = LoginDialog(demo, tasks, shop_name="Corner Bakery", demo=demo.is_demo())
        qtbot.addWidget(dlg)
        assert dlg.windowTitle() == "Log in — Demo shop — Deskmate"
        assert dlg.findChild(type(dlg.error), "demoBadge").text().startswith("Demo shop")
        from desktop.bridge import Bridge
        from desktop.context import DesktopContext
        ctx = DesktopContext(app=demo, actor=boss, tasks=tasks, bridge=Bridge())
        win = MainWindow(ctx, shop_name="Corner Bakery")
        qtbot.addWidget(win)
        assert win.windowTitle() == "Corner Bakery (demo shop) — Deskmate"
        win.set_shop_name("Corner Bakery & Deli")
        assert win.windowTitle() == "Corner Bakery & Deli (demo shop) — Deskmate"
        win.close()
        tasks.wait(5000)
        QApplication.processEvents()
    finally:
        demo.close()
