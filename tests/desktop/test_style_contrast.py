"""WCAG AA text contrast of core/resources/style.qss (and of the status colours drawn on its tables)."""
from __future__ import annotations

import pytest

from desktop.contrast import (AA_NORMAL, background_of, contrast_ratio, failing, pairs, parse,
                              relative_luminance, style_sheet_path)


def test_wcag_formula_matches_known_values():
    assert relative_luminance("#000000") == 0 and relative_luminance("#fff") == pytest.approx(1)
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)      # the classic near-miss
    assert contrast_ratio("#ffffff", "#777777") == contrast_ratio("#777777", "#ffffff")


def test_backgrounds_are_inherited_from_notes_states_and_enclosing_selectors():
    qss = """
    QMainWindow { background: #f5f7fa; }
    QWidget#side { background: #1f2d3a; color: #dddddd; }
    QLabel#x { /* on: QWidget#side */ color: #9fb0c2; }
    QWidget#side QLabel#y { color: #ffffff; }
    QPushButton#p { background: #2f6db5; color: #ffffff; }
    QPushButton#p:hover { color: #eeeeee; }
    QLabel#plain { color: #333333; }
    """
    rules = parse(qss)
    assert background_of(rules, "QLabel#x") == "#1f2d3a"               # the note
    assert background_of(rules, "QWidget#side QLabel#y") == "#1f2d3a"  # the enclosing selector
    assert background_of(rules, "QPushButton#p:hover") == "#2f6db5"    # the state's base rule
    assert background_of(rules, "QLabel#plain") == "#f5f7fa"           # the window
    found = {(p.selector, p.text, p.background) for p in pairs(qss)}
    assert ("QLabel#x", "#9fb0c2", "#1f2d3a") in found
    bad = failing("QMainWindow { background: #ffffff; } QLabel#faint { color: #999999; }")
    assert [p.selector for p in bad] == ["QLabel#faint"]


def test_every_text_colour_in_the_style_sheet_meets_wcag_aa():
    qss = style_sheet_path().read_text(encoding="utf-8")
    checked = pairs(qss)
    assert len(checked) > 30
    bad = [f"{p.selector} ({p.what}): {p.text} on {p.background} = {p.ratio:.2f}:1" for p in failing(qss)]
    assert not bad, "below WCAG AA 4.5:1:\n" + "\n".join(bad)


def test_status_colours_drawn_on_the_tables_meet_wcag_aa():
    """Text colours set in code land on the style sheet's table rows (plain, alternate, selected)."""
    from desktop.pages.automation.page import OUTCOME_COLOURS
    from desktop.pages.inbox.page import STATE_COLOURS
    from desktop.pages.invoices.page import STATUS_COLOURS
    rules = parse(style_sheet_path().read_text(encoding="utf-8"))
    table = rules["QTableView"].props
    rows = [table["background"], table["alternate-background-color"], table["selection-background-color"]]
    colours = {**{f"inbox {k}": v for k, v in STATE_COLOURS.items()},
               **{f"invoice {k}": v.name() for k, v in STATUS_COLOURS.items()},
               **{f"run {k}": v for k, v in OUTCOME_COLOURS.items()}}
    bad = [f"{name} {fg} on {bg}: {contrast_ratio(fg, bg):.2f}"
           for name, fg in colours.items() for bg in rows if contrast_ratio(fg, bg) < AA_NORMAL]
    assert not bad, "\n".join(bad)


def test_sidebar_badge_text_meets_wcag_aa():
    from desktop.shell import BADGE_BACKGROUND
    assert contrast_ratio("#ffffff", BADGE_BACKGROUND) >= AA_NORMAL
