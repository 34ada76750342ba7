"""Inventory's trend reports: sales by week and product group with the fastest and slowest movers,
and stock value, stockout product-days and turnover by week.

Both read the daily sales table and the stock ledger on their (day, product) indexes, once per
period; stock levels of past days are worked back from today's on-hand through the ledger, the way
the Stock history chart does.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from core.inventory.models import Product, SalesDaily, StockMovement
from core.kernel.reports import Computed, Figure, Period, ReportSpec, Series, Table, dec, register_report

if TYPE_CHECKING:
    from core.app import Deskmate

#: A product "sells" (its empty days count as stockouts) when it sold in this many days up to the period's end.
SELLING_WINDOW_DAYS = 56
MOVERS = 5
UNGROUPED = "(no group)"


def _sales_by_day(s: Any, first: date, last: date) -> list[tuple[int, date, Decimal]]:
    return list(s.execute(select(SalesDaily.product_id, SalesDaily.day, SalesDaily.quantity)
                          .where(SalesDaily.day >= first, SalesDaily.day <= last)).all())


def _products(s: Any) -> dict[int, Product]:
    return {p.id: p for p in s.scalars(select(Product).where(Product.active.is_(True)))}


def _sales(app: "Deskmate", period: Period) -> Computed:
    n = len(period.weeks())
    with app.db.read() as s:
        products = _products(s)
        rows = _sales_by_day(s, period.start, period.end)
        moves = _moves_after(s, period.end)
    units_w = [Decimal(0)] * n
    value_w = [Decimal(0)] * n
    per_product: dict[int, Decimal] = defaultdict(Decimal)
    groups: dict[str, list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
    for pid, day, q in rows:
        p = products.get(pid)
        i = period.week_index(day)
        if p is None or i is None:
            continue
        units_w[i] += q
        value_w[i] += q * p.price
        per_product[pid] += q
        g = groups[p.category or UNGROUPED]
        g[0] += q
        g[1] += q * p.price
    total_units, total_value = sum(units_w, Decimal(0)), sum(value_w, Decimal(0))
    group_rows = tuple((name, u, dec(v), dec(100 * v / total_value, 1) if total_value else None)
                       for name, (u, v) in sorted(groups.items(), key=lambda kv: (-kv[1][1], kv[0])))
    weeks = Decimal(period.days) / 7

    def mover(pid: int) -> tuple[Any, ...]:
        p = products[pid]
        return (f"{p.sku} {p.name}", per_product.get(pid, Decimal(0)), dec(per_product.get(pid, Decimal(0)) / weeks, 1),
                _level(p, moves.get(pid, {})), dec(max(_level(p, moves.get(pid, {})), Decimal(0)) * p.cost))
    fastest = sorted(per_product, key=lambda pid: (-per_product[pid], products[pid].sku))[:MOVERS]
    holding = [pid for pid, p in products.items() if _level(p, moves.get(pid, {})) > 0]
    slowest = sorted(holding, key=lambda pid: (per_product.get(pid, Decimal(0)), products[pid].sku))[:MOVERS]
    mover_cols = ("Product", "Units sold", "Units a week", "On hand at the end", "Stock value at cost")
    mover_units = ("text", "units", "units", "units", "money")
    return Computed(
        series=(Series("sales value", "money", tuple(dec(v) for v in value_w)),
                Series("units sold", "units", tuple(units_w))),
        figures=(Figure("sales_value", "Sales value", "money", dec(total_value), "up"),
                 Figure("units_sold", "Units sold", "units", total_units, "up"),
                 Figure("weekly_value", "Sales value a week (average)", "money", dec(total_value / weeks), "up"),
                 Figure("groups", "Product groups with sales", "count", Decimal(len(groups)))),
        tables=(Table("By product group", ("Product group", "Units sold", "Sales value", "Share of sales value %"),
                      ("text", "units", "money", "percent"), group_rows),
                Table("Fastest movers", mover_cols, mover_units, tuple(mover(pid) for pid in fastest)),
                Table("Slowest movers", mover_cols, mover_units, tuple(mover(pid) for pid in slowest))),
        how=("Units sold: net units per day from the imported sales (sales minus returns), added up by week "
             "(Monday to Sunday, the first and last week cut to the period).",
             "Sales value: units sold times each product's current selling price, so a price change "
             "rewrites the past at the new price.",
             f"Product group: the product's category; products without one are under \"{UNGROUPED}\".",
             f"Fastest movers: the {MOVERS} products that sold the most units; slowest movers: the "
             f"{MOVERS} products holding stock at the period's end that sold the fewest, with the stock "
             "value (at cost) they tie up."))


def _moves_after(s: Any, day: date) -> dict[int, dict[date, Decimal]]:
    """Counting ledger movements after ``day`` (up to today), per product and day."""
    out: dict[int, dict[date, Decimal]] = defaultdict(dict)
    for pid, d, q in s.execute(select(StockMovement.product_id, StockMovement.day, func.sum(StockMovement.quantity))
                               .where(StockMovement.counts.is_(True), StockMovement.day > day)
                               .group_by(StockMovement.product_id, StockMovement.day)):
        out[pid][d] = q
    return out


def _level(p: Product, moves_after: dict[date, Decimal]) -> Decimal:
    """On hand at the end of the day the movements start after: today's on-hand minus what moved since."""
    return p.on_hand - sum(moves_after.values(), Decimal(0))


def _stock(app: "Deskmate", period: Period) -> Computed:
    buckets = period.weeks()
    n = len(buckets)
    with app.db.read() as s:
        products = _products(s)
        moves = _moves_after(s, period.start - timedelta(days=1))
        sold_recently = set(s.scalars(select(SalesDaily.product_id).where(
            SalesDaily.day > period.end - timedelta(days=SELLING_WINDOW_DAYS), SalesDaily.day <= period.end,
            SalesDaily.quantity > 0).distinct()))
        sold = _sales_by_day(s, period.start, period.end)
        first_move = dict(s.execute(select(StockMovement.product_id, func.min(StockMovement.day))
                                    .group_by(StockMovement.product_id)).all())
    value_w = [Decimal(0)] * n
    stockout_w = [0] * n
    for pid, p in products.items():
        by_day = moves.get(pid, {})
        # end-of-day level on the period's last day, then walk back one day at a time
        level = p.on_hand - sum((q for d, q in by_day.items() if d > period.end), Decimal(0))
        sells = pid in sold_recently
        stocked_from = first_move.get(pid, period.end + timedelta(days=1))
        d = period.end
        while d >= period.start:
            i = period.week_index(d)
            assert i is not None
            if d == buckets[i].end and level > 0:
                value_w[i] += level * p.cost
            if sells and level <= 0 and d >= stocked_from:
                stockout_w[i] += 1
            level -= by_day.get(d, Decimal(0))
            d -= timedelta(days=1)
    cogs = sum((q * products[pid].cost for pid, _d, q in sold if pid in products), Decimal(0))
    average = sum(value_w, Decimal(0)) / n
    turnover = dec(cogs * Decimal(365) / period.days / average) if average > 0 else None
    return Computed(
        series=(Series("stock value at cost", "money", tuple(dec(v) for v in value_w)),
                Series("days a product was sold out", "days", tuple(Decimal(v) for v in stockout_w))),
        figures=(Figure("stock_value", "Stock value (at cost) at the end", "money", dec(value_w[-1])),
                 Figure("stockout_days", "Days a product was sold out", "days", Decimal(sum(stockout_w)), "down",
                        "Stockout product-days: for every product, the days it ended with nothing on the shelf, "
                        "added up (one product out for 3 days = 3)."),
                 Figure("cogs", "What the goods sold cost to buy", "money", dec(cogs)),
                 Figure("turnover", "Times the stock sells through in a year", "ratio", turnover, "up",
                        "Inventory turnover: the cost of a year's sales divided by the average stock value.")),
        how=("Stock on a past day: today's on-hand minus every stock movement recorded since (sales, "
             "receipts, adjustments, stocktakes), at the end of that day.",
             "Stock value: units on hand at the end of each week (Sunday, or the period's last day) "
             "times each product's current cost; products below zero count as none.",
             f"Days a product was sold out (stockout product-days): one for each day a product ended with nothing on hand, counted for "
             f"products that sold in the {SELLING_WINDOW_DAYS} days up to the period's end, from the day of "
             "their first stock movement (before it the shop did not stock them yet).",
             "Times the stock sells through in a year (inventory turnover): the cost of the goods sold in the period, scaled to a year, divided by the average "
             "of the weekly stock values; higher means stock sits on the shelf for less time."))


register_report(ReportSpec("sales", "Sales by week and group", "inventory",
                           "units and sales value by week and product group, the fastest and slowest movers",
                           _sales, position=10))
register_report(ReportSpec("stock", "Stock value and days sold out", "inventory",
                           "stock value, days a product was sold out and turnover by week", _stock, position=20))
