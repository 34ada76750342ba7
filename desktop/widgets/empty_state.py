"""The empty state every page shows when it has nothing yet, and the "Why / how?" help button."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QMessageBox, QPushButton, QToolButton, QVBoxLayout, QWidget)


class EmptyState(QWidget):
    """A friendly explanation of what goes here and one button for the next step."""

    def __init__(self, title: str, text: str, action_text: str | None = None,
                 action: Callable[[], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        lay = QVBoxLayout(self)
        lay.addStretch(1)
        self.title = QLabel(title)
        self.title.setObjectName("emptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setMaximumWidth(560)
        self.text.setMinimumWidth(280)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.title)
        # A word-wrapped label only gets its full height when the layout sizes it (no alignment
        # flag): centre it between stretches instead, or long texts are clipped to one line.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.text, 100)
        row.addStretch(1)
        lay.addLayout(row)
        self.button: QPushButton | None = None
        if action_text and action:
            self.button = QPushButton(action_text)
            self.button.clicked.connect(action)
            lay.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addStretch(2)


class HelpButton(QToolButton):
    """"Why / how does this work?": a plain-words explanation of the page and its automation."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("Why / how does this work?"))
        self.setObjectName("helpButton")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._title, self._text = title, text
        self.clicked.connect(self.show_help)

    @property
    def help_text(self) -> str:
        return self._text

    def show_help(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self._title)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(self._text)
        box.setIcon(QMessageBox.Icon.Information)
        box.open()
