"""Routing a kind to a named person from the Automation page's "Who decides what" tab, and what
the Review Inbox then shows: "for Sam Staff", "for Tom Temp (standing in for Sam Staff)"."""
from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import Qt

from core.kernel.actor import Role
from core.scheduling.models import StaffMember, TimeOffRequest
from tests.conftest import PASSWORD, raw_uow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "automation"))
import automation_testkit as kit  # noqa: E402
from automation_testkit import draft_note, kit_installed  # noqa: E402,F401



def _inbox(qtbot, make_ctx, actor):
    from desktop.pages.inbox.page import InboxPage
    ctx = make_ctx(actor)
    page = InboxPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitUntil(lambda: page.count_label.text() != "" and not page._loading
                    and (page.detail is not None or page.model.rowCount() == 0), timeout=5000)
    return ctx, page


def test_route_a_kind_then_see_who_it_is_for(qtbot, app, owner, staff, kit_installed, automation_page, make_ctx):
    tom = app.users.add(owner, "tom", Role.STAFF, PASSWORD, "Tom Temp").actor
    sid = draft_note(app, "milk")
    ctx, page = automation_page(owner)
    page.roles_table.selectRow(page.roles_row(kit.KIND))
    page.route_person_box.setCurrentIndex(page.route_person_box.findData("sam"))
    page.route_standin_box.setCurrentIndex(page.route_standin_box.findData("tom"))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.route_button, Qt.MouseButton.LeftButton)
    assert [(r.kind, r.user_name, r.standin_name) for r in app.inbox.routes()] == [(kit.KIND, "Sam Staff", "Tom Temp")]
    assert page.roles_table.item(page.roles_row(kit.KIND), 6).text() == "Sam Staff (Tom Temp)"
    ctx.tasks.wait()

    # Tom's "Items I may decide" no longer holds it; the owner sees whom it is for
    tctx, tpage = _inbox(qtbot, make_ctx, tom)
    assert tpage.model.rowCount() == 0
    tctx.tasks.wait()
    octx, opage = _inbox(qtbot, make_ctx, owner)
    assert opage.detail.id == sid and "for Sam Staff" in opage.meta_label.text()
    octx.tasks.wait()

    # Sam is on approved time off today: Tom stands in
    with raw_uow(app) as s:
        member = StaffMember(code="S900", name="Sam", user_id=staff.user_id)
        s.add(member)
        s.flush()
        s.add(TimeOffRequest(staff_id=member.id, start_date=app.today(), end_date=app.today() + timedelta(days=2),
                             state="approved", requested_at=datetime(2026, 1, 1, tzinfo=timezone.utc)))
    tctx, tpage = _inbox(qtbot, make_ctx, tom)
    assert tpage.model.rowCount() == 1 and tpage.detail.id == sid
    assert "for Tom Temp (standing in for Sam Staff)" in tpage.meta_label.text()
    with qtbot.waitSignal(tpage.decided, timeout=5000):
        qtbot.keyClick(tpage.table, Qt.Key.Key_A)
    assert app.inbox.get(sid).state == "applied"
    tctx.tasks.wait()


def test_choosing_a_kind_loads_its_route_into_the_boxes(qtbot, app, owner, staff, kit_installed,
                                                        automation_page):
    """The owner sees what is set before changing it: a routed kind shows its person and stand-in,
    a kind decided by role shows nobody; Decide by role again only where there is a route."""
    app.users.add(owner, "tom", Role.STAFF, PASSWORD, "Tom Temp")
    app.inbox.set_route(owner, "sam", kind=kit.KIND, standin="tom")
    ctx, page = automation_page(owner)
    other = next(r for r in range(page.roles_table.rowCount()) if r != page.roles_row(kit.KIND))
    qtbot.mouseClick(page.roles_table.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.roles_table.visualItemRect(page.roles_table.item(other, 0)).center())
    assert page.route_person_box.currentIndex() == -1 and page.route_person_box.currentData() is None
    assert page.route_standin_box.currentText() == "(nobody)" and not page.unroute_button.isEnabled()

    row = page.roles_row(kit.KIND)
    qtbot.mouseClick(page.roles_table.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.roles_table.visualItemRect(page.roles_table.item(row, 0)).center())
    assert page.route_person_box.currentData() == "sam" and page.route_standin_box.currentData() == "tom"
    assert page.unroute_button.isEnabled()

    # a change of stand-in keeps the person; after the refresh the boxes still show the route
    page.route_standin_box.setCurrentIndex(page.route_standin_box.findData("olivia"))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.route_button, Qt.MouseButton.LeftButton)
    assert [(r.user_name, r.standin_user_id) for r in app.inbox.routes()] == [("Sam Staff", owner.user_id)]
    page.roles_table.selectRow(page.roles_row(kit.KIND))
    assert (page.route_person_box.currentData(), page.route_standin_box.currentData()) == ("sam", "olivia")
    ctx.tasks.wait()
