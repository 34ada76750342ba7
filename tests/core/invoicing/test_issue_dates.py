"""Numbers follow dates: an issue date before the series' latest is refused (saying which number
and date), one far from today needs confirming (CLI ``--confirm-date``)."""
from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from core import cli
from core.invoicing.dates import IssueDateNeedsConfirmation
from core.kernel.errors import ConflictError
from inv_helpers import customer, lines

PW = "secret-pw-2026"


@pytest.fixture
def cust(app, owner):
    return customer(app, owner)


def draft(app, owner, cust, kind="invoice"):
    spec = ("Job", "-1", "5", "zero") if kind == "credit_note" else ("Job", "1", "5", "zero")
    return app.invoicing.create_draft(owner, cust.id, lines(spec), kind=kind)


def test_a_date_before_the_latest_of_its_series_is_refused_even_when_confirmed(app, owner, cust) -> None:
    today = app.today()                                           # 2026-11-25
    first = app.invoicing.issue(owner, draft(app, owner, cust).id)
    assert first.number == "2026-0001"
    d = draft(app, owner, cust)
    for confirmed in (False, True):
        with pytest.raises(ConflictError) as refused:
            app.invoicing.issue(owner, d.id, issue_date=today - timedelta(days=1), confirm_date=confirmed)
        assert "2026-0001 was already issued on 2026-11-25" in str(refused.value)
        assert "dated 2026-11-24" in str(refused.value) and "numbers must follow dates" in str(refused.value)
    assert app.invoicing.get(d.id).number is None                 # still a draft, no number used
    same_day = app.invoicing.issue(owner, d.id, issue_date=today)
    assert same_day.number == "2026-0002"


def test_far_from_today_needs_confirming_both_ways(app, owner, cust) -> None:
    d = draft(app, owner, cust)
    for day, words in ((date(1999, 1, 1), "10190 days before today (2026-11-25)"),
                       (date(2026, 12, 3), "8 days after today")):
        with pytest.raises(IssueDateNeedsConfirmation) as asked:
            app.invoicing.issue(owner, d.id, issue_date=day)
        assert words in str(asked.value) and "7 days" in str(asked.value)
    assert app.invoicing.issue(owner, d.id, issue_date=date(2026, 11, 18)).number == "2026-0001"  # 7 days: fine
    old = app.invoicing.issue(owner, draft(app, owner, cust).id, issue_date=date(1999, 1, 1), confirm_date=True)
    assert old.number == "1999-0001" and old.issue_date == date(1999, 1, 1)


def test_the_window_is_a_setting(app, owner, cust) -> None:
    app.settings.update(owner, {"invoicing.issue_date_window_days": 40})
    inv = app.invoicing.issue(owner, draft(app, owner, cust).id, issue_date=date(2026, 10, 20))
    assert inv.issue_date == date(2026, 10, 20)


def test_credit_notes_keep_their_own_series(app, owner, cust) -> None:
    app.invoicing.issue(owner, draft(app, owner, cust).id)                          # invoice today
    cn = app.invoicing.issue(owner, draft(app, owner, cust, "credit_note").id, issue_date=date(2026, 11, 20))
    assert cn.number == "CN2026-0001"
    with pytest.raises(ConflictError, match="CN2026-0001 was already issued on 2026-11-20"):
        app.invoicing.issue(owner, draft(app, owner, cust, "credit_note").id, issue_date=date(2026, 11, 19))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(offsets=st.lists(st.integers(-400, 30), min_size=1, max_size=8))
def test_whatever_is_tried_issued_numbers_never_go_back_in_time(app, owner, cust, offsets) -> None:
    today = app.today()
    for off in offsets:
        d = draft(app, owner, cust)
        try:
            app.invoicing.issue(owner, d.id, issue_date=today + timedelta(days=off), confirm_date=off % 2 == 0)
        except ConflictError:
            app.invoicing.delete_draft(owner, d.id)
    issued = [r for r in app.invoicing.list() if r.number]
    by_series: dict[str, list] = {}
    for r in issued:
        by_series.setdefault(r.number.split("-")[0], []).append(r)
    for rows in by_series.values():
        rows.sort(key=lambda r: r.number)
        assert [r.issue_date for r in rows] == sorted(r.issue_date for r in rows)


@pytest.fixture
def run(tmp_path: Path, clock, capsys, monkeypatch):
    data = tmp_path / "data"

    def _run(*argv: str, stdin: str | None = None):
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin or ""))
        rc = cli.run(["--data-dir", str(data), *argv], clock=clock)
        out, err = capsys.readouterr()
        return rc, out, err
    assert _run("init", "--owner", "olivia", "--password-stdin", stdin=PW + "\n")[0] == 0
    assert _run("customer", "add", "Ann Smith", "--email", "ann@example.com")[0] == 0
    for _ in range(2):
        assert _run("invoice", "new", "--customer", "1", "--line", "Job;1;5;zero")[0] == 0
    return _run


def test_cli_issue_dated_1999_fails_and_says_why(run) -> None:
    rc, out, err = run("invoice", "issue", "1", "--date", "1999-01-01")
    assert rc == 1 and err.count("\n") == 1, err
    assert "1999-01-01 is 10190 days before today (2026-11-25)" in err and "--confirm-date" in err
    assert "nothing was issued" in err
    rc, out, _ = run("invoice", "list", "--status", "draft", "--json")
    assert len(__import__("json").loads(out)) == 2
    rc, out, err = run("invoice", "issue", "1", "--date", "1999-01-01", "--confirm-date")
    assert rc == 0 and "1999-0001 issued" in out, err


def test_cli_issue_before_the_latest_names_its_number_and_date(run) -> None:
    assert run("invoice", "issue", "1")[0] == 0
    rc, out, err = run("invoice", "issue", "2", "--date", "2026-11-24", "--confirm-date")
    assert rc == 1 and err.count("\n") == 1
    assert "2026-0001 was already issued on 2026-11-25" in err and "Date it 2026-11-25 or later" in err
