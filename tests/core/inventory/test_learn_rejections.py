"""Learning from rejections: three rejections in a row of a supplier's reorders whose reasons name
the same weekdays propose ordering from that supplier on those days, reviewed in the inbox; approving
sets the supplier's ordering days and the reorder job follows them."""
from __future__ import annotations

from datetime import timedelta

from hypothesis import given
from hypothesis import strategies as st

from core.inbox.service import InboxFilter
from core.inventory.reorder import weekdays_named
from core.kernel.audit import AuditFilter


def test_weekdays_are_read_from_reasons_in_english_german_and_spanish():
    assert weekdays_named("Supplier delivers Mondays only") == {0}
    assert weekdays_named("they come on Tue and Fri.") == {1, 4}
    assert weekdays_named("Lieferant liefert nur montags? Nein: nur am Montag") == {0}
    assert weekdays_named("el proveedor sólo entrega los jueves") == {3}
    assert weekdays_named("too much bread") == frozenset()
    assert weekdays_named("") == frozenset() and weekdays_named(None) == frozenset()


@given(st.text(max_size=80))
def test_any_reason_reads_as_a_set_of_weekdays(text):
    assert weekdays_named(text) <= set(range(7))


def _reject_todays_reorder(app, owner, clock, reason):
    run = app.automation.run_now(owner, "inventory.reorder", as_of=app.today())
    assert run.outcome == "ok" and run.created == 1, run.notes
    item = app.inbox.list(InboxFilter(kind="reorder"))[0]
    app.inbox.decide(owner, item.id, "reject", reason=reason)
    clock.advance(timedelta(days=1))


def learn(app, owner):
    run = app.automation.run_now(owner, "inventory.learn", as_of=app.today())
    assert run.outcome == "ok", run.error
    return [app.inbox.get(r.id) for r in app.inbox.list(InboxFilter(kind="supplier_ordering_days"))]


def test_repeated_rejections_naming_monday_propose_ordering_on_mondays(app, owner, shop, clock):
    sup = shop["supplier"]
    _reject_todays_reorder(app, owner, clock, "Supplier delivers Mondays only")
    _reject_todays_reorder(app, owner, clock, "delivers on Monday only")
    assert learn(app, owner) == []                                  # two are not enough
    _reject_todays_reorder(app, owner, clock, "too much, and it's Mondays only")
    _reject_todays_reorder(app, owner, clock, "not today: MONDAYS ONLY")
    items = learn(app, owner)
    assert len(items) == 1
    item = items[0]
    assert item.title == "Order from Bakers Ltd on Monday only"
    assert item.payload["ordering_days"] == "0" and item.payload["from"] == ""
    assert len(item.payload["rejections"]) == 4
    assert "rejected the reorder from Bakers Ltd 4 times in a row" in item.reason["explanation"]
    assert len(learn(app, owner)) == 1                               # running again adds nothing

    app.inbox.decide(owner, item.id, "approve")
    assert app.inventory.supplier(sup.id).ordering_days == "0"
    entry = app.audit.list(owner, AuditFilter(entity="supplier", entity_id=str(sup.id)))[0]
    assert "learnt from rejections" in entry.summary
    # the reorder job now drafts for this supplier on Mondays only
    while app.today().weekday() == 0:
        clock.advance(timedelta(days=1))
    run = app.automation.run_now(owner, "inventory.reorder", as_of=app.today())
    assert run.created == 0 and "supplier not ordered today" in run.notes
    clock.advance(timedelta(days=7 - app.today().weekday()))
    assert app.automation.run_now(owner, "inventory.reorder", as_of=app.today()).created == 1


def test_a_run_broken_by_other_days_or_plain_reasons_proposes_nothing(app, owner, shop, clock):
    _reject_todays_reorder(app, owner, clock, "Mondays only")
    _reject_todays_reorder(app, owner, clock, "Mondays only")
    _reject_todays_reorder(app, owner, clock, "Thursdays only")              # the run is broken
    _reject_todays_reorder(app, owner, clock, "too expensive")                # names no day: skipped
    assert learn(app, owner) == []

