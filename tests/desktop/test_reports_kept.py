"""The costly reports' figures are worked out ahead, in the background, and the pages then open on
them without fitting the forecasts (``core/inventory/figure_cache.py``, ``MainWindow.warm_reports``)."""
from __future__ import annotations

from sqlalchemy import func, select

from core.inventory import figure_cache, reports
from core.inventory.models import PlannerFigures
from desktop.pages.automation.page import AutomationPage
from desktop.shell import WARM_AGAIN_AFTER_MS
from tests.core.inventory.conftest import shop  # noqa: F401


def _no_fit(*_args, **_kwargs):
    raise AssertionError("the forecasts were fitted again")


def test_the_window_works_the_reports_out_in_the_background(qtbot, app, owner, shop, make_window, settle,  # noqa: F811
                                                            task_errors, monkeypatch):
    win = make_window(owner)
    assert win._warm_timer.isActive()             # started when the window first showed
    win._warm_timer.stop()
    win.warm_reports()                            # what the timer does, without waiting for it
    settle(win.ctx)
    assert not task_errors
    with app.db.read() as s:
        assert s.scalar(select(func.count()).select_from(PlannerFigures)) >= 3
    win.ctx.bridge.data_changed.emit("invoicing")  # nothing the planner reads
    assert not win._warm_timer.isActive()
    win.ctx.bridge.data_changed.emit("inventory")  # a sale, a product...: worked out again shortly after
    assert win._warm_timer.isActive() and win._warm_timer.interval() == WARM_AGAIN_AFTER_MS <= 5_000
    win.close()                                   # nothing is started for a window that is gone
    assert not win._warm_timer.isActive()
    calls: list[object] = []
    monkeypatch.setattr(app.reports, "warm", lambda *a, **k: calls.append(a))
    win.warm_reports()
    settle(win.ctx)
    assert calls == []


def test_the_reorder_jobs_measure_shows_without_a_fit_when_kept(qtbot, app, owner, shop, open_page,  # noqa: F811
                                                                 settle, monkeypatch):
    app.reports.warm()
    figure_cache.forget_memory()                  # as a new process: nothing in memory
    reports._snapshots.clear()
    monkeypatch.setattr(app.inventory, "snapshot", _no_fit)
    ctx, page = open_page(AutomationPage, owner, size=(1366, 768))
    settle(ctx)
    page.select_job("inventory.reorder")
    assert "Forecast error" in page.payoff_evidence.text()
    assert "fill rate achieved about" in page.payoff_evidence.text()
