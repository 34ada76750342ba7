"""The job registry: module-level job functions declared with what they are and who owns them.

An area declares its jobs in ``core/<area>/jobs.py`` with the :func:`job` decorator. A job function
takes a :class:`JobContext` and drafts suggestions through ``ctx.draft(...)``; it never applies
anything itself. Schedules, owners and on/off switches are stored in the database (see
``core/automation/models.py``) with these declarations as defaults.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from core.kernel.actor import Role
from core.kernel.registry import AreaRegistry

if TYPE_CHECKING:
    from core.app import Deskmate


@dataclass
class JobContext:
    """What a running job gets. ``occurrence`` is set for occurrence-based jobs during catch-up."""

    app: "Deskmate"
    job_id: str
    run_id: int | None
    as_of: date
    started_at: datetime
    trigger: str = "schedule"          # schedule | manual | catch-up | cli
    occurrence: str | None = None
    created: int = 0
    superseded: int = 0
    notes: list[str] = field(default_factory=list)
    pilot: bool = False                # drafts stay out of the inbox, and nothing open is superseded

    def draft(self, session: Session, **kwargs: Any) -> int | None:
        """Draft one suggestion (see ``InboxService.draft``); counts what was really created."""
        kwargs.setdefault("job_id", self.job_id)
        kwargs.setdefault("pilot", self.pilot)
        new_id = self.app.inbox.draft(session, **kwargs)
        if new_id is not None:
            self.created += 1
        return new_id

    def supersede(self, session: Session, **kwargs: Any) -> int:
        if self.pilot:          # a pilot changes nothing people see
            return 0
        n = self.app.inbox.supersede_open(session, **kwargs)
        self.superseded += n
        return n

    def note(self, text: str) -> None:
        self.notes.append(text)


JobFn = Callable[[JobContext], None]


@dataclass(frozen=True)
class JobSpec:
    id: str
    title: str
    description: str
    area: str
    kinds: tuple[str, ...]
    # "cron:MIN HOUR DOM MON DOW" (crontab fields) or "interval:SECONDS"
    schedule: str
    func: JobFn
    owner_role: Role = Role.OWNER
    # Occurrence-based jobs (recurring invoices...) are run once per missed occurrence on catch-up,
    # each with ``ctx.as_of`` set to that occurrence's day; others run once for all they missed.
    occurrence_based: bool = False
    enabled_by_default: bool = True


#: Every job by id, declared in the areas' ``jobs.py`` (imported when the registry is first read).
JOBS: AreaRegistry[JobSpec] = AreaRegistry("jobs", key=lambda spec: spec.id)


def job(*, id: str, title: str, description: str, area: str, kinds: tuple[str, ...] = (),  # noqa: A002
        schedule: str, owner_role: Role = Role.OWNER, occurrence_based: bool = False,
        enabled_by_default: bool = True) -> Callable[[JobFn], JobFn]:
    def deco(fn: JobFn) -> JobFn:
        JOBS.register(JobSpec(id=id, title=title, description=description, area=area, kinds=kinds,
                              schedule=schedule, func=fn, owner_role=owner_role,
                              occurrence_based=occurrence_based, enabled_by_default=enabled_by_default))
        return fn
    return deco


def load_jobs() -> dict[str, JobSpec]:
    """Every job: each area's jobs module is imported once; jobs registered later (tests) count too."""
    return JOBS.load()
