"""Settings › Language: the language of Deskmate's screens for the person at this computer.

A preference of the person, not of the shop (two people sharing one shop may read it in two
languages), kept by core (``core.kernel.i18n.set_language_preference``, in the user's config
folder). Widgets read their words when they are built, so a new language takes effect at the next
start: the panel saves the choice and offers to restart now or later.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QMessageBox, QVBoxLayout, QWidget

from core.kernel.i18n import LANGUAGES, SYSTEM, language_preference, set_language_preference
from desktop import i18n
from desktop.ui import show_error, show_notice

if TYPE_CHECKING:
    from desktop.context import DesktopContext


class LanguagePanel(QWidget):
    def __init__(self, ctx: DesktopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("languagePanel")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(18, 16, 18, 16)
        lay.setSpacing(10)
        intro = QLabel(self.tr("The language of Deskmate's screens on this computer, for you. Letters and "
                               "invoices to customers are written in each customer's own language."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.combo = QComboBox()
        self.combo.setObjectName("languageCombo")
        system = i18n.system_language()
        # Each language in its own name, so a person who cannot read the current one still finds theirs.
        self.combo.addItem(self.tr("System default ({language})").format(language=LANGUAGES[system]), SYSTEM)
        for code, name in LANGUAGES.items():
            self.combo.addItem(name, code)
        saved = language_preference()
        self.combo.setCurrentIndex(max(0, self.combo.findData(saved)))
        self.combo.activated.connect(self._chosen)
        label = QLabel(self.tr("&Language"))
        label.setBuddy(self.combo)
        form.addRow(label, self.combo)
        lay.addLayout(form)
        self.note = QLabel(self.tr("Deskmate shows {language} now.").format(language=LANGUAGES[i18n.current_language()]))
        self.note.setObjectName("formNote")
        self.note.setWordWrap(True)
        lay.addWidget(self.note)
        lay.addStretch(1)
        self.prompt: QMessageBox | None = None

    def _chosen(self, _index: int) -> None:
        value = self.combo.currentData()
        if value == language_preference():
            return
        try:
            set_language_preference(value)
        except (OSError, ValueError) as exc:
            show_error(self, exc, self.tr("The language was not saved"))
            return
        wanted = i18n.resolve_language()
        if wanted == i18n.current_language():
            self.note.setText(self.tr("Saved. Deskmate already shows {language}.").format(language=LANGUAGES[wanted]))
            return
        self.note.setText(self.tr("Saved: Deskmate shows {language} from its next start.").format(
            language=LANGUAGES[wanted]))
        self.ask_restart(wanted)

    def ask_restart(self, wanted: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restart Deskmate?"),
                          self.tr("Restart Deskmate to use the new language."), parent=self)
        box.setObjectName("restartPrompt")
        # The new language's own words beside the current ones: the person chose it because they read it.
        box.setInformativeText(i18n.translate_in(wanted, "LanguagePanel", "Restart Deskmate to use the new language."))
        now = box.addButton(self.tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
        now.setObjectName("restartNow")
        later = box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        later.setObjectName("restartLater")
        box.setDefaultButton(later)

        def answered(_result: int) -> None:
            if box.clickedButton() is now:
                self.restart()
        box.finished.connect(answered)
        box.open()
        self.prompt = box
        return box

    def restart(self) -> None:
        """Close Deskmate as Quit does (unsaved changes are asked about) and start it again."""
        controller = self.ctx.extras.get("controller")
        if controller is None:           # a page on its own (tests): nothing to restart
            return
        window = self.window()
        unsaved = getattr(window, "unsaved_pages", lambda: [])()
        if unsaved:
            show_notice(self, self.tr("Save or discard the changes on {pages} first, then restart Deskmate.").format(
                pages=", ".join(unsaved)))
            return
        controller.restart_after_quit()
        window.close()
