"""The planner's figures kept between runs and processes (``core/inventory/figure_cache.py``) under
the planner-inputs stamp (``core/inventory/inputs_version.py``): what moves the stamp, what does
not, and that kept figures are the ones a fresh fit gives — or are ignored when damaged or stale."""
from __future__ import annotations

import csv
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from core.inbox.reason import reason_card
from core.inventory import figure_cache, inputs_version, reports
from core.inventory.models import PlannerFigures
from core.invoicing.lines import LineDraft
from core.kernel.reports import Period

FROM, TO = date(2026, 11, 16), date(2026, 11, 29)


@pytest.fixture
def selling_shop(app, owner, clock, tmp_path):
    """Three products with a few weeks of sales, so the planner fits and the reports have figures."""
    clock.set(datetime(2026, 11, 30, 9, tzinfo=timezone.utc))
    inv = app.inventory
    sup = inv.create_supplier(owner, "Mill & Co")
    a = inv.create_product(owner, "A", "Apple juice", cost="2", price="5", category="Drinks", supplier_id=sup.id)
    b = inv.create_product(owner, "B", "Bread", cost="10", price="20", category="Food", supplier_id=sup.id)
    c = inv.create_product(owner, "C", "Candle", cost="1", price="2")
    for p, q in ((a, "200"), (b, "100"), (c, "5")):
        inv.adjust_stock(owner, p.id, q, "opening stock", day=date(2026, 9, 1))
    f = tmp_path / "sales.csv"
    rows = [["Date", "SKU", "Quantity"]]
    d = date(2026, 9, 2)
    while d <= TO:
        rows.append([d.isoformat(), "A", str(2 + d.day % 3)])
        if d.weekday() in (4, 5):
            rows.append([d.isoformat(), "B", "3"])
        d += timedelta(days=1)
    with f.open("w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    inv.import_file(owner, "sales", f)
    return sup, a, b, c


@pytest.fixture
def fits(app, monkeypatch):
    """Counts the planner's fits of every product (``app.inventory.snapshot``)."""
    count = {"n": 0}
    real = app.inventory.snapshot

    def counted(*args, **kwargs):
        count["n"] += 1
        return real(*args, **kwargs)
    monkeypatch.setattr(app.inventory, "snapshot", counted)
    return count


def new_process() -> None:
    """Forget what this process holds, as a newly started Deskmate would have nothing in memory."""
    figure_cache.forget_memory()
    reports._snapshots.clear()
    reports._totals.clear()


def stamp(app) -> str | None:
    with app.db.read() as s:
        return inputs_version.current(s)


def figures(app, owner, name: str) -> tuple:
    r = app.reports.run(owner, name, FROM, TO)
    return (tuple((f.key, f.value, f.previous) for f in r.figures), tuple((x.name, x.values) for x in r.series),
            tuple(t.rows for t in r.tables))


def test_a_new_process_reads_the_kept_figures_without_fitting(app, owner, selling_shop, fits):
    stock, forecast = figures(app, owner, "stock"), figures(app, owner, "forecast")
    assert fits["n"] == 2                       # this period's end and the previous one's: one fit each
    quality = reports.reorder_quality(app, Period(FROM, TO))
    assert fits["n"] == 2 and quality and "Forecast error" in quality
    with app.db.read() as s:                    # kept in the database, as plain JSON
        kept = {k.split("|", 2)[1] for k in s.scalars(select(PlannerFigures.key))}
    assert kept == {"order_up_to", "accuracy", "reorder_quality"}
    new_process()
    assert figures(app, owner, "stock") == stock
    assert figures(app, owner, "forecast") == forecast
    assert reports.reorder_quality(app, Period(FROM, TO)) == quality
    assert fits["n"] == 2                       # not one fit in the "new process"


def test_kept_figures_are_the_fresh_fits_figures(app, owner, selling_shop, fits):
    kept = figures(app, owner, "stock"), figures(app, owner, "forecast"), reports.reorder_quality(app, Period(FROM, TO))
    new_process()
    with app.db.uow() as s:                     # nothing kept: everything is worked out again
        s.execute(PlannerFigures.__table__.delete())
    fresh = figures(app, owner, "stock"), figures(app, owner, "forecast"), reports.reorder_quality(app, Period(FROM, TO))
    assert fresh == kept and fits["n"] == 4
    # the order-up-to levels behind "value above order-up-to" are the planner's own
    with app.db.read() as s:
        levels = reports.order_up_to_levels(app, s, TO + timedelta(days=1))
        snap = app.inventory.snapshot(s, TO + timedelta(days=1))
    assert levels and levels == {p.id: Decimal(str(round(float(snap.plan.order_up_to[i]), 4)))
                                 for i, p in enumerate(snap.products) if p.owner_max is None
                                 and str(snap.plan.order_up_to[i]) != "nan"}


def test_writes_that_cannot_move_a_figure_keep_the_stamp(app, owner, selling_shop):
    sup, a, b, c = selling_shop
    before = stamp(app)
    assert before
    cust = app.customers.create(owner, name="Ann Smith")                                # a customer and
    app.invoicing.create_draft(owner, cust.id, [LineDraft("Job", Decimal(1), Decimal(10), "standard", Decimal(0),
                                                          False)])                    # an invoice
    with app.db.uow() as s:                                                            # an inbox item,
        sid = app.inbox.draft(s, kind="reorder", subject_type="supplier", subject_id=sup.id,
                              title="Order from Mill & Co", reason=reason_card(explanation="test"),
                              payload={"supplier_id": sup.id, "lines": [
                                  {"product_id": a.id, "sku": "A", "quantity": "12", "unit_cost": "2"}]})
    app.inbox.decide(owner, sid, "approve")                                            # approved: a purchase order
    app.scheduling.add_staff(owner, name="Ann", hourly_cost=Decimal("12"))             # the roster's people
    app.settings.update(owner, {"inbox.staff_order_limit": "500"})                      # another area's setting
    assert app.inventory.purchase_orders()                                             # (the decision did apply)
    assert stamp(app) == before


@pytest.mark.parametrize("change", ["sale", "product", "supplier", "policy setting", "history rebuild"])
def test_what_the_planner_reads_renews_the_stamp_and_the_figures(app, owner, selling_shop, fits, change):
    sup, a, b, c = selling_shop
    figures(app, owner, "stock")
    assert fits["n"] == 2
    before = stamp(app)
    if change == "sale":
        app.inventory.adjust_stock(owner, a.id, "-1", "sold", day=TO)
    elif change == "product":
        app.inventory.update_product(owner, b.id, safety_factor="2")
    elif change == "supplier":
        app.inventory.update_supplier(owner, sup.id, lead_time_days=9)
    elif change == "policy setting":
        app.settings.update(owner, {"inventory.history_days": 120})
    else:
        app.inventory.rebuild_history(owner)
    assert stamp(app) not in (None, before)
    figures(app, owner, "stock")
    assert fits["n"] == 4                       # worked out again for both periods


def test_a_changed_maximum_changes_the_kept_figure(app, owner, selling_shop):
    sup, a, b, c = selling_shop
    first = app.reports.run(owner, "stock", FROM, TO).figure("above_upto").value
    app.inventory.update_product(owner, c.id, owner_min="1", owner_max="2")     # C holds 5: 3 above × cost 1
    assert app.reports.run(owner, "stock", FROM, TO).figure("above_upto").value == first + Decimal("3.00")


@pytest.mark.parametrize("payload", ["{not json", "[]", '[[1, "x"]]', '{"weeks": 3}', '"NaN"'])
def test_a_damaged_kept_row_is_ignored_and_rewritten(app, owner, selling_shop, fits, payload):
    stock, forecast = figures(app, owner, "stock"), figures(app, owner, "forecast")
    new_process()
    with app.db.uow() as s:
        s.execute(update(PlannerFigures).values(payload=payload))
    assert figures(app, owner, "stock") == stock and figures(app, owner, "forecast") == forecast
    assert fits["n"] == 4
    new_process()                               # rewritten: read back the next time
    assert figures(app, owner, "stock") == stock and figures(app, owner, "forecast") == forecast
    assert fits["n"] == 4


def test_a_row_kept_under_an_older_stamp_is_never_read_and_is_cleared(app, owner, selling_shop, fits):
    sup, a, b, c = selling_shop
    figures(app, owner, "stock")
    with app.db.uow() as s:                     # a row under another stamp with a level that would show
        s.execute(update(PlannerFigures).values(stamp="0" * 32, payload=f'[[{c.id}, "0"]]'))
    new_process()
    assert app.reports.run(owner, "stock", FROM, TO).figure("above_upto").value is not None
    assert fits["n"] == 4
    with app.db.read() as s:
        assert set(s.scalars(select(PlannerFigures.stamp))) == {stamp(app)}


def test_without_the_stamp_row_nothing_is_kept(app, owner, selling_shop, fits):
    from core.inventory.models import PlannerInputsVersion
    with app.db.uow() as s:
        s.execute(PlannerInputsVersion.__table__.delete())
    new_process()
    stock = figures(app, owner, "stock")
    assert figures(app, owner, "stock") == stock and fits["n"] == 4     # fitted each time, correct each time
    app.inventory.adjust_stock(owner, selling_shop[1].id, "1", "found one", day=TO)   # the next input write restores it
    assert stamp(app)


def test_a_kept_row_changed_behind_its_checksum_is_ignored(app, owner, selling_shop, fits):
    import json
    sup, a, b, c = selling_shop
    stock = figures(app, owner, "stock")
    with app.db.uow() as s:
        for key, text in s.execute(select(PlannerFigures.key, PlannerFigures.payload)).all():
            if key.split("|")[1] == "order_up_to":
                stored = json.loads(text)
                stored["figures"] = [[c.id, "0"]]         # the right shape, the old checksum
                s.execute(update(PlannerFigures).where(PlannerFigures.key == key).values(payload=json.dumps(stored)))
    new_process()
    assert figures(app, owner, "stock") == stock and fits["n"] == 4


def test_warming_keeps_what_the_reports_page_and_the_automation_page_open_on(app, owner, selling_shop, fits):
    assert app.reports.warm() == ("stock", "forecast", "automation")
    warmed = fits["n"]
    assert warmed >= 2
    new_process()
    period = app.reports.opening_period()
    assert period.end == app.today()
    for name in ("stock", "forecast", "automation"):
        app.reports.run(owner, name, period.start, period.end)
    app.automation.payoff()
    assert fits["n"] == warmed                  # everything the pages open on was kept: no fit


def test_a_database_without_the_stamps_table_still_takes_inventory_writes(app, owner, selling_shop):
    """As during an upgrade, before migration inventory_0008: the write goes through, unstamped."""
    from sqlalchemy import text
    with app.db.uow() as s:
        s.execute(text("DROP TABLE planner_inputs_version"))
    app.inventory.update_product(owner, selling_shop[1].id, safety_factor="2")
    assert app.inventory.product(selling_shop[1].id).safety_factor == Decimal("2")
