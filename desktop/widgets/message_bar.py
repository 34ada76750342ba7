"""An inline message bar: an error or a notice shown above a page's (or a dialog's) content
instead of a message box the person must click away.

It does not take the focus or stop anything: the person reads it, keeps working, and dismisses it
(or the next message replaces it). Bugs get their technical details folded away behind "Details".
``desktop.ui.show_error`` / ``show_notice`` decide where a message goes; pages do not build bars.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

KINDS = ("error", "warning", "info")
#: What a screen reader says before the headline.
KIND_WORDS = {"error": QT_TRANSLATE_NOOP("widgets.message_bar", "Error"),
              "warning": QT_TRANSLATE_NOOP("widgets.message_bar", "Warning"),
              "info": QT_TRANSLATE_NOOP("widgets.message_bar", "Information")}


class MessageBar(QFrame):
    """Headline, explanation, optional details; hidden until a message is shown."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.kind = "info"
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 6, 6, 6)
        outer.setSpacing(4)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.text = QLabel()
        self.text.setObjectName("messageText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.text, 1)
        self.details_btn = QPushButton(self.tr("Details"))
        self.details_btn.setObjectName("messageDetailsButton")
        self.details_btn.setCheckable(True)
        self.details_btn.toggled.connect(self._toggle_details)
        row.addWidget(self.details_btn, 0, Qt.AlignmentFlag.AlignTop)
        self.close_btn = QPushButton(self.tr("Dismiss"))
        self.close_btn.setObjectName("messageDismissButton")
        self.close_btn.setAccessibleName(self.tr("Dismiss the message"))
        self.close_btn.clicked.connect(self.dismiss)
        row.addWidget(self.close_btn, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(row)
        self.details = QPlainTextEdit()
        self.details.setObjectName("messageDetails")
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(140)
        self.details.hide()
        outer.addWidget(self.details)
        self.headline = ""
        self.body = ""
        self.hide()

    def show_message(self, headline: str, text: str = "", kind: str = "info", details: str = "") -> None:
        if kind not in KINDS:
            raise ValueError(f"message kind {kind!r} is not one of {KINDS}")
        self.kind, self.headline, self.body = kind, headline, text
        self.setProperty("kind", kind)
        self.style().unpolish(self)          # the style sheet picks the colours by kind
        self.style().polish(self)
        from html import escape
        body = "<br>".join(escape(line) for line in text.splitlines())
        self.text.setText(f"<b>{escape(headline)}</b>" + (f"<br>{body}" if body else ""))
        self.setAccessibleName(self.tr("{kind}: {headline}").format(
            kind=QCoreApplication.translate("widgets.message_bar", KIND_WORDS[kind]), headline=headline))
        self.setAccessibleDescription(text)
        self.details.setPlainText(details)
        self.details_btn.setVisible(bool(details))
        self.details_btn.setChecked(False)
        self.show()

    def plain_text(self) -> str:
        """What the bar says, as plain text (tests, the clipboard, screen readers)."""
        return self.headline + ("\n" + self.body if self.body else "")

    def dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()

    def _toggle_details(self, on: bool) -> None:
        self.details.setVisible(on)
        self.details_btn.setText(self.tr("Hide details") if on else self.tr("Details"))
