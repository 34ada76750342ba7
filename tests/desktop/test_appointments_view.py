"""The appointment day view: opens where the day's work is, books nobody by accident, and only
offers what can happen to the selected booking (a pending one cannot be completed and billed)."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, Qt

from tests.core.scheduling.sched_helpers import WEEK, small_shop


def _tab(qtbot, make_ctx, actor, settle):
    import desktop.pages.schedule  # noqa: F401 - registers page and editor
    from desktop.pages.schedule.page import SchedulePage
    ctx = make_ctx(actor)
    page = SchedulePage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 640)
    page.show()
    page.tabs.setCurrentWidget(page.appointments)
    settle(ctx)
    tab = page.appointments
    tab.page = page            # keep the page (and so the tab's widgets) alive for the test
    return ctx, tab


def _top_row(tab) -> str:
    row = tab.calendar.rowAt(0)
    return tab.calendar.verticalHeaderItem(row).text()


def test_day_view_opens_at_the_current_hour_with_no_customer_chosen(qtbot, app, owner, make_ctx, settle):
    small_shop(app, owner)
    app.customers.create(owner, name="Abbeyhill Church Hall")
    ctx, tab = _tab(qtbot, make_ctx, owner, settle)
    assert app.today() == tab.day.date().toPython()
    assert _top_row(tab) == "09:00"                    # the fixture clock: 09:00 in the shop
    assert tab.customer.currentIndex() == -1 and tab.customer.currentData() is None
    assert tab.customer.currentText() == ""
    assert tab.customer.lineEdit().placeholderText() == "Choose a customer…"


def test_another_day_opens_at_its_first_booking(qtbot, app, owner, make_ctx, settle):
    a, _b, _c = small_shop(app, owner)
    rid = app.scheduling.new_roster(owner, WEEK)
    app.scheduling.assign(owner, rid, a.id, WEEK + timedelta(days=1), "CLS")
    app.scheduling.publish(owner, rid)
    svc = app.scheduling.add_service(owner, "Tasting", 45)
    cust = app.customers.create(owner, name="Carla Client")
    app.scheduling.book(owner, cust.id, svc.id, a.id, WEEK + timedelta(days=1), 14 * 60 + 30)
    ctx, tab = _tab(qtbot, make_ctx, owner, settle)
    d = WEEK + timedelta(days=1)
    tab.day.setDate(QDate(d.year, d.month, d.day))
    settle(ctx)
    assert _top_row(tab) == "14:00"


def test_pending_booking_cannot_be_completed_until_confirmed(qtbot, app, owner, make_ctx, settle):
    a, _b, _c = small_shop(app, owner)
    rid = app.scheduling.new_roster(owner, WEEK)
    app.scheduling.assign(owner, rid, a.id, WEEK, "OPN")
    app.scheduling.publish(owner, rid)
    svc = app.scheduling.add_service(owner, "Tasting", 45)
    cust = app.customers.create(owner, name="Carla Client")
    booked = app.scheduling.book(owner, cust.id, svc.id, a.id, WEEK, 9 * 60)
    ctx, tab = _tab(qtbot, make_ctx, owner, settle)
    tab.day.setDate(QDate(WEEK.year, WEEK.month, WEEK.day))
    settle(ctx)
    assert not any(b.isEnabled() for b in tab.buttons.values())        # nothing selected yet
    tab.list.setCurrentRow(0)
    done = tab.buttons["complete"]
    assert not done.isEnabled() and "Confirm the booking first" in done.toolTip()
    assert tab.buttons["confirm"].isEnabled() and tab.buttons["cancel"].isEnabled()
    qtbot.mouseClick(tab.buttons["confirm"], Qt.MouseButton.LeftButton)
    settle(ctx)
    assert app.scheduling.get_appointment(booked.id).state == "confirmed"
    tab.list.setCurrentRow(0)
    assert done.isEnabled() and not tab.buttons["confirm"].isEnabled()
    qtbot.mouseClick(done, Qt.MouseButton.LeftButton)
    settle(ctx)
    assert app.scheduling.get_appointment(booked.id).state == "completed"
    assert [x.id for x in app.scheduling.billable_appointments(None)] == [booked.id]


def test_the_bookkeeper_gets_no_booking_buttons(qtbot, app, owner, bookkeeper, make_ctx, settle):
    small_shop(app, owner)
    _ctx, tab = _tab(qtbot, make_ctx, bookkeeper, settle)
    for button in tab.buttons.values():
        assert not button.isVisible() and not button.isEnabled()


def test_an_appointments_state_reads_in_german(qtbot, app, owner, make_ctx, settle, ui_language):
    a, _b, _c = small_shop(app, owner)
    rid = app.scheduling.new_roster(owner, WEEK)
    app.scheduling.assign(owner, rid, a.id, WEEK, "OPN")
    app.scheduling.publish(owner, rid)
    svc = app.scheduling.add_service(owner, "Tasting", 45)
    cust = app.customers.create(owner, name="Carla Client")
    app.scheduling.book(owner, cust.id, svc.id, a.id, WEEK, 9 * 60)
    ui_language("de")
    ctx, tab = _tab(qtbot, make_ctx, owner, settle)
    tab.day.setDate(QDate(WEEK.year, WEEK.month, WEEK.day))
    settle(ctx)
    tips = [tab.calendar.item(r, c).toolTip() for r in range(tab.calendar.rowCount())
            for c in range(tab.calendar.columnCount())
            if tab.calendar.item(r, c) is not None and "Carla" in tab.calendar.item(r, c).text()]
    assert tips and tips[0].endswith("(offen)"), tips
    assert "[offen]" in tab.list.item(0).text()
    tab.list.setCurrentRow(0)
    assert tab.buttons["no_show"].text() == "Nicht erschienen"
