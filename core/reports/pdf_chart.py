"""A chart dict (the one the desktop's chart widget draws) drawn onto a PDF page with fpdf2's own
lines and rectangles: bars, lines (dashed for the previous period), round axis ticks in the shop's
number format, week labels that do not overlap, and a legend — no image, no Qt, so a report's PDF
is made the same way on a headless worker."""
from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from core.kernel.charts import PALETTE, drawn_series, nice_ticks, num
from core.kernel.i18n import _

if TYPE_CHECKING:
    from fpdf import FPDF

    from core.kernel.formats import Formats

GRID = (217, 221, 227)
MUTED = (102, 102, 102)


def rgb(colour: str) -> tuple[int, int, int]:
    c = colour.lstrip("#")
    return int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)


def draw_chart(pdf: "FPDF", chart: dict[str, Any], x: float, y: float, w: float, h: float, fm: "Formats",
               text: Any = str) -> int:
    """Draw ``chart`` in the box (mm); returns how many bars and line segments were drawn (0: the
    chart said why it is empty). ``text`` makes a string drawable in the document's font."""
    pdf.set_draw_color(*GRID)
    pdf.set_line_width(0.2)
    pdf.rect(x, y, w, h)
    title = chart.get("title", "")
    pdf.set_font(size=9)
    top = y + 2
    if title:
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(x, top)
        pdf.cell(w, 5, text(title), align="C")
        top += 6
    series = drawn_series(chart)
    if not series:
        pdf.set_text_color(*MUTED)
        pdf.set_xy(x + 4, y + h / 2 - 3)
        pdf.multi_cell(w - 8, 5, text(chart.get("empty") or _("No data to draw")), align="C")
        pdf.set_text_color(0, 0, 0)
        return 0
    pdf.set_font(size=7)
    values = [v for s in series for v in map(num, s["values"]) if v is not None]
    lo, hi = min(0.0, min(values)), max(values)
    ticks, decimals = nice_ticks(lo, hi)
    lo, hi = ticks[0], ticks[-1]
    labels = [text(fm.number(round(t, decimals), decimals)) for t in ticks]
    left = x + max(pdf.get_string_width(t) for t in labels) + 4
    legend_h, x_label_h = 6.0, 5.0
    bottom = y + h - legend_h - x_label_h - 1
    right = x + w - 3
    n = max(len(s["values"]) for s in series)
    pw, ph = right - left, bottom - top

    def x_at(i: float) -> float:
        return left + pw * (i + 0.5) / max(n, 1)

    def y_at(v: float) -> float:
        return bottom - (v - lo) / (hi - lo) * ph

    pdf.set_text_color(*MUTED)
    for tick, label in zip(ticks, labels):
        pdf.set_draw_color(*GRID)
        pdf.line(left, y_at(tick), right, y_at(tick))
        pdf.set_xy(x + 1, y_at(tick) - 2)
        pdf.cell(left - x - 2, 4, label, align="R")
    xs = [text(str(v)) for v in chart.get("x", [])]
    if xs:
        widest = max(pdf.get_string_width(s) for s in xs) + 3
        step = max(1, math.ceil(widest / max(pw / max(len(xs), 1), 0.1)))
        for i in range(0, len(xs), step):
            pdf.set_xy(x_at(i) - 15, bottom + 0.5)
            pdf.cell(30, 4, xs[i], align="C")
    bars = [s for s in series if (s.get("kind") or chart.get("type")) == "bar"]
    bw = pw / max(n, 1) * 0.8 / max(len(bars), 1)
    drawn = 0
    legend: list[tuple[str, tuple[int, int, int]]] = []
    for si, s in enumerate(series):
        colour = rgb(s.get("color") or PALETTE[si % len(PALETTE)])
        legend.append((text(s.get("name", "")), colour))
        vals = [num(v) for v in s["values"]]
        if (s.get("kind") or chart.get("type", "line")) == "bar":
            bi = bars.index(s)
            pdf.set_fill_color(*colour)
            for i, bar in enumerate(vals):
                if bar is None:
                    continue
                bx = x_at(i) - bw * len(bars) / 2 + bi * bw
                top_y, height = y_at(max(bar, 0)), abs(y_at(bar) - y_at(0))
                if height > 0:
                    pdf.rect(bx, top_y, bw, height, style="F")
                drawn += 1
            continue
        pdf.set_draw_color(*colour)
        pdf.set_line_width(0.6)
        if s.get("dashed"):
            pdf.set_dash_pattern(dash=1.5, gap=1)
        for i in range(1, len(vals)):
            a, b = vals[i - 1], vals[i]
            if a is not None and b is not None:
                pdf.line(x_at(i - 1), y_at(a), x_at(i), y_at(b))
                drawn += 1
        single = [i for i, v in enumerate(vals) if v is not None
                  and (i == 0 or vals[i - 1] is None) and (i == len(vals) - 1 or vals[i + 1] is None)]
        pdf.set_fill_color(*colour)
        for i in single:        # a lone value between gaps: a dot, or it would not show at all
            dot = vals[i]
            assert dot is not None
            pdf.rect(x_at(i) - 0.8, y_at(dot) - 0.8, 1.6, 1.6, style="F")
            drawn += 1
        pdf.set_dash_pattern()
        pdf.set_line_width(0.2)
    lx, ly = left, y + h - legend_h + 0.5
    pdf.set_text_color(0, 0, 0)
    for name, colour in legend:
        pdf.set_fill_color(*colour)
        pdf.rect(lx, ly + 1, 3, 3, style="F")
        pdf.set_xy(lx + 4, ly)
        pdf.cell(pdf.get_string_width(name) + 1, 5, name)
        lx += pdf.get_string_width(name) + 10
    pdf.set_draw_color(0, 0, 0)
    return drawn
