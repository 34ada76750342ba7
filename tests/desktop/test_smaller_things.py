"""The smaller things from walking through the app: the shortcuts list, colour swatches, a login
dialog that grows with its message."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from core.kernel.errors import DeskmateError


def test_shortcuts_dialog_lists_the_inbox_keys_from_where_they_are_defined(main_window, qtbot):
    from desktop.pages.inbox.keys import EDITOR_KEYS, LIST_KEYS, key_name
    main_window.show_shortcuts()
    box = next(w for w in QApplication.topLevelWidgets()
               if isinstance(w, QMessageBox) and w.objectName() == "shortcutsBox" and w.isVisible())
    text = box.text()
    assert "Inbox" in text and "Ctrl+1" in text
    for key, (_action, what) in LIST_KEYS.items():
        assert f"<b>{key_name(key)}</b>" in text and what in text
    for key, what in EDITOR_KEYS:
        assert key in text and what in text
    box.done(0)


def test_the_inbox_acts_on_exactly_the_listed_keys(qtbot, make_ctx, owner, monkeypatch):
    from desktop.pages.inbox.keys import LIST_KEYS
    from desktop.pages.inbox.page import InboxPage
    page = InboxPage(make_ctx(owner))
    qtbot.addWidget(page)
    done: list[str] = []
    monkeypatch.setattr(page, "act", lambda action: done.append(action))
    monkeypatch.setattr(page, "move", lambda step: done.append("next" if step > 0 else "previous"))
    for key in LIST_KEYS:
        assert page.handle_key(key)
    assert done == [action for action, _ in LIST_KEYS.values()]
    assert not page.handle_key(Qt.Key.Key_Q)


def test_shift_colours_are_swatches_not_hex_codes(qtbot, app, owner, make_ctx, settle):
    from desktop.pages.schedule.setup import SetupTab, ShiftTypeDialog
    app.scheduling.add_shift_type(owner, "OPN", "Open", 7 * 60, 8 * 60, color="#a8d5a2")
    ctx = make_ctx(owner)
    tab = SetupTab(ctx)
    qtbot.addWidget(tab)
    settle(ctx)
    headers = [tab.shifts.horizontalHeaderItem(c).text() for c in range(tab.shifts.columnCount())]
    col = headers.index("Colour")
    item = tab.shifts.item(0, col)
    assert item.text() == "" and "#" not in item.text()
    image = item.icon().pixmap(28, 16).toImage()
    assert image.pixelColor(14, 8).name() == "#a8d5a2"           # the swatch is the colour
    assert "#a8d5a2" in item.toolTip()                          # the code is still there on hover
    dlg = ShiftTypeDialog(tab, next(iter(app.scheduling.list_shift_types())))
    qtbot.addWidget(dlg)
    assert dlg.color.colour() == "#a8d5a2"
    assert dlg.color.icon().pixmap(28, 16).toImage().pixelColor(14, 8).name() == "#a8d5a2"
    qtbot.mouseClick(dlg.color, Qt.MouseButton.LeftButton)      # opens the chooser, not a text box
    assert dlg.color.dialog is not None and dlg.color.dialog.isVisible()
    dlg.color.dialog.colorSelected.emit(__import__("PySide6.QtGui", fromlist=["QColor"]).QColor("#336699"))
    dlg.color.dialog.done(0)
    assert dlg.values()["color"] == "#336699"


def test_wrong_password_message_is_never_clipped(qtbot, app, owner):
    from desktop.login import LoginDialog
    from desktop.tasks import TaskRunner
    dlg = LoginDialog(app, TaskRunner(), shop_name="Corner Bakery & Deli",
                      hint="Single-user mode is off: everyone logs in with their own name.")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    before = dlg.height()
    dlg._failed(DeskmateError("bad password"))
    QApplication.processEvents()
    err = dlg.error
    assert err.isVisible() and "Wrong user name or password" in err.text()
    assert err.height() >= err.heightForWidth(err.width())          # every wrapped line shown
    bottom = err.mapTo(dlg, err.rect().bottomLeft()).y()
    buttons_top = dlg.buttons.mapTo(dlg, dlg.buttons.rect().topLeft()).y()
    assert bottom <= buttons_top and dlg.buttons.geometry().bottom() <= dlg.height()
    assert dlg.height() > before
    dlg.resize(dlg.width(), 50)                                    # cannot be squeezed to clip it
    assert dlg.height() >= dlg.minimumHeight() > before
