"""The wheel carries every file Deskmate reads at run time (icons, style sheet, invoice template,
password list, migrations), so `pipx install` of it works like a checkout. The full proofs —
`pipx install` and the Debian package used after installing — are packaging/prove-pipx.sh and
packaging/prove-install.sh (CI runs the latter)."""
from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_the_wheel_holds_every_file_the_app_reads(tmp_path: Path) -> None:
    tracked = subprocess.run(["git", "ls-files", "core", "desktop"], cwd=ROOT, capture_output=True, text=True)
    if tracked.returncode != 0:
        pytest.skip("not a git checkout")
    needed = {p for p in tracked.stdout.split() if not p.endswith(".py") and "/__pycache__/" not in p}
    needed |= {p for p in tracked.stdout.split() if p.startswith("core/migrations/")}
    assert "core/resources/icons/deskmate.svg" in needed and "core/users/common_passwords.txt" in needed
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                    "-w", str(tmp_path), str(ROOT)], check=True, capture_output=True)
    wheel = next(tmp_path.glob("deskmate-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert sorted(needed - names) == []
    from core.kernel.version import app_version
    assert wheel.name.startswith(f"deskmate-{app_version()}-")


def test_resources_are_found_next_to_the_code() -> None:
    from core.kernel.paths import resources_dir
    assert (resources_dir() / "icons" / "deskmate.svg").is_file()
    assert (resources_dir() / "invoicing" / "invoice_template.json").is_file()
    assert resources_dir().parent == ROOT / "core"
