"""The Today page with real widgets: it is where every role lands, and each line opens its place."""
from __future__ import annotations

import os
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget
from today_shop import MON, build_today_shop

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "automation"))
import automation_testkit as kit  # noqa: E402
from automation_testkit import kit_installed  # noqa: E402,F401

SHOTS = os.environ.get("DESKMATE_TODAY_SHOTS")     # a folder: save each role's page as PNG there


@pytest.fixture
def shop(app, owner, bookkeeper, staff, clock, kit_installed):
    return build_today_shop(app, owner, bookkeeper, staff, clock)


def _today(win, settle, qtbot):
    settle(win.ctx)
    page = win.pages["today"]
    qtbot.waitUntil(page.is_complete, timeout=10_000)     # the stock forecast comes a moment later
    settle(win.ctx)
    return page


def _click(qtbot, card_list: QListWidget, row: int) -> None:
    rect = card_list.visualItemRect(card_list.item(row))
    qtbot.mouseClick(card_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.mark.slow
@pytest.mark.parametrize("role", ["owner", "staff", "bookkeeper"])
def test_every_role_lands_on_today_with_its_sections(request, make_window, settle, qtbot, shop, role):
    actor = request.getfixturevalue(role)
    win = make_window(actor)
    assert win.specs[0].key == "today" and win.current_key() == "today"
    page = _today(win, settle, qtbot)
    expected = {"owner": ["decisions", "appointments", "on_shift", "cover", "stock", "overdue", "jobs"],
                "staff": ["decisions", "appointments", "on_shift", "stock"],
                "bookkeeper": ["decisions", "overdue", "jobs"]}[role]
    assert list(page.cards) == expected
    decisions = page.cards["decisions"]
    assert decisions.summary.text() == page.report.section("decisions").summary
    assert decisions.list.count() == len(page.report.section("decisions").lines)
    if SHOTS:
        win.showNormal()
        win.resize(1366, 768)
        settle(win.ctx)
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        win.grab().save(str(Path(SHOTS) / f"today-{role}.png"))


def test_clicking_lines_opens_the_place_where_they_are_acted_on(make_window, owner, settle, qtbot, shop):
    win = make_window(owner)
    page = _today(win, settle, qtbot)
    # a decision: the inbox, showing that kind, its most urgent item selected
    _click(qtbot, page.cards["decisions"].list, 0)
    settle(win.ctx)
    inbox = win.pages["inbox"]
    assert win.current_key() == "inbox"
    qtbot.waitUntil(lambda: inbox.detail is not None and inbox.detail.id == shop["mix"]["invoice_draft"][1],
                    timeout=5000)
    assert inbox.kind_box.currentData() == "invoice_draft" and inbox.model.rowCount() == 2
    # an appointment: the schedule's day view with it selected
    win.show_page("today")
    settle(win.ctx)
    _click(qtbot, page.cards["appointments"].list, 0)
    settle(win.ctx)
    sched = win.pages["schedule"]
    assert win.current_key() == "schedule" and sched.tabs.currentWidget() is sched.appointments
    assert sched.appointments.list.currentItem().data(Qt.ItemDataRole.UserRole) == shop["appointment"].id
    # a product running out: inventory's products with it selected
    win.show_page("today")
    settle(win.ctx)
    _click(qtbot, page.cards["stock"].list, 0)
    settle(win.ctx)
    products = win.pages["inventory"].products
    assert win.current_key() == "inventory"
    assert products.model.id_at(products.table.currentIndex().row()) == shop["bread"].id
    # an overdue invoice, by keyboard: select and press Enter
    win.show_page("today")
    settle(win.ctx)
    overdue = page.cards["overdue"].list
    overdue.setFocus()
    overdue.setCurrentRow(0)
    qtbot.keyClick(overdue, Qt.Key.Key_Return)
    settle(win.ctx)
    invoices = win.pages["invoices"].invoices
    assert win.current_key() == "invoices" and invoices.view.currentText() == "Overdue"
    assert invoices.detail.invoice is not None and invoices.detail.invoice.id == shop["invoice"].id
    # a failed job: the automation page with it selected
    win.show_page("today")
    settle(win.ctx)
    _click(qtbot, page.cards["jobs"].list, 0)
    settle(win.ctx)
    assert win.current_key() == "automation" and win.pages["automation"].selected_job_id() == kit.BROKEN
    # a cover gap: the roster at that day
    win.show_page("today")
    settle(win.ctx)
    _click(qtbot, page.cards["cover"].list, 0)
    settle(win.ctx)
    roster = win.pages["schedule"].roster
    assert roster.week == MON and roster.grid.selected_cell() is not None
    assert roster.grid.selected_cell()[1] == page.report.section("cover").lines[0].target.kwargs["day"]


def test_today_refreshes_when_a_decision_is_made_elsewhere(make_window, owner, app, settle, qtbot, shop):
    win = make_window(owner)
    page = _today(win, settle, qtbot)
    before = page.report.section("decisions").count
    app.inbox.decide(owner, shop["mix"]["time_off"][0], "snooze", until=MON + timedelta(days=2))
    win.ctx.bridge.suggestions_changed.emit()
    qtbot.waitUntil(lambda: page.report.section("decisions").count == before - 1, timeout=5000)
    assert page.cards["decisions"].summary.text() == f"{before - 1} items waiting for you"


def test_a_page_closed_before_its_slow_sections_come_starts_no_job_for_them(make_ctx, owner, settle, qtbot,
                                                                             shop, monkeypatch):
    """The slow sections are fetched a moment after the rest: a page gone by then (a logout, a
    closed window) must not start them — the job would deliver into whatever came next."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from desktop.pages.today import page as today
    fetched: list[str] = []
    monkeypatch.setattr(today.TodayPage, "_fetch_section", lambda self, key, day: fetched.append(key))
    ctx = make_ctx(owner)
    page = today.TodayPage(ctx)
    qtbot.waitUntil(lambda: page.report is not None, timeout=10_000)   # the slow ones are now timed
    assert [s.key for s in page.report.sections if s.pending] == ["stock"]
    page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.wait(today.SLOW_SECTION_DELAY_MS + 200)
    settle(ctx)
    assert fetched == []
