"""File → Move the shop to another database…: the GUI of ``deskmate move`` (core/move.py).

The copy runs on a worker thread with a progress bar and can be cancelled (the target is then
rolled back, as on any failure). What was checked, or what differed, is shown in the dialog
itself so the person can read it, copy it and act on it.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QProgressBar, QPushButton, QVBoxLayout, QWidget)

from desktop.context import DesktopContext

EXPLANATION = QT_TRANSLATE_NOOP(
    "MoveDialog",
    "Copy every record of this shop into a <b>new, empty</b> database: a PostgreSQL database on your "
    "server, so that several computers share the shop, or a new Deskmate file. The copy is checked "
    "(rows, money and quantity totals, the audit log) before it is kept; if anything differs, or you "
    "cancel, the new database is left empty. <b>This shop's database is not changed.</b>")


class MoveDialog(QDialog):
    #: The MoveReport, or the exception (including cancellation) once the move has ended.
    finished_move = Signal(object)

    def __init__(self, ctx: DesktopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("moveDialog")
        self.setWindowTitle(self.tr("Move the shop to another database"))
        self.progress_handle: Any = None
        self.report: Any = None
        #: The full URL (password included) the shop was last moved to: what "Use…" saves.
        self.moved_url: str | None = None
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr(EXPLANATION))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.target = QLineEdit()
        self.target.setObjectName("moveTarget")
        self.target.setPlaceholderText(self.tr("postgresql+psycopg://user@server/shop   or   a new file"))
        self.target.setAccessibleName(self.tr("Move to"))
        browse = QPushButton(self.tr("New file…"))
        browse.setObjectName("moveBrowse")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.target, 1)
        row.addWidget(browse)
        self.password = QLineEdit()
        self.password.setObjectName("movePassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("the server user's password, if it needs one"))
        self.password.setAccessibleName(self.tr("Server password"))
        form.addRow(self.tr("Move to"), row)
        form.addRow(self.tr("Password"), self.password)
        lay.addLayout(form)
        self.bar = QProgressBar()
        self.bar.setObjectName("moveProgress")
        self.bar.setRange(0, 100)
        self.bar.setValue(0)
        self.state = QLabel("")
        self.state.setObjectName("moveState")
        self.state.setWordWrap(True)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit()
        self.details.setObjectName("moveDetails")
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("What was checked"))
        self.details.setVisible(False)
        lay.addWidget(self.bar)
        lay.addWidget(self.state)
        lay.addWidget(self.details, 1)
        buttons = QHBoxLayout()
        self.use_btn = QPushButton(self.tr("Use the moved database on this computer"))
        self.use_btn.setObjectName("moveUse")
        self.use_btn.setToolTip(self.tr("Deskmate on this computer opens the moved shop from its next start "
                                "(as Settings → Database does)"))
        self.use_btn.setVisible(False)
        self.use_btn.clicked.connect(self.use_moved)
        buttons.addWidget(self.use_btn)
        self.start_btn = QPushButton(self.tr("Move and check"))
        self.start_btn.setObjectName("moveStart")
        self.start_btn.setDefault(True)
        self.cancel_btn = QPushButton(self.tr("Cancel"))
        self.cancel_btn.setObjectName("moveCancel")
        self.cancel_btn.setEnabled(False)
        self.close_btn = QPushButton(self.tr("Close"))
        self.close_btn.setObjectName("moveClose")
        buttons.addStretch(1)
        for b in (self.start_btn, self.cancel_btn, self.close_btn):
            buttons.addWidget(b)
        lay.addLayout(buttons)
        self.start_btn.clicked.connect(self.start)
        self.cancel_btn.clicked.connect(self.cancel)
        self.close_btn.clicked.connect(self.reject)
        self.resize(640, 420)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Move the shop to a new file"),
                                              str(self.ctx.app.paths.root / "moved.sqlite3"),
                                              self.tr("Deskmate databases (*.sqlite3);;All files (*)"))
        if path:
            self.target.setText(path)

    def target_url(self) -> str:
        """The typed target, with the password field put into a server URL."""
        text = self.target.text().strip()
        if "://" in text and self.password.text():
            from sqlalchemy.engine import make_url
            return make_url(text).set(password=self.password.text()).render_as_string(hide_password=False)
        return text

    def _running(self, on: bool) -> None:
        self.start_btn.setEnabled(not on)
        self.cancel_btn.setEnabled(on)
        self.close_btn.setEnabled(not on)
        self.target.setEnabled(not on)
        self.password.setEnabled(not on)

    def start(self) -> None:
        from core.move import move_shop, target_url
        to = self.target_url()
        if not to:
            self.state.setText(self.tr("Say where to move the shop: a PostgreSQL URL or a new file."))
            self.target.setFocus()
            return
        app, actor = self.ctx.app, self.ctx.actor

        def work(progress: Any) -> Any:
            return move_shop(app, to, actor=actor, progress=progress)

        def on_progress(done: int, total: int, text: str) -> None:
            self.bar.setValue(min(100, int(done * 100 / total)) if total else 0)
            self.state.setText(text[:1].upper() + text[1:] + "…")

        self.details.setVisible(False)
        self.use_btn.setVisible(False)
        self.moved_url = None
        self._running(True)
        self.state.setText(self.tr("Creating the tables…"))
        self._moving_to = target_url(to)
        self.progress_handle = self.ctx.tasks.run_with_progress(work, on_progress=on_progress, on_done=self._done,
                                                                on_error=self._failed)

    def _done(self, report: Any) -> None:
        self._running(False)
        self.report = report
        self.bar.setValue(100)
        self.state.setText(self.tr("Moved and checked: {rows:,} records in {count} tables. "
                           "Open the moved shop with  deskmate --db-url '{target}'").format(rows=report.rows, count=len(report.tables), target=report.target))
        lines = [report.summary(), ""]
        for t in report.tables:
            sums = ", ".join(f"{name} {value}" for name, value in t.sums)
            line = QCoreApplication.translate("MoveDialog", "{table}: %n rows", None, t.rows).format(table=t.table)
            lines.append(line + (self.tr("; totals {sums}").format(sums=sums) if sums else ""))
        self.details.setPlainText("\n".join(lines))
        self.details.setVisible(True)
        self.moved_url = self._moving_to
        self.use_btn.setVisible(True)
        self.use_btn.setEnabled(True)
        self.ctx.status(self.tr("Shop moved to {target}").format(target=report.target))
        self.finished_move.emit(report)

    def use_moved(self) -> None:
        """Save the moved database as this computer's connection (checked first, as Settings →
        Database does); the shop open now stays open until Deskmate is restarted."""
        from core.io.connections import use_moved_database
        if self.moved_url is None:
            return
        self.use_btn.setEnabled(False)
        self.ctx.tasks.run(use_moved_database, self.ctx.actor, self.ctx.app.paths.root, self.moved_url,
                           on_done=self._used, on_error=self._use_failed)

    def _used(self, message: str) -> None:
        self.state.setText(self.tr("✓ {message}. Restart Deskmate to work in the moved shop: until then this "
                                   "window still shows the shop it opened with.").format(
            message=message[:1].upper() + message[1:]))
        self.use_btn.setVisible(False)
        self.ctx.status(self.tr("The moved database is saved for this computer: restart Deskmate to use it"))

    def _use_failed(self, exc: BaseException) -> None:
        from core.kernel.errors import DeskmateError
        self.use_btn.setEnabled(True)
        if not isinstance(exc, DeskmateError):
            from desktop.ui import show_error
            show_error(self, exc, self.tr("The moved database was not saved for this computer"))
            return
        self.state.setText(f"✗ {str(exc)[:1].upper()}{str(exc)[1:]}")

    def _failed(self, exc: BaseException) -> None:
        from core.move import MoveFailed
        from core.kernel.progress import Cancelled
        self._running(False)
        self.bar.setValue(0)
        if isinstance(exc, Cancelled):
            self.state.setText(self.tr("Cancelled: the new database was left empty and nothing was moved."))
        else:
            self.state.setText(str(exc))
            if isinstance(exc, MoveFailed):
                self.details.setPlainText(self.tr("What differed:") + "\n" + "\n".join(f"• {d}" for d in exc.differences))
                self.details.setVisible(True)
        self.finished_move.emit(exc)

    def cancel(self) -> None:
        if self.progress_handle is not None:
            self.progress_handle.cancel()
            self.state.setText(self.tr("Cancelling…"))

    def reject(self) -> None:
        if self.cancel_btn.isEnabled():      # still copying: cancel first, close when it has stopped
            self.cancel()
            return
        super().reject()
