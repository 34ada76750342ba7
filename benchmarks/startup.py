"""Start-up time: process start to the first page with its data shown, on the demo and a 20x shop.

    .venv/bin/python benchmarks/startup.py [--runs 5] [--rebuild]

Runs the real console script (``.venv/bin/deskmate --data-dir ...``) with
``QT_QPA_PLATFORM=offscreen`` and ``DESKMATE_STARTUP_PROBE=1``: ``desktop/app.py`` then prints
``startup_seconds=<float>`` (measured from the process's own start time in /proc) when the main
window is first shown, then ``first_page_seconds=<float>`` once the first page's data is on screen
(every background task done and delivered), and quits. The login dialog is skipped (a person's
time, not the app's): the figure is what a user waits for after pressing "Log in", plus the
process start before the dialog. The shops are built once into ``benchmarks/results/`` (demo
with ``deskmate init --demo``, the large one with ``benchmarks/generate_large.py``) and reused.
Also prints the window-shown figure, the CLI's start-up (``deskmate user list``) and a profile of
core's part of start-up (``--profile``). Target: first page with data under 1.5 s for both shops
on a quiet 2-core machine.
"""
from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
DESKMATE = ROOT / ".venv" / "bin" / "deskmate"
PYTHON = ROOT / ".venv" / "bin" / "python"
TARGET = 1.5


def ensure_shops(rebuild: bool) -> dict[str, Path]:
    demo, large = RESULTS / "demo", RESULTS / "large"
    if rebuild or not (demo / "deskmate.sqlite3").exists():
        import shutil
        shutil.rmtree(demo, ignore_errors=True)
        t = time.perf_counter()
        subprocess.run([str(DESKMATE), "--data-dir", str(demo), "init", "--demo"], check=True,
                       stdout=subprocess.DEVNULL)
        print(f"built the demo shop in {time.perf_counter() - t:.1f} s")
    if rebuild or not (large / "deskmate.sqlite3").exists():
        t = time.perf_counter()
        subprocess.run([str(PYTHON), str(ROOT / "benchmarks" / "generate_large.py"), "--data-dir", str(large)],
                       check=True, stdout=subprocess.DEVNULL)
        print(f"built the 20x shop in {time.perf_counter() - t:.1f} s")
    return {"demo shop": demo, "20x shop": large}


def probe_once(data_dir: Path) -> tuple[float, float, float, float]:
    """(seconds to the first page with data, wall seconds for the whole process, CPU
    seconds of the whole process). CPU time barely moves when other work shares the machine, so
    it is the steadier figure on a busy box; it includes shutting down, so it is an upper bound."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DESKMATE_STARTUP_PROBE="1")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    result = subprocess.run([str(DESKMATE), "--data-dir", str(data_dir)], env=env, capture_output=True,
                            text=True, timeout=120)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    shown = re.search(r"startup_seconds=([0-9.]+)", result.stdout)
    loaded = re.search(r"first_page_seconds=([0-9.]+)", result.stdout)
    if result.returncode != 0 or not shown or not loaded:
        raise SystemExit(f"the probe run failed (exit {result.returncode}):\n{result.stdout}\n{result.stderr}")
    return float(loaded.group(1)), wall, cpu, float(shown.group(1))


def cli_login(data_dir: Path) -> None:
    """Commands that show shop data need a login (both shops' owner has the demo password)."""
    subprocess.run([str(DESKMATE), "--data-dir", str(data_dir), "login", "owner", "--password-stdin"],
                   input="demo1234\n", text=True, check=True, stdout=subprocess.DEVNULL)


def cli_once(data_dir: Path) -> float:
    t = time.perf_counter()
    subprocess.run([str(DESKMATE), "--data-dir", str(data_dir), "user", "list", "--json"], check=True,
                   stdout=subprocess.DEVNULL)
    return time.perf_counter() - t


def profile_core(data_dir: Path) -> None:
    """Where core's share of start-up goes: opening the store and what the main window asks first."""
    code = f"""
import cProfile, pstats, io
pr = cProfile.Profile(); pr.enable()
from core.app import Deskmate
app = Deskmate.open({str(data_dir)!r})
app.users.has_users(); app.users.single_user_actor(); app.settings.get('shop.name'); app.today()
app.close()
pr.disable()
s = io.StringIO(); pstats.Stats(pr, stream=s).sort_stats('cumulative').print_stats(18); print(s.getvalue())
"""
    subprocess.run([str(PYTHON), "-c", code], cwd=ROOT, check=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--rebuild", action="store_true", help="build both shops again")
    ap.add_argument("--profile", action="store_true", help="also profile core's part of start-up")
    args = ap.parse_args()
    shops = ensure_shops(args.rebuild)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (figures grow with load)")
    print("median/min/max: process start to the first page with its data shown; window: to the "
          "window shown")
    print(f"{'shop':<10} {'size':>9} {'median':>8} {'min':>7} {'max':>7} {'window':>7} {'wall':>7} {'cpu':>7}"
          f" {'cli':>7}  target {TARGET} s")
    medians = {}
    for label, folder in shops.items():
        probe_once(folder)  # warm the file cache once, as a second start would be
        runs = [probe_once(folder) for _ in range(args.runs)]
        shown = [r[0] for r in runs]
        cli_login(folder)
        cli = statistics.median(cli_once(folder) for _ in range(3))
        medians[label] = statistics.median(shown)
        size = (folder / "deskmate.sqlite3").stat().st_size / 1e6
        verdict = "ok" if medians[label] < TARGET else "SLOW"
        print(f"{label:<10} {size:>7.1f}MB {medians[label]:>7.3f}s {min(shown):>6.3f}s {max(shown):>6.3f}s "
              f"{statistics.median(r[3] for r in runs):>6.3f}s "
              f"{statistics.median(r[1] for r in runs):>6.3f}s {statistics.median(r[2] for r in runs):>6.3f}s "
              f"{cli:>6.3f}s  {verdict}")
    if len(medians) == 2:
        a, b = medians.values()
        print(f"ratio 20x / demo: {b / a:.2f}")
    if args.profile:
        profile_core(shops["20x shop"])
    return 0 if all(m < TARGET for m in medians.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
