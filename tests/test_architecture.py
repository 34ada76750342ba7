"""The boundary that keeps core usable without a screen: core never imports Qt or desktop."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = ("PySide6", "shiboken6", "desktop")


def test_import_linter_contract_holds() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "KEPT" in result.stdout


def test_no_core_module_names_qt_even_lazily() -> None:
    """import-linter sees static imports; this also catches imports inside functions."""
    offenders = []
    for path in (ROOT / "core").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            for n in names:
                if n.split(".")[0] in FORBIDDEN:
                    offenders.append(f"{path.relative_to(ROOT)}: {n}")
    assert not offenders


def test_cli_runs_without_loading_qt(tmp_path: Path) -> None:
    code = ("import sys; from core.cli import run; rc = run(['--data-dir', sys.argv[1], 'logout']);"
            "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'desktop'))], 'Qt loaded';"
            "sys.exit(rc)")
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
