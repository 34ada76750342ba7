"""A small line/bar chart drawn with QPainter: enough for reason cards and reports, no extra
dependency. It draws the ``chart`` dict of a reason card as-is:

    {"type": "line"|"bar", "title": str, "x": [labels], "series": [{"name", "values", "kind"?}],
     "markers": [{"name", "value"}]}   # horizontal lines (reorder point, order-up-to level)
"""
from __future__ import annotations

import math
from datetime import date
from typing import Any

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from core.kernel.charts import PALETTE, drawn_series, nice_ticks
from core.kernel.charts import num as _num
from core.kernel.formats import Formats

__all__ = ["PALETTE", "ChartWidget", "nice_ticks"]

def _iso_day(text: Any) -> date | None:
    """A label that is an ISO date (older reason cards stored their axis that way)."""
    if isinstance(text, str) and len(text) == 10 and text[4] == "-" and text[7] == "-":
        try:
            return date.fromisoformat(text)
        except ValueError:
            return None
    return None


class ChartWidget(QWidget):
    def __init__(self, chart: dict[str, Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: dict[str, Any] = chart or {}
        # where the last paint put the title and each legend entry (the tests check they fit)
        self.title_rect = QRectF()
        self.empty_rect = QRectF()
        self.legend_boxes: list[QRectF] = []
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_chart(self, chart: dict[str, Any] | None) -> None:
        self.chart = chart or {}
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, 200)

    def shop_formats(self) -> Formats:
        """The shop's formats, from the page this chart sits on (every page holds the desktop
        context), so axis numbers and dates read like the rest of the window."""
        w = self.parentWidget()
        while w is not None:
            ctx = getattr(w, "ctx", None)
            if ctx is not None and hasattr(ctx, "formats"):
                return ctx.formats
            w = w.parentWidget()
        return Formats()

    def tick_labels(self, ticks: list[float], decimals: int) -> list[str]:
        fm = self.shop_formats()
        return [fm.number(round(t, decimals), decimals) for t in ticks]

    def x_labels(self) -> list[str]:
        """The x axis as shown: ISO dates become the shop's short day ("30 Nov")."""
        fm = self.shop_formats()
        return [fm.short_day(d) if (d := _iso_day(x)) is not None else str(x) for x in self.chart.get("x", [])]

    def paintEvent(self, _event: Any) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        chart = self.chart
        series = drawn_series(chart)
        markers = chart.get("markers", [])
        title = chart.get("title", "")
        font = QFont(self.font())
        p.setFont(font)
        fm = p.fontMetrics()
        self.title_rect = QRectF()
        self.empty_rect = QRectF()
        self.legend_boxes = []
        top = 6
        if title:
            # a long title ("Stock value at cost and value above order-up-to by week") wraps onto a
            # second line rather than being cut at both ends of a narrow chart
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap
            wrapped = fm.boundingRect(QRect(0, 0, max(self.width() - 8, 1), 10 * fm.height()), flags, title)
            self.title_rect = QRectF(4, 2, self.width() - 8, min(wrapped.height(), 2 * fm.height()))
            p.setPen(self.palette().text().color())
            p.drawText(self.title_rect, flags, title)
            top = self.title_rect.height() + 6
        if not series:
            p.setPen(QColor("#888"))
            # wrapped inside a margin: a sentence ("Nothing to draw for these weeks: see the figures…")
            # is wider than a chart beside the figures
            self.empty_rect = QRectF(12, top, self.width() - 24, self.height() - top - 6)
            p.drawText(self.empty_rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                       chart.get("empty", "No data to draw"))
            return
        values = [v for s in series for v in map(_num, s["values"]) if v is not None]
        values += [m for m in (_num(mk.get("value")) for mk in markers) if m is not None]
        lo, hi = min(0.0, min(values)), max(values) if values else 1.0
        ticks, decimals = nice_ticks(lo, hi)
        lo, hi = ticks[0], ticks[-1]
        labels = self.tick_labels(ticks, decimals)
        left = max(fm.horizontalAdvance(t) for t in labels) + 10
        bottom, right = fm.height() * 2 + 6, 10
        legend = [(s.get("name", ""), QColor(s.get("color") or PALETTE[si % len(PALETTE)]))
                  for si, s in enumerate(series)]
        legend += [(f"{mk.get('name', '')} ({self.shop_formats().number(v, 1)})",
                    QColor(mk.get("color") or PALETTE[(len(series) + mi) % len(PALETTE)]))
                   for mi, mk in enumerate(markers) if (v := _num(mk.get("value"))) is not None]
        # the legend wraps onto as many rows as its entries need, so none runs off the right edge
        line = fm.height() + 2
        rows: list[list[tuple[str, QColor, float]]] = [[]]
        used = 0.0
        for name, color in legend:
            w = 14 + fm.horizontalAdvance(name)
            if rows[-1] and left + used + w > self.width() - 4:
                rows.append([])
                used = 0.0
            rows[-1].append((name, color, used))
            used += w + 16
        legend_h = line * len(rows) + 2
        plot = QRectF(left, top, self.width() - left - right, self.height() - top - bottom - legend_h)
        if plot.width() <= 10 or plot.height() <= 10:
            return
        n = max(len(s["values"]) for s in series)

        def x_at(i: float) -> float:
            return plot.left() + (plot.width() * (i + 0.5) / max(n, 1))

        def y_at(v: float) -> float:
            return plot.bottom() - (v - lo) / (hi - lo) * plot.height()

        grid = QPen(QColor("#d9dde3"))
        p.setPen(grid)
        for v, text in zip(ticks, labels):
            y = y_at(v)
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(QColor("#666"))
            p.drawText(QRectF(0, y - fm.height() / 2, left - 4, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
            p.setPen(grid)
        xs = self.x_labels()
        if xs:
            # as many labels as fit side by side without overlapping
            widest = max(fm.horizontalAdvance(str(x)) for x in xs) + 12
            per_label = plot.width() / max(len(xs), 1)
            step = max(1, math.ceil(widest / max(per_label, 1)))
            p.setPen(QColor("#666"))
            for i in range(0, len(xs), step):
                p.drawText(QRectF(x_at(i) - 40, plot.bottom() + 2, 80, fm.height()),
                           Qt.AlignmentFlag.AlignHCenter, str(xs[i]))
        bar_series = [s for s in series if (s.get("kind") or chart.get("type")) == "bar"]
        bw = plot.width() / max(n, 1) * 0.8 / max(len(bar_series), 1)
        for si, s in enumerate(series):
            color = QColor(s.get("color") or PALETTE[si % len(PALETTE)])
            kind = s.get("kind") or chart.get("type", "line")
            vals = [_num(v) for v in s["values"]]
            if kind == "bar":
                bi = bar_series.index(s)
                for i, v in enumerate(vals):
                    if v is None:
                        continue
                    x = x_at(i) - bw * len(bar_series) / 2 + bi * bw
                    p.fillRect(QRectF(x, y_at(max(v, 0)), bw, abs(y_at(v) - y_at(0))), color)
            else:
                path = QPainterPath()
                started = False
                for i, v in enumerate(vals):
                    if v is None:
                        started = False
                        continue
                    pt = QPointF(x_at(i), y_at(v))
                    if started:
                        path.lineTo(pt)
                    else:
                        path.moveTo(pt)
                        started = True
                pen = QPen(color, 2)
                if s.get("dashed"):
                    pen.setStyle(Qt.PenStyle.DashLine)
                p.setPen(pen)
                p.drawPath(path)
        for mi, mk in enumerate(markers):
            v = _num(mk.get("value"))
            if v is None:
                continue
            color = QColor(mk.get("color") or PALETTE[(len(series) + mi) % len(PALETTE)])
            p.setPen(QPen(color, 1.5, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(plot.left(), y_at(v)), QPointF(plot.right(), y_at(v)))
        for r, row in enumerate(rows):
            y = self.height() - legend_h + r * line
            for name, color, dx in row:
                x = plot.left() + dx
                p.fillRect(QRectF(x, y + 4, 10, 10), color)
                p.setPen(self.palette().text().color())
                p.drawText(QPointF(x + 14, y + fm.ascent() + 2), name)
                self.legend_boxes.append(QRectF(x, y, 14 + fm.horizontalAdvance(name), line))
