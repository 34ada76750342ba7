"""The scheduler: APScheduler 3.11 ``BackgroundScheduler`` plus what it does not do for us.

* **One scheduler per database.** A lease row (``scheduler_lease``) names the process running the
  jobs; it renews it with a heartbeat every ``heartbeat_seconds``. Another process takes over when
  the lease has expired (``lease_seconds``, under a minute) or at once when the holder is a dead
  process on the same machine. Others stay on standby and keep trying.
* **Catch-up.** Each job's last claimed fire time is stored. On becoming the scheduler, and on every
  heartbeat for fire times older than ``overdue_slack_seconds`` (the machine slept past APScheduler's
  misfire grace), the fire times missed since then are counted: an ordinary job runs once and says
  "catch-up: missed N runs since X"; an occurrence-based job runs once per missed occurrence with
  ``ctx.as_of`` set to its day.
* **Exactly once.** A fire time is *claimed* by moving ``job_config.last_fire_at`` forward in one
  transaction that also checks the lease, so neither a second process nor APScheduler racing the
  heartbeat can run it twice; and suggestions are deduplicated by (job, subject, occurrence) anyway.

The heartbeat runs on its own one-thread executor so long jobs never starve it. Everything that
depends on time asks ``app.clock`` (inject a ``FixedClock`` in tests); APScheduler's own timer only
decides *when to look*.
"""
from __future__ import annotations

import logging
import os
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, OperationalError

from core.automation.models import JobConfig, JobRun, SchedulerLease
from core.automation.registry import load_jobs
from core.automation.schedule import MAX_COUNTED, fire_times, parse_schedule
from core.automation.service import HOST, AutomationEvent, RunInfo, RunRequest
from core.kernel.actor import SYSTEM
from core.kernel.audit import record
from core.kernel.settings import SettingsService
from core.inbox.texts import stored, stored_n
from core.kernel.i18n import _

if TYPE_CHECKING:
    from core.app import Deskmate

log = logging.getLogger(__name__)

LEASE_NAME = "scheduler"
#: How long a lease lasts, and how often it is renewed, on this computer: with a worker on another
#: machine, the lease length is how long the desktops wait before taking over from a worker that
#: died without handing it back (packaging/deskmate-worker.env sets 10 s and 3 s).
LEASE_ENV = "DESKMATE_LEASE_SECONDS"
HEARTBEAT_ENV = "DESKMATE_HEARTBEAT_SECONDS"


def _seconds(env: str, default: float) -> float:
    raw = os.environ.get(env, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        log.warning("%s=%r is not a number of seconds; using %s", env, raw, default)
        return default
    return max(0.2, value)
# A run by another machine still "running" after this long is taken to be dead.
STALE_RUN = timedelta(hours=6)


def pid_alive(pid: int) -> bool:
    """Whether a process on this machine is alive (unknown -> assume alive, rely on expiry)."""
    if os.name != "posix" or pid <= 0:
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True



def _host_of(holder: str | None) -> str:
    """``host:pid:token`` → host (the lease holder's technical id stays in the audit detail)."""
    return (holder or "").split(":", 1)[0] or _("another computer")


def runner_words(holder: str, previous: str | None = None) -> str:
    """The audit summary when a copy of Deskmate takes over the scheduled jobs, in words a person
    reads ("Deskmate on the computer “till-pc” now runs the scheduled jobs"), not process ids."""
    host = _host_of(holder)
    if not previous:
        return _("Deskmate on the computer “{host}” now runs the scheduled jobs").format(host=host)
    before = _host_of(previous)
    if before == host:
        return _("Deskmate on the computer “{host}” now runs the scheduled jobs (taking over from an earlier "
                 "Deskmate on the same computer)").format(host=host)
    return _("Deskmate on the computer “{host}” now runs the scheduled jobs (taking over from the computer "
             "“{before}”)").format(host=host, before=before)

class AutomationScheduler:
    def __init__(self, app: "Deskmate", *, holder: str | None = None, lease_seconds: float | None = None,
                 heartbeat_seconds: float | None = None, misfire_grace_seconds: int = 600,
                 overdue_slack_seconds: float = 30, workers: int = 3) -> None:
        self.app = app
        self.service = app.automation
        self.clock = app.clock
        self.holder = holder or f"{HOST}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self.lease_seconds = lease_seconds if lease_seconds is not None else _seconds(LEASE_ENV, 45)
        self.heartbeat_seconds = (heartbeat_seconds if heartbeat_seconds is not None
                                  else _seconds(HEARTBEAT_ENV, min(15.0, self.lease_seconds / 3)))
        self.misfire_grace_seconds = misfire_grace_seconds
        self.overdue_slack = timedelta(seconds=overdue_slack_seconds)
        self.workers = workers
        self.is_leader = False
        self.state = "off"
        self._sched: BackgroundScheduler | None = None
        self._scheduled: dict[str, tuple[str, Any]] = {}
        self._state_lock = threading.RLock()
        self._job_locks: dict[str, threading.Lock] = {}
        self._locks_lock = threading.Lock()
        self._resync = threading.Event()
        # APScheduler's shutdown holds its job-store lock while it waits for running jobs, and a
        # running heartbeat or sync adds and removes jobs, which needs that lock: a stop arriving
        # mid-heartbeat would wait for ever. Every change goes through _changes(), which a stop
        # closes first, so nothing asks APScheduler for its lock once shutdown has begun.
        self._changes_lock = threading.Lock()
        self._stopping = False

    # ------------------------------------------------------------------ lifecycle
    @property
    def running(self) -> bool:
        return self._sched is not None and self._sched.running

    def start(self) -> None:
        """Start APScheduler; the first heartbeat (immediately) tries to take the lease."""
        if self.running:
            return
        self._stopping = False
        tz = ZoneInfo(self.service.timezone())
        self._sched = BackgroundScheduler(
            timezone=tz,
            executors={"default": ThreadPoolExecutor(self.workers), "lease": ThreadPoolExecutor(1)},
            job_defaults={"coalesce": True, "misfire_grace_time": self.misfire_grace_seconds,
                          "max_instances": 1})
        self._sched.add_job(self.heartbeat, IntervalTrigger(seconds=self.heartbeat_seconds, timezone=tz),
                            id="_heartbeat", name="scheduler heartbeat", executor="lease",
                            next_run_time=datetime.now(tz), coalesce=True,
                            misfire_grace_time=max(1, int(self.heartbeat_seconds)))
        self.service.add_listener(self._on_event)
        self._sched.start()

    def shutdown(self, wait: bool = True) -> None:
        """Stop: finish (wait=True) or abandon running jobs, then hand the lease back at once."""
        self.service.remove_listener(self._on_event)
        with self._changes_lock:
            self._stopping = True
        if self._sched is not None and self._sched.running:
            self._sched.shutdown(wait=wait)
        self._sched = None
        self._scheduled.clear()
        with self._state_lock:
            if self.is_leader:
                self.release()
            self.is_leader = False
            self._set_state("off")

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.service.emit(AutomationEvent("scheduler_state", text=state))

    def _on_event(self, ev: AutomationEvent) -> None:
        if ev.type == "config_changed":
            self._resync.set()
            self._submit(self.sync_jobs, "_sync")

    @contextmanager
    def _changes(self) -> Iterator[BackgroundScheduler | None]:
        """APScheduler to add or remove jobs on, or None when it is not running or is stopping."""
        with self._changes_lock:
            sched = self._sched
            yield sched if sched is not None and sched.running and not self._stopping else None

    def _submit(self, fn: Any, job_id: str) -> None:
        """Run ``fn`` on the scheduler's workers when started, else right here (tests, CLI);
        nothing once a stop has begun."""
        if self._stopping:
            return
        if not self.running:
            fn()
            return
        with self._changes() as sched:
            if sched is not None:
                sched.add_job(fn, id=job_id, replace_existing=True, misfire_grace_time=None)

    # ------------------------------------------------------------------ the lease
    def acquire(self) -> bool:
        """Take or renew the lease; False when another live process holds it."""
        now = self.clock.now()
        expires = now + timedelta(seconds=self.lease_seconds)
        try:
            with self.app.db.uow() as s:
                row = s.get(SchedulerLease, LEASE_NAME, with_for_update=True)
                if row is not None and row.holder == self.holder:
                    row.heartbeat_at, row.expires_at = now, expires
                    return True
                if row is None:
                    s.add(SchedulerLease(name=LEASE_NAME, holder=self.holder, host=HOST, pid=os.getpid(),
                                         acquired_at=now, heartbeat_at=now, expires_at=expires))
                    previous = None
                elif row.expires_at <= now or (row.host == HOST and row.pid != os.getpid()
                                               and not pid_alive(row.pid)):
                    previous = row.holder
                    row.holder, row.host, row.pid = self.holder, HOST, os.getpid()
                    row.acquired_at, row.heartbeat_at, row.expires_at = now, now, expires
                else:
                    return False
                record(s, SYSTEM, area="automation", action="take scheduler lease", entity="scheduler",
                       entity_id=LEASE_NAME, before={"holder": previous}, after={"holder": self.holder},
                       summary=runner_words(self.holder, previous), at=now)
                return True
        except (OperationalError, IntegrityError):
            return False

    def release(self) -> None:
        """Hand the lease back (clean stop): another copy can take over at its next heartbeat."""
        try:
            with self.app.db.uow() as s:
                row = s.get(SchedulerLease, LEASE_NAME)
                if row is not None and row.holder == self.holder:
                    row.expires_at = self.clock.now()
        except OperationalError:
            pass

    def lease_holder(self) -> SchedulerLease | None:
        with self.app.db.read() as s:
            row = s.get(SchedulerLease, LEASE_NAME)
            if row is not None:
                s.expunge(row)
            return row

    def heartbeat(self) -> bool:
        """Renew or take the lease and react to gaining or losing it. Returns: are we the leader?"""
        with self._state_lock:
            was = self.is_leader
            now_leader = self.acquire()
            self.is_leader = now_leader
            if now_leader and not was:
                self._set_state("running")
                self._submit(self.catch_up, "_catch_up")
            elif not now_leader:
                if was:
                    self._unschedule_all()
                self._set_state("standby")
            else:
                self._submit(self.run_overdue, "_overdue")
        if now_leader:
            self._housekeeping()
        return now_leader

    def _housekeeping(self) -> None:
        try:
            if self.app.inbox.refresh():
                self.service.emit(AutomationEvent("suggestions_changed", text=_("snoozed items woke up")))
        except OperationalError:
            pass

    # ------------------------------------------------------------------ scheduling APScheduler jobs
    def _unschedule_all(self) -> None:
        with self._changes() as sched:
            if sched is not None:
                for job_id in list(self._scheduled):
                    try:
                        sched.remove_job(job_id)
                    except Exception:  # noqa: BLE001 - already gone
                        pass
        self._scheduled.clear()

    def sync_jobs(self) -> dict[str, str]:
        """Make APScheduler's jobs match the stored configuration (leader only)."""
        if not self.is_leader:
            return {}
        self._resync.clear()
        now = self.clock.now()
        desired: dict[str, tuple[str, Any]] = {}
        with self.app.db.uow() as s:
            tz = SettingsService.read(s, "shop.timezone")
            infos = self.service.jobs_in(s)
            for info in infos:
                if not info.active:
                    continue
                cfg = s.get(JobConfig, info.id)
                if cfg is None:
                    cfg = JobConfig(job_id=info.id, last_fire_at=now, updated_at=now)
                    s.add(cfg)
                elif cfg.last_fire_at is None:
                    cfg.last_fire_at = now
                anchor = cfg.last_fire_at if info.schedule.startswith("interval") else None
                desired[info.id] = (f"{info.schedule}|{tz}|{anchor}", parse_schedule(info.schedule, tz, anchor))
        with self._changes() as sched:
            if sched is not None:
                for job_id in list(self._scheduled):
                    if job_id not in desired:
                        sched.remove_job(job_id)
                        del self._scheduled[job_id]
                for job_id, (sig, trigger) in desired.items():
                    if self._scheduled.get(job_id, ("",))[0] != sig:
                        sched.add_job(self._fire, trigger, args=[job_id], id=job_id, name=job_id,
                                      replace_existing=True, coalesce=True, max_instances=1,
                                      misfire_grace_time=self.misfire_grace_seconds)
        self._scheduled = {k: v for k, v in desired.items()}
        return {k: v[0].split("|")[0] for k, v in desired.items()}

    def next_fire_times(self) -> dict[str, datetime | None]:
        if not self.running:
            return {}
        assert self._sched is not None
        return {j.id: j.next_run_time for j in self._sched.get_jobs() if not j.id.startswith("_")}

    # ------------------------------------------------------------------ running what is due
    def _job_lock(self, job_id: str) -> threading.Lock:
        with self._locks_lock:
            return self._job_locks.setdefault(job_id, threading.Lock())

    def _fire(self, job_id: str) -> list[RunInfo]:
        """APScheduler's callback at a scheduled time."""
        return self.run_due(job_id, trigger="schedule")

    def catch_up(self) -> list[RunInfo]:
        """On becoming the scheduler: re-run interrupted runs, run what was missed, then schedule."""
        runs: list[RunInfo] = []
        try:
            runs += self.recover_interrupted()
            for spec in list(load_jobs().values()):
                runs += self.run_due(spec.id, trigger="catch-up")
            self.sync_jobs()
        except Exception:  # noqa: BLE001 - keep the scheduler alive; the error is in the log
            log.exception("the scheduler's catch-up failed; it keeps running")
        return runs

    def run_overdue(self) -> list[RunInfo]:
        """Heartbeat: fire times older than the slack that nobody ran (sleep, misfire) run now."""
        runs: list[RunInfo] = []
        try:
            cutoff = self.clock.now() - self.overdue_slack
            for spec in list(load_jobs().values()):
                runs += self.run_due(spec.id, trigger="catch-up", until=cutoff)
            if self._resync.is_set():
                self.sync_jobs()
        except Exception:  # noqa: BLE001
            log.exception("the scheduler's heartbeat failed; it keeps running")
        return runs

    def run_due(self, job_id: str, *, trigger: str, until: datetime | None = None) -> list[RunInfo]:
        """Claim and run the due fire times of one job (see the module docstring)."""
        lock = self._job_lock(job_id)
        if not lock.acquire(blocking=False):
            return []       # already running in this process; it will see what is due
        try:
            spec = self.service.spec(job_id)
            runs: list[RunInfo] = []
            if not spec.occurrence_based:
                claimed = self._claim(job_id, take_all=True, until=until)
                if claimed is None:
                    return []
                due, total = claimed
                req = self._request(job_id, trigger, due, total, single=False)
                runs.append(self.service.execute(req))
                return runs
            index = 0
            while True:
                claimed = self._claim(job_id, take_all=False, until=until)
                if claimed is None:
                    return runs
                due, total = claimed
                index += 1
                req = self._request(job_id, trigger, due, total + index - 1, single=True, index=index)
                runs.append(self.service.execute(req))
        finally:
            lock.release()

    def _request(self, job_id: str, trigger: str, due: list[datetime], total: int, *, single: bool,
                 index: int = 1) -> RunRequest:
        with self.app.db.read() as s:
            tz = ZoneInfo(SettingsService.read(s, "shop.timezone"))
            today = self.service.today(s)
        first = due[0].astimezone(tz)
        at_least = total >= MAX_COUNTED
        when = f"{first:%Y-%m-%d %H:%M}"
        notes: list[str] = []
        if single:
            as_of, occurrence = first.date(), first.date().isoformat()
            if trigger != "schedule" or total > 1:
                trigger = "catch-up"
                notes.append(stored("catch-up: occurrence {when} ({index} of at least {total} missed)", when=when,
                                    index=index, total=total) if at_least else
                             stored("catch-up: occurrence {when} ({index} of {total} missed)", when=when,
                                    index=index, total=total))
        else:
            as_of, occurrence = today, None
            if trigger != "schedule" or total > 1:
                trigger = "catch-up"
                notes.append(stored_n("catch-up: missed at least {n} run since {when}",
                                      "catch-up: missed at least {n} runs since {when}", total, when=when)
                             if at_least else
                             stored_n("catch-up: missed {n} run since {when}", "catch-up: missed {n} runs since {when}",
                                      total, when=when))
        return RunRequest(job_id, trigger, as_of, occurrence=occurrence, scheduled_for=due[-1],
                          notes=notes)

    def _claim(self, job_id: str, *, take_all: bool,
               until: datetime | None) -> tuple[list[datetime], int] | None:
        """Move the job's last fire time past what is due, in one transaction that also checks we
        still hold the lease. Returns (claimed fire times, how many were due) or None."""
        now = self.clock.now()
        limit = min(until, now) if until is not None else now
        with self.app.db.uow() as s:
            lease = s.get(SchedulerLease, LEASE_NAME)
            if lease is None or lease.holder != self.holder or lease.expires_at <= now:
                return None
            if not self.service.is_active(s, job_id):
                return None
            cfg = s.get(JobConfig, job_id)
            if cfg is None:
                s.add(JobConfig(job_id=job_id, last_fire_at=now, updated_at=now))
                return None
            if cfg.last_fire_at is None:
                cfg.last_fire_at = now
                return None
            spec = self.service.spec(job_id)
            tz = SettingsService.read(s, "shop.timezone")
            schedule = cfg.schedule or spec.schedule
            anchor = cfg.last_fire_at if schedule.startswith("interval") else None
            due = fire_times(parse_schedule(schedule, tz, anchor), cfg.last_fire_at, limit)
            if not due:
                return None
            if take_all:
                cfg.last_fire_at = due[-1] if len(due) < MAX_COUNTED else now
                return due, len(due)
            cfg.last_fire_at = due[0]
            return [due[0]], len(due)

    def recover_interrupted(self) -> list[RunInfo]:
        """Runs left "running" by a process that died: mark them interrupted and run them again
        (safe: drafting is idempotent)."""
        now = self.clock.now()
        again: list[RunRequest] = []
        with self.app.db.uow() as s:
            stale = []
            for r in s.scalars(select(JobRun).where(JobRun.outcome == "running",
                                                    JobRun.trigger.in_(("schedule", "catch-up")))):
                dead = ((r.host == HOST and r.pid != os.getpid() and not pid_alive(r.pid))
                        or (r.started_at < now - STALE_RUN))
                if dead:
                    stale.append(r)
            self.service.mark_interrupted(s, [r.id for r in stale], _("the process running it stopped"))
            for r in stale:
                if r.job_id in load_jobs():
                    again.append(RunRequest(r.job_id, "catch-up", r.as_of if r.occurrence else
                                            self.service.today(s), occurrence=r.occurrence,
                                            scheduled_for=r.scheduled_for,
                                            notes=[stored("re-run: run {id} started {when} UTC was interrupted",
                                                          id=r.id, when=r.started_at.strftime("%Y-%m-%d %H:%M"))]))
        return [self.service.execute(req) for req in again]
