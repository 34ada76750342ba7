"""Reports, their PDF and workbook, the automation verdicts and the roster solver's explanations
in the reader's language (issue 17): known German and Spanish words read back from the files and
from the messages kept for translation when read."""
from __future__ import annotations

from pathlib import Path

import openpyxl
from pypdf import PdfReader

from core import cli
from core.automation.payoff import verdict
from core.inbox.texts import is_message, shown
from core.kernel.i18n import language
from core.reports.presentation import chart_of
from core.scheduling.roster import Contract, Cover, RosterProblem, ShiftType, Staff
from core.scheduling.solver import SolveOptions, solve
from tests.core.inventory.test_report_inventory import FROM, TO, trend_shop  # noqa: F401


def text_of(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


def test_a_report_and_its_pdf_in_german(app, owner, trend_shop, tmp_path):
    with language("de"):
        r = app.reports.run(owner, "sales", FROM, TO)
        assert r.title == "Umsatz nach Woche und Gruppe"
        assert [s.name for s in r.series] == ["Umsatz", "verkaufte Einheiten"]
        assert [t.title for t in r.tables] == ["Nach Warengruppe", "Schnelldreher", "Langsamdreher"]
        assert r.tables[0].columns == ("Warengruppe", "Verkaufte Einheiten", "Umsatz", "Anteil am Umsatz %")
        assert r.how[0].startswith("Verkaufte Einheiten: Nettoeinheiten je Tag")
        assert chart_of(r, app.formats())["title"] == "Umsatz nach Woche (EUR)"
        out = app.reports.export(owner, "sales", FROM, TO, tmp_path / "umsatz.pdf")
    text = text_of(out)
    pages = len(PdfReader(out).pages)
    for words in ("Umsatz nach Woche und Gruppe", "verglichen mit", "Kennzahl", "Dieser Zeitraum", "Nach Woche",
                  "Woche ab", "So wurde gerechnet", "Schnelldreher", f"Seite {pages} von {pages}", "(besser)"):
        assert words in text, words
    for english in ("compared with", "How it was worked out", "By week", "(better)", " page "):
        assert english not in text, english


def test_a_report_workbook_in_spanish_and_staff_told_what_is_hidden(app, owner, staff, trend_shop, tmp_path):
    with language("es"):
        out = app.reports.export(owner, "stock", FROM, TO, tmp_path / "existencias.xlsx")
        hidden = app.reports.run(staff, "stock", FROM, TO).hidden
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[:2] == ["Semanas", "Cifras"] and "Cómo se calculó" in wb.sheetnames
    weeks = next(wb["Semanas"].iter_rows(values_only=True))
    assert weeks[:2] == ("Semana del", "valor de existencias a coste")
    assert "valor de existencias a coste (anterior)" in weeks
    figures = list(wb["Cifras"].iter_rows(values_only=True))
    assert figures[0] == ("Cifra", "Este periodo", "Periodo anterior", "Cambio", "Unidad", "Mejor o peor")
    assert {row[4] for row in figures[1:]} <= {"dinero", "días", "ratio"}
    assert {row[5] for row in figures[1:]} <= {"mejor", "peor", "igual", None, ""}
    about = dict(wb["Acerca de esta exportación"].iter_rows(values_only=True))
    assert about["Filtro: informe"] == "stock"
    assert hidden == ("importes de dinero (su rol no ve dinero en los informes)",)


def test_report_list_in_german_from_the_command_line(app, owner, data_dir, cli_login, capsys, clock):
    cli_login("olivia", clock=clock)
    assert cli.run(["--lang", "de", "--data-dir", str(data_dir), "report", "list", "--as", "olivia"],
                   clock=clock) == 0
    out = capsys.readouterr().out
    assert "Dienstplan: Lohnkosten, Besetzung und Fairness — Lohnkosten gegenüber Umsatz nach Woche" in out
    assert "Forderungen und Zahlungsfluss" in out and "Prognosegenauigkeit" in out
    assert "Roster:" not in out and "Sales by week" not in out


def test_automation_verdicts_speak_the_readers_language():
    with language("de"):
        assert verdict(12, 11, 0, 1) == ("keep", "92 % werden unverändert freigegeben; behalten")
        kind, words = verdict(3, 3, 0, 0)
        assert kind == "too few" and words.startswith("noch nicht genug Entscheidungen (3 von 10")
    with language("es"):
        assert verdict(10, 2, 2, 6, (("wrong supplier", 4),))[1] == (
            "se rechaza el 60 % (sobre todo: «wrong supplier»); cambie sus ajustes o desactívela")
    assert verdict(12, 11, 0, 1)[1] == "people approve 92 % as drafted; keep"


def test_why_a_roster_cannot_be_made_is_kept_to_be_read_in_each_language():
    """The solver explains in the worker's language (``message``) and keeps the message with its
    arguments (``words``): the reason card of a drafted roster reads in whoever opens it."""
    key = ShiftType("O", 480, start=7 * 60)
    staff = (Staff("ann", Contract(), skills=frozenset({"key-holder"}), days_off=frozenset({5}), name="Ann"),
             Staff("bob", Contract(), skills=frozenset({"key-holder"}), days_off=frozenset({5}), name="Bob"),
             Staff("cy", Contract(), name="Cy"))
    p = RosterProblem(days=7, shift_types=(key,), staff=staff,
                      cover=(Cover(5, "O", 2, 100, 1, skill="key-holder", hard_minimum=1), Cover(5, "O", 2, 100, 1)))
    res = solve(p, SolveOptions(time_limit=3))
    assert res.status == "RELAXED"
    cover = next(c for c in res.conflicts if c.rule == "cover_minimum")
    assert is_message(cover.words)
    assert cover.message.startswith("not enough staff with the skill key-holder for O on day 5 (Sat): 1 needed")
    assert "Ann: day off / time off; Bob: day off / time off" in cover.message
    with language("de"):
        german = shown(cover.words)
    assert german.startswith("nicht genug Personal mit der Fähigkeit key-holder für O am day 5 (Sat): 1 nötig, "
                             "0 eingeplant")   # the day as the solving process wrote it (a date in a shop)
    assert "Ann: freier Tag / Abwesenheit; Bob: freier Tag / Abwesenheit" in german
    with language("es"):
        assert shown(cover.words).startswith("no hay suficiente personal con la habilidad key-holder para O el ")


def test_a_persons_rule_conflict_names_the_rule_in_the_readers_language():
    e = ShiftType("E", 480, start=7 * 60)
    p = RosterProblem(days=7, shift_types=(e,), staff=(Staff("A", Contract(
        min_minutes=6 * 480, max_consecutive_shifts=3, min_consecutive_days_off=2), name="Ann"),))
    res = solve(p, SolveOptions(time_limit=3))
    person = [c for c in res.conflicts if c.rule != "cover_minimum"]
    assert person and all("cannot hold for Ann" in c.message for c in person)
    with language("de"):
        texts = [shown(c.words) for c in person]
    assert all("lässt sich für Ann mit den anderen Regeln und Wünschen nicht einhalten" in t for t in texts)
    titles = {"min_minutes": "Mindestarbeitszeit", "max_consecutive_shifts": "höchstens aufeinanderfolgende Arbeitstage",
              "min_consecutive_days_off": "mindestens aufeinanderfolgende freie Tage"}
    for c, t in zip(person, texts):
        if c.rule in titles:
            assert t.startswith(titles[c.rule]), t
