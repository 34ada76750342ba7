"""Two real processes issuing at the same moment: no number shared, none skipped."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from inv_helpers import customer, lines

ROOT = Path(__file__).resolve().parents[3]

WORKER = r"""
import sys, time
from datetime import datetime, timezone
from core.app import Deskmate
from core.kernel.clock import FixedClock
data_dir, start_at, ids = sys.argv[1], float(sys.argv[2]), [int(x) for x in sys.argv[3].split(",")]
app = Deskmate.open(data_dir, clock=FixedClock(datetime(2026, 11, 25, 9, tzinfo=timezone.utc)))
actor = app.users.by_name("olivia").actor
while time.time() < start_at:
    time.sleep(0.001)
for i in ids:
    print(app.invoicing.issue(actor, i).number, flush=True)
app.close()
"""


@pytest.mark.slow
def test_two_processes_issuing_at_once_get_gapless_unique_numbers(app, owner, data_dir):
    cust = customer(app, owner)
    drafts = [app.invoicing.create_draft(owner, cust.id, lines(("Job", "1", "10", "standard"))).id
              for _ in range(40)]
    start_at = time.time() + 2.0
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, str(data_dir), str(start_at),
                               ",".join(map(str, half))], cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
             for half in (drafts[0::2], drafts[1::2])]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), [o[1] for o in outputs]
    printed = [line for out, _ in outputs for line in out.split()]
    expected = [f"2026-{n:04d}" for n in range(1, 41)]
    assert sorted(printed) == expected                       # each number once, none missing
    stored = sorted(app.invoicing.get(i).number for i in drafts)
    assert stored == expected
    got = [sorted(out.split()) for out, _ in outputs]
    assert all(len(g) == 20 for g in got)
    print("process A:", got[0], "\nprocess B:", got[1])
