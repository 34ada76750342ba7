"""The Customers page (its own page, not a tab of Invoices): history, edits, contacts, who sees it,
starting an invoice for the customer, and following changes made elsewhere without losing edits."""
from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "invoicing"))
from inv_helpers import customer, lines  # noqa: E402


from desktop.pages.customers.page import CustomersPage  # noqa: E402


def test_customer_page_shows_history_saves_edits_and_contacts(qtbot, app, owner, open_page, settle):
    cust = customer(app, owner)
    app.customers.add_contact(owner, cust.id, "Bob", "accounts", "bob@example.com")
    inv = app.invoicing.issue(owner, app.invoicing.create_draft(owner, cust.id, lines(("Job", "1", "20", "zero"))).id)
    app.invoicing.record_payment(owner, inv.id, Decimal("20"))
    ctx, page = open_page(CustomersPage, owner)
    assert page.customer.id == cust.id and page.contacts.count() == 1 and "Bob" in page.contacts.item(0).text()
    areas = {page.history.item(r, 1).text() for r in range(page.history.rowCount())}
    assert {"invoices", "payments"} <= areas and "Invoiced €20.00" in page.summary.text()
    page.fields["phone"].setText("0131 999")
    page.save_btn.click()
    settle(ctx)
    assert app.customers.get(cust.id).phone == "0131 999"


@pytest.mark.parametrize("role", ["owner", "staff", "bookkeeper"])
def test_everyone_who_edits_customers_has_the_page_in_the_sidebar(role, request, make_window):
    from desktop.shell import KEY_ROLE
    win = make_window(request.getfixturevalue(role))
    keys = [win.nav.item(r).data(KEY_ROLE) for r in range(win.nav.count())]
    assert "customers" in keys
    win.navigate("customers")
    assert win.current_key() == "customers"
    # the invoice list no longer carries a customers tab
    if "invoices" in keys:
        win.navigate("invoices")
        tabs = win.pages["invoices"].tabs
        assert "Customers" not in [tabs.tabText(i) for i in range(tabs.count())]


def test_new_invoice_opens_the_invoice_editor_for_that_customer(qtbot, app, owner, make_window, settle):
    cust = customer(app, owner)
    win = make_window(owner)
    win.navigate("customers")
    page = win.pages["customers"]
    settle(page.ctx)
    assert page.customer.id == cust.id and page.invoice_btn.isEnabled()
    page.invoice_btn.click()
    assert win.current_key() == "invoices"
    dialog = win.pages["invoices"].invoices.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.customer.currentData() == cust.id


def test_staff_cannot_start_an_invoice_or_erase(qtbot, app, owner, staff, open_page):
    customer(app, owner)
    _ctx, page = open_page(CustomersPage, staff)
    assert page.customer is not None
    assert not page.invoice_btn.isEnabled() and not page.erase_btn.isEnabled() and not page.export_btn.isEnabled()
    assert page.save_btn.isEnabled()


def test_a_change_made_in_core_shows_without_losing_unsaved_edits(qtbot, app, owner, open_page):
    cust = customer(app, owner)
    _ctx, page = open_page(CustomersPage, owner)
    assert "Invoiced €0.00" in page.summary.text()
    page.fields["phone"].setText("0131 555 (typing)")
    # an invoice issued elsewhere (another page, the inbox, a job): no GUI involved
    app.invoicing.issue(owner, app.invoicing.create_draft(owner, cust.id, lines(("Job", "1", "35", "zero"))).id)
    qtbot.waitUntil(lambda: "Invoiced €35.00" in page.summary.text(), timeout=10_000)
    assert page.fields["phone"].text() == "0131 555 (typing)"
    # the customer renamed elsewhere, form untouched: the form follows
    page.fields["phone"].setText(page._shown["phone"])
    app.customers.update(owner, cust.id, name="Renamed Ltd")
    qtbot.waitUntil(lambda: page.fields["name"].text() == "Renamed Ltd", timeout=10_000)
    assert page.list.currentItem().text().startswith("Renamed Ltd")


def test_new_customer_is_a_form_checked_as_typed(qtbot, app, owner, open_page, settle):
    """New customer opens a form (not a one-line prompt): the name is required and the e-mail
    must look like one before Add customer can be pressed; what is typed is what is saved."""
    from PySide6.QtCore import Qt
    ctx, page = open_page(CustomersPage, owner)
    qtbot.mouseClick(page.new_btn, Qt.MouseButton.LeftButton)
    dlg = page.dialog
    qtbot.waitExposed(dlg)
    assert not dlg.ok_btn.isEnabled() and "Name: enter a name" in dlg.ok_btn.toolTip()
    qtbot.keyClicks(dlg.name, "Dora Deli")
    assert dlg.ok_btn.isEnabled()
    qtbot.keyClicks(dlg.email, "dora-at-deli")
    assert dlg.validator.message_for(dlg.email) == "'dora-at-deli' is not an e-mail address"
    assert not dlg.ok_btn.isEnabled()
    dlg.email.setText("dora@deli.example")
    qtbot.keyClicks(dlg.phone, "0131 555")
    dlg.address.setPlainText("2 Market Street\nLeith")
    qtbot.mouseClick(dlg.ok_btn, Qt.MouseButton.LeftButton)
    settle(ctx)
    c = next(c for c in app.customers.search("Dora", limit=None))
    assert (c.email, app.customers.get(c.id).billing_address) == ("dora@deli.example", "2 Market Street\nLeith")
    assert page.customer is not None and page.customer.id == c.id        # the new customer is shown


def test_the_language_of_a_customers_documents_is_chosen_on_the_form(qtbot, app, owner, open_page, settle):
    cust = customer(app, owner, language="es")
    ctx, page = open_page(CustomersPage, owner)
    combo = page.fields["language"]
    assert combo.currentData() == "es" and combo.currentText() == "Español"
    combo.setCurrentIndex(combo.findData("de"))
    page.save_btn.click()
    settle(ctx)
    assert app.customers.get(cust.id).language == "de"
    combo.setCurrentIndex(0)                       # the shop's language
    page.save_btn.click()
    settle(ctx)
    assert app.customers.get(cust.id).language == ""
