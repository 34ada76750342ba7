"""Shared widget polish: chart axes for small ranges, empty states that show all their text."""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QApplication

from desktop.widgets import ChartWidget, EmptyState
from desktop.widgets.chart import nice_ticks


def test_axis_ticks_for_a_small_range_are_distinct_and_readable():
    ticks, decimals = nice_ticks(0.0, 0.8)
    labels = [f"{t:,.{decimals}f}" for t in ticks]
    assert labels == ["0.0", "0.2", "0.4", "0.6", "0.8"]
    assert len(set(labels)) == len(labels)


def test_axis_ticks_cover_the_data_with_round_steps():
    ticks, decimals = nice_ticks(-3, 47)
    assert ticks[0] <= -3 and ticks[-1] >= 47 and decimals == 0
    steps = {round(b - a, 9) for a, b in zip(ticks, ticks[1:])}
    assert len(steps) == 1 and steps.pop() in (10, 20, 25, 50)
    flat, _ = nice_ticks(0, 0)
    assert flat[0] < flat[-1]


def test_chart_with_fractional_values_paints(qtbot):
    w = ChartWidget({"type": "line", "title": "Forecast error", "x": [f"2026-11-{d:02d}" for d in range(1, 31)],
                     "series": [{"name": "MAPE", "values": [0.1 + d / 100 for d in range(30)]}],
                     "markers": [{"name": "target", "value": 0.25}]})
    qtbot.addWidget(w)
    w.resize(420, 220)
    img = w.grab().toImage()
    assert not img.isNull() and img.width() == 420


def test_a_narrow_chart_wraps_its_long_title_and_legend_instead_of_cutting_them(qtbot):
    """The receivables report's chart at 1366×768: four series' names and a long title in 360 px."""
    names = ["due from customers", "received", "purchase orders due", "due from customers, previous period"]
    w = ChartWidget({"type": "bar", "title": "Stock value at cost and value above order-up-to by week (GBP)",
                     "x": [f"2026-11-{d:02d}" for d in range(1, 9)],
                     "series": [{"name": n, "values": [i + d for d in range(8)]} for i, n in enumerate(names)]})
    qtbot.addWidget(w)
    w.resize(360, 240)
    w.grab()
    line = w.fontMetrics().height()
    assert w.title_rect.height() >= 2 * line - 2          # two lines, not one cut at both ends
    assert 0 <= w.title_rect.left() and w.title_rect.right() <= w.width()
    assert len(w.legend_boxes) == len(names)
    assert all(b.right() <= w.width() for b in w.legend_boxes)           # none runs off the edge
    assert len({round(b.top()) for b in w.legend_boxes}) >= 2              # on more than one row
    wide = ChartWidget(w.chart)
    qtbot.addWidget(wide)
    wide.resize(1200, 240)
    wide.grab()
    assert len({round(b.top()) for b in wide.legend_boxes}) == 1 and wide.title_rect.height() < 2 * line


def test_an_empty_chart_wraps_its_sentence_inside_the_chart(qtbot):
    text = "Nothing to draw for these weeks: see the figures and how it was worked out"
    w = ChartWidget({"type": "bar", "title": "As drafted %", "series": [], "empty": text})
    qtbot.addWidget(w)
    w.resize(360, 220)
    w.grab()
    needed = w.fontMetrics().boundingRect(w.empty_rect.toRect(), int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text)
    assert w.fontMetrics().horizontalAdvance(text) > w.width()       # one line would be cut
    assert w.empty_rect.contains(QRectF(needed)) and w.empty_rect.right() <= w.width()


def test_empty_state_text_is_not_clipped_to_one_line(qtbot):
    long_text = "Nothing here yet. " * 20
    e = EmptyState("Nothing yet", long_text)
    qtbot.addWidget(e)
    e.resize(700, 400)
    e.show()
    qtbot.waitExposed(e)
    QApplication.processEvents()
    line = e.text.fontMetrics().lineSpacing()
    assert e.text.height() >= 3 * line        # wrapped over several lines, all visible


def test_run_latest_delivers_only_the_newest_result(qtbot):
    import threading
    from desktop.tasks import TaskRunner
    tasks = TaskRunner()
    release = threading.Event()
    got = []

    def slow(x):
        release.wait(5)
        return x

    tasks.run_latest("q", slow, "old", on_done=got.append)      # will finish last
    tasks.run_latest("q", lambda: "new", on_done=got.append)
    qtbot.waitUntil(lambda: got == ["new"], timeout=3000)
    release.set()
    tasks.wait()
    qtbot.wait(20)
    assert got == ["new"]
    errors = []
    tasks.run_latest("e", lambda: 1 / 0, on_error=errors.append)
    tasks.wait()
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=3000)
    assert isinstance(errors[0], ZeroDivisionError)
