"""Settings → Database: which database this computer's Deskmate uses, and a connection test.

Everyone sees the database in use (its URL without the password). The owner may type a server's
URL and its password (in a separate, masked field: a password pasted inside the URL is moved there
at once, so it is never shown in clear), test the connection, and make this computer use it from
its next start. Core checks the role and keeps the password in the keyring
(:func:`core.io.connections.use_connection`).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QVBoxLayout, QWidget)
from sqlalchemy.engine import make_url

from core.io.connections import use_connection
from core.kernel.connection import Probe, display_url, probe, saved_url, with_password
from core.users.permissions import Perm
from desktop.context import DesktopContext
from desktop.ui import show_error

PLACEHOLDER = "postgresql+psycopg://deskmate_desktop@server:5432/shop"


def _kind(url: str) -> str:
    return QCoreApplication.translate("pages.settings.database", "the SQLite file in the data folder") if make_url(url).get_backend_name() == "sqlite" \
        else QCoreApplication.translate("pages.settings.database", "a database on a PostgreSQL server")


class DatabasePanel(QWidget):
    def __init__(self, ctx: DesktopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("databasePanel")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 14, 16, 14)
        current = ctx.app.db.url
        file = make_url(current).database if make_url(current).get_backend_name() == "sqlite" else None
        self.current = QLabel(self.tr("This computer uses {kind}: <b>{where}</b>").format(kind=_kind(current), where=_escape(file or display_url(current))))
        self.current.setObjectName("currentDatabase")
        self.current.setWordWrap(True)
        self.current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.current)

        self.editable = ctx.can(Perm.BACKUP_RESTORE)
        intro = QLabel(self.tr("To share one shop between several computers, enter the URL your server's "
                       "administrator gave you (<i>deskmate server init</i> prints it), test it, then use it. "
                       "The password is kept in this computer's keyring, never in a file.")
                       if self.editable else self.tr("Only the shop's owner can connect this computer to another database."))
        intro.setWordWrap(True)
        intro.setObjectName("pageSubtitle")
        lay.addWidget(intro)

        form = QFormLayout()
        self.url_edit = QLineEdit()
        self.url_edit.setObjectName("databaseUrl")
        self.url_edit.setPlaceholderText(PLACEHOLDER)
        self.url_edit.setAccessibleName(self.tr("Database URL"))
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("databasePassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Database password"))
        form.addRow(self.tr("Server URL"), self.url_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        lay.addLayout(form)
        self.url_edit.textChanged.connect(self._lift_password)

        buttons = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("testConnectionButton")
        self.test_button.clicked.connect(self.test)
        self.use_button = QPushButton(self.tr("Use on this computer"))
        self.use_button.setObjectName("useConnectionButton")
        self.use_button.setToolTip(self.tr("Deskmate opens this database from its next start"))
        self.use_button.clicked.connect(self.use)
        self.file_button = QPushButton(self.tr("Use the data folder's file"))
        self.file_button.setObjectName("useFileButton")
        self.file_button.clicked.connect(self.use_file)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.use_button)
        buttons.addStretch(1)
        buttons.addWidget(self.file_button)
        lay.addLayout(buttons)
        self.result = QLabel()
        self.result.setObjectName("connectionResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.result)
        lay.addStretch(1)
        for w in (self.url_edit, self.password_edit, self.test_button, self.use_button, self.file_button):
            w.setEnabled(self.editable)
        self.file_button.setVisible(False)
        # the saved connection's password comes from the keyring: not on the GUI thread
        ctx.tasks.run(saved_url, ctx.app.paths.root, on_done=self._loaded, on_error=lambda _e: None)

    def _loaded(self, saved: str | None) -> None:
        if saved and not self.url_edit.text():
            self.url_edit.blockSignals(True)
            self._fill(saved)
            self.url_edit.blockSignals(False)
        self.file_button.setVisible(saved is not None)

    # ------------------------------------------------------------------ the URL
    def _fill(self, url: str) -> None:
        u = make_url(url)
        self.password_edit.setText("" if u.password is None else str(u.password))
        self.url_edit.setText(with_password(u, None).render_as_string(hide_password=False))

    def _lift_password(self, text: str) -> None:
        """A URL typed or pasted with its password: move the password to the masked field."""
        try:
            u = make_url(text.strip())
        except Exception:  # noqa: BLE001 - half-typed: leave it as it is
            return
        if u.password:
            self.url_edit.blockSignals(True)
            self._fill(text.strip())
            self.url_edit.blockSignals(False)

    def url(self) -> str:
        text = self.url_edit.text().strip()
        try:
            u = make_url(text)
        except Exception:  # noqa: BLE001 - core's parse says what is wrong with it
            return text
        pw = self.password_edit.text()
        return with_password(u, pw or None).render_as_string(hide_password=False)

    # ------------------------------------------------------------------ actions
    def test(self) -> None:
        self._busy(self.tr("Testing the connection…"))
        self.ctx.tasks.run(probe, self.url(), on_done=self._tested, on_error=self._failed)

    def _tested(self, result: Probe) -> None:
        self._show(result.ok, result.message)

    def use(self) -> None:
        self._busy(self.tr("Testing the connection before using it…"))
        self.ctx.tasks.run(use_connection, self.ctx.actor, self.ctx.app.paths.root, self.url(),
                           on_done=self._used, on_error=self._failed)

    def _used(self, result: Probe | None) -> None:
        self._show(True, (result.message + ". " if result else "")
                   + self.tr("Deskmate will open this database from its next start."))
        self.file_button.setVisible(True)
        self.ctx.status(self.tr("Database connection saved for this computer"))

    def use_file(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Use the data folder's file?"),
                          self.tr("From its next start, Deskmate on this computer will open the SQLite file in its "
                          "data folder instead of the server. The server's data stays where it is."),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda r: self._to_file() if r == QMessageBox.StandardButton.Yes else None)
        box.open()
        self._confirm_box = box

    def _to_file(self) -> None:
        self.ctx.tasks.run(use_connection, self.ctx.actor, self.ctx.app.paths.root, None,
                           on_done=lambda _r: (self._show(True, self.tr("Deskmate will open the data folder's file "
                                                                "from its next start.")),
                                               self.file_button.setVisible(False)),
                           on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._set_enabled(True)
        from core.kernel.errors import DeskmateError
        if isinstance(exc, DeskmateError):
            self._show(False, str(exc))
        else:
            show_error(self, exc, self.tr("The connection was not tested"))

    def _busy(self, text: str) -> None:
        self._set_enabled(False)
        self.result.setProperty("state", "")
        self.result.setText(text)

    def _set_enabled(self, on: bool) -> None:
        for w in (self.test_button, self.use_button):
            w.setEnabled(on and self.editable)

    def _show(self, ok: bool, message: str) -> None:
        self._set_enabled(True)
        self.result.setProperty("state", "ok" if ok else "error")
        self.result.setText(("✓ " if ok else "✗ ") + message[0].upper() + message[1:])
        self.result.setStyleSheet("color: #1b5e20;" if ok else "color: #b71c1c;")


def _escape(text: str) -> str:
    import html
    return html.escape(text)
