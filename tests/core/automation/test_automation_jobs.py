"""The two real jobs: daily backup and the data-quality sweep with area checks and fixes."""
from __future__ import annotations

import shutil

import pytest

from core.automation.jobs import BACKUP_JOB, QUALITY_JOB
from core.automation.quality import FIXES, Finding, register_check, register_fix, unregister_check
from core.kernel.audit import record
from core.kernel.errors import DeskmateError

PRICES: dict[str, str] = {}


def check_prices(session, app):
    """Fake area check: products priced below cost, with an automatic fix."""
    return [Finding("product", sku, f"Product {sku}", f"price {price} is below cost 2.00",
                    "raise the price to 2.40", fix={"action": "test.set_price", "sku": sku, "price": "2.40"},
                    check="price_below_cost", area="inventory", details={"price": price, "cost": "2.00"})
            for sku, price in PRICES.items() if float(price) < 2]


def check_contacts(session, app):
    return [Finding("customer", 9, "Ann Smith", "no phone or e-mail", "look at it")]


def check_broken(session, app):
    raise RuntimeError("database confused")


def fix_price(session, app, actor, args):
    if args["price"] == "0":
        raise DeskmateError("a price of 0 is not a fix")
    PRICES[args["sku"]] = args["price"]
    record(session, actor, area="inventory", action="change price", entity="product",
           entity_id=args["sku"], after={"price": args["price"]})
    return f"price of {args['sku']} set to {args['price']}"


@pytest.fixture
def checks():
    PRICES.clear()
    PRICES.update({"A1": "1.50", "B2": "3.00"})
    register_fix("test.set_price", fix_price)
    for fn in (check_prices, check_contacts):
        register_check(fn)
    yield
    for fn in (check_prices, check_contacts, check_broken):
        unregister_check(fn)
    FIXES.pop("test.set_price", None)


def test_backup_job_writes_and_keeps_the_newest_n(app, owner, clock):
    from datetime import timedelta
    app.settings.update(owner, {"app.backups_keep": 2})
    for _ in range(3):
        r = app.automation.run_now(owner, BACKUP_JOB)
        assert r.outcome == "ok" and "backup written" in r.notes
        clock.advance(timedelta(days=1))
    suffix = ".sqlite3" if app.db.is_sqlite else ".pgdump"      # a server's backups are pg_dump archives
    files = sorted(p.name for p in app.paths.backups.glob(f"deskmate-*{suffix}"))
    assert files == [f"deskmate-20261126-090000{suffix}", f"deskmate-20261127-090000{suffix}"]
    assert [p.name for p in app.paths.backups.iterdir()] and all(p.suffix == suffix for p in app.paths.backups.iterdir())
    assert app.inbox.ids() == []            # success is silent


def test_backup_failure_goes_to_the_inbox_once_a_day(app, owner):
    shutil.rmtree(app.paths.backups, ignore_errors=True)
    app.paths.backups.write_text("not a folder")           # the backup cannot be written
    r = app.automation.run_now(owner, BACKUP_JOB)
    assert r.outcome == "failed" and "backup failed" in r.error and r.created == 1
    assert app.automation.run_now(owner, BACKUP_JOB).created == 0   # one item per day
    (sid,) = app.inbox.ids()
    d = app.inbox.get(sid)
    assert d.kind == "backup_failed" and "backup" in d.title and d.reason["warnings"]
    assert app.inbox.decide(owner, sid, "approve").message == "backup failure acknowledged"


def test_data_quality_drafts_one_item_per_finding_with_a_reason(app, owner, checks):
    r = app.automation.run_now(owner, QUALITY_JOB)
    assert r.outcome == "ok" and r.created == 2
    items = {app.inbox.get(i).subject_label: app.inbox.get(i) for i in app.inbox.ids()}
    price = items["Product A1"]
    assert price.kind == "data_quality" and price.payload["fix"]["action"] == "test.set_price"
    assert ["price", "1.50"] in price.reason["inputs"] and "below cost" in price.reason["explanation"]
    assert items["Ann Smith"].payload["fix"] is None
    assert app.automation.run_now(owner, QUALITY_JOB).created == 0     # same findings: no duplicates


def test_approving_a_finding_applies_the_areas_fix(app, owner, staff, checks):
    app.automation.run_now(owner, QUALITY_JOB)
    by_label = {app.inbox.get(i).subject_label: i for i in app.inbox.ids()}
    r = app.inbox.decide(staff, by_label["Product A1"], "approve")       # staff decide findings
    assert r.message == "price of A1 set to 2.40" and PRICES["A1"] == "2.40"
    r = app.inbox.decide(staff, by_label["Ann Smith"], "approve")
    assert r.message.startswith("acknowledged")
    entries = app.audit.list(owner, __import__("core.kernel.audit", fromlist=["AuditFilter"]).AuditFilter(
        area="automation"))
    assert any(e.action == "acknowledge finding" for e in entries)


def test_edited_fix_and_refused_fix(app, owner, checks):
    app.automation.run_now(owner, QUALITY_JOB)
    sid = next(i for i in app.inbox.ids() if app.inbox.get(i).subject_label == "Product A1")
    with pytest.raises(DeskmateError, match="not a fix"):
        app.inbox.decide(owner, sid, "edit", payload={**app.inbox.get(sid).payload,
                                                      "fix": {"action": "test.set_price", "sku": "A1", "price": "0"}})
    assert PRICES["A1"] == "1.50" and app.inbox.get(sid).state == "new"
    with pytest.raises(DeskmateError, match="no fix called"):
        app.inbox.decide(owner, sid, "edit", payload={"fix": {"action": "nope"}})
    app.inbox.decide(owner, sid, "edit", payload={**app.inbox.get(sid).payload,
                                                  "fix": {"action": "test.set_price", "sku": "A1", "price": "2.10"}})
    assert PRICES["A1"] == "2.10" and app.inbox.get(sid).decision == "edited"


def test_finding_fixed_by_hand_is_superseded(app, owner, checks):
    app.automation.run_now(owner, QUALITY_JOB)
    PRICES["A1"] = "2.50"                      # someone fixed the price by hand
    r = app.automation.run_now(owner, QUALITY_JOB)
    assert r.superseded == 1
    states = {app.inbox.get(i).subject_label: app.inbox.get(i).state
              for i in app.inbox.ids(__import__("core.inbox.service", fromlist=["InboxFilter"]).InboxFilter(states=None))}
    assert states == {"Product A1": "superseded", "Ann Smith": "new"}


def test_a_broken_check_does_not_hide_the_others(app, owner, checks):
    register_check(check_broken)
    r = app.automation.run_now(owner, QUALITY_JOB)
    assert r.outcome == "failed" and r.created == 2
    assert "check 'check_broken'" in r.notes and "database confused" in r.notes
