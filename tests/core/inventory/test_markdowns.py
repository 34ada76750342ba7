"""Markdowns for slow movers: known answers for the rule, then the job end to end — drafted with
the margin effect and the expected sell-through, the price changed only when a person approves,
for the stated period, and put back when it ends (all audited)."""
from __future__ import annotations

from datetime import timedelta
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.inbox.models import Suggestion
from core.inbox.reason import card_shown
from core.inbox.texts import shown
from core.inventory import markdowns
from core.inventory.models import PriceMarkdown
from core.kernel.audit import AuditEntry


def test_propose_known_answers():
    # 28.6 weeks of stock at 0.5 a day: 10 % off (+20 % demand) brings it to 23.8 weeks
    m = markdowns.propose(100, 0.5, D("3.50"), D("1.20"))
    assert m.pct == D("0.10") and m.new_price == D("3.15")
    assert round(m.cover_weeks, 1) == 28.6 and round(m.cover_weeks_after, 1) == 23.8
    assert m.margin == (D("2.30"), D("1.95"))
    assert m.sell_through == (0.14, 0.168)                     # 14 of 100 in 28 days, then 16.8
    # far slower: no step gets under half a year, so the largest one above cost
    assert markdowns.propose(400, 0.5, D("3.50"), D("1.20")).pct == D("0.30")
    # never below cost: 20 % off 2.00 is 1.60, under the 1.75 it cost
    assert markdowns.propose(400, 0.5, D("2.00"), D("1.75")).pct == D("0.10")
    assert markdowns.propose(400, 0.5, D("2.00"), D("1.95")) is None
    # not slow, no sales, no stock: nothing
    assert markdowns.propose(50, 0.5, D("3.50"), D("1.20")) is None     # 14 weeks
    assert markdowns.propose(400, 0, D("3.50"), D("1.20")) is None
    assert markdowns.propose(0, 0.5, D("3.50"), D("1.20")) is None


@given(st.floats(1, 10_000), st.floats(0.01, 100), st.decimals(D("0.50"), D("500"), places=2),
       st.decimals(D("0"), D("1"), places=2))
def test_a_markdown_keeps_a_margin_and_only_speeds_up_selling(on_hand, daily, price, cost_share):
    cost = (price * cost_share).quantize(D("0.01"))
    m = markdowns.propose(on_hand, daily, price, cost)
    if m is None:
        return
    assert m.cover_weeks > markdowns.COVER_WEEKS
    assert cost < m.new_price < price and m.pct in markdowns.STEPS
    assert m.cover_weeks_after < m.cover_weeks
    before, after = m.sell_through
    assert 0 < before <= after <= 1


def test_the_job_drafts_a_markdown_and_approving_changes_the_price_for_the_period(app, owner, shop, clock):
    bread = shop["bread"]
    # a big delivery: about 30 weeks of stock at ~20 a day
    app.inventory.stocktake(owner, {bread.id: D(4200)})
    res = app.automation.run_now(owner, markdowns.JOB)
    assert res.created == 1
    with app.db.read() as s:
        item = s.query(Suggestion).filter_by(job_id=markdowns.JOB).one()
    assert item.subject_id == str(bread.id) and item.machine_drafted
    assert "% off for 28 days" in shown(item.title)
    inputs = dict(card_shown(item.reason)["inputs"])
    for label in ("weeks of cover now", "margin a unit: now, after",
                  "expected sell-through in the period: now, after", "expected gross margin in the period: now, after"):
        assert inputs[label], label
    assert item.payload["old_price"] == "3.50" and D(item.payload["new_price"]) < D("3.50")
    assert app.inventory.product_by_sku("BRD").price == D("3.50")          # nothing changed yet

    # the owner approves a 14-day markdown at 3.00
    app.inbox.decide(owner, item.id, "edit", payload={**item.payload, "new_price": "3.00", "days": 14},
                     reason="two weeks is enough")
    assert app.inventory.product_by_sku("BRD").price == D("3.00")
    with app.db.read() as s:
        (m,) = s.query(PriceMarkdown).all()
        assert (m.old_price, m.new_price, (m.end_day - m.start_day).days) == (D("3.50"), D("3.00"), 13)
        assert s.query(AuditEntry).filter_by(area="inventory", action="markdown").count() == 1
    assert app.automation.run_now(owner, markdowns.JOB).created == 0       # one running: none new

    # the period ends: the next run puts the old price back (audited)
    clock.advance(timedelta(days=14))
    res = app.automation.run_now(owner, markdowns.JOB)
    assert "1 ended" in res.notes
    assert app.inventory.product_by_sku("BRD").price == D("3.50")
    with app.db.read() as s:
        assert s.query(PriceMarkdown).one().restored_at is not None
        assert s.query(AuditEntry).filter_by(area="inventory", action="markdown ended").count() == 1


def test_a_price_changed_meanwhile_is_not_overwritten(app, owner, shop, clock):
    bread = shop["bread"]
    app.inventory.stocktake(owner, {bread.id: D(4200)})
    app.automation.run_now(owner, markdowns.JOB)
    with app.db.read() as s:
        item = s.query(Suggestion).filter_by(job_id=markdowns.JOB).one()
    app.inbox.decide(owner, item.id, "approve")
    app.inventory.update_product(owner, bread.id, price="2.80")
    clock.advance(timedelta(days=40))
    app.automation.run_now(owner, markdowns.JOB)
    assert app.inventory.product_by_sku("BRD").price == D("2.80")


def test_a_rejection_holds_the_product_back_until_its_cover_is_much_worse(app, owner, shop):
    bread = shop["bread"]
    app.inventory.stocktake(owner, {bread.id: D(4200)})
    app.automation.run_now(owner, markdowns.JOB)
    with app.db.read() as s:
        item = s.query(Suggestion).filter_by(job_id=markdowns.JOB).one()
    cover = item.payload["cover_weeks"]
    assert cover > markdowns.COVER_WEEKS
    app.inbox.decide(owner, item.id, "reject", reason="it keeps for months")
    res = app.automation.run_now(owner, markdowns.JOB)
    assert res.created == 0 and "1 held back after a rejection" in res.notes
    # another big delivery: more than 1.5 × the cover the owner said no to
    app.inventory.stocktake(owner, {bread.id: D(4200 * 2)})
    res = app.automation.run_now(owner, markdowns.JOB)
    assert res.created == 1
    with app.db.read() as s:
        new = s.query(Suggestion).filter_by(job_id=markdowns.JOB, state="new").one()
    assert new.payload["cover_weeks"] >= markdowns.RELEARN * cover


def test_compare_markdowns_known_answer():
    drafted = {1: D("0.10"), 2: D("0.20"), 3: D("0.30")}
    cut = {1: D("0.14"), 2: D("0.30"), 9: D("0.50")}          # 1 within 5 points, 2 ten points off
    assert markdowns.compare_markdowns(drafted, cut) == (
        "would have marked down 3 products; people cut the price of 2 of them by hand, 1 by about the same share "
        "(within 5 points); other products people cut: 1")
    assert markdowns.compare_markdowns({4: D("0.10")}, {}) == (
        "would have marked down 1 product; people cut the price of 0 of them by hand, 0 by about the same share "
        "(within 5 points); other products people cut: 0")


def test_in_pilot_no_price_changes_and_the_payoff_compares_with_price_cuts_people_made(app, owner, shop, clock):
    """A hand-made week: the pilot would mark the overstocked bread down; a person cuts the bread's
    price by the same 10 % by hand and the croissant's by a third; a price rise is not a cut."""
    from core.inbox.service import InboxFilter
    bread, croissant, muffin = shop["bread"], shop["croissant"], shop["muffin"]
    app.inventory.stocktake(owner, {bread.id: D(4200)})
    assert app.automation.update_job(owner, markdowns.JOB, mode="pilot").mode == "pilot"
    assert app.automation.run_now(owner, markdowns.JOB).created == 1
    assert app.inbox.list(InboxFilter(kind=markdowns.KIND)) == []
    assert app.inventory.product_by_sku("BRD").price == D("3.50")           # the pilot changed no price
    with app.db.read() as s:
        (draft,) = s.query(Suggestion).filter_by(job_id=markdowns.JOB).all()
    assert draft.state == "pilot"
    share = (D(draft.payload["old_price"]) - D(draft.payload["new_price"])) / D(draft.payload["old_price"])
    app.inventory.update_product(owner, bread.id, price=str((D("3.50") * (1 - share)).quantize(D("0.01"))))
    app.inventory.update_product(owner, croissant.id, price="1.05")
    app.inventory.update_product(owner, muffin.id, price="2.40")
    today = app.today()
    p = next(x for x in app.automation.payoff(today, today) if x.job_id == markdowns.JOB)
    assert p.mode == "pilot" and p.pilot == (
        "1 pilot draft against the price cuts people made by hand: would have marked down 1 product; people cut "
        "the price of 1 of them by hand, 1 by about the same share (within 5 points); other products people cut: 1")


def test_first_step_for_stock_that_does_not_sell():
    m = markdowns.propose_first_step(40, D("2.00"), D("0.50"))
    assert (m.pct, m.new_price, m.days) == (D("0.10"), D("1.80"), 28)
    assert m.cover_weeks == float("inf") and m.sell_through == (0.0, 0.0)
    assert markdowns.propose_first_step(40, D("2.00"), D("1.95")) is None              # every step under cost
    assert markdowns.propose_first_step(0, D("2.00"), D("0.50")) is None


def test_stock_that_has_not_sold_for_weeks_gets_the_first_step_and_says_so(app, owner, shop, clock):
    """A hand-made history: jam delivered 20 weeks ago, its last sale 11 weeks ago, 40 jars on the
    shelf; a vase delivered 4 weeks ago that never sold is too new to judge."""
    from core.inventory import ledger
    inv, today = app.inventory, app.today()
    jam = inv.create_product(owner, "JAM", "Plum jam", cost="1.50", price="4.00")
    vase = inv.create_product(owner, "VAS", "Glass vase", cost="6.00", price="15.00")
    with app.db.uow() as s:
        ledger.post(s, owner, [ledger.Move(jam.id, today - timedelta(days=140), "receipt", D(50)),
                               ledger.Move(jam.id, today - timedelta(days=120), "sale", D(-6)),
                               ledger.Move(jam.id, today - timedelta(days=80), "sale", D(-4)),
                               ledger.Move(vase.id, today - timedelta(days=28), "receipt", D(3))],
                    app.clock.now())
    res = app.automation.run_now(owner, markdowns.JOB)
    assert res.created == 1
    with app.db.read() as s:
        item = s.query(Suggestion).filter_by(job_id=markdowns.JOB).one()
    assert item.subject_id == str(jam.id)
    assert shown(item.title) == "Markdown JAM Plum jam: 10% off for 28 days (no sale in 11 weeks)"
    assert item.payload == {"product_id": jam.id, "old_price": "4.00", "new_price": "3.60", "days": 28,
                            "cover_weeks": None, "no_sale_weeks": 11}
    card = card_shown(item.reason)
    inputs = dict(card["inputs"])
    assert inputs["weeks of cover now"] == "no end (no sales)" and inputs["weeks without a sale"] == 11
    assert inputs["last sale"] == app.formats().date(today - timedelta(days=80))
    assert inputs["expected sell-through in the period: now, after"].startswith("cannot be estimated")
    assert "has not sold for 11 weeks with 40 on hand" in card["explanation"]
    # rejected: held back until 1.5 × 11 weeks without a sale (the shop's other products stop
    # selling as the clock moves past their history: only the jam is looked at here)
    app.inbox.decide(owner, item.id, "reject", reason="it sells at Christmas")

    def jam_items(state):
        with app.db.read() as s:
            return s.query(Suggestion).filter_by(job_id=markdowns.JOB, subject_id=str(jam.id), state=state).all()
    clock.advance(timedelta(days=28))
    res = app.automation.run_now(owner, markdowns.JOB)
    assert jam_items("new") == [] and "1 held back after a rejection" in res.notes
    clock.advance(timedelta(days=21))                                     # 18 weeks ≥ 16.5
    app.automation.run_now(owner, markdowns.JOB)
    (new,) = jam_items("new")
    assert new.payload["no_sale_weeks"] == 18
    # approved: the price changes for the period like any markdown
    app.inbox.decide(owner, new.id, "approve")
    assert inv.product_by_sku("JAM").price == D("3.60")


def test_perishable_lots_and_what_expires_known_answers():
    from datetime import date
    today = date(2026, 12, 1)
    # bread that sells for 2 days: 30 came yesterday, 40 today, 50 on hand → FIFO: 10 of yesterday's, 40 of today's
    lots = markdowns.lots_on_hand([(today - timedelta(days=1), 30), (today, 40)], 50, 2)
    assert [(lot.received, lot.quantity, lot.last_day) for lot in lots] == [
        (today - timedelta(days=1), 10, today), (today, 40, today + timedelta(days=1))]
    # 20 a day: today 10 old + 10 new, tomorrow 20 new, then 10 new are thrown away
    assert markdowns.sell_by_day(lots, 20, today) == (40, 10)
    m = markdowns.propose_perishable(lots, 20, D("3.50"), D("1.20"), today)
    # 10 % off: 24 a day leaves 2; 20 % off: 28 a day sells all 50
    assert (m.pct, m.new_price, m.days, m.sold, m.expiring) == (D("0.20"), D("2.80"), 2, (40, 50), (10, 0))
    assert m.period_margin == (D("2.30") * 40 - D("1.20") * 10, D("1.60") * 50)
    # selling all of it in time at the pace: nothing to propose; a lot already past is left out
    assert markdowns.propose_perishable(lots, 25, D("3.50"), D("1.20"), today) is None
    stale = markdowns.lots_on_hand([(today - timedelta(days=5), 30)], 30, 2)
    assert markdowns.propose_perishable(stale, 5, D("3.50"), D("1.20"), today) is None


@given(st.lists(st.tuples(st.integers(0, 10), st.integers(1, 60)), min_size=1, max_size=6),
       st.integers(1, 5), st.floats(0.5, 40))
def test_fifo_never_sells_or_wastes_more_than_is_on_the_shelf(receipts, shelf, daily):
    from datetime import date
    today = date(2026, 12, 1)
    on_hand = sum(q for _k, q in receipts) * 0.7
    lots = markdowns.lots_on_hand([(today - timedelta(days=k), float(q)) for k, q in receipts], on_hand, shelf)
    live = sum(lot.quantity for lot in lots if lot.last_day >= today)
    sold, waste = markdowns.sell_by_day(lots, daily, today)
    assert sold + waste == pytest.approx(live) and sold >= 0 and waste >= 0
    faster = markdowns.sell_by_day(lots, daily * 1.4, today)
    assert faster[1] <= waste + 1e-9                       # a markdown never makes more expire


def test_a_perishable_gets_a_markdown_for_the_days_left_on_the_stock_that_would_expire(app, owner, clock):
    from core.inventory import ledger
    inv, today = app.inventory, app.today()
    bread = inv.create_product(owner, "DAY", "Day-old loaf", cost="1.20", price="3.50", shelf_life_days=2)
    assert inv.product_by_sku("DAY").shelf_life_days == 2
    moves = [ledger.Move(bread.id, today - timedelta(days=61), "receipt", D(1180)),
             ledger.Move(bread.id, today - timedelta(days=1), "receipt", D(30)),
             ledger.Move(bread.id, today, "receipt", D(40))]
    moves += [ledger.Move(bread.id, today - timedelta(days=k), "sale", D(-20)) for k in range(1, 61)]
    with app.db.uow() as s:
        ledger.post(s, owner, moves, app.clock.now())
    assert inv.product_by_sku("DAY").on_hand == 50
    assert app.automation.run_now(owner, markdowns.JOB).created == 1
    with app.db.read() as s:
        item = s.query(Suggestion).filter_by(job_id=markdowns.JOB).one()
    assert shown(item.title) == "Markdown DAY Day-old loaf: 20% off for 2 days (10 would expire unsold)"
    assert item.payload == {"product_id": bread.id, "old_price": "3.50", "new_price": "2.80", "days": 2,
                            "cover_weeks": None, "expiring": 10.0}
    assert item.expires_on == today + timedelta(days=1)
    card = card_shown(item.reason)
    inputs = dict(card["inputs"])
    assert inputs["expected to expire unsold: now, after"] == "10, 0" and inputs["shelf life (days)"] == 2
    assert "will pass their 2 days of shelf life unsold" in card["explanation"]
    app.inbox.decide(owner, item.id, "approve")
    assert inv.product_by_sku("DAY").price == D("2.80")


@pytest.mark.parametrize("header", ["Shelf life", "Haltbarkeit", "Vida útil (días)"])
def test_the_product_import_reads_the_shelf_life_under_its_names(app, owner, tmp_path, header):
    f = tmp_path / "products.csv"
    f.write_text(f"SKU,Name,{header}\nBRD,Bread,1\nMLK,Milk,7\nJAM,Jam,\n", encoding="utf-8")
    app.inventory.import_file(owner, "products", f)
    assert {p.sku: p.shelf_life_days for p in app.inventory.products()} == {"BRD": 1, "MLK": 7, "JAM": None}
    bad = tmp_path / "bad.csv"
    bad.write_text(f"SKU,Name,{header}\nEGG,Eggs,1.5\n", encoding="utf-8")
    from core.kernel.errors import ValidationError
    with pytest.raises(ValidationError, match=r"row 2, column '.+': the shelf life is whole days from 1 to 3650"):
        app.inventory.import_file(owner, "products", bad)
    assert "EGG" not in {p.sku for p in app.inventory.products()}


def test_the_shelf_life_is_whole_days_or_blank(app, owner):
    from core.kernel.errors import ValidationError
    p = app.inventory.create_product(owner, "MLK", "Milk", price="1.00", shelf_life_days="7")
    assert p.shelf_life_days == 7
    assert app.inventory.update_product(owner, p.id, shelf_life_days="").shelf_life_days is None
    for bad in ("0", "2.5", "-1", "4000", "soon"):
        with pytest.raises(ValidationError):
            app.inventory.update_product(owner, p.id, shelf_life_days=bad)


def test_cli_sets_and_shows_the_shelf_life(app, owner, data_dir, cli_login, capsys):
    import json

    from core.cli import run
    app.inventory.create_product(owner, "BRD", "Bread", cost="1.20", price="3.50")
    app.close()
    cli_login("olivia")
    base = ["--data-dir", str(data_dir), "inventory", "product", "BRD"]
    assert run([*base, "--shelf-life-days", "2"]) == 0
    assert "shelf life 2 days" in capsys.readouterr().out
    assert run([*base, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["shelf_life_days"] == 2
    assert run([*base, "--shelf-life-days", "none"]) == 0
    assert "keeps (no shelf life)" in capsys.readouterr().out
    assert run([*base, "--shelf-life-days", "1.5"]) != 0


def test_the_bakerys_bread_with_a_one_day_shelf_life(app, owner):
    """The Bread Basket's real sales (bread about 20 a day): the morning's bake is 1.3 × the day's
    pace with a shelf life of one day, so 0.3 × the pace would be thrown away tonight; 10 % off
    (1.2 ×) still leaves some, 20 % off (1.4 ×) sells it all — the job proposes 20 % for today."""
    from datetime import date

    from core.inventory import ledger
    from tests.conftest import shared_file
    app.inventory.import_file(owner, "sales", shared_file("bakery", "BreadBasket_DMS.csv"))
    day = date(2017, 4, 10)
    bread = app.inventory.product_by_sku("BREAD")
    pace = next(r for r in app.inventory.policy(day) if r["sku"] == "BREAD")["forecast_daily"]
    assert 10 < pace < 40
    bake = round(D(str(pace)) * D("1.3"), 1)
    app.inventory.update_product(owner, bread.id, price="2.50", cost="0.60", shelf_life_days=1)
    with app.db.uow() as s:
        ledger.post(s, owner, [ledger.Move(bread.id, day, "receipt", -bread.on_hand + bake)], app.clock.now())
    assert app.inventory.product_by_sku("BREAD").on_hand == bake
    assert app.automation.run_now(owner, markdowns.JOB, as_of=day).created == 1
    with app.db.read() as s:
        item = s.query(Suggestion).filter_by(job_id=markdowns.JOB, subject_id=str(bread.id)).one()
    assert (item.payload["new_price"], item.payload["days"]) == ("2.00", 1)
    assert item.payload["expiring"] == pytest.approx(float(bake) - float(pace), abs=0.1)
    assert item.expires_on == day
