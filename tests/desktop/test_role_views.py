"""Each role sees what it may: staff get no colleagues' pay, contracts, e-mail or wage total, and ask
for time off only for themselves; the bookkeeper gets no booking or service controls."""
from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from tests.core.scheduling.sched_helpers import WEEK, small_shop
from tests.desktop.conftest import schedule_page_class, show_page


@pytest.fixture
def shop(app, owner, staff):
    a, b, c = small_shop(app, owner)
    app.scheduling.update_staff(owner, a.id, hourly_cost="12.50")
    app.scheduling.update_staff(owner, b.id, hourly_cost="14.00", email="bob@x.example", user_id=staff.user_id)
    rid = app.scheduling.new_roster(owner, WEEK)
    app.scheduling.assign(owner, rid, a.id, WEEK, "OPN")
    return a, b, c


def _page(qtbot, make_ctx, actor, settle):
    return show_page(qtbot, make_ctx, schedule_page_class(), actor, (1200, 800))


def _select(tab, name):
    row = next(i for i in range(tab.list.count()) if tab.list.item(i).text().startswith(name))
    tab.list.setCurrentRow(row)


def test_staff_see_no_wage_cost_and_no_colleagues_pay(qtbot, app, owner, staff, shop, make_ctx, settle):
    ctx, page = _page(qtbot, make_ctx, staff, settle)
    page.roster.set_week(WEEK)
    settle(ctx)
    label = page.roster.grid.penalty_label.text()
    assert label.startswith("Your week: no shifts") and "short of" in label     # Bob is the staff user
    assert not any(word in label for word in ("points", "score", "fairness", "wage cost"))
    assert not page.roster.grid.penalties.isVisible()            # the optimiser's points are the owner's
    tab = page.staff
    page.tabs.setCurrentWidget(tab)
    _select(tab, "Ann")
    settle(ctx)
    for w in tab.private_fields:                     # e-mail, hours and hourly cost rows are gone
        assert not tab.form.isRowVisible(w)
    assert tab.email.text() == ""
    _select(tab, "Bob")                              # their own record
    settle(ctx)
    assert all(tab.form.isRowVisible(w) for w in tab.private_fields)
    assert tab.email.text() == "bob@x.example" and tab.cost.value() == 14.0


def test_owner_sees_wage_cost_and_everyones_pay(qtbot, app, owner, shop, make_ctx, settle):
    ctx, page = _page(qtbot, make_ctx, owner, settle)
    page.roster.set_week(WEEK)
    settle(ctx)
    assert "wage cost €100.00" in page.roster.grid.penalty_label.text()     # in the shop's currency
    _select(page.staff, "Ann")
    settle(ctx)
    assert page.staff.form.isRowVisible(page.staff.cost) and page.staff.cost.value() == 12.5


def test_time_off_tab_offers_staff_only_themselves(qtbot, app, staff, shop, make_ctx, settle):
    ctx, page = _page(qtbot, make_ctx, staff, settle)
    tab = page.time_off
    assert [tab.person.itemText(i) for i in range(tab.person.count())] == ["Bob"]
    qtbot.mouseClick(tab.request_btn, Qt.MouseButton.LeftButton)
    settle(ctx)
    assert [t.staff_name for t in app.scheduling.time_off()] == ["Bob"]


def test_fairness_report_hides_contract_column_for_staff(qtbot, app, owner, staff, shop, make_ctx, settle, clock):
    from desktop.pages.schedule.fairness import COLUMNS, FairnessReport
    app.scheduling.publish(owner, app.scheduling.roster_for_week(WEEK))
    clock.advance(timedelta(days=14))                 # the published week is now in the report's window
    shown = {}
    for who in (staff, owner):
        ctx = make_ctx(who)
        report = FairnessReport(ctx)
        qtbot.addWidget(report)
        settle(ctx)
        shown[who.username] = not report.table.isColumnHidden(COLUMNS.index("Contract h"))
    assert shown == {"sam": False, "olivia": True}


def test_bookkeeper_gets_no_booking_or_service_controls(qtbot, app, owner, bookkeeper, shop, make_ctx, settle):
    ctx, page = _page(qtbot, make_ctx, bookkeeper, settle)
    tab = page.appointments
    page.tabs.setCurrentWidget(tab)
    for w in [tab.book_btn, tab.services_btn, tab.service, tab.customer, tab.slot] + list(tab.buttons.values()):
        assert not w.isVisibleTo(page)
    assert tab.calendar.isVisibleTo(page) and tab.ics_btn.isVisibleTo(page)   # the diary itself stays
    ctx, page = _page(qtbot, make_ctx, owner, settle)
    page.tabs.setCurrentWidget(page.appointments)
    assert page.appointments.book_btn.isVisibleTo(page) and page.appointments.services_btn.isVisibleTo(page)


def test_staff_opening_a_colleagues_fairness_card_see_no_contract(qtbot, app, owner, staff, make_ctx, settle):
    """Through the inbox's "Anyone's" filter staff can read every card; a colleague's contract
    hours are not on it (core redacts them), their own are."""
    from core.automation.registry import JobContext
    from core.scheduling import jobs
    from desktop.pages.inbox.page import InboxPage
    a, b, _c = small_shop(app, owner)
    for person in (a, b):
        app.scheduling.update_staff(owner, person.id, target_minutes=30 * 60)
    app.scheduling.update_staff(owner, b.id, user_id=staff.user_id)
    for week in (WEEK - timedelta(days=7), WEEK):
        rid = app.scheduling.new_roster(owner, week)
        app.scheduling.assign(owner, rid, a.id, week, "OPN")
        app.scheduling.assign(owner, rid, b.id, week + timedelta(days=1), "OPN")
        app.scheduling.publish(owner, rid)
    jobs.fairness(JobContext(app=app, job_id="scheduling.fairness", run_id=None, as_of=WEEK + timedelta(days=7),
                             started_at=app.clock.now(), trigger="manual"))
    ids = {i.subject_label: i.id for i in app.inbox.list() if i.kind == "roster_fairness"}
    ctx = make_ctx(staff)
    page = InboxPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    settle(ctx)
    assert page.model.rowCount() == 0                       # nothing sam may decide
    page.role_box.setCurrentIndex(page.role_box.findText("Anyone's"))
    settle(ctx)
    for name, shows_contract in (("Ann", False), ("Bob", True)):
        page.select_row(page.model.row_of(ids[name]))
        qtbot.waitUntil(lambda n=name: page.detail is not None and page.detail.id == ids[n], timeout=5000)
        settle(ctx)
        text = page.reason_view.text.toPlainText()
        assert name in text and ("60 h contracted" in text) == shows_contract, text
        assert ("contract hours" in text) == shows_contract


def test_staff_read_their_own_shifts_and_hours_above_the_roster(qtbot, app, owner, staff, shop, make_ctx, settle):
    a, b, _c = shop
    rid = app.scheduling.roster_for_week(WEEK)
    app.scheduling.assign(owner, rid, b.id, WEEK, "OPN")
    app.scheduling.assign(owner, rid, b.id, WEEK + timedelta(days=2), "CLS")
    ctx, page = _page(qtbot, make_ctx, staff, settle)
    page.roster.set_week(WEEK)
    settle(ctx)
    grid = page.roster.grid
    assert grid.penalty_label.text().startswith("Your week: 2 shifts, 16 h (Mon, Wed) · draft, not yet published")
    tip = grid.penalty_label.toolTip()
    assert "Mon 30 Nov: Open 08:00–16:00" in tip and "Wed 2 Dec: Close 12:00–20:00" in tip
    assert not any(word in grid.penalty_label.text() + tip for word in ("points", "score", "fairness"))
    bold = [grid.table.verticalHeaderItem(r).text() for r in range(len(grid.view.staff))
            if grid.table.verticalHeaderItem(r).font().bold()]
    assert len(bold) == 1 and bold[0].startswith(b.name)          # their own row stands out


def test_owner_reads_the_score_in_words_with_what_it_means(qtbot, app, owner, shop, make_ctx, settle):
    ctx, page = _page(qtbot, make_ctx, owner, settle)
    page.roster.set_week(WEEK)
    settle(ctx)
    grid = page.roster.grid
    text = grid.penalty_label.text()
    view = grid.view
    assert text.startswith(view.quality[:1].upper() + view.quality[1:] + " · score ")
    assert f"score {ctx.formats.number(view.penalty)} (0 = nothing wrong)" in text and "points" not in text
    assert "draft, not yet published" in text
    tip = grid.penalty_label.toolTip()
    assert "lower is better" in tip and "cover gaps:" in tip and "points" in tip    # the detail per rule
    assert grid.penalties.isVisibleTo(page)
    page.roster.grid.table.setCurrentCell(0, 1)                  # an edit: the score says what it was
    before = view.penalty
    page.roster.grid.choose_shift("OPN")
    page.roster.grid.assign_selected()
    qtbot.waitUntil(lambda: grid.view is not view and grid.view.penalty != before, timeout=10_000)
    assert f"was {ctx.formats.number(before)}" in grid.penalty_label.text()
