"""The desktop in German and Spanish: the translators, the language choice, the words on screen."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox, QPushButton, QWidget

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


# --------------------------------------------------------------------------- Settings › Language
def _settings_language_panel(qtbot, make_window, actor):
    win = make_window(actor)
    win.show_page("settings")
    page = win.pages["settings"]
    panel = page.findChild(QWidget, "languagePanel")
    page.tabs.setCurrentWidget(panel)
    return win, panel


class FakeController:
    def __init__(self):
        self.restarts = 0

    def restart_after_quit(self):
        self.restarts += 1


def test_choosing_a_language_saves_it_and_offers_a_restart(qtbot, app, owner, make_window):
    from core.kernel.i18n import language_preference
    win, panel = _settings_language_panel(qtbot, make_window, owner)
    controller = FakeController()
    win.ctx.extras["controller"] = controller
    combo = panel.combo
    assert [combo.itemText(i) for i in range(1, combo.count())] == ["English", "Deutsch", "Español"]
    assert combo.currentData() == "system" and combo.itemText(0).startswith("System default")
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)          # System default -> English: what is shown, no restart
    assert language_preference() == "en" and panel.prompt is None and "already shows English" in panel.note.text()
    qtbot.keyClick(combo, Qt.Key.Key_Down)          # -> Deutsch
    assert language_preference() == "de"
    box = panel.prompt
    assert box is not None and box.isVisible()
    assert box.text() == "Restart Deskmate to use the new language."
    assert box.informativeText() == "Starten Sie Deskmate neu, um die neue Sprache zu verwenden."
    qtbot.mouseClick(box.findChild(QPushButton, "restartLater"), Qt.MouseButton.LeftButton)
    assert not box.isVisible() and controller.restarts == 0 and win.isVisible()
    assert "Deutsch" in panel.note.text()

    combo.setCurrentIndex(combo.findData("es"))
    combo.activated.emit(combo.currentIndex())
    assert language_preference() == "es"
    assert panel.prompt.informativeText() == "Reinicie Deskmate para usar el nuevo idioma."
    qtbot.mouseClick(panel.prompt.findChild(QPushButton, "restartNow"), Qt.MouseButton.LeftButton)
    assert controller.restarts == 1
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=3000)


def test_going_back_to_the_systems_language_needs_no_restart_when_it_is_shown(qtbot, app, owner, make_window,
                                                                             monkeypatch):
    from core.kernel.i18n import language_preference, set_language_preference
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    set_language_preference("de")
    win, panel = _settings_language_panel(qtbot, make_window, owner)
    assert panel.combo.currentData() == "de"
    panel.combo.setCurrentIndex(0)
    panel.combo.activated.emit(0)
    assert language_preference() == "system"
    assert panel.prompt is None and "already shows English" in panel.note.text()


@pytest.mark.parametrize("role", ["staff", "bookkeeper"])
def test_staff_and_bookkeeper_choose_their_own_language(qtbot, app, owner, make_window, role):
    info = app.users.add(owner, f"a{role}", role, "Correct-Horse-Battery-9")
    win, panel = _settings_language_panel(qtbot, make_window, info.actor)
    assert panel.isEnabled() and panel.combo.isEnabled() and panel.combo.count() == 4
    assert not win.pages["settings"].button_bar.isVisible()     # no "only the owner can change these" here


def test_restarting_leaves_lang_out_so_the_preference_decides():
    from desktop.app import restart_command, without_lang
    assert without_lang(["--demo", "--lang", "de", "--data-dir", "x"]) == ["--demo", "--data-dir", "x"]
    assert without_lang(["--lang=es"]) == []
    program, args = restart_command(["--demo"])
    assert args == ["-m", "desktop.launcher", "--demo"]


def test_the_main_window_speaks_spanish_after_a_restart_in_spanish(qtbot, app, owner, make_window, ui_language):
    ui_language("es")
    win = make_window(owner)
    assert [a.text() for a in win.menuBar().actions()][:3] == ["&Archivo", "&Ir a", "A&yuda"]
    labels = [win.nav.item(r).text() for r in range(win.nav.count())]
    assert "Bandeja" in labels and "Configuración" in labels and "Hoy" in labels
