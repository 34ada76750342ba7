"""The Suppliers tab and the dialog that adds or edits a supplier."""
from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QHeaderView, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from core.inventory.fields import SUPPLIER_RULES
from core.users.permissions import Perm
from desktop.ui import show_error
from desktop.validation import FormValidator

if TYPE_CHECKING:
    from desktop.context import DesktopContext


class SuppliersTab(QWidget):
    def __init__(self, ctx: DesktopContext) -> None:
        super().__init__()
        self.ctx = ctx
        lay = QVBoxLayout(self)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Contact"), self.tr("E-mail"), self.tr("Lead time (days)"),
                                              self.tr("Ordering days"), self.tr("Products")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        bar = QHBoxLayout()
        self.add_btn = QPushButton(self.tr("New supplier…"))
        self.edit_btn = QPushButton(self.tr("Edit…"))
        bar.addStretch(1)
        bar.addWidget(self.add_btn)
        bar.addWidget(self.edit_btn)
        for b in (self.add_btn, self.edit_btn):
            b.setEnabled(ctx.can(Perm.EDIT_INVENTORY))
        self.add_btn.clicked.connect(lambda: self._dialog(None))
        self.edit_btn.clicked.connect(lambda: self._dialog(self.current()))
        self.table.doubleClicked.connect(lambda _i: self._dialog(self.current()))
        lay.addLayout(bar)
        lay.addWidget(self.table)
        self.rows: list[Any] = []
        self.dialog: SupplierDialog | None = None

    def current(self) -> Any | None:
        r = self.table.currentRow()
        return self.rows[r] if 0 <= r < len(self.rows) else None

    def _dialog(self, row: Any | None) -> None:
        self.dialog = SupplierDialog(self.ctx, row, self)
        self.dialog.accepted.connect(self.refresh)
        self.dialog.open()

    def refresh(self) -> None:
        self.ctx.tasks.run(self.ctx.app.inventory.suppliers, on_done=self._fill,
                           on_error=lambda e: show_error(self, e))

    def _fill(self, rows: list[Any]) -> None:
        names = (self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"), self.tr("Sat"), self.tr("Sun"))
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, s in enumerate(rows):
            days = ", ".join(names[int(x)] for x in s.ordering_days.split(",") if x) or self.tr("any day")
            for c, v in enumerate((s.name, s.contact, s.email, str(s.lead_time_days), days, str(s.products))):
                self.table.setItem(r, c, QTableWidgetItem(v))


class SupplierDialog(QDialog):
    """Add or edit a supplier."""

    def __init__(self, ctx: DesktopContext, row: Any | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.row = ctx, row
        self.setWindowTitle(self.tr("Edit supplier") if row else self.tr("New supplier"))
        form = QFormLayout(self)
        self.name = QLineEdit(row.name if row else "")
        self.contact = QLineEdit(row.contact if row else "")
        self.email = QLineEdit(row.email if row else "")
        self.phone = QLineEdit(row.phone if row else "")
        self.lead = QLineEdit(str(row.lead_time_days) if row else "2")
        names = (self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"), self.tr("Sat"), self.tr("Sun"))
        self.days = QLineEdit(", ".join(names[int(x)] for x in row.ordering_days.split(",") if x) if row else "")
        self.days.setPlaceholderText(self.tr("e.g. Mon, Thu (empty = any day)"))
        for label, w in ((self.tr("Name"), self.name), (self.tr("Contact"), self.contact), ("E-mail", self.email),
                         (self.tr("Phone"), self.phone), (self.tr("Lead time (days)"), self.lead), (self.tr("Ordering days"), self.days)):
            form.addRow(label, w)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.validator = FormValidator(self, submit=self.buttons.button(QDialogButtonBox.StandardButton.Save))
        self.validator.add(self.name, SUPPLIER_RULES["name"], self.tr("Name"))
        self.validator.add(self.lead, SUPPLIER_RULES["lead_time_days"], self.tr("Lead time"))

    def _save(self) -> None:
        if not self.validator.show_all():
            return
        lead = int(Decimal(self.lead.text().strip()))
        fields = {"contact": self.contact.text().strip(), "email": self.email.text().strip(),
                  "phone": self.phone.text().strip(), "lead_time_days": lead,
                  "ordering_days": self.days.text()}
        inv = self.ctx.app.inventory
        if self.row is None:
            call = (inv.create_supplier, self.ctx.actor, self.name.text())
        else:
            fields["name"] = self.name.text().strip()
            call = (inv.update_supplier, self.ctx.actor, self.row.id)
        self.ctx.tasks.run(*call, **fields, on_done=lambda _r: self.accept(),
                           on_error=lambda e: show_error(self, e))
