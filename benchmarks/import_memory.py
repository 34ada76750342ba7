"""Peak memory and time of importing a large sales file (the online-retailer layout), first
import and re-import of the same file.

    .venv/bin/python benchmarks/import_memory.py                  # 500,000 rows in a temp folder
    .venv/bin/python benchmarks/import_memory.py --rows 100000

The file is written by this process and the shop created by a first child; each import then runs
in a child process of its own, so the peak memory printed is that import's own ``ru_maxrss`` (the
whole process: interpreter, libraries, opening the shop and the import). Target: below 300 MB for 500,000 rows, and no slower than the recorded baseline.
Prints the figures beside the baseline; asserts nothing.

Baseline, recorded with this script on the code before the import streamed its rows, side by side
with the streamed import (500,000 rows, a shared 2-core machine, load average near 12): first
import 1,003 MB peak, 26.5 s CPU; the same file again 425 MB, 9.3 s CPU. Streamed: 202 MB,
26.9 s; 148 MB, 9.1 s. Times move with the machine's load (±15 % here); compare runs made side by
side.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BASELINE = {"first": (1003, 26.5), "again": (425, 9.3)}   # MB peak, CPU seconds (500,000 rows)
TARGET_MB = 300


def write_file(path: Path, rows: int) -> None:
    """InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country: 3,000
    items over 700 days, about 2 % returns (C-numbers, negative quantities), some walk-in rows
    without a customer, times that move within a day."""
    import random
    rng = random.Random(1)
    start = date(2024, 1, 1)
    per_day = max(rows // 700, 1)
    with path.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice",
                    "CustomerID", "Country"])
        for k in range(rows):
            d = start + timedelta(days=min(k // per_day, 699))
            item = rng.randrange(3000)
            ret = rng.random() < 0.02
            qty = rng.randrange(1, 12)
            inv = 500000 + k // 3
            w.writerow([f"{'C' if ret else ''}{inv}", f"SKU{item:05d}", f"Item {item}",
                        -qty if ret else qty, f"{d.month}/{d.day}/{d.year} 10:{k % 60:02d}", "1.25",
                        "" if inv % 9 == 0 else str(12000 + inv % 4000), "United Kingdom"])


def child(data_dir: str, file: str) -> None:
    from core.app import Deskmate
    from core.kernel.clock import FixedClock

    app = Deskmate.open(Path(data_dir), clock=FixedClock(datetime(2026, 1, 1, 9, tzinfo=timezone.utc)))
    users = app.users
    if not users.has_users():      # the set-up run: create the shop, import nothing
        users.create_first_owner("owner", "bench-password-1")
        app.close()
        print(json.dumps({}))
        return
    owner = users.by_name("owner").actor
    t, c = time.perf_counter(), time.process_time()
    rep = app.inventory.import_file(owner, "sales", file)
    dt, cpu = time.perf_counter() - t, time.process_time() - c
    app.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024   # KB on Linux
    print(json.dumps({"seconds": dt, "cpu": cpu, "peak_mb": peak, "written": rep.rows_written,
                      "duplicates": rep.rows_duplicate, "read": rep.rows_read}))


def _load() -> str:
    try:
        return f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    except OSError:
        return "n/a"


def run_child(data_dir: Path, file: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", str(data_dir), str(file)],
                         capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(out.stderr)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=500_000)
    ap.add_argument("--child", nargs=2, metavar=("DATA_DIR", "FILE"), help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        child(*a.child)
        return
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        f = tmp / "online_retail.csv"
        write_file(f, a.rows)
        run_child(tmp / "shop", f)          # create the shop (migrations) in a process of its own
        for phase in ("first", "again"):
            r = run_child(tmp / "shop", f)
            base_mb, base_s = BASELINE[phase]
            base = f"; baseline {base_mb:,} MB, {base_s:.1f} s CPU" if a.rows == 500_000 else ""
            print(f"{phase:>5} import of {a.rows:,} rows: peak {r['peak_mb']:,.0f} MB, "
                  f"{r['cpu']:.1f} s CPU, {r['seconds']:.1f} s wall (target < {TARGET_MB} MB{base}); "
                  f"{r['written']:,} written, {r['duplicates']:,} already imported; load {_load()}")


if __name__ == "__main__":
    main()
