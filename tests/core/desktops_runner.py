"""Several desktops at once, as real processes: ``python desktops_runner.py SCENARIO DATA_DIR START_AT JOBS``.

The parent imports Deskmate once and forks one child per entry of ``JOBS`` (a JSON list); each child
opens the shop itself (its own engine and connections, like another computer would), waits for
``START_AT`` (a ``time.time()`` value) so they all go at the same moment, does its part and prints
one JSON line per outcome. The parent exits 0 only when every child exited 0.

Scenarios (each job is ``{"user": NAME, "ids": [...]}`` or, for ``book``, ``{"user": NAME, "slot": [...]}``):

* ``decide``: approve each inbox item id; ``{"id", "ok"}`` or ``{"id", "error"}``.
* ``issue``: issue each invoice draft id; ``{"id", "number"}``.
* ``book``: book the slot ``[customer, service, staff, day, minute]``; ``{"ok"}`` or ``{"error"}``.
"""
from __future__ import annotations

import json
import os
import sys
import time
from datetime import date, datetime, timezone
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[2]), str(Path(__file__).resolve().parent / "automation")]

import automation_testkit as kit  # noqa: E402

from core.app import Deskmate  # noqa: E402
from core.kernel.clock import FixedClock  # noqa: E402
from core.kernel.errors import DeskmateError  # noqa: E402

CLOCK_AT = datetime(2026, 11, 25, 9, 0, tzinfo=timezone.utc)


def say(**fields: object) -> None:
    # One short line per write: lines from several processes on one pipe never mix.
    os.write(1, (json.dumps({"pid": os.getpid(), **fields}) + "\n").encode())


def child(scenario: str, data_dir: str, start_at: float, job: dict) -> None:
    app = Deskmate.open(data_dir, clock=FixedClock(CLOCK_AT))
    try:
        actor = app.users.by_name(job["user"]).actor
        while time.time() < start_at:
            time.sleep(0.001)
        if scenario == "decide":
            for sid in job["ids"]:
                try:
                    app.inbox.decide(actor, sid, "approve")
                    say(user=actor.username, id=sid, ok=True)
                except DeskmateError as exc:
                    say(user=actor.username, id=sid, error=str(exc))
        elif scenario == "issue":
            for invoice_id in job["ids"]:
                say(user=actor.username, id=invoice_id, number=app.invoicing.issue(actor, invoice_id).number)
        elif scenario == "book":
            cust, svc, staff, day, minute = job["slot"]
            try:
                appt = app.scheduling.book(actor, cust, svc, staff, date.fromisoformat(day), minute)
                say(user=actor.username, ok=True, appointment=appt.id)
            except DeskmateError as exc:
                say(user=actor.username, error=str(exc))
        else:
            raise SystemExit(f"unknown scenario {scenario}")
    finally:
        app.close()


def main() -> int:
    scenario, data_dir, start_at, jobs = sys.argv[1], sys.argv[2], float(sys.argv[3]), json.loads(sys.argv[4])
    kit.install()            # the test note kind: an applier whose every application is visible
    children = []
    for job in jobs:
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                child(scenario, data_dir, start_at, job)
            except BaseException as exc:  # noqa: BLE001 - reported to the test through the exit code
                say(crash=f"{type(exc).__name__}: {exc}")
                code = 1
            os._exit(code)
        children.append(pid)
    failed = 0
    for pid in children:
        _, status = os.waitpid(pid, 0)
        failed += os.waitstatus_to_exitcode(status) != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
