"""Events from core (scheduler threads, background tasks) turned into Qt signals.

Core knows nothing of Qt: it calls plain Python listeners from whatever thread it runs on. The
bridge's ``emit_*`` methods may be called from any thread; the signals are delivered to widgets on
the GUI thread because the bridge object lives there (queued connections across threads).
"""
from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer, Signal

# The words shown for each state ("Automation: running"); translated where shown, context "Bridge".
SCHEDULER_STATES = {"running": QT_TRANSLATE_NOOP("Bridge", "running"),
                    "standby": QT_TRANSLATE_NOOP("Bridge", "standby (another copy runs the jobs)"),
                    "off": QT_TRANSLATE_NOOP("Bridge", "off")}
# Kernel tables pages care about by name: every unit of work writes the kernel's audit table, so
# "kernel" alone says little; a change to these is also told as data_changed(<name>).
TABLE_TOPICS = {"setting": "settings"}


def _weak_emitter(bridge: "Bridge") -> Callable[[Any], None]:
    """The bridge's subscription to a change hub, holding the bridge weakly.

    The hub outlives any one window (a restore swaps it, tests make many bridges on one thread);
    a commit on a worker thread must never emit through a bridge Qt has already deleted."""
    ref = weakref.ref(bridge)

    def emit(changes: Any) -> None:
        b = ref()
        if b is not None and shiboken6.isValid(b):
            b._core_changed.emit(changes)  # noqa: SLF001 - the bridge's own helper

    return emit


class Bridge(QObject):
    suggestions_changed = Signal()          # new drafts, decisions: refresh inbox and badges
    job_run_finished = Signal(object)       # a run-history DTO
    job_run_started = Signal(str)           # job id
    data_changed = Signal(str)              # area name whose data changed
    scheduler_state = Signal(str)           # "running", "standby (another copy runs the jobs)", "off"
    automation_changed = Signal()           # job configuration or area switches changed

    # internal: a core change notification, queued from the committing thread to the GUI thread
    _core_changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hub: Any = None
        self._pending: set[str] = set()
        self._core_changed.connect(self._collect)
        self._listener = _weak_emitter(self)          # one callable, so unsubscribe finds it

    def attach_changes(self, hub: Any) -> None:
        """Listen to a database's committed changes (``core.kernel.changes``): every area a unit of
        work wrote is re-emitted as ``data_changed(area)``, and inbox changes as
        ``suggestions_changed``, on the GUI thread. Changes arriving together (an import's many
        units of work, a job's drafts) are coalesced into one signal per area per event-loop pass.
        Attaching to another database (after a restore) detaches from the previous one."""
        if hub is self._hub:
            return
        if self._hub is not None:
            self._hub.unsubscribe(self._listener)
        self._hub = hub
        hub.subscribe(self._listener)

    def detach_changes(self) -> None:
        if self._hub is not None:
            self._hub.unsubscribe(self._listener)
            self._hub = None

    def _collect(self, changes: Any) -> None:
        if not self._pending:
            QTimer.singleShot(0, self._flush)
        self._pending.update(changes.areas)
        self._pending.update(topic for table, topic in TABLE_TOPICS.items() if table in changes.tables)

    def _flush(self) -> None:
        areas, self._pending = self._pending, set()
        for area in sorted(areas):
            self.data_changed.emit(area)
        if "inbox" in areas:
            self.suggestions_changed.emit()

    def emit_suggestions_changed(self) -> None:
        self.suggestions_changed.emit()

    def emit_job_run_finished(self, run: object) -> None:
        self.job_run_finished.emit(run)

    def emit_job_run_started(self, job_id: str) -> None:
        self.job_run_started.emit(job_id)

    def emit_data_changed(self, area: str) -> None:
        """For tests and tools only: pages never announce changes themselves (core does)."""
        self.data_changed.emit(area)

    def emit_scheduler_state(self, state: str) -> None:
        self.scheduler_state.emit(state)

    def attach_automation(self, service: Any) -> Callable[[Any], None]:
        """Listen to ``core.automation``'s events (from scheduler/job threads) and re-emit them as
        this bridge's signals, which Qt queues to the GUI thread. Returns the listener so it can
        be removed with ``service.remove_listener``."""

        def on_event(ev: Any) -> None:
            if ev.type == "run_started":
                self.job_run_started.emit(ev.job_id or "")
            elif ev.type == "run_finished":
                self.job_run_finished.emit(ev.run)
                if ev.run is not None and (ev.run.created or ev.run.superseded):
                    self.suggestions_changed.emit()
            elif ev.type == "suggestions_changed":
                self.suggestions_changed.emit()
            elif ev.type == "scheduler_state":
                self.scheduler_state.emit(SCHEDULER_STATES.get(ev.text, ev.text))
            elif ev.type == "config_changed":
                self.automation_changed.emit()

        service.add_listener(on_event)
        return on_event
