"""Win-back: each customer's own rhythm, known answers on hand-made histories, the job end to end
(a note drafted, sent only on approval, withdrawn when the customer comes back) and the CLI."""
from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.cli import run
from core.customers.models import CustomerNote
from core.inbox.models import Suggestion
from core.inbox.reason import card_shown
from core.inbox.texts import shown
from core.invoicing import winback
from tests.core.invoicing.inv_helpers import customer, lines

TODAY = date(2026, 11, 30)


def _every(days: int, n: int, last: date) -> list[date]:
    return [last - timedelta(days=days * k) for k in range(n)]


def test_rhythm_known_answers():
    weekly = winback.rhythm(1, _every(7, 8, TODAY - timedelta(days=20)), TODAY)
    assert (weekly.median_days, weekly.threshold_days, weekly.gap_days) == (7, 14, 20)
    assert weekly.drifting and weekly.confidence == "high"
    assert not winback.rhythm(1, _every(7, 8, TODAY - timedelta(days=10)), TODAY).drifting
    # a quarterly customer 100 days after the last visit is on their rhythm: not one fixed number
    quarterly = winback.rhythm(2, _every(91, 6, TODAY - timedelta(days=100)), TODAY)
    assert quarterly.threshold_days == 182 and not quarterly.drifting
    assert winback.rhythm(2, _every(91, 6, TODAY - timedelta(days=190)), TODAY).drifting
    # an irregular customer: the 90th percentile of their own gaps sets the bar
    days = [TODAY - timedelta(days=d) for d in (20, 25, 30, 35, 40, 100, 105, 110)]
    irregular = winback.rhythm(3, days, TODAY)            # gaps 5 5 60 5 5 5 5
    assert irregular.median_days == 5 and irregular.p90_days == pytest.approx(27)  # 5 + 0.4 × (60 − 5)
    assert irregular.threshold_days == pytest.approx(27) and not irregular.drifting  # 20 days: within their long gaps
    assert winback.rhythm(3, days, TODAY + timedelta(days=8)).drifting
    # three visits are not enough history: it says so and never drafts
    thin = winback.rhythm(4, _every(7, 3, TODAY - timedelta(days=60)), TODAY)
    assert not thin.enough_history and not thin.drifting and thin.visits == 3
    # gone for more than GIVE_UP_DAYS: not a win-back any more
    assert not winback.rhythm(5, _every(7, 10, TODAY - timedelta(days=500)), TODAY).drifting


@given(st.lists(st.integers(0, 700), min_size=winback.MIN_VISITS, max_size=40, unique=True),
       st.integers(0, 400))
def test_drifting_means_a_gap_longer_than_nearly_all_their_own(offsets, extra):
    """Whatever the history, a drifting customer's gap is longer than twice their median gap, than
    90 % of their own gaps and than two weeks; one whose gap is within that is never drifting."""
    last = TODAY - timedelta(days=extra)
    days = [last - timedelta(days=o) for o in offsets]
    r = winback.rhythm(9, days, TODAY)
    if len(set(days)) < winback.MIN_VISITS:
        assert not r.enough_history
        return
    assert r.threshold_days >= max(2 * r.median_days, r.p90_days, 14)
    assert r.drifting == (r.threshold_days < r.gap_days <= winback.GIVE_UP_DAYS)


def _shop(app, owner):
    """Ann buys every week (last 3 weeks ago), Bob every week (last 5 days ago), Cy twice only."""
    ann = customer(app, owner, "Ann Smith", email="ann@example.com")
    bob = customer(app, owner, "Bob Jones", email="bob@example.com")
    cy = customer(app, owner, "Cy Young", email="")
    today = app.today()
    plan = [(d, ann, "Sourdough loaf") for d in _every(7, 6, today - timedelta(days=21))]
    plan += [(d, bob, "Croissant") for d in _every(7, 6, today - timedelta(days=5))]
    plan += [(d, cy, "Cake") for d in _every(30, 2, today - timedelta(days=90))]
    svc = app.invoicing
    for day, c, what in sorted(plan, key=lambda p: (p[0], p[1].id)):   # numbers follow dates
        inv = svc.create_draft(owner, c.id, lines((what, "1", "3.50", "standard")))
        svc.issue(owner, inv.id, issue_date=day, confirm_date=True)
    return ann, bob, cy


def test_the_job_drafts_a_note_that_is_sent_only_when_approved(app, owner, staff):
    ann, _bob, _cy = _shop(app, owner)
    res = app.automation.run_now(owner, winback.JOB)
    assert res.created == 1
    assert "1 drifting" in res.notes and "not judged" in res.notes
    with app.db.read() as s:
        item = s.query(Suggestion).filter_by(job_id=winback.JOB).one()
    assert item.subject_id == str(ann.id) and item.machine_drafted
    assert "no visit for 3 weeks (usually every 7 days)" in shown(item.title)
    inputs = dict(card_shown(item.reason)["inputs"])
    assert inputs["rhythm: median days between visits"] == "7" and inputs["days since"] == 21
    assert inputs["usually books or buys"] == "Sourdough loaf"
    assert item.payload["to"] == "ann@example.com" and "Sourdough loaf" in item.payload["body"]
    outbox = app.paths.outbox
    assert not outbox.exists() or not list(outbox.glob("winback-*.eml"))       # nothing sent yet
    # a person edits the note and approves: it goes to the outbox (no SMTP), noted on the customer
    edited = {**item.payload, "body": "Dear Ann,\nwe kept a loaf for you.\nOlivia"}
    app.inbox.decide(staff, item.id, "edit", payload=edited, reason="warmer")
    (eml,) = outbox.glob("winback-*.eml")
    assert "we kept a loaf for you" in eml.read_text() and "ann@example.com" in eml.read_text()
    with app.db.read() as s:
        notes = [n.text for n in s.query(CustomerNote).filter_by(customer_id=ann.id, kind="winback")]
    assert len(notes) == 1 and "written to" in notes[0]
    assert app.automation.run_now(owner, winback.JOB).created == 0        # one note per lapse


def test_a_customer_who_comes_back_has_the_note_withdrawn(app, owner):
    ann, _bob, _cy = _shop(app, owner)
    app.automation.run_now(owner, winback.JOB)
    inv = app.invoicing.create_draft(owner, ann.id, lines(("Sourdough loaf", "1", "3.50", "standard")))
    app.invoicing.issue(owner, inv.id)
    app.automation.run_now(owner, winback.JOB)
    with app.db.read() as s:
        item = s.query(Suggestion).filter_by(job_id=winback.JOB).one()
    assert item.state == "superseded" and "came back" in shown(item.decision_reason)


def test_cli_lists_drifting_customers_and_who_has_too_little_history(app, owner, data_dir, cli_login, capsys):
    _shop(app, owner)
    today = app.today().isoformat()
    app.close()
    cli_login("olivia")
    assert run(["--data-dir", str(data_dir), "winback", "list", "--all", "--json", "--as-of", today]) == 0
    rows = {r["customer"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["Ann Smith"]["drifting"] and rows["Ann Smith"]["median_days"] == 7
    assert not rows["Bob Jones"]["drifting"] and rows["Bob Jones"]["gap_days"] == 5
    assert rows["Cy Young"]["median_days"] is None and rows["Cy Young"]["visits"] == 2
    assert run(["--data-dir", str(data_dir), "winback", "list", "--all", "--as-of", today]) == 0
    out = capsys.readouterr().out
    assert "not enough history (2 visits)" in out and "drifting" in out and "on rhythm" in out


def test_compare_winback_known_answer():
    day = date(2026, 11, 2)
    drafted = {1: day, 2: day, 3: day, 4: day}
    contacted = {1: [day], 2: [day - timedelta(days=1)], 7: [day], 8: [day]}   # 2: before the draft: not for it
    visits = {2: [day + timedelta(days=3)], 3: [day], 4: [day + timedelta(days=1)], 1: [day + timedelta(days=2)]}
    # 1 reached out to (its visit after is the note's doing); 2 and 4 came back on their own; 3 not after the draft
    assert winback.compare_winback(drafted, contacted, visits) == (
        "would have written to 4 drifting customers; people reached out to 1 of them by hand, 2 came back "
        "without a note; other customers people reached out to: 2")
    assert winback.compare_winback({1: day}, {}, {}) == (
        "would have written to 1 drifting customer; people reached out to 0 of them by hand, 0 came back "
        "without a note; other customers people reached out to: 0")


def test_in_pilot_no_note_reaches_the_inbox_and_the_payoff_compares_with_notes_people_wrote(app, owner, clock):
    """A hand-made fortnight: the pilot would write to Ann and Dee; a person calls Ann and Cy (a
    note on each), Dee buys again on her own two days later."""
    from core.inbox.service import InboxFilter
    ann = customer(app, owner, "Ann Smith", email="ann@example.com")
    dee = customer(app, owner, "Dee Park", email="dee@example.com")
    cy = customer(app, owner, "Cy Young", email="")
    for d in sorted(_every(7, 6, app.today() - timedelta(days=21))):   # both weekly, the last three weeks ago
        for c in (ann, dee):
            inv = app.invoicing.create_draft(owner, c.id, lines(("Rye", "1", "4.00", "standard")))
            app.invoicing.issue(owner, inv.id, issue_date=d, confirm_date=True)
    assert app.automation.update_job(owner, winback.JOB, mode="pilot").mode == "pilot"
    start = app.today()
    assert app.automation.run_now(owner, winback.JOB).created == 2
    assert app.inbox.list(InboxFilter(kind=winback.KIND)) == []                # nothing to decide, nothing sent
    app.customers.note(owner, ann.id, "Called Ann: she was away, back next week")
    app.customers.note(owner, cy.id, "Sent Cy a card")
    clock.advance(timedelta(days=2))
    inv = app.invoicing.create_draft(owner, dee.id, lines(("Rye", "1", "4.00", "standard")))
    app.invoicing.issue(owner, inv.id)
    p = next(x for x in app.automation.payoff(start, start + timedelta(days=13)) if x.job_id == winback.JOB)
    assert p.mode == "pilot" and p.verdict == "pilot"
    assert p.pilot == ("2 pilot drafts against the notes people wrote to customers by hand: would have written "
                       "to 2 drifting customers; people reached out to 1 of them by hand, 1 came back without a "
                       "note; other customers people reached out to: 1")
