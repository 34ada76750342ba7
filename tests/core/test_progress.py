"""The kernel's one progress and cancellation protocol (core.kernel.progress)."""
from __future__ import annotations

import io
import threading

import pytest

from core.kernel.errors import DeskmateError
from core.kernel.progress import Cancelled, CancelToken, Progress, TerminalProgress, Tracker, or_silent


def test_a_tracker_reports_and_is_cancelled_cooperatively():
    heard = []
    t = Tracker(lambda d, n, s: heard.append((d, n, s)))
    assert isinstance(t, Progress)
    t.report(1, 10, "one")
    t.report(2, None)
    t.check()                                   # not cancelled: nothing happens
    assert heard == [(1, 10, "one"), (2, None, "")] and not t.cancelled
    t.cancel()
    assert t.cancelled
    t.report(3, 10, "still heard")              # reporting never raises
    with pytest.raises(Cancelled, match="after 3 rows"):
        t.check("export cancelled after 3 rows")
    with pytest.raises(DeskmateError, match="nothing was written"):   # a Cancelled is a user-level error
        t.check()


def test_a_token_set_on_another_thread_is_seen_by_the_worker():
    token = CancelToken()
    t = Tracker(token=token)
    threading.Thread(target=token.cancel).start()
    for _ in range(1000):
        if t.cancelled:
            break
        threading.Event().wait(0.001)
    assert t.cancelled


def test_a_failing_listener_propagates_it_is_a_bug_not_a_cancel():
    t = Tracker(lambda *_a: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        t.report(1, 1)
    assert not t.cancelled


def test_or_silent_gives_workers_a_progress_that_never_stops():
    p = or_silent(None)
    p.report(1, None, "x")
    p.check()
    given = Tracker()
    assert or_silent(given) is given


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_terminal_line_is_drawn_only_on_a_terminal_and_not_too_often():
    out = _Tty()
    t = TerminalProgress(out, min_step=10)
    for n in range(1, 31):
        t.report(n, 30, f"{n} rows")
    t.end()
    assert out.getvalue() == "\r10 rows\r20 rows\r30 rows\n"
    piped = io.StringIO()
    q = TerminalProgress(piped, min_step=1)
    q.report(5, 5, "x")
    q.end()
    assert piped.getvalue() == ""
