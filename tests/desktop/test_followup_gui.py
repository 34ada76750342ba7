"""The follow-up after a visit in the desktop: the satisfaction report on the Reports page shows the
mean rating customers gave, per service and per staff member (answers recorded on the customer)."""
from __future__ import annotations

from desktop.pages.reports.page import ReportsPage
from core.scheduling import followups
from tests.core.scheduling.test_appointments import MON, shop  # noqa: F401 - the fixture
from tests.core.scheduling.test_followups import _visit
from tests.desktop.test_trend_reports import open_section


def test_satisfaction_report_on_the_reports_page(qtbot, app, owner, shop, open_page, settle, clock):  # noqa: F811
    from datetime import datetime, timezone
    a = _visit(app, owner, shop)
    b = _visit(app, owner, shop, start=13 * 60)
    followups.record_rating(app, owner, a.id, 5, "lovely")
    followups.record_rating(app, owner, b.id, 3)
    clock.set(datetime(2026, 12, 2, 9, 0, tzinfo=timezone.utc))       # the week of the visits is in the period
    ctx, page = open_page(ReportsPage, owner, size=(1366, 768))
    section = open_section(qtbot, page, "Satisfaction after visits", settle)
    r = section.result
    figures = {f.key: f for f in r.figures}
    assert float(figures["mean_rating"].value) == 4 and float(figures["answers"].value) == 2
    assert section.figures.item(0, 0).text() == "Mean rating (1–5)"
    assert [section.tabs.tabText(i) for i in range(section.tabs.count())] == [
        "By week", "Per service", "Per staff member"]
    assert "follow-up after a visit" in section.how.text()


def test_record_the_customers_answer_on_a_completed_appointment(qtbot, app, owner, shop, make_ctx, settle):  # noqa: F811
    from PySide6.QtCore import QDate, Qt

    from tests.desktop.test_appointments_view import _tab
    booked = app.scheduling.book(owner, shop["cust"].id, shop["svc"].id, shop["ann"].id, MON, 9 * 60)
    ctx, tab = _tab(qtbot, make_ctx, owner, settle)
    tab.day.setDate(QDate(MON.year, MON.month, MON.day))
    settle(ctx)
    tab.list.setCurrentRow(0)
    assert not tab.rating_btn.isEnabled() and "completed appointment" in tab.rating_btn.toolTip()
    app.scheduling.confirm(owner, booked.id)
    app.scheduling.complete(owner, booked.id)
    tab.refresh()
    settle(ctx)
    tab.list.setCurrentRow(0)
    assert tab.rating_btn.isEnabled()
    qtbot.mouseClick(tab.rating_btn, Qt.MouseButton.LeftButton)
    dlg = tab.rating_dialog
    dlg.rating.setValue(4)
    dlg.comment.setText("the lemon one was the best")
    dlg.accept()
    settle(ctx)
    notes = [n.text for n in app.customers.notes(shop["cust"].id) if n.kind == "rating"]
    assert notes == [notes[0]] and "4 of 5 — the lemon one was the best" in notes[0]
    assert [(r.group, r.answers, r.mean_rating) for r in followups.satisfaction(app)] == [("Tasting", 1, 4.0)]
