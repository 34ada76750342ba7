"""Customers: CRUD with audit, search, validation, history, privacy export and erasure."""
from __future__ import annotations

import json

import openpyxl
import pytest

from core.customers.quality import customers_without_contact, likely_duplicate_customers
from core.kernel.audit import AuditFilter
from core.kernel.errors import PermissionDenied, ValidationError


def test_create_update_is_audited_and_searchable(app, owner):
    c = app.customers.create(owner, name="Ann Smith", email="ann@example.com", phone="0131 1",
                             contacts=[{"name": "Bob", "email": "bob@example.com"}])
    app.customers.update(owner, c.id, phone="0131 2")
    rows = app.audit.list(owner, AuditFilter(area="customers"))
    assert [r.action for r in rows][:2] == ["update customer", "create customer"]
    assert rows[0].before == {"phone": "0131 1"} and rows[0].after == {"phone": "0131 2"}
    assert [x.id for x in app.customers.search("ann")] == [c.id]
    assert [x.id for x in app.customers.search("bob@")] == [c.id]   # via contact
    assert app.customers.get(c.id).contacts[0].name == "Bob"


def test_validation_names_every_field(app, owner):
    with pytest.raises(ValidationError) as e:
        app.customers.create(owner, name="", email="not-an-email", payment_terms_days=999)
    cols = {p.column for p in e.value.problems}
    assert cols == {"name", "email", "payment_terms_days"}


def test_staff_cannot_erase(app, owner, staff):
    c = app.customers.create(owner, name="X")
    with pytest.raises(PermissionDenied):
        app.customers.erase(staff, c.id, "asked")


def test_privacy_export_json_and_xlsx(app, owner, tmp_path):
    c = app.customers.create(owner, name="Ann Smith", email="ann@example.com")
    app.customers.note(owner, c.id, "called about an order")
    j, x = app.customers.privacy_export(owner, c.id, tmp_path)
    data = json.loads(j.read_text())
    assert data["customer"]["email"] == "ann@example.com"
    assert any(n["text"] == "called about an order" for n in data["notes"])
    wb = openpyxl.load_workbook(x)
    assert "Customer" in wb.sheetnames and "About this export" in wb.sheetnames
    values = [r[1].value for r in wb["Customer"].iter_rows(min_row=2)]
    assert "ann@example.com" in values


def test_erasure_blanks_personal_data_and_states_what_was_kept(app, owner):
    c = app.customers.create(owner, name="Ann Smith", email="ann@example.com", phone="0131",
                             contacts=[{"name": "Bob", "email": "b@example.com"}])
    app.customers.note(owner, c.id, "likes rye bread")
    report = app.customers.erase(owner, c.id, "request by e-mail 2026-11-20")
    after = app.customers.get(c.id)
    assert after.is_erased and after.email == "" and "Ann" not in after.name and not after.contacts
    assert "email" in report.erased_fields and report.contacts_removed == 1
    assert "Kept:" in report.statement
    entry = app.audit.list(owner, AuditFilter(area="customers", text="erase"))[0]
    assert entry.action == "erase customer data" and "request by e-mail" in entry.summary
    assert all("rye" not in n.text for n in app.customers.notes(c.id))


def test_quality_checks_find_unreachable_and_duplicates(app, owner):
    a = app.customers.create(owner, name="Old Town Cafe Ltd", email="a@x.example")
    b = app.customers.create(owner, name="old town cafe")
    with app.db.read() as s:
        unreachable = customers_without_contact(s, app)
        dups = likely_duplicate_customers(s, app)
    assert [f.subject_id for f in unreachable] == [b.id]
    assert len(dups) == 1 and dups[0].subject_id == a.id and f"#{b.id}" in dups[0].problem


def test_delete_only_when_nothing_refers_to_the_customer(app, owner):
    from decimal import Decimal

    from core.invoicing.service import LineDraft
    from core.kernel.errors import ConflictError, NotFound
    lone = app.customers.create(owner, name="Typo Customer", contacts=[{"name": "x"}])
    app.customers.delete(owner, lone.id)
    with pytest.raises(NotFound):
        app.customers.get(lone.id)
    busy = app.customers.create(owner, name="Busy")
    app.invoicing.create_draft(owner, busy.id, [LineDraft("Job", Decimal(1), Decimal(1), "zero")])
    with pytest.raises(ConflictError, match="erase"):
        app.customers.delete(owner, busy.id)
    assert app.customers.get(busy.id).name == "Busy"
    assert app.audit.list(owner, AuditFilter(area="customers", text="deleted"))[0].action == "delete customer"
