"""First run: a choice between the demo shop and setting up one's own, and the short set-up wizard.

The wizard's fields are the same typed settings (and editors) as the Settings page, validated by the
settings' own parsers from core, so what the wizard accepts is exactly what the store accepts.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QCommandLinkButton, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWizard, QWizardPage)

from core.app import Deskmate
from core.kernel.actor import Actor
from core.kernel.settings import REGISTRY
from desktop.widgets.password_field import with_policy_note
from desktop.pages.settings.fields import SettingsForm
from desktop.tasks import TaskRunner
from desktop.ui import app_icon, show_error


class FirstRunDialog(QDialog):
    """"Open the demo shop" or "Set up my shop"."""

    DEMO, SETUP = 1, 2

    def __init__(self, data_dir: str = "", parent=None) -> None:
        super().__init__(parent)
        self.choice = 0
        self.setWindowTitle(self.tr("Welcome to Deskmate"))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(520)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(28, 24, 28, 20)
        lay.setSpacing(12)
        head = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(56, 56))
        head.addWidget(logo)
        titles = QVBoxLayout()
        title = QLabel(self.tr("Welcome to Deskmate"))
        title.setObjectName("bigTitle")
        titles.addWidget(title)
        sub = QLabel(self.tr("Deskmate drafts the routine work of a small shop — reorders, rosters, invoices "
                     "— and you decide every draft in the Review Inbox."))
        sub.setWordWrap(True)
        sub.setObjectName("pageSubtitle")
        titles.addWidget(sub)
        head.addLayout(titles, 1)
        lay.addLayout(head)

        self.demo_button = QCommandLinkButton(
            self.tr("Open the demo shop"),
            self.tr("A made-up bakery and deli with 18 months of history to explore. It lives in a "
            "temporary folder and is removed when you quit: your own data stays untouched."))
        self.setup_button = QCommandLinkButton(
            self.tr("Set up my shop"),
            self.tr("A few questions: name and address, currency, taxes, opening hours and your owner "
            "account. About two minutes; everything can be changed later in Settings."))
        for b in (self.demo_button, self.setup_button):
            b.setObjectName("choiceButton")
            lay.addWidget(b)
        self.demo_button.clicked.connect(lambda: self._choose(self.DEMO))
        self.setup_button.clicked.connect(lambda: self._choose(self.SETUP))
        if data_dir:
            where = QLabel(self.tr("Your shop's data will be kept in {data_dir}").format(data_dir=data_dir))
            where.setObjectName("fieldHelp")
            where.setWordWrap(True)
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            lay.addWidget(where)
        row = QHBoxLayout()
        row.addStretch(1)
        quit_button = QPushButton(self.tr("Quit"))
        quit_button.clicked.connect(self.reject)
        row.addWidget(quit_button)
        lay.addLayout(row)
        self.setup_button.setFocus()

    def _choose(self, choice: int) -> None:
        self.choice = choice
        self.accept()


class _FormPage(QWizardPage):
    def __init__(self, title: str, subtitle: str, keys: list[str]) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.form = SettingsForm([REGISTRY[k] for k in keys if k in REGISTRY])
        self.form.set_values({})
        lay = QVBoxLayout(self)
        lay.addWidget(self.form)
        lay.addStretch(1)

    def validatePage(self) -> bool:  # noqa: N802
        values, errors = self.form.validate()
        if "shop.name" in values and not values["shop.name"]:
            errors["shop.name"] = self.tr("Give your shop a name; it is printed on invoices.")
        self.form.show_errors(errors)
        return not errors


class _OwnerPage(QWizardPage):
    def __init__(self, wizard: "SetupWizard") -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Your owner account"))
        self.setSubTitle(self.tr("The owner manages users and settings. Everyone else gets their own account "
                         "later, on the Settings page, so the audit log shows who did what."))
        form = QFormLayout(self)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setHorizontalSpacing(16)
        self.username = QLineEdit("owner")
        self.username.setObjectName("ownerUsername")
        self.display_name = QLineEdit()
        self.display_name.setObjectName("ownerDisplayName")
        self.display_name.setPlaceholderText(self.tr("e.g. Olivia Baker"))
        self.password = QLineEdit()
        self.password.setObjectName("ownerPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("ownerRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.single_user = QCheckBox(self.tr("Single-user shop: open Deskmate without asking for a password"))
        self.single_user.setObjectName("singleUser")
        note = QLabel(self.tr("Only tick this if you alone use this computer's Deskmate. You can change it "
                      "later in Settings."))
        note.setObjectName("fieldHelp")
        note.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Your name"), self.display_name)
        box, self.password_note = with_policy_note(self.password, lambda: self.username.text().strip())
        form.addRow(self.tr("&Password"), box)
        form.addRow(self.tr("&Repeat password"), self.repeat)
        form.addRow("", self.single_user)
        form.addRow("", note)
        form.addRow("", self.error)

    def _problem(self) -> str:
        name = self.username.text().strip()
        if not name or any(c.isspace() for c in name):
            return self.tr("A user name is one word without spaces, e.g. 'olivia'.")
        if self.password_note.show_problem():
            return self.tr("Choose another password: see the message under the field.")
        if self.password.text() != self.repeat.text():
            return self.tr("The two passwords differ; type the same password twice.")
        return ""

    def validatePage(self) -> bool:  # noqa: N802
        if self.wizard_.created is not None:
            return True
        problem = self._problem()
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        if problem:
            return False
        self.wizard_.create_shop()
        return False      # the wizard closes itself when the shop has been created


class SetupWizard(QWizard):
    """Shop name and address, region, taxes, opening hours, the owner's account."""

    shop_created = Signal(object)     # the owner's Actor

    def __init__(self, app: Deskmate, tasks: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self.app, self.tasks = app, tasks
        self.created: Actor | None = None
        self._owner: Actor | None = None
        self.setWindowTitle(self.tr("Set up my shop — Deskmate"))
        self.setWindowIcon(app_icon())
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(640, 560)
        self.shop_page = _FormPage(self.tr("Your shop"), self.tr("Printed on invoices, rosters and exports."),
                                   ["shop.name", "shop.address", "shop.phone", "shop.email", "shop.tax_id"])
        self.region_page = _FormPage(self.tr("Money and region"),
                                     self.tr("How amounts, dates and 'today' are shown and counted."),
                                     ["shop.currency", "shop.locale", "shop.timezone", "shop.week_start"])
        self.tax_page = _FormPage(self.tr("Tax rates"), self.tr("Products and invoice lines refer to one of these codes. "
                                  "Keep a 0 % rate for exempt items."), ["shop.tax_rates"])
        self.hours_page = _FormPage(self.tr("Opening hours"), self.tr("Appointments are offered and rosters are planned "
                                    "inside these hours."), ["shop.opening_hours"])
        self.owner_page = _OwnerPage(self)
        for page in (self.shop_page, self.region_page, self.tax_page, self.hours_page, self.owner_page):
            self.addPage(page)
        self.shop_page.form.editors["shop.name"].set_value("")
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Create my shop"))

    def settings_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for page in (self.shop_page, self.region_page, self.tax_page, self.hours_page):
            parsed, _errors = page.form.validate()
            values.update(parsed)
        values["app.single_user"] = self.owner_page.single_user.isChecked()
        return values

    def create_shop(self) -> None:
        page = self.owner_page
        name, pw = page.username.text().strip(), page.password.text()
        display, values = page.display_name.text().strip(), self.settings_values()
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.button(QWizard.WizardButton.FinishButton).setText(self.tr("Creating…"))

        def work() -> Actor:
            # The owner first (first-run only), then the settings as that owner: both audited.
            # If saving the settings fails, a second "Create" must not try the owner again.
            if self._owner is None:
                self._owner = self.app.users.create_first_owner(name, pw, display).actor
            self.app.settings.update(self._owner, values)
            return self._owner

        self.tasks.run(work, on_done=self._created, on_error=self._failed)

    def _created(self, owner: Actor) -> None:
        self.created = owner
        self.shop_created.emit(owner)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Create my shop"))
        show_error(self, exc, self.tr("Could not create the shop"))
