"""Customers: create, edit, search, the history view, privacy export and erasure.

The history view composes what other areas hold about a customer (appointments from scheduling,
invoices, payments and reminders from invoicing) through their services when they exist, so this
area stays at the bottom of the dependency order and never imports them at module level.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from core.kernel.i18n import N_, _, ngettext
from core.customers.fields import RULES as FIELD_RULES
from core.customers.languages import parse_language
from core.customers.models import Customer, CustomerContact, CustomerNote
from core.customers.providers import PROVIDERS
from core.kernel.actor import Actor
from core.kernel.audit import changes, record
from core.kernel.errors import ConflictError, DeskmateError, NotFound, Problem, ValidationError
from core.kernel.types import to_jsonable
from core.users.permissions import Perm, require

if TYPE_CHECKING:
    from core.app import Deskmate

EDITABLE = ("name", "email", "phone", "billing_address", "tax_id", "payment_terms_days", "notes", "language")
ERASED_NAME = "(erased customer)"


@dataclass(frozen=True)
class ContactInfo:
    id: int
    name: str
    role: str
    email: str
    phone: str


@dataclass(frozen=True)
class NoteInfo:
    id: int
    at: datetime
    kind: str
    text: str
    username: str


@dataclass(frozen=True)
class CustomerInfo:
    id: int
    name: str
    email: str
    phone: str
    billing_address: str
    tax_id: str
    payment_terms_days: int
    notes: str
    credit_balance: Decimal
    created_at: datetime
    erased_at: datetime | None
    contacts: tuple[ContactInfo, ...] = ()
    language: str = ""    # the language of their documents ("de"); empty: the shop's

    @property
    def is_erased(self) -> bool:
        return self.erased_at is not None


@dataclass(frozen=True)
class HistoryEvent:
    """One line of a customer's history, whichever area it comes from."""

    on: date
    area: str          # appointments | invoices | payments | reminders | notes
    kind: str
    title: str
    amount: Decimal | None = None
    ref: str = ""


@dataclass(frozen=True)
class ErasureReport:
    customer_id: int
    erased_fields: tuple[str, ...]
    contacts_removed: int
    notes_removed: int
    kept: tuple[str, ...]
    statement: str


def _info(c: Customer, contacts: list[CustomerContact] | None = None) -> CustomerInfo:
    return CustomerInfo(c.id, c.name, c.email, c.phone, c.billing_address, c.tax_id,
                        c.payment_terms_days, c.notes, c.credit_balance, c.created_at, c.erased_at,
                        tuple(ContactInfo(k.id, k.name, k.role, k.email, k.phone) for k in contacts or []),
                        c.language or "")


def snapshot(c: Customer) -> dict[str, Any]:
    return {k: getattr(c, k) for k in EDITABLE}


def _clean(values: dict[str, Any], partial: bool) -> dict[str, Any]:
    """Validate the editable fields with the customer form's rules (``core.customers.fields``);
    every problem is reported at once, naming the field."""
    problems: list[Problem] = []
    out: dict[str, Any] = {}
    for key, raw in values.items():
        if key not in EDITABLE:
            raise DeskmateError(_("'{key}' is not a customer field").format(key=key))
        rule = FIELD_RULES.get(key)
        msg = rule(raw) if rule is not None else None
        if msg:
            problems.append(Problem(_("payment terms {problem} (0 to 365 days)").format(problem=msg) if key == "payment_terms_days"
                                    else (_("a customer needs a name") if key == "name" else msg), column=key))
            continue
        if key == "language":
            out[key] = parse_language(raw)
            continue
        out[key] = int(raw) if key == "payment_terms_days" else ("" if raw is None else str(raw).strip())
    if not partial and "name" not in values:
        problems.append(Problem(_("a customer needs a name"), column="name"))
    if problems:
        raise ValidationError("; ".join(str(p) for p in problems), problems)
    return out


# --------------------------------------------------------------- session-level (for other areas)

def get_customer(session: Session, customer_id: int) -> Customer:
    c = session.get(Customer, customer_id)
    if c is None:
        raise NotFound(_("no customer {customer_id}").format(customer_id=customer_id))
    return c


def change_credit(session: Session, customer_id: int, delta: Decimal) -> Decimal:
    """Add to (or, negative, use) a customer's credit inside the caller's transaction (invoicing's
    payments and credit notes, which record their own audit entries). Credit never goes below
    zero. Returns the new balance."""
    c = get_customer(session, customer_id)
    if c.credit_balance + delta < 0:
        raise ConflictError(_("the customer has only {credit_balance} credit").format(
                                credit_balance=c.credit_balance))
    c.credit_balance += delta
    return c.credit_balance


def credit_of(session: Session, customer_id: int) -> Decimal:
    return get_customer(session, customer_id).credit_balance


def find_or_create(session: Session, actor: Actor, *, name: str, email: str, source: str,
                   at: datetime, language: str = "") -> tuple[CustomerInfo, bool]:
    """The customer a file names (by e-mail, else by name; erased customers never match), created
    with the shop's default payment terms when there is none — inside the caller's transaction
    (invoicing's import, which checked the role). Returns the customer and whether it is new.
    Names and e-mails are kept as the file has them: the data-quality sweep flags what needs a look.
    ``language`` (a file's language column) is given to a new customer, and to a found one that has
    none yet; a customer whose language was chosen keeps it."""
    from core.kernel.settings import SettingsService

    name, email = name.strip(), email.strip().lower()
    found = None
    if email:
        found = session.scalar(select(Customer).where(func.lower(Customer.email) == email,
                                                      Customer.erased_at.is_(None)).order_by(Customer.id))
    if found is None and name:
        found = session.scalar(select(Customer).where(func.lower(Customer.name) == name.lower(),
                                                      Customer.erased_at.is_(None)).order_by(Customer.id))
    if found is not None:
        if language and not found.language:
            found.language = language
            record(session, actor, area="customers", action="update customer", entity="customer",
                   entity_id=found.id, before={"language": ""}, after={"language": language},
                   summary=_("customer {name} changed: {names}").format(name=found.name, names="language"), at=at)
        return _info(found), False
    terms = int(SettingsService.read(session, "customers.default_terms_days"))
    c = Customer(name=name or email, email=email, phone="", billing_address="", tax_id="",
                 payment_terms_days=terms, notes=_("created by {source}").format(source=source),
                 credit_balance=Decimal(0), created_at=at, language=language)
    session.add(c)
    session.flush()
    record(session, actor, area="customers", action="create customer", entity="customer", entity_id=c.id,
           after={"name": c.name, "email": c.email, "source": source, "language": language},
           summary=_("customer {name} created by {source}").format(name=c.name, source=source), at=at)
    return _info(c), True


def add_note(session: Session, actor: Actor, customer_id: int, text: str, kind: str = "note",
             at: datetime | None = None) -> int:
    """Add a dated note (reminders sent, calls, privacy actions) inside the caller's transaction."""
    c = get_customer(session, customer_id)
    n = CustomerNote(customer_id=c.id, at=at or datetime.now().astimezone(), kind=kind, text=text,
                     username=actor.username)
    session.add(n)
    session.flush()
    record(session, actor, area="customers", action=f"add {kind}", entity="customer",
           entity_id=c.id, after={"note": text, "kind": kind}, summary=f"{c.name}: {text[:80]}", at=at)
    return n.id


class CustomerService:
    def __init__(self, app: "Deskmate") -> None:
        self.app = app
        self.db = app.db
        self.clock = app.clock

    # ------------------------------------------------------------------ writes
    def create(self, actor: Actor, **values: Any) -> CustomerInfo:
        require(actor, Perm.EDIT_CUSTOMERS)
        contacts = values.pop("contacts", None) or []
        if "payment_terms_days" not in values:
            values["payment_terms_days"] = self._default_terms()
        data = _clean(values, partial=False)
        now = self.clock.now()
        with self.db.uow() as s:
            c = Customer(**data, created_at=now, credit_balance=Decimal(0))
            s.add(c)
            s.flush()
            for k in contacts:
                s.add(CustomerContact(customer_id=c.id, name=k.get("name", ""), role=k.get("role", ""),
                                      email=k.get("email", ""), phone=k.get("phone", ""), created_at=now))
            record(s, actor, area="customers", action="create customer", entity="customer",
                   entity_id=c.id, after={**data, "contacts": contacts}, summary=_("customer {name} created").format(
                                                                                     name=c.name),
                   at=now)
            s.flush()
            return _info(c, self._contacts(s, c.id))

    def create_many(self, actor: Actor, rows: list[dict[str, Any]]) -> list[int]:
        """Bulk create (demo, imports): one transaction, one audit entry per customer."""
        require(actor, Perm.EDIT_CUSTOMERS)
        now = self.clock.now()
        cleaned = [_clean(dict(r), partial=False) for r in rows]
        ids = []
        with self.db.uow() as s:
            for data in cleaned:
                data.setdefault("payment_terms_days", 14)
                c = Customer(**data, created_at=now, credit_balance=Decimal(0))
                s.add(c)
                s.flush()
                ids.append(c.id)
                record(s, actor, area="customers", action="create customer", entity="customer",
                       entity_id=c.id, after=data, summary=_("customer {name} created").format(name=c.name), at=now)
        return ids

    def update(self, actor: Actor, customer_id: int, **values: Any) -> CustomerInfo:
        require(actor, Perm.EDIT_CUSTOMERS)
        data = _clean(values, partial=True)
        with self.db.uow() as s:
            c = get_customer(s, customer_id)
            if c.erased_at is not None:
                raise ConflictError(_("customer {customer_id} was erased; their data cannot be edited").format(
                                        customer_id=customer_id))
            before = snapshot(c)
            for k, v in data.items():
                setattr(c, k, v)
            c.updated_at = self.clock.now()
            b, a = changes(before, snapshot(c))
            if a:
                record(s, actor, area="customers", action="update customer", entity="customer",
                       entity_id=c.id, before=b, after=a, summary=_("customer {name} changed: {names}").format(
                                                                      name=c.name, names=', '.join(a)),
                       at=self.clock.now())
            return _info(c, self._contacts(s, c.id))

    def delete(self, actor: Actor, customer_id: int) -> None:
        """Delete a customer entered by mistake. One with invoices, payments or appointments is
        kept (their records refer to it): erase their personal data instead."""
        require(actor, Perm.EDIT_CUSTOMERS)
        from sqlalchemy.exc import IntegrityError
        try:
            with self.db.uow() as s:
                c = get_customer(s, customer_id)
                before = snapshot(c)
                s.delete(c)            # contacts and notes go with it (ON DELETE CASCADE)
                s.flush()
                record(s, actor, area="customers", action="delete customer", entity="customer",
                       entity_id=customer_id, before=before, summary=_("customer {name} deleted").format(name=before["name"]),
                       at=self.clock.now())
        except IntegrityError:
            raise ConflictError(_("customer {customer_id} has invoices, payments or appointments and cannot be "
                                  "deleted; erase their personal data instead").format(
                                    customer_id=customer_id)) from None

    def add_contact(self, actor: Actor, customer_id: int, name: str, role: str = "", email: str = "",
                    phone: str = "") -> ContactInfo:
        require(actor, Perm.EDIT_CUSTOMERS)
        if FIELD_RULES["email"](email):
            raise ValidationError(_("'{email}' is not an e-mail address").format(email=email), [Problem(_("not an e-mail"), column="email")])
        with self.db.uow() as s:
            c = get_customer(s, customer_id)
            k = CustomerContact(customer_id=c.id, name=name.strip(), role=role.strip(), email=email.strip(),
                                phone=phone.strip(), created_at=self.clock.now())
            s.add(k)
            s.flush()
            record(s, actor, area="customers", action="add contact", entity="customer", entity_id=c.id,
                   after={"contact": name, "email": email, "phone": phone}, summary=_("{customer}: contact {name} added").format(customer=c.name, name=name),
                   at=self.clock.now())
            return ContactInfo(k.id, k.name, k.role, k.email, k.phone)

    def remove_contact(self, actor: Actor, contact_id: int) -> None:
        require(actor, Perm.EDIT_CUSTOMERS)
        with self.db.uow() as s:
            k = s.get(CustomerContact, contact_id)
            if k is None:
                raise NotFound(_("no contact {contact_id}").format(contact_id=contact_id))
            record(s, actor, area="customers", action="remove contact", entity="customer",
                   entity_id=k.customer_id, before={"contact": k.name, "email": k.email, "phone": k.phone},
                   summary=_("contact {name} removed").format(name=k.name), at=self.clock.now())
            s.delete(k)

    def note(self, actor: Actor, customer_id: int, text: str, kind: str = "note") -> int:
        require(actor, Perm.EDIT_CUSTOMERS)
        if not text.strip():
            raise DeskmateError(_("a note needs some text"))
        with self.db.uow() as s:
            return add_note(s, actor, customer_id, text.strip(), kind, at=self.clock.now())

    # ------------------------------------------------------------------ reads
    def get(self, customer_id: int) -> CustomerInfo:
        with self.db.read() as s:
            c = get_customer(s, customer_id)
            return _info(c, self._contacts(s, c.id))

    def search(self, text: str = "", limit: int | None = 100, offset: int = 0,
               include_erased: bool = False) -> list[CustomerInfo]:
        with self.db.read() as s:
            q = select(Customer)
            if not include_erased:
                q = q.where(Customer.erased_at.is_(None))
            if text.strip():
                like = f"%{text.strip()}%"
                contact_match = select(CustomerContact.customer_id).where(or_(
                    CustomerContact.name.ilike(like), CustomerContact.email.ilike(like)))
                q = q.where(or_(Customer.name.ilike(like), Customer.email.ilike(like),
                                Customer.phone.ilike(like), Customer.tax_id.ilike(like),
                                Customer.id.in_(contact_match)))
            q = q.order_by(func.lower(Customer.name), Customer.id).offset(offset)
            if limit is not None:
                q = q.limit(limit)
            return [_info(c) for c in s.scalars(q)]

    def count(self, text: str = "") -> int:
        return len(self.search(text, limit=None))

    def notes(self, customer_id: int) -> list[NoteInfo]:
        with self.db.read() as s:
            rows = s.scalars(select(CustomerNote).where(CustomerNote.customer_id == customer_id)
                             .order_by(CustomerNote.at.desc(), CustomerNote.id.desc()))
            return [NoteInfo(n.id, n.at, n.kind, n.text, n.username) for n in rows]

    def history(self, customer_id: int) -> list[HistoryEvent]:
        """Everything that happened with a customer, newest first, composed from every area that
        declares customer data (core/customers/providers.py)."""
        self.get(customer_id)  # NotFound early
        events: list[HistoryEvent] = []
        for n in self.notes(customer_id):
            area = "reminders" if n.kind == "reminder" else "notes"
            events.append(HistoryEvent(n.at.date(), area, n.kind, n.text, None, n.username))
        for provider in PROVIDERS.values():
            if provider.history is not None:
                events.extend(provider.history(self.app, customer_id))
        events.sort(key=lambda e: (e.on, e.area), reverse=True)
        return events

    # ------------------------------------------------------------------ privacy
    def privacy_export(self, actor: Actor, customer_id: int, folder: Path,
                       force: bool = False) -> tuple[Path, Path]:
        """Write everything held about a customer to JSON and XLSX in ``folder``; audited.

        Both files go through :func:`core.io.outputs.writing` (private, never over the database
        or into the data folder outside exports/; an existing file only with ``force``)."""
        from core.io.outputs import Site, check_target, writing
        require(actor, Perm.PRIVACY)
        site = Site.of(self.app)
        folder = Path(folder)
        stem = f"customer-{customer_id}-data-{self.clock.now():%Y%m%d-%H%M%S}"
        jpath = check_target(site, folder / f"{stem}.json", force=force)
        xpath = check_target(site, folder / f"{stem}.xlsx", force=force)
        data = self.privacy_data(customer_id)
        with writing(site, jpath, force=force) as part:
            part.write_text(json.dumps(to_jsonable(data), indent=2, ensure_ascii=False), encoding="utf-8")
        try:
            with writing(site, xpath, force=force) as part:
                _privacy_workbook(data, actor, self.clock.now(), part)
        except BaseException:
            jpath.unlink(missing_ok=True)   # both files or neither
            raise
        with self.db.uow() as s:
            add_note(s, actor, customer_id, f"privacy export written ({jpath.name}, {xpath.name})",
                     kind="privacy", at=self.clock.now())
        return jpath, xpath

    def privacy_data(self, customer_id: int) -> dict[str, Any]:
        c = self.get(customer_id)
        data: dict[str, Any] = {
            "customer": {k: v for k, v in asdict(c).items() if k != "contacts"},
            "contacts": [asdict(k) for k in c.contacts],
            "notes": [asdict(n) for n in self.notes(customer_id)],
            "history": [asdict(e) for e in self.history(customer_id)],
        }
        for provider in PROVIDERS.values():
            if provider.privacy_data is not None:
                data.update(provider.privacy_data(self.app, customer_id))
        return data

    def erase(self, actor: Actor, customer_id: int, reason: str) -> ErasureReport:
        """Erase personal data on request. Issued invoices are kept as the law requires.

        Blanks the customer's fields, removes contacts and notes, and records in the audit log
        (and a privacy note) what was erased, what was kept and why.
        """
        require(actor, Perm.PRIVACY)
        if not reason.strip():
            raise DeskmateError(_("say why the data is erased (e.g. 'request by e-mail of 2026-11-20')"))
        now = self.clock.now()
        with self.db.uow() as s:
            c = get_customer(s, customer_id)
            if c.erased_at is not None:
                raise ConflictError(_("customer {customer_id} was already erased on {erased_at:%Y-%m-%d}").format(
                                        customer_id=customer_id, erased_at=c.erased_at))
            erased = tuple(k for k in ("name", "email", "phone", "billing_address", "tax_id", "notes")
                           if getattr(c, k))
            before = snapshot(c)
            contacts = list(s.scalars(select(CustomerContact).where(CustomerContact.customer_id == c.id)))
            notes = list(s.scalars(select(CustomerNote).where(CustomerNote.customer_id == c.id)))
            for k in contacts + notes:
                s.delete(k)
            c.name, c.email, c.phone, c.billing_address, c.tax_id, c.notes = (
                f"{ERASED_NAME} #{c.id}", "", "", "", "", "")
            c.erased_at = now
            c.updated_at = now
            elsewhere: list[str] = []      # what other areas erased, in this transaction
            kept: list[str] = []
            for provider in PROVIDERS.values():
                if provider.erase is not None and (what := provider.erase(s, customer_id)):
                    elsewhere.append(what)
                if provider.kept is not None and (why := provider.kept(s, customer_id)):
                    kept.append(why)
            kept.append(_("payments and the audit log of past changes: bookkeeping and accountability "
                          "records; the audit log is append-only"))
            removed = [ngettext("{n} contact", "{n} contacts", len(contacts)).format(n=len(contacts)),
                       ngettext("{n} note", "{n} notes", len(notes)).format(n=len(notes)), *elsewhere]
            statement = _("Personal data of customer #{id} erased on {day} at the request recorded as: {reason}. "
                          "Erased: {fields}; {removed}. Kept: {kept}.").format(
                id=c.id, day=f"{now:%Y-%m-%d}", reason=reason.strip(),
                fields=", ".join(erased) or _("nothing left"), removed=", ".join(removed), kept="; ".join(kept))
            record(s, actor, area="customers", action="erase customer data", entity="customer",
                   entity_id=c.id, before={"fields": erased, "contacts": len(contacts), "notes": len(notes)},
                   after={"kept": kept, "reason": reason.strip()}, summary=statement, at=now)
            s.add(CustomerNote(customer_id=c.id, at=now, kind="privacy", text=statement,
                               username=actor.username))
            del before
            return ErasureReport(c.id, erased, len(contacts), len(notes), tuple(kept), statement)

    # ------------------------------------------------------------------ helpers
    def _contacts(self, s: Session, customer_id: int) -> list[CustomerContact]:
        return list(s.scalars(select(CustomerContact).where(CustomerContact.customer_id == customer_id)
                              .order_by(CustomerContact.id)))

    def _default_terms(self) -> int:
        return int(self.app.settings.get("customers.default_terms_days"))


def _privacy_workbook(data: dict[str, Any], actor: Actor, at: datetime, path: Path) -> None:
    from core.io.xlsx import Column, add_about_sheet, add_table_sheet, new_workbook

    wb = new_workbook()
    cust = data["customer"]
    add_table_sheet(wb, N_("Customer"), [Column(N_("Field"), 22), Column(N_("Value"), 60)],
                    [(k, v if not isinstance(v, Decimal) else v) for k, v in cust.items()])
    for key, title in (("contacts", N_("Contacts")), ("notes", N_("Notes")), ("history", N_("History")),
                       ("invoices", N_("Invoices")), ("payments", N_("Payments")), ("reminders", N_("Reminders")),
                       ("appointments", N_("Appointments"))):
        rows = data.get(key) or []
        if not rows:
            continue
        keys = list(rows[0].keys())
        add_table_sheet(wb, title, [Column(k, 18) for k in keys],
                        [[_cell(r.get(k)) for k in keys] for r in rows])
    add_about_sheet(wb, N_("Privacy export (everything held about one customer)"),
                    {N_("customer"): cust.get("id")}, actor, at)
    wb.save(path)


def _cell(v: Any) -> Any:
    if isinstance(v, (dict, list, tuple)):
        return json.dumps(to_jsonable(v), ensure_ascii=False)
    return v
