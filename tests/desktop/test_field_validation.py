"""Checks at the field: the message beside the field while typing, Save disabled, and core refusing
the same values (a script or an import gets the same answer as the form)."""
from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from core.inbox.service import InboxFilter
from core.kernel.errors import ValidationError
from tests.desktop.conftest import schedule_page_class, show_page


@pytest.fixture
def inventory_page(open_page, owner):
    from desktop.pages.inventory.page import InventoryPage
    return open_page(InventoryPage, owner)[1]


def test_a_price_that_is_not_a_number_is_named_beside_the_price(qtbot, app, owner, inventory_page, settle):
    inventory_page.products.new_product()
    form = inventory_page.products.new_dialog.form
    assert not form.save_btn.isEnabled()                 # nothing typed yet: no SKU, no name
    assert not form.validator.message_for(form.fields["sku"])   # ...but no red greeting either
    qtbot.keyClicks(form.fields["price"], "abc")
    assert form.validator.message_for(form.fields["price"]) == "'abc' is not a number"
    assert form.fields["price"].property("invalid") is True
    qtbot.keyClicks(form.fields["sku"], "TEA")
    qtbot.keyClicks(form.fields["name"], "Earl Grey")
    assert not form.save_btn.isEnabled() and "Price: 'abc' is not a number" in form.save_btn.toolTip()
    form.fields["price"].clear()
    qtbot.keyClicks(form.fields["price"], "-2")
    assert form.validator.message_for(form.fields["price"]) == "cannot be negative"
    form.fields["price"].clear()
    qtbot.keyClicks(form.fields["price"], "2.40")
    qtbot.keyClicks(form.fields["owner_min"], "10")
    qtbot.keyClicks(form.fields["owner_max"], "4")
    assert form.minmax_error.isVisible() and not form.save_btn.isEnabled()
    form.fields["owner_max"].setText("40")
    assert form.save_btn.isEnabled()
    with qtbot.waitSignal(form.saved, timeout=10_000):
        form.save_btn.click()
    assert app.inventory.product_by_sku("TEA").price == Decimal("2.40")
    # core says the same, for every bad field at once
    with pytest.raises(ValidationError) as exc:
        app.inventory.create_product(owner, "", "", price="abc")
    assert str(exc.value) == "SKU: enter a SKU; name: enter a name; price: 'abc' is not a number"


def test_supplier_lead_time_and_purchase_order_lines_are_checked_as_typed(qtbot, app, owner, inventory_page,
                                                                            settle):
    sup = app.inventory.create_supplier(owner, "Bakers Ltd")
    app.inventory.create_product(owner, "BRD", "Sourdough", supplier_id=sup.id, cost="1.20")
    inventory_page.suppliers._dialog(None)
    sd = inventory_page.suppliers.dialog
    save = sd.buttons.button(QDialogButtonBox.StandardButton.Save)
    sd.lead.clear()
    qtbot.keyClicks(sd.lead, "two")
    assert sd.validator.message_for(sd.lead) == "'two' is not a number" and not save.isEnabled()
    sd.lead.setText("2.5")
    assert sd.validator.message_for(sd.lead) == "must be a whole number"
    sd.lead.setText("3")
    assert not save.isEnabled()                            # still no name
    qtbot.keyClicks(sd.name, "Oat Co")
    assert save.isEnabled()
    sd.reject()

    inventory_page.orders.new_order()
    settle(inventory_page.ctx)
    dlg = inventory_page.orders.new_dialog
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()                              # no line yet
    dlg.set_line(0, "BRD", "-6")
    assert not ok.isEnabled() and "Line 1, quantity: cannot be negative" in dlg.line_errors.text()
    assert dlg.table.item(0, 1).toolTip() == "cannot be negative"
    dlg.set_line(0, "BRD", "6")
    assert ok.isEnabled() and not dlg.line_errors.isVisible()
    with pytest.raises(ValidationError, match="cannot be negative"):     # core: same rule
        app.inventory.create_purchase_order(owner, sup.id, [{"product_id": 1, "quantity": -6}])


def _reorder_suggestion(app, owner):
    sup = app.inventory.create_supplier(owner, "Bakers Ltd")
    p = app.inventory.create_product(owner, "BRD", "Sourdough", supplier_id=sup.id, cost="1.20")
    with app.db.uow() as s:
        app.inbox.draft(s, kind="reorder", subject_type="supplier", subject_id=sup.id, occurrence="t",
                        title="Reorder from Bakers Ltd", job_id="inventory.reorder", value=Decimal("14.40"),
                        payload={"supplier_id": sup.id, "supplier": "Bakers Ltd", "as_of": "2026-11-25",
                                 "lines": [{"product_id": p.id, "sku": "BRD", "name": "Sourdough",
                                            "quantity": "12", "proposed": "12", "pack_size": "1",
                                            "unit_cost": "1.20"}]},
                        reason={"explanation": "test"})


def test_a_negative_reorder_quantity_is_refused_before_any_reason_is_asked(qtbot, app, owner, make_ctx):
    import desktop.pages.inventory  # noqa: F401 - registers the reorder editor
    _reorder_suggestion(app, owner)
    from desktop.pages.inbox.page import InboxPage
    inbox = InboxPage(make_ctx(owner))
    qtbot.addWidget(inbox)
    inbox.resize(1300, 800)
    inbox.show()
    qtbot.waitUntil(lambda: inbox.detail is not None and not inbox._loading, timeout=10_000)
    ed = inbox.editor
    assert ed.is_valid() and inbox.buttons["edit"].isEnabled()
    ed.set_quantity(0, "-12")
    assert not ed.is_valid()
    assert ed.line_errors.isVisible() and "order quantity: cannot be negative" in ed.line_errors.text()
    assert not inbox.buttons["edit"].isEnabled()           # Edit & apply waits for a valid quantity
    inbox.table.setFocus()
    qtbot.keyClick(inbox.table, Qt.Key.Key_E)              # the key does not get past it either
    assert inbox.dialog is None or not inbox.dialog.isVisible()
    assert "cannot be negative" in inbox.error_label.text()
    ed.set_quantity(0, "24")
    assert ed.is_valid() and inbox.buttons["edit"].isEnabled()
    (item,) = app.inbox.list(InboxFilter(kind="reorder"))
    from core.inbox.kinds import kind_spec
    with pytest.raises(Exception, match="cannot be negative"):           # core: same rule
        kind_spec("reorder").normalise({"lines": [{"sku": "BRD", "quantity": "-1"}]})
    assert item.state == "new"


def test_a_negative_quantity_on_an_invoice_is_refused_at_the_line_and_in_core(qtbot, app, owner, make_ctx,
                                                                               settle):
    import desktop.pages.invoices  # noqa: F401
    from core.invoicing.service import LineDraft
    from desktop.pages.invoices.dialogs import InvoiceDialog
    from desktop.pages.invoices.editor import QTY
    cust = app.customers.create(owner, name="Ann Smith")
    ctx = make_ctx(owner)
    dlg = InvoiceDialog(ctx, customer_id=cust.id)
    qtbot.addWidget(dlg)
    dlg.show()
    ed = dlg.lines
    ed.add_line(LineDraft("Cake", Decimal(1), Decimal("12"), "standard"))
    assert dlg.save_btn.isEnabled()
    ed.set_cell(0, QTY, "-2")                                       # typed as a person would
    assert "Line 1, quantity: cannot be negative on an invoice" in ed.line_errors.text()
    assert ed.table.item(0, QTY).toolTip().startswith("cannot be negative on an invoice")
    assert not dlg.save_btn.isEnabled() and not dlg.issue_btn.isEnabled()
    dlg.kind.setCurrentIndex(dlg.kind.findData("credit_note"))      # on a credit note it is right
    assert not ed.line_errors.isVisible() and dlg.save_btn.isEnabled()
    dlg.kind.setCurrentIndex(dlg.kind.findData("invoice"))
    assert not dlg.save_btn.isEnabled()
    ed.set_cell(0, 2, "abc")                                        # a price that is not a number
    assert "Line 1, unit price: 'abc' is not a number" in ed.line_errors.text()
    ed.set_cell(0, 2, "12")
    ed.set_cell(0, QTY, "2")
    assert dlg.save_btn.isEnabled() and not ed.line_errors.isVisible()
    with pytest.raises(ValidationError, match="line 1: quantity cannot be negative on an invoice"):
        app.invoicing.create_draft(owner, cust.id, [LineDraft("Cake", Decimal(-2), Decimal("12"), "standard")])
    cn = app.invoicing.create_draft(owner, cust.id, [LineDraft("Refund", Decimal(-1), Decimal("12"), "standard")],
                                    kind="credit_note")
    assert cn.gross < 0


def _schedule_page(qtbot, make_ctx, owner, settle):
    return show_page(qtbot, make_ctx, schedule_page_class(), owner, (1200, 800))


def test_staff_details_and_booking_are_checked_at_the_field(qtbot, app, owner, make_ctx, settle):
    from PySide6.QtWidgets import QTableWidgetItem
    from tests.core.scheduling.sched_helpers import small_shop
    a, b, _c = small_shop(app, owner)
    ctx, page = _schedule_page(qtbot, make_ctx, owner, settle)
    tab = page.staff
    page.tabs.setCurrentWidget(tab)
    tab.list.setCurrentRow([p.id for p in tab.staff].index(b.id))
    settle(ctx)
    assert tab.save_btn.isEnabled()
    tab.name.clear()
    assert tab.validator.message_for(tab.name) == "enter a name" and not tab.save_btn.isEnabled()
    qtbot.keyClicks(tab.name, "Ben Baker")
    tab.email.setText("ben at example")
    assert tab.validator.message_for(tab.email) == "'ben at example' is not an e-mail address"
    tab.email.setText("ben@example.com")
    tab.max_h.setValue(10)
    tab.min_h.setValue(20)
    assert tab.hours_error.isVisible() and not tab.save_btn.isEnabled()
    tab.max_h.setValue(30)
    tab.avail.setItem(1, 0, QTableWidgetItem("9am"))
    assert "Tue, from: '9am' is not a time like 09:00" in tab.avail_errors.text()
    assert not tab.save_btn.isEnabled()
    tab.avail.setItem(1, 0, QTableWidgetItem("09:00"))
    assert tab.save_btn.isEnabled()
    with pytest.raises(ValidationError, match="e-mail"):                  # core: same rules
        app.scheduling.update_staff(owner, b.id, email="ben at example")
    with pytest.raises(ValidationError, match="enter a name"):
        app.scheduling.update_staff(owner, b.id, name="  ")

    appts = page.appointments
    page.tabs.setCurrentWidget(appts)
    settle(ctx)
    appts.customer.setCurrentIndex(-1)
    appts.customer.setEditText("Nobody we know")
    assert not appts.book_btn.isEnabled()
    assert appts.booking.message_for(appts.customer) == "choose a customer from the list"
    assert "Customer: choose a customer from the list" in appts.book_btn.toolTip()


def test_customer_form_checks_name_and_email_as_typed(qtbot, app, owner, make_ctx, settle):
    from desktop.pages.customers.page import CustomersPage
    cust = app.customers.create(owner, name="Ann Smith")
    ctx = make_ctx(owner)
    tab = CustomersPage(ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh(select=cust.id)
    settle(ctx)
    assert tab.customer is not None and tab.save_btn.isEnabled()
    tab.fields["email"].setText("ann@")
    assert tab.validator.message_for(tab.fields["email"]) == "'ann@' is not an e-mail address"
    assert not tab.save_btn.isEnabled()
    tab.fields["email"].setText("ann@example.com")
    tab.fields["name"].setText(" ")
    assert tab.validator.message_for(tab.fields["name"]) == "enter a name" and not tab.save_btn.isEnabled()
    with pytest.raises(ValidationError, match="not an e-mail address"):
        app.customers.update(owner, cust.id, email="ann@")
