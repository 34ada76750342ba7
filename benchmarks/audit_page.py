"""Audit page on a big log: how long the GUI thread is busy while 100 000 entries scroll.

    .venv/bin/python benchmarks/audit_page.py [N]

Prints the time of the ids query (worker thread), and the worst and median GUI-thread time to
paint a screenful of rows while jumping through the table (each jump may fetch one page of 100 rows
by primary key). The target is the brief's ~50 ms per GUI-thread operation.
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def main(n: int = 100_000) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="deskmate-bench-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "qs"))
    qapp = QApplication([])
    from core.app import Deskmate
    from core.kernel.audit import AuditEntry
    from desktop.bridge import Bridge
    from desktop.context import DesktopContext
    from desktop.pages.audit.page import AuditPage
    from desktop.tasks import TaskRunner

    app = Deskmate.open(tmp / "data")
    owner = app.users.create_first_owner("owner", "bench-pw").actor
    t = time.perf_counter()
    now = app.clock.now()
    rows = [dict(at=now, user_id=owner.user_id, username="owner", area=("inventory", "invoicing", "settings")[i % 3],
                 action="adjust stock", entity="product", entity_id=str(i % 500), summary=f"entry {i}",
                 before={"qty": i}, after={"qty": i + 1}, machine_drafted=bool(i % 7 == 0))
            for i in range(n)]
    with app.db.uow() as s:
        s.execute(AuditEntry.__table__.insert(), [
            {**r, "before": '{"qty": %d}' % r["before"]["qty"], "after": '{"qty": %d}' % r["after"]["qty"]}
            for r in rows])
    print(f"inserted {n:,} audit entries in {time.perf_counter() - t:.1f} s")

    t = time.perf_counter()
    ids = app.audit.ids(owner)
    print(f"ids query (worker thread): {(time.perf_counter() - t) * 1000:.0f} ms for {len(ids):,} ids")

    tasks = TaskRunner()
    ctx = DesktopContext(app=app, actor=owner, tasks=tasks, bridge=Bridge())
    page = AuditPage(ctx)
    page.resize(1200, 800)
    page.show()
    deadline = time.time() + 30
    while page.model.rowCount() < n and time.time() < deadline:
        tasks.wait(1000)
        qapp.processEvents()
    bar = page.table.verticalScrollBar()
    timings = []
    for k in range(60):
        bar.setValue(int(bar.maximum() * ((k * 37) % 60) / 59))
        t = time.perf_counter()
        page.table.viewport().repaint()
        qapp.processEvents()
        timings.append((time.perf_counter() - t) * 1000)
    print(f"GUI thread per jump-and-paint: median {statistics.median(timings):.1f} ms, "
          f"worst {max(timings):.1f} ms (target < 50 ms)")
    t = time.perf_counter()
    page.table.selectRow(n // 2)
    qapp.processEvents()
    print(f"select an entry and show its detail: {(time.perf_counter() - t) * 1000:.1f} ms")
    tasks.wait()
    app.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
