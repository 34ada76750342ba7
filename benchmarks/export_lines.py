"""Export 1,000,000 invoice lines to Excel: Deskmate (openpyxl write-only + streamed rows) beside
xlsxwriter's constant_memory mode writing the same rows with the same formats.

    .venv/bin/python benchmarks/export_lines.py                 # 1,000,000 lines in a temp folder
    .venv/bin/python benchmarks/export_lines.py --lines 200000 --keep bench-out

Each variant runs in its own process (so peak memory is that variant's own ru_maxrss), reading the
rows from the same SQLite database. Targets: Deskmate within 2x of xlsxwriter's time and under
200 MB peak. Prints the figures and the ratios; asserts nothing.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

D0, D1 = date(2020, 1, 1), date(2030, 12, 31)


def build(data_dir: Path, n_lines: int) -> None:
    """A shop with ``n_lines`` issued invoice lines (10 per invoice), inserted in bulk."""
    from sqlalchemy import insert

    from core.app import Deskmate
    from core.invoicing.models import Invoice, InvoiceLine
    from core.kernel.clock import FixedClock

    app = Deskmate.open(data_dir, clock=FixedClock(datetime(2026, 11, 25, 9, tzinfo=timezone.utc)))
    owner = app.users.create_first_owner("owner", "bench-pw")
    actor = owner.actor
    ids = app.customers.create_many(actor, [{"name": f"Customer {i}", "email": f"c{i}@x.example"} for i in range(500)])
    now = app.clock.now()
    per = 10
    n_inv = n_lines // per
    start = date(2025, 1, 1)
    t = time.perf_counter()
    with app.db.uow() as s:
        for base in range(0, n_inv, 10_000):
            invs = []
            for i in range(base, min(base + 10_000, n_inv)):
                day = start + timedelta(days=i % 600)
                invs.append(dict(id=i + 1, kind="invoice", state="issued", number=f"B-{i + 1:07d}", series="bench",
                                 customer_id=ids[i % len(ids)], customer_name=f"Customer {i % len(ids)}",
                                 billing_address="", customer_tax_id="", issue_date=day, due_date=day + timedelta(days=14),
                                 terms_days=14, currency="EUR", tax_mode="line", net_total=Decimal("100.00"),
                                 tax_total=Decimal("20.00"), gross_total=Decimal("120.00"), paid_total=Decimal(0),
                                 credited_total=Decimal(0), notes="", source="import", machine_drafted=False,
                                 reminder_level=0, created_at=now, created_by="owner", issued_at=now, issued_by="owner"))
            s.execute(insert(Invoice), invs)
            lines = []
            for inv in invs:
                for p in range(per):
                    q = Decimal((p % 5) + 1)
                    price = Decimal("2.00") + Decimal(p)
                    net = q * price
                    lines.append(dict(invoice_id=inv["id"], position=p + 1, item_id=None,
                                      description=f"Sourdough loaf no. {p} & friends <{inv['number']}>",
                                      quantity=q, unit="pc", unit_price=price, price_includes_tax=False,
                                      discount_pct=Decimal(0), tax_code="standard", tax_rate=Decimal(20), net=net,
                                      tax=net / 5, gross=net + net / 5))
            s.execute(insert(InvoiceLine), lines)
    print(f"built {n_inv * per:,} lines in {time.perf_counter() - t:.1f} s", flush=True)
    app.close()


def run_deskmate(data_dir: Path, out: Path) -> dict:
    from core.app import Deskmate
    from core.io.book_exports import export
    app = Deskmate.open(data_dir)
    actor = app.users.by_name("owner").actor
    t = time.perf_counter()
    res = export(app, actor, "lines", D0, D1, out)
    return {"rows": res.rows, "seconds": time.perf_counter() - t}


def run_xlsxwriter(data_dir: Path, out: Path) -> dict:
    """The reference: xlsxwriter constant_memory, same rows (same query), same formats and
    sheet features (frozen header, autofilter, widths, SUM totals)."""
    import xlsxwriter

    from core.app import Deskmate
    from core.invoicing.exports import LINE_COLS, line_rows
    app = Deskmate.open(data_dir)
    t = time.perf_counter()
    wb = xlsxwriter.Workbook(str(out), {"constant_memory": True})
    ws = wb.add_worksheet("Invoice lines")
    bold = wb.add_format({"bold": True})
    fmts = [wb.add_format({"num_format": c.fmt}) if c.fmt else None for c in LINE_COLS]
    for i, c in enumerate(LINE_COLS):
        ws.set_column(i, i, c.width)
    ws.freeze_panes(1, 0)
    for i, c in enumerate(LINE_COLS):
        ws.write_string(0, i, c.title, bold)
    r = 0
    for r, row in enumerate(line_rows(app, D0, D1), start=1):
        for c, v in enumerate(row):
            f = fmts[c]
            if v is None:
                continue
            if isinstance(v, Decimal):
                ws.write_number(r, c, float(v), f)
            elif isinstance(v, int):
                ws.write_number(r, c, v, f)
            elif isinstance(v, date):
                ws.write_datetime(r, c, datetime(v.year, v.month, v.day), f)
            else:
                ws.write_string(r, c, v, f)
    for c in (12, 13, 14):
        col = xlsxwriter.utility.xl_col_to_name(c)
        ws.write_formula(r + 1, c, f"=SUM({col}2:{col}{r + 1})", fmts[c])
    ws.autofilter(0, 0, r, len(LINE_COLS) - 1)
    wb.close()
    return {"rows": r, "seconds": time.perf_counter() - t}


def peak_mb() -> float:
    """This process's peak resident memory (VmHWM; unlike ru_maxrss it is not inherited across exec)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(kind: str, data_dir: str, out: str) -> None:
    base = peak_mb()
    fn = run_deskmate if kind == "deskmate" else run_xlsxwriter
    if kind == "build":
        build(Path(data_dir), int(out))
        return
    result = fn(Path(data_dir), Path(out))
    result["peak_mb"] = peak_mb()
    result["start_mb"] = base
    result["file_mb"] = Path(out).stat().st_size / 1e6
    print("RESULT " + json.dumps(result))


def measure(kind: str, data_dir: Path, out: Path) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--child", kind, str(data_dir), str(out)],
                          capture_output=True, text=True, cwd=ROOT)
    if proc.returncode:
        raise SystemExit(proc.stderr)
    line = [ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")][-1]
    return json.loads(line[7:])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", type=int, default=1_000_000)
    ap.add_argument("--keep", help="folder to build the database in and keep (reused when it exists)")
    ap.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(*args.child)
        return
    tmp = None
    if args.keep:
        folder = Path(args.keep)
        folder.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.TemporaryDirectory()
        folder = Path(tmp.name)
    data = folder / "data"
    if not (data / "deskmate.sqlite3").exists():
        subprocess.run([sys.executable, __file__, "--child", "build", str(data), str(args.lines)], check=True, cwd=ROOT)
    ref = measure("xlsxwriter", data, folder / "xlsxwriter.xlsx")
    ours = measure("deskmate", data, folder / "deskmate.xlsx")
    print(f"\nExport of {ours['rows']:,} invoice lines (same rows, same formats, frozen header, autofilter, SUM row)")
    print(f"{'':24}{'time s':>10}{'peak MB':>10}{'file MB':>10}")
    for name, r in (("xlsxwriter const_mem", ref), ("Deskmate (openpyxl)", ours)):
        print(f"{name:24}{r['seconds']:>10.1f}{r['peak_mb']:>10.0f}{r['file_mb']:>10.1f}")
    ratio = ours["seconds"] / ref["seconds"]
    print(f"\ntime ratio Deskmate / xlsxwriter: {ratio:.2f}x (target <= 2x: {'met' if ratio <= 2 else 'NOT met'})")
    print(f"Deskmate peak memory: {ours['peak_mb']:.0f} MB (target < 200 MB: "
          f"{'met' if ours['peak_mb'] < 200 else 'NOT met'}); process start {ours['start_mb']:.0f} MB")
    if tmp:
        tmp.cleanup()


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
