"""Payment reminders: the letters sent for overdue invoices (drafted by a job, sent on approval in
``appliers.py``), and withdrawing the ones still waiting in the inbox once an invoice is settled.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.invoicing.models import Invoice, PaymentReminder
from core.kernel.actor import Actor

if TYPE_CHECKING:
    from core.app import Deskmate

REMINDER_KIND = "payment_reminder"


def letter_texts(level: dict[str, Any], wording: list[dict[str, Any]] | None = None) -> tuple[str, str]:
    """A reminder level's subject and body in the language being spoken (the customer's, inside
    ``with language(...)``): the shop's own wording for that language where it wrote one in
    Settings (``wording``: the language version of the letters), else the shop's default letter —
    the catalogue's translation of Deskmate's own words, or the shop's words as written when it
    changed them (there is no translation of those)."""
    from core.invoicing.settings import DEFAULT_REMINDERS
    from core.kernel.i18n import _
    own = next((w for w in wording or [] if w.get("level") == level.get("level")), {})
    defaults = {d["level"]: d for d in DEFAULT_REMINDERS}.get(level.get("level"), {})
    return tuple(own[key] if own.get(key) else _(level[key]) if level[key] == defaults.get(key)   # type: ignore[return-value]
                 else level[key] for key in ("subject", "body"))


def supersede_reminders(app: "Deskmate", s: Session, actor: Actor, inv: Invoice, why: str) -> None:
    """An invoice paid, credited or voided needs no reminder: withdraw the open suggestions, in
    the caller's unit of work."""
    app.inbox.supersede_open(s, subject_type="invoice", subject_id=inv.id, reason=why,
                             actor=actor, kind=REMINDER_KIND)


def reminders(s: Session, customer_id: int | None = None, invoice_id: int | None = None) -> list[dict[str, Any]]:
    """Reminders sent, oldest first, for one customer and/or one invoice."""
    q = select(PaymentReminder, Invoice.number).join(Invoice, Invoice.id == PaymentReminder.invoice_id)
    if customer_id is not None:
        q = q.where(PaymentReminder.customer_id == customer_id)
    if invoice_id is not None:
        q = q.where(PaymentReminder.invoice_id == invoice_id)
    return [{"id": r.id, "invoice": num, "level": r.level, "subject": r.subject,
             "open_amount": r.open_amount, "channel": r.channel, "document": r.document,
             "sent_at": r.sent_at, "sent_by": r.sent_by}
            for r, num in s.execute(q.order_by(PaymentReminder.sent_at))]
