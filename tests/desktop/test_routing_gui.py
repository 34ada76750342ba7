"""Routing a kind to a named person from the Automation page's "Who decides what" tab, and what
the Review Inbox then shows: "for Sam Staff", "for Tom Temp (standing in for Sam Staff)"."""
from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from core.kernel.actor import Role
from core.scheduling.models import StaffMember, TimeOffRequest
from tests.conftest import PASSWORD, raw_uow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "automation"))
import automation_testkit as kit  # noqa: E402
from automation_testkit import draft_note, kit_installed  # noqa: E402,F401

from desktop.bridge import Bridge  # noqa: E402
from desktop.context import DesktopContext  # noqa: E402
from desktop.tasks import TaskRunner  # noqa: E402


@pytest.fixture(autouse=True)
def _ui_settings(tmp_path):
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "ui"))


def _inbox(qtbot, app, actor):
    from desktop.pages.inbox.page import InboxPage
    ctx = DesktopContext(app, actor, TaskRunner(), Bridge())
    page = InboxPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitUntil(lambda: page.count_label.text() != "" and not page._loading
                    and (page.detail is not None or page.model.rowCount() == 0), timeout=5000)
    return ctx, page


def test_route_a_kind_then_see_who_it_is_for(qtbot, app, owner, staff, kit_installed):
    from desktop.pages.automation.page import AutomationPage
    tom = app.users.add(owner, "tom", Role.STAFF, PASSWORD, "Tom Temp").actor
    sid = draft_note(app, "milk")
    ctx = DesktopContext(app, owner, TaskRunner(), Bridge())
    page = AutomationPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.show()
    page.roles_table.selectRow(page.roles_row(kit.KIND))
    page.route_person_box.setCurrentIndex(page.route_person_box.findData("sam"))
    page.route_standin_box.setCurrentIndex(page.route_standin_box.findData("tom"))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.route_button, Qt.MouseButton.LeftButton)
    assert [(r.kind, r.user_name, r.standin_name) for r in app.inbox.routes()] == [(kit.KIND, "Sam Staff", "Tom Temp")]
    assert page.roles_table.item(page.roles_row(kit.KIND), 6).text() == "Sam Staff (Tom Temp)"
    ctx.tasks.wait()

    # Tom's "Items I may decide" no longer holds it; the owner sees whom it is for
    tctx, tpage = _inbox(qtbot, app, tom)
    assert tpage.model.rowCount() == 0
    tctx.tasks.wait()
    octx, opage = _inbox(qtbot, app, owner)
    assert opage.detail.id == sid and "for Sam Staff" in opage.meta_label.text()
    octx.tasks.wait()

    # Sam is on approved time off today: Tom stands in
    with raw_uow(app) as s:
        member = StaffMember(code="S900", name="Sam", user_id=staff.user_id)
        s.add(member)
        s.flush()
        s.add(TimeOffRequest(staff_id=member.id, start_date=app.today(), end_date=app.today() + timedelta(days=2),
                             state="approved", requested_at=datetime(2026, 1, 1, tzinfo=timezone.utc)))
    tctx, tpage = _inbox(qtbot, app, tom)
    assert tpage.model.rowCount() == 1 and tpage.detail.id == sid
    assert "for Tom Temp (standing in for Sam Staff)" in tpage.meta_label.text()
    with qtbot.waitSignal(tpage.decided, timeout=5000):
        qtbot.keyClick(tpage.table, Qt.Key.Key_A)
    assert app.inbox.get(sid).state == "applied"
    tctx.tasks.wait()
