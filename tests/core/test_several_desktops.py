"""Several desktops on one shop at the same moment, as real processes (issue 13, point 5).

Each scenario forks its desktops from ``desktops_runner.py``; every child opens the shop on its
own, as another computer would. The data folder is the test's own, so these run on the folder's
SQLite file, and on the suite's PostgreSQL half (``DESKMATE_TEST_DB_URL``) on a server database.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from core.kernel.actor import Role

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE / "automation"))
sys.path.insert(0, str(HERE / "invoicing"))
import automation_testkit as kit  # noqa: E402
from automation_testkit import draft_note, kit_installed, notes  # noqa: E402,F401
from inv_helpers import customer, lines  # noqa: E402

PASSWORD = "secret-pw-2026"
RUNNER = HERE / "desktops_runner.py"

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not hasattr(os, "fork"), reason="the desktops are forked processes")]


def run_desktops(scenario: str, data_dir: Path, jobs: list[dict[str, Any]], timeout: float = 120) -> list[dict]:
    """All desktops start at the same moment (2 s from now: enough for each to open the shop)."""
    start_at = time.time() + 2.0 + 0.1 * len(jobs)
    proc = subprocess.run([sys.executable, str(RUNNER), scenario, str(data_dir), str(start_at), json.dumps(jobs)],
                          cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    out = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    assert proc.returncode == 0, (proc.stderr[-3000:], [o for o in out if "crash" in o])
    return out


def test_five_desktops_deciding_one_inbox_apply_each_item_once(app, owner, staff, data_dir, kit_installed):
    people = {"olivia": "Olivia Owner", "sam": "Sam Staff"}
    for name in ("tom", "uma", "val"):
        app.users.add(owner, name, Role.STAFF, PASSWORD, f"{name.title()} Staff")
        people[name] = f"{name.title()} Staff"
    contested = [draft_note(app, f"contested {i}") for i in range(5)]
    own = [draft_note(app, f"own {i}") for i in range(15)]
    users = list(people)
    # every desktop approves the five contested items (in a different order) and three of its own
    jobs = [{"user": u, "ids": contested[k:] + contested[:k] + own[3 * k:3 * k + 3]} for k, u in enumerate(users)]

    out = run_desktops("decide", data_dir, jobs)

    assert len(out) == 5 * 8
    assert all(o.get("ok") for o in out if o["id"] in own)
    for sid in contested:
        tries = [o for o in out if o["id"] == sid]
        winners = [o for o in tries if o.get("ok")]
        assert len(winners) == 1, tries                          # one desktop wins each item...
        winner = people[winners[0]["user"]]
        for lost in (o for o in tries if not o.get("ok")):      # ...the others are told by whom
            assert lost["error"] == f"item {sid} is already approved by {winner}; nothing to decide"
    applied = Counter(notes(app))
    assert applied == Counter([f"contested {i}" for i in range(5)] + [f"own {i}" for i in range(15)])
    assert {(app.inbox.get(sid).state, app.inbox.get(sid).decision) for sid in contested + own} == \
        {("applied", "approved")}


def test_twenty_desktops_issuing_invoices_number_them_without_gap_or_duplicate(app, owner, bookkeeper, data_dir):
    # SQLite queues writers on one file (a 10 s busy timeout): one invoice each there, two on a server
    each = 1 if app.db.is_sqlite else 2
    cust = customer(app, owner)
    drafts = [app.invoicing.create_draft(owner, cust.id, lines(("Job", "1", "10", "standard"))).id
              for _ in range(20 * each)]
    jobs = [{"user": "bea" if k % 2 else "olivia", "ids": drafts[each * k:each * (k + 1)]} for k in range(20)]

    out = run_desktops("issue", data_dir, jobs)

    expected = [f"2026-{n:04d}" for n in range(1, 20 * each + 1)]
    assert sorted(o["number"] for o in out) == expected                       # each number once, none missing
    assert len({o["pid"] for o in out}) == 20
    assert sorted(app.invoicing.get(i).number for i in drafts) == expected    # and that is what was stored


def test_two_desktops_booking_the_same_slot_one_wins(app, owner, staff, data_dir):
    from tests.core.scheduling.sched_helpers import WEEK, small_shop
    ann, _b, _c = small_shop(app, owner)
    rid = app.scheduling.new_roster(owner, WEEK)
    app.scheduling.assign(owner, rid, ann.id, WEEK, "OPN")          # 08:00-16:00
    app.scheduling.publish(owner, rid)
    svc = app.scheduling.add_service(owner, "Tasting", 45, skill="baker", price="25.00")
    cust = customer(app, owner)
    slot = [cust.id, svc.id, ann.id, WEEK.isoformat(), 10 * 60]

    out = run_desktops("book", data_dir, [{"user": "olivia", "slot": slot}, {"user": "sam", "slot": slot}])

    assert sorted(bool(o.get("ok")) for o in out) == [False, True]
    assert "already booked" in next(o["error"] for o in out if not o.get("ok"))
    booked = [a for a in app.scheduling.appointments(WEEK, WEEK) if a.state != "cancelled"]
    assert len(booked) == 1


# ------------------------------------------------------------------------------ the worker dies

WORKER = """
import os, socket, sys
sys.path[:0] = [{root!r}, {here!r}]
import automation_testkit as kit
kit.install()
from core.cli import run
sys.exit(run(["--data-dir", sys.argv[1], "worker"]))
"""


def _worker(tmp_path: Path, data_dir: Path, env: dict[str, str], other_machine: bool) -> subprocess.Popen:
    script = tmp_path / "worker.py"
    script.write_text(WORKER.format(root=str(ROOT), here=str(HERE / "automation")))
    cmd = [sys.executable, str(script), str(data_dir)]
    if other_machine:     # its own host name: the survivor cannot see its pid, only the lease expiring
        cmd = ["unshare", "--uts", "sh", "-c", 'hostname till-2 && exec "$@"', "sh", *cmd]
    return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)


def _wait_for(proc: subprocess.Popen, text: str, seconds: float) -> float:
    deadline = time.monotonic() + seconds
    seen = []
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        seen.append(line)
        if text in line:
            return time.monotonic()
    raise AssertionError(f"'{text}' not printed within {seconds} s: {seen} {proc.stderr.read() if proc.poll() else ''}")


def _can_fake_another_machine() -> bool:
    if not shutil.which("unshare") or os.geteuid() != 0:
        return False
    return subprocess.run(["unshare", "--uts", "true"], capture_output=True).returncode == 0


@pytest.mark.parametrize("other_machine", [False, True], ids=["same computer", "another computer"])
def test_worker_killed_another_desktop_takes_over_within_15_s_running_no_job_twice(
        app, owner, data_dir, tmp_path, kit_installed, other_machine):
    if other_machine and not _can_fake_another_machine():
        pytest.skip("needs unshare --uts (root) to give the dying worker its own host name")
    kit.only_test_area(app, owner)
    app.automation.update_job(owner, kit.SWEEP, schedule="interval:1")
    # Short lease and heartbeat (what packaging/deskmate-worker.service sets), not long sleeps.
    env = {**os.environ, "DESKMATE_LEASE_SECONDS": "6", "DESKMATE_HEARTBEAT_SECONDS": "1",
           "TESTKIT_SUBJECTS": "3"}
    first = _worker(tmp_path, data_dir, env, other_machine)
    second = None
    try:
        _wait_for(first, "now runs the scheduled jobs", 30)
        _wait_for(first, "test.sweep: ok", 30)
        second = _worker(tmp_path, data_dir, env, False)
        _wait_for(second, "standby", 30)
        os.killpg(first.pid, signal.SIGKILL)            # kill -9: no clean hand-over of the lease
        killed_at = time.monotonic()
        first.wait(timeout=10)
        took_over = _wait_for(second, "now runs the scheduled jobs", 20)
        assert took_over - killed_at <= 15
        _wait_for(second, "test.sweep: ok (schedule)", 20)      # after its catch-up, on its own schedule
    finally:
        for p in (first, second):
            if p is not None and p.poll() is None:
                os.killpg(p.pid, signal.SIGTERM)
                p.wait(timeout=60)
    from sqlalchemy import select

    from core.automation.models import JobRun
    from core.inbox.service import InboxFilter
    with app.db.read() as s:
        runs = s.execute(select(JobRun.scheduled_for, JobRun.host, JobRun.pid)
                         .where(JobRun.job_id == kit.SWEEP, JobRun.trigger.in_(("schedule", "catch-up")))).all()
    by_time = Counter(r.scheduled_for for r in runs)
    assert by_time and max(by_time.values()) == 1                 # no fire time ran twice
    assert {r.pid for r in runs} >= {second.pid}                  # the survivor ran the jobs after the kill
    if other_machine:
        assert "till-2" in {r.host for r in runs}
    drafted = app.inbox.list(InboxFilter(kind=kit.KIND))
    assert len(drafted) == 3                                      # 3 things, each drafted once
