"""Fault injection, counted: real processes doing imports, exports, backups, inbox approvals and
invoice issues are killed with SIGKILL at random (seeded) moments, many times each. After every
kill ``deskmate check`` must find nothing wrong (integrity, references, the audit chain), and the
counts must add up: each operation happened completely or not at all — never half, never twice —
and nothing is left lying around.

The kill can land after an operation committed but before the child printed ``done``: so after a
round, what the database holds may be one more than the child reported, never fewer, never two more.
"""
from __future__ import annotations

import io
import json
import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import redirect_stderr, redirect_stdout
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine
from sqlalchemy.pool import NullPool

from core import cli
from core.app import Deskmate
from core.io.backup import backup_now
from core.inbox.reason import reason_card
from core.invoicing.service import LineDraft
from core.kernel import pg_storage
from core.kernel.connection import CONNECTION_FILE

ROOT = Path(__file__).resolve().parents[2]
WORKER = Path(__file__).with_name("fault_worker.py")
SALES_ROWS = 20      # rows per sales file written by fault_worker.sales_file
PASSWORD = "fault-injection-pw"
SEED = 20261130
KILLS = {"import": 5, "export": 5, "backup": 5, "approve": 5, "issue": 5}
#: The random moment of each kill: after the child said it was ready, somewhere in its loop.
KILL_AFTER = (0.0, 0.4)


class Server:
    """The fork server (fault_worker.py) and the lines its children print."""

    def __init__(self, data: Path, inputs: Path, tmp: Path) -> None:
        env = {**os.environ, "TMPDIR": str(tmp), "PYTHONPATH": str(ROOT)}
        self.proc = subprocess.Popen([sys.executable, str(WORKER), str(data), str(inputs)], cwd=ROOT, env=env,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        assert self.next(120) == "server"

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.strip())
        self.lines.put("<eof>")

    def next(self, timeout: float) -> str:
        line = self.lines.get(timeout=timeout)
        assert line != "<eof>", "the fault worker died"
        return line

    def round(self, op: str, delay: float) -> tuple[int, bool]:
        """Run ``op`` in a fresh child, SIGKILL it ``delay`` s after it is ready; returns (how many
        it reported done, whether it ran out of work before the kill)."""
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"run {op}\n")
        self.proc.stdin.flush()
        ready = self.next(60)
        assert ready.startswith("ready "), ready
        pid = int(ready.split()[1])
        done, exhausted, exited = 0, False, False
        deadline = time.monotonic() + delay
        while not exhausted:
            try:
                line = self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                break
            if line.startswith("done "):
                done = int(line.split()[1])
            elif line == "exhausted":
                exhausted = True
            elif line.startswith("exit "):
                raise AssertionError(f"the {op} child died by itself (see its traceback above)")
            else:
                raise AssertionError(f"unexpected output from the worker: {line}")
        if not exhausted:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        while not exited:  # count what it finished before the kill reached it; wait until it is reaped
            line = self.next(60)
            if line.startswith("done "):
                done = int(line.split()[1])
            exited = line.startswith("exit ")
        return done, exhausted

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc.wait(30)


def build_shop(data: Path, drafts: int, suggestions: int) -> None:
    """A small shop: the owner, one customer, invoice drafts to issue and inbox items to approve."""
    app = Deskmate.open(data)
    try:
        owner = app.users.create_first_owner("olivia", PASSWORD).actor
        cust = app.customers.create(owner, name="Harbour Cafe")
        line = [LineDraft("Sourdough loaf", Decimal(3), Decimal("4.20"), "standard")]
        with app.db.uow() as s:
            for _ in range(drafts):
                app.invoicing.create_draft_in(s, owner, cust.id, line, notes="fault")
            for i in range(suggestions):
                app.inbox.draft(s, kind="invoice_draft", subject_type="customer", subject_id=cust.id,
                                occurrence=f"fault-{i}", title=f"Invoice proposal {i}", job_id="fault",
                                payload={"customer_id": cust.id, "notes": "from-inbox",
                                         "lines": [ln.as_dict() for ln in line]},
                                reason=reason_card(explanation="fault injection"), machine_drafted=True)
        backup_now(app)
    finally:
        app.close()


def shop_engine(data: Path) -> Engine:
    """The shop's database, whichever engine it is on: its SQLite file, or on the suite's server the
    database its data folder's saved connection names (what the children open too)."""
    from core.kernel.connection import database_url
    from core.kernel.paths import resolve_data_dir
    return create_engine(database_url(data) or resolve_data_dir(data).sqlite_url, poolclass=NullPool)


def backup_files(data: Path) -> set[Path]:
    return {p for p in (data / "backups").glob("*") if p.suffix in (".sqlite3", pg_storage.DUMP_SUFFIX)}


def counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        q = lambda sql: conn.execute(text(sql)).scalar_one()  # noqa: E731
        return {
            "sales_batches": q("SELECT count(*) FROM import_batch WHERE kind = 'sales'"),
            "sales_moves": q("SELECT count(*) FROM stock_movement WHERE import_batch_id IS NOT NULL"),
            "export_entries": q("SELECT count(*) FROM audit_entry WHERE action = 'export'"),
            "applied": q("SELECT count(*) FROM suggestion WHERE state = 'applied'"),
            "inbox_invoices": q("SELECT count(*) FROM invoice WHERE notes = 'from-inbox'"),
            "issued": q("SELECT count(*) FROM invoice WHERE state = 'issued' AND notes = 'fault'"),
            "issue_entries": q("SELECT count(*) FROM audit_entry WHERE action = 'issue'"),
        }


def assert_consistent(engine: Engine, data: Path) -> None:
    """Nothing partial, nothing duplicated, whatever the moment of the kill."""
    with engine.connect() as conn:
        # Each sales import wrote all of its rows or none (one batch, SALES_ROWS movements).
        per_batch = conn.execute(text(
            "SELECT b.id, count(m.id) FROM import_batch b LEFT JOIN stock_movement m "
            "ON m.import_batch_id = b.id WHERE b.kind = 'sales' GROUP BY b.id")).fetchall()
        assert all(n == SALES_ROWS for _b, n in per_batch), per_batch
        # Issued numbers: gapless, unique, and the counter agrees.
        numbers = [r[0] for r in conn.execute(text("SELECT number FROM invoice WHERE state = 'issued' ORDER BY id"))]
        assert len(set(numbers)) == len(numbers)
        seqs = sorted(int(n.rsplit("-", 1)[1]) for n in numbers)
        assert seqs == list(range(1, len(seqs) + 1)), seqs
        counter = conn.execute(text("SELECT coalesce(max(last_number), 0) FROM invoice_counter")).scalar_one()
        assert counter == len(seqs)
        # Every applied suggestion made exactly one draft invoice, and no invoice came without one.
        applied = conn.execute(text("SELECT count(*) FROM suggestion WHERE state = 'applied'")).scalar_one()
        made = conn.execute(text("SELECT count(*) FROM invoice WHERE notes = 'from-inbox'")).scalar_one()
        assert applied == made
    # Exports and backups on disk are whole files.
    for f in (data / "exports").glob("register-*.xlsx"):
        wb = load_workbook(f, read_only=True)
        assert "Summary" in wb.sheetnames, f
        wb.close()
    for f in backup_files(data):
        if f.suffix == pg_storage.DUMP_SUFFIX:      # a server's: a complete pg_dump archive of a shop
            pg_storage.check_archive(f)
            continue
        c = sqlite3.connect(f"{f.resolve().as_uri()}?mode=ro", uri=True)
        try:
            assert c.execute("PRAGMA quick_check").fetchone()[0] == "ok", f
        finally:
            c.close()


def run_check(data: Path) -> dict:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        rc = cli.run(["--data-dir", str(data), "check", "--json"])
    report = json.loads(out.getvalue())
    assert rc == 0 and report["problems"] == [], (report["problems"], err.getvalue())
    assert report["audit_chain"].startswith("intact")
    return report


@pytest.mark.slow
def test_kill_nine_at_random_points_leaves_nothing_partial_duplicated_or_stray(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    data, inputs, tmp = tmp_path / "data", tmp_path / "inputs", tmp_path / "tmp"
    for d in (inputs, tmp):
        d.mkdir()
    build_shop(data, drafts=200, suggestions=200)
    db = shop_engine(data)
    server = Server(data, inputs, tmp)
    kills = {op: 0 for op in KILLS}
    try:
        plan = [op for op, n in KILLS.items() for _ in range(n)]
        rng.shuffle(plan)
        for op in plan:
            before = counts(db)
            backups_before = backup_files(data)
            exports_before = set((data / "exports").glob("register-*.xlsx"))
            done, exhausted = server.round(op, rng.uniform(*KILL_AFTER))
            kills[op] += not exhausted
            after = counts(db)
            extra = 0 if exhausted else 1   # committed, killed before it could say so
            delta = {
                "import": after["sales_batches"] - before["sales_batches"],
                "export": after["export_entries"] - before["export_entries"],
                "backup": len(backup_files(data) - backups_before),
                "approve": after["applied"] - before["applied"],
                "issue": after["issued"] - before["issued"],
            }[op]
            assert done <= delta <= done + extra, (op, done, delta)
            if op == "export":   # a file renamed into place just before the kill may lack its entry
                files = len(set((data / "exports").glob("register-*.xlsx")) - exports_before)
                assert delta <= files <= delta + extra, (files, delta)
            assert after["issue_entries"] == after["issued"]
            # Only the operation that ran changed anything.
            for key in ("sales_batches", "export_entries", "applied", "issued"):
                if key != {"import": "sales_batches", "export": "export_entries", "approve": "applied",
                           "issue": "issued"}.get(op):
                    assert after[key] == before[key], (op, key)
            assert_consistent(db, data)
            run_check(data)
    finally:
        server.close()
        db.dispose()
    assert all(n >= 3 for n in kills.values()), kills       # each operation was really killed, often
    # Stray files: none. Every write works through a claimed temporary file next to its target (or
    # in the data folder's tmp/), and the check after each kill removed what the killed one left.
    stray = [p for p in data.rglob("*") if p.is_file() and not (
        p.parent == data and (p.name.startswith("deskmate.sqlite3") or p.name == CONNECTION_FILE)
        or p.parent == data / "backups" and p in backup_files(data)
        or p.parent == data / "exports" and p.name.startswith("register-")
        or p.parent == data / "logs")]
    assert not stray, stray
    assert not [p for p in tmp.rglob("*") if p.is_file()], "a temporary file was left outside the data folder"
