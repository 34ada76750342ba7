"""The automation and inbox commands, run through core.cli.run on a real data folder."""
from __future__ import annotations

import json

import automation_testkit as kit
from automation_testkit import kit_installed  # noqa: F401
from core.cli import run


def _json(capsys, argv, clock=None) -> object:
    """A listing, read as olivia (two people are logged in, so who reads is said); ``clock`` for
    what depends on today (a snooze ends on its day)."""
    capsys.readouterr()
    assert run([*argv, "--as", "olivia"] if "--as" not in argv else argv, clock=clock) == 0
    return json.loads(capsys.readouterr().out)


def test_automation_and_inbox_commands(app, owner, staff, data_dir, clock, capsys, kit_installed, cli_login):
    base = ["--data-dir", str(data_dir)]
    app.close()
    cli_login("olivia", "sam")
    jobs = _json(capsys, [*base, "automation", "list", "--json"])
    assert {"automation.backup", "automation.data_quality", kit.SWEEP} <= {j["id"] for j in jobs}
    assert run([*base, "automation", "run", kit.SWEEP, "--as-of", "2026-11-20", "--as", "sam"], clock=clock) == 0
    assert "5 new suggestions" in capsys.readouterr().out
    hist = _json(capsys, [*base, "automation", "history", "--json"])
    assert hist[0]["job_id"] == kit.SWEEP and hist[0]["trigger"] == "cli" and hist[0]["as_of"] == "2026-11-20"

    items = _json(capsys, [*base, "inbox", "list", "--json", "--kind", kit.KIND])
    assert len(items) == 5 and all(i["state"] == "new" for i in items)
    first, second, third = items[0]["id"], items[1]["id"], items[2]["id"]

    assert run([*base, "inbox", "show", str(first), "--as", "sam"]) == 0
    out = capsys.readouterr().out
    assert "Why:" in out and "Proposal:" in out
    history = out.split("History:", 1)[1]           # in words and the shop's formats, never the system user
    assert "Deskmate (automatic): drafted (- -> new)" in history and "deskmate-automation" not in history

    assert run([*base, "inbox", "decide", str(first), "approve", "--as", "olivia"]) == 0
    assert run([*base, "inbox", "decide", str(second), "reject", "--as", "olivia"]) == 1
    assert "say why" in capsys.readouterr().err
    assert run([*base, "inbox", "decide", str(second), "reject", "--reason", "dup", "--as", "olivia"]) == 0
    assert run([*base, "inbox", "decide", str(third), "snooze", "--until", "2026-12-01", "--as", "sam"], clock=clock) == 0
    assert run([*base, "inbox", "decide", str(items[3]["id"]), "escalate", "--as", "sam"]) == 0
    capsys.readouterr()
    assert run([*base, "inbox", "decide", str(items[3]["id"]), "approve", "--as", "sam"]) == 1
    assert "escalated" in capsys.readouterr().err

    states = {i["id"]: i["state"] for i in _json(capsys, [*base, "inbox", "list", "--json", "--state", "all"], clock)}
    assert states[first] == "applied" and states[second] == "rejected"
    assert states[third] == "snoozed" and states[items[3]["id"]] == "escalated"
    assert [i["id"] for i in _json(capsys, [*base, "inbox", "list", "--json", "--state", "rejected"])] == [second]

    assert run([*base, "automation", "set", kit.SWEEP, "--schedule", "cron:0 5 * * *", "--as", "sam"]) == 1
    assert run([*base, "automation", "set", kit.SWEEP, "--schedule", "cron:0 5 * * *", "--disable",
                "--as", "olivia"]) == 0
    stats = _json(capsys, [*base, "automation", "stats", "--json"])
    (st,) = [s for s in stats if s["job_id"] == kit.SWEEP]
    assert st["decided"] == 2 and st["acceptance_rate"] == 0.5


def test_inbox_roles_command(app, owner, staff, data_dir, capsys, kit_installed, cli_login):
    base = ["--data-dir", str(data_dir)]
    app.close()
    cli_login("olivia", "sam")
    rows = {r["kind"]: r for r in _json(capsys, [*base, "inbox", "roles", "--json"])}
    assert rows[kit.KIND]["roles"] == ["owner", "staff"]
    assert run([*base, "inbox", "roles", kit.KIND, "--set", "bookkeeper", "--as", "sam"]) == 1
    assert "may not change 'Who decides which suggestions'" in capsys.readouterr().err
    assert run([*base, "inbox", "roles", kit.KIND, "--set", "bookkeeper", "--as", "olivia"]) == 0
    assert "owner, bookkeeper" in capsys.readouterr().out
    assert run([*base, "inbox", "roles", kit.KIND, "--default", "--as", "olivia"]) == 0
    assert "owner, staff" in capsys.readouterr().out
