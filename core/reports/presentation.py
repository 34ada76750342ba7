"""A report as people read it, the same on the Reports page and in its PDF: each value in the
shop's formats with its unit, the change against the previous period, and the chart (a plain
chart dict, drawn by the desktop's chart widget and by the PDF writer)."""
from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from core.kernel.i18n import N_, _
from core.kernel.reports import ReportResult, Series

if TYPE_CHECKING:
    from core.kernel.formats import Formats


def upper_first(text: str) -> str:
    """``text`` with its first letter upper case; not ``str.capitalize``, which lowers the rest (a
    German series name keeps its capitalised nouns, "VAT" stays "VAT")."""
    return text[:1].upper() + text[1:]


def value_text(fm: "Formats", v: Any, unit: str) -> str:
    """A report value as the shop writes it, with its unit where a bare number would be unclear."""
    if v is None:
        return "—"
    if unit == "money":
        return fm.money(v)
    if unit == "percent":
        return fm.percent(v)
    if unit == "hours":
        return _("{hours} h").format(hours=fm.number(v, 1))
    if unit == "ratio":
        return _("{number} times").format(number=fm.number(v, 1))
    if unit == "text":
        return str(v)
    if unit == "date":
        return fm.date(v)
    return fm.number(v)


def change_text(fm: "Formats", v: Decimal | None, unit: str) -> str:
    """The change against the previous period; a change of a percentage is in points."""
    if v is None:
        return ""
    sign = "+" if v > 0 else ""
    if unit == "percent":
        return _("{change} points").format(change=sign + fm.number(v, 1))
    return sign + value_text(fm, v, unit)


#: A figure's verdict against the previous period, in words (``FigureRow.verdict`` is the code).
VERDICT_WORDS = {"better": N_("better"), "worse": N_("worse"), "same": N_("same")}


def verdict_label(verdict: str) -> str:
    """The verdict in the reader's language ("" when there is none)."""
    return _(VERDICT_WORDS[verdict]) if verdict in VERDICT_WORDS else ""


def change_with_verdict(fm: "Formats", change: Decimal | None, unit: str, verdict: str) -> str:
    text = change_text(fm, change, unit)
    return _("{change} ({verdict})").format(change=text, verdict=verdict_label(verdict)) \
        if text and verdict in ("better", "worse") else text


def chart_of(result: ReportResult, fm: "Formats", kind: str = "bar") -> dict[str, Any]:
    """The chart: this period's series that share the first one's unit, and the first series of the
    previous period as a dashed line, week by week (its first week beside this period's first)."""
    if not result.series:
        return {"empty": _("Nothing this role may see is drawn here")}
    unit = result.series[0].unit
    drawn: list[Series] = [s for s in result.series if s.unit == unit and s.drawn]
    prev = result.previous_series[0]
    series: list[dict[str, Any]] = [{"name": s.name, "values": [None if v is None else float(v) for v in s.values],
                                     "kind": kind if i == 0 else "line" if kind == "line" else s.kind}
                                    for i, s in enumerate(drawn)]
    series.append({"name": _("{series}, previous period").format(series=prev.name), "kind": "line", "dashed": True, "color": "#8a8f98",
                   "values": [None if v is None else float(v) for v in prev.values[:len(result.weeks)]]})
    names = [s.name for s in drawn]
    # more than two series: the legend names them, a title listing them all would not fit
    if len(names) == 1:
        shown = names[0]
    elif len(names) == 2:
        shown = _("{first} and {second}").format(first=names[0], second=names[1])
    else:
        shown = _("{first}, {second} and more").format(first=names[0], second=names[1])
    shown = upper_first(shown)
    title = (_("{series} by week ({currency})").format(series=shown, currency=fm.currency) if unit == "money"
             else _("{series} by week").format(series=shown))
    return {"type": kind, "title": title, "x": [fm.short_day(w) for w in result.weeks], "series": series,
            "empty": _("Nothing to draw for these weeks: see the figures and how it was worked out")}
