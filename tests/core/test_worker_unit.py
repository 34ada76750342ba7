"""packaging/deskmate-worker.service and its environment file: every setting they give is one
Deskmate reads, and a worker that dies is taken over within 15 s with the values they set."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from core.automation import scheduler
from core.automation.scheduler import AutomationScheduler

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
UNIT = PACKAGING / "deskmate-worker.service"
ENV_FILE = PACKAGING / "deskmate-worker.env"
CORE = Path(__file__).resolve().parents[2] / "core"


def unit() -> dict[str, list[tuple[str, str]]]:
    sections: dict[str, list[tuple[str, str]]] = {}
    current = ""
    for line in UNIT.read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            current = line.strip("[]")
            sections[current] = []
        else:
            key, value = line.split("=", 1)
            sections[current].append((key, value))
    return sections


def env_file() -> dict[str, str]:
    return dict(line.split("=", 1) for line in ENV_FILE.read_text().splitlines()
                if line.strip() and not line.startswith("#"))


def read_by_core(name: str) -> bool:
    """Whether some module of core reads this environment variable."""
    return any(f'"{name}"' in p.read_text(encoding="utf-8") for p in CORE.rglob("*.py"))


def test_the_unit_runs_the_worker_as_its_own_user_with_the_environment_file():
    service = dict(unit()["Service"])
    assert service["ExecStart"].endswith("deskmate worker")
    assert service["User"] == "deskmate" and service["KillSignal"] == "SIGTERM"
    assert service["EnvironmentFile"] == "/etc/deskmate/worker.env"
    assert dict(unit()["Install"])["WantedBy"] == "multi-user.target"


def test_every_variable_the_unit_and_its_file_set_is_read_by_deskmate():
    variables = [v.split("=", 1)[0] for k, v in unit()["Service"] if k == "Environment"] + list(env_file())
    assert variables
    unknown = [v for v in variables if not read_by_core(v)]
    assert not unknown, f"set by packaging/ but read nowhere in core: {unknown}"


def test_the_lease_it_sets_hands_over_within_15_seconds(app, monkeypatch):
    values = env_file()
    for name in (scheduler.LEASE_ENV, scheduler.HEARTBEAT_ENV):
        monkeypatch.setenv(name, values[name])
    s = AutomationScheduler(app)
    assert (s.lease_seconds, s.heartbeat_seconds) == (float(values[scheduler.LEASE_ENV]),
                                                     float(values[scheduler.HEARTBEAT_ENV]))
    assert s.lease_seconds + s.heartbeat_seconds <= 15     # expiry + the desktop's next heartbeat
    monkeypatch.setenv(scheduler.LEASE_ENV, "soon")
    assert AutomationScheduler(app).lease_seconds == 45    # nonsense is ignored (and logged)


def test_the_url_in_the_example_names_the_postgresql_driver():
    assert re.match(r"postgresql\+psycopg://[^:]+:[^@]+@[^/]+/\w+$", env_file()["DESKMATE_DB_URL"])


@pytest.mark.skipif(not shutil.which("systemd-analyze"), reason="systemd-analyze is not installed")
def test_systemd_reads_the_unit_without_complaint(tmp_path):
    copy = tmp_path / "deskmate-worker.service"
    # systemd-analyze checks that ExecStart exists: point it at a program that does
    copy.write_text(UNIT.read_text().replace("/opt/deskmate/deskmate worker", "/bin/true worker"))
    done = subprocess.run(["systemd-analyze", "verify", str(copy)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "Unknown" not in done.stderr + done.stdout, done.stderr
