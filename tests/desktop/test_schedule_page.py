"""Schedule GUI: editing the roster grid with live warnings; approving a roster from the inbox."""
from __future__ import annotations

from datetime import timedelta

from tests.core.scheduling.sched_helpers import WEEK, small_shop
from tests.desktop.conftest import schedule_page_class, show_page


def _grid_page(qtbot, make_ctx, owner, settle):
    return show_page(qtbot, make_ctx, schedule_page_class(), owner, (1200, 800))


def test_grid_edit_shows_live_warning_and_penalty(qtbot, app, owner, make_ctx, settle):
    a, b, c = small_shop(app, owner)
    rid = app.scheduling.new_roster(owner, WEEK)
    ctx, page = _grid_page(qtbot, make_ctx, owner, settle)
    tab = page.roster
    tab.set_week(WEEK)
    settle(ctx)
    assert tab.roster_id == rid
    grid = tab.grid
    before = grid.penalty_label.text()
    grid.select(a.id, WEEK)
    grid.choose_shift("CLS")
    qtbot.mouseClick(grid.assign_btn, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton)
    settle(ctx)
    assert app.scheduling.view(rid).cells[(a.id, WEEK)] == "CLS"
    assert grid.penalty_label.text() != before and "; was " in grid.penalty_label.text()
    grid.select(a.id, WEEK + timedelta(days=1))
    grid.choose_shift("OPN")
    grid.assign_selected()
    settle(ctx)
    texts = [grid.warnings.item(i).text() for i in range(grid.warnings.count())]
    assert any("succession" in t and "Ann" in t for t in texts)
    cell = grid.table.item(0, 1).text()
    assert cell.startswith("Open  08:00–16:00") and "⚠" in cell      # the shift's name, not its code
    # remove it again with the Delete key: the warning goes away
    grid.select(a.id, WEEK + timedelta(days=1))
    grid.table.setFocus()
    from PySide6.QtCore import Qt
    qtbot.keyClick(grid.table, Qt.Key.Key_Delete)
    settle(ctx)
    texts = [grid.warnings.item(i).text() for i in range(grid.warnings.count())]
    assert not any("succession" in t for t in texts)


def test_approve_roster_from_inbox_with_an_edit(qtbot, app, owner, make_ctx, settle):
    import desktop.pages.schedule  # noqa: F401
    from desktop.pages.inbox.page import InboxPage
    a, b, c = small_shop(app, owner)
    rid, sug = app.scheduling.draft_week(owner, WEEK, time_limit=2)
    ctx = make_ctx(owner)
    page = InboxPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.id == sug and not page._loading, timeout=5000)
    settle(ctx)
    editor = page.editor
    assert editor.objectName() == "rosterEditor"
    grid = editor.grid
    qtbot.waitUntil(lambda: grid.view is not None, timeout=5000)
    # the owner gives Cy Monday off in the editor; the penalty updates live
    day = WEEK
    current = grid.cells.get((c.id, day))
    grid.select(c.id, day)
    grid.choose_shift(None if current else "CLS")
    grid.assign_selected()
    settle(ctx)
    assert "; was " in grid.penalty_label.text()    # the score before the edit
    assert editor.is_dirty()
    from PySide6.QtCore import Qt
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_E)
    page.dialog.setTextValue("Cy asked for Monday")
    with qtbot.waitSignal(page.decided, timeout=5000):
        page.dialog.accept()
    settle(ctx)
    d = app.inbox.get(sug)
    assert d.decision == "edited" and d.decision_reason == "Cy asked for Monday"
    view = app.scheduling.view(rid)
    assert view.state == "published"
    assert view.cells.get((c.id, day)) == (None if current else "CLS")


def test_staff_availability_edited_in_the_detail(qtbot, app, owner, make_ctx, settle):
    a, b, c = small_shop(app, owner)
    ctx, page = _grid_page(qtbot, make_ctx, owner, settle)
    tab = page.staff
    page.tabs.setCurrentWidget(tab)
    row = [p.id for p in tab.staff].index(b.id)
    tab.list.setCurrentRow(row)
    settle(ctx)
    from PySide6.QtWidgets import QTableWidgetItem
    tab.avail.setItem(0, 0, QTableWidgetItem("09:00"))
    tab.avail.setItem(0, 1, QTableWidgetItem("17:30"))
    tab.max_run.setValue(4)
    tab.account.setCurrentIndex(tab.account.findData(owner.user_id))
    from PySide6.QtCore import Qt
    qtbot.mouseClick(tab.save_btn, Qt.MouseButton.LeftButton)
    settle(ctx)
    windows = app.scheduling.availability(b.id)
    assert [(w.weekday, w.start_minute, w.end_minute) for w in windows] == [(0, 9 * 60, 17 * 60 + 30)]
    assert app.scheduling.get_staff(b.id).max_consecutive_shifts == 4
    assert app.scheduling.get_staff(b.id).user_id == owner.user_id


def test_book_from_the_appointment_calendar(qtbot, app, owner, make_ctx, settle):
    a, b, c = small_shop(app, owner)
    rid = app.scheduling.new_roster(owner, WEEK)
    app.scheduling.assign(owner, rid, a.id, WEEK, "OPN")
    app.scheduling.publish(owner, rid)
    svc = app.scheduling.add_service(owner, "Tasting", 45, 15, 15, skill="baker")
    cust = app.customers.create(owner, name="Carla Client")
    ctx, page = _grid_page(qtbot, make_ctx, owner, settle)
    tab = page.appointments
    page.tabs.setCurrentWidget(tab)
    from PySide6.QtCore import QDate, Qt
    tab.day.setDate(QDate(WEEK.year, WEEK.month, WEEK.day))
    settle(ctx)
    tab.service.setCurrentIndex(tab.service.findData(svc.id))
    tab.customer.setCurrentIndex(tab.customer.findData(cust.id))
    settle(ctx)
    assert tab.slot.count() > 1 and tab.slot.itemData(0) == (a.id, 8 * 60 + 15)
    qtbot.mouseClick(tab.book_btn, Qt.MouseButton.LeftButton)
    settle(ctx)
    booked = app.scheduling.appointments(WEEK, WEEK)
    assert [(x.customer_name, x.start_minute, x.state) for x in booked] == [("Carla Client", 8 * 60 + 15, "pending")]
    texts = [tab.list.item(i).text() for i in range(tab.list.count())]
    assert any("Carla Client" in t and "pending" in t for t in texts)
    # the booked slot is gone from the offer
    assert all(tab.slot.itemData(i) != (a.id, 8 * 60 + 15) for i in range(tab.slot.count()))


def test_cover_and_wishes_set_in_the_gui(qtbot, app, owner, make_ctx, settle):
    a, b, c = small_shop(app, owner)
    ctx, page = _grid_page(qtbot, make_ctx, owner, settle)
    setup = page.setup
    page.tabs.setCurrentWidget(setup)
    setup.c_day.setCurrentIndex(6)                 # Sat
    setup.c_shift.setCurrentText("CLS")
    setup.c_skill.setText("key-holder")
    setup.c_req.setValue(2)
    setup.c_min.setValue(1)
    from PySide6.QtCore import Qt
    qtbot.mouseClick(setup.set_cover_btn, Qt.MouseButton.LeftButton)
    settle(ctx)
    sat = [x for x in app.scheduling.list_cover() if x.weekday == 5 and x.shift_code == "CLS" and x.skill]
    assert [(x.shift_code, x.required, x.hard_minimum) for x in sat] == [("CLS", 2, 1)]
    assert setup.cover.rowCount() == len(app.scheduling.list_cover())
    staff_tab = page.staff
    page.tabs.setCurrentWidget(staff_tab)
    staff_tab.list.setCurrentRow([p.id for p in staff_tab.staff].index(b.id))
    settle(ctx)
    staff_tab.p_day.setCurrentIndex(6)
    staff_tab.p_shift.setCurrentText("CLS")
    staff_tab.p_want.setCurrentIndex(1)              # rather not
    staff_tab.p_weight.setValue(4)
    qtbot.mouseClick(staff_tab.p_add, Qt.MouseButton.LeftButton)
    settle(ctx)
    assert app.scheduling.preferences(b.id) == [(6, "CLS", False, 4)]
    assert staff_tab.prefs.rowCount() == 1


def test_sidebar_badge_counts_rule_warnings_in_this_weeks_roster(app, owner, staff, make_ctx):
    import desktop.pages.schedule  # noqa: F401
    from desktop.registry import PAGES
    a, b, c = small_shop(app, owner)
    this_week = WEEK - timedelta(days=7)
    ctx = make_ctx(owner)
    badge = PAGES["schedule"].badge
    assert badge(ctx) == ""
    rid = app.scheduling.new_roster(owner, this_week)
    app.scheduling.assign(owner, rid, b.id, this_week + timedelta(days=4), "OPN")
    app.scheduling.publish(owner, rid)
    before = badge(ctx)            # the other days lack their mandatory key-holder
    assert before == f"⚠ {len(app.scheduling.view(rid).warnings)}" and before != ""
    app.scheduling.update_staff(owner, b.id, user_id=staff.user_id)
    app.scheduling.request_time_off(staff, b.id, this_week + timedelta(days=4), this_week + timedelta(days=4))
    item = next(i for i in app.inbox.list() if i.kind == "time_off")
    app.inbox.decide(owner, item.id, "approve")
    assert badge(ctx) == f"⚠ {int(before.split()[1]) + 1}"


def test_staff_see_the_roster_but_cannot_edit_it(qtbot, app, owner, staff, make_ctx, settle):
    import desktop.pages.schedule  # noqa: F401
    from desktop.pages.schedule.page import SchedulePage
    a, b, c = small_shop(app, owner)
    rid = app.scheduling.new_roster(owner, WEEK)
    app.scheduling.assign(owner, rid, c.id, WEEK, "CLS")
    app.scheduling.publish(owner, rid)
    ctx = make_ctx(staff)
    page = SchedulePage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.roster.set_week(WEEK)
    settle(ctx)
    grid = page.roster.grid
    assert grid.view is not None and grid.view.cells == {(c.id, WEEK): "CLS"}
    assert not grid.assign_btn.isVisible() and not page.roster.publish_btn.isVisible()
    assert page.roster.swap_btn.isVisible()
    assert not page.staff.save_btn.isEnabled() and not page.setup.set_cover_btn.isEnabled()
    grid.select(c.id, WEEK)
    grid.edited.emit(c.id, WEEK, None)              # even a stray edit signal changes nothing
    settle(ctx)
    assert app.scheduling.view(rid).cells == {(c.id, WEEK): "CLS"}


def test_keyboard_assigns_by_shift_letter(qtbot, app, owner, make_ctx, settle):
    a, b, c = small_shop(app, owner)
    rid = app.scheduling.new_roster(owner, WEEK)
    ctx, page = _grid_page(qtbot, make_ctx, owner, settle)
    page.roster.set_week(WEEK)
    settle(ctx)
    grid = page.roster.grid
    grid.table.setFocus()
    grid.select(b.id, WEEK + timedelta(days=2))
    from PySide6.QtCore import Qt
    qtbot.keyClick(grid.table, Qt.Key.Key_O)          # OPN
    settle(ctx)
    assert app.scheduling.view(rid).cells == {(b.id, WEEK + timedelta(days=2)): "OPN"}
    grid.select(b.id, WEEK + timedelta(days=2))
    qtbot.keyClick(grid.table, Qt.Key.Key_Minus)
    settle(ctx)
    assert app.scheduling.view(rid).cells == {}


def test_time_off_tab_requests_for_the_linked_person(qtbot, app, owner, staff, make_ctx, settle):
    import desktop.pages.schedule  # noqa: F401
    from desktop.pages.schedule.page import SchedulePage
    a, b, c = small_shop(app, owner)
    app.scheduling.update_staff(owner, c.id, user_id=staff.user_id)
    ctx = make_ctx(staff)
    page = SchedulePage(ctx)
    qtbot.addWidget(page)
    page.show()
    settle(ctx)
    tab = page.time_off
    assert tab.person.currentData() == c.id
    tab.reason.setText("exam")
    from PySide6.QtCore import Qt
    qtbot.mouseClick(tab.request_btn, Qt.MouseButton.LeftButton)
    settle(ctx)
    assert [(t.staff_name, t.state, t.reason) for t in app.scheduling.time_off()] == [("Cy", "pending", "exam")]
    assert tab.table.rowCount() == 1 and tab.table.item(0, 4).text() == "exam"


def test_planning_shows_progress_and_can_be_stopped(qtbot, app, owner, make_ctx, settle):
    a, b, c = small_shop(app, owner)
    app.settings.update(owner, {"scheduling.time_limit": 30})
    ctx, page = _grid_page(qtbot, make_ctx, owner, settle)
    messages = []
    ctx.status = messages.append
    tab = page.roster
    tab.set_week(WEEK)
    settle(ctx)
    from PySide6.QtCore import Qt
    qtbot.mouseClick(tab.plan_btn, Qt.MouseButton.LeftButton)
    assert tab.plan_btn.text() == "Stop planning"
    qtbot.mouseClick(tab.plan_btn, Qt.MouseButton.LeftButton)        # stop at once
    qtbot.waitUntil(lambda: tab.progress is None, timeout=15000)
    settle(ctx)
    assert tab.plan_btn.text() == "Draft with optimiser"
    rid = app.scheduling.roster_for_week(WEEK)
    assert rid is not None and app.scheduling.view(rid).state == "draft"
    assert any("inbox" in m for m in messages)


def test_the_cover_row_names_the_shifts_marks_gaps_and_says_who(qtbot, app, owner, make_ctx, settle):
    a, b, c = small_shop(app, owner)
    rid = app.scheduling.new_roster(owner, WEEK)
    app.scheduling.assign(owner, rid, a.id, WEEK, "OPN")
    app.scheduling.assign(owner, rid, b.id, WEEK, "CLS")
    ctx, page = _grid_page(qtbot, make_ctx, owner, settle)
    page.roster.set_week(WEEK)
    settle(ctx)
    grid = page.roster.grid
    row = grid.table.rowCount() - 1
    assert grid.table.verticalHeaderItem(row).text() == "Cover"
    view = app.scheduling.view(rid)
    monday = grid.table.item(row, 0)
    lines = monday.text().split("\n")
    assert lines[:2] == [f"Open 1{' ⚠' if view.short_by_shift.get((WEEK, 'OPN')) else ''}",
                         f"Close 1{' ⚠' if view.short_by_shift.get((WEEK, 'CLS')) else ''}"]
    assert not any(t.code in monday.text() for t in view.shift_types)        # no codes
    tip = monday.toolTip()
    assert "Open 08:00–16:00: 1 — Ann" in tip and f"Close 12:00–20:00: 1 — {b.name}" in tip
    tuesday = grid.table.item(row, 1)                    # nobody on Tuesday: every shift short
    assert tuesday.text().split("\n")[0] == "Open 0 ⚠" and "more needed" in tuesday.toolTip()
    # every line of the cell is visible: the row is as tall as the shifts it lists
    assert grid.table.rowHeight(row) >= len(view.shift_types) * grid.table.fontMetrics().lineSpacing()


def test_the_inbox_roster_editor_gives_the_grid_the_room(qtbot, app, owner):
    """In the inbox's narrow pane the score has its own line (the quality is already in the item's
    summary above it) and the rule checks sit under a splitter, so the grid is not squeezed."""
    from PySide6.QtWidgets import QSplitter

    from desktop.pages.schedule.grid import RosterGrid
    a, _b, _c = small_shop(app, owner)
    rid = app.scheduling.new_roster(owner, WEEK)
    app.scheduling.assign(owner, rid, a.id, WEEK, "OPN")
    grid = RosterGrid(compact=True)
    qtbot.addWidget(grid)
    grid.resize(560, 360)
    grid.show()
    view = app.scheduling.view(rid)
    grid.set_view(view)
    text = grid.penalty_label.text()
    assert text.startswith(f"Score {view.penalty:,} (0 = nothing wrong)") and view.quality not in text
    assert grid.penalty_label.y() > grid.assign_btn.y() + grid.assign_btn.height() - 2     # a line of its own
    assert isinstance(grid.split, QSplitter) and grid.split.widget(0) is grid.table
    assert grid.table.height() > grid.warnings.height()
