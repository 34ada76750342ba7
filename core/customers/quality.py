"""Data-quality checks on customers (run by the daily data-quality job, one inbox item each)."""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.inbox.texts import stored, tmsg
from core.kernel.i18n import N_
from core.automation.quality import Finding
from core.customers.models import Customer, CustomerContact

if TYPE_CHECKING:
    from core.app import Deskmate

_SUFFIXES = re.compile(r"\b(ltd|limited|llc|inc|gmbh|plc|co|company|the)\b")


def normalise_name(name: str) -> str:
    """Compare names the way a person would: no accents, case, punctuation or 'Ltd'."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = _SUFFIXES.sub(" ", re.sub(r"[^a-z0-9 ]+", " ", text))
    return " ".join(sorted(text.split()))


def _digits(phone: str) -> str:
    d = re.sub(r"\D", "", phone)
    return d[-9:] if len(d) >= 7 else ""


#: How each matched field reads in a finding ("same e-mail as ...").
MATCHED_ON = {"name": N_("name"), "e-mail": N_("e-mail"), "phone": N_("phone")}


def customers_without_contact(session: Session, app: "Deskmate") -> list[Finding]:
    """Customers nobody could reach: no e-mail, no phone, no contact person with either."""
    reachable = set(session.scalars(select(CustomerContact.customer_id).where(
        (CustomerContact.email != "") | (CustomerContact.phone != ""))))
    out = []
    for c in session.scalars(select(Customer).where(Customer.erased_at.is_(None),
                                                    Customer.email == "", Customer.phone == "")):
        if c.id in reachable:
            continue
        out.append(Finding(
            subject_type="customer", subject_id=c.id, subject_label=c.name,
            problem=stored("no e-mail address, phone number or contact person"),
            suggested_fix=stored("add an e-mail or phone number on the customer page (reminders and "
                                 "invoices cannot be sent otherwise)"),
            check="customer_without_contact", area="customers",
            details={"customer": c.name, "billing address": c.billing_address or "(none)"}))
    return out


def likely_duplicate_customers(session: Session, app: "Deskmate") -> list[Finding]:
    """Customers sharing a normalised name, an e-mail address or a phone number."""
    rows = list(session.scalars(select(Customer).where(Customer.erased_at.is_(None)).order_by(Customer.id)))
    groups: dict[tuple[str, str], list[Customer]] = defaultdict(list)
    for c in rows:
        if c.name.strip():
            groups[("name", normalise_name(c.name))].append(c)
        if c.email:
            groups[("e-mail", c.email.strip().lower())].append(c)
        if _digits(c.phone):
            groups[("phone", _digits(c.phone))].append(c)
    seen: set[tuple[int, ...]] = set()
    out = []
    for (what, _value), members in groups.items():
        if what == "name":
            # Two people may share a name: it is only suspicious when nothing tells them apart
            # (no two different e-mail addresses among them).
            emails = {m.email.strip().lower() for m in members if m.email}
            if len(emails) >= len(members):
                continue
        if len(members) < 2:
            continue
        ids = tuple(sorted(m.id for m in members))
        if ids in seen:
            continue
        seen.add(ids)
        first = members[0]
        others = ", ".join(f"#{m.id} {m.name}" for m in members[1:])
        out.append(Finding(
            subject_type="customer", subject_id=first.id, subject_label=first.name,
            problem=stored("likely duplicate: same {what} as {others}", what=tmsg(MATCHED_ON.get(what, what)),
                           others=others),
            suggested_fix=stored("look at both; keep one and move contacts and notes to it, "
                                 "or tell them apart in the name"),
            check="customer_duplicate", area="customers",
            details={"customers": [f"#{m.id} {m.name} <{m.email}> {m.phone}" for m in members],
                     "matched on": what}))
    return out


CHECKS = [customers_without_contact, likely_duplicate_customers]
