"""Several desktops on one shop: inbox latency and invoice throughput, SQLite against PostgreSQL.

    .venv/bin/python benchmarks/several_desktops.py [--pg postgresql+psycopg://USER@HOST:PORT/postgres]
                                                    [--seconds 10] [--issuers 20] [--invoices 200]

* **Inbox**: each desktop (a forked process with its own connections, like another computer)
  repeatedly lists the open inbox (the page's first screen: 50 rows, urgency order) and approves
  one item, for ``--seconds``. Latency percentiles of each, per configuration: SQLite with one
  desktop (the single-PC shop), SQLite with five, PostgreSQL with one and with five.
* **Invoices**: ``--issuers`` processes issue ``--invoices`` drafts between them at the same time;
  throughput (invoices/s) and latency, and a check that the numbers have no gap and no duplicate.

``--pg`` names a server and a maintenance database where the user may CREATE DATABASE (for
example the throw-away cluster of ``scripts/pg_throwaway.py``); without it only SQLite is measured.
Each configuration gets a new shop. Prints a table; ``--json`` prints the figures instead.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.app import Deskmate  # noqa: E402
from core.automation.quality import KIND  # noqa: E402
from core.inbox.models import Suggestion  # noqa: E402
from core.inbox.reason import reason_card  # noqa: E402
from core.inbox.service import InboxFilter, dedupe_key  # noqa: E402
from core.invoicing.service import LineDraft  # noqa: E402
from core.kernel.actor import Role  # noqa: E402
from core.kernel.clock import FixedClock  # noqa: E402

import core.automation.appliers  # noqa: E402,F401  (registers the data_quality kind)

PASSWORD = "bench-password-2026"
CLOCK = FixedClock(datetime(2026, 11, 25, 9, 0, tzinfo=timezone.utc))
OPEN_ITEMS = 3000


# ------------------------------------------------------------------------------------ shops

class Shop:
    """A new shop in a temporary folder, on SQLite or on a new database of the server."""

    def __init__(self, pg_server: str | None) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="deskmate-bench-"))
        self.pg_server = pg_server
        self.db_name: str | None = None
        self.url: str | None = None
        if pg_server:
            from sqlalchemy import create_engine, text
            from sqlalchemy.engine import make_url
            self.db_name = f"dm_bench_{uuid.uuid4().hex[:10]}"
            admin = create_engine(pg_server, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{self.db_name}"'))
            admin.dispose()
            self.url = make_url(pg_server).set(database=self.db_name).render_as_string(hide_password=False)

    def open(self) -> Deskmate:
        return Deskmate.open(self.folder, self.url, clock=CLOCK)

    def drop(self) -> None:
        import shutil
        shutil.rmtree(self.folder, ignore_errors=True)
        if self.pg_server and self.db_name:
            from sqlalchemy import create_engine, text
            admin = create_engine(self.pg_server, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{self.db_name}" WITH (FORCE)'))
            admin.dispose()


def set_up_people(app: Deskmate, n: int) -> list[str]:
    owner = app.users.create_first_owner("owner", PASSWORD).actor
    names = ["owner"]
    for i in range(1, n):
        app.users.add(owner, f"desk{i}", Role.OWNER, PASSWORD, f"Desk {i}")
        names.append(f"desk{i}")
    return names


def fill_inbox(app: Deskmate, n: int) -> None:
    now = app.clock.now()
    with app.db.uow() as s:
        s.info["deskmate_audit_exempt"] = True     # set-up rows, not a change anybody made
        s.add_all([Suggestion(
            kind=KIND, area="automation", job_id="bench.fill", machine_drafted=True,
            dedupe_key=dedupe_key("bench.fill", "product", i, "bench"), subject_type="product", subject_id=str(i),
            subject_label=f"Product {i:05d}", occurrence="bench", title=f"Product {i:05d}: no supplier",
            summary="Suggested fix: look at it",
            payload={"check": "no_supplier", "problem": "no supplier", "suggested_fix": "look at it", "fix": None},
            reason=reason_card(explanation="Product has no supplier", inputs={"product": i}),
            value=None, state="new", created_at=now - timedelta(seconds=n - i), updated_at=now)
            for i in range(n)])


# ------------------------------------------------------------------------ forked desktops

def fork_desktops(jobs: list[dict[str, Any]], work: Any) -> list[dict[str, Any]]:
    """Run ``work(job)`` in one forked process per job; their JSON results, in job order."""
    pipes, pids = [], []
    for job in jobs:
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(r)
            code = 0
            try:
                result = work(job)
            except BaseException as exc:  # noqa: BLE001 - reported to the parent
                result, code = {"error": f"{type(exc).__name__}: {exc}"}, 1
            with os.fdopen(w, "w") as out:
                json.dump(result, out)
            os._exit(code)
        os.close(w)
        pipes.append(r)
        pids.append(pid)
    results = []
    for r, pid in zip(pipes, pids):
        with os.fdopen(r) as src:
            results.append(json.loads(src.read() or '{"error": "no result"}'))
        os.waitpid(pid, 0)
    bad = [x["error"] for x in results if "error" in x]
    if bad:
        raise SystemExit(f"a desktop failed: {bad[0]}")
    return results


def inbox_desktop(shop: Shop, start_at: float, seconds: float) -> Any:
    def work(job: dict[str, Any]) -> dict[str, Any]:
        app = shop.open()
        actor = app.users.by_name(job["user"]).actor
        lists, decides, conflicts = [], [], 0
        while time.time() < start_at:
            time.sleep(0.001)
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            t0 = time.perf_counter()
            rows = app.inbox.list(InboxFilter(), sort="due", limit=50)
            t1 = time.perf_counter()
            lists.append(t1 - t0)
            if not rows:
                break
            target = rows[job["k"] % len(rows)]       # desktops pick different rows, sometimes the same
            t2 = time.perf_counter()
            try:
                app.inbox.decide(actor, target.id, "approve")
            except Exception as exc:  # noqa: BLE001 - "already approved by ..." is part of the test
                if "already" not in str(exc):
                    raise
                conflicts += 1
            decides.append(time.perf_counter() - t2)
        app.close()
        return {"lists": lists, "decides": decides, "conflicts": conflicts}
    return work


def issuer(shop: Shop, start_at: float) -> Any:
    def work(job: dict[str, Any]) -> dict[str, Any]:
        app = shop.open()
        actor = app.users.by_name(job["user"]).actor
        while time.time() < start_at:
            time.sleep(0.001)
        times, numbers = [], []
        for invoice_id in job["ids"]:
            t0 = time.perf_counter()
            numbers.append(app.invoicing.issue(actor, invoice_id).number)
            times.append(time.perf_counter() - t0)
        app.close()
        return {"times": times, "numbers": numbers, "end": time.time()}
    return work


# ----------------------------------------------------------------------------- measuring

def ms(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return 1000 * values[min(len(values) - 1, int(q * len(values)))]


def bench_inbox(engine: str, pg: str | None, desktops: int, seconds: float) -> dict[str, Any]:
    shop = Shop(pg if engine == "postgresql" else None)
    try:
        app = shop.open()
        users = set_up_people(app, desktops)
        fill_inbox(app, OPEN_ITEMS)
        app.close()
        start_at = time.time() + 1.5 + 0.2 * desktops
        results = fork_desktops([{"user": u, "k": k * 7} for k, u in enumerate(users)],
                                inbox_desktop(shop, start_at, seconds))
    finally:
        shop.drop()
    lists = [t for r in results for t in r["lists"]]
    decides = [t for r in results for t in r["decides"]]
    return {"benchmark": "inbox", "engine": engine, "desktops": desktops,
            "list_p50_ms": ms(lists, 0.5), "list_p95_ms": ms(lists, 0.95),
            "decide_p50_ms": ms(decides, 0.5), "decide_p95_ms": ms(decides, 0.95),
            "decisions_per_s": len(decides) / seconds, "told_already_decided": sum(r["conflicts"] for r in results)}


def bench_invoices(engine: str, pg: str | None, issuers: int, invoices: int) -> dict[str, Any]:
    shop = Shop(pg if engine == "postgresql" else None)
    try:
        app = shop.open()
        users = set_up_people(app, 2)
        owner = app.users.by_name("owner").actor
        cust = app.customers.create(owner, name="Bench Customer", email="bench@example.com")
        line = [LineDraft("Job", Decimal(1), Decimal("10.00"), "standard", Decimal(0), False)]
        drafts = [app.invoicing.create_draft(owner, cust.id, line).id for _ in range(invoices)]
        app.close()
        per = [drafts[i::issuers] for i in range(issuers)]
        start_at = time.time() + 1.5 + 0.2 * issuers
        results = fork_desktops([{"user": users[i % 2], "ids": ids} for i, ids in enumerate(per)],
                                issuer(shop, start_at))
    finally:
        shop.drop()
    numbers = sorted(n for r in results for n in r["numbers"])
    expected = [f"2026-{i:04d}" for i in range(1, invoices + 1)]
    times = [t for r in results for t in r["times"]]
    elapsed = max(r["end"] for r in results) - start_at
    return {"benchmark": "invoices", "engine": engine, "issuers": issuers, "invoices": invoices,
            "per_s": invoices / elapsed, "issue_p50_ms": ms(times, 0.5), "issue_p95_ms": ms(times, 0.95),
            "gapless_unique": numbers == expected}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pg", default=os.environ.get("DESKMATE_TEST_DB_URL"),
                    help="PostgreSQL server URL with a maintenance database (default $DESKMATE_TEST_DB_URL)")
    ap.add_argument("--seconds", type=float, default=10.0, help="how long each inbox configuration runs")
    ap.add_argument("--issuers", type=int, default=20)
    ap.add_argument("--invoices", type=int, default=200)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    engines = ["sqlite"] + (["postgresql"] if args.pg else [])
    rows = []
    for engine in engines:
        for desktops in (1, 5):
            rows.append(bench_inbox(engine, args.pg, desktops, args.seconds))
    for engine in engines:
        rows.append(bench_invoices(engine, args.pg, args.issuers, args.invoices))
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    print(f"{os.cpu_count()} CPUs; inbox of {OPEN_ITEMS:,} open items, {args.seconds:.0f} s per configuration")
    print(f"{'engine':<11}{'desktops':>9}{'list p50':>10}{'list p95':>10}{'decide p50':>12}{'decide p95':>12}"
          f"{'decisions/s':>13}{'lost races':>11}")
    for r in (r for r in rows if r["benchmark"] == "inbox"):
        print(f"{r['engine']:<11}{r['desktops']:>9}{r['list_p50_ms']:>8.0f}ms{r['list_p95_ms']:>8.0f}ms"
              f"{r['decide_p50_ms']:>10.0f}ms{r['decide_p95_ms']:>10.0f}ms{r['decisions_per_s']:>13.1f}"
              f"{r['told_already_decided']:>11}")
    print(f"\n{'engine':<11}{'issuers':>8}{'invoices':>9}{'per s':>8}{'issue p50':>11}{'issue p95':>11}  numbers")
    for r in (r for r in rows if r["benchmark"] == "invoices"):
        print(f"{r['engine']:<11}{r['issuers']:>8}{r['invoices']:>9}{r['per_s']:>8.1f}{r['issue_p50_ms']:>9.0f}ms"
              f"{r['issue_p95_ms']:>9.0f}ms  {'gapless, unique' if r['gapless_unique'] else 'WRONG'}")


if __name__ == "__main__":
    main()
