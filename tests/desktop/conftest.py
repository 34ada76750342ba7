"""Fixtures for GUI tests (pytest-qt, offscreen), reusable by every page's tests.

- ``qt_settings_tmp`` (autouse): QSettings (window geometry, splitters...) go to a temporary folder.
- ``make_ctx(actor)``: a :class:`DesktopContext` on the test's ``app`` with a real TaskRunner and
  Bridge. Task errors nobody handled fail the test at teardown instead of vanishing.
- ``open_page(PageClass, actor)``: one page on its own, shown, first data delivered: ``(ctx, page)``.
- ``automation_page(actor)``: the same for the Automation page.
- ``qt_app_ctx``: ``make_ctx(owner)``.
- ``main_window``: the real main window for the owner, shown; ``make_window(actor)`` for others.
- ``settle(ctx)`` (a fixture returning a function): wait until background tasks are done and their
  callbacks have run (callbacks that start more tasks are followed too).
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

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


@pytest.fixture(scope="session", autouse=True)
def ui_in_english(qapp) -> Iterator[None]:
    """The desktop as an English-speaking user sees it (its plurals come from the English
    catalogue), whatever the machine's locale; ``ui_language`` switches a test to another."""
    from desktop import i18n
    i18n.install("en", qapp)
    yield
    i18n.uninstall(qapp)


@pytest.fixture
def ui_language(qapp) -> Iterator[Callable[[str], None]]:
    """``ui_language("de")``: widgets made after the call speak German; English again after the test."""
    from desktop import i18n

    yield lambda lang: i18n.install(lang, qapp) and None
    i18n.install("en", qapp)


@pytest.fixture(autouse=True)
def close_stray_dialogs(qapp) -> Iterator[None]:
    """Message boxes and dialogs a test left open must not be found by the next test."""
    yield
    from PySide6.QtWidgets import QDialog
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QDialog) and w.isVisible():
            w.done(0)
    QApplication.processEvents()


@pytest.fixture(autouse=True)
def _no_task_outlives_its_test(qapp) -> Iterator[None]:
    """Set up first, so torn down last: after the test's windows are closed, every background job
    any runner started (also runners made outside the fixtures, e.g. by the app controller) has
    finished and delivered, before the next test's widgets exist. A job finishing in the middle of
    another test is how a worker process crashed in Qt's event loop."""
    yield
    # A delivered result may start the next job (a page loading its sections one after another):
    # wait again until a round of delivering starts nothing new.
    for _ in range(50):
        TaskRunner.wait_all()
        QApplication.processEvents()
        if all(runner.pool.activeThreadCount() == 0 for runner in list(TaskRunner._live)):  # noqa: SLF001
            break


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
def open_page(qtbot, make_ctx) -> Callable[..., tuple[DesktopContext, Any]]:
    """Open one page on its own as ``actor``, shown at a laptop size with its first data delivered.

    Page tests need the page's own widgets, not the whole window; this keeps them to one line."""

    def open_(page_class: type, actor: Actor, size: tuple[int, int] = (1200, 700)) -> tuple[DesktopContext, Any]:
        return show_page(qtbot, make_ctx, page_class, actor, size)

    return open_


@pytest.fixture
def automation_page(open_page) -> Callable[..., tuple[DesktopContext, Any]]:
    """``automation_page(actor)``: the Automation page for ``actor``, shown with its jobs, payoff
    and routes loaded (the setup the automation, routing and pilot tests share)."""

    def open_(actor: Actor, size: tuple[int, int] = (1200, 800)) -> tuple[DesktopContext, Any]:
        from desktop.pages.automation.page import AutomationPage
        return open_page(AutomationPage, actor, size)

    return open_


def show_page(qtbot, make_ctx, page_class: type, actor: Actor,
              size: tuple[int, int] = (1200, 700)) -> tuple[DesktopContext, Any]:
    """What ``open_page`` does, for helpers that already hold ``qtbot`` and ``make_ctx``."""
    ctx = make_ctx(actor)
    page = page_class(ctx)
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    _settle(qtbot, ctx)
    return ctx, page


def schedule_page_class() -> type:
    """The schedule page, with its package imported so its inbox editors are registered."""
    import desktop.pages.schedule  # noqa: F401 - registers page and editors
    from desktop.pages.schedule.page import SchedulePage
    return SchedulePage


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


# --------------------------------------------------------------------------- the demo shop
DEMO_CLOCK_AT = (2026, 11, 25, 9, 0)


@pytest.fixture(scope="session")
def demo_shop_dir(tmp_path_factory) -> Path:
    """The demo shop, built once per run (about 10 s) on a fixed clock; tests get a copy. Parallel
    workers share one: the first builds it under a lock, the others wait and copy it."""
    import fcntl
    import os
    from datetime import datetime, timezone

    from core.demo import build_demo
    from core.kernel.clock import FixedClock
    # A worker's base folder sits in the run's own folder; without workers the base is the run's.
    base = tmp_path_factory.getbasetemp()
    run = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    folder = run / "demo-shop" / "data"
    with open(run / "demo-shop.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (folder.parent / "built").exists():
            folder.mkdir(parents=True, exist_ok=True)
            app = Deskmate.open(folder, clock=FixedClock(datetime(*DEMO_CLOCK_AT, tzinfo=timezone.utc)))
            try:
                build_demo(app)
            finally:
                app.close()
            (folder.parent / "built").touch()
    return folder


@pytest.fixture
def demo_app(demo_shop_dir: Path, tmp_path: Path) -> Iterator[Deskmate]:
    """A private copy of the demo shop (owner, sam and bea) on the same fixed clock."""
    import shutil
    from datetime import datetime, timezone

    from core.kernel.clock import FixedClock
    folder = tmp_path / "demo"
    shutil.copytree(demo_shop_dir, folder)
    app = Deskmate.open(folder, clock=FixedClock(datetime(*DEMO_CLOCK_AT, tzinfo=timezone.utc)))
    yield app
    app.close()


@pytest.fixture
def make_demo_window(qtbot, demo_app: Deskmate, task_errors: list[BaseException]):
    """``make_demo_window("sam", (1280, 720))``: the main window on the demo shop for that user,
    shown at that size (not maximised) with its first page loaded."""
    from PySide6.QtCore import Qt

    from desktop.shell import MainWindow
    made: list[DesktopContext] = []

    def make(username: str, size: tuple[int, int] = (1280, 720)) -> MainWindow:
        actor = demo_app.users.by_name(username).actor
        ctx = DesktopContext(app=demo_app, actor=actor, tasks=TaskRunner(on_unhandled=task_errors.append),
                             bridge=Bridge())
        made.append(ctx)
        win = MainWindow(ctx, shop_name=demo_app.settings.get("shop.name"))
        qtbot.addWidget(win)
        win.setWindowState(win.windowState() & ~Qt.WindowState.WindowMaximized)
        win.resize(*size)
        win.show()
        qtbot.waitExposed(win)
        _settle(qtbot, ctx)
        return win

    yield make
    for ctx in made:
        ctx.tasks.wait(30_000)
    QApplication.processEvents()
    assert not task_errors, "unhandled task errors: " + "; ".join(
        getattr(e, "__traceback_text__", repr(e)) for e in task_errors)
