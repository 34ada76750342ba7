"""A drafted roster's reason card reads fully in German and Spanish, whatever language the job that
drafted it ran in (issue 17): the quality, the verdict, the points per rule, each cover gap and
unmet wish; rule warnings name the rule in the reader's language."""
from __future__ import annotations

import re
from datetime import timedelta

from core.automation.registry import JobContext
from core.inbox.reason import render_text
from core.kernel.i18n import language
from core.scheduling import jobs
from core.scheduling.roster import Contract, RosterProblem, ShiftType, Staff
from core.scheduling.rules import check_person
from tests.core.scheduling.sched_helpers import WEEK, small_shop

ENGLISH = ("not enough history", "safety stock", "order", "shift", "cover gap", "points", "best possible",
           "draft roster", "wish")


def _english_words(text: str) -> list[str]:
    return [w for w in ENGLISH if re.search(rf"\b{w}", text, re.IGNORECASE)]


def _roster_item(app, owner):
    small_shop(app, owner)
    ctx = JobContext(app=app, job_id="scheduling.auto_roster", run_id=None, as_of=WEEK - timedelta(days=5),
                     started_at=app.clock.now(), trigger="manual")
    jobs.auto_roster(ctx)
    return next(i for i in app.inbox.list() if i.kind == "roster").id


def test_a_roster_explanation_reads_fully_in_german(app, owner):
    sid = _roster_item(app, owner)
    with language("de"):
        d = app.inbox.get(sid)
        card = render_text(d.reason)
    assert not _english_words(card), (_english_words(card), card)
    assert not _english_words(d.title) and not _english_words(d.summary)
    assert d.title.startswith("Dienstplan für die Woche vom ")
    assert card.startswith("Dienstplanentwurf für die Woche vom ")
    assert "Besetzungslücke" in card and "bestmöglich" in card and "Punkte insgesamt" in card
    assert "Geplante Schichten:" in card and "Bewertung: bestmöglich" in card


def test_the_same_card_in_spanish_and_in_english(app, owner):
    sid = _roster_item(app, owner)
    with language("es"):
        card = render_text(app.inbox.get(sid).reason)
    assert card.startswith("Borrador de cuadrante para la semana del ") and "huecos de cobertura" in card
    english = render_text(app.inbox.get(sid).reason)
    assert english.startswith("Draft roster for the week of ") and "cover gap" in english


def test_rule_warnings_name_the_rule_and_person_in_the_readers_language() -> None:
    early = ShiftType("E", 7 * 60, 8 * 60, name="Früh")
    ann = Staff("1", Contract(max_minutes=4 * 60), name="Ann")
    problem = RosterProblem(days=1, shift_types=(early,), staff=(ann,), cover=())
    with language("de"):
        [v] = check_person(problem, ann, ["E"])
        assert v.message == "Ann arbeitet 7 Std., höchstens 4 Std. erlaubt"
        assert v.title == "Höchstarbeitszeit"
    [v] = check_person(problem, ann, ["E"])
    assert v.message == "Ann works 7 h, at most 4 h allowed" and v.title == "maximum working time"
