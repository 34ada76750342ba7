"""The check that finds untranslated words in core (tests/i18n_check.py) on small planted sources:
it must catch each pattern the report, export and solver code used to leave English, and must not
take codes, data keys or header aliases for words."""
from __future__ import annotations

from pathlib import Path
from textwrap import dedent

import pytest

from tests.i18n_check import bare_in_source

REPORT = Path("core/shop/reports.py")


def bare(source: str, path: Path = REPORT) -> list[str]:
    return [b.text for b in bare_in_source(dedent(source), path)]


@pytest.mark.parametrize("source, caught", [
    # the report builders' positional texts: a series' name, a figure's label and note, a table's
    # title and headers, a report's title and help, a measure's sentence, an export column, a sheet
    ('Series("sales value", "money", values)', "'sales value'"),
    ('Figure("wage", "Wage cost", "money", v, "down", "Wage: hours times cost.")', "'Wage cost'"),
    ('Figure("wage", _("Wage cost"), "money", v, "down", "Wage: hours times cost.")', "'Wage: hours times cost.'"),
    ('Table(_("Per person"), (_("Person"), "Shifts"), ("text", "count"), rows)', "'Shifts'"),
    ('Table("Per person", cols, units, rows)', "'Per person'"),
    ('register_report(ReportSpec("roster", "Roster", "scheduling", N_("help"), f))', "'Roster'"),
    ('ReportSpec("roster", N_("Roster"), "scheduling", "what it answers", f)', "'what it answers'"),
    ('WeeklyMeasure("sales value", "money", "Sales value: units times price.", f)', "'Sales value: units times price.'"),
    ('Column("Week of", 12, DATE_FMT)', "'Week of'"),
    ('add_table_sheet(wb, "Figures", cols, rows)', "'Figures'"),
    ('add_about_sheet(wb, title, {"period from": start}, actor, at)', "'period from'"),
    ('Conflict("unknown", "", "no roster found")', "'no roster found'"),
    ('PilotComparison("job", "the orders people placed", f)', "'the orders people placed'"),
    # "how it was worked out": a tuple of sentences, one of them an f-string
    ('Computed(series=s, figures=f, how=(_("One."), f"Two {n} days."))', "f'Two {n} days.'"),
    ('Computed(series=s, figures=f, how=("Only published rosters count.",))', "'Only published rosters count.'"),
    # a setting's choices in words (not the stored values)
    ('SettingSpec("k", "a", N_("L"), N_("H"), p, choice_labels=(("a", "Fill up to a level"),))',
     "'Fill up to a level'"),
    # a chart dict's words
    ('chart = {"type": "bar", "title": "Sales by week", "series": []}', "'Sales by week'"),
    ('chart = {"empty": "Nothing to draw"}', "'Nothing to draw'"),
    # a reason card's input labels, window, formula in words, calculation lines and warnings
    ('reason_card(explanation=e, inputs={"due date": d})', "'due date'"),
    ('reason_card(explanation=e, window=f"{a} to {b}")', "f'{a} to {b}'"),
    ('reason_card(explanation=e, formula="next level when days overdue")', "'next level when days overdue'"),
    ('reason_card(explanation=e, calculation=[f"total {t} (tax {x})"])', "f'total {t} (tax {x})'"),
    ('reason_card(explanation=e, warnings=["not enough history"])', "'not enough history'"),
    # a field rule's message, and a limit's reason
    ('def required():\n    def rule(value):\n        return "enter a name" if not value else None\n    return rule',
     "'enter a name'"),
    ('raise LimitError(f"{raw!r} is negative")', "f'{raw!r} is negative'"),
])
def test_a_planted_bare_literal_is_caught(source: str, caught: str) -> None:
    assert caught in bare(source)


def test_words_built_in_a_function_named_for_words_are_caught_but_codes_are_not() -> None:
    found = bare('''
        def verdict(decided, approved):
            if decided < 10:
                return "too few", f"not enough decisions yet ({decided})"
            return "keep", "people approve {a} %; keep".format(a=approved)

        def chart_title(names):
            return " and ".join(names) + " by week"

        def status_label(active):
            return "Deactivated" if not active else _("Active")
    ''')
    assert "f'not enough decisions yet ({decided})'" in found
    assert "'people approve {a} %; keep'" in found
    assert "' by week'" in found and "' and '" in found
    assert "'too few'" not in found and "'keep'" not in found        # verdict codes, not sentences
    assert "'Deactivated'" not in found                               # a plain literal returned: left alone


@pytest.mark.parametrize("source", [
    'Series(_("sales value"), "money", values, kind="line")',
    'Figure("wage_cost", _("Wage cost"), "money", v, "down", _("Wage: hours times cost."))',
    'Table(_("Per person"), tuple(_(c) for c in COLUMNS), ("text", "count"), rows)',
    'register_report(ReportSpec("roster", N_("Roster"), "scheduling", N_("what it answers"), f, chart="line"))',
    'Column(N_("Week of"), 12, DATE_FMT)',
    'SettingSpec("k", "a", N_("L"), N_("H"), p, choice_labels=(("order_up_to", N_("Fill up to a level")),))',
    'add_about_sheet(wb, r.title, {N_("report"): name}, actor, at)',
    'Computed(series=s, figures=f, how=(_("One."), _("Two {n} days.").format(n=n)))',
    # data, not words: a stock movement's stored reason, an audit entry's summary, header aliases
    'mov.append({"kind": "stocktake", "reason": "opening count", "counts": True})',
    'entry = {"action": "move", "summary": f"shop moved here from {source}"}',
    'ALIASES = {"description": ("Description", "Item", "Product"), "reason": ("Note", "Reason")}',
    'def value_text(v):\n    return "—"',
    'def pdf_text(value):\n    return str(value)',
    # a card with its words wrapped, and a formula in symbols (the same in every language)
    'reason_card(explanation=e, inputs={N_("due date"): d}, window=tmsg("{a} to {b}", a=a, b=b))',
    'reason_card(explanation=e, formula="ROP = d × L + z × σ × √L", calculation=[f"{q} × {p}"])',
])
def test_wrapped_words_and_data_are_not_taken_for_bare_words(source: str) -> None:
    assert bare(source) == []


def test_words_in_a_placeholder_of_a_printed_line_are_caught() -> None:
    found = bare('print(f"{spec.label} {\'changed\' if spec.secret else \'set\'}")', Path("core/shop/cli.py"))
    assert found == ["'changed'", "'set'"]
    assert bare('print(f"{label} {n}")', Path("core/shop/cli.py")) == []
