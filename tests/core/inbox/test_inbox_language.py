"""An inbox item reads in the reader's language, whatever language the job that drafted it ran in:
titles, summaries, reason cards, states and history are stored as messages and translated when read
(issue 17). Items written as plain text (older versions, a person's note) show as written."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from core.automation.jobs import QUALITY_JOB, _draft_finding
from core.automation.quality import Finding
from core.automation.registry import JobContext
from core.cli import run
from core.inbox.reason import render_text
from core.inbox.texts import shown, stored, stored_n, tmsg
from core.kernel.i18n import language, set_language


def _finding(app, as_of) -> int:
    """A data-quality finding drafted by the real job code while the worker speaks Spanish."""
    set_language("es")
    try:
        ctx = JobContext(app=app, job_id=QUALITY_JOB, run_id=None, as_of=as_of, started_at=app.clock.now())
        problem = stored("stock on hand is {quantity}", quantity="-3 pcs")
        with app.db.uow() as s:
            _draft_finding(ctx, s, "inventory", "negative_stock",
                           Finding("product", 7, "Oat milk 1 l", problem, stored("look at it"),
                                   details={"on hand": "-3"}))
    finally:
        set_language("en")
    return app.inbox.list()[0].id


def test_an_item_drafted_in_spanish_reads_in_german_and_english(app, owner):
    sid = _finding(app, app.today())
    english = app.inbox.get(sid)
    assert english.title == "Oat milk 1 l: stock on hand is -3 pcs"
    assert english.summary == "Suggested fix: look at it"
    assert english.reason["explanation"] == "Oat milk 1 l: stock on hand is -3 pcs. Suggested fix: look at it."
    assert english.reason["confidence"] == "high"
    with language("de"):
        german = app.inbox.get(sid)
        row = app.inbox.list()[0]
        card = render_text(german.reason)
        assert row.state_label == "neu"
    assert german.title == row.title == "Oat milk 1 l: Lagerbestand ist -3 pcs"
    assert german.summary == "Vorgeschlagene Korrektur: ansehen"
    assert german.reason["warnings"] == [
        "keine automatische Korrektur: Freigeben vermerkt, dass Sie es sich angesehen haben"]
    assert "Verlässlichkeit: hoch" in card and "Datenzeitraum: Daten mit Stand" in card
    with language("es"):
        assert app.inbox.get(sid).title == "Oat milk 1 l: las existencias son -3 pcs"
    # the audit entry is a record: written once, in the language of whoever drafted it
    assert app.audit.list(owner)[0].summary == "Oat milk 1 l: las existencias son -3 pcs"


def test_plain_text_from_older_versions_shows_as_written(app, owner):
    with app.db.uow() as s:
        sid = app.inbox.draft(s, kind="data_quality", subject_type="product", subject_id=1,
                              title="Reorder oat milk", summary="", payload={"fix": None},
                              reason={"explanation": "written by 1.0",
                                      "inputs": [["on hand", 3], ["shelf (old label)", "Acme"]]})
    with language("de"):
        d = app.inbox.get(sid)
    assert d.title == "Reorder oat milk" and d.reason["explanation"] == "written by 1.0"
    # a label that is a catalogue key reads translated even in an old item; values never change
    assert d.reason["inputs"] == [["Bestand", 3], ["shelf (old label)", "Acme"]]


def test_counts_choose_the_plural_when_read() -> None:
    one, three = (stored_n("{n} inbox item woke up or expired", "{n} inbox items woke up or expired", n)
                  for n in (1, 3))
    assert shown(one) == "1 inbox item woke up or expired" and shown(three) == "3 inbox items woke up or expired"
    with language("de"):
        assert shown(one) == "1 Posteingangseintrag wieder vorgelegt oder abgelaufen"
        assert shown(three) == "3 Posteingangseinträge wieder vorgelegt oder abgelaufen"
    # a message nested in another is translated too
    with language("es"):
        assert shown(tmsg("Suggested fix: {fix}", fix=tmsg("look at it"))) == "Corrección sugerida: revisarlo"


@given(st.text(max_size=40), st.dictionaries(st.sampled_from(["fix", "n", "x"]), st.text(max_size=10), max_size=3))
def test_any_stored_text_reads_back_without_raising(text: str, args: dict[str, str]) -> None:
    """Whatever was stored — braces, missing or extra arguments, plain text — reading never fails."""
    assert isinstance(shown(stored(text, **args)), str)
    assert isinstance(shown(text), str)


def test_the_command_line_shows_an_item_in_german(app, owner, data_dir, capsys, cli_login):
    sid = _finding(app, app.today())
    app.close()
    cli_login("olivia")
    capsys.readouterr()
    assert run(["--data-dir", str(data_dir), "--lang", "de", "inbox", "show", str(sid), "--as", "olivia"]) == 0
    out = capsys.readouterr().out
    assert f"#{sid} Oat milk 1 l: Lagerbestand ist -3 pcs" in out
    assert "Warum:" in out and "Vorschlag:" in out and "Verlauf:" in out
    assert "Status neu" in out and "maschinell entworfen" in out
    assert "Why:" not in out and "Suggested fix" not in out
