"""Automation payoff per job on hand-made decisions: shares by week, rejection reasons counted
together, how far edits moved the quantities, the verdict and its threshold; the report and CLI."""
from __future__ import annotations

import json
from datetime import date, datetime, timezone
from decimal import Decimal

import pytest
from automation_testkit import BROKEN, KIND, RECURRING, SWEEP, kit_installed  # noqa: F401
from hypothesis import given
from hypothesis import strategies as st

from core import cli
from core.automation.payoff import MIN_DECISIONS, verdict
from core.inbox.reason import reason_card

FROM, TO = date(2026, 11, 16), date(2026, 11, 29)


def draft(app, job: str, n: int, quantity: str | None = None) -> int:
    payload = {"text": f"{job} {n}"}
    if quantity is not None:
        payload["lines"] = [{"product_id": 1, "quantity": quantity}]
    with app.db.uow() as s:
        return app.inbox.draft(s, kind=KIND, subject_type="note", subject_id=f"{job}-{n}", title=f"note {n}",
                               payload=payload, job_id=job, subject_label=str(n),
                               reason=reason_card(explanation="test"))


@pytest.fixture
def decided(app, owner, clock, kit_installed):  # noqa: F811
    def on(day: int) -> None:
        clock.set(datetime(2026, 11, day, 10, tzinfo=timezone.utc))
    on(16)
    for i in range(6):
        app.inbox.decide(owner, draft(app, SWEEP, i), "approve")
    on(23)
    for i in range(6, 9):
        app.inbox.decide(owner, draft(app, SWEEP, i), "approve")
    app.inbox.decide(owner, draft(app, SWEEP, 9, "10"), "edit",
                     payload={"text": "x", "lines": [{"product_id": 1, "quantity": "8"}]})
    app.inbox.decide(owner, draft(app, SWEEP, 10, "10"), "edit",
                     payload={"text": "y", "lines": [{"product_id": 1, "quantity": "13"}]})
    app.inbox.decide(owner, draft(app, SWEEP, 11), "reject", reason="Supplier delivers Mondays only")
    app.inbox.decide(owner, draft(app, RECURRING, 1), "approve")
    app.inbox.decide(owner, draft(app, RECURRING, 2), "reject", reason="too early")
    app.inbox.decide(owner, draft(app, RECURRING, 3), "reject", reason="  Too   early ")
    for i in range(10):
        app.inbox.decide(owner, draft(app, BROKEN, i), "approve" if i < 4 else "reject", reason="wrong supplier")
    on(30)


def test_payoff_per_job_known_answers(app, decided):
    jobs = {j.job_id: j for j in app.automation.payoff(FROM, TO)}
    sweep = jobs[SWEEP]
    assert (sweep.decided, sweep.approved, sweep.edited, sweep.rejected) == (12, 9, 2, 1)
    assert sweep.weekly_approved_pct == (Decimal("100.0"), Decimal("50.0"))
    assert sweep.weekly_edited_pct == (Decimal("0.0"), Decimal("33.3"))
    assert sweep.edit_change_units == Decimal("0.5") and sweep.edit_change_pct == Decimal("5.0")  # -2 & +3; -20 % & +30 %
    assert sweep.verdict == "keep"
    assert sweep.words == "people approve 92 %, 17 % after an edit; keep, and look at what they change"
    assert "12 decisions: 9 approved as drafted (75 %)" in sweep.evidence
    assert "median of +0.5 units (+5 %), over 2 edited drafts" in sweep.evidence
    rec = jobs[RECURRING]
    assert rec.reasons == (("too early", 2),)
    assert rec.verdict == "too few" and rec.words.startswith(f"not enough decisions yet (3 of the {MIN_DECISIONS}")
    broken = jobs[BROKEN]
    assert broken.verdict == "rethink"
    assert broken.words == 'people reject 60 % (most often: "wrong supplier"); change its settings or switch it off'
    assert list(jobs)[:3] == [SWEEP, BROKEN, RECURRING]              # most decisions first
    assert all(j.decided == 0 and j.verdict == "too few" for k, j in jobs.items() if k not in (SWEEP, BROKEN, RECURRING))


def test_payoff_report_cli_and_json(app, owner, decided, data_dir, cli_login, capsys, clock):
    r = app.reports.run(owner, "automation", FROM, TO)
    s = {x.name: x.values for x in r.series}
    assert s["decisions"] == (6, 19)
    assert s["as drafted %"] == (Decimal("100.0"), Decimal("42.1"))     # 8 of 19
    f = {x.key: x.value for x in r.figures}
    assert f["decided"] == 25 and f["jobs_keep"] == 1
    per_job, reasons = r.tables
    assert per_job.rows[0][0] == "Test sweep" and per_job.rows[0][-3].endswith("look at what they change")
    assert ("Test sweep", "Supplier delivers Mondays only", 1) in reasons.rows
    cli_login("olivia", clock=clock)
    assert cli.run(["--data-dir", str(data_dir), "report", "automation", "--from", "2026-11-16", "--to",
                    "2026-11-29", "--json", "--as", "olivia"], clock=clock) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["tables"][0]["rows"][1][-3].startswith("people reject 60 %")


@given(st.integers(0, 60), st.integers(0, 60), st.integers(0, 60))
def test_the_verdict_follows_its_stated_rule(approved, edited, rejected):
    decided = approved + edited + rejected
    kind, words = verdict(decided, approved, edited, rejected, (("late", 1),))
    if decided < MIN_DECISIONS:
        assert kind == "too few" and f"({decided} of the {MIN_DECISIONS}" in words
        return
    assert kind in ("keep", "watch", "rethink")
    if 100 * approved >= 80 * decided:
        assert kind == "keep" and words.startswith("people approve") and words.endswith("; keep")
    elif 100 * rejected >= 50 * decided:
        assert kind == "rethink" and '"late"' in words
    elif kind == "keep":
        assert 100 * (approved + edited) >= 80 * decided
    if kind == "watch":
        assert 100 * (approved + edited) < 80 * decided and 100 * rejected < 50 * decided

