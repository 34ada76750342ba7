"""The inbox's small questions: why reject, snooze until when, and "are you sure?" for batches.

All are opened with ``open()`` (window-modal, no nested event loop) and answer through a callback,
so the GUI keeps painting and tests can fill them in and accept them.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QDateEdit, QDialog, QDialogButtonBox, QInputDialog, QLabel,
                               QMessageBox, QVBoxLayout, QWidget)

from core.kernel.formats import Formats
from desktop.ui import show_error

ACTION_WORDS = {
    "approve": (QT_TRANSLATE_NOOP("pages.inbox.dialogs", "Approve"), QT_TRANSLATE_NOOP("pages.inbox.dialogs", "apply each proposal as drafted, through the area that owns it")),
    "reject": (QT_TRANSLATE_NOOP("pages.inbox.dialogs", "Reject"), QT_TRANSLATE_NOOP("pages.inbox.dialogs", "close each without applying it, keeping your reason")),
    "snooze": (QT_TRANSLATE_NOOP("pages.inbox.dialogs", "Snooze"), QT_TRANSLATE_NOOP("pages.inbox.dialogs", "hide each until the chosen day, then bring it back as new")),
    "escalate": (QT_TRANSLATE_NOOP("pages.inbox.dialogs", "Escalate"), QT_TRANSLATE_NOOP("pages.inbox.dialogs", "send each to the owner to decide")),
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
            show_error(parent, QCoreApplication.translate("pages.inbox.dialogs", "Please say why: the reason is kept with the decision and teaches the automation."))
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
        self.setWindowTitle(self.tr("Snooze"))
        lay = QVBoxLayout(self)
        what = QCoreApplication.translate("SnoozeDialog", "these %n items", None, count)
        lay.addWidget(QLabel(self.tr("Hide {what} until (it comes back as new that morning):").format(what=what)))
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
    verb, effect = (QCoreApplication.translate("pages.inbox.dialogs", w) for w in ACTION_WORDS[action])
    counts = Counter(kinds)
    parts = ", ".join(f"{n} × {titles.get(k, k)}" for k, n in counts.most_common())
    text = QCoreApplication.translate("pages.inbox.dialogs", "{verb} %n item(s) ({parts}): {effect}", None, len(kinds)).format(
        verb=verb, parts=parts, effect=effect)
    if action == "snooze" and until is not None:
        text += QCoreApplication.translate("pages.inbox.dialogs", " on {date_text}").format(date_text=date_text(until))
    text += "."
    if reason:
        text += QCoreApplication.translate("pages.inbox.dialogs", "\nReason kept with each: “{reason}”.").format(reason=reason)
    text += (QCoreApplication.translate("pages.inbox.dialogs", "\nEach item is decided on its own: if one cannot be applied, it stays open with the "
             "error shown and the others go ahead."))
    if not_allowed:
        text += (QCoreApplication.translate("pages.inbox.dialogs", "\n{not_allowed} of them you may not decide; those will be refused and stay open.").format(not_allowed=not_allowed))
    return text


def confirm(parent: QWidget, title: str, text: str, ok_text: str, on_ok: Callable[[], None]) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("batchConfirm")
    ok = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(ok)
    box.buttonClicked.connect(lambda b: on_ok() if b is ok else None)
    box.open()
    return box
