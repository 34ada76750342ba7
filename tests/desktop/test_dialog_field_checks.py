"""Field checks in the payment and agreement dialogs: the message beside the field as it is
typed, the button disabled while anything is wrong, and core refusing the same values."""
from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from core.kernel.errors import ValidationError

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "invoicing"))
from inv_helpers import customer, lines  # noqa: E402


@pytest.fixture
def issued(app, owner):
    cust = customer(app, owner)
    draft = app.invoicing.create_draft(owner, cust.id, lines(("Bread", "4", "2.50", "standard")))
    app.invoicing.issue(owner, draft.id)
    return app.invoicing.get(draft.id)


def _type(qtbot, field, text):
    field.selectAll()
    field.clear()
    qtbot.keyClicks(field, text)


def test_payment_amount_is_checked_as_it_is_typed(qtbot, app, owner, make_ctx, issued, settle):
    from desktop.pages.invoices.dialogs import PaymentDialog
    ctx = make_ctx(owner)
    dlg = PaymentDialog(ctx, issued)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.ok_btn.isEnabled()                         # the open amount is a fine default
    for text, message in (("abc", "'abc' is not a number"), ("-5", "must be more than 0"),
                          ("0", "must be more than 0")):
        _type(qtbot, dlg.amount, text)
        assert dlg.validator.message_for(dlg.amount) == message
        assert not dlg.ok_btn.isEnabled() and message in dlg.ok_btn.toolTip()
    _type(qtbot, dlg.amount, "5")
    assert dlg.validator.message_for(dlg.amount) is None and dlg.ok_btn.isEnabled()
    assert "stays open" in dlg.hint.text()
    qtbot.mouseClick(dlg.ok_btn, Qt.MouseButton.LeftButton)
    settle(ctx)
    assert app.invoicing.get(issued.id).paid == Decimal("5.00")


def test_core_refuses_the_same_payments(app, owner, issued):
    for bad in ("0", "-5"):
        with pytest.raises(ValidationError, match="amount: must be more than 0"):
            app.invoicing.record_payment(owner, issued.id, Decimal(bad))


def test_agreement_needs_a_customer_and_a_good_line(qtbot, app, owner, make_ctx, settle):
    from core.invoicing.service import LineDraft
    from desktop.pages.invoices.dialogs import AgreementDialog
    cust = customer(app, owner, "Dora Deli")
    ctx = make_ctx(owner)
    dlg = AgreementDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.save_btn.isEnabled()
    assert "Customer: enter a customer from the list" in dlg.save_btn.toolTip()
    dlg.customer.setCurrentIndex(dlg.customer.findData(cust.id))
    assert dlg.validator.message_for(dlg.customer) is None
    assert not dlg.save_btn.isEnabled() and "add at least one line" in dlg.save_btn.toolTip()
    dlg.lines.add_line(LineDraft("Coffee beans", Decimal("-2"), Decimal("9.00"), "standard"))
    assert not dlg.save_btn.isEnabled() and "a line needs fixing" in dlg.save_btn.toolTip()
    from desktop.pages.invoices.editor import QTY
    dlg.lines.table.item(0, QTY).setText("2")          # as the cell editor commits it
    assert dlg.save_btn.isEnabled()
    dlg.title.setText("Weekly beans")
    qtbot.mouseClick(dlg.save_btn, Qt.MouseButton.LeftButton)
    settle(ctx)
    [a] = app.invoicing.agreements()
    assert a.title == "Weekly beans" and a.customer_id == cust.id


def test_new_service_is_checked_as_it_is_typed(qtbot, app, owner, make_ctx):
    from desktop.pages.schedule.page import ServiceDialog
    dlg = ServiceDialog()
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.ok_btn.isEnabled() and "Name: enter a name" in dlg.ok_btn.toolTip()
    qtbot.keyClicks(dlg.name, "Fitting")
    assert dlg.ok_btn.isEnabled()
    dlg.name.setText("   ")
    assert dlg.validator.message_for(dlg.name) == "enter a name" and not dlg.ok_btn.isEnabled()
    dlg.name.setText("Fitting")
    qtbot.mouseClick(dlg.ok_btn, Qt.MouseButton.LeftButton)
    assert dlg.result() == dlg.DialogCode.Accepted
    svc = app.scheduling.add_service(owner, **dlg.values())
    assert (svc.name, svc.duration_minutes) == ("Fitting", 30)


def test_core_refuses_the_same_services(app, owner):
    with pytest.raises(ValidationError, match="name: enter a name"):
        app.scheduling.add_service(owner, " ", 30)
    with pytest.raises(ValidationError, match="duration minutes: must be at least 5"):
        app.scheduling.add_service(owner, "Quick look", 2)
    with pytest.raises(ValidationError, match="price: cannot be negative"):
        app.scheduling.add_service(owner, "Refund", 30, price="-4")


def test_time_off_dates_are_checked_as_they_are_picked(qtbot, app, owner, staff, make_ctx, settle):
    from datetime import timedelta

    from PySide6.QtCore import QDate

    from desktop.pages.schedule.page import SchedulePage
    from tests.core.scheduling.sched_helpers import small_shop
    _a, _b, c = small_shop(app, owner)
    app.scheduling.update_staff(owner, c.id, user_id=staff.user_id)
    ctx = make_ctx(staff)
    page = SchedulePage(ctx)
    qtbot.addWidget(page)
    page.show()
    settle(ctx)
    tab = page.time_off
    page.tabs.setCurrentWidget(tab)
    today = app.today()
    tab.start.setDate(QDate(today.year, today.month, today.day).addDays(3))
    assert not tab.request_btn.isEnabled()
    assert tab.dates_error.isVisible() and tab.dates_error.text() == "ends before it starts"
    tab.end.setDate(QDate(today.year, today.month, today.day).addDays(4))
    assert tab.request_btn.isEnabled() and not tab.dates_error.isVisible()
    qtbot.mouseClick(tab.request_btn, Qt.MouseButton.LeftButton)
    settle(ctx)
    [t] = app.scheduling.time_off()
    assert (t.start_date, t.end_date) == (today + timedelta(days=3), today + timedelta(days=4))
    with pytest.raises(ValidationError, match="before it starts"):
        app.scheduling.request_time_off(staff, c.id, today + timedelta(days=2), today)
