"""The login dialog. Passwords are checked by core (argon2) on a worker thread, because a
verification takes ~80 ms on purpose and the dialog must stay responsive meanwhile."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QLayout, QLineEdit, QVBoxLayout)

from core.app import Deskmate
from core.kernel.actor import Actor
from core.kernel.errors import DeskmateError
from desktop.tasks import TaskRunner
from desktop.ui import app_icon, show_error, ui_settings


class LoginDialog(QDialog):
    logged_in = Signal(object)      # the Actor

    def __init__(self, app: Deskmate, tasks: TaskRunner, shop_name: str = "", hint: str = "",
                 username: str = "", parent=None, demo: bool = False) -> None:
        super().__init__(parent)
        self.app, self.tasks = app, tasks
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Log in — Demo shop — Deskmate") if demo else self.tr("Log in — Deskmate"))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(420)
        lay = QVBoxLayout(self)
        lay.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows with a long message
        lay.setContentsMargins(24, 20, 24, 16)
        lay.setSpacing(10)
        head = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(48, 48))
        head.addWidget(logo)
        titles = QVBoxLayout()
        title = QLabel(shop_name or self.tr("Deskmate"))
        title.setObjectName("bigTitle")
        titles.addWidget(title)
        if demo:
            badge = QLabel(self.tr("Demo shop — made-up data, shared demo passwords"))
            badge.setObjectName("demoBadge")
            titles.addWidget(badge)
        sub = QLabel(self.tr("Log in with your own user name so your changes are recorded as yours."))
        sub.setObjectName("pageSubtitle")
        sub.setWordWrap(True)
        titles.addWidget(sub)
        head.addLayout(titles, 1)
        lay.addLayout(head)

        form = QFormLayout()
        self.username = QLineEdit(username or str(ui_settings().value("login/last_user", "") or ""))
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Password"), self.password)
        lay.addLayout(form)

        self.error = QLabel()
        self.error.setObjectName("loginError")
        self.error.setWordWrap(True)
        self.error.hide()
        lay.addWidget(self.error)
        self.hint = QLabel(hint)
        self.hint.setObjectName("formNote")
        self.hint.setWordWrap(True)
        self.hint.setVisible(bool(hint))
        lay.addWidget(self.hint)
        self.error.setAccessibleName(self.tr("Login problem"))
        self.hint.setAccessibleName(self.tr("Note"))

        self.buttons = QDialogButtonBox()
        self.login_button = self.buttons.addButton(self.tr("Log in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.login_button.setObjectName("primaryButton")
        self.login_button.setDefault(True)
        self.buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        (self.password if self.username.text() else self.username).setFocus(Qt.FocusReason.OtherFocusReason)
        self.adjustSize()   # word-wrapped lines (title, badge, hint) get their full height

    def try_login(self) -> None:
        name, pw = self.username.text().strip(), self.password.text()
        if not name or not pw:
            self._fail(self.tr("Type your user name and password."))
            return
        self._busy(True)
        self.tasks.run(self.app.users.authenticate, name, pw, on_done=self._done, on_error=self._failed)

    def _busy(self, busy: bool) -> None:
        self.login_button.setEnabled(not busy)
        self.login_button.setText(self.tr("Checking…") if busy else self.tr("Log in"))

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.fit_to_text()   # grow with the message (e.g. a two-line lock message), never clip it
        self.password.selectAll()
        self.password.setFocus()

    def fit_to_text(self) -> None:
        """Grow (never shrink) to the height the wrapped messages need at the current width.

        A window does not follow its word-wrapped labels' height-for-width by itself, so a long
        message would otherwise be clipped at the bottom, under the buttons."""
        lay = self.layout()
        lay.activate()
        need = lay.totalHeightForWidth(self.width()) if lay.hasHeightForWidth() else lay.totalSizeHint().height()
        need = max(need, lay.totalMinimumSize().height())
        self.setMinimumHeight(need)
        if self.height() < need:
            self.resize(self.width(), need)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        text = str(exc)
        if isinstance(exc, DeskmateError) and text.startswith(("too many failed", "this account is locked")):
            # Back-off or lock (core/users/lockout.py): say so plainly, with how long to wait.
            self._fail(text[:1].upper() + text[1:] + ".")
        elif isinstance(exc, DeskmateError):
            self._fail(self.tr("Wrong user name or password. Check both and try again "
                       "(the owner can reset a forgotten password on the Settings page)."))
        else:
            show_error(self, exc)

    def _done(self, info) -> None:  # noqa: ANN001 - a UserInfo
        self._busy(False)
        self.actor = info.actor
        ui_settings().setValue("login/last_user", info.username)
        self.logged_in.emit(self.actor)
        self.accept()
