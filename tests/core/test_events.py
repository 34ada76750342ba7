"""Domain events run their handlers inside the publisher's unit of work: both happen or neither."""
from __future__ import annotations

import pytest

from core.kernel.events import SUBSCRIPTIONS, EventContext, publish, subscribe
from core.kernel.audit import record
from core.kernel.settings import SettingRow, SettingsService


@pytest.fixture
def note_handler():
    def handler(ctx: EventContext, data: dict) -> None:
        ctx.session.add(SettingRow(key="shop.name", value=data["name"]))
        record(ctx.session, ctx.actor, area="testing", action="event", entity="setting",
               entity_id="shop.name", after={"name": data["name"]}, summary="renamed by an event")
        if data.get("fail"):
            raise RuntimeError("handler failed")

    sub = subscribe("test.renamed", "testing", handler)
    yield sub
    SUBSCRIPTIONS.unregister(sub.key)


def test_handlers_run_in_the_publishers_transaction(app, owner, note_handler):
    with app.db.uow() as s:
        assert publish(EventContext(s, owner, app), "test.renamed", name="Fern & Flour") == 1
    assert app.settings.get("shop.name") == "Fern & Flour"


def test_a_failing_handler_rolls_the_whole_change_back(app, owner, note_handler):
    before = app.settings.get("shop.name")
    with pytest.raises(RuntimeError), app.db.uow() as s:
        record(s, owner, area="testing", action="publisher", entity="x", summary="the publisher's own change")
        publish(EventContext(s, owner, app), "test.renamed", name="Half", fail=True)
    with app.db.read() as s:
        assert SettingsService.read(s, "shop.name") == before


def test_an_event_nobody_listens_to_runs_nothing(app, owner):
    with app.db.uow() as s:
        s.info["deskmate_audit_exempt"] = True
        assert publish(EventContext(s, owner, app), "test.nobody") == 0


def test_areas_declare_their_handlers_in_handlers_modules():
    assert any(sub.event == "invoice.released_appointments" and sub.area == "scheduling"
               for sub in SUBSCRIPTIONS.values())
