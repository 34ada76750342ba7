"""Settings › Invoicing: the owner writes the reminder letters and the payment details a German
customer gets, beside the ones every customer gets (issue 17) — typed as a person would, saved,
read back by core, shown again after a reload, and removed by emptying them."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from tests.desktop.test_settings_editors import _form_of, _settings


def test_the_owner_writes_a_german_reminder_and_payment_details(main_window, app, owner, settle, qtbot):
    page = _settings(main_window, settle, "Invoicing")
    form = _form_of(page, "invoicing.reminders@de")
    pick = form.findChild(QComboBox, "languages:invoicing.reminders")
    assert [pick.itemText(i) for i in range(pick.count())] == ["English", "Deutsch", "Español"]
    pick.setCurrentIndex(pick.findData("invoicing.reminders@de"))
    german = form.editors["invoicing.reminders@de"]
    assert german.isVisible() and not german.levels[0][1].isVisible()       # no timing: that stays the shop's
    _box, _days, subject, body = german.levels[0]
    qtbot.keyClicks(subject, "Zahlungserinnerung {number}")
    qtbot.keyClicks(body, "Guten Tag {customer}, bitte zahlen Sie {open}.")
    details = form.editors["invoicing.payment_details@de"]
    details_pick = form.findChild(QComboBox, "languages:invoicing.payment_details")
    details_pick.setCurrentIndex(details_pick.findData("invoicing.payment_details@de"))
    qtbot.keyClicks(details.focusProxy() or details, "Überweisung an DE00 1234")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle(main_window.ctx)
    saved = app.settings.get("invoicing.reminders@de")
    assert saved[0] == {"level": 1, "subject": "Zahlungserinnerung {number}",
                        "body": "Guten Tag {customer}, bitte zahlen Sie {open}."}
    assert app.settings.get("invoicing.payment_details@de") == "Überweisung an DE00 1234"
    assert app.settings.get("invoicing.reminders@es") is None                 # Spanish left empty: none kept
    assert app.settings.get("invoicing.reminders")[0]["subject"] == "Friendly reminder: invoice {number}"

    page.refresh()
    settle(main_window.ctx)
    assert german.levels[0][2].text() == "Zahlungserinnerung {number}"
    german.levels[0][2].clear()
    german.levels[0][3].clear()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle(main_window.ctx)
    assert app.settings.get("invoicing.reminders@de") is None


def test_a_german_letter_with_an_unknown_placeholder_is_refused_at_the_field(main_window, app, owner, settle, qtbot):
    page = _settings(main_window, settle, "Invoicing")
    form = _form_of(page, "invoicing.reminders@de")
    german = form.editors["invoicing.reminders@de"]
    form.findChild(QComboBox, "languages:invoicing.reminders").setCurrentIndex(1)
    qtbot.keyClicks(german.levels[0][3], "Hallo {kunde}")
    assert "unknown placeholder 'kunde'" in form.errors["invoicing.reminders@de"].text()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle(main_window.ctx)
    assert app.settings.get("invoicing.reminders@de") is None
