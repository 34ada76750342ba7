"""A roster's quality in words ("4 cover gaps, 2 unmet wishes, fairness spread 3 h") and the
optimiser's verdict as "best possible" / "good, may improve"; the points only as detail."""
from __future__ import annotations

import json
import re
from datetime import timedelta

from core.cli import run
from core.scheduling.rules import PenaltyItem
from core.scheduling.wording import points_lines, quality_words, status_detail, status_words
from tests.core.scheduling.sched_helpers import WEEK, small_shop

MACHINE = re.compile(r"OPTIMAL|FEASIBLE|RELAXED|lower bound|bound|cover_under|fair_\w+|shift_o\w+_request|"
                     r"[Pp]enalty|solver status")


def test_quality_in_words():
    items = [PenaltyItem("cover_under", 300, "Open on Mon: 0 of 3 needed", size=3),
             PenaltyItem("cover_under", 100, "Close on Tue: 1 of 2 needed", size=1),
             PenaltyItem("shift_on_request", 2, "Ann wanted Open on Mon, got a day off"),
             PenaltyItem("shift_off_request", 3, "Bob did not want Close on Sun"),
             PenaltyItem("fair_hours", 6, "Ann: 8 h planned, contract 10 h", "1", size=-2),
             PenaltyItem("fair_hours", 2, "Bob: 11 h planned, contract 10 h", "2", size=1)]
    assert quality_words(items) == "4 cover gaps, 2 unmet wishes, fairness spread 3 h"
    assert quality_words([]) == "no cover gaps, every wish met"
    assert quality_words([PenaltyItem("cover_under", 100, "x", size=1),
                          PenaltyItem("fair_weekends", 40, "weekends: Ann has 2, Bob has 0", size=2)]) \
        == "1 cover gap, every wish met, weekends uneven by 2"
    assert points_lines({"cover_under": 400, "shift_on_request": 2, "fair_hours": 0}) == \
        ["cover gaps: 400 points", "wished-for shifts not given: 2 points"]


def test_solver_statuses_in_words():
    assert status_words("OPTIMAL") == "best possible" and status_words("FEASIBLE") == "good, may improve"
    assert "none can score below 10 points" in status_detail("FEASIBLE", 10, 40)
    assert "bound" not in status_detail("FEASIBLE", 10, 40)


def test_drafted_roster_card_leads_with_words(app, owner):
    a, b, c = small_shop(app, owner)
    app.settings.update(owner, {"scheduling.fair_hours": 0})
    app.scheduling.set_preference(owner, a.id, 0, "CLS", want=True, weight=2)
    app.scheduling.set_cover(owner, 2, "CLS", 4, under_weight=100)          # more than 3 people can give
    rid, sug = app.scheduling.draft_week(owner, WEEK, time_limit=3)
    card = app.inbox.get(sug).reason
    first = card["explanation"] + " " + json.dumps(card["inputs"], ensure_ascii=False)
    assert not MACHINE.search(first), MACHINE.search(first)
    assert re.search(r"\d+ cover gaps?", card["explanation"]) and "It is best possible." in card["explanation"]
    assert dict(card["inputs"])["Quality"] == "best possible"
    assert card["calculation"][0].endswith("points in total")
    assert any(re.match(r"cover gaps: \d+ points", line) for line in card["calculation"])
    assert card["confidence"].startswith("best possible")
    summary = app.inbox.get(sug).summary
    assert "cover gap" in summary and "penalty" not in summary
    view = app.scheduling.view(rid)
    assert view.quality == card["explanation"].split(": ", 1)[1].split(". ")[0]


def test_cli_plan_and_show_speak_words(app, owner, data_dir, clock, capsys, cli_login):
    small_shop(app, owner)
    cli_login("olivia", clock=clock)
    base = ["--data-dir", str(data_dir)]
    assert run(base + ["roster", "plan", "--week", "2026-W49", "--time-limit", "3"], clock=clock) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert "best possible" in first and "OPTIMAL" not in first and "bound" not in first
    assert run(base + ["roster", "plan", "--week", "2026-W49", "--time-limit", "3", "--json"], clock=clock) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["status"] == "OPTIMAL" and out["quality"] == "best possible" and "cover gap" in out["summary"]
    app.scheduling.draft_week(owner, WEEK, time_limit=3)
    assert run(base + ["roster", "show", "--week", "2026-W49", "--as", "olivia"], clock=clock) == 0
    assert "cover gap" in capsys.readouterr().out.splitlines()[0]


def test_staff_view_drops_colleagues_contract_lines(app, owner, staff):
    a, b, c = small_shop(app, owner)
    app.scheduling.update_staff(owner, a.id, target_minutes=30 * 60, min_minutes=20 * 60)
    app.scheduling.update_staff(owner, b.id, user_id=staff.user_id)
    rid = app.scheduling.new_roster(owner, WEEK)
    app.scheduling.assign(owner, rid, a.id, WEEK, "OPN")
    full, seen = app.scheduling.view(rid), app.scheduling.view(rid, viewer=staff)
    assert any("contract 30 h" in m for m in full.penalty_items)
    assert any(w.rule == "min_minutes" and w.staff_id == a.id for w in full.warnings)
    assert not any("contract" in m for m in seen.penalty_items)
    assert not any(w.rule == "min_minutes" for w in seen.warnings)
    assert seen.penalty == full.penalty and seen.quality == full.quality       # the same roster, same score
    assert seen.days[0] == WEEK and seen.days[-1] == WEEK + timedelta(days=6)
