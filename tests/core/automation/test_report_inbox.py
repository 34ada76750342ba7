"""The inbox report on hand-made decisions: known counts, rates, medians, per kind and person,
the comparison with the previous period, money hidden from staff, CLI text/JSON and the XLSX."""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import openpyxl
import pytest
from automation_testkit import draft_note, kit_installed  # noqa: F401

from core import cli
from core.kernel.errors import DeskmateError

FROM, TO = date(2026, 11, 16), date(2026, 11, 29)   # two weeks, Monday to Sunday


def at(day: int, hour: int = 10) -> datetime:
    return datetime(2026, 11, day, hour, tzinfo=timezone.utc)


@pytest.fixture
def decisions(app, owner, staff, clock, kit_installed):  # noqa: F811
    clock.set(at(5))                                   # previous period: one item, approved in 1 h
    e = draft_note(app, "e")
    clock.advance(timedelta(hours=1))
    app.inbox.decide(owner, e, "approve")
    clock.set(at(16))
    a, b = draft_note(app, "a"), draft_note(app, "b")
    clock.advance(timedelta(hours=2))
    app.inbox.decide(owner, a, "approve")                                     # 2 h
    clock.set(at(18))
    app.inbox.decide(staff, b, "edit", payload={"text": "bb"}, reason="more")  # 48 h
    clock.set(at(24))
    c, _d = draft_note(app, "c"), draft_note(app, "d")
    clock.advance(timedelta(hours=4))
    app.inbox.decide(owner, c, "reject", reason="too early")                  # 4 h; d stays open
    clock.set(at(30))


def test_inbox_report_known_answers(app, owner, decisions):
    r = app.reports.run(owner, "inbox", FROM, TO)
    assert r.weeks == (date(2026, 11, 16), date(2026, 11, 23))
    series = {s.name: s.values for s in r.series}
    assert series["drafted"] == (2, 2)
    assert series["decided"] == (2, 1)
    assert series["median hours to a decision"] == (Decimal("25.0"), Decimal("4.0"))
    f = {x.key: x for x in r.figures}
    assert (f["drafted"].value, f["drafted"].previous) == (4, 1)
    assert (f["decided"].value, f["decided"].previous) == (3, 1)
    assert f["approved_pct"].value == Decimal("33.3") and f["approved_pct"].previous == Decimal("100.0")
    assert f["approved_pct"].verdict == "worse"
    assert f["rejected_pct"].value == Decimal("33.3") and f["rejected_pct"].verdict == "worse"
    assert f["median_hours"].value == Decimal("4.0") and f["median_hours"].previous == Decimal("1.0")
    kinds, people = r.tables
    assert kinds.rows == (("Test note", 4, 3, 1, 1, 1, Decimal("4.0")),)
    assert people.rows == (("olivia", 2, 1, 0, 1, Decimal("3.0")), ("sam", 1, 0, 1, 0, Decimal("48.0")))
    assert r.previous.start == date(2026, 11, 2) and r.previous.end == date(2026, 11, 15)
    assert any("median" in h for h in r.how)


def test_period_checks_and_roles(app, owner, staff):
    with pytest.raises(DeskmateError, match="before it starts"):
        app.reports.run(owner, "inbox", TO, FROM)
    with pytest.raises(DeskmateError, match="unknown report 'nope'"):
        app.reports.run(owner, "nope", FROM, TO)
    assert "inbox" in [i.name for i in app.reports.list(staff)]
    assert app.reports.run(staff, "inbox", FROM, TO).hidden == ()   # nothing about money to hide


def test_cli_text_json_and_xlsx(app, owner, decisions, data_dir, cli_login, capsys, clock, tmp_path):
    cli_login("olivia", clock=clock)
    base = ["--data-dir", str(data_dir)]
    assert cli.run([*base, "report", "list", "--as", "olivia"], clock=clock) == 0
    assert "inbox" in capsys.readouterr().out
    assert cli.run([*base, "report", "inbox", "--from", "2026-11-16", "--to", "2026-11-29", "--as", "olivia"],
                   clock=clock) == 0
    out = capsys.readouterr().out
    assert "Approved as drafted" in out and "33.3 %" in out and "worse" in out
    assert cli.run([*base, "report", "inbox", "--from", "2026-11-16", "--to", "2026-11-29", "--json",
                    "--as", "olivia"], clock=clock) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["figures"][0] == {"key": "drafted", "label": "Items drafted", "unit": "count", "value": "4",
                                  "previous": "1", "change": "3", "verdict": ""}
    out_file = tmp_path / "inbox.xlsx"
    assert cli.run([*base, "report", "inbox", "--from", "2026-11-16", "--to", "2026-11-29", "-o", str(out_file),
                    "--as", "olivia"], clock=clock) == 0
    wb = openpyxl.load_workbook(out_file)
    assert wb.sheetnames == ["Weeks", "Figures", "Per kind", "Per person", "How it was worked out",
                             "About this export"]
    weeks = list(wb["Weeks"].iter_rows(values_only=True))
    assert weeks[0][:3] == ("Week of", "drafted", "decided")
    assert weeks[1][0] == datetime(2026, 11, 16) and weeks[1][1] == 2 and weeks[2][2] == 1
    figures = {row[0]: row for row in wb["Figures"].iter_rows(min_row=2, values_only=True)}
    assert figures["Items decided"][1:4] == (3, 1, 2)
    assert isinstance(figures["Approved as drafted"][1], float | int)
    about = dict(wb["About this export"].iter_rows(values_only=True))
    assert about["Filter: report"] == "inbox"
    from core.kernel.audit import AuditFilter
    assert app.audit.count(owner, AuditFilter(entity="report", entity_id="inbox")) == 1

