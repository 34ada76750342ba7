"""The code checks CI runs, as tests: ruff with the checked-in configuration is clean, and mypy finds
no type error in core/ that the recorded baseline (mypy-baseline.txt) lacks."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_ruff_finds_nothing() -> None:
    ruff = Path(sys.executable).with_name("ruff")
    assert ruff.exists(), "ruff is in the test extras: run ./dev setup (pip install -e '.[test]')"
    result = subprocess.run([str(ruff), "check", "--no-cache", "--output-format", "concise", "."], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_no_new_type_errors_in_core() -> None:
    """Seconds with mypy's cache, about a minute without (it reads SQLAlchemy's types)."""
    result = subprocess.run([sys.executable, "scripts/type_check.py"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no new type errors" in result.stdout


def test_the_type_check_fails_on_a_new_error(tmp_path: Path) -> None:
    """The baseline check itself: an error the baseline lacks fails, a known one passes."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import type_check
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    baseline = tmp_path / "baseline.txt"
    baseline.write_text("core/a.py: known  [misc]\n", encoding="utf-8")
    known = type_check.Counter({"core/a.py: known  [misc]": 1})
    new = type_check.Counter({"core/a.py: known  [misc]": 1, "core/b.py: new  [arg-type]": 1})
    assert type_check.compare(known, type_check.read_baseline(baseline)) == 0
    assert type_check.compare(new, type_check.read_baseline(baseline)) == 1
