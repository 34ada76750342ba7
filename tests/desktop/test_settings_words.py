"""Settings in plain words: letter templates as multi-line text with their placeholders listed,
choices shown as words, never JSON or stored codes."""
from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPlainTextEdit

from core.kernel.settings import REGISTRY
from desktop.pages.settings.fields import JsonEditor, LettersEditor, SettingsForm


def _form(qtbot, *keys):
    form = SettingsForm([REGISTRY[k] for k in keys])
    qtbot.addWidget(form)
    form.set_values({})
    return form


def test_reminder_letters_are_text_boxes_with_their_placeholders(qtbot):
    form = _form(qtbot, "invoicing.reminders")
    letters = form.editors["invoicing.reminders"]
    assert isinstance(letters, LettersEditor) and not isinstance(letters, JsonEditor)
    box, days, subject, body = letters.levels[1]
    assert isinstance(body, QPlainTextEdit) and "\\n" not in body.toPlainText()
    assert body.toPlainText().startswith("Dear {customer},\n\ninvoice {number}")     # real line breaks
    assert days.value() == 21 and subject.text().startswith("Second reminder")
    places = form.placeholders["invoicing.reminders"].text()
    for name in ("customer", "number", "due_date", "open", "days_overdue", "payment_details"):
        assert "{" + name + "}" in places
    assert "{open} — the amount still unpaid" in places
    # a person edits the second letter by typing: it is stored as text, the same list shape as before
    body.clear()
    qtbot.keyClicks(body, "Hello {customer},")
    body.appendPlainText("please pay {open}.")
    letters.levels[2][0].setChecked(False)                     # send only two letters
    parsed, errors = form.validate()
    assert not errors
    value = parsed["invoicing.reminders"]
    assert [v["days_overdue"] for v in value] == [7, 21]
    assert value[1]["body"] == "Hello {customer},\nplease pay {open}."
    json.dumps(value)                                          # still plain data for the database


def test_unknown_placeholder_is_named_beside_the_field(qtbot):
    form = _form(qtbot, "invoicing.reminders")
    form.editors["invoicing.reminders"].levels[0][2].setText("Invoice {nummer}")
    _parsed, errors = form.validate()
    assert "unknown placeholder 'nummer'" in errors["invoicing.reminders"]


def test_choices_show_words_not_codes(qtbot):
    form = _form(qtbot, "inventory.order_rule", "invoicing.rounding", "invoicing.tax_mode")
    combo = form.editors["inventory.order_rule"].findChild(QComboBox)
    shown = [combo.itemText(i) for i in range(combo.count())]
    assert shown == ["Fill up to a level", "Cheapest order size (economic order quantity)"]
    assert combo.currentData() == "order_up_to"               # the stored value is unchanged
    combo.setCurrentIndex(1)
    assert form.validate()[0]["inventory.order_rule"] == "eoq"
    rounding = form.editors["invoicing.rounding"].findChild(QComboBox)
    assert rounding.currentText() == "Half up (2.345 → 2.35)"
    series = _form(qtbot, "invoicing.series")
    assert "{seq:04d} — the running number padded to four digits" in series.placeholders["invoicing.series"].text()
    assert Qt.TextInteractionFlag.TextSelectableByMouse & series.placeholders["invoicing.series"].textInteractionFlags()


def test_choices_and_placeholders_in_german(qtbot, ui_language):
    ui_language("de")
    form = _form(qtbot, "inventory.order_rule", "invoicing.rounding", "invoicing.reminders")
    combo = form.editors["inventory.order_rule"].findChild(QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Bis zu einer Grenze auffüllen", "Günstigste Bestellmenge (optimale Bestellmenge)"]
    assert form.editors["invoicing.rounding"].findChild(QComboBox).currentText() == "Kaufmännisch runden (2,345 → 2,35)"
    places = form.placeholders["invoicing.reminders"].text()
    assert "{customer} — der Name des Kunden" in places and "the customer's name" not in places
