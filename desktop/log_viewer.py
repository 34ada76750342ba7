"""Help → Show log: the end of the log file, to read or to send with a problem report.

The file is read on a worker thread (it may sit on a slow network drive); at most the last
200 kB are shown, whatever the file's size.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from core.kernel.logs import log_path, tail
from desktop.context import DesktopContext


class LogDialog(QDialog):
    def __init__(self, ctx: DesktopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logDialog")
        self.setWindowTitle(self.tr("Deskmate's log"))
        self.ctx = ctx
        self.path: Path = log_path(ctx.app.paths.root)
        self.where = QLabel(self.tr("Log file: {path}").format(path=self.path))
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QPlainTextEdit()
        self.text.setObjectName("logText")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Log lines, newest last"))
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setPlaceholderText(self.tr("Loading…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.copy_button = QPushButton(self.tr("&Copy all"))
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.text.toPlainText()))
        self.folder_button = QPushButton(self.tr("Open log &folder"))
        self.folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent))))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(900, 520)
        ctx.tasks.run(tail, self.path, on_done=self._show, on_error=self._failed)

    def _show(self, text: str) -> None:
        if not text:
            self.text.setPlaceholderText(self.tr("Nothing has been logged yet: no job failed and nothing "
                                         "unexpected happened."))
            return
        self.text.setPlainText(text)
        bar = self.text.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _failed(self, exc: BaseException) -> None:
        self.text.setPlaceholderText(self.tr("The log could not be read: {exc}").format(exc=exc))
