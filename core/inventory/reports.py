"""Inventory's trend reports: sales by week and product group with the fastest and slowest movers,
and stock value, stockout product-days and turnover by week.

Both read the daily sales table and the stock ledger on their (day, product) indexes, once per
period; stock levels of past days are worked back from today's on-hand through the ledger, the way
the Stock history chart does.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from core.automation.payoff import JobQuality, register_job_quality
from core.automation.pilot import PilotComparison, register_pilot_comparison
from core.inventory import figure_cache, history, inputs_version
from core.inventory.models import Product, PurchaseOrder, PurchaseOrderLine, SalesDaily, StockMovement
from core.kernel.i18n import N_, _, ngettext
from core.kernel.reports import (Computed, Figure, Period, ReportSpec, Series, Table, WeeklyMeasure, WeeklyValues, dec,
                                 register_measure, register_report)

if TYPE_CHECKING:
    from core.app import Deskmate

#: A product "sells" (its empty days count as stockouts) when it sold in this many days up to the period's end.
SELLING_WINDOW_DAYS = 56
MOVERS = 5
UNGROUPED = N_("(no group)")


def _sales_by_week(s: Any, period: Period) -> list[tuple[int, int, int]]:
    """(product, week index, units sold as a scaled integer) for the period, one row per product and week: whole weeks
    from ``product_week`` (kept by the ledger; by its key), a week cut by the period's start or end
    from the days of ``sales_daily`` it holds (on its covering index)."""
    weeks = period.weeks()
    whole = {w.start: i for i, w in enumerate(weeks) if w.start.weekday() == 0 and w.end.weekday() == 6}
    conn = s.connection()
    scaled: list[tuple[int, int, int]] = []
    scaled += history.weekly_sold(conn, whole)
    for i, w in enumerate(weeks):
        if w.start not in whole:
            scaled += [(pid, i, int(q)) for pid, q in history.fetch(
                conn, "SELECT product_id, SUM(quantity) FROM sales_daily WHERE day >= ? AND day <= ? "
                      "GROUP BY product_id", [w.start, w.end])]
    return scaled


@dataclass(frozen=True)
class ProductColumns:
    """The columns of a product the reports read."""

    id: int
    sku: str
    name: str
    category: str
    price: Decimal
    cost: Decimal
    on_hand: Decimal


def _products(s: Any) -> dict[int, ProductColumns]:
    """The active products, by id: only the columns the reports read, read raw (money and
    quantities are scaled integers: made Decimals here without the ORM's per-value processing)."""
    def d(v: Any) -> Decimal:
        return Decimal(int(v or 0)).scaleb(-4)
    return {pid: ProductColumns(pid, sku, name, category, d(price), d(cost), d(on_hand))
            for pid, sku, name, category, price, cost, on_hand in history.fetch(
                s.connection(), "SELECT id, sku, name, category, price, cost, on_hand FROM product WHERE active", [])}


def _sales(app: "Deskmate", period: Period) -> Computed:
    n = len(period.weeks())
    with app.db.read() as s:
        products = _products(s)
        rows = _sales_by_week(s, period)
        at_end = _levels_at_end(s, products, period.end)
    # units (4 places) and money (units × price: 8 places) added up as integers, Decimals once each
    units_w4 = [0] * n
    value_w8 = [0] * n
    per_product4: dict[int, int] = defaultdict(int)
    groups48: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    price4 = {pid: _scaled(p.price) for pid, p in products.items()}
    group_of = {pid: p.category or _(UNGROUPED) for pid, p in products.items()}
    for pid, i, q in rows:
        price = price4.get(pid)
        if price is None:
            continue
        units_w4[i] += q
        value_w8[i] += q * price
        per_product4[pid] += q
        g = groups48[group_of[pid]]
        g[0] += q
        g[1] += q * price
    units_w = [Decimal(u).scaleb(-4) for u in units_w4]
    value_w = [Decimal(v).scaleb(-8) for v in value_w8]
    per_product = {pid: Decimal(q).scaleb(-4) for pid, q in per_product4.items()}
    groups = {name: (Decimal(u).scaleb(-4), Decimal(v).scaleb(-8)) for name, (u, v) in groups48.items()}
    total_units, total_value = sum(units_w, Decimal(0)), sum(value_w, Decimal(0))
    group_rows = tuple((name, u, dec(v), dec(100 * v / total_value, 1) if total_value else None)
                       for name, (u, v) in sorted(groups.items(), key=lambda kv: (-kv[1][1], kv[0])))
    weeks = Decimal(period.days) / 7

    fastest, slowest = _movers(products, per_product, at_end, weeks)
    return Computed(
        series=(Series(_("sales value"), "money", tuple(dec(v) for v in value_w)),
                Series(_("units sold"), "units", tuple(units_w))),
        figures=(Figure("sales_value", _("Sales value"), "money", dec(total_value), "up"),
                 Figure("units_sold", _("Units sold"), "units", total_units, "up"),
                 Figure("weekly_value", _("Sales value a week (average)"), "money", dec(total_value / weeks), "up"),
                 Figure("groups", _("Product groups with sales"), "count", Decimal(len(groups)))),
        tables=(Table(_("By product group"), (_("Product group"), _("Units sold"), _("Sales value"), _("Share of sales value %")),
                      ("text", "units", "money", "percent"), group_rows),
                fastest, slowest),
        how=(_("Units sold: net units per day from the imported sales (sales minus returns), added up by week "
             "(Monday to Sunday, the first and last week cut to the period)."),
             _("Sales value: units sold times each product's current selling price, so a price change "
             "rewrites the past at the new price."),
             _("Product group: the product's category; products without one are under \"{none}\".").format(
                 none=_(UNGROUPED)),
             movers_how()))


MOVER_COLUMNS = (N_("Product"), N_("Units sold"), N_("Units a week"), N_("On hand at the end"),
                 N_("Stock value at cost"))
MOVER_UNITS = ("text", "units", "units", "units", "money")


def movers_how() -> str:
    return _("Fastest movers: the {n} products that sold the most units; slowest movers: the {n} products "
             "holding stock at the period's end that sold the fewest, with the stock value (at cost) they tie "
             "up.").format(n=MOVERS)


def _movers(products: dict[int, Any], per_product: dict[int, Decimal], at_end: dict[int, Decimal],
            weeks: Decimal) -> tuple[Table, Table]:
    """The fastest and the slowest movers of the period (``at_end``: each product's level at its end)."""
    def row(pid: int) -> tuple[Any, ...]:
        p = products[pid]
        level = at_end[pid]
        sold = per_product.get(pid, Decimal(0))
        return (f"{p.sku} {p.name}", sold, dec(sold / weeks, 1), level, dec(max(level, Decimal(0)) * p.cost))
    fastest = sorted((pid for pid in per_product if pid in products),
                     key=lambda pid: (-per_product[pid], products[pid].sku))[:MOVERS]
    holding = [pid for pid in products if at_end[pid] > 0]
    slowest = sorted(holding, key=lambda pid: (per_product.get(pid, Decimal(0)), products[pid].sku))[:MOVERS]
    columns = tuple(_(c) for c in MOVER_COLUMNS)
    return (Table(_("Fastest movers"), columns, MOVER_UNITS, tuple(row(pid) for pid in fastest)),
            Table(_("Slowest movers"), columns, MOVER_UNITS, tuple(row(pid) for pid in slowest)))


def _moved_since(s: Any, day: date) -> dict[int, Decimal]:
    """Per product, the net counting movement after ``day`` (to today): one row per product."""
    return dict(s.execute(select(StockMovement.product_id, func.sum(StockMovement.quantity))
                          .where(StockMovement.counts.is_(True), StockMovement.day > day)
                          .group_by(StockMovement.product_id)).all())


class Levels:
    """Products' stock at the end of past days, from the ledger's aggregates
    (``core/inventory/history.py``), as scaled integers (``history.SCALE``).

    A level is today's on-hand minus every counting movement since (as the Stock history chart works
    it out): the ledger's running sum on that day plus the product's on-hand less its ledger's total
    (``offset``) — 0 unless on-hand was changed outside the ledger, and then every day carries it."""

    def __init__(self, s: Any, products: dict[int, Any], days: list[date]) -> None:
        last = _ledger_totals(s)
        self.at = history.levels_at(s.connection(), days, last)
        self.offset = {pid: _scaled(p.on_hand) - last.get(pid, 0) for pid, p in products.items()}
        self.shifted = {pid: off for pid, off in self.offset.items() if off}

    def scaled(self, pid: int, day: date) -> int:
        r = self.at[day].get(pid)
        return self.offset[pid] + (r[0] if r else 0)

    def level(self, pid: int, day: date) -> Decimal:
        return Decimal(self.scaled(pid, day)).scaleb(-4)

    def out_through(self, pid: int, day: date) -> int:
        """Stockout days from the product's first movement through ``day`` (``offset`` 0 only)."""
        r = self.at[day].get(pid)
        return r[1] if r else 0


#: Each product's ledger total (its newest closing), kept per shop while nothing was written since:
#: a report reads it for its period and again for the one before.
_totals: dict[str, tuple[str | None, dict[int, int]]] = {}


def _ledger_totals(s: Any) -> dict[int, int]:
    key, version = str(s.get_bind().url), inputs_version.current(s)
    hit = _totals.get(key)
    if hit is None or hit[0] != version or version is None:
        if len(_totals) >= SNAPSHOTS_KEPT:
            _totals.pop(next(iter(_totals)))
        hit = _totals[key] = (version, history.last_closings(s.connection()))
    return hit[1]


def _scaled(q: Decimal) -> int:
    """A quantity or amount as the scaled integer it is stored as (4 places)."""
    return int(q.scaleb(4))


def _out_days_shifted(period: Period, before: history.Closing | None, rows: list[history.Closing],
                      offset: int) -> list[int]:
    """Per week, the days a product ended sold out when its levels carry ``offset`` (scaled: on-hand
    changed outside the ledger): day by day from its rows in the period, from its first movement."""
    out = [0] * len(period.weeks())
    current = before
    pending = list(rows)
    d = period.start
    while d <= period.end:
        while pending and pending[0].day <= d:
            current = pending.pop(0)
        if current is not None and offset + current.closing <= 0:
            out[period.week_index(d) or 0] += 1
        d += timedelta(days=1)
    return out


def _levels_at_end(s: Any, products: dict[int, Any], day: date) -> dict[int, Decimal]:
    levels = Levels(s, products, [day])
    return {pid: levels.level(pid, day) for pid in products}


def _sold_recently(s: Any, end: date) -> set[int]:
    """The products that sold (a day with more sold than returned) in the ``SELLING_WINDOW_DAYS`` up
    to ``end``. The window's whole weeks come from ``product_week`` by its key: a week that netted
    a sale settles it; the products whose weeks netted nothing, and the days outside whole weeks,
    are read from the daily sales (a few products, a few days) instead of every day of the window."""
    first = end - timedelta(days=SELLING_WINDOW_DAYS - 1)
    monday = first + timedelta(days=(7 - first.weekday()) % 7)
    whole = []
    while monday + timedelta(days=6) <= end:
        whole.append(monday)
        monday += timedelta(days=7)
    conn = s.connection()
    positive = "SELECT DISTINCT product_id FROM sales_daily WHERE day >= ? AND day <= ? AND quantity > 0"
    if not whole:
        return {pid for (pid,) in history.fetch(conn, positive, [first, end])}
    sure: set[int] = set()
    unsure: set[int] = set()
    for _w, pid, q in history.fetch(conn, "SELECT week, product_id, sold FROM product_week "
                                          f"WHERE week IN ({history.marks(whole)})", whole):
        (sure if q > 0 else unsure).add(pid)
    last = whole[-1] + timedelta(days=6)
    for a, b in ((first, whole[0] - timedelta(days=1)), (last + timedelta(days=1), end)):
        if a <= b:
            sure |= {pid for (pid,) in history.fetch(conn, positive, [a, b])}
    ids = sorted(unsure - sure)
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        sure |= {pid for (pid,) in history.fetch(conn, positive + f" AND product_id IN ({history.marks(part)})",
                                                 [whole[0], last, *part])}
    return sure


def _sold_by_product(s: Any, period: Period) -> dict[int, Decimal]:
    out: dict[int, int] = defaultdict(int)
    for pid, _i, q in _sales_by_week(s, period):
        out[pid] += q
    return {pid: Decimal(q).scaleb(-4) for pid, q in out.items()}


#: Policy snapshots (the planner's fit of every product) kept per shop and day, while the planner's
#: inputs are unchanged (:mod:`core.inventory.inputs_version`): the stock and forecast reports and the
#: reorder job's measure share one. What they keep of it lives on in :mod:`core.inventory.figure_cache`.
SNAPSHOTS_KEPT = 6
_snapshots: dict[tuple[str, date], tuple[str, Any]] = {}


def policy_snapshot(app: "Deskmate", s: Any, as_of: date) -> Any:
    """``app.inventory.snapshot(s, as_of)``, reused while the planner's inputs are unchanged."""
    key, version = (str(app.db.url), as_of), inputs_version.current(s)
    with figure_cache.one_at_a_time(("snapshot", key)):     # two threads asking at once fit once
        hit = _snapshots.get(key)
        if hit is not None and version is not None and hit[0] == version:
            return hit[1]
        snap = app.inventory.snapshot(s, as_of)
        if version is not None:
            if len(_snapshots) >= SNAPSHOTS_KEPT:
                _snapshots.pop(next(iter(_snapshots)))
            _snapshots[key] = (version, snap)
        return snap


def order_up_to_levels(app: "Deskmate", s: Any, as_of: date) -> dict[int, Decimal]:
    """Each active product's order-up-to level for ``as_of`` (the owner's maximum where set, else the
    policy's from the sales before ``as_of``); products without one are left out. Kept between runs
    (:mod:`core.inventory.figure_cache`) while the planner's inputs are unchanged."""
    def compute() -> list[list[Any]]:
        import math
        snap = policy_snapshot(app, s, as_of)
        out = []
        for i, p in enumerate(snap.products):
            cap = float(p.owner_max) if p.owner_max is not None else float(snap.plan.order_up_to[i])
            if not math.isnan(cap):
                out.append([p.id, str(Decimal(str(round(cap, 4))))])
        return out

    def valid(v: Any) -> bool:
        return isinstance(v, list) and all(isinstance(r, list) and len(r) == 2 and isinstance(r[0], int)
                                           and isinstance(r[1], str) and Decimal(r[1]).is_finite() for r in v)
    rows = figure_cache.kept(app.db, s, f"order_up_to|{as_of.isoformat()}", compute, valid)
    return {pid: Decimal(level) for pid, level in rows}


def _stock(app: "Deskmate", period: Period) -> Computed:
    buckets = period.weeks()
    n = len(buckets)
    before = period.start - timedelta(days=1)
    with app.db.read() as s:
        products = _products(s)
        levels = Levels(s, products, [before, *(b.end for b in buckets)])
        sold_recently = _sold_recently(s, period.end)
        sold_by_product = _sold_by_product(s, period)
        caps = order_up_to_levels(app, s, period.end + timedelta(days=1))
        # on-hand changed outside the ledger shifts every day's level: those products are walked day by day
        walk = [pid for pid in levels.shifted if pid in sold_recently]
        walked = history.closings_between(s.connection(), walk, period.start, period.end) if walk else {}
    # money added up in scaled integers (units × cost: 8 places), made Decimals once per week
    value_w8 = [0] * n
    above_w8 = [0] * n
    stockout_w = [0] * n
    cost4 = {pid: _scaled(p.cost) for pid, p in products.items()}
    cap4 = {pid: _scaled(cap) for pid, cap in caps.items()}
    shifted = levels.shifted
    for i, b in enumerate(buckets):
        at = levels.at[b.end]
        value = above = 0
        for pid, (level4, _out) in at.items():
            if pid not in cost4 or pid in shifted:
                continue
            if level4 > 0:
                value += level4 * cost4[pid]
                cap = cap4.get(pid)
                if cap is not None and level4 > cap:
                    above += (level4 - cap) * cost4[pid]
        for pid in shifted:          # on-hand changed outside the ledger: every day carries the difference
            level4 = levels.scaled(pid, b.end)
            if level4 > 0:
                value += level4 * cost4[pid]
                cap = cap4.get(pid)
                if cap is not None and level4 > cap:
                    above += (level4 - cap) * cost4[pid]
        value_w8[i], above_w8[i] = value, above
    # days sold out from the first movement through a day: a difference of two reads per week
    marks = [before] + [b.end for b in buckets]
    selling = [pid for pid in products if pid in sold_recently]
    for i in range(n):
        lo, hi = levels.at[marks[i]], levels.at[marks[i + 1]]
        stockout_w[i] = sum((hi[pid][1] if pid in hi else 0) - (lo[pid][1] if pid in lo else 0)
                            for pid in selling if pid not in shifted)
    for pid in selling:
        if pid in walked:
            for i, days in enumerate(_out_days_shifted(period, *walked[pid], levels.offset[pid])):
                stockout_w[i] += days
    value_w = [Decimal(v).scaleb(-8) for v in value_w8]
    above_w = [Decimal(v).scaleb(-8) for v in above_w8]
    cogs = sum((q * products[pid].cost for pid, q in sold_by_product.items() if pid in products), Decimal(0))
    average = sum(value_w, Decimal(0)) / n
    turnover = dec(cogs * Decimal(365) / period.days / average) if average > 0 else None
    fastest, slowest = _movers(products, sold_by_product, {pid: levels.level(pid, period.end) for pid in products},
                               Decimal(period.days) / 7)
    return Computed(
        series=(Series(_("stock value at cost"), "money", tuple(dec(v) for v in value_w)),
                Series(_("value above order-up-to"), "money", tuple(dec(v) for v in above_w)),
                Series(_("days a product was sold out"), "days", tuple(Decimal(v) for v in stockout_w))),
        figures=(Figure("stock_value", _("Stock value (at cost) at the end"), "money", dec(value_w[-1])),
                 Figure("stockout_days", _("Days a product was sold out"), "days", Decimal(sum(stockout_w)), "down",
                        _("Stockout product-days: for every product, the days it ended with nothing on the shelf, "
                        "added up (one product out for 3 days = 3).")),
                 Figure("above_upto", _("Stock value above the order-up-to level at the end"), "money",
                        dec(above_w[-1]), "down",
                        _("Value above order-up-to: stock beyond the level a reorder fills up to, at cost — money "
                        "tied up that the policy would not have ordered.")),
                 Figure("cogs", _("What the goods sold cost to buy"), "money", dec(cogs)),
                 Figure("turnover", _("Times the stock sells through in a year"), "ratio", turnover, "up",
                        _("Inventory turnover: the cost of a year's sales divided by the average stock value."))),
        how=(_("Stock on a past day: today's on-hand minus every stock movement recorded since (sales, "
             "receipts, adjustments, stocktakes), at the end of that day."),
             _("Stock value: units on hand at the end of each week (Sunday, or the period's last day) "
             "times each product's current cost; products below zero count as none."),
             _("Days a product was sold out (stockout product-days): one for each day a product ended with "
               "nothing on hand, counted for products that sold in the {days} days up to the period's end, from "
               "the day of their first stock movement (before it the shop did not stock them yet).").format(
                 days=SELLING_WINDOW_DAYS),
             _("Times the stock sells through in a year (inventory turnover): the cost of the goods sold in the period, scaled to a year, divided by the average "
             "of the weekly stock values; higher means stock sits on the shelf for less time."),
             _("Value above order-up-to: at the end of each week, the units beyond each product's order-up-to level "
             "times its cost; the level is the owner's maximum where one is set, else the one Deskmate's policy "
             "works out from the sales up to the period's end (products without enough history have none and "
             "count nothing)."),
             movers_how()),
        tables=(fastest, slowest))


register_report(ReportSpec("sales", N_("Sales by week and group"), "inventory",
                           N_("units and sales value by week and product group, the fastest and slowest movers"),
                           _sales, position=10))
register_report(ReportSpec("stock", N_("Stock value and days sold out"), "inventory",
                           N_("stock value, days a product was sold out and turnover by week"), _stock, position=20,
                           warm=True))


# ---------------------------------------------------------------------- forecast accuracy
#: Demand classes in the order the planner names them (Syntetos–Boylan), for the per-class table.
CLASS_WORDS = {"smooth": N_("smooth (sells most days, steady amounts)"),
               "erratic": N_("erratic (sells most days, amounts vary)"),
               "intermittent": N_("intermittent (sells on some days, steady amounts)"),
               "lumpy": N_("lumpy (sells on some days, amounts vary)")}


@dataclass
class Accuracy:
    """Sums for the weighted error (WAPE) and the bias over some product-days."""

    sold: float = 0.0
    abs_error: float = 0.0
    over: float = 0.0          # forecast minus sold, summed (positive: forecast too high)
    days: int = 0

    def add(self, sold: float, forecast: float) -> None:
        self.sold += sold
        self.abs_error += abs(forecast - sold)
        self.over += forecast - sold
        self.days += 1

    @property
    def wape(self) -> Decimal | None:
        return dec(100 * self.abs_error / self.sold, 1) if self.sold > 0 else None

    @property
    def bias(self) -> Decimal | None:
        return dec(100 * self.over / self.sold, 1) if self.sold > 0 else None


def accuracy_by_week(period: Period, window_start: date, sold: Any, forecast: Any, classes: Any,
                     last_day: date | None = None) -> tuple[list[Accuracy], dict[str, Accuracy], Accuracy]:
    """Per week, per demand class and overall: the one-step forecasts (``forecast[i, j]``, NaN where
    there was none) against what sold (``sold[i, j]``) on the days of ``period`` up to ``last_day``;
    column 0 is ``window_start``. Pure, so the arithmetic is tested on hand-made arrays."""
    import numpy as np
    weeks = [Accuracy() for _ in period.weeks()]
    per_class: dict[str, Accuracy] = defaultdict(Accuracy)
    total = Accuracy()
    Y, F = np.asarray(sold, dtype=float), np.asarray(forecast, dtype=float)
    if Y.ndim != 2 or Y.size == 0:
        return weeks, per_class, total
    first = max(period.start, window_start)
    end = min(period.end, last_day) if last_day is not None else period.end
    cols = [(d, (d - window_start).days) for d in (first + timedelta(days=k) for k in range((end - first).days + 1))]
    cols = [(d, j) for d, j in cols if 0 <= j < Y.shape[1]]
    if not cols:
        return weeks, per_class, total
    idx = np.array([j for _, j in cols])
    y, f = np.clip(Y[:, idx], 0, None), F[:, idx]
    ok = ~np.isnan(f)
    err, over = np.where(ok, np.abs(f - y), 0.0), np.where(ok, f - y, 0.0)
    sold_ok = np.where(ok, y, 0.0)

    def add(acc: Accuracy, rows: Any, cols_mask: Any) -> None:
        acc.sold += float(sold_ok[np.ix_(rows, cols_mask)].sum())
        acc.abs_error += float(err[np.ix_(rows, cols_mask)].sum())
        acc.over += float(over[np.ix_(rows, cols_mask)].sum())
        acc.days += int(ok[np.ix_(rows, cols_mask)].sum())
    every_row = np.arange(Y.shape[0])
    week_of = np.array([period.week_index(d) for d, _ in cols])
    for wi in range(len(weeks)):
        in_week = np.flatnonzero(week_of == wi)
        if in_week.size:
            add(weeks[wi], every_row, in_week)
    every_col = np.arange(len(cols))
    names = np.array([str(c) for c in classes])
    for name in sorted(set(names)):
        rows = np.flatnonzero(names == name)
        if int(ok[rows].sum()):
            add(per_class[name], rows, every_col)
    add(total, every_row, every_col)
    return weeks, per_class, total


def _sums(a: Accuracy) -> list[Any]:
    return [a.sold, a.abs_error, a.over, a.days]


def _accuracy(v: list[Any]) -> Accuracy:
    return Accuracy(float(v[0]), float(v[1]), float(v[2]), int(v[3]))


def forecast_accuracy(app: "Deskmate", s: Any, period: Period) -> tuple[list[Accuracy], dict[str, Accuracy],
                                                                        Accuracy, dict[str, int]]:
    """The forecast report's sums for ``period`` (per week, per demand class, overall) and the products
    in each demand class, from the planner's fit on the sales up to the period's end; kept between
    runs (:mod:`core.inventory.figure_cache`) while the planner's inputs are unchanged."""
    def compute() -> dict[str, Any]:
        snap = policy_snapshot(app, s, period.end + timedelta(days=1))
        # days after the newest imported sales are not known yet: no sales is not "sold nothing"
        last_day = s.scalar(select(func.max(SalesDaily.day)).where(SalesDaily.day <= period.end))
        weeks, per_class, total = accuracy_by_week(period, snap.window_start, snap.sales, snap.plan.fitted,
                                                   snap.plan.demand_class,
                                                   last_day or period.start - timedelta(days=1))
        counts: dict[str, int] = defaultdict(int)
        for k in snap.plan.demand_class:
            counts[str(k)] += 1
        return {"weeks": [_sums(w) for w in weeks], "classes": {c: _sums(a) for c, a in per_class.items()},
                "total": _sums(total), "products": dict(counts)}

    def valid(v: Any) -> bool:
        return (isinstance(v, dict) and isinstance(v["weeks"], list) and len(v["weeks"]) == len(period.weeks())
                and all(figure_cache.is_sums(w) for w in v["weeks"]) and figure_cache.is_sums(v["total"])
                and all(isinstance(c, str) and figure_cache.is_sums(a) for c, a in v["classes"].items())
                and all(isinstance(c, str) and isinstance(n, int) for c, n in v["products"].items()))
    v = figure_cache.kept(app.db, s, f"accuracy|{period.start.isoformat()}|{period.end.isoformat()}", compute, valid)
    return ([_accuracy(w) for w in v["weeks"]], {c: _accuracy(a) for c, a in v["classes"].items()},
            _accuracy(v["total"]), dict(v["products"]))


def _forecast(app: "Deskmate", period: Period) -> Computed:
    with app.db.read() as s:
        weeks, per_class, total, products = forecast_accuracy(app, s, period)
    classes = tuple((_(CLASS_WORDS[c]) if c in CLASS_WORDS else c, Decimal(products.get(c, 0)),
                     dec(a.sold, 0), a.wape, a.bias)
                    for c, a in sorted(per_class.items(), key=lambda kv: list(CLASS_WORDS).index(kv[0])
                                       if kv[0] in CLASS_WORDS else 99))
    return Computed(
        series=(Series(_("weighted error %"), "percent", tuple(w.wape for w in weeks), kind="line"),
                Series(_("bias %"), "percent", tuple(w.bias for w in weeks), kind="line")),
        figures=(Figure("wape", _("Forecast error, weighted by units sold"), "percent", total.wape, "down",
                        _("WAPE: the forecast's misses, added up without their sign, as a share of the units sold.")),
                 Figure("bias", _("Forecast bias (+ too high, − too low)"), "percent", total.bias, "",
                        _("Bias: the forecast minus what sold, added up with the sign, as a share of the units "
                        "sold; near 0 is best.")),
                 Figure("units", _("Units sold that were forecast"), "units", dec(total.sold, 0)),
                 Figure("product_days", _("Product-days compared"), "count", Decimal(total.days))),
        tables=(Table(_("By demand class"), (_("Demand class"), _("Products"), _("Units sold"), _("Weighted error %"), _("Bias %")),
                      ("text", "count", "units", "percent", "percent"), classes),),
        how=(_("Each day's forecast is the one the reorder planner made the evening before from the sales up to "
             "then (one step ahead, the same methods and settings as the daily reorder job, re-fitted on the "
             "sales up to the period's end); sales the outlier check left out are left out here too."),
             _("Weighted error (WAPE): the sum of |forecast − sold| over every product and day, divided by the "
             "units sold; a product that sells a lot weighs more than one that sells one a month."),
             _("Bias: the sum of (forecast − sold), divided by the units sold: above 0 the forecast runs high "
             "(stock piles up), below 0 low (stockouts)."),
             _("Demand class: how the product sells over the planner's history window (Syntetos–Boylan: how "
             "often it sells and how much the amounts vary), which decides the forecasting method."),
             _("Days before a product's first sale, and days before the planner's history window, have no "
             "forecast and are not counted; nor are days after the newest imported sales (not known yet).")))


register_report(ReportSpec("forecast", N_("Forecast accuracy"), "inventory",
                           N_("weighted forecast error and bias by week and per demand class"), _forecast, position=25,
                           chart="line", warm=True))


# ---------------------------------------------------------------------- measures for other areas' reports
def _weekly_sales_value(app: "Deskmate", period: Period) -> WeeklyValues:
    out = [0] * len(period.weeks())         # units × price: 8 places, as integers
    with app.db.read() as s:
        prices = {pid: _scaled(price) for pid, price in s.execute(select(Product.id, Product.price))}
        for pid, i, q in _sales_by_week(s, period):
            price = prices.get(pid)
            if price is not None:
                out[i] += q * price
    return tuple(dec(Decimal(v).scaleb(-8)) for v in out)


def _weekly_orders_due(app: "Deskmate", period: Period) -> WeeklyValues:
    out = [Decimal(0)] * len(period.weeks())
    due = func.coalesce(PurchaseOrder.expected_date, PurchaseOrder.order_date)
    with app.db.read() as s:
        for day, q, cost in s.execute(
                select(due, PurchaseOrderLine.quantity, PurchaseOrderLine.unit_cost)
                .join(PurchaseOrderLine, PurchaseOrderLine.purchase_order_id == PurchaseOrder.id)
                .where(PurchaseOrder.status.in_(ORDERED), due >= period.start, due <= period.end)):
            i = period.week_index(day if isinstance(day, date) else date.fromisoformat(str(day)))
            if i is not None:
                out[i] += q * cost
    return tuple(dec(v) for v in out)


#: Purchase orders that commit money: sent to the supplier, whether received yet or not.
ORDERED = ("sent", "partly_received", "received")
register_measure(WeeklyMeasure("sales value", "money",
                               N_("Sales value: units sold (from the imported sales) times each product's current "
                                  "price."),
                               _weekly_sales_value))
register_measure(WeeklyMeasure("purchase orders due", "money",
                               N_("Purchase orders due: orders sent to suppliers (received or not; drafts and "
                                  "cancelled orders are not commitments), at their cost, in the week of their "
                                  "expected delivery (or their order date when none is given)."),
                               _weekly_orders_due))


# ---------------------------------------------------------------------- the reorder job's pilot
#: A pilot's quantity "agrees" with a person's when it is within this share of theirs.
QUANTITY_TOLERANCE = Decimal("0.10")


def _quantity(v: Any) -> Decimal | None:
    try:
        return Decimal(str(v))
    except (ArithmeticError, ValueError):
        return None


def compare_orders(drafted: dict[int, Decimal], ordered: dict[int, Decimal]) -> str:
    """The pilot's products and quantities (per product, its first proposal) against people's (per
    product, their first order), in one sentence. Pure: tested on hand-made dictionaries."""
    both = set(drafted) & set(ordered)
    extra = set(drafted) - set(ordered)
    close = sum(1 for pid in both if abs(drafted[pid] - ordered[pid]) <= QUANTITY_TOLERANCE * ordered[pid])
    pct = f"{int(QUANTITY_TOLERANCE * 100)} %"
    if not ordered:
        return ngettext("people ordered nothing by hand; it would have ordered {n} product",
                        "people ordered nothing by hand; it would have ordered {n} products",
                        len(drafted)).format(n=len(drafted))
    if not both:
        return ngettext("would have ordered {both} of the {n} product people ordered; {extra} extra",
                        "would have ordered {both} of the {n} products people ordered; {extra} extra",
                        len(ordered)).format(both=len(both), n=len(ordered), extra=len(extra))
    return ngettext("would have ordered {both} of the {n} product people ordered; {extra} extra; quantities "
                    "within {tolerance} for {close} of the {both}",
                    "would have ordered {both} of the {n} products people ordered; {extra} extra; quantities "
                    "within {tolerance} for {close} of the {both}", len(ordered)).format(
                        both=len(both), n=len(ordered), extra=len(extra), tolerance=pct, close=close)


def _reorder_pilot(app: "Deskmate", period: Period, drafts: list[Any]) -> str:
    drafted: dict[int, Decimal] = {}
    for d in drafts:
        for ln in (d.payload or {}).get("lines", []) if isinstance(d.payload, dict) else []:
            pid, q = ln.get("product_id"), _quantity(ln.get("quantity"))
            if isinstance(pid, int) and q is not None:
                drafted.setdefault(pid, q)
    ordered: dict[int, Decimal] = {}
    with app.db.read() as s:
        for pid, q in s.execute(
                select(PurchaseOrderLine.product_id, PurchaseOrderLine.quantity)
                .join(PurchaseOrder, PurchaseOrder.id == PurchaseOrderLine.purchase_order_id)
                .where(PurchaseOrder.order_date >= period.start, PurchaseOrder.order_date <= period.end,
                       PurchaseOrder.status.in_(ORDERED), PurchaseOrder.suggestion_id.is_(None))
                .order_by(PurchaseOrder.order_date, PurchaseOrder.id)):
            ordered.setdefault(pid, q)
    return compare_orders(drafted, ordered)


register_pilot_comparison(PilotComparison(
    "inventory.reorder", N_("the purchase orders people placed"), _reorder_pilot))
# the markdown job's pilot is declared beside the job
from core.inventory import markdowns as _markdowns  # noqa: E402,F401


# ---------------------------------------------------------------------- the reorder job's own measure
def fill_rate_estimate(period: Period, window_start: date, sold: Any, forecast: Any, end_levels: Any,
                       last_day: date | None = None) -> tuple[float, float] | None:
    """(units sold, units sold + units lost) over the period: a day that began and ended with
    nothing on the shelf lost its forecast demand (``forecast[i, j]``; NaN counts none).
    ``end_levels[i]`` maps each day from the one before the period to its end-of-day stock (a
    missing day counts no loss), or is a row of a matrix whose column 0 is the day before the
    period. Pure; products × days at once (numpy)."""
    import numpy as np
    end = min(period.end, last_day) if last_day is not None else period.end
    n, days = len(end_levels), (end - period.start).days + 1
    if n == 0 or days <= 0:
        return None
    if isinstance(end_levels, np.ndarray):
        levels = end_levels[:, :days + 1]
    else:                      # dictionaries by day: a matrix, NaN where a day is missing
        cols = [period.start + timedelta(days=k - 1) for k in range(days + 1)]
        levels = np.array([[float(row[d]) if d in row else np.nan for d in cols] for row in end_levels])
    Y, F = np.asarray(sold, dtype=float), np.asarray(forecast, dtype=float)
    j = (period.start - window_start).days + np.arange(days)
    inside = (j >= 0) & (j < Y.shape[1])
    y = np.zeros((n, days))
    f = np.full((n, days), np.nan)
    y[:, inside] = np.maximum(Y[:, j[inside]], 0.0)
    f[:, inside] = F[:, j[inside]]
    with np.errstate(invalid="ignore"):          # a missing level (NaN) compares False: no loss
        out_all_day = (levels[:, :-1] <= 0) & (levels[:, 1:] <= 0)
    lost = np.where(out_all_day & (y == 0) & ~np.isnan(f), np.maximum(f, 0.0), 0.0)
    served = float(y.sum())
    demanded = served + float(lost.sum())
    return (served, demanded) if demanded > 0 else None


def _daily_levels(s: Any, products: list[Any], period: Period) -> Any:
    """Each product's stock at the end of every day from the one before ``period`` to its end, as
    scaled integers (products × days, column 0 the day before): today's on-hand less the counting
    movements since, worked back day by day through the ledger's day totals (read raw)."""
    import numpy as np
    first = period.start - timedelta(days=1)
    days = (period.end - first).days + 1
    row = {p.id: i for i, p in enumerate(products)}
    moved = np.zeros((len(products), days + 1), dtype=np.int64)    # a last column of 0: nothing after the end
    for pid, d, q in history.fetch(s.connection(), "SELECT product_id, day, SUM(quantity) FROM stock_movement "
                                                    "WHERE counts AND day >= ? AND day <= ? GROUP BY product_id, day",
                                   [first, period.end]):
        i = row.get(pid)
        if i is not None:
            moved[i, (history.as_date(d) - first).days] += int(q)
    since = _moved_since(s, period.end)
    at_end = np.array([_scaled(p.on_hand - since.get(p.id, Decimal(0))) for p in products], dtype=np.int64)
    after = np.cumsum(moved[:, ::-1], axis=1)[:, ::-1]              # after[:, k]: moved on day k or later
    return at_end[:, None] - after[:, 1:]


def reorder_quality(app: "Deskmate", period: Period) -> str | None:
    """The reorder job's own measure: the forecast's weighted error and bias over the period, and the
    fill rate the shop achieved against its products' targets. The Automation page asks for it each
    time it refreshes: its numbers are kept (:mod:`core.inventory.figure_cache`) while the planner's
    inputs are unchanged, and put in the reader's words each time."""
    def valid(v: Any) -> bool:
        return isinstance(v, dict) and (v.get("none") is True or (
            figure_cache.is_sums(v["total"]) and figure_cache.is_number(v["target"])
            and (v["fill"] is None or (isinstance(v["fill"], list) and len(v["fill"]) == 2
                                       and all(figure_cache.is_number(x) for x in v["fill"])))))
    with app.db.read() as s:
        v = figure_cache.kept(app.db, s, f"reorder_quality|{period.start.isoformat()}|{period.end.isoformat()}",
                              lambda: _reorder_measure(app, s, period), valid)
    if v.get("none"):
        return None
    total = _accuracy(v["total"])
    parts = []
    if total.wape is not None:
        sign = "+" if total.bias is not None and total.bias > 0 else ""
        parts.append(_("Forecast error {error} weighted by units sold (bias {bias})").format(
            error=f"{total.wape} %", bias=f"{sign}{total.bias} %"))
    if v["fill"] is not None:
        served, demanded = v["fill"]
        parts.append(_("fill rate achieved about {achieved} against the products' average target of {target} "
                       "(units sold ÷ units sold plus the forecast demand of days that began and ended sold "
                       "out)").format(achieved=f"{dec(100 * served / demanded, 1)} %",
                                      target=f"{dec(100 * v['target'], 1)} %"))
    return "; ".join(parts) or None


def _reorder_measure(app: "Deskmate", s: Any, period: Period) -> dict[str, Any]:
    """The numbers behind :func:`reorder_quality`, as plain data (kept between runs)."""
    snap = policy_snapshot(app, s, period.end + timedelta(days=1))
    last_day = s.scalar(select(func.max(SalesDaily.day)).where(SalesDaily.day <= period.end))
    if last_day is None or last_day < period.start or not snap.products:
        return {"none": True}
    _weeks, _classes, total = accuracy_by_week(period, snap.window_start, snap.sales, snap.plan.fitted,
                                               snap.plan.demand_class, last_day)
    fill = fill_rate_estimate(period, snap.window_start, snap.sales, snap.plan.fitted,
                              _daily_levels(s, snap.products, period), last_day)
    targets = [float(p.fill_rate_target) for p in snap.products]
    return {"total": _sums(total), "fill": list(fill) if fill is not None else None,
            "target": sum(targets) / len(targets)}


register_job_quality(JobQuality("inventory.reorder", reorder_quality))
