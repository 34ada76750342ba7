"""Trend reports: a registry of named reports, the period they cover and its weekly buckets, and
the comparison with the previous period of equal length.

An area declares its reports in ``core/<area>/reports.py``, reading only its own tables::

    register_report(ReportSpec("sales", "Sales by week", area="inventory", compute=_sales, ...))

``compute(app, period)`` returns a :class:`Computed` for one period: weekly series (one value per
bucket of :meth:`Period.weeks`), headline figures, optional tables and the sentences that say how it
was worked out. :func:`run_report` calls it twice — for the period asked and for the one just
before it, of the same length — and pairs each figure with its previous value, so every report
answers "better or worse than before?" the same way. Plain frozen DTOs throughout; who may see
what (money) is decided one layer up, in ``core.reports``.
"""
from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from core.kernel.i18n import _
from core.kernel.errors import DeskmateError
from core.kernel.registry import AreaRegistry

if TYPE_CHECKING:
    from core.app import Deskmate

#: What a value measures; "money" values are hidden from roles that do not see money in reports.
UNITS = ("money", "count", "units", "days", "hours", "percent", "ratio", "text", "date")
MAX_DAYS = 366 * 3


@dataclass(frozen=True)
class Period:
    """Business days ``start`` to ``end``, both included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise DeskmateError(_("the period ends ({end}) before it starts ({start})").format(
                                    end=self.end, start=self.start))
        if self.days > MAX_DAYS:
            raise DeskmateError(_("a report covers at most {limit} days; this period has {days}").format(
                                    limit=MAX_DAYS, days=self.days))

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> "Period":
        """The period of the same length just before this one, moved back by whole weeks so that
        its weekly buckets fall on the same weekdays: "the last 8 weeks to today" (50 days from a
        Monday) is compared with the 50 days from the Monday 8 weeks earlier, not with a period
        that starts on a Sunday, whose one-day first week would drag the comparison line down."""
        shift = timedelta(days=-(-self.days // 7) * 7)
        return Period(self.start - shift, self.end - shift)

    def weeks(self) -> list["Period"]:
        """Weekly buckets: Monday to Sunday, the first and last cut to the period."""
        out = []
        d = self.start
        while d <= self.end:
            sunday = d + timedelta(days=6 - d.weekday())
            out.append(Period(d, min(sunday, self.end)))
            d = sunday + timedelta(days=1)
        return out

    def week_index(self, day: date) -> int | None:
        """Which bucket of :meth:`weeks` holds ``day`` (None outside the period)."""
        if not self.start <= day <= self.end:
            return None
        first_monday = self.start - timedelta(days=self.start.weekday())
        return (day - first_monday).days // 7

    def text(self) -> str:
        return f"{self.start.isoformat()} to {self.end.isoformat()}"


def whole_weeks(today: date, weeks: int) -> Period:
    """``weeks`` whole weeks, Monday to Sunday, ending on the last Sunday up to ``today``: whole
    weeks make every bucket, and the previous period's, comparable."""
    end = today - timedelta(days=(today.weekday() + 1) % 7)
    return Period(end - timedelta(days=7 * weeks - 1), end)


def weeks_to_today(today: date, weeks: int) -> Period:
    """This week so far and the ``weeks - 1`` whole weeks before it: today's work included."""
    monday = today - timedelta(days=today.weekday())
    return Period(monday - timedelta(days=7 * (weeks - 1)), today)


@dataclass(frozen=True)
class Series:
    """One line or set of bars over the weekly buckets (``None``: nothing to measure that week)."""

    name: str
    unit: str
    values: tuple[Decimal | None, ...]
    kind: str = "bar"        # bar | line
    drawn: bool = True       # False: in the weeks' table and the export, not in the chart


@dataclass(frozen=True)
class Figure:
    """A headline figure for the whole period; ``better`` says which direction is good."""

    key: str
    label: str
    unit: str
    value: Decimal | None
    better: str = ""         # "up" | "down" | "" (neither)
    note: str = ""


@dataclass(frozen=True)
class Table:
    """Rows under the chart (per product group, per kind, per person...)."""

    title: str
    columns: tuple[str, ...]
    units: tuple[str, ...]   # one per column
    rows: tuple[tuple[Any, ...], ...]


@dataclass(frozen=True)
class Computed:
    """What a report's ``compute`` returns for one period."""

    series: tuple[Series, ...]
    figures: tuple[Figure, ...]
    how: tuple[str, ...]
    tables: tuple[Table, ...] = ()


@dataclass(frozen=True)
class FigureRow:
    key: str
    label: str
    unit: str
    value: Decimal | None
    previous: Decimal | None
    better: str = ""
    note: str = ""

    @property
    def change(self) -> Decimal | None:
        if self.value is None or self.previous is None:
            return None
        return self.value - self.previous

    @property
    def verdict(self) -> str:
        """"better", "worse", "same" or "" (no direction or nothing to compare)."""
        ch = self.change
        if ch is None or not self.better:
            return ""
        if ch == 0:
            return "same"
        return "better" if (ch > 0) == (self.better == "up") else "worse"


@dataclass(frozen=True)
class ReportResult:
    name: str
    title: str
    period: Period
    previous: Period
    weeks: tuple[date, ...]                 # first day of each bucket
    series: tuple[Series, ...]
    previous_series: tuple[Series, ...]     # the same series over the previous period's buckets
    figures: tuple[FigureRow, ...]
    tables: tuple[Table, ...]
    how: tuple[str, ...]
    hidden: tuple[str, ...] = ()            # what this role does not see, in words

    def figure(self, key: str) -> FigureRow:
        for f in self.figures:
            if f.key == key:
                return f
        raise KeyError(key)

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON-ready form (``--json``): numbers as strings never lose a cent."""
        def num(v: Any) -> Any:
            if isinstance(v, Decimal):
                return str(v)
            if isinstance(v, date):
                return v.isoformat()
            return v
        return {
            "report": self.name, "title": self.title,
            "from": self.period.start.isoformat(), "to": self.period.end.isoformat(),
            "previous_from": self.previous.start.isoformat(), "previous_to": self.previous.end.isoformat(),
            "weeks": [w.isoformat() for w in self.weeks],
            "series": [{"name": s.name, "unit": s.unit, "values": [num(v) for v in s.values],
                        "previous": [num(v) for v in p.values]}
                       for s, p in zip(self.series, self.previous_series)],
            "figures": [{"key": f.key, "label": f.label, "unit": f.unit, "value": num(f.value),
                         "previous": num(f.previous), "change": num(f.change), "verdict": f.verdict,
                         **({"note": f.note} if f.note else {})} for f in self.figures],
            "tables": [{"title": t.title, "columns": list(t.columns), "units": list(t.units),
                        "rows": [[num(v) for v in r] for r in t.rows]} for t in self.tables],
            "how": list(self.how),
            **({"hidden": list(self.hidden)} if self.hidden else {}),
        }


Compute = Callable[["Deskmate", Period], Computed]


@dataclass(frozen=True)
class ReportSpec:
    name: str                # ``deskmate report NAME``
    title: str
    area: str
    help: str                # one line: what it answers
    compute: Compute
    position: int = 100
    chart: str = "bar"       # how the desktop draws the first series
    extra: dict[str, Any] = field(default_factory=dict)
    #: Its first computation is costly (it fits the reorder planner's forecasts): the desktop works
    #: it out in the background at start (``app.reports.warm``), so the page opens on kept figures.
    warm: bool = False


_REPORTS: AreaRegistry[ReportSpec] = AreaRegistry("reports", key=lambda r: r.name)


def register_report(spec: ReportSpec) -> ReportSpec:
    return _REPORTS.register(spec)


def unregister_report(name: str) -> None:
    _REPORTS.unregister(name)


def report_specs() -> list[ReportSpec]:
    return sorted(_REPORTS.values(), key=lambda r: (r.position, r.name))


def report_spec(name: str) -> ReportSpec:
    spec = _REPORTS.get(name)
    if spec is None:
        raise DeskmateError(_("unknown report '{name}': choose {names}").format(
                                name=name, names=', '.join(r.name for r in report_specs())))
    return spec


def _check(spec: ReportSpec, period: Period, c: Computed) -> None:
    n = len(period.weeks())
    for s in c.series:
        if len(s.values) != n:   # a programming error in the report, said plainly
            raise ValueError(f"report {spec.name}: series {s.name!r} has {len(s.values)} values for {n} weeks")


#: Units whose stored scale (quantities keep 4 places) says nothing: 37028.0000 reads 37028.
_PLAIN = ("units", "count", "days")


def tidy(v: Any, unit: str) -> Any:
    """A value as people read it: quantities without the trailing zeros of their storage scale."""
    if isinstance(v, Decimal) and unit in _PLAIN and v.is_finite():
        return v.quantize(Decimal(1)) if v == v.to_integral_value() else v.normalize()
    return v


def _tidied(c: Computed) -> Computed:
    return Computed(
        series=tuple(replace(s, values=tuple(tidy(v, s.unit) for v in s.values)) for s in c.series),
        figures=tuple(replace(f, value=tidy(f.value, f.unit)) for f in c.figures),
        how=c.how,
        tables=tuple(replace(t, rows=tuple(tuple(tidy(v, u) for v, u in zip(row, t.units)) for row in t.rows))
                     for t in c.tables))


_collector_lock = threading.Lock()
_collector_pauses = 0
_collector_was_on = True


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector held off while a report computes. A report makes tens of
    thousands of small acyclic objects (rows, tuples, Decimals), and each of the collector's passes
    they trigger also walks everything else the app holds (the planner's snapshot, the ORM): a
    quarter to a third of a report's time on the 20× shop. Reference counting still frees them at
    once; the collector runs again when the last report running (on any thread) ends."""
    global _collector_pauses, _collector_was_on
    with _collector_lock:
        if _collector_pauses == 0:
            _collector_was_on = gc.isenabled()
            gc.disable()
        _collector_pauses += 1
    try:
        yield
    finally:
        with _collector_lock:
            _collector_pauses -= 1
            if _collector_pauses == 0 and _collector_was_on:
                gc.enable()


def run_report(app: "Deskmate", name: str, period: Period) -> ReportResult:
    """Compute report ``name`` for ``period`` and for the previous period of equal length."""
    spec = report_spec(name)
    prev = period.previous()
    with collector_paused():
        now, before = _tidied(spec.compute(app, period)), _tidied(spec.compute(app, prev))
    _check(spec, period, now)
    _check(spec, prev, before)
    before_by_key = {f.key: f for f in before.figures}
    before_series = {s.name: s for s in before.series}
    n_prev = len(prev.weeks())
    figures = tuple(FigureRow(f.key, f.label, f.unit, f.value,
                              before_by_key[f.key].value if f.key in before_by_key else None, f.better, f.note)
                    for f in now.figures)
    previous_series = tuple(before_series.get(s.name, replace(s, values=(None,) * n_prev)) for s in now.series)
    return ReportResult(spec.name, _(spec.title), period, prev, tuple(w.start for w in period.weeks()),
                        now.series, previous_series, figures, now.tables, now.how)


def dec(v: float | int | Decimal | None, places: int = 2) -> Decimal | None:
    """A computed number as the Decimal reports carry, rounded half-up to ``places``."""
    if v is None:
        return None
    from decimal import ROUND_HALF_UP
    return Decimal(str(v)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def median(values: list[float]) -> float | None:
    if not values:
        return None
    xs = sorted(values)
    m = len(xs) // 2
    return xs[m] if len(xs) % 2 else (xs[m - 1] + xs[m]) / 2


def shop_zone(app: "Deskmate") -> Any:
    from zoneinfo import ZoneInfo
    return ZoneInfo(app.settings.get("shop.timezone"))


def instant_bounds(period: Period, zone: Any) -> tuple[Any, Any]:
    """The UTC instants where the period's first local day starts and the day after its last starts:
    ``start <= at < end`` selects the period's instants on an indexed column."""
    from datetime import datetime, time, timezone
    start = datetime.combine(period.start, time(0), zone).astimezone(timezone.utc)
    end = datetime.combine(period.end + timedelta(days=1), time(0), zone).astimezone(timezone.utc)
    return start, end


# ---------------------------------------------------------------------- weekly measures shared
WeeklyValues = tuple[Decimal | None, ...]


@dataclass(frozen=True)
class WeeklyMeasure:
    """A weekly series one area computes from its own tables and another area's report sets beside
    its own (the roster's wage cost against inventory's sales; receivables against purchase orders
    due): declared in ``core/<area>/reports.py`` like reports, read with :func:`weekly_measure`,
    so neither area imports the other."""

    name: str
    unit: str
    about: str                    # one sentence for the report's "how it was worked out"
    compute: Callable[["Deskmate", Period], WeeklyValues]


_MEASURES: AreaRegistry[WeeklyMeasure] = AreaRegistry("reports", key=lambda m: m.name)


def register_measure(m: WeeklyMeasure) -> WeeklyMeasure:
    return _MEASURES.register(m)


def weekly_measure(name: str, app: "Deskmate", period: Period) -> tuple[WeeklyMeasure, WeeklyValues] | None:
    """The measure's values for the period's weeks, or None when no area declares it."""
    m = _MEASURES.get(name)
    return None if m is None else (m, m.compute(app, period))
