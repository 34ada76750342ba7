"""The Customers page: the customer list, one customer's details, contacts, money summary and
history across areas (appointments, invoices, payments), notes, and the privacy actions.

Customers are shared by scheduling and invoicing (``core/customers``), so they have a page of their
own. Who sees it: everyone who may edit customers (owner, staff, bookkeeper).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView,
                               QInputDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMessageBox,
                               QPlainTextEdit, QPushButton, QSpinBox, QSplitter, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from core.customers.fields import RULES as CUSTOMER_RULES
from core.kernel.i18n import LANGUAGES
from core.users.permissions import Perm
from desktop.ui import (APPOINTMENT_STATE_WORDS, INVOICE_STATUS_WORDS, PAYMENT_METHOD_WORDS, PageHeader, WordTable,
                        show_error, show_notice, words)
from desktop.validation import FormValidator
from desktop.widgets import FlowLayout, HelpButton

if TYPE_CHECKING:
    from desktop.context import DesktopContext
    from desktop.pages.customers.new_customer import NewCustomerDialog

HELP = (QT_TRANSLATE_NOOP("pages.customers.page", "One list of customers for appointments and invoices. The history shows everything the shop "
        "did with a customer: appointments, invoices, payments, reminders and notes. Payment terms set "
        "here are used for the customer's next invoices. 'Privacy export' writes everything Deskmate "
        "holds about the customer to a spreadsheet and a JSON file; 'Erase personal data' removes it on "
        "request, keeping issued invoices as the law requires (the request is recorded). A customer "
        "entered by mistake can be deleted while they have no invoices or appointments."))
#: The areas of a customer's history (``HistoryEvent.area``), and what each area's kind is.
HISTORY_AREAS = WordTable("customer history", {
    "appointments": QT_TRANSLATE_NOOP("customer history", "appointments"),
    "invoices": QT_TRANSLATE_NOOP("customer history", "invoices"),
    "payments": QT_TRANSLATE_NOOP("customer history", "payments"),
    "reminders": QT_TRANSLATE_NOOP("customer history", "reminders"),
    "notes": QT_TRANSLATE_NOOP("customer history", "notes")})
NOTE_KINDS = WordTable("customer note", {
    "note": QT_TRANSLATE_NOOP("customer note", "note"), "reminder": QT_TRANSLATE_NOOP("customer note", "reminder"),
    "privacy": QT_TRANSLATE_NOOP("customer note", "privacy"), "followup": QT_TRANSLATE_NOOP("customer note", "follow-up"),
    "winback": QT_TRANSLATE_NOOP("customer note", "win-back"), "rating": QT_TRANSLATE_NOOP("customer note", "rating")})
_KINDS_BY_AREA = {"appointments": APPOINTMENT_STATE_WORDS, "invoices": INVOICE_STATUS_WORDS,
                  "payments": PAYMENT_METHOD_WORDS, "notes": NOTE_KINDS, "reminders": NOTE_KINDS}


def history_area_words(area: str) -> str:
    """A history line's area in the user's language (the stored key when it has no words)."""
    return words(area, HISTORY_AREAS)


def history_kind_words(area: str, kind: str) -> str:
    """A history line's kind — an appointment's state, an invoice's status, a payment's method, a
    note's kind — in the user's language; a kind core already wrote in words ("level 2") as it is."""
    table = _KINDS_BY_AREA.get(area)
    return words(kind, table) if table is not None and kind in table else kind


class CustomersPage(QWidget):
    """Customers with their contact details, money summary and history; privacy actions."""

    def __init__(self, ctx: DesktopContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("customersPage")
        self.customer: Any = None
        self._shown: dict[str, Any] = {}        # the form as last loaded: unsaved edits differ from it
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        lay.addWidget(PageHeader(self.tr("Customers"), self.tr("Contact details, what each customer was invoiced and paid, "
                                 "their appointments and notes; privacy export and erasure."),
                                 HelpButton(self.tr("Customers"), QCoreApplication.translate("pages.customers.page", HELP))))
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, e-mail, phone, tax id or contact"))
        self.new_btn = QPushButton(self.tr("New customer"))
        self.new_btn.setEnabled(ctx.can(Perm.EDIT_CUSTOMERS))
        bar.addWidget(self.search, 1)
        bar.addWidget(self.new_btn)
        lay.addLayout(bar)
        self.list = QListWidget()
        self.list.setObjectName("customerList")
        right = QWidget()
        rl = QVBoxLayout(right)
        form = QFormLayout()
        self.fields: dict[str, Any] = {}
        for key, label in (("name", self.tr("Name")), ("email", "E-mail"), ("phone", self.tr("Phone")), ("tax_id", self.tr("Tax id"))):
            w = QLineEdit()
            self.fields[key] = w
            form.addRow(label, w)
        self.fields["billing_address"] = QPlainTextEdit()
        self.fields["billing_address"].setMaximumHeight(60)
        form.addRow(self.tr("Billing address"), self.fields["billing_address"])
        self.fields["payment_terms_days"] = QSpinBox()
        self.fields["payment_terms_days"].setRange(0, 365)
        self.fields["payment_terms_days"].setSuffix(self.tr(" days"))
        form.addRow(self.tr("Payment terms"), self.fields["payment_terms_days"])
        self.fields["notes"] = QLineEdit()
        form.addRow(self.tr("Notes"), self.fields["notes"])
        # The language of the customer's invoices, reminders and messages (the shop's when empty).
        language = QComboBox()
        language.setObjectName("customerLanguage")
        language.addItem(self.tr("The shop's language"), "")
        for code, name in LANGUAGES.items():
            language.addItem(name, code)
        self.fields["language"] = language
        form.addRow(self.tr("Documents in"), language)
        rl.addLayout(form)
        crow = QHBoxLayout()
        self.contacts = QListWidget()
        self.contacts.setObjectName("contactList")
        self.contacts.setMaximumHeight(64)
        cbtns = QVBoxLayout()
        self.add_contact_btn = QPushButton(self.tr("Add contact…"))
        self.remove_contact_btn = QPushButton(self.tr("Remove contact"))
        cbtns.addWidget(self.add_contact_btn)
        cbtns.addWidget(self.remove_contact_btn)
        crow.addWidget(QLabel(self.tr("Contacts")))
        crow.addWidget(self.contacts, 1)
        crow.addLayout(cbtns)
        rl.addLayout(crow)
        self.add_contact_btn.clicked.connect(self.add_contact)
        self.remove_contact_btn.clicked.connect(self.remove_contact)
        self.summary = QLabel()
        self.summary.setObjectName("customerSummary")
        rl.addWidget(self.summary)
        btns = FlowLayout()
        self.save_btn = QPushButton(self.tr("Save"))
        self.invoice_btn = QPushButton(self.tr("New invoice"))
        self.note_btn = QPushButton(self.tr("Add note…"))
        self.export_btn = QPushButton(self.tr("Privacy export…"))
        self.erase_btn = QPushButton(self.tr("Erase personal data…"))
        self.delete_btn = QPushButton(self.tr("Delete…"))
        self.delete_btn.setToolTip(self.tr("Delete a customer entered by mistake (only without invoices or appointments)"))
        self.delete_btn.clicked.connect(self.delete)
        for b in (self.save_btn, self.invoice_btn, self.note_btn, self.export_btn, self.erase_btn, self.delete_btn):
            btns.addWidget(b)
        rl.addLayout(btns)
        # name and e-mail are checked as they are typed, with the customer service's own rules
        self.validator = FormValidator(self, submit=self.save_btn)
        self.validator.add(self.fields["name"], CUSTOMER_RULES["name"], self.tr("Name"))
        self.validator.add(self.fields["email"], CUSTOMER_RULES["email"], "E-mail")
        self.validator.set_allowed(False)                  # until a customer is loaded
        self.history = QTableWidget(0, 5)
        self.history.setObjectName("customerHistory")
        self.history.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Area"), self.tr("What"), self.tr("Details"), self.tr("Amount")])
        self.history.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        rl.addWidget(QLabel(self.tr("History")))
        rl.addWidget(self.history, 1)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(right)
        split.setSizes([300, 800])
        lay.addWidget(split, 1)
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.list.currentItemChanged.connect(lambda cur, _p: self.load(cur.data(Qt.ItemDataRole.UserRole)) if cur else None)
        self.save_btn.clicked.connect(self.save)
        self.new_btn.clicked.connect(self.new_customer)
        self.invoice_btn.clicked.connect(self.new_invoice)
        self.invoice_btn.setEnabled(ctx.can(Perm.EDIT_INVOICES))
        self.note_btn.clicked.connect(self.add_note)
        self.export_btn.clicked.connect(self.privacy_export)
        self.erase_btn.clicked.connect(self.erase)
        self.export_btn.setEnabled(ctx.can(Perm.PRIVACY))
        self.erase_btn.setEnabled(ctx.can(Perm.PRIVACY))
        self.loaded = False
        # whoever changes a customer, an invoice or an appointment (a dialog, the inbox, a job):
        # the list and the selected customer's summary follow, unsaved edits in the form stay
        ctx.bridge.data_changed.connect(self._data_changed)
        self.refresh()

    def navigate_to(self, customer_id: int | None = None, **_kw: Any) -> None:
        if customer_id is not None:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.refresh(select=customer_id)

    def new_invoice(self) -> None:
        if self.customer is not None:
            self.ctx.navigate("invoices", new_invoice_for=self.customer.id)

    def _data_changed(self, area: str) -> None:
        if area in ("customers", "invoicing", "scheduling") and self.loaded:
            self.refresh(select=self.customer.id if self.customer is not None else None, keep_edits=True)

    def refresh(self, select: int | None = None, keep_edits: bool = False) -> None:
        """Reload the list (selecting ``select``). With ``keep_edits`` the selected customer's
        summary and history are reloaded but fields being edited are left as typed."""
        text = self.search.text()
        self._generation = gen = getattr(self, "_generation", 0) + 1

        def done(rows: list[Any]) -> None:
            if gen != self._generation:
                return
            same = keep_edits and self.customer is not None and self.customer.id in {c.id for c in rows}
            self.list.blockSignals(same)       # the same customer stays selected: no reload of the form
            self.list.clear()
            for c in rows:
                item = QListWidgetItem(c.name + (f"  <{c.email}>" if c.email else ""))
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                self.list.addItem(item)
                if c.id == select:
                    self.list.setCurrentItem(item)
            self.list.blockSignals(False)
            if same:
                self.load(self.customer.id, fields=self.values() == self._shown)
            elif self.list.currentItem() is None and self.list.count():
                self.list.setCurrentRow(0)
            self.loaded = True
        self.ctx.tasks.run(self.ctx.app.customers.search, text, 500, on_done=done,
                           on_error=lambda e: show_error(self, e))

    def load(self, cid: int, fields: bool = True) -> None:
        app = self.ctx.app

        def work() -> tuple[Any, Any, Any]:
            return app.customers.get(cid), app.customers.history(cid), app.invoicing.customer_summary(cid)

        def done(result: tuple[Any, Any, Any]) -> None:
            c, history, summ = result
            self.customer = c
            if fields:
                for key, w in self.fields.items():
                    v = getattr(c, key)
                    if isinstance(w, QSpinBox):
                        w.setValue(int(v))
                    elif isinstance(w, QComboBox):
                        w.setCurrentIndex(max(w.findData(v or ""), 0))
                    elif isinstance(w, QPlainTextEdit):
                        w.setPlainText(v)
                    else:
                        w.setText(v)
                self._shown = self.values()
                self.validator.reset()
            self.contacts.clear()
            for k in c.contacts:
                item = QListWidgetItem(", ".join(x for x in (k.name, k.role, k.email, k.phone) if x))
                item.setData(Qt.ItemDataRole.UserRole, k.id)
                self.contacts.addItem(item)
            late = summ["average_days_late"]
            fm = self.ctx.formats
            self.summary.setText(
                self.tr("Invoiced {money} · open {money2} · "
                "overdue {money3} · credit {money4}").format(money=fm.money(summ['invoiced']), money2=fm.money(summ['open']), money3=fm.money(summ['overdue']), money4=fm.money(summ['credit'])) + (self.tr(" · pays on average {late:+.0f} days after the due date").format(late=late)
                                                   if late is not None else self.tr(" · no payment record yet")))
            self.history.setRowCount(len(history))
            for r, e in enumerate(history):
                for col, v in enumerate((fm.date(e.on), history_area_words(e.area), history_kind_words(e.area, e.kind),
                                         e.title, fm.money(e.amount))):
                    self.history.setItem(r, col, QTableWidgetItem(v))
            editable = self.ctx.can(Perm.EDIT_CUSTOMERS) and not c.is_erased
            self.validator.set_allowed(editable)
            self.delete_btn.setEnabled(self.ctx.can(Perm.EDIT_CUSTOMERS))
            self.erase_btn.setEnabled(self.ctx.can(Perm.PRIVACY) and not c.is_erased)
        self.ctx.tasks.run(work, on_done=done, on_error=lambda e: show_error(self, e))

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, w in self.fields.items():
            out[key] = w.value() if isinstance(w, QSpinBox) else w.currentData() if isinstance(w, QComboBox) else (
                w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text())
        return out

    def save(self) -> None:
        if self.customer is None:
            return
        cid = self.customer.id
        self.ctx.tasks.run(self.ctx.app.customers.update, self.ctx.actor, cid, **self.values(),
                           on_done=lambda c: (self.ctx.status(self.tr("{name} saved").format(name=c.name)), self.refresh(select=c.id)),
                           on_error=lambda e: show_error(self, e))

    def new_customer(self) -> NewCustomerDialog:
        """The New customer form (name, e-mail, phone, address, checked as typed)."""
        from desktop.pages.customers.new_customer import NewCustomerDialog
        self.dialog = NewCustomerDialog(self.ctx, self)
        self.dialog.created.connect(lambda c: (self.ctx.status(self.tr("{name} added").format(name=c.name)), self.refresh(select=c.id)))
        self.dialog.open()
        return self.dialog

    def add_note(self) -> None:
        if self.customer is None:
            return
        text, ok = QInputDialog.getText(self, self.tr("Note"), self.tr("Note on {name}").format(name=self.customer.name))
        if ok and text.strip():
            cid = self.customer.id
            self.ctx.tasks.run(self.ctx.app.customers.note, self.ctx.actor, cid, text.strip(),
                               on_done=lambda _n: self.load(cid), on_error=lambda e: show_error(self, e))

    def add_contact(self) -> None:
        if self.customer is None:
            return
        text, ok = QInputDialog.getText(self, self.tr("Add contact"), self.tr("Name, role, e-mail, phone (separated by commas)"))
        if not ok or not text.strip():
            return
        parts = [p.strip() for p in text.split(",")] + ["", "", "", ""]
        cid = self.customer.id
        self.ctx.tasks.run(self.ctx.app.customers.add_contact, self.ctx.actor, cid, parts[0], parts[1], parts[2],
                           parts[3], on_done=lambda _k: self.load(cid),
                           on_error=lambda e: show_error(self, e))

    def remove_contact(self) -> None:
        item = self.contacts.currentItem()
        if item is None or self.customer is None:
            return
        cid = self.customer.id
        self.ctx.tasks.run(self.ctx.app.customers.remove_contact, self.ctx.actor, item.data(Qt.ItemDataRole.UserRole),
                           on_done=lambda _r: self.load(cid), on_error=lambda e: show_error(self, e))

    def privacy_export(self) -> None:
        if self.customer is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Write the customer's data to"), str(self.ctx.app.paths.exports))
        if folder:
            self.ctx.tasks.run(self.ctx.app.customers.privacy_export, self.ctx.actor, self.customer.id, folder,
                               on_done=lambda paths: self.ctx.status(self.tr("written {sheet} and {json}").format(sheet=paths[0], json=paths[1])),
                               on_error=lambda e: show_error(self, e))

    def delete(self) -> None:
        if self.customer is None:
            return
        if QMessageBox.question(self, self.tr("Delete customer"), self.tr("Delete {name}?").format(name=self.customer.name)) \
                != QMessageBox.StandardButton.Yes:
            return
        self.ctx.tasks.run(self.ctx.app.customers.delete, self.ctx.actor, self.customer.id,
                           on_done=lambda _r: self.refresh(), on_error=lambda e: show_error(self, e))

    def erase(self) -> None:
        if self.customer is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Erase personal data"), self.tr("Erase {name}'s personal data? Issued invoices are kept "
            "as the law requires. Record the request (who asked, when, how):").format(name=self.customer.name))
        if ok and reason.strip():
            cid = self.customer.id
            self.ctx.tasks.run(self.ctx.app.customers.erase, self.ctx.actor, cid, reason.strip(),
                               on_done=lambda rep: (show_notice(self, rep.statement, self.tr("Personal data erased")),
                                                    self.refresh()),
                               on_error=lambda e: show_error(self, e))
