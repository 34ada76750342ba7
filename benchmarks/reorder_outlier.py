"""The reorder run on the demo shop, clean and with one absurd sale: it must stay within 1.5×.

    .venv/bin/python benchmarks/reorder_outlier.py

Builds the demo shop once, copies it, imports ``2026-11-29,BRE-001,100000000`` (a typing error of
the kind a till export can hold) into the copy, then times on both: ``reorder policy`` (three runs,
median) and the reorder job (once each, on fresh copies, so both draft the same way). Before the
bounded Poisson quantile and the outlier rule, the absurd copy took minutes to hours.
"""
from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.app import Deskmate  # noqa: E402
from core.demo import build_demo  # noqa: E402

ABSURD_ROW = "2026-11-29,BRE-001,100000000"


def _owner(app: Deskmate):  # noqa: ANN202
    return next(u for u in app.users.list() if u.role == "owner" and u.active).actor


def _copy(src: Path, dest: Path) -> Path:
    dest.mkdir(parents=True)
    shutil.copy2(src / "deskmate.sqlite3", dest / "deskmate.sqlite3")
    return dest


def _time_policy(folder: Path, as_of: date) -> float:
    app = Deskmate.open(folder)
    try:
        times = []
        for _ in range(3):
            t = time.perf_counter()
            app.inventory.policy(as_of)
            times.append(time.perf_counter() - t)
        return statistics.median(times)
    finally:
        app.close()


def _time_run(folder: Path, as_of: date) -> tuple[float, str]:
    app = Deskmate.open(folder)
    try:
        t = time.perf_counter()
        r = app.automation.run_now(_owner(app), "inventory.reorder", as_of=as_of, trigger="cli")
        return time.perf_counter() - t, f"{r.outcome}, {r.created} suggestion(s)"
    finally:
        app.close()


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="deskmate-bench-outlier-"))
    base = tmp / "base"
    t = time.perf_counter()
    app = Deskmate.open(base)
    build_demo(app, seed=7)
    as_of = app.today() + timedelta(days=1)   # the demo already ran today's job
    app.close()
    print(f"demo shop built in {time.perf_counter() - t:.1f}s; reorder as of {as_of}")

    absurd = _copy(base, tmp / "absurd")
    csv = tmp / "absurd-sale.csv"
    csv.write_text("Date,SKU,Quantity\n" + ABSURD_ROW + "\n")
    app = Deskmate.open(absurd)
    rep = app.inventory.import_file(_owner(app), "sales", csv)
    bre = next(r for r in app.inventory.policy(as_of) if r["sku"] == "BRE-001")
    app.close()
    print(f"imported {ABSURD_ROW!r}: {rep.summary()}")
    print(f"BRE-001 excluded sales: {bre['excluded_sales']}; forecast/day {bre['forecast_daily']}")

    clean_policy = _time_policy(base, as_of)
    absurd_policy = _time_policy(absurd, as_of)
    clean_run, clean_what = _time_run(_copy(base, tmp / "run-clean"), as_of)
    absurd_dir = _copy(absurd, tmp / "run-absurd")
    absurd_run, absurd_what = _time_run(absurd_dir, as_of)
    print(f"{'':22} {'clean':>9} {'absurd':>9} {'ratio':>6}")
    print(f"{'reorder policy (med.)':22} {clean_policy:>8.2f}s {absurd_policy:>8.2f}s "
          f"{absurd_policy / clean_policy:>6.2f}")
    print(f"{'reorder run':22} {clean_run:>8.2f}s {absurd_run:>8.2f}s {absurd_run / clean_run:>6.2f}")
    print(f"clean run: {clean_what}; absurd run: {absurd_what}")
    ok = absurd_run <= 1.5 * clean_run and absurd_policy <= 1.5 * clean_policy
    print("aim: absurd within 1.5x of clean -> " + ("met" if ok else "NOT met"))
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
