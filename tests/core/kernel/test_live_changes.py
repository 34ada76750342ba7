"""Other processes' changes reach this one's ChangeHub (issue 13, point 6): PostgreSQL LISTEN/NOTIFY,
SQLite's data-version poll over the audit log. Runs on whichever engine the suite runs on."""
from __future__ import annotations

import queue
import subprocess
import sys
from pathlib import Path

import pytest

from core.app import Deskmate
from core.kernel.changes import Changes

ROOT = Path(__file__).resolve().parents[3]
PASSWORD = "secret-pw-2026"


@pytest.fixture
def watching(app: Deskmate):
    """This process's shop, watching for other processes' changes (polled every 50 ms here)."""
    heard: queue.Queue[Changes] = queue.Queue()
    app.db.changes.subscribe(heard.put)
    watcher = app.db.watch_other_processes(interval=0.05)
    assert watcher.ready.wait(10), "the watcher never started"
    yield heard
    app.db.changes.unsubscribe(heard.put)


def next_remote(heard: queue.Queue, timeout: float = 5.0) -> Changes:
    """The next change another process made (this process's own are published locally, not remote)."""
    while True:
        c = heard.get(timeout=timeout)
        if c.remote:
            return c


def test_a_second_database_objects_change_is_heard_and_ours_is_not_heard_twice(app, owner, data_dir, watching):
    other = Deskmate.open(data_dir)          # another desktop on the same shop
    try:
        who = other.users.authenticate("olivia", PASSWORD).actor
        app.customers.create(owner, name="Mine")                           # our own change: local only
        mine = watching.get(timeout=5)
        assert not mine.remote and "customers" in mine.areas
        other.inventory.create_product(who, "BRD", "Sourdough", cost="1.20", price="3.50")
        theirs = next_remote(watching)
        assert "inventory" in theirs.areas and "customers" not in theirs.areas
    finally:
        other.close()


def test_a_change_in_another_process_arrives_within_about_a_second(app, owner, data_dir, watching):
    script = ("import sys; from core.app import Deskmate; app = Deskmate.open(sys.argv[1]); "
              "who = app.users.authenticate('olivia', sys.argv[2]).actor; "
              "app.customers.create(who, name='From the till'); app.close()")
    done = subprocess.run([sys.executable, "-c", script, str(data_dir), PASSWORD], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    heard = next_remote(watching, timeout=3)       # the commit is already done: at most a poll away
    if "customers" not in heard.areas:             # the login re-hashed the test's cheap password hash
        assert "users" in heard.areas, heard.areas
        heard = next_remote(watching, timeout=3)
    assert "customers" in heard.areas


def test_watching_stops_when_the_database_is_closed(data_dir):
    app = Deskmate.open(data_dir)
    watcher = app.db.watch_other_processes(interval=0.05)
    assert app.db.watch_other_processes() is watcher            # one watcher per Database
    app.close()
    assert not watcher.is_alive()


def test_machinery_without_audit_entries_publishes_nothing(app, owner, data_dir, watching):
    """The scheduler's heartbeat in another process moves SQLite's data version; nothing is
    published for it (it is not the shop's data), but the next real change is."""
    from core.automation.scheduler import AutomationScheduler
    other = Deskmate.open(data_dir)
    try:
        s = AutomationScheduler(other, holder="till-2")
        s.heartbeat()
        s.heartbeat()                      # a renewal: no audit entry, no change anybody made
        s.shutdown()
        who = other.users.authenticate("olivia", PASSWORD).actor
        other.customers.create(who, name="After the heartbeat")
        changes = [next_remote(watching)]
        while "customers" not in changes[-1].areas:
            changes.append(next_remote(watching))
        # before it: taking and handing back the lease (audited, "automation"), the login ("users");
        # the renewal in between wrote no audit entry and published nothing of its own. SQLite's
        # poll names the audit entries' areas; a server's notification names the tables written,
        # and these units of work wrote nothing but their audit entry (the kernel's audit log).
        assert all(c.areas <= {"automation", "users", "kernel"} and c.tables <= {"audit_entry"}
                   for c in changes[:-1]), [(c.areas, c.tables) for c in changes]
        assert len(changes) <= 3
    finally:
        other.close()
