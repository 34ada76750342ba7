"""The scheduling commands end to end (real argparse, real database)."""
from __future__ import annotations

import json

from core.cli import run
from tests.conftest import shared_file
from tests.core.scheduling.sched_helpers import small_shop


def test_roster_benchmark_json(data_dir, capsys):
    f = shared_file("shift_scheduling", "Instance1.txt")
    assert run(["--data-dir", str(data_dir), "roster", "benchmark", str(f), "--time-limit", "5", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["objective"] == out["checked_objective"] and out["feasible"]
    assert set(out) >= {"objective", "bound", "status", "seconds", "penalties", "roster"}
    assert len(out["roster"]["A"]) == 14 and out["penalties"]["cover_under"] >= 0
    assert out["best_known"] == 607 and out["gap_to_best_known"] == (out["objective"] - 607) / 607
    assert out["phases"][0].startswith("start solve")
    # the CPU the run got (the solve is proven optimal in about a second: some CPU, never more
    # than two cores' worth of the wall time) and the load it started at
    assert 0 < out["cpu_seconds"] <= 2 * out["seconds"] + 1
    assert out["load_average"] is None or out["load_average"] >= 0
    last = out["timeline"][-1]
    assert last["objective"] == out["objective"] and last["seconds"] <= 5.5
    assert last["gap_to_best_known"] == out["gap_to_best_known"]


def test_roster_benchmark_text_reports_phases_and_gap(data_dir, capsys):
    f = shared_file("shift_scheduling", "Instance1.txt")
    assert run(["--data-dir", str(data_dir), "roster", "benchmark", str(f), "--time-limit", "5"]) == 0
    text = capsys.readouterr().out
    assert "best known 607, gap " in text
    assert "phases:\n  start solve: " in text
    assert "better rosters (seconds: objective, gap):" in text
    assert "penalties (independent check):" in text and "cover_under" in text


def test_plan_slots_and_export(app, owner, data_dir, clock, capsys, tmp_path, cli_login):
    cli_login("olivia", clock=clock)
    small_shop(app, owner)
    assert run(["--data-dir", str(data_dir), "roster", "plan", "--week", "2026-W49", "--time-limit", "3",
                "--json"], clock=clock) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["status"] == "OPTIMAL" and set(plan["roster"]) == {"Ann", "Bob", "Cy"}
    assert run(["--data-dir", str(data_dir), "roster", "plan", "--week", "2026-W49", "--time-limit", "3"],
               clock=clock) == 0
    text, hint = capsys.readouterr().out.rstrip().rsplit("\n", 1)
    assert hint.startswith("(--details:")
    assert "best possible" in text and "Open" in text and "Close" in text
    assert "OPN" not in text and "CLS" not in text and "points" not in text
    table = text.splitlines()[1:5]
    assert table[0].split()[:3] == ["staff", "Mon", "30"] and {t.split()[0] for t in table[1:]} == {"Ann", "Bob", "Cy"}
    assert run(["--data-dir", str(data_dir), "roster", "plan", "--week", "2026-W49", "--time-limit", "3",
                "--details"], clock=clock) == 0
    text = capsys.readouterr().out
    assert "points in total" in text and "OPN = Open" in text and "OPN" in text.splitlines()[2]
    assert run(["--data-dir", str(data_dir), "roster", "plan", "--week", "2026-W49", "--time-limit", "3",
                "--draft", "--as", "olivia"], clock=clock) == 0
    capsys.readouterr()
    out = tmp_path / "w.ics"
    assert run(["--data-dir", str(data_dir), "export", "roster", "--week", "2026-W49", "-o", str(out),
                "--as", "olivia"], clock=clock) == 0
    assert b"BEGIN:VEVENT" in out.read_bytes()
    capsys.readouterr()
    svc = app.scheduling.add_service(owner, "Fitting", 30)
    assert run(["--data-dir", str(data_dir), "appointments", "slots", "--service", str(svc.id), "--date",
                "2026-11-30", "--json"], clock=clock) == 0
    slots = json.loads(capsys.readouterr().out)
    assert slots and {"staff", "start", "end", "date"} <= set(slots[0])


def test_appointments_book_list_set_and_roster_show_publish(app, owner, data_dir, clock, capsys, cli_login):
    cli_login("olivia", clock=clock)
    a, b, c = small_shop(app, owner)
    rid = app.scheduling.new_roster(owner, __import__("datetime").date(2026, 11, 30))
    app.scheduling.assign(owner, rid, a.id, __import__("datetime").date(2026, 11, 30), "OPN")
    svc = app.scheduling.add_service(owner, "Fitting", 30)
    cust = app.customers.create(owner, name="Carla Client")
    base = ["--data-dir", str(data_dir)]
    assert run(base + ["roster", "publish", "--week", "2026-W49", "--as", "olivia"], clock=clock) == 0
    assert run(base + ["roster", "show", "--week", "2026-W49", "--json"], clock=clock) == 0
    capsys.readouterr()
    assert run(base + ["roster", "show", "--week", "2026-W49", "--json"], clock=clock) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["state"] == "published" and shown["roster"]["Ann"][0] == "OPN"
    args = ["appointments", "book", "--service", str(svc.id), "--customer", str(cust.id), "--staff", str(a.id),
            "--date", "2026-11-30", "--time", "09:00", "--as", "olivia"]
    assert run(base + args, clock=clock) == 0
    assert run(base + args, clock=clock) == 1                       # double booking refused
    err = capsys.readouterr().err
    assert "already booked 09:00" in err
    assert run(base + ["appointments", "list", "--from", "2026-11-30", "--json"], clock=clock) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["customer"], r["start"], r["state"]) for r in rows] == [("Carla Client", "09:00", "pending")]
    done = ["appointments", "set", str(rows[0]["id"]), "completed", "--as", "olivia"]
    assert run(base + done, clock=clock) == 1                       # never confirmed: refused
    assert "still pending" in capsys.readouterr().err
    assert run(base + ["appointments", "set", str(rows[0]["id"]), "confirmed", "--as", "olivia"], clock=clock) == 0
    assert run(base + done, clock=clock) == 0
    assert app.scheduling.billable_appointments(None)[0].id == rows[0]["id"]


def test_export_per_staff_feeds_and_appointments(app, owner, data_dir, clock, capsys, tmp_path, cli_login):
    cli_login("olivia", clock=clock)
    from datetime import date

    from icalendar import Calendar
    a, b, c = small_shop(app, owner)
    rid = app.scheduling.new_roster(owner, date(2026, 11, 30))
    app.scheduling.assign(owner, rid, a.id, date(2026, 11, 30), "OPN")
    app.scheduling.assign(owner, rid, b.id, date(2026, 12, 1), "CLS")
    svc = app.scheduling.add_service(owner, "Fitting", 30)
    cust = app.customers.create(owner, name="Carla Client")
    app.scheduling.book(owner, cust.id, svc.id, a.id, date(2026, 11, 30), 9 * 60)
    base = ["--data-dir", str(data_dir)]
    assert run(base + ["export", "roster", "--week", "2026-W49", "-o", str(tmp_path / "shifts.ics"), "--per-staff",
                       "--as", "olivia"], clock=clock) == 0
    ann = Calendar.from_ical((tmp_path / "shifts-A.ics").read_bytes())
    assert [str(e["summary"]) for e in ann.walk("VEVENT")] == ["Open shift"]
    assert not list(Calendar.from_ical((tmp_path / "shifts-C.ics").read_bytes()).walk("VEVENT"))
    assert run(base + ["export", "appointments", "--from", "2026-11-30", "-o", str(tmp_path / "a.ics")],
               clock=clock) == 0
    ev = list(Calendar.from_ical((tmp_path / "a.ics").read_bytes()).walk("VEVENT"))
    assert len(ev) == 1 and "Carla Client" in str(ev[0]["summary"]) and str(ev[0]["status"]) == "TENTATIVE"


def test_time_off_and_swap_requests_from_the_cli(app, owner, staff, data_dir, clock, capsys, cli_login):
    cli_login("sam", clock=clock)
    from datetime import date
    a, b, c = small_shop(app, owner)
    rid = app.scheduling.new_roster(owner, date(2026, 11, 30))
    app.scheduling.assign(owner, rid, c.id, date(2026, 12, 1), "CLS")
    app.scheduling.update_staff(owner, c.id, user_id=staff.user_id)          # Sam's login is Cy's record
    base = ["--data-dir", str(data_dir)]
    assert run(base + ["roster", "time-off", "--staff", str(c.id), "--from", "2026-12-02", "--reason", "exam",
                       "--as", "sam"], clock=clock) == 0
    assert run(base + ["roster", "swap", "--date", "2026-12-01", "--from-staff", str(c.id), "--to-staff",
                       str(a.id), "--as", "sam"], clock=clock) == 0
    kinds = sorted(i.kind for i in app.inbox.list())
    assert kinds == ["shift_swap", "time_off"]
    assert run(base + ["roster", "swap", "--date", "2026-12-03", "--from-staff", str(c.id), "--to-staff",
                       str(a.id), "--as", "sam"], clock=clock) == 1
    assert "no shift on that day" in capsys.readouterr().err
