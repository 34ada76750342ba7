"""A new-password field with the password policy's message right under it, updated as you type.

The policy is core's (``core.users.passwords.password_problem``): at least 10 characters, not
blank, not the user name, not one of the 10,000 most common passwords. The message appears once
something was typed, so an empty form does not start out red.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget, QWizard

from core.users.passwords import MIN_LENGTH, password_problem


def sentence(text: str) -> str:
    """core's lower-case one-liners as a GUI sentence."""
    text = text.strip()
    if not text:
        return ""
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


class PasswordPolicyNote(QLabel):
    """Sits under a password QLineEdit and says what is wrong with it (or nothing)."""

    def __init__(self, edit: QLineEdit, username: Callable[[], str] = lambda: "") -> None:
        super().__init__()
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.hide()
        self.edit, self.username = edit, username
        edit.setPlaceholderText(self.tr("at least {MIN_LENGTH} characters").format(MIN_LENGTH=MIN_LENGTH))
        edit.textEdited.connect(lambda _t: self.refresh())

    def problem(self) -> str:
        found = password_problem(self.edit.text(), self.username())
        return sentence(found) if found else ""

    def refresh(self) -> str:
        return self._show(self.problem() if self.edit.text() else "")

    def show_problem(self) -> str:
        """On submit: show the problem even for an empty field."""
        return self._show(self.problem())

    def _show(self, text: str) -> str:
        changed = text != self.text() or bool(text) == self.isHidden()
        self.setText(text)
        self.setVisible(bool(text))
        window = self.window()
        if changed and isinstance(window, QDialog) and not isinstance(window, QWizard):
            window.adjustSize()   # the dialog grows by the message's lines instead of squeezing
        return text


def with_policy_note(edit: QLineEdit, username: Callable[[], str] = lambda: "") -> tuple[QWidget, PasswordPolicyNote]:
    """The field and its note in one widget, for a QFormLayout row."""
    box = QWidget()
    col = QVBoxLayout(box)
    col.setContentsMargins(0, 0, 0, 0)
    col.setSpacing(2)
    note = PasswordPolicyNote(edit, username)
    col.addWidget(edit)
    col.addWidget(note)
    box.setFocusProxy(edit)
    return box, note
