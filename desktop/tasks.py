"""Run core calls off the GUI thread and deliver the result back on it (after Anki's taskman).

``ctx.tasks.run(fn, *args, on_done=cb, on_error=cb)``: ``fn`` runs on a worker thread, and the
callbacks run on the GUI thread through a queued Qt signal, so widgets are only ever touched there.
Long jobs get the kernel's progress protocol (``core.kernel.progress``): ``run_with_progress``
hands the task a :class:`~core.kernel.progress.Tracker` whose reports reach the GUI thread and
returns the same tracker, whose ``cancel()`` a Cancel button calls.
"""
from __future__ import annotations

import logging
import traceback
import weakref
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from core.kernel.progress import Cancelled, Tracker

log = logging.getLogger("deskmate.desktop")
__all__ = ["Cancelled", "TaskRunner", "Tracker"]


def _deliver(cb: Callable[[Any], None], value: Any) -> None:
    """Call a GUI-thread callback; a result arriving after its widget was closed is dropped."""
    try:
        cb(value)
    except RuntimeError as exc:
        if "already deleted" not in str(exc):
            raise
        log.debug("task result dropped: its widget was closed (%s)", exc)


class _Relay(QObject):
    done = Signal(object, object)      # (callback, result)
    failed = Signal(object, object)    # (callback, exception)
    progress = Signal(object, int, object, str)     # (callback, done, total or None, text)

    @Slot(object, object)
    def _on_done(self, cb: Callable[[Any], None] | None, result: Any) -> None:
        if cb is not None:
            _deliver(cb, result)

    @Slot(object, object)
    def _on_failed(self, cb: Callable[[BaseException], None] | None, exc: BaseException) -> None:
        if cb is not None:
            _deliver(cb, exc)

    @Slot(object, int, object, str)
    def _on_progress(self, cb: Callable[[int, int | None, str], None] | None, done: int, total: int | None,
                     text: str) -> None:
        if cb is not None:
            cb(done, total, text)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay, on_done: Any, on_error: Any) -> None:
        super().__init__()
        self.fn, self.relay, self.on_done, self.on_error = fn, relay, on_done, on_error

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI, never swallowed
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.relay.failed.emit(self.on_error, exc)
        else:
            self.relay.done.emit(self.on_done, result)


class TaskRunner:
    #: Every runner alive in this process, so a shutdown (or a test's teardown) can wait for all
    #: of their jobs: a job still running when its window is gone must not deliver into the next one.
    _live: ClassVar["weakref.WeakSet[TaskRunner]"] = weakref.WeakSet()

    def __init__(self, on_unhandled: Callable[[BaseException], None] | None = None) -> None:
        TaskRunner._live.add(self)
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(2)
        self.relay = _Relay()
        self.relay.done.connect(self.relay._on_done)  # noqa: SLF001 - the relay is this runner's part
        self.relay.failed.connect(self.relay._on_failed)  # noqa: SLF001
        self.relay.progress.connect(self.relay._on_progress)  # noqa: SLF001
        self.on_unhandled = on_unhandled
        self._latest: dict[object, int] = {}

    def run(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None, **kwargs: Any) -> None:
        self.pool.start(_Job(lambda: fn(*args, **kwargs), self.relay, on_done,
                             on_error or self.on_unhandled))

    def run_latest(self, key: object, fn: Callable[..., Any], *args: Any,
                   on_done: Callable[[Any], None] | None = None,
                   on_error: Callable[[BaseException], None] | None = None, **kwargs: Any) -> None:
        """Like :meth:`run`, for queries a newer one replaces (a filter changed twice quickly):
        with two workers the older result may arrive last, so only the result (or error) of the
        latest call with the same ``key`` is delivered; the others are dropped."""
        gen = self._latest[key] = self._latest.get(key, 0) + 1

        def only_latest(cb: Callable[[Any], None] | None) -> Callable[[Any], None]:
            def deliver(value: Any) -> None:
                if self._latest.get(key) != gen:
                    return
                if cb is not None:
                    cb(value)
                elif isinstance(value, BaseException) and self.on_unhandled is not None:
                    self.on_unhandled(value)
            return deliver

        self.run(fn, *args, on_done=only_latest(on_done), on_error=only_latest(on_error), **kwargs)

    def run_with_progress(self, fn: Callable[..., Any], *args: Any,
                          on_progress: Callable[[int, int | None, str], None] | None = None,
                          on_done: Callable[[Any], None] | None = None,
                          on_error: Callable[[BaseException], None] | None = None,
                          **kwargs: Any) -> Tracker:
        """``fn`` gets ``progress=`` a :class:`Tracker`: its reports arrive in ``on_progress`` on
        the GUI thread; the returned tracker's ``cancel()`` asks ``fn`` to stop (``fn`` then raises
        ``Cancelled`` into ``on_error``, or — a search — returns its best so far)."""
        progress = Tracker(lambda d, t, s: self.relay.progress.emit(on_progress, d, t, s))
        self.run(fn, *args, on_done=on_done, on_error=on_error, progress=progress, **kwargs)
        return progress

    def wait(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)

    @classmethod
    def wait_all(cls, msecs: int = 30_000) -> bool:
        """Wait for the jobs of every runner in the process (True when all have finished)."""
        return all([runner.pool.waitForDone(msecs) for runner in list(cls._live)])
