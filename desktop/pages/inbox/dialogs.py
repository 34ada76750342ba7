"""The inbox's small questions: why reject, snooze until when, and "are you sure?" for batches.

All are opened with ``open()`` (window-modal, no nested event loop) and answer through a callback,
so the GUI keeps painting and tests can fill them in and accept them.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QDateEdit, QDialog, QDialogButtonBox, QInputDialog, QLabel,
                               QMessageBox, QVBoxLayout, QWidget)

from core.kernel.formats import Formats
from desktop.ui import show_error

ACTION_WORDS = {
    "approve": ("Approve", "apply each proposal as drafted, through the area that owns it"),
    "reject": ("Reject", "close each without applying it, keeping your reason"),
    "snooze": ("Snooze", "hide each until the chosen day, then bring it back as new"),
    "escalate": ("Escalate", "send each to the owner to decide"),
}


def ask_text(parent: QWidget, title: str, label: str, on_ok: Callable[[str], None], *,
             required: bool = False, text: str = "") -> QInputDialog:
    dlg = QInputDialog(parent)
    dlg.setObjectName("reasonPrompt")
    dlg.setWindowTitle(title)
    dlg.setLabelText(label)
    dlg.setTextValue(text)
    dlg.setInputMode(QInputDialog.InputMode.TextInput)

    def done(value: str) -> None:
        if required and not value.strip():
            show_error(parent, "Please say why: the reason is kept with the decision and teaches the automation.")
            return
        on_ok(value.strip())

    dlg.textValueSelected.connect(done)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.open()
    return dlg


class SnoozeDialog(QDialog):
    def __init__(self, parent: QWidget, today: date, on_ok: Callable[[date], None], count: int = 1,
                 date_format: str = Formats().picker_format) -> None:
        super().__init__(parent)
        self.setObjectName("snoozeDialog")
        self.setWindowTitle("Snooze")
        lay = QVBoxLayout(self)
        what = "this item" if count == 1 else f"these {count} items"
        lay.addWidget(QLabel(f"Hide {what} until (it comes back as new that morning):"))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_format)
        self.date.setMinimumDate(QDate(today.year, today.month, today.day).addDays(1))
        self.date.setDate(QDate(today.year, today.month, today.day).addDays(1))
        lay.addWidget(self.date)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.accepted.connect(lambda: on_ok(self.date.date().toPython()))

    def set_until(self, until: date) -> None:
        self.date.setDate(QDate(until.year, until.month, until.day))


def describe_batch(action: str, kinds: Sequence[str], titles: dict[str, str], *, reason: str | None = None,
                   until: date | None = None, not_allowed: int = 0,
                   date_text: Callable[[date], str] = Formats().date) -> str:
    """Exactly what a batch decision will do, in words ("Approve 12 items: 8 Reorder line, ...")."""
    verb, effect = ACTION_WORDS[action]
    counts = Counter(kinds)
    parts = ", ".join(f"{n} × {titles.get(k, k)}" for k, n in counts.most_common())
    text = f"{verb} {len(kinds)} item{'s' if len(kinds) != 1 else ''} ({parts}): {effect}"
    if action == "snooze" and until is not None:
        text += f" on {date_text(until)}"
    text += "."
    if reason:
        text += f"\nReason kept with each: “{reason}”."
    text += ("\nEach item is decided on its own: if one cannot be applied, it stays open with the "
             "error shown and the others go ahead.")
    if not_allowed:
        text += (f"\n{not_allowed} of them you may not decide; those will be refused and stay open.")
    return text


def confirm(parent: QWidget, title: str, text: str, ok_text: str, on_ok: Callable[[], None]) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("batchConfirm")
    ok = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(ok)
    box.buttonClicked.connect(lambda b: on_ok() if b is ok else None)
    box.open()
    return box
