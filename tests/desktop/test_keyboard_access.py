"""Accessibility: every control has a name a screen reader can announce, every page works from
the keyboard alone (Tab reaches every enabled control and never gets stuck), and the Tab order
follows the layout. Pages and tabs are discovered (desktop.tour), so new ones are covered too."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.accessibility import effective_name, interactive_widgets, make_accessible, set_tab_order
from desktop.tour import walk


def _owner_of(w: QWidget | None, controls: list[QWidget], page: QWidget) -> QWidget | None:
    """The control a focused widget belongs to (a combo box's text field -> the combo box)."""
    while w is not None and w is not page:
        if w in controls:
            return w
        w = w.parentWidget()
    return None


def tab_through(qtbot, page: QWidget, controls: list[QWidget]) -> list[QWidget]:
    """Press Tab from the page's first control until focus comes round again; returns the
    controls in the order they were reached."""
    chain = [w for w in set_tab_order(page) if w.isVisible() and w.isEnabled()]
    if not chain:
        return []
    chain[0].setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    reached: list[QWidget] = []
    for _ in range(3 * len(controls) + 10):
        focus = QApplication.focusWidget()
        if focus is None:
            break
        owner = _owner_of(focus, controls, page)
        if owner is not None and owner not in reached:
            reached.append(owner)
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        QApplication.processEvents()           # as the event loop does between two key presses
        if len(reached) == len(controls):
            break
    return reached


@pytest.mark.slow
@pytest.mark.parametrize("username", ("owner", "sam", "bea"))
def test_every_page_is_named_and_usable_by_keyboard_alone(make_demo_window, settle, qtbot, username):
    win = make_demo_window(username, (1280, 720))
    win.activateWindow()
    problems = []
    for stop in walk(win, lambda: settle(win.ctx)):
        page = win.pages[stop.key]
        QApplication.processEvents()
        controls = [w for w in interactive_widgets(page) if w.isEnabled()]
        unnamed = [f"{type(w).__name__} {w.objectName()!r}" for w in controls if not effective_name(w)]
        if unnamed:
            problems.append(f"{stop.label}: no accessible name: {unnamed}")
        no_tab = [effective_name(w) for w in controls if not w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        if no_tab:
            problems.append(f"{stop.label}: Tab can never reach {no_tab}")
        reached = tab_through(qtbot, page, controls)
        missed = [effective_name(w) or type(w).__name__ for w in controls
                  if w not in reached and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        if missed:
            problems.append(f"{stop.label}: Tab did not reach {missed}")
    assert not problems, "\n".join(problems)


def test_tab_order_follows_the_staff_form_top_to_bottom(qtbot, app, owner, make_ctx, settle):
    from desktop.pages.schedule.page import StaffTab
    ctx = make_ctx(owner)
    tab = StaffTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1000, 640)
    tab.show()
    settle(ctx)
    make_accessible(tab)                           # what the main window does for every page
    order = [tab.name, tab.role, tab.email, tab.skills, tab.min_h, tab.max_h, tab.target_h, tab.max_run,
             tab.max_weekends, tab.min_rest, tab.cost, tab.account]
    tab.name.setFocus(Qt.FocusReason.TabFocusReason)
    seen = [tab.name]
    for _ in range(len(order) - 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        QApplication.processEvents()
        seen.append(_owner_of(QApplication.focusWidget(), order, tab))
    assert seen == order
    # the form's labels are the fields' names (and their buddies, so Alt+letter works)
    assert tab.email.accessibleName() == "E-mail"
    assert tab.min_h.accessibleName() == "Min hours / week"


def test_tab_leaves_a_table_cell_editor_instead_of_opening_the_next_cell(qtbot, app, owner, make_ctx, settle):
    from desktop.pages.settings.page import SettingsPage
    ctx = make_ctx(owner)
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 640)
    page.show()
    settle(ctx)
    make_accessible(page)                          # what the main window does for every page
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=3000)
    rates = page.findChild(QWidget, "setting:shop.tax_rates")
    rates.add_button.click()                       # opens an editor in the new row's first cell
    qtbot.wait(5)                                  # the event loop runs before the next key
    editor = QApplication.focusWidget()
    assert editor is not None and rates.table.isAncestorOf(editor)
    qtbot.keyClicks(editor, "LUX")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is rates.add_button           # out of the table
    assert rates.table.item(rates.table.rowCount() - 1, 0).text() == "LUX"   # and the cell kept


def test_tables_and_text_boxes_let_tab_move_on(qtbot, qapp):
    from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QTableWidget, QVBoxLayout

    from desktop.accessibility import make_accessible
    w = QWidget()
    lay = QVBoxLayout(w)
    table, text, after = QTableWidget(3, 3), QPlainTextEdit(), QPushButton("After")
    for x in (table, text, after):
        lay.addWidget(x)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=3000)
    make_accessible(w)
    assert not table.tabKeyNavigation() and text.tabChangesFocus()
    text.setFocus()
    qtbot.keyClick(text, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after and text.toPlainText() == ""
