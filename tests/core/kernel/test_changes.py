"""After a unit of work commits, core tells its listeners which tables and areas changed."""
from __future__ import annotations

import logging
import threading

import pytest
from sqlalchemy import text

from core.kernel.changes import Changes
from core.kernel.errors import DeskmateError


@pytest.fixture
def heard(app):
    got: list[Changes] = []
    app.db.changes.subscribe(got.append)
    yield got
    app.db.changes.unsubscribe(got.append)


def test_a_service_write_publishes_its_tables_and_areas_after_commit(app, owner, heard):
    seen_committed = []

    def look(_changes: Changes) -> None:      # runs after the commit: the row is readable
        seen_committed.append(any(p.sku == "BRE-001" for p in app.inventory.products()))

    app.db.changes.subscribe(look)
    try:
        app.inventory.create_product(owner, "BRE-001", "Bread")
    finally:
        app.db.changes.unsubscribe(look)
    assert len(heard) == 1
    assert {"product", "audit_entry"} <= heard[0].tables
    assert {"inventory", "kernel"} <= heard[0].areas and heard[0].touches("inventory")
    assert seen_committed == [True]


def test_settings_change_is_a_kernel_change(app, owner, heard):
    app.settings.update(owner, {"shop.name": "Fern & Flour"})
    assert heard and heard[-1].tables >= {"setting", "audit_entry"} and heard[-1].areas == {"kernel"}


def test_a_rolled_back_unit_of_work_and_reads_publish_nothing(app, owner, heard):
    from core.kernel.settings import SettingRow
    with pytest.raises(DeskmateError):
        app.inventory.create_product(owner, "", "no sku")
    with pytest.raises(RuntimeError), app.db.uow() as s:
        s.add(SettingRow(key="shop.name", value="half written"))
        s.flush()
        raise RuntimeError("crash before the commit")
    with app.db.uow() as s:       # the next unit of work does not inherit the forgotten tables
        s.info["deskmate_audit_exempt"] = True
    assert app.settings.get("shop.name") != "half written"
    with app.db.read() as s:
        s.execute(text("select 1"))
    assert heard == []


def test_machinery_tables_do_not_count_as_changes(app, owner, heard, clock):
    """The scheduler's lease heartbeat writes every few seconds: no page should refresh for it."""
    from core.automation.models import SchedulerLease
    now = clock.now()
    with app.db.uow() as s:
        s.add(SchedulerLease(name="scheduler", holder="test", host="here", pid=1, acquired_at=now,
                             heartbeat_at=now, expires_at=now))
    assert heard == []


def test_a_failing_listener_is_logged_and_the_change_stays(app, owner, heard, caplog):
    def broken(_changes: Changes) -> None:
        raise RuntimeError("listener bug")

    app.db.changes.subscribe(broken)
    try:
        with caplog.at_level(logging.ERROR):
            app.inventory.create_product(owner, "BRE-002", "Rye")
    finally:
        app.db.changes.unsubscribe(broken)
    assert "a change listener failed" in caplog.text
    assert [p.sku for p in app.inventory.products()] == ["BRE-002"]
    assert heard and "product" in heard[-1].tables


def test_changes_from_another_thread_reach_listeners_on_that_thread(app, owner, heard):
    threads = []
    app.db.changes.subscribe(lambda _c: threads.append(threading.current_thread().name))
    t = threading.Thread(target=app.inventory.create_product, args=(owner, "BRE-003", "Spelt"), name="job")
    t.start()
    t.join()
    assert threads == ["job"] and heard[-1].touches("inventory")
