"""Inventory performance: 500k-row sales import, reorder run over 5,000 products x 2 years,
backtest of 5,000 products x 60 days x 4 fill-rate targets. Prints figures and ratios to targets.

    .venv/bin/python benchmarks/inventory_perf.py [--rows 500000] [--products 5000]
"""
from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.app import Deskmate  # noqa: E402
from core.automation.registry import JobContext  # noqa: E402
from core.inventory import backtest, ledger  # noqa: E402
from core.inventory.models import Product, Supplier  # noqa: E402
from core.kernel.clock import FixedClock  # noqa: E402


def _load() -> str:
    try:
        import os
        return f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    except OSError:
        return "n/a"


def bench_import(tmp: Path, rows: int) -> float:
    f = tmp / "sales.csv"
    rng = np.random.default_rng(1)
    start = date(2024, 1, 1)
    with f.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice",
                    "CustomerID"])
        items = rng.integers(0, 3000, rows)
        qty = rng.integers(1, 12, rows)
        ret = rng.random(rows) < 0.02
        days = np.sort(rng.integers(0, 700, rows))
        for k in range(rows):
            d = start + timedelta(days=int(days[k]))
            w.writerow([f"{'C' if ret[k] else ''}{500000 + k // 3}", f"SKU{items[k]:05d}",
                        f"Item {items[k]}", int(-qty[k] if ret[k] else qty[k]),
                        f"{d.month}/{d.day}/{d.year} 10:{k % 60:02d}", "1.25", "17850"])
    app = Deskmate.open(tmp / "imp", clock=FixedClock(datetime(2026, 1, 1, 9, tzinfo=timezone.utc)))
    owner = app.users.create_first_owner("owner", "pw-1234567890").actor
    t, c = time.perf_counter(), time.process_time()
    rep = app.inventory.import_file(owner, "sales", f)
    dt, cpu = time.perf_counter() - t, time.process_time() - c
    t2 = time.perf_counter()
    rep2 = app.inventory.import_file(owner, "sales", f)
    dt2 = time.perf_counter() - t2
    app.close()
    print(f"import {rows:,} sales rows: {dt:.1f} s wall, {cpu:.1f} s CPU (target < 30 s, ratio "
          f"{dt / 30:.2f}; load average {_load()}); "
          f"{rep.rows_written:,} written, {rep.created} products created; "
          f"re-import {dt2:.1f} s, {rep2.rows_duplicate:,} duplicates, {rep2.rows_written} written")
    return dt


def bench_reorder(tmp: Path, n: int) -> float:
    clock = FixedClock(datetime(2026, 1, 1, 5, tzinfo=timezone.utc))
    app = Deskmate.open(tmp / "run", clock=clock)
    app.users.create_first_owner("owner", "pw-1234567890")
    today = app.today()
    days = 730
    rng = np.random.default_rng(2)
    now = clock.now()
    with app.db.uow() as s:
        sups = [Supplier(name=f"Supplier {i}", lead_time_days=int(1 + i % 5), created_at=now,
                         updated_at=now) for i in range(20)]
        s.add_all(sups)
        s.flush()
        s.execute(Product.__table__.insert(), [
            {"sku": f"P{i:05d}", "name": f"Product {i}", "category": "x", "unit": "each",
             "cost": Decimal("1.5"), "price": Decimal("3"), "pack_size": Decimal(int(1 + i % 3 * 5)),
             "min_order_qty": Decimal(0), "active": True, "fill_rate_target": Decimal("0.95"),
             "safety_factor": Decimal(1), "supplier_id": sups[i % 20].id, "on_hand": Decimal(int(i % 40)),
             "created_at": now, "updated_at": now} for i in range(n)])
        lam = rng.gamma(1.0, 4.0, n)
        Y = rng.poisson(lam[:, None] * np.ones(days))
        ii, kk = np.nonzero(Y)
        d0 = today - timedelta(days=days)
        from sqlalchemy import text
        s.execute(text("INSERT INTO sales_daily (product_id, day, quantity) VALUES (:p, :d, :q)"),
                  [{"p": int(i) + 1, "d": (d0 + timedelta(days=int(k))).isoformat(),
                    "q": int(Y[i, k]) * ledger.SCALE} for i, k in zip(ii, kk)])
    from core.inventory.jobs import reorder_job
    t, c = time.perf_counter(), time.process_time()
    ctx = JobContext(app=app, job_id="inventory.reorder", run_id=None, as_of=today, started_at=now)
    reorder_job(ctx)
    dt, cpu = time.perf_counter() - t, time.process_time() - c
    app.close()
    print(f"reorder run, {n:,} products x {days} days of sales ({len(ii):,} sales-day rows): {dt:.2f} s wall, "
          f"{cpu:.2f} s CPU (target < 5 s, ratio {dt / 5:.2f}; load average {_load()}); "
          f"{ctx.created} suggestions, {ctx.notes[-1]}")
    return dt


def bench_backtest(n: int) -> float:
    rng = np.random.default_rng(3)
    T = 240
    lam = rng.gamma(0.8, 5.0, n)
    wk = np.array([0.9, 0.9, 1.0, 1.0, 1.1, 1.4, 0.7])
    d0 = date(2025, 1, 6)
    Y = rng.poisson(lam[:, None] * wk[np.arange(T) % 7][None, :]).astype(float)
    t, c = time.perf_counter(), time.process_time()
    res = backtest.run(Y, d0, d0 + timedelta(days=T - 60), None, 2, (0.8, 0.9, 0.95, 0.99))
    dt, cpu = time.perf_counter() - t, time.process_time() - c
    print(f"backtest {n:,} products x {res['window']['days']} days x 4 fill-rate targets: {dt:.1f} s wall, "
          f"{cpu:.1f} s CPU (target < 60 s, ratio {dt / 60:.2f}; load average {_load()}); "
          f"comparison {res['comparison']}")
    return dt


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=500_000)
    ap.add_argument("--products", type=int, default=5_000)
    ap.add_argument("--only", choices=("import", "reorder", "backtest"))
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        if a.only in (None, "import"):
            bench_import(tmp, a.rows)
        if a.only in (None, "reorder"):
            bench_reorder(tmp, a.products)
        if a.only in (None, "backtest"):
            bench_backtest(a.products)


if __name__ == "__main__":
    main()
