"""A fork server for the fault-injection test (``test_fault_injection.py``), run as a subprocess.

Importing Deskmate costs seconds on a busy machine; killing a freshly started ``deskmate`` dozens
of times would spend the test's time on imports. So this process imports once and, for each
``run OP`` line on stdin, forks a child that opens the shop and does OP over and over, printing
``done N`` after each one returns. The test SIGKILLs the child at a random moment — a real
process dying at a random point, inside SQLite or openpyxl as often as in Python — and this
server reaps it and prints ``exit PID``. The server itself never opens the database (a forked
SQLite connection must not be shared), so every child starts clean.
"""
from __future__ import annotations

import os
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from core.app import Deskmate  # noqa: E402
from core.io.backup import backup_now  # noqa: E402
import core.inventory.service  # noqa: E402,F401 - import every area before forking
import core.invoicing.exports  # noqa: E402,F401
import core.inventory.exports  # noqa: E402,F401
import core.invoicing.appliers  # noqa: E402,F401
import openpyxl  # noqa: E402,F401

SALES_ROWS = 20
FIRST_DAY = date(2020, 1, 1)


def sales_file(folder: Path, n: int) -> Path:
    """The n-th sales file: SALES_ROWS days of its own, so each import writes new rows."""
    path = folder / f"sales-{n}.csv"
    start = FIRST_DAY + timedelta(days=n * SALES_ROWS)
    lines = ["date,sku,quantity"] + [f"{start + timedelta(days=j)},FLT-001,{j + 1}" for j in range(SALES_ROWS)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def say(line: str) -> None:
    """One line in one write(2) to the pipe: a kill can never leave half a line (print() may take
    two writes, and the server's "exit" line would then be glued to a child's "done")."""
    os.write(1, (line + "\n").encode())


def loop(op: str, data: Path, inputs: Path) -> None:
    from sqlalchemy import func, select

    from core.inbox.models import Suggestion
    from core.inventory.models import ImportBatch
    from core.io.book_exports import export
    from core.invoicing.models import Invoice

    app = Deskmate.open(data)
    owner = app.users.by_name("olivia").actor
    n = 0
    say(f"ready {os.getpid()}")
    while True:
        n += 1
        if op == "import":
            with app.db.read() as s:  # one file per import that ever committed: each writes new days
                done = s.scalar(select(func.count(ImportBatch.id)).where(ImportBatch.kind == "sales"))
            app.inventory.import_file(owner, "sales", sales_file(inputs, done or 0))
        elif op == "export":
            export(app, owner, "register", date(2026, 1, 1), date(2026, 12, 31),
                   app.paths.exports / f"register-{os.getpid()}-{n}.xlsx")
        elif op == "backup":
            backup_now(app)
        elif op == "approve":
            with app.db.read() as s:
                sid = s.scalar(select(Suggestion.id).where(Suggestion.state == "new").order_by(Suggestion.id))
            if sid is None:
                break
            app.inbox.decide(owner, sid, "approve")
        elif op == "issue":
            with app.db.read() as s:
                iid = s.scalar(select(Invoice.id).where(Invoice.state == "draft", Invoice.notes == "fault")
                               .order_by(Invoice.id))
            if iid is None:
                break
            app.invoicing.issue(owner, iid)
        else:
            raise SystemExit(f"unknown operation {op}")
        say(f"done {n}")
    say("exhausted")


def main() -> None:
    data, inputs = Path(sys.argv[1]), Path(sys.argv[2])
    say("server")
    for line in sys.stdin:
        words = line.split()
        if not words or words[0] != "run":
            break
        pid = os.fork()
        if pid == 0:
            try:
                loop(words[1], data, inputs)
            finally:
                os._exit(0)
        os.waitpid(pid, 0)
        say(f"exit {pid}")


if __name__ == "__main__":
    main()
