"""The scheduler: real APScheduler, catch-up after downtime, the lease, two processes."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

import automation_testkit as kit
from automation_testkit import kit_installed  # noqa: F401
from core.app import Deskmate
from core.automation.models import JobRun
from core.automation.scheduler import AutomationScheduler
from core.inbox.models import Suggestion

ROOT = Path(__file__).resolve().parents[3]
HERE = Path(__file__).resolve().parent


def _runs(app, job_id):
    return [r for r in reversed(app.automation.history(job_id))]


def _count(app, **where) -> int:
    with app.db.read() as s:
        q = select(func.count(Suggestion.id))
        for k, v in where.items():
            q = q.where(getattr(Suggestion, k) == v)
        return s.scalar(q)


@pytest.fixture
def sched(app, owner, kit_installed):
    kit.only_test_area(app, owner)
    s = AutomationScheduler(app, holder="test-A")
    yield s
    s.shutdown(wait=True)


def test_first_start_does_not_invent_missed_runs(app, sched):
    assert sched.heartbeat() is True and sched.state == "running"
    assert app.automation.history() == []
    assert set(sched.sync_jobs()) == {kit.SWEEP, kit.RECURRING}   # BROKEN is off by default


def test_catch_up_after_downtime_runs_once_and_says_so(app, clock, sched):
    sched.heartbeat()
    sched.shutdown()                       # Deskmate closed ...
    clock.advance(timedelta(days=3))       # ... for three days (06:00 passed on 26, 27, 28 Nov)
    sched2 = AutomationScheduler(app, holder="test-B")
    assert sched2.heartbeat()
    (run,) = _runs(app, kit.SWEEP)
    assert run.trigger == "catch-up" and run.outcome == "ok" and run.created == 5
    assert "catch-up: missed 3 runs since 2026-11-26 06:00" in run.notes
    assert run.as_of == date(2026, 11, 28)
    # starting again finds nothing more to do
    sched2.heartbeat()
    sched2.catch_up()
    assert len(_runs(app, kit.SWEEP)) == 1
    sched2.shutdown()


def test_occurrence_based_job_runs_each_missed_occurrence_exactly_once(app, clock, sched):
    sched.heartbeat()
    clock.advance(timedelta(days=4))       # 08:00 passed on 26, 27, 28, 29 Nov
    assert sched.acquire()                 # (renew the lease without the heartbeat's own catch-up)
    sched.catch_up()
    sched.catch_up()                       # a second catch-up (or a racing heartbeat) adds nothing
    sched.run_overdue()
    runs = _runs(app, kit.RECURRING)
    assert [r.as_of for r in runs] == [date(2026, 11, d) for d in (26, 27, 28, 29)]
    assert all(r.trigger == "catch-up" for r in runs)
    assert "occurrence 2026-11-26 08:00 (1 of 4 missed)" in runs[0].notes
    assert _count(app, subject_type="plan") == 4
    # "Run now" for a day that already ran creates nothing new
    assert app.automation.run_now(app.users.by_name("olivia").actor, kit.RECURRING,
                                  as_of=date(2026, 11, 27)).created == 0


def test_machine_slept_past_misfire_grace_is_caught_up_by_heartbeat(app, clock, sched):
    sched.heartbeat()
    clock.advance(timedelta(hours=22))     # 2026-11-26 07:00: past 06:00, before 08:00
    assert sched.heartbeat()               # the heartbeat after waking runs what is overdue
    (run,) = _runs(app, kit.SWEEP)
    assert run.trigger == "catch-up" and "missed 1 run since 2026-11-26 06:00" in run.notes
    assert _runs(app, kit.RECURRING) == []


def test_disabled_job_and_switched_off_area_do_not_run(app, owner, clock, sched):
    sched.heartbeat()
    app.automation.update_job(owner, kit.RECURRING, enabled=False)
    app.automation.set_area_enabled(owner, kit.TEST_AREA, False)
    clock.advance(timedelta(days=2))
    sched.catch_up()
    assert app.automation.history() == []
    assert sched.sync_jobs() == {}


def test_second_scheduler_waits_then_takes_over_when_the_lease_expires(app, clock, sched):
    other = AutomationScheduler(app, holder="test-B")
    assert sched.heartbeat() and not other.heartbeat()
    assert other.state == "standby" and sched.lease_holder().holder == "test-A"
    clock.advance(timedelta(seconds=30))
    assert sched.heartbeat() and not other.heartbeat()      # A is alive: renewed
    clock.advance(timedelta(seconds=46))                    # A went silent (crashed/hung)
    assert other.heartbeat() and other.state == "running"
    assert not sched.heartbeat() and sched.state == "standby"
    # only the holder may claim fire times
    clock.advance(timedelta(days=1))
    assert other.acquire() and not sched.acquire()
    assert sched.run_due(kit.SWEEP, trigger="schedule") == []
    assert len(other.run_due(kit.SWEEP, trigger="schedule")) == 1
    other.shutdown()


def test_clean_shutdown_hands_the_lease_over_at_once(app, sched):
    other = AutomationScheduler(app, holder="test-B")
    assert sched.heartbeat() and not other.heartbeat()
    sched.shutdown()
    assert other.heartbeat()
    other.shutdown()


def test_interrupted_run_is_marked_and_run_again(app, clock, sched):
    with app.db.uow() as s:
        s.add(JobRun(job_id=kit.SWEEP, trigger="schedule", started_at=clock.now(), outcome="running",
                     as_of=date(2026, 11, 25), created=0, superseded=0, notes="", host="elsewhere",
                     pid=1))
    clock.advance(timedelta(hours=7))
    sched.heartbeat()
    runs = _runs(app, kit.SWEEP)
    assert runs[0].outcome == "interrupted"
    assert runs[1].outcome == "ok" and "was interrupted" in runs[1].notes and runs[1].created == 5


def test_real_apscheduler_fires_interval_job_and_emits_events(data_dir, kit_installed):
    """Short real intervals with the system clock: APScheduler really drives the runs."""
    app = Deskmate.open(data_dir)
    try:
        owner = app.users.create_first_owner("olivia", "secret-pw-2026").actor
        kit.only_test_area(app, owner)
        app.automation.update_job(owner, kit.RECURRING, enabled=False)
        app.automation.update_job(owner, kit.SWEEP, schedule="interval:1")
        heard = []
        app.automation.add_listener(heard.append)
        sched = AutomationScheduler(app, holder="real", heartbeat_seconds=0.5, lease_seconds=5)
        sched.start()
        try:
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and len(app.automation.history(kit.SWEEP)) < 2:
                time.sleep(0.1)
            assert sched.is_leader and kit.SWEEP in sched.next_fire_times()
        finally:
            sched.shutdown()
        runs = app.automation.history(kit.SWEEP)
        assert len(runs) >= 2 and all(r.outcome == "ok" for r in runs)
        assert sum(r.created for r in runs) == 5           # the same day twice: no duplicates
        assert "run_finished" in [e.type for e in heard] and heard[-1].text == "off"
        assert _count(app) == 5
    finally:
        app.close()


# ----------------------------------------------------------------------------- two real processes

PROC = """
import os, sys, json, time
sys.path[:0] = [{root!r}, {here!r}]
import automation_testkit as kit
kit.install()
from core.app import Deskmate
from core.kernel.clock import FixedClock, SystemClock
from datetime import datetime, timezone
mode = sys.argv[1]
if mode == "cli":
    from core.cli import run
    sys.exit(run(["--data-dir", sys.argv[2], "automation", "run", kit.SWEEP, "--as", "olivia"]))
clock = FixedClock(datetime.fromisoformat(sys.argv[3])) if len(sys.argv) > 3 else SystemClock()
app = Deskmate.open(sys.argv[2], clock=clock)
from core.automation.scheduler import AutomationScheduler
s = AutomationScheduler(app, holder=f"proc-{{os.getpid()}}", lease_seconds=float(os.environ.get("LEASE", "45")))
if mode == "once":
    leader = s.heartbeat()
    print(json.dumps({{"leader": leader}}))
    sys.stdout.flush()
    time.sleep(float(os.environ.get("HOLD", "0")))
elif mode == "hold":
    s.heartbeat()
    print("holding", flush=True)
    time.sleep(600)
"""


def _script(tmp_path: Path) -> Path:
    p = tmp_path / "proc.py"
    p.write_text(PROC.format(root=str(ROOT), here=str(HERE)))
    return p


@pytest.mark.slow
def test_same_job_from_two_processes_at_once_creates_no_duplicates(app, owner, tmp_path, data_dir,
                                                                     kit_installed, cli_login):
    cli_login("olivia")                 # both processes run "automation run --as olivia"
    script = _script(tmp_path)
    env = {**os.environ, "TESTKIT_SUBJECTS": "20", "TESTKIT_DELAY": "0.01"}
    procs = [subprocess.Popen([sys.executable, str(script), "cli", str(data_dir)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=60) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    assert _count(app, kind=kit.KIND) == 20
    runs = app.automation.history(kit.SWEEP)
    assert len(runs) == 2 and sum(r.created for r in runs) == 20


@pytest.mark.slow
def test_two_processes_starting_at_once_run_the_catch_up_once(app, owner, clock, tmp_path, data_dir,
                                                              kit_installed):
    kit.only_test_area(app, owner)
    first = AutomationScheduler(app, holder="yesterday")
    first.heartbeat()                               # Deskmate ran once, then was closed...
    first.shutdown()
    later = (clock.now() + timedelta(days=3)).isoformat()
    script = _script(tmp_path)
    env = {**os.environ, "HOLD": "1"}
    procs = [subprocess.Popen([sys.executable, str(script), "once", str(data_dir), later], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=60) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    leaders = sorted('"leader": true' in o[0] for o in outs)
    assert leaders == [False, True]                 # exactly one took the lease
    assert [r.as_of for r in reversed(app.automation.history(kit.RECURRING))] == \
        [date(2026, 11, 26), date(2026, 11, 27), date(2026, 11, 28)]
    assert len(app.automation.history(kit.SWEEP)) == 1
    assert _count(app, subject_type="plan") == 3 and _count(app, subject_type="thing") == 5


def test_lease_hands_over_when_its_holder_process_dies(app, owner, tmp_path, data_dir, kit_installed):
    """A real process takes the lease and is killed -9; a second copy takes over: at once on the
    same machine (the holder's pid is gone), and by expiry when it cannot tell (other machine)."""
    script = _script(tmp_path)
    holder = subprocess.Popen([sys.executable, str(script), "hold", str(data_dir)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        real = Deskmate.open(data_dir)      # system clock, like the dead process
        try:
            mine = AutomationScheduler(real, holder="survivor")
            assert not mine.heartbeat()     # the holder is alive
            assert mine.lease_holder().pid == holder.pid
            holder.send_signal(signal.SIGKILL)
            holder.wait(timeout=10)
            assert mine.heartbeat()         # dead pid on this host: taken over at once
            assert mine.lease_holder().holder == "survivor"
            mine.shutdown()
        finally:
            real.close()
    finally:
        if holder.poll() is None:
            holder.kill()
        holder.wait(timeout=10)


def test_lease_from_another_machine_expires_within_a_minute(app, owner, clock, kit_installed):
    from core.automation.models import SchedulerLease
    with app.db.uow() as s:
        s.add(SchedulerLease(name="scheduler", holder="till-2", host="till-2.local", pid=4242,
                             acquired_at=clock.now(), heartbeat_at=clock.now(),
                             expires_at=clock.now() + timedelta(seconds=45)))
    me = AutomationScheduler(app, holder="me")
    assert not me.heartbeat()
    clock.advance(timedelta(seconds=44))
    assert not me.heartbeat()
    clock.advance(timedelta(seconds=2))
    assert me.heartbeat()
    me.shutdown()


def test_worker_command_runs_headless_and_stops_cleanly_on_sigterm(app, owner, data_dir):
    app.automation.update_job(owner, "automation.backup", enabled=False)
    proc = subprocess.Popen([sys.executable, "-m", "core.cli", "--data-dir", str(data_dir), "worker",
                             "--heartbeat", "0.3"], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        lines = []
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            lines.append(line)
            if "now runs the scheduled jobs" in line or not line:
                break
        assert any("now runs the scheduled jobs" in ln for ln in lines), lines
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, (lines, out, err)
    assert "deskmate worker stopped" in out, (lines, out, err)
    # the lease was handed back: this process can take it at once
    me = AutomationScheduler(app, holder="next")
    assert me.heartbeat()
    me.shutdown()
