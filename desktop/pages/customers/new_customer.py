"""The "New customer" form: name, e-mail, phone and billing address, checked as they are typed
with the customer service's own rules, so a customer is never created half-right."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from core.customers.fields import RULES
from desktop.ui import show_error
from desktop.validation import FormValidator

if TYPE_CHECKING:
    from desktop.context import DesktopContext


class NewCustomerDialog(QDialog):
    """Add a customer; ``created`` carries the new CustomerInfo."""

    created = Signal(object)

    def __init__(self, ctx: DesktopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("newCustomerDialog")
        self.setWindowTitle(self.tr("New customer"))
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setObjectName("newCustomerName")
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("name@example.com (for invoices and reminders)"))
        self.phone = QLineEdit()
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.address.fontMetrics().lineSpacing() * 4 + 12)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Billing address"), self.address)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_btn = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_btn.setText(self.tr("Add customer"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.validator = FormValidator(self, submit=[self.ok_btn])
        self.validator.add(self.name, RULES["name"], self.tr("Name"))
        self.validator.add(self.email, RULES["email"], "E-mail")
        self.name.setFocus()

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text().strip(), "email": self.email.text().strip() or None,
                "phone": self.phone.text().strip() or None,
                "billing_address": self.address.toPlainText().strip() or None}

    def save(self) -> None:
        if not self.validator.show_all():
            return
        self.ok_btn.setEnabled(False)

        def done(info: Any) -> None:
            self.created.emit(info)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.validator.revalidate()
            show_error(self, exc)
        self.ctx.tasks.run(self.ctx.app.customers.create, self.ctx.actor, **self.values(),
                           on_done=done, on_error=failed)
