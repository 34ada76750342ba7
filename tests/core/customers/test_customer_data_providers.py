"""A customer's data across areas comes from providers the areas declare: history, privacy export
and erasure (in one transaction), with nothing probed by name."""
from __future__ import annotations

import json

import pytest

from core.customers.providers import PROVIDERS, CustomerDataProvider, register_provider
from tests.core.scheduling.sched_helpers import WEEK, small_shop


@pytest.fixture
def booked(app, owner):
    ann, _b, _c = small_shop(app, owner)
    rid = app.scheduling.new_roster(owner, WEEK)
    app.scheduling.assign(owner, rid, ann.id, WEEK, "OPN")
    app.scheduling.publish(owner, rid)
    svc = app.scheduling.add_service(owner, "Tasting", 45, skill="baker", price="24.00")
    cust = app.customers.create(owner, name="Ann Smith", email="ann@example.com")
    appt = app.scheduling.book(owner, cust.id, svc.id, ann.id, WEEK, 9 * 60, notes="allergic to nuts")
    return cust, appt


def test_scheduling_and_invoicing_declare_providers():
    assert {"scheduling", "invoicing"} <= {p.area for p in PROVIDERS.values()}


def test_history_includes_appointments(app, owner, booked):
    cust, appt = booked
    events = app.customers.history(cust.id)
    assert any(e.area == "appointments" and e.ref == str(appt.id) and "Tasting at 09:00" in e.title for e in events)


def test_privacy_export_includes_appointments_with_their_notes(app, owner, booked, tmp_path):
    cust, appt = booked
    data = app.customers.privacy_data(cust.id)
    assert [a["id"] for a in data["appointments"]] == [appt.id]
    assert data["appointments"][0]["notes"] == "allergic to nuts"
    jpath, _ = app.customers.privacy_export(owner, cust.id, tmp_path)
    assert json.loads(jpath.read_text())["appointments"][0]["service_name"] == "Tasting"


def test_erasure_blanks_appointment_notes_and_says_so(app, owner, booked):
    cust, appt = booked
    report = app.customers.erase(owner, cust.id, "asked in the shop")
    assert "notes on 1 appointment(s)" in report.statement
    (after,) = app.scheduling.appointments(WEEK, WEEK, customer_id=cust.id)
    assert after.notes == "" and after.id == appt.id       # the diary entry stays


def test_a_failing_provider_rolls_the_whole_erasure_back(app, owner, booked):
    cust, _appt = booked

    def broken(_s, _customer_id):
        raise RuntimeError("provider bug")

    register_provider(CustomerDataProvider("zz_broken", erase=broken))
    try:
        with pytest.raises(RuntimeError):
            app.customers.erase(owner, cust.id, "asked")
    finally:
        PROVIDERS.unregister("zz_broken")
    c = app.customers.get(cust.id)
    assert c.name == "Ann Smith" and not c.is_erased
    (appt,) = app.scheduling.appointments(WEEK, WEEK, customer_id=cust.id)
    assert appt.notes == "allergic to nuts"
