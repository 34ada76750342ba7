"""Fixtures for GUI tests (pytest-qt, offscreen), reusable by every page's tests.

- ``qt_settings_tmp`` (autouse): QSettings (window geometry, splitters...) go to a temporary folder.
- ``make_ctx(actor)``: a :class:`DesktopContext` on the test's ``app`` with a real TaskRunner and
  Bridge. Task errors nobody handled fail the test at teardown instead of vanishing.
- ``qt_app_ctx``: ``make_ctx(owner)``.
- ``main_window``: the real main window for the owner, shown; ``make_window(actor)`` for others.
- ``settle(ctx)`` (a fixture returning a function): wait until background tasks are done and their
  callbacks have run (callbacks that start more tasks are followed too).
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from core.app import Deskmate
from core.kernel.actor import Actor
from desktop.bridge import Bridge
from desktop.context import DesktopContext
from desktop.tasks import TaskRunner


def _settle(qtbot, ctx_or_tasks, timeout_ms: int = 10_000, rounds: int = 6) -> None:
    """Let worker tasks finish and deliver their callbacks (which may start more tasks)."""
    tasks = ctx_or_tasks.tasks if hasattr(ctx_or_tasks, "tasks") else ctx_or_tasks
    for _ in range(rounds):
        tasks.wait(timeout_ms)
        QApplication.processEvents()
        qtbot.wait(5)
    tasks.wait(timeout_ms)
    QApplication.processEvents()


@pytest.fixture
def settle(qtbot) -> Callable[..., None]:
    return lambda ctx_or_tasks, timeout_ms=10_000: _settle(qtbot, ctx_or_tasks, timeout_ms)


@pytest.fixture(autouse=True)
def qt_settings_tmp(qapp, tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "qsettings"
    folder.mkdir()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    from desktop.ui import apply_style
    apply_style(qapp)
    yield folder


@pytest.fixture(autouse=True)
def close_stray_dialogs(qapp) -> Iterator[None]:
    """Message boxes and dialogs a test left open must not be found by the next test."""
    yield
    from PySide6.QtWidgets import QDialog
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QDialog) and w.isVisible():
            w.done(0)
    QApplication.processEvents()


@pytest.fixture
def task_errors() -> list[BaseException]:
    return []


@pytest.fixture
def make_ctx(app: Deskmate, qapp, task_errors: list[BaseException]) -> Iterator[Callable[[Actor], DesktopContext]]:
    made: list[DesktopContext] = []

    def make(actor: Actor) -> DesktopContext:
        tasks = TaskRunner(on_unhandled=task_errors.append)
        ctx = DesktopContext(app=app, actor=actor, tasks=tasks, bridge=Bridge())
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        ctx.tasks.wait(30_000)
    QApplication.processEvents()
    assert not task_errors, "unhandled task errors: " + "; ".join(
        getattr(e, "__traceback_text__", repr(e)) for e in task_errors)


@pytest.fixture
def qt_app_ctx(make_ctx, owner: Actor) -> DesktopContext:
    return make_ctx(owner)


@pytest.fixture
def make_window(qtbot, make_ctx):
    from desktop.shell import MainWindow

    def make(actor: Actor, shop_name: str = "Test Shop") -> MainWindow:
        ctx = make_ctx(actor)
        win = MainWindow(ctx, shop_name=shop_name)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        win.activateWindow()       # window shortcuts (Ctrl+1, F5...) need the active window
        qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=3000)
        _settle(qtbot, ctx)
        return win

    return make


@pytest.fixture
def main_window(make_window, owner: Actor):
    return make_window(owner)
