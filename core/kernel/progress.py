"""One way for long work to say how far it is and to be stopped.

Imports, exports, backtests and the roster solver take a ``progress`` argument: anything with the
:class:`Progress` protocol's three members. They call ``report(done, total, text)`` now and then,
and stop *cooperatively*, only where stopping is safe:

* work that writes (an import, an export) calls ``check()`` between rows; it raises
  :class:`Cancelled`, a :class:`DeskmateError`, so the unit of work rolls back, the export's
  temporary file is removed, and nothing is half-written;
* a search that has a useful answer at any moment (the roster solver) reads ``cancelled`` and
  returns its best result so far.

Who asks for the stop is not the worker's business: a Cancel button (the desktop's task runner
hands a :class:`Tracker` to the task and cancels it from the GUI thread), Ctrl+C in a command, a
test. A report callback that raises is a bug, not a way to say "stop": it propagates.
"""
from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Protocol, TextIO, runtime_checkable

from core.kernel.errors import DeskmateError

ReportFn = Callable[[int, "int | None", str], None]


class Cancelled(DeskmateError):
    """The person cancelled; nothing was written."""

    def __init__(self, message: str = "cancelled: nothing was written") -> None:
        super().__init__(message)


@runtime_checkable
class Progress(Protocol):
    def report(self, done: int, total: int | None, text: str = "") -> None:
        """How far the work is: ``done`` of ``total`` (None when not known), in words."""

    @property
    def cancelled(self) -> bool:
        """True once someone asked the work to stop."""

    def check(self, message: str | None = None) -> None:
        """Raise :class:`Cancelled` (with ``message``, if given) when asked to stop."""


class CancelToken:
    """A flag set from one thread (the GUI, a signal handler) and read from another (the worker)."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


class Tracker:
    """The usual :class:`Progress`: reports go to ``on_report`` (a progress bar, a command's status
    line, a test's list) and cancellation is read from ``token``."""

    def __init__(self, on_report: ReportFn | None = None, token: CancelToken | None = None) -> None:
        self._on_report = on_report
        self.token = token or CancelToken()

    def report(self, done: int, total: int | None, text: str = "") -> None:
        if self._on_report is not None:
            self._on_report(done, total, text)

    @property
    def cancelled(self) -> bool:
        return self.token.cancelled

    def cancel(self) -> None:
        self.token.cancel()

    def check(self, message: str | None = None) -> None:
        if self.token.cancelled:
            raise Cancelled(message) if message else Cancelled()


def or_silent(progress: Progress | None) -> Progress:
    """``progress``, or one that reports nowhere and is never cancelled (so workers need no ifs)."""
    return progress if progress is not None else Tracker()


class TerminalProgress(Tracker):
    """For commands: a status line on stderr, only on a terminal, redrawn in place at most once
    per ``min_step`` units; :meth:`end` finishes it with a newline. Ctrl+C stops a command outright
    (Python's KeyboardInterrupt, and the unit of work rolls back), so nothing here cancels."""

    def __init__(self, stream: TextIO | None = None, min_step: int = 50_000) -> None:
        super().__init__(self._show)
        self.stream = stream if stream is not None else sys.stderr
        self.min_step = min_step
        self.shown = 0

    def _show(self, done: int, total: int | None, text: str) -> None:
        if not self.stream.isatty() or done - self.shown < self.min_step:
            return
        self.shown = done
        line = text or f"{done:,}" + (f" of {total:,}" if total else "")
        print("\r" + line, end="", file=self.stream)

    def end(self) -> None:
        if self.shown:
            print(file=self.stream)
