"""The automation service: jobs with their stored configuration, runs, history and learning stats.

Every run of a job — by the scheduler, by "Run now", by catch-up or from the CLI — goes through
:meth:`AutomationService.execute`, so each is recorded the same way in ``job_run``. Jobs only draft;
people decide in the inbox. Listeners (plain callables) hear about runs from whatever thread ran
them; the desktop's bridge turns them into Qt signals.
"""
from __future__ import annotations

import os
import socket
import statistics
import threading
import logging
import traceback
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from core.automation.models import JobConfig, JobRun
from core.automation.pilot import MODES, mode_word, pilot_comparison
from core.automation.registry import JobContext, JobSpec, load_jobs
from core.automation.schedule import describe, parse_schedule, validate_schedule
from core.inbox.models import Suggestion
from core.inbox.texts import shown, stored
from core.kernel.actor import SYSTEM, Actor
from core.kernel.audit import record
from core.kernel.clock import local_today
from core.kernel.errors import DeskmateError, NotFound, ValidationError
from core.kernel.i18n import _, pgettext
from core.kernel.settings import SettingsService
from core.users.models import User
from core.users.permissions import Perm, require

if TYPE_CHECKING:
    from core.app import Deskmate
    from core.automation.payoff import JobPayoff


log = logging.getLogger(__name__)
HOST = socket.gethostname()
#: The payoff beside each job covers this many whole weeks (a quarter), unless asked otherwise.
PAYOFF_WEEKS = 13


@dataclass(frozen=True)
class JobInfo:
    id: str
    title: str
    description: str
    area: str
    kinds: tuple[str, ...]
    schedule: str
    schedule_text: str
    default_schedule: str
    enabled: bool
    area_enabled: bool
    owner_user_id: int | None
    owner_name: str
    owner_role: str
    occurrence_based: bool
    last_fire_at: datetime | None
    last_run_at: datetime | None
    last_outcome: str | None
    next_run_at: datetime | None = None
    pilot: bool = False                 # switched on in pilot: drafts stay out of the inbox
    pilot_supported: bool = False       # its area says how to compare a pilot with people's work

    @property
    def active(self) -> bool:
        """Runs on schedule: the job and its area are both switched on."""
        return self.enabled and self.area_enabled

    @property
    def mode(self) -> str:
        """off | pilot | on."""
        return "off" if not self.enabled else "pilot" if self.pilot else "on"


@dataclass(frozen=True)
class RunInfo:
    id: int
    job_id: str
    trigger: str
    started_at: datetime
    finished_at: datetime | None
    outcome: str
    as_of: date
    occurrence: str | None
    scheduled_for: datetime | None
    created: int
    superseded: int
    error: str | None
    notes: str

    @property
    def duration_s(self) -> float | None:
        if self.finished_at is None:
            return None
        return (self.finished_at - self.started_at).total_seconds()


@dataclass(frozen=True)
class KindStats:
    job_id: str
    kind: str
    drafted: int
    open: int
    decided: int
    approved: int
    edited: int
    rejected: int
    superseded: int
    median_hours_to_decision: float | None

    @staticmethod
    def _rate(n: int, d: int) -> float | None:
        return round(n / d, 3) if d else None

    @property
    def acceptance_rate(self) -> float | None:
        return self._rate(self.approved, self.decided)

    @property
    def edit_rate(self) -> float | None:
        return self._rate(self.edited, self.decided)

    @property
    def rejection_rate(self) -> float | None:
        return self._rate(self.rejected, self.decided)

    def as_dict(self) -> dict[str, Any]:
        return {"job_id": self.job_id, "kind": self.kind, "drafted": self.drafted, "open": self.open,
                "decided": self.decided, "approved": self.approved, "edited": self.edited,
                "rejected": self.rejected, "superseded": self.superseded,
                "acceptance_rate": self.acceptance_rate, "edit_rate": self.edit_rate,
                "rejection_rate": self.rejection_rate,
                "median_hours_to_decision": self.median_hours_to_decision}


@dataclass(frozen=True)
class AutomationEvent:
    """What listeners hear. ``type``: run_started | run_finished | config_changed | scheduler_state."""

    type: str
    job_id: str | None = None
    run: RunInfo | None = None
    text: str = ""


Listener = Callable[[AutomationEvent], None]


def role_name(role: str) -> str:
    """A role's name alone ("owner"), in the reader's language."""
    return {"owner": pgettext("role name", "owner"), "staff": pgettext("role name", "staff"),
            "bookkeeper": pgettext("role name", "bookkeeper")}.get(role, role)


def run_info(r: JobRun) -> RunInfo:
    """A run as people read it: its notes (stored messages, one a line) in the reader's language."""
    notes = "\n".join(shown(line) if line else line for line in (r.notes or "").split("\n")) if r.notes else r.notes
    return RunInfo(r.id, r.job_id, r.trigger, r.started_at, r.finished_at, r.outcome, r.as_of,
                   r.occurrence, r.scheduled_for, r.created, r.superseded, r.error, notes)


@dataclass
class RunRequest:
    job_id: str
    trigger: str
    as_of: date
    occurrence: str | None = None
    scheduled_for: datetime | None = None
    notes: list[str] = field(default_factory=list)
    started_by: Actor | None = None


class AutomationService:
    def __init__(self, app: "Deskmate") -> None:
        self.app = app
        self.db = app.db
        self.clock = app.clock
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ listeners
    def add_listener(self, fn: Listener) -> None:
        with self._lock:
            self._listeners.append(fn)

    def remove_listener(self, fn: Listener) -> None:
        with self._lock:
            if fn in self._listeners:
                self._listeners.remove(fn)

    def emit(self, event: AutomationEvent) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for fn in listeners:
            try:
                fn(event)
            except Exception:  # noqa: BLE001 - a broken listener must not stop a job
                log.exception("an automation listener failed on %s", event.type)

    # ------------------------------------------------------------------ jobs and configuration
    def spec(self, job_id: str) -> JobSpec:
        spec = load_jobs().get(job_id)
        if spec is None:
            raise NotFound(_("no automation job '{job}'; see 'deskmate automation list'").format(job=job_id))
        return spec

    def timezone(self, session: Session | None = None) -> str:
        if session is not None:
            return SettingsService.read(session, "shop.timezone")
        return self.app.settings.get("shop.timezone")

    def _info(self, session: Session, spec: JobSpec, cfg: JobConfig | None, areas_off: set[str],
              owners: dict[int, str], last: JobRun | None) -> JobInfo:
        schedule = (cfg.schedule if cfg and cfg.schedule else None) or spec.schedule
        enabled = spec.enabled_by_default if cfg is None or cfg.enabled is None else cfg.enabled
        owner_id = cfg.owner_user_id if cfg else None
        if owner_id:
            owner_name = owners.get(owner_id, "")
        else:
            # Every automation has a named person: unless one was chosen, the first active user
            # with the job's role answers for it.
            default = owners.get(f"role:{spec.owner_role.value}")
            role = role_name(spec.owner_role.value)
            owner_name = _("{name} (default {role})").format(name=default, role=role) if default else \
                _("(no active {role}: choose someone)").format(role=role)
        return JobInfo(
            id=spec.id, title=_(spec.title), description=_(spec.description), area=spec.area,
            kinds=spec.kinds, schedule=schedule, schedule_text=describe(schedule),
            default_schedule=spec.schedule, enabled=enabled, area_enabled=spec.area not in areas_off,
            owner_user_id=owner_id,
            owner_name=owner_name,
            owner_role=spec.owner_role.value, occurrence_based=spec.occurrence_based,
            last_fire_at=cfg.last_fire_at if cfg else None,
            last_run_at=last.started_at if last else None, last_outcome=last.outcome if last else None,
            next_run_at=self._next_run(session, schedule, cfg, enabled and spec.area not in areas_off),
            pilot=bool(cfg and cfg.pilot), pilot_supported=pilot_comparison(spec.id) is not None)

    def _next_run(self, session: Session, schedule: str, cfg: JobConfig | None, active: bool) -> datetime | None:
        """When the job next runs on schedule (None when switched off)."""
        if not active:
            return None
        now = self.clock.now()
        anchor = cfg.last_fire_at if (cfg and cfg.last_fire_at and schedule.startswith("interval")) else None
        try:
            nxt = parse_schedule(schedule, self.timezone(session), anchor).get_next_fire_time(None, now)
        except ValidationError:
            return None
        return nxt.astimezone(timezone.utc) if nxt else None

    def jobs_in(self, session: Session) -> list[JobInfo]:
        specs = load_jobs()
        cfgs = {c.job_id: c for c in session.scalars(select(JobConfig))}
        areas_off = set(SettingsService.read(session, "automation.areas_off"))
        owners: dict[Any, str] = {}
        for uid, name, role, active in session.execute(
                select(User.id, User.username, User.role, User.active).order_by(User.id)):
            owners[uid] = name
            if active:
                owners.setdefault(f"role:{role}", name)
        last: dict[str, JobRun] = {}
        for r in session.scalars(select(JobRun).order_by(JobRun.id.desc()).limit(2000)):
            last.setdefault(r.job_id, r)
        return [self._info(session, spec, cfgs.get(spec.id), areas_off, owners, last.get(spec.id))
                for spec in sorted(specs.values(), key=lambda j: (j.area, j.title))]

    def list_jobs(self) -> list[JobInfo]:
        """Every registered job: its declaration merged with what is stored."""
        with self.db.read() as s:
            return self.jobs_in(s)

    def job(self, job_id: str) -> JobInfo:
        self.spec(job_id)
        return next(j for j in self.list_jobs() if j.id == job_id)

    def areas(self) -> dict[str, bool]:
        """Areas that have jobs -> switched on?"""
        off = set(self.app.settings.get("automation.areas_off"))
        return {a: a not in off for a in sorted({j.area for j in list(load_jobs().values())})}

    def set_area_enabled(self, actor: Actor, area: str, enabled: bool) -> dict[str, bool]:
        require(actor, Perm.MANAGE_AUTOMATION)
        if area not in {j.area for j in list(load_jobs().values())}:
            raise NotFound(_("no automation jobs in area '{area}'").format(area=area))
        off = set(self.app.settings.get("automation.areas_off"))
        off = off - {area} if enabled else off | {area}
        self.app.settings.update(actor, {"automation.areas_off": sorted(off)})
        self.emit(AutomationEvent("config_changed", text=(_("area {area} on") if enabled else _("area {area} off")).format(area=area)))
        return self.areas()

    def update_job(self, actor: Actor, job_id: str, *, enabled: bool | None = None,
                   schedule: str | None = None, owner_user_id: int | None = None,
                   clear_owner: bool = False, mode: str | None = None) -> JobInfo:
        """Owner only: switch a job off, to pilot or on (``mode``; ``enabled`` is on/off and leaves
        a pilot a pilot), change its schedule or the person responsible. Audited like any setting."""
        require(actor, Perm.MANAGE_AUTOMATION)
        spec = self.spec(job_id)
        if mode is not None:
            if mode not in MODES:
                raise ValidationError(_("a job's mode is off, pilot or on, not '{mode}'").format(mode=mode))
            if mode == "pilot" and pilot_comparison(job_id) is None:
                raise ValidationError(_("'{job}' cannot run in pilot: Deskmate has no way yet to compare its "
                                        "drafts with what people do by hand").format(job=_(spec.title)))
            enabled = mode != "off"
        now = self.clock.now()
        with self.db.uow() as s:
            tz = self.timezone(s)
            cfg = s.get(JobConfig, job_id)
            if cfg is None:
                cfg = JobConfig(job_id=job_id)
                s.add(cfg)
            before = {"enabled": cfg.enabled, "schedule": cfg.schedule, "owner_user_id": cfg.owner_user_id,
                      "pilot": bool(cfg.pilot)}
            was = next(j for j in self.jobs_in(s) if j.id == job_id).mode
            if mode is not None:
                cfg.pilot = mode == "pilot"
            if enabled is not None:
                cfg.enabled = bool(enabled)
                if enabled and not before["enabled"]:
                    # Switching on is not a request to catch up on everything missed while off.
                    cfg.last_fire_at = now
            if schedule is not None:
                text = validate_schedule(schedule, tz)
                if text != (cfg.schedule or spec.schedule):
                    cfg.schedule = None if text == spec.schedule else text
                    cfg.last_fire_at = now
            if clear_owner:
                cfg.owner_user_id = None
            elif owner_user_id is not None:
                u = s.get(User, owner_user_id)
                if u is None or not u.active:
                    raise ValidationError(_("no active user with id {id} to own the job").format(id=owner_user_id))
                cfg.owner_user_id = owner_user_id
            cfg.updated_at = now
            after = {"enabled": cfg.enabled, "schedule": cfg.schedule, "owner_user_id": cfg.owner_user_id,
                     "pilot": bool(cfg.pilot)}
            s.flush()
            info = next(j for j in self.jobs_in(s) if j.id == job_id)
            if after != before:
                before["mode"], after["mode"] = was, info.mode
                summary = (_("job '{job}' switched from {was} to {mode}").format(
                    job=_(spec.title), was=mode_word(was), mode=mode_word(info.mode)) if was != info.mode
                    else _("job '{job}' changed").format(job=_(spec.title)))
                record(s, actor, area="automation", action="change job", entity="job", entity_id=job_id,
                       before=before, after=after, summary=summary, at=now)
        self.emit(AutomationEvent("config_changed", job_id=job_id))
        return info

    def is_active(self, session: Session, job_id: str) -> bool:
        spec = self.spec(job_id)
        cfg = session.get(JobConfig, job_id)
        enabled = spec.enabled_by_default if cfg is None or cfg.enabled is None else cfg.enabled
        return enabled and spec.area not in set(SettingsService.read(session, "automation.areas_off"))

    # ------------------------------------------------------------------ running
    def run_now(self, actor: Actor, job_id: str, as_of: date | None = None,
                trigger: str = "manual") -> RunInfo:
        """Run a job now for a person (GUI "Run now", CLI). Safe to repeat: drafting is idempotent."""
        require(actor, Perm.RUN_AUTOMATION)
        self.spec(job_id)
        if trigger not in ("manual", "cli"):
            raise DeskmateError(_("unknown trigger '{trigger}'").format(trigger=trigger))
        notes = [stored("started by {user}", user=actor.username)]
        if as_of is not None:
            notes.append(stored("as of {day}", day=as_of.isoformat()))
        return self.execute(RunRequest(job_id, trigger, as_of or self.app.today(), notes=notes,
                                        started_by=actor,
                                        occurrence=as_of.isoformat() if as_of else None))

    def execute(self, req: RunRequest) -> RunInfo:
        """Record a run, call the job function, record how it ended. Never raises for job errors:
        they are the run's outcome."""
        spec = self.spec(req.job_id)
        started = self.clock.now()
        with self.db.uow() as s:
            run = JobRun(job_id=req.job_id, trigger=req.trigger, started_at=started, outcome="running",
                         as_of=req.as_of, occurrence=req.occurrence, scheduled_for=req.scheduled_for,
                         created=0, superseded=0, notes="\n".join(req.notes),
                         started_by=req.started_by.user_id if req.started_by else None,
                         host=HOST, pid=os.getpid())
            s.add(run)
            s.flush()
            run_id = run.id
            cfg = s.get(JobConfig, req.job_id)
            pilot = bool(cfg and cfg.pilot)
            info = run_info(run)
        self.emit(AutomationEvent("run_started", job_id=req.job_id, run=info))
        ctx = JobContext(app=self.app, job_id=req.job_id, run_id=run_id, as_of=req.as_of,
                         started_at=started, trigger=req.trigger, occurrence=req.occurrence, pilot=pilot)
        error = None
        try:
            spec.func(ctx)
        except DeskmateError as exc:
            error = str(exc)
            log.warning("job %s (%s) stopped: %s", req.job_id, spec.title, exc)
        except Exception as exc:  # noqa: BLE001 - a job bug is recorded, not raised into the scheduler
            error = f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=8)}"
            log.exception("job %s (%s) failed (run %s, %s)", req.job_id, spec.title, run_id, req.trigger)
        with self.db.uow() as s:
            run = s.get(JobRun, run_id)
            assert run is not None
            run.finished_at = self.clock.now()
            run.outcome = "failed" if error else "ok"
            run.error = error
            run.created, run.superseded = ctx.created, ctx.superseded
            run.notes = "\n".join([*req.notes, *ctx.notes])
            who = req.started_by or SYSTEM
            record(s, who, area="automation", action="run job", entity="job", entity_id=req.job_id,
                   after={"run": run_id, "trigger": req.trigger, "outcome": run.outcome,
                          "created": run.created, "superseded": run.superseded, "as_of": req.as_of},
                   summary=_("{job}: {outcome} ({trigger}), {n} new").format(
                       job=_(spec.title), outcome=run.outcome, trigger=req.trigger, n=run.created)
                           + (f" — {error.splitlines()[0]}" if error else ""),
                   at=run.finished_at, machine_drafted=req.started_by is None)
            info = run_info(run)
        self.emit(AutomationEvent("run_finished", job_id=req.job_id, run=info))
        return info

    # ------------------------------------------------------------------ history and stats
    def history(self, job_id: str | None = None, limit: int = 200) -> list[RunInfo]:
        with self.db.read() as s:
            q = select(JobRun).order_by(JobRun.id.desc()).limit(limit)
            if job_id:
                q = q.where(JobRun.job_id == job_id)
            return [run_info(r) for r in s.scalars(q)]

    def run(self, run_id: int) -> RunInfo:
        with self.db.read() as s:
            r = s.get(JobRun, run_id)
            if r is None:
                raise NotFound(_("no run {id}").format(id=run_id))
            return run_info(r)

    def mark_interrupted(self, session: Session, run_ids: list[int], note: str) -> None:
        if run_ids:
            session.execute(update(JobRun).where(JobRun.id.in_(run_ids)).values(
                outcome="interrupted", finished_at=self.clock.now(), error=note))

    def stats(self) -> list[KindStats]:
        """Per job and kind: how people decided what it drafted (the learning signal)."""
        with self.db.read() as s:
            rows = s.execute(select(Suggestion.job_id, Suggestion.kind, Suggestion.state,
                                    Suggestion.decision, Suggestion.created_at, Suggestion.decided_at)
                             .where(Suggestion.job_id.is_not(None), Suggestion.state != "pilot")).all()
        groups: dict[tuple[str, str], list[Any]] = defaultdict(list)
        for r in rows:
            groups[(r.job_id, r.kind)].append(r)
        out = []
        for (job_id, kind), rs in sorted(groups.items()):
            decided = [r for r in rs if r.decision in ("approved", "edited", "rejected")]
            waits = [(r.decided_at - r.created_at).total_seconds() / 3600 for r in decided
                     if r.decided_at is not None]
            out.append(KindStats(
                job_id=job_id, kind=kind, drafted=len(rs),
                open=sum(1 for r in rs if r.state in ("new", "snoozed", "escalated")),
                decided=len(decided),
                approved=sum(1 for r in decided if r.decision == "approved"),
                edited=sum(1 for r in decided if r.decision == "edited"),
                rejected=sum(1 for r in decided if r.decision == "rejected"),
                superseded=sum(1 for r in rs if r.state == "superseded"),
                median_hours_to_decision=round(statistics.median(waits), 2) if waits else None))
        return out

    def payoff(self, date_from: date | None = None, date_to: date | None = None) -> list["JobPayoff"]:
        """Per job: how people decided its drafts in the period (default: the last 13 whole weeks),
        the common rejection reasons, how far edits moved it, and the verdict with its evidence."""
        from core.automation.payoff import job_payoffs
        from core.kernel.reports import Period, whole_weeks
        default = whole_weeks(self.app.today(), PAYOFF_WEEKS)
        return job_payoffs(self.app, Period(date_from or default.start, date_to or default.end))

    def today(self, session: Session) -> date:
        return local_today(self.clock, self.timezone(session))

