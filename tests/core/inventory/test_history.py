"""The reports' aggregates of the ledger (closing stock per product and day, sales per product and
week): kept in the same unit of work as every movement, backdated corrections included, checked and
rebuilt from the ledger, and backfilled when an older shop upgrades."""
from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from core import cli
from core.inventory import history, ledger

D0 = date(2026, 9, 1)


def stored(app, pid: int) -> list[history.Closing]:
    with app.db.read() as s:
        return dict(history.stored_closings(s.connection(), [pid])).get(pid, [])


def level_on(rows: list[history.Closing], day: date) -> int:
    found = [r for r in rows if r.day <= day]
    return found[-1].closing if found else 0


def out_through(rows: list[history.Closing], day: date) -> int:
    found = [r for r in rows if r.day <= day]
    return found[-1].out_through(day) if found else 0


def ledger_level(moves: list[tuple[date, int]], day: date) -> int:
    return sum(q for d, q in moves if d <= day)


def test_backdated_correction_rewrites_every_later_day(app, owner):
    inv = app.inventory
    p = inv.create_product(owner, "A", "Apple", cost="2", price="5")
    inv.adjust_stock(owner, p.id, "10", "delivery", day=D0)
    for k in range(1, 8):                       # sells 2 a day: 8, 6, 4, 2, 0, -2, -4
        inv.adjust_stock(owner, p.id, "-2", "sold", day=D0 + timedelta(days=k))
    rows = stored(app, p.id)
    assert level_on(rows, D0 + timedelta(days=5)) == 0
    assert out_through(rows, D0 + timedelta(days=7)) == 3          # days 5, 6, 7 ended with nothing
    inv.adjust_stock(owner, p.id, "5", "found a crate", day=D0 + timedelta(days=2))   # backdated
    rows = stored(app, p.id)
    assert [level_on(rows, D0 + timedelta(days=k)) // ledger.SCALE for k in range(8)] == [10, 8, 11, 9, 7, 5, 3, 1]
    assert out_through(rows, D0 + timedelta(days=7)) == 0
    assert level_on(rows, D0 + timedelta(days=30)) // ledger.SCALE == 1 == inv.product(p.id).on_hand
    with app.db.read() as s:
        assert history.verify(s.connection()) == []


def test_weekly_sales_follow_imports_and_returns(app, owner, tmp_path):
    inv = app.inventory
    inv.create_product(owner, "A", "Apple", cost="2", price="5")
    f = tmp_path / "sales.csv"
    f.write_text("Date,SKU,Quantity\n2026-11-16,A,4\n2026-11-22,A,3\n2026-11-23,A,5\n2026-11-24,A,-1\n")
    inv.import_file(owner, "sales", f)
    with app.db.read() as s:
        weeks = {history.as_date(w): int(q) // ledger.SCALE for w, q in
                 s.execute(text("SELECT week, sold FROM product_week ORDER BY week"))}
        assert history.verify(s.connection()) == []
    assert weeks == {date(2026, 11, 16): 7, date(2026, 11, 23): 4}


moves_strategy = st.lists(
    st.tuples(st.integers(0, 40), st.integers(-30, 30), st.booleans()), min_size=1, max_size=25)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batches=st.lists(moves_strategy, min_size=1, max_size=4))
def test_stored_closing_is_the_running_sum_of_the_ledger(app, owner, batches):
    """Random movements posted in batches in any order of days (later batches backdated into earlier
    ones, stocktakes in between): every day's stored closing equals the running sum of the ledger,
    and the stockout days counted through any day equal the days (from the first movement) that
    ended with nothing."""
    inv = app.inventory
    n = len(inv.products()) + 1
    p = inv.create_product(owner, f"P{n}", f"Product {n}", cost="1", price="2")
    posted: list[tuple[date, int]] = []
    for batch in batches:
        moves = []
        for day, q, is_count in batch:
            d = D0 + timedelta(days=day)
            if is_count and q >= 0:
                moves.append(None)
                inv.stocktake(owner, {p.id: Decimal(q)}, day=d)
                with app.db.read() as s:     # a count stores its variance as the movement
                    variance = s.execute(text("SELECT quantity FROM stock_movement WHERE product_id = :p "
                                              "ORDER BY id DESC LIMIT 1"), {"p": p.id}).scalar_one()
                posted.append((d, int(variance)))
            elif q:
                moves.append(ledger.Move(p.id, d, "adjustment", Decimal(q), reason="test"))
                posted.append((d, q * ledger.SCALE))
        real = [m for m in moves if m is not None]
        if real:
            with app.db.uow() as s:
                ledger.post(s, owner, real, app.clock.now())
    if not posted:
        return
    rows = stored(app, p.id)
    first = min(d for d, _ in posted)
    out = 0
    for k in range(-2, 45):
        d = D0 + timedelta(days=k)
        assert level_on(rows, d) == ledger_level(posted, d), d
        if d >= first and ledger_level(posted, d) <= 0:
            out += 1
        assert out_through(rows, d) == out, d
    assert level_on(rows, date(2030, 1, 1)) == int(inv.product(p.id).on_hand * ledger.SCALE)
    with app.db.read() as s:       # the weeks' ends (and every other product) agree with the ledger too
        assert history.verify(s.connection()) == []


def test_chain_and_week_ends_are_pure():
    rows = history.chain(None, {date(2026, 11, 2): 5, date(2026, 11, 20): -5})   # a Monday, a Friday
    assert [(r.day, r.closing, r.out_days) for r in rows] == [(date(2026, 11, 2), 5, 0), (date(2026, 11, 20), 0, 0)]
    assert rows[-1].out_through(date(2026, 11, 22)) == 3
    # the weeks that moved, to their Sunday: the first ends with 5 on the shelf, the third sold out Fri-Sun
    assert history.week_ends(rows) == {date(2026, 11, 2): (5, 0), date(2026, 11, 16): (0, 3)}


def _plant(app, owner, pid: int) -> None:
    with app.db.uow() as s:        # a row the ledger does not explain, as a bad restore or a bug would leave
        s.execute(text("UPDATE stock_closing SET closing = closing + 70000 WHERE product_id = :p"), {"p": pid})
        from core.kernel.audit import record
        record(s, owner, area="inventory", action="test tamper", entity="product", entity_id=pid, summary="tamper",
               at=app.clock.now())


def test_verify_finds_a_planted_disagreement_and_rebuild_mends_it(app, owner, capsys):
    inv = app.inventory
    a = inv.create_product(owner, "A", "Apple", cost="2", price="5")
    b = inv.create_product(owner, "B", "Bread", cost="1", price="3")
    inv.adjust_stock(owner, a.id, "10", "delivery", day=D0)
    inv.adjust_stock(owner, b.id, "4", "delivery", day=D0)
    assert inv.verify_history(owner) == []
    _plant(app, owner, b.id)
    wrong = inv.verify_history(owner)
    assert [(w.product_id, w.table, w.day, w.stored, w.expected) for w in wrong] == [
        (b.id, "stock_closing", D0, 110000, 40000)]
    rows, _weeks = inv.rebuild_history(owner)
    assert rows >= 2 and inv.verify_history(owner) == []
    assert any(e.action == "rebuild stock history" for e in app.audit.list(owner, limit=5))
    assert any("1 product disagreed" in e.summary for e in app.audit.list(owner, limit=5))


def test_cli_history_check_and_rebuild(app, owner, data_dir, cli_login, capsys):
    inv = app.inventory
    a = inv.create_product(owner, "A", "Apple", cost="2", price="5")
    inv.adjust_stock(owner, a.id, "10", "delivery", day=D0)
    cli_login("olivia")
    assert cli.run(["--data-dir", str(data_dir), "inventory", "history", "--as", "olivia"]) == 0
    assert "agrees with the ledger" in capsys.readouterr().out
    _plant(app, owner, a.id)
    assert cli.run(["--data-dir", str(data_dir), "inventory", "history", "--as", "olivia"]) == 1
    captured = capsys.readouterr()
    assert "1 product's stock history disagrees" in captured.err and "A" not in captured.err.split(";")[1]
    assert cli.run(["--data-dir", str(data_dir), "inventory", "history", "--rebuild", "--as", "olivia"]) == 0
    assert "agrees with the ledger" in capsys.readouterr().out


@pytest.mark.sqlite_only("downgrades the file's inventory branch to before the aggregates")
@pytest.mark.slow
def test_older_shop_upgrades_with_the_aggregates_backfilled(tmp_path: Path):
    """A shop taken back to before the aggregates (tables gone) upgrades: the migration fills them
    from the ledger, they verify, and the stock and sales reports give the figures a walk through
    the ledger gives (the way the reports were computed before the aggregates) — with sales, a
    count, a backdated correction, history older than the count and an on-hand set outside the ledger."""
    import numpy as np
    from alembic import command

    from core.app import Deskmate
    from core.kernel.clock import FixedClock
    from core.kernel.reports import whole_weeks
    from core.kernel.storage import alembic_config, script_directory
    from datetime import datetime, timezone

    clock = FixedClock(datetime(2026, 11, 30, 12, tzinfo=timezone.utc))
    data = tmp_path / "shop"
    data.mkdir()
    app = Deskmate.open(data, clock=clock)
    owner = app.users.create_first_owner("olivia", "correct horse battery", "Olivia").actor
    inv = app.inventory
    rng = np.random.default_rng(3)
    ids = [inv.create_product(owner, f"P{i}", f"Product {i}", cost=f"{i + 1}.25", price=f"{2 * i + 3}").id
           for i in range(6)]
    today = app.today()
    moves = [ledger.Move(pid, today - timedelta(days=k), "sale", -Decimal(int(rng.poisson(3))))
             for k in range(1, 90) for pid in ids[:5]]
    moves += [ledger.Move(pid, today - timedelta(days=k), "receipt", Decimal(40))
              for k in range(2, 90, 9) for pid in ids[:4]]
    with app.db.uow() as s:
        ledger.post(s, owner, [m for m in moves if m.quantity], clock.now())
    inv.stocktake(owner, {ids[0]: 7, ids[5]: 12}, day=today - timedelta(days=20))
    inv.adjust_stock(owner, ids[1], "-15", "broken", day=today - timedelta(days=40))        # backdated
    with app.db.uow() as s:        # on-hand changed outside the ledger, as the demo's data-quality case
        s.execute(text("UPDATE product SET on_hand = on_hand - 30000 WHERE id = :p"), {"p": ids[2]})
        from core.kernel.audit import record
        record(s, owner, area="inventory", action="test on-hand", entity="product", entity_id=ids[2], summary="x")
    app.close()
    mine = next(r for r in script_directory().walk_revisions()
                if "stock closing per product and day" in (r.doc or "") and "inventory" in r.revision)
    command.downgrade(alembic_config(f"sqlite:///{data / 'deskmate.sqlite3'}"), mine.down_revision)
    with sqlite3.connect(data / "deskmate.sqlite3") as c:
        tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "stock_closing" not in tables and "product_week" not in tables
    app = Deskmate.open(data, clock=clock)
    try:
        assert app.inventory.verify_history(owner) == []
        for period in (whole_weeks(today, 4), whole_weeks(today, 4).previous(),
                       type(whole_weeks(today, 4))(today - timedelta(days=45), today)):
            stock = app.reports.run(owner, "stock", period.start, period.end)
            sales = app.reports.run(owner, "sales", period.start, period.end)
            expected = _walked_from_ledger(app, period)
            series = {x.name: x.values for x in stock.series}
            assert series["stock value at cost"] == expected["value"]
            assert series["days a product was sold out"] == expected["out"]
            assert sum(expected["out"]) > 0
            assert {x.name: x.values for x in sales.series}["units sold"] == expected["units"]
    finally:
        app.close()


def _walked_from_ledger(app, period):
    """The stock report's series worked out as it was before the aggregates: each product's level on
    a day is today's on-hand minus every counting movement since, walked back day by day."""
    from collections import defaultdict

    from core.inventory.reports import SELLING_WINDOW_DAYS
    from core.kernel.reports import dec
    weeks = period.weeks()
    with app.db.read() as s:
        products = {pid: (Decimal(on_hand).scaleb(-4), Decimal(cost).scaleb(-4)) for pid, on_hand, cost in s.execute(
            text("SELECT id, on_hand, cost FROM product WHERE active"))}
        moves: dict[int, dict[date, int]] = defaultdict(lambda: defaultdict(int))
        first: dict[int, date] = {}
        for pid, d, q, counts in s.execute(text("SELECT product_id, day, quantity, counts FROM stock_movement")):
            d = history.as_date(d)
            first[pid] = min(first.get(pid, d), d)
            if counts:
                moves[pid][d] += int(q)
        sells = {pid for pid, d, q in s.execute(text("SELECT product_id, day, quantity FROM sales_daily"))
                 if q > 0 and period.end - timedelta(days=SELLING_WINDOW_DAYS) < history.as_date(d) <= period.end}
        units = [0] * len(weeks)
        for _pid, d, q in s.execute(text("SELECT product_id, day, quantity FROM sales_daily")):
            i = period.week_index(history.as_date(d))
            if i is not None and _pid in products:
                units[i] += int(q)
    value = [Decimal(0)] * len(weeks)
    out = [0] * len(weeks)
    for pid, (on_hand, cost) in products.items():
        since = sum(q for d, q in moves[pid].items() if d > period.end)
        level = on_hand - Decimal(since).scaleb(-4)
        d = period.end
        while d >= period.start:
            i = period.week_index(d)
            if d == weeks[i].end and level > 0:
                value[i] += level * cost
            if pid in sells and level <= 0 and pid in first and d >= first[pid]:
                out[i] += 1
            level -= Decimal(moves[pid].get(d, 0)).scaleb(-4)
            d -= timedelta(days=1)
    return {"value": tuple(dec(v) for v in value), "out": tuple(Decimal(v) for v in out),
            "units": tuple(Decimal(u).scaleb(-4) for u in units)}


def test_products_that_sold_recently_are_read_from_the_weeks_and_agree_with_the_days(app, owner):
    """The stock report's "sold in the 56 days up to the end" from product_week and a few daily
    rows: a week that nets to nothing but had a sale counts, returns alone do not, a sale on a day
    outside the window's whole weeks counts — exactly as reading every day would say."""
    from core.inventory.reports import SELLING_WINDOW_DAYS, _sold_recently
    inv = app.inventory
    ids = [inv.create_product(owner, f"S{i}", f"Product {i}", cost="1", price="2").id for i in range(5)]
    end = date(2026, 11, 26)                          # a Thursday: the window starts on a Friday
    moves = [ledger.Move(ids[0], date(2026, 11, 10), "sale", Decimal(-2)),        # nets to 0 in its week
             ledger.Move(ids[0], date(2026, 11, 11), "return", Decimal(2)),
             ledger.Move(ids[1], date(2026, 11, 12), "return", Decimal(3)),       # only a return
             ledger.Move(ids[2], end - timedelta(days=SELLING_WINDOW_DAYS - 1), "sale", Decimal(-1)),  # first day
             ledger.Move(ids[3], end, "sale", Decimal(-1)),                       # the last day, mid-week
             ledger.Move(ids[4], end - timedelta(days=SELLING_WINDOW_DAYS), "sale", Decimal(-1))]    # a day early
    with app.db.uow() as s:
        ledger.post(s, owner, moves, app.clock.now())
    with app.db.read() as s:
        got = _sold_recently(s, end)
        daily = {pid for (pid,) in s.execute(text(
            "SELECT DISTINCT product_id FROM sales_daily WHERE day > :a AND day <= :b AND quantity > 0"),
            {"a": (end - timedelta(days=SELLING_WINDOW_DAYS)).isoformat(), "b": end.isoformat()})}
    assert got == daily == {ids[0], ids[2], ids[3]}
