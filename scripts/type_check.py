"""mypy on ``core/`` against a recorded baseline: no new type errors, and the baseline only shrinks.

    python scripts/type_check.py            # exit 1 if mypy finds an error the baseline lacks
    python scripts/type_check.py --write    # record today's errors as the baseline

core/ predates the type checker, so it carries known errors (listed in ``mypy-baseline.txt``, by
file and message, without line numbers so that edits above an error don't count as new ones).
New code must be clean; fixing an old error is welcome and the check then asks for --write so the
baseline keeps shrinking. The test suite runs the check (tests/test_code_quality.py).
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / "mypy-baseline.txt"
ERROR = re.compile(r"^(?P<file>[^:]+):\d+(?::\d+)?: error: (?P<message>.*)$")


def current_errors() -> Counter[str]:
    out = subprocess.run([sys.executable, "-m", "mypy", "core", "--no-error-summary", "--no-pretty",
                          "--show-error-codes", "--hide-error-context"],
                         cwd=ROOT, capture_output=True, text=True)
    if out.returncode not in (0, 1) or "error: " not in out.stdout and out.returncode == 1:
        raise SystemExit(f"mypy did not run: {out.stdout}{out.stderr}")
    found: Counter[str] = Counter()
    for line in out.stdout.splitlines():
        m = ERROR.match(line)
        if m:
            found[f"{m['file']}: {m['message']}"] += 1
    return found


def read_baseline(path: Path = BASELINE) -> Counter[str]:
    if not path.exists():
        return Counter()
    return Counter(line for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


def compare(found: Counter[str], baseline: Counter[str]) -> int:
    """Print what is new (exit 1) or what was fixed; 0 when nothing is new."""
    new = found - baseline
    fixed = baseline - found
    for line in sorted(new.elements()):
        print(f"new type error: {line}")
    if new:
        print(f"{sum(new.values())} new type error(s) in core/ (mypy core for the line numbers)")
        return 1
    if fixed:
        print(f"{sum(fixed.values())} known error(s) fixed: run scripts/type_check.py --write to shrink the baseline")
    print(f"no new type errors ({sum(found.values())} known)")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    found = current_errors()
    if args.write:
        BASELINE.write_text("".join(f"{k}\n" for k in sorted(found.elements())), encoding="utf-8")
        print(f"baseline: {sum(found.values())} known errors")
        return 0
    return compare(found, read_baseline())


if __name__ == "__main__":
    sys.exit(main())
