"""Shared widget polish: chart axes for small ranges, empty states that show all their text."""
from __future__ import annotations

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
