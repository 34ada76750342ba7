"""People and their roles: the owner's user admin, and everyone's own password change.

Roles are enforced by core (``UserService`` checks ``Perm.MANAGE_USERS``); this page only shows
what the logged-in person may do, so a staff member never sees the admin at all.
"""
from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, QTimer, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox,
                               QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QStackedWidget, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from core.kernel.actor import Role
from core.users.permissions import MATRIX, Perm
from core.users.service import UserInfo
from desktop.context import DesktopContext
from desktop.ui import show_error
from desktop.widgets import EmptyState
from desktop.widgets.password_field import with_policy_note

ROLE_TEXT = {
    Role.OWNER: QT_TRANSLATE_NOOP("pages.settings.users", "Owner — everything, including users, settings and backups"),
    Role.STAFF: QT_TRANSLATE_NOOP("pages.settings.users", "Staff — stock, orders, bookings, customers, the inbox"),
    Role.BOOKKEEPER: QT_TRANSLATE_NOOP("pages.settings.users", "Bookkeeper — invoices, payments, exports, the audit log"),
}


def _password_problem(note: Any, pw: str, repeat: str) -> str:
    """The policy's message goes beside the password field; only a mismatch goes at the bottom."""
    if note.show_problem():
        return QCoreApplication.translate("pages.settings.users", "Choose another password: see the message under the field.")
    if pw != repeat:
        return QCoreApplication.translate("pages.settings.users", "The two passwords differ; type the same password twice.")
    return ""


class _Dialog(QDialog):
    """A small form dialog whose OK runs a core call on a worker thread and closes on success."""

    done_ = Signal(object)

    def __init__(self, ctx: DesktopContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.lay = QVBoxLayout(self)
        self.lay.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)  # room for messages
        self.form = QFormLayout()
        self.lay.addLayout(self.form)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.lay.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                        QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.lay.addWidget(self.buttons)

    def problem(self) -> str:
        return ""

    def work(self) -> Any:
        raise NotImplementedError

    def show_problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.adjustSize()

    def submit(self) -> None:
        problem = self.problem()
        self.show_problem(problem)
        if problem:
            return
        self.ok.setEnabled(False)
        self.ctx.tasks.run(self.work, on_done=self._done, on_error=self._failed)

    def _done(self, result: Any) -> None:
        self.ok.setEnabled(True)
        self.done_.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok.setEnabled(True)
        from core.kernel.errors import DeskmateError
        if isinstance(exc, DeskmateError):
            text = str(exc)
            text = text[:1].upper() + text[1:]
            self.show_problem(text if text.endswith((".", "!", "?")) else text + ".")
        else:
            show_error(self, exc)


class AddUserDialog(_Dialog):
    def __init__(self, ctx: DesktopContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Add a user"), parent)
        self.username = QLineEdit()
        self.username.setObjectName("newUsername")
        self.username.setPlaceholderText(self.tr("one word, e.g. sam"))
        self.display_name = QLineEdit()
        self.display_name.setObjectName("newDisplayName")
        self.role = QComboBox()
        self.role.setObjectName("newRole")
        for role in (Role.STAFF, Role.BOOKKEEPER, Role.OWNER):
            self.role.addItem(QCoreApplication.translate("pages.settings.users", ROLE_TEXT[role]), role)
        self.password = QLineEdit()
        self.password.setObjectName("newPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("newRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("&User name"), self.username)
        self.form.addRow(self.tr("&Name"), self.display_name)
        self.form.addRow(self.tr("&Role"), self.role)
        box, self.password_note = with_policy_note(self.password, lambda: self.username.text().strip())
        self.form.addRow(self.tr("&Password"), box)
        self.form.addRow(self.tr("R&epeat password"), self.repeat)
        note = QLabel(self.tr("Tell the person their password; they can change it themselves from the File "
                      "menu after logging in."))
        note.setObjectName("fieldHelp")
        note.setWordWrap(True)
        self.lay.insertWidget(1, note)

    def problem(self) -> str:
        name = self.username.text().strip()
        if not name or any(c.isspace() for c in name):
            return self.tr("A user name is one word without spaces.")
        return _password_problem(self.password_note, self.password.text(), self.repeat.text())

    def work(self) -> UserInfo:
        return self.ctx.app.users.add(self.ctx.actor, self.username.text().strip(), self.role.currentData(),
                                      self.password.text(), self.display_name.text().strip())


class RoleDialog(_Dialog):
    """Change a person's name as shown and their role (core keeps at least one active owner)."""

    def __init__(self, ctx: DesktopContext, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Edit {username}").format(username=user.username), parent)
        self.user = user
        self.display_name = QLineEdit(user.display_name)
        self.display_name.setObjectName("editDisplayName")
        self.role = QComboBox()
        self.role.setObjectName("roleCombo")
        for role in (Role.OWNER, Role.STAFF, Role.BOOKKEEPER):
            self.role.addItem(QCoreApplication.translate("pages.settings.users", ROLE_TEXT[role]), role)
        self.role.setCurrentIndex(self.role.findData(user.role))
        self.form.addRow(self.tr("&Name"), self.display_name)
        self.form.addRow(self.tr("&Role"), self.role)

    def work(self) -> UserInfo:
        return self.ctx.app.users.update(self.ctx.actor, self.user.id, role=self.role.currentData(),
                                         display_name=self.display_name.text())


class PasswordDialog(_Dialog):
    """Owners reset anyone's password; a person changing their own confirms the current one."""

    def __init__(self, ctx: DesktopContext, user_id: int | None, username: str,
                 parent: QWidget | None = None) -> None:
        own = user_id == ctx.actor.user_id
        super().__init__(ctx, self.tr("Change my password") if own else self.tr("Reset the password of {username}").format(username=username), parent)
        self.user_id, self.username, self.own = user_id, username, own
        self.current = QLineEdit()
        self.current.setObjectName("currentPassword")
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.password = QLineEdit()
        self.password.setObjectName("newPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("newRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        if own:
            self.form.addRow(self.tr("&Current password"), self.current)
        box, self.password_note = with_policy_note(self.password, lambda: self.username)
        self.form.addRow(self.tr("&New password"), box)
        self.form.addRow(self.tr("R&epeat"), self.repeat)

    def problem(self) -> str:
        if self.user_id is None:
            return self.tr("The automation account has no password.")
        if self.own and not self.current.text():
            return self.tr("Type your current password first.")
        return _password_problem(self.password_note, self.password.text(), self.repeat.text())

    def work(self) -> None:
        users = self.ctx.app.users
        if self.own:
            users.authenticate(self.username, self.current.text(), origin=self.tr("desktop app, to change the password"))
        users.set_password(self.ctx.actor, self.user_id, self.password.text())

    def _done(self, result: Any) -> None:
        self.ctx.status(self.tr("Password changed") if self.own else self.tr("Password of {username} reset").format(username=self.username))
        super()._done(result)


class UsersAdmin(QWidget):
    """The owner's list of people: add, change role, deactivate/reactivate, reset password."""

    COLUMNS = (QT_TRANSLATE_NOOP("UsersAdmin", "User"), QT_TRANSLATE_NOOP("UsersAdmin", "Name"), QT_TRANSLATE_NOOP("UsersAdmin", "Role"), QT_TRANSLATE_NOOP("UsersAdmin", "Status"), QT_TRANSLATE_NOOP("UsersAdmin", "Since"))

    def __init__(self, ctx: DesktopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.users: list[UserInfo] = []
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add user…"))
        self.add_button.setObjectName("addUserButton")
        self.add_button.clicked.connect(self.add_dialog)
        self.role_button = QPushButton(self.tr("Edit name and role…"))
        self.role_button.clicked.connect(self.role_dialog)
        self.active_button = QPushButton(self.tr("Deactivate"))
        self.active_button.setObjectName("activeButton")
        self.active_button.clicked.connect(self.toggle_active)
        self.password_button = QPushButton(self.tr("Reset password…"))
        self.password_button.clicked.connect(self.password_dialog)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setToolTip(self.tr("Let this person log in again now, after failed logins slowed "
                                      "down or locked their account"))
        self.unlock_button.clicked.connect(self.unlock)
        for b in (self.add_button, self.role_button, self.active_button, self.password_button,
                  self.unlock_button):
            bar.addWidget(b)
        bar.addStretch(1)
        lay.addLayout(bar)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("usersTable")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._sync_buttons)
        self.table.doubleClicked.connect(lambda _i: self.role_dialog())
        self.stack = QStackedWidget()
        self.empty = EmptyState(
            self.tr("Only you so far"),
            self.tr("Give everyone who works in the shop their own login, so the audit log shows who did "
            "what and each person sees what their role needs: staff handle stock, orders and "
            "bookings; a bookkeeper handles invoices, payments and exports."),
            self.tr("Add a user…"), self.add_dialog)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        lay.addWidget(self.stack, 1)
        legend = QLabel("<br>".join(f"<b>{r.value.capitalize()}</b>: {QCoreApplication.translate('pages.settings.users', ROLE_TEXT[r]).split(' — ', 1)[-1]}"
                                    for r in (Role.OWNER, Role.STAFF, Role.BOOKKEEPER))
                        + self.tr("<br>Deactivated people cannot log in; their past work stays in the audit log."))
        legend.setObjectName("formNote")
        legend.setWordWrap(True)
        lay.addWidget(legend)
        # A waiting or locked account's "time left" counts down while the list is on screen.
        self.ticker = QTimer(self)
        self.ticker.setInterval(5_000)
        self.ticker.timeout.connect(self.update_statuses)
        self.ticker.start()
        self._sync_buttons()
        self.reload()

    def reload(self) -> None:
        self.ctx.tasks.run_latest((id(self), "users"), self.ctx.app.users.list, on_done=self.set_users)

    def set_users(self, users: list[UserInfo]) -> None:
        selected = self.selected()
        self.users = list(users)
        self.table.setRowCount(len(users))
        now = self.ctx.app.clock.now()
        for r, u in enumerate(users):
            values = (u.username, u.display_name, u.role.value.capitalize(), u.status(now),
                      self.ctx.formats.date(u.created_at))
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                if c == 3:
                    item.setToolTip(self._status_tip(u, now))
                if not u.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(r, c, item)
            if selected and u.id == selected.id:
                self.table.selectRow(r)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(0, max(self.table.columnWidth(0), 140))
        self.table.resizeColumnToContents(3)
        self.stack.setCurrentWidget(self.empty if len(users) <= 1 else self.table)
        self._sync_buttons()

    def _status_tip(self, u: UserInfo, now: Any) -> str:
        if not u.failed_logins:
            return ""
        tip = (self.tr("{failed_logins} failed logins in a row. After 5 each next try must wait (30 seconds, "
               "then 1, 2, 4 and 8 minutes); after 10 the account locks for 15 minutes.").format(failed_logins=u.failed_logins))
        until = u.next_try_at(now)
        if until is not None:
            tip += self.tr(" Next try possible at {time}.").format(time=self.ctx.formats.time(until))
        return tip + self.tr(" Unlock lets them try again now.")

    def update_statuses(self) -> None:
        """Count down the back-off and lock times shown (the clock moves, the data does not)."""
        if not self.isVisible() or not self.users:
            return
        now = self.ctx.app.clock.now()
        for r, u in enumerate(self.users):
            item = self.table.item(r, 3)
            if item is not None and u.failed_logins:
                item.setText(u.status(now))
                item.setToolTip(self._status_tip(u, now))
        self._sync_buttons()

    def unlock(self) -> None:
        u = self.selected()
        if u is None:
            return
        self.ctx.tasks.run(self.ctx.app.users.unlock, self.ctx.actor, u.id,
                           on_done=lambda info: (self.ctx.status(self.tr("{username} may log in again").format(username=info.username)),
                                                 self._after_change()),
                           on_error=lambda exc: show_error(self, exc))

    def selected(self) -> UserInfo | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if len(rows) != 1:
            return None
        r = rows.pop()
        return self.users[r] if r < len(self.users) else None

    def select_user(self, username: str) -> None:
        for r, u in enumerate(self.users):
            if u.username == username:
                self.table.selectRow(r)

    def _sync_buttons(self) -> None:
        u = self.selected()
        for b in (self.role_button, self.active_button, self.password_button):
            b.setEnabled(u is not None)
        self.unlock_button.setEnabled(u is not None and (u.failed_logins > 0 or u.locked_until is not None))
        self.active_button.setText(self.tr("Reactivate") if u is not None and not u.active else self.tr("Deactivate"))

    def _after_change(self, result: Any = None) -> None:
        self.reload()

    def add_dialog(self) -> AddUserDialog:
        dlg = AddUserDialog(self.ctx, self)
        dlg.done_.connect(lambda u: (self.ctx.status(self.tr("User {username} added as {role}").format(username=u.username, role=u.role)),
                                     self._after_change()))
        dlg.open()
        return dlg

    def role_dialog(self) -> RoleDialog | None:
        u = self.selected()
        if u is None:
            return None
        dlg = RoleDialog(self.ctx, u, self)
        dlg.done_.connect(self._after_change)
        dlg.open()
        return dlg

    def password_dialog(self) -> PasswordDialog | None:
        u = self.selected()
        if u is None:
            return None
        dlg = PasswordDialog(self.ctx, u.id, u.username, self)
        dlg.open()
        return dlg

    def toggle_active(self, confirm: bool = True) -> None:
        u = self.selected()
        if u is None:
            return
        if u.active and confirm:
            answer = QMessageBox.question(
                self, self.tr("Deactivate user?"),
                self.tr("{username} will no longer be able to log in. Their past work stays in the audit "
                "log, and you can reactivate them at any time.").format(username=u.username))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.ctx.tasks.run(self.ctx.app.users.update, self.ctx.actor, u.id, active=not u.active,
                           on_done=self._after_change, on_error=lambda exc: show_error(self, exc))


class MyAccount(QWidget):
    """What a non-owner sees: who they are, what their role allows, and their own password."""

    def __init__(self, ctx: DesktopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        lay = QVBoxLayout(self)
        lay.setContentsMargins(18, 16, 18, 16)
        lay.setSpacing(10)
        who = QLabel(self.tr("You are logged in as <b>{username}</b> "
                     "({value}).").format(username=ctx.actor.username, value=QCoreApplication.translate("pages.settings.users", ROLE_TEXT[Role(ctx.actor.role)])))
        who.setWordWrap(True)
        lay.addWidget(who)
        perms = sorted(p.label for p in MATRIX[Role(ctx.actor.role)])
        may = html.escape(self.tr("Your role may:"))
        allowed = QLabel(f"{may}<ul style='margin-top:2px'>" + "".join(f"<li>{html.escape(p)}</li>" for p in perms)
                         + "</ul>")
        allowed.setObjectName("myPermissions")
        allowed.setWordWrap(True)
        lay.addWidget(allowed)
        note = QLabel(self.tr("Only the shop's owner adds people, changes roles and resets forgotten passwords."))
        note.setObjectName("formNote")
        note.setWordWrap(True)
        lay.addWidget(note)
        row = QHBoxLayout()
        self.password_button = QPushButton(self.tr("Change my password…"))
        self.password_button.setObjectName("changeMyPassword")
        self.password_button.clicked.connect(self.password_dialog)
        row.addWidget(self.password_button)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addStretch(1)

    def password_dialog(self) -> PasswordDialog:
        dlg = PasswordDialog(self.ctx, self.ctx.actor.user_id, self.ctx.actor.username, self)
        dlg.open()
        return dlg


def users_widget(ctx: DesktopContext) -> QWidget:
    return UsersAdmin(ctx) if ctx.can(Perm.MANAGE_USERS) else MyAccount(ctx)
