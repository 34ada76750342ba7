"""Events from core (scheduler threads, background tasks) turned into Qt signals.

Core knows nothing of Qt: it calls plain Python listeners from whatever thread it runs on. The
bridge's ``emit_*`` methods may be called from any thread; the signals are delivered to widgets on
the GUI thread because the bridge object lives there (queued connections across threads).
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Bridge(QObject):
    suggestions_changed = Signal()          # new drafts, decisions: refresh inbox and badges
    job_run_finished = Signal(object)       # a run-history DTO
    job_run_started = Signal(str)           # job id
    data_changed = Signal(str)              # area name whose data changed
    scheduler_state = Signal(str)           # "running", "standby (another copy runs the jobs)", "off"

    def emit_suggestions_changed(self) -> None:
        self.suggestions_changed.emit()

    def emit_job_run_finished(self, run: object) -> None:
        self.job_run_finished.emit(run)

    def emit_job_run_started(self, job_id: str) -> None:
        self.job_run_started.emit(job_id)

    def emit_data_changed(self, area: str) -> None:
        self.data_changed.emit(area)

    def emit_scheduler_state(self, state: str) -> None:
        self.scheduler_state.emit(state)
