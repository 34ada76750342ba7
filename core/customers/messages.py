"""Sending a note a person approved to a customer: the one way the care notes (win-back,
follow-up after a visit) reach a customer.

Each of them did the same four steps — check the customer still exists, read the mail settings,
deliver (e-mail when an SMTP server is set up, otherwise an ``.eml`` in the outbox for sending by
hand), keep a dated note on the customer — and a fifth kind of note should not copy them again.
The caller keeps what is its own: its permission check, the note's words and its audit entry
(the area and subject it is recorded under).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from core.customers.models import Customer
from core.customers.service import add_note
from core.kernel.actor import Actor
from core.kernel.errors import NotFound
from core.kernel.i18n import _
from core.kernel.settings import SettingsService

if TYPE_CHECKING:
    from datetime import date, datetime
    from zoneinfo import ZoneInfo

    from core.app import Deskmate


@dataclass(frozen=True)
class Sent:
    """What happened to a note: the customer it went to, by which channel ("email" | "outbox") and
    the one-line description people read ("e-mailed to ann@example.com via smtp.example.com")."""

    customer_id: int
    customer_name: str
    channel: str
    how: str


def send_to_customer(session: Session, app: "Deskmate", actor: Actor, customer_id: int, *, to: str,
                     subject: str, body: str, file_name: str, note_kind: str,
                     note: Callable[[str], str]) -> Sent:
    """Deliver ``subject``/``body`` to the customer and keep it on them as a ``note_kind`` note
    whose text is ``note(how)``; inside the caller's unit of work. Raises NotFound for a customer
    deleted or erased since the note was drafted (nothing is sent then)."""
    from core.io.mail import deliver

    c = session.get(Customer, customer_id)
    if c is None or c.erased_at is not None:
        raise NotFound(_("the customer no longer exists"))
    settings = SettingsService.read_many(session) | SettingsService.read_many(session, "mail.", reveal=True)
    channel, how = deliver(settings, app.paths.outbox, to, subject, body, name=file_name)
    add_note(session, actor, c.id, note(how), kind=note_kind, at=app.clock.now())
    return Sent(c.id, c.name, channel, how)


def notes_by_hand(session: Session, start: "datetime", end: "datetime", kinds: tuple[str, ...],
                  zone: "ZoneInfo") -> dict[int, list["date"]]:
    """The days, in the shop's zone, on which a person (not a job) kept a note of ``kinds`` on each
    customer in [start, end): what a care job's pilot compares its drafts with."""
    from collections import defaultdict

    from sqlalchemy import select

    from core.customers.models import CustomerNote
    from core.kernel.actor import SYSTEM
    out: dict[int, list["date"]] = defaultdict(list)
    for cid, at in session.execute(select(CustomerNote.customer_id, CustomerNote.at).where(
            CustomerNote.at >= start, CustomerNote.at < end, CustomerNote.kind.in_(kinds),
            CustomerNote.username != SYSTEM.username)):
        out[cid].append(at.astimezone(zone).date())
    return dict(out)
