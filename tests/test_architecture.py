"""The boundaries: core never imports Qt or the desktop, and the areas follow their order.

The order of the areas is declared once, in ``core/areas.py``; the layers contract below is built
from it, so changing the order is changing that file."""
from __future__ import annotations

import ast
import os
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


def layers_config(root: Path) -> Path:
    """An import-linter configuration holding the layers contract generated from core/areas.py.

    Imports inside functions count like any other (grimp sees them). Imports under
    ``if TYPE_CHECKING`` do not: they name the ``Deskmate`` container for type hints only and
    never run."""
    from core.areas import contract_layers

    layers = "".join(f"\n    {layer}" for layer in contract_layers())
    config = root / "layers.ini"
    config.write_text(f"""[importlinter]
root_packages =
    core
include_external_packages = False
exclude_type_checking_imports = True

[importlinter:contract:areas]
name = areas import only the areas below them (core/areas.py)
type = layers
containers =
    core
exhaustive = True
layers ={layers}
""", encoding="utf-8")
    return config


def lint(config: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    env = {**os.environ, "PYTHONPATH": str(cwd)}
    return subprocess.run([str(lint_imports), "--no-cache", str(config)], cwd=cwd, env=env,
                          capture_output=True, text=True)


def test_areas_import_only_the_areas_below_them(tmp_path: Path) -> None:
    result = lint(layers_config(tmp_path), ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout


def test_the_layers_contract_catches_a_function_local_back_arrow(tmp_path: Path) -> None:
    """The same generated contract on a copy of core's shape where the kernel imports invoicing
    inside a function: it fails and names the import."""
    from core.areas import LAYERS, WIRING

    for module in (m for layer in LAYERS + WIRING for m in layer):
        package = tmp_path / "core" / module
        package.mkdir(parents=True)
        (package / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "core" / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "core" / "invoicing" / "numbers.py").write_text("N = 1\n", encoding="utf-8")
    (tmp_path / "core" / "kernel" / "sneaky.py").write_text(
        "def f():\n    from core.invoicing.numbers import N\n    return N\n", encoding="utf-8")
    result = lint(layers_config(tmp_path), tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "core.kernel is not allowed to import core.invoicing" in result.stdout
    assert "core.kernel.sneaky -> core.invoicing.numbers" in result.stdout


def test_every_area_is_a_package_in_core() -> None:
    from core.areas import AREAS, WIRING

    assert all((ROOT / "core" / area / "__init__.py").is_file() for area in AREAS)
    assert all((ROOT / "core" / f"{m}.py").is_file() or (ROOT / "core" / m).is_dir()
               for layer in WIRING for m in layer)


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


def test_settings_are_declared_in_settings_modules_only() -> None:
    """One way to register a setting: ``core/<area>/settings.py`` (the kernel's own in
    ``core/kernel/settings.py``), loaded with the registry — never as a side effect of importing a
    service, a model or a desktop page."""
    offenders = []
    for path in [*(ROOT / "core").rglob("*.py"), *(ROOT / "desktop").rglob("*.py")]:
        if path.name == "settings.py" and path.parent.parent == ROOT / "core":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) == "SettingSpec":
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders


def test_the_kernel_knows_no_area() -> None:
    """The kernel is handed the list of areas (core/areas.py); it names none of them, even as text."""
    from core.areas import AREAS

    offenders = []
    for path in (ROOT / "core" / "kernel").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and \
                    any(node.value.startswith(f"core.{a}") for a in ("areas", *AREAS) if a != "kernel"):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value}")
    assert not offenders
