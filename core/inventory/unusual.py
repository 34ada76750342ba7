"""Unusual figures in inventory: a product's daily sales and stock counts far outside their own
usual range (run by the automation area's "Unusual figures" job; findings only, nothing changes).

**Daily sales** (a Hampel filter on the product's own weekday pattern). A day is compared with the
same weekday in the :data:`WEEKS` weeks before it — a bakery's Saturday with its Saturdays, not
with its Tuesdays — on the days the shop was open (some product sold). Its usual range is the
median of those days ± :data:`SALES_K` × the robust spread (1.4826 × MAD), the spread never below
√median (the day-to-day noise of counts: a product selling 9 a day varies by about 3 even when its
MAD says 0) nor below 1. A day outside that range is unusual. A product needs
:data:`MIN_REFERENCE` such days since its first sale to be judged (a new product's first sales are
not unusual, they are new). Days the forecast already leaves out as typing errors (more than 20×
the typical day, ``core/inventory/outliers.py``) have their own finding and are not repeated here.
Only the last :data:`SALES_CHECK_DAYS` days are reported: older ones were seen or are history.

**Stock counts against the ledger.** A stocktake's variance (counted − what the ledger expected)
is compared with the product's other counts' variances: median ± :data:`COUNT_K` × spread, the
spread never below :data:`COUNT_MIN_DAYS` typical days of sales (a count is a snapshot: a day's
sales before or after it is ordinary) nor below 1 unit. A first count has no ledger to compare
with and is skipped.

Why these numbers: on the demo shop and the Bread Basket bakery's real history they flag well under
1 % of the product-days checked while a mistyped figure (×10, a digit too many, a lost sale day) is
found (docs/sections/unusual-figures.md has the measured rates and how to re-measure them).
"""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.automation.quality import Finding
from core.inventory.models import Product, SalesDaily, StockMovement
from core.kernel.formats import Formats, read_formats
from core.inbox.texts import stored, tmsg
from core.kernel.i18n import N_
from core.kernel.robust import RobustRange, median, robust_range

if TYPE_CHECKING:
    from core.app import Deskmate

WEEKS = 8                 # same weekdays looked back at
MIN_REFERENCE = 6         # of them needed to judge a day
NEIGHBOURS = 3            # open days each side that tell a moved level from a wrong figure
SEASON_DAYS = 7           # days each side of the same day a year before (52 weeks: same weekday)
SALES_K = 5.0             # spreads from the median that make a day unusual
SALES_CHECK_DAYS = 28     # the days reported (the newest ones)
COUNT_K = 4.0
COUNT_MIN_DAYS = 2.0      # a count's usual variance is at least this many typical days of sales
COUNT_CHECK_DAYS = 60
MIN_COUNTS = 3            # earlier counts needed to learn a product's usual variance from


@dataclass(frozen=True)
class UnusualSale:
    product_id: int
    day: date
    quantity: float
    usual: RobustRange
    reference: tuple[tuple[date, float], ...]    # the same weekdays it was compared with

    @property
    def direction(self) -> str:
        return "high" if self.quantity > self.usual.high else "low"


def sales_range(reference: Sequence[float]) -> RobustRange:
    """The usual range of a day from its reference days (see the module's docstring)."""
    m = median(reference)
    return robust_range(reference, SALES_K, min_spread=max(2.0, 1.0 + math.sqrt(max(m, 0.0))))


def _weekday_reference(d: date, is_open: set[date], first_sale: date) -> list[date]:
    ref = [d - timedelta(weeks=w) for w in range(1, WEEKS + 1)]
    return [r for r in ref if r in is_open and r >= first_sale]


def _level(qty: Mapping[date, float], d: date, is_open: set[date], first_sale: date,
           last: date) -> float | None:
    """How the open days around ``d`` sold against their own weekdays' medians (1 = as usual, 5 =
    five times as much): the median of (sold + 1) / (weekday median + 1). None when too few."""
    ratios = []
    for n in _neighbours(d, is_open, first_sale, last):
        ref = _weekday_reference(n, is_open, first_sale)
        if len(ref) >= MIN_REFERENCE:
            ratios.append((qty.get(n, 0.0) + 1) / (median([qty.get(r, 0.0) for r in ref]) + 1))
    return median(ratios) if len(ratios) >= NEIGHBOURS else None


def _neighbours(d: date, is_open: set[date], first_sale: date, last: date) -> list[date]:
    """The open days around ``d`` (up to :data:`NEIGHBOURS` each side, never after ``last``)."""
    out = []
    for k in range(1, NEIGHBOURS + 1):
        for n in (d - timedelta(days=k), d + timedelta(days=k)):
            if n in is_open and first_sale <= n <= last:
                out.append(n)
    return out


def unusual_sales(qty: Mapping[date, float], open_days: Iterable[date], check: Iterable[date],
                  first_sale: date, product_id: int = 0) -> list[UnusualSale]:
    """The days of ``check`` whose sales (``qty``: day → units, missing = 0) fall outside the
    usual range of the same weekday in the weeks before. ``open_days`` are the days the shop
    traded; closed days are neither checked nor used as reference."""
    is_open = set(open_days)
    last = max(is_open) if is_open else first_sale
    out = []
    for d in sorted(check):
        if d not in is_open or d < first_sale:
            continue
        ref = _weekday_reference(d, is_open, first_sale)
        if len(ref) < MIN_REFERENCE:
            continue
        values = [qty.get(r, 0.0) for r in ref]
        usual = sales_range(values)
        x = qty.get(d, 0.0)
        if usual.contains(x):
            continue
        # a level that moved (the season started, a promotion ran) moves the days around it too,
        # each against its own weekday; a wrong figure stands alone
        near = _neighbours(d, is_open, first_sale, last)
        if len(near) >= NEIGHBOURS and sales_range([qty.get(n, 0.0) for n in near]).contains(x):
            continue
        level = _level(qty, d, is_open, first_sale, last)
        if level is not None and usual.contains((x + 1) / level - 1):
            continue
        # the season: the same weeks a year before sold like this too
        year = [d - timedelta(days=364 + j) for j in range(-SEASON_DAYS, SEASON_DAYS + 1)]
        year_values = [qty.get(y, 0.0) for y in year if y in is_open and y >= first_sale]
        if len(year_values) >= SEASON_DAYS and sales_range(year_values).contains(x):
            continue
        out.append(UnusualSale(product_id, d, x, usual, tuple((r, qty.get(r, 0.0)) for r in sorted(ref))))
    return out


def _label(p: Product) -> str:
    return f"{p.sku} {p.name}"


def _num(x: float) -> str:
    return f"{x:.4f}".rstrip("0").rstrip(".")


def load_sales(session: Session, start: date, end: date) -> tuple[dict[int, dict[date, float]], list[date]]:
    """(product → day → units, the days the shop traded) for ``start``..``end`` inclusive."""
    per: dict[int, dict[date, float]] = defaultdict(dict)
    open_days: set[date] = set()
    for pid, day, q in session.execute(select(SalesDaily.product_id, SalesDaily.day, SalesDaily.quantity)
                                       .where(SalesDaily.day >= start, SalesDaily.day <= end)):
        if q > 0:
            per[pid][day] = float(q)
            open_days.add(day)
    return per, sorted(open_days)


def scan_sales(session: Session, last_day: date, check_days: int) -> tuple[list[UnusualSale], int]:
    """(unusual days among the ``check_days`` ending ``last_day``, product-days judged)."""
    first_check = last_day - timedelta(days=check_days - 1)
    per, open_days = load_sales(session, first_check - timedelta(days=364 + SEASON_DAYS), last_day)
    first_sales = dict(session.execute(select(SalesDaily.product_id, func.min(SalesDaily.day))
                                       .where(SalesDaily.quantity > 0).group_by(SalesDaily.product_id)).all())
    active = set(session.scalars(select(Product.id).where(Product.active.is_(True))))
    check = [d for d in open_days if d >= first_check]
    open_set = set(open_days)
    found: list[UnusualSale] = []
    judged = 0
    for pid, first in first_sales.items():
        if pid not in active:
            continue
        qty = per.get(pid, {})
        for d in check:
            ref = [d - timedelta(weeks=w) for w in range(1, WEEKS + 1)]
            if d >= first and sum(1 for r in ref if r >= first and r in open_set) >= MIN_REFERENCE:
                judged += 1
        found.extend(unusual_sales(qty, open_days, check, first, pid))
    return found, judged


def _sale_text(o: UnusualSale, fm: Formats) -> str:
    return stored("{sold} sold on {weekday} {day}; the same weekday usually sells {low} to {high}",
        sold=fm.quantity(o.quantity), weekday=fm.weekday_name(o.day), day=fm.date(o.day),
        low=fm.quantity(max(0.0, round(o.usual.low, 1))), high=fm.quantity(round(o.usual.high, 1)))


def sales_unusual(session: Session, app: "Deskmate") -> list[Finding]:
    """Daily sales per product far outside the same weekday's usual range."""
    from core.inventory import outliers

    last = app.today() - timedelta(days=1)
    found, _judged = scan_sales(session, last, SALES_CHECK_DAYS)
    if not found:
        return []
    # typing errors the forecast already leaves out have their own finding (with a fix)
    days = 28 + SALES_CHECK_DAYS
    _products, gross = outliers.find_in_database(session, app.today(), days)
    gross_days = {(pid, o.day) for pid, items in gross.items() for o in items}
    fm = read_formats(session)
    products = {p.id: p for p in session.scalars(select(Product).where(
        Product.id.in_({o.product_id for o in found})))}
    out = []
    for o in found:
        if (o.product_id, o.day) in gross_days:
            continue
        p = products[o.product_id]
        u = o.usual
        out.append(Finding(
            "product", p.id, _label(p), _sale_text(o, fm),
            stored("check the till export or the sales file for that day (a digit too many, a day "
              "imported twice or missing) and correct it; if the figure is right, approve this to "
              "record that you looked at it"),
            area="inventory", check="unusual_sales",
            key=f"unusual sales {o.day.isoformat()} {_num(o.quantity)} outside {_num(u.low)}..{_num(u.high)}",
            details={N_("product"): _label(p), N_("day"): fm.date(o.day), N_("sold"): fm.quantity(o.quantity),
                     N_("expected range"): tmsg("{low} to {high}",
                         low=fm.quantity(max(0.0, round(u.low, 1))), high=fm.quantity(round(u.high, 1))),
                     N_("median of the same weekday"): fm.number(u.centre, 2),
                     N_("spread (robust)"): fm.number(u.spread, 2),
                     N_("compared with"): tmsg("the same weekday in the {n} weeks before",
                         n=len(o.reference))},
            formula=f"median ± {fm.number(SALES_K)} × max(1.4826 × MAD, 1 + √median, 2)",
            calculation=(
                tmsg("usual range = median ± {k} × max(1.4826 × MAD, 1 + √median, 2) of the same weekday "
                     "in the {weeks} weeks before", k=fm.number(SALES_K), weeks=WEEKS),
                tmsg("same weekdays: {values}", values=", ".join(fm.quantity(v) for _d, v in o.reference)),
                tmsg("{median} ± {k} × {spread} = {low} to {high}",
                    median=fm.number(u.centre, 2), k=fm.number(SALES_K), spread=fm.number(u.spread, 2),
                    low=fm.number(u.low, 2), high=fm.number(u.high, 2)),
                tmsg("{sold} is {score} spreads from the median",
                    sold=fm.quantity(o.quantity), score=fm.number(abs(u.score(o.quantity)), 1))),
            chart={"type": "bar", "title": tmsg("sold on the same weekday"),
                   "x": [fm.short_day(d) for d, _v in o.reference] + [fm.short_day(o.day)],
                   "series": [{"name": tmsg("sold"), "values": [v for _d, v in o.reference] + [o.quantity]}],
                   "markers": [{"name": tmsg("usual low"), "value": max(0.0, u.low)},
                               {"name": tmsg("usual high"), "value": u.high}]}))
    return out


# ------------------------------------------------------------------------------- stock counts
@dataclass(frozen=True)
class UnusualCount:
    movement_id: int
    product_id: int
    day: date
    counted: float
    expected: float          # what the ledger said before the count
    variance: float
    usual: RobustRange       # of the variance
    earlier: tuple[float, ...]


def count_range(earlier: Sequence[float], typical_day: float) -> RobustRange:
    """The usual variance of a product's counts (see the module's docstring)."""
    return robust_range(earlier or [0.0], COUNT_K, min_spread=max(1.0, COUNT_MIN_DAYS * typical_day))


def unusual_counts(counts: Sequence[tuple[int, date, float, float]], typical_day: float,
                   since: date, product_id: int = 0) -> list[UnusualCount]:
    """``counts``: (movement id, day, counted, variance) of one product, oldest first. Each count
    from ``since`` on whose variance falls outside the usual range learnt from the *other* counts
    (the first count, with no ledger before it, is skipped). With fewer than :data:`MIN_COUNTS`
    other counts the usual variance is taken as 0 ± the spread floor."""
    out = []
    for i, (mid, day, counted, var) in enumerate(counts):
        if i == 0 or day < since:
            continue
        others = [v for j, (_m, _d, _c, v) in enumerate(counts) if j not in (0, i)]
        usual = count_range(others if len(others) >= MIN_COUNTS else [], typical_day)
        if not usual.contains(var):
            out.append(UnusualCount(mid, product_id, day, counted, counted - var, var, usual, tuple(others)))
    return out


def scan_counts(session: Session, today: date, check_days: int) -> tuple[list[UnusualCount], int]:
    """(unusual counts from the last ``check_days`` days, counts judged)."""
    since = today - timedelta(days=check_days)
    per: dict[int, list[tuple[int, date, float, float]]] = defaultdict(list)
    for mid, pid, day, counted, q in session.execute(
            select(StockMovement.id, StockMovement.product_id, StockMovement.day, StockMovement.counted,
                   StockMovement.quantity).where(StockMovement.kind == "stocktake")
            .order_by(StockMovement.product_id, StockMovement.day, StockMovement.id)):
        per[pid].append((mid, day, float(counted if counted is not None else q), float(q)))
    recent = {pid for pid, rows in per.items() if len(rows) > 1 and rows[-1][1] >= since}
    if not recent:
        return [], 0
    # the typical day of sales over the 8 weeks before today (median of open days, zeros included)
    sales, open_days = load_sales(session, today - timedelta(weeks=WEEKS), today - timedelta(days=1))
    found: list[UnusualCount] = []
    judged = 0
    for pid in sorted(recent):
        typical = median([sales.get(pid, {}).get(d, 0.0) for d in open_days]) if open_days else 0.0
        judged += sum(1 for i, r in enumerate(per[pid]) if i > 0 and r[1] >= since)
        found.extend(unusual_counts(per[pid], typical, since, pid))
    return found, judged


def counts_unusual(session: Session, app: "Deskmate") -> list[Finding]:
    """Stock counts whose difference from the ledger is far outside the product's usual one."""
    found, _judged = scan_counts(session, app.today(), COUNT_CHECK_DAYS)
    if not found:
        return []
    fm = read_formats(session)
    products = {p.id: p for p in session.scalars(select(Product).where(
        Product.id.in_({o.product_id for o in found})))}
    out = []
    for o in found:
        p = products[o.product_id]
        u = o.usual
        rng = tmsg("{low} to {high}", low=fm.signed_quantity(Decimal(str(round(u.low, 1)))),
                                          high=fm.signed_quantity(Decimal(str(round(u.high, 1)))))
        out.append(Finding(
            "product", p.id, _label(p),
            stored("counted {counted} on {day} where the ledger expected {expected}: a difference of "
              "{variance}, usually {range}",
                counted=fm.quantity(o.counted), day=fm.date(o.day), expected=fm.quantity(o.expected),
                variance=fm.signed_quantity(Decimal(str(o.variance))), range=rng),
            stored("count it again; if the count is right, look for a delivery or sale that was not "
              "recorded (or recorded twice) before it, then approve this to record that you looked"),
            area="inventory", check="unusual_count",
            key=f"count {o.movement_id} {_num(o.counted)} expected {_num(o.expected)}",
            details={N_("product"): _label(p), N_("counted on"): fm.date(o.day),
                     N_("counted"): fm.quantity(o.counted), N_("ledger expected"): fm.quantity(o.expected),
                     N_("difference"): fm.signed_quantity(Decimal(str(o.variance))),
                     N_("expected difference"): rng,
                     N_("earlier counts' differences"): ", ".join(
                         fm.signed_quantity(Decimal(str(v))) for v in o.earlier) or tmsg("(none yet)")},
            formula=f"median ± {fm.number(COUNT_K)} × max(1.4826 × MAD, {fm.number(COUNT_MIN_DAYS)} × d, 1)",
            calculation=(tmsg("usual difference = median ± {k} × max(1.4826 × MAD, {days} typical days of "
                              "sales, 1) of the product's other counts",
                              k=fm.number(COUNT_K), days=fm.number(COUNT_MIN_DAYS)),
                         tmsg("{median} ± {k} × {spread} = {low} to {high}",
                median=fm.number(u.centre, 2), k=fm.number(COUNT_K), spread=fm.number(u.spread, 2),
                low=fm.number(u.low, 2), high=fm.number(u.high, 2)),)))
    return out


@dataclass(frozen=True)
class SalesScanRow:
    sku: str
    name: str
    day: date
    sold: float
    low: float
    high: float
    median: float


@dataclass(frozen=True)
class SalesScan:
    """What the sales rule flags over a period: the false-alarm measure on a history believed
    clean (``deskmate inventory unusual``)."""

    first_day: date
    last_day: date
    product_days: int        # product-days that had enough history to be judged
    flagged: tuple[SalesScanRow, ...]

    @property
    def rate(self) -> float:
        return len(self.flagged) / self.product_days if self.product_days else 0.0


def measure(session: Session, today: date, days: int) -> SalesScan:
    """Scan the ``days`` days ending yesterday (the job itself reports only the newest
    :data:`SALES_CHECK_DAYS`)."""
    last = today - timedelta(days=1)
    found, judged = scan_sales(session, last, days)
    products = {p.id: p for p in session.scalars(select(Product))}
    rows = tuple(SalesScanRow(products[o.product_id].sku, products[o.product_id].name, o.day, o.quantity,
                              max(0.0, o.usual.low), o.usual.high, o.usual.centre) for o in found)
    return SalesScan(last - timedelta(days=days - 1), last, judged, rows)


CHECKS = [sales_unusual, counts_unusual]
