"""``deskmate worker``: the scheduler without a screen, for an always-on office PC.

It takes the scheduler lease when it is free (or waits on standby while a desktop runs the jobs),
prints one line per event, and stops cleanly on SIGTERM or Ctrl+C: running jobs finish, the lease
is handed back so another copy can take over at once.
"""
from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from core.automation.scheduler import AutomationScheduler
from core.automation.service import AutomationEvent
from core.kernel.i18n import _

if TYPE_CHECKING:
    from core.app import Deskmate


def describe_event(ev: AutomationEvent) -> str | None:
    if ev.type == "run_finished" and ev.run is not None:
        r = ev.run
        text = _("{job}: {outcome} ({trigger}), {n} new, {superseded} superseded").format(
            job=r.job_id, outcome=r.outcome, trigger=r.trigger, n=r.created, superseded=r.superseded)
        if r.notes:
            text += " — " + r.notes.replace("\n", "; ")
        if r.error:
            text += " — " + _("error: {error}").format(error=r.error.splitlines()[0])
        return text
    if ev.type == "scheduler_state":
        return {"running": _("this worker now runs the scheduled jobs"),
                "standby": _("standby: another copy of Deskmate runs the jobs"),
                "off": _("scheduler stopped")}.get(ev.text, ev.text)
    return None


def run_worker(app: "Deskmate", *, stop: threading.Event | None = None,
               out: Callable[[str], None] = print, **scheduler_options: Any) -> int:
    stop = stop or threading.Event()
    sched = AutomationScheduler(app, **scheduler_options)

    def log(ev: AutomationEvent) -> None:
        line = describe_event(ev)
        if line:
            out(f"{app.clock.now():%Y-%m-%d %H:%M:%S} {line}")
            sys.stdout.flush()

    def on_signal(signum: int, _frame: Any) -> None:
        stop.set()

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, on_signal)
        signal.signal(signal.SIGINT, on_signal)
    app.automation.add_listener(log)
    out(_("deskmate worker started as {holder}; stop with Ctrl+C or SIGTERM").format(holder=sched.holder))
    sys.stdout.flush()
    sched.start()
    try:
        while not stop.wait(0.5):
            pass
    finally:
        out(_("stopping: waiting for running jobs to finish"))
        sched.shutdown(wait=True)
        app.automation.remove_listener(log)
        out(_("deskmate worker stopped"))
        sys.stdout.flush()
    return 0
