"""The desktop in German and Spanish: the translators, the language choice, the words on screen."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox

from desktop import i18n


@pytest.mark.parametrize("tag, lang", [("de_DE.UTF-8", "de"), ("es-MX", "es"), ("EN", "en"), ("de_AT@euro", "de"),
                                       ("fr_FR.UTF-8", None), ("C", None), ("", None), (None, None)])
def test_locale_names_become_languages(tag, lang):
    assert i18n.normalise(tag) == lang


def test_the_language_comes_from_the_option_then_the_preference_then_the_environment(monkeypatch, tmp_path):
    from core.kernel.i18n import set_language_preference
    monkeypatch.setenv("DESKMATE_CONFIG_DIR", str(tmp_path))
    env = {"LANG": "es_ES.UTF-8"}
    assert i18n.resolve_language(None, env) == "es"
    set_language_preference("de")
    assert i18n.resolve_language(None, env) == "de"
    assert i18n.resolve_language("es", {"LANG": "de_DE"}) == "es"
    assert i18n.resolve_language(None, env, use_preference=False) == "es"
    set_language_preference("system")
    # POSIX order: LC_ALL before LC_MESSAGES before LANG
    assert i18n.resolve_language(None, {"LC_ALL": "de_DE", "LC_MESSAGES": "es_ES", "LANG": "es_ES"}) == "de"
    assert i18n.resolve_language(None, {"LC_MESSAGES": "es_ES", "LANG": "de_DE"}) == "es"
    # a language Deskmate has no catalogue for: English, not a half-translated screen
    assert i18n.resolve_language(None, {"LANG": "fr_FR.UTF-8"}) == "en"
    assert i18n.resolve_language("xx", {"LANG": "fr_FR.UTF-8"}) == "en"


def test_without_locale_variables_qt_tells_the_system_language(monkeypatch):
    from PySide6.QtCore import QLocale
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_CH")))
    assert i18n.system_language({}) == "de"


def test_installing_a_language_sets_cores_too(qapp, ui_language):
    from core.kernel.i18n import current_language
    ui_language("es")
    assert current_language() == "es"


def test_english_plurals_read_right(qapp):
    tr = QCoreApplication.translate
    assert tr("MainWindow", "%n audit entries written to {path}", None, 1) == "1 audit entry written to {path}"
    assert tr("MainWindow", "%n audit entries written to {path}", None, 3) == "3 audit entries written to {path}"


def test_german_and_spanish_words_and_qts_own_buttons(qapp, ui_language):
    ui_language("de")
    assert i18n.current_language() == "de"
    assert QCoreApplication.translate("MainWindow", "Unsaved changes") == "Ungespeicherte Änderungen"
    assert QCoreApplication.translate("MainWindow", "%n audit entries written to {path}", None, 1) \
        == "1 Protokolleintrag nach {path} geschrieben"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)      # Qt's own words, from qtbase_de
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    ui_language("es")
    assert QCoreApplication.translate("MainWindow", "Unsaved changes") == "Cambios sin guardar"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancelar"


def test_the_main_window_speaks_german(qtbot, app, owner, make_window, ui_language):
    ui_language("de")
    win = make_window(owner)
    menus = [a.text() for a in win.menuBar().actions()]
    assert menus[:3] == ["&Datei", "&Gehe zu", "&Hilfe"]
    assert win.automation_label.text() == "Automatisierung: aus"
    assert win.user_label.text().startswith("Angemeldet als ")
    assert win.findChild(QLabel, "sidebarTitle").text() == "Deskmate"
    win.show_why()
    box = next(w for w in qapp_boxes() if w.isVisible())
    assert "So arbeitet Deskmate" in box.text()
    box.done(0)


def qapp_boxes() -> list[QMessageBox]:
    from PySide6.QtWidgets import QApplication
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]


def test_deskmate_dash_dash_lang_opens_the_window_in_that_language():
    from desktop.app import parse_options
    from desktop.launcher import _wants_gui
    assert _wants_gui(["--lang", "de"]) and _wants_gui(["--demo", "--lang", "es"])
    assert parse_options(["--demo", "--lang", "es"]).lang == "es"
