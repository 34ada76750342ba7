"""Starting and stopping the automation scheduler inside the desktop app.

``desktop/app.py`` calls :func:`start_automation` once the main window is shown and
:func:`stop_automation` on logout, restore and quit. The scheduler's events reach widgets only as
the bridge's Qt signals on the GUI thread. When another copy of Deskmate (or ``deskmate worker``)
already runs the jobs, this one stays on standby and takes over if that copy goes away.
"""
from __future__ import annotations

import gc
from typing import TYPE_CHECKING, Any

from core.automation.scheduler import AutomationScheduler

if TYPE_CHECKING:
    from desktop.context import DesktopContext

_state: dict[str, Any] = {}


def settle_gc() -> None:
    """Move everything alive after start-up (Qt bindings, SQLAlchemy, the pages) out of the
    garbage collector's way. Without it, each full collection walks ~130k start-up objects and
    blocks the GUI thread for 70-200 ms while scrolling a big inbox (see benchmarks/inbox.py)."""
    gc.collect()
    gc.freeze()


def start_automation(ctx: "DesktopContext", **options: Any) -> AutomationScheduler:
    """Called by desktop/app.py once the main window is shown: start the scheduler (and settle
    the garbage collector, since start-up is over)."""
    settle_gc()
    stop_automation()
    listener = ctx.bridge.attach_automation(ctx.app.automation)
    sched = AutomationScheduler(ctx.app, **options)
    _state.update(ctx=ctx, listener=listener, scheduler=sched)
    ctx.extras["scheduler"] = sched
    sched.start()
    return sched


def stop_automation() -> None:
    """Stop without waiting for a running job (the window is closing); the lease is handed back
    at once, and a run cut short is re-run by whichever copy starts the scheduler next."""
    sched: AutomationScheduler | None = _state.pop("scheduler", None)
    ctx = _state.pop("ctx", None)
    listener = _state.pop("listener", None)
    if sched is not None:
        sched.shutdown(wait=False)
    if ctx is not None and listener is not None:
        ctx.app.automation.remove_listener(listener)
        ctx.extras.pop("scheduler", None)


def current_scheduler() -> AutomationScheduler | None:
    return _state.get("scheduler")
