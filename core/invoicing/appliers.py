"""What approving an invoicing suggestion does.

``invoice_draft``: approving creates the DRAFT invoice (and marks its appointments billed); issuing
stays a separate, explicit act — in the invoice editor, or by ticking "issue on approval" in the
inbox's invoice editor. A bookkeeper reviews the machine's proposal in the inbox, but giving it a
legal number is a decision of its own: the number can never be taken back, a draft can.

``payment_reminder``: approving renders the reminder letter as PDF, e-mails it when SMTP is
configured (else writes it with a ready .eml to the outbox folder), records it on the invoice and
as a note on the customer.
"""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from core.kernel.i18n import N_, _
from core.customers.service import add_note
from core.inbox.kinds import ApplyContext, DueContext, KindSpec, register_kind
from core.invoicing.models import Invoice, PaymentReminder
from core.invoicing.documents import DRAFT_KIND
from core.invoicing.lines import LineDraft
from core.invoicing.receivables import open_amount
from core.invoicing.reminders import REMINDER_KIND
from core.kernel.actor import Role
from core.kernel.audit import record
from core.kernel.errors import ConflictError, DeskmateError, NotFound
from core.kernel.formats import read_formats
from core.kernel.settings import SettingsService
from core.users.permissions import Perm, require


def normalise_draft(payload: Any) -> Any:
    if not isinstance(payload, dict) or "customer_id" not in payload:
        raise DeskmateError(_("an invoice proposal needs a customer and lines"))
    lines = payload.get("lines") or []
    if not lines:
        raise DeskmateError(_("an invoice needs at least one line"))
    parsed = [LineDraft.from_dict(d) for d in lines]
    out = dict(payload)
    out["customer_id"] = int(payload["customer_id"])
    out["lines"] = [ln.as_dict() for ln in parsed]
    out["issue"] = bool(payload.get("issue", False))
    return out


def apply_draft(ctx: ApplyContext, payload: dict[str, Any]) -> str:
    require(ctx.actor, Perm.EDIT_INVOICES)
    svc = ctx.app.invoicing
    lines = [LineDraft.from_dict(d) for d in payload["lines"]]
    detail = payload.get("source_detail") or {}
    inv = svc.create_draft_in(ctx.session, ctx.actor, int(payload["customer_id"]), lines,
                              notes=payload.get("notes", ""), source=payload.get("source", "manual"),
                              source_key=payload.get("source_key"), source_detail=detail,
                              machine_drafted=ctx.suggestion.machine_drafted)
    ids = detail.get("appointment_ids") if isinstance(detail, dict) else None
    if ids:
        ctx.app.scheduling.mark_billed(ctx.session, [int(i) for i in ids], inv.id)
    if payload.get("issue"):
        svc.issue_in(ctx.session, ctx.actor, inv.id)
        return f"invoice {inv.number} issued to {inv.customer_name}: {read_formats(ctx.session).money(inv.gross_total)}"
    return (f"draft invoice #{inv.id} created for {inv.customer_name}: "
            f"{read_formats(ctx.session).money(inv.gross_total)} (not issued yet)")


def normalise_reminder(payload: Any) -> Any:
    if not isinstance(payload, dict) or "invoice_id" not in payload:
        raise DeskmateError(_("a reminder proposal names its invoice"))
    for key in ("subject", "body"):
        if not str(payload.get(key, "")).strip():
            raise DeskmateError(_("a reminder needs a {key}").format(key=key))
    return {**payload, "invoice_id": int(payload["invoice_id"]), "level": int(payload["level"]),
            "to": str(payload.get("to", "")).strip()}


def apply_reminder(ctx: ApplyContext, payload: dict[str, Any]) -> str:
    from core.io.mail import deliver
    from core.customers.languages import document_language, document_locale
    from core.invoicing.pdf import render_reminder
    from core.kernel.i18n import language

    s, app = ctx.session, ctx.app
    inv = s.get(Invoice, payload["invoice_id"])
    if inv is None:
        raise NotFound(_("the invoice no longer exists"))
    if inv.state != "issued" or open_amount(inv) <= 0:
        raise ConflictError((_("invoice {number} is void: no reminder needed") if inv.state == "void"
                             else _("invoice {number} is paid: no reminder needed")).format(number=inv.number))
    level = payload["level"]
    if level <= inv.reminder_level:
        raise ConflictError(_("reminder {level} for {number} was already sent").format(
                                level=level, number=inv.number))
    info = app.invoicing.info_in(s, inv)
    outbox = app.paths.outbox
    stamp = app.clock.now().strftime("%Y%m%d")
    from core.io.outputs import make_private, private_folder
    private_folder(outbox)
    # The letter in the language it was drafted in (the customer's then), else the customer's now.
    lang = payload.get("language") or document_language(s, inv.customer_id)
    settings = SettingsService.in_language(s, SettingsService.read_many(s), lang)
    with language(lang):
        pdf = render_reminder(info, settings, level, payload["subject"], payload["body"],
                              outbox / f"reminder-{inv.number}-level{level}-{stamp}.pdf",
                              locale=document_locale(s, lang))
    make_private(pdf)   # a letter with the customer's address and debt: the shop's account only
    # Everything is written to the session first: if sending fails, it all rolls back.
    now = app.clock.now()
    inv.reminder_level = level
    row = PaymentReminder(invoice_id=inv.id, customer_id=inv.customer_id, level=level,
                          subject=payload["subject"], body=payload["body"], open_amount=open_amount(inv),
                          channel="pending", document=str(pdf), sent_at=now, sent_by=ctx.actor.username)
    s.add(row)
    s.flush()
    mail = settings | SettingsService.read_many(s, "mail.", reveal=True)  # the password, to log in
    channel, how = deliver(mail, outbox, payload.get("to", ""), payload["subject"], payload["body"], pdf)
    row.channel = channel
    add_note(s, ctx.actor, inv.customer_id, f"Payment reminder {level} for {inv.number} ({read_formats(s).money(open_amount(inv))} open) {how}",
             kind="reminder", at=now)
    record(s, ctx.actor, area="invoicing", action="send reminder", entity="invoice", entity_id=inv.id,
           after={"level": level, "channel": channel, "document": str(pdf), "to": payload.get("to")},
           summary=_("reminder {level} for {number} {how}").format(level=level, number=inv.number, how=how), at=now)
    return f"reminder {level} for {inv.number} {how}"


def _value(payload: Any) -> Decimal | None:
    return None


def due_draft(ctx: DueContext, payload: Any) -> datetime | None:
    """A recurring invoice is due on its occurrence; one for completed appointments when it was
    drafted (work done is billed while it is fresh)."""
    detail = payload.get("source_detail") if isinstance(payload, dict) else None
    occurrence = detail.get("occurrence") if isinstance(detail, dict) else None
    return ctx.start_of(occurrence) if occurrence else ctx.drafted_at


def due_reminder(ctx: DueContext, payload: Any) -> datetime | None:
    """A payment reminder is due since the invoice's due date (so the longest overdue is first)."""
    due = ctx.session.scalar(select(Invoice.due_date).where(Invoice.id == int(payload["invoice_id"])))
    return ctx.start_of(due) if due is not None else None


_BOOKS = frozenset({Role.OWNER, Role.BOOKKEEPER})
register_kind(KindSpec(
    kind=DRAFT_KIND, area="invoicing", title=N_("Invoice draft"), apply=apply_draft, default_roles=_BOOKS,
    plural=N_("invoice drafts"),
    normalise=normalise_draft, editor="invoice", due=due_draft,
    description=N_("An invoice the machine prepared from completed appointments or a recurring agreement. "
                "Approving creates the draft invoice; issuing (which gives the number) is a separate step.")))
register_kind(KindSpec(
    kind=REMINDER_KIND, area="invoicing", title=N_("Payment reminder"), apply=apply_reminder, default_roles=_BOOKS,
    plural=N_("payment reminders"),
    normalise=normalise_reminder, editor="reminder", due=due_reminder,
    description=N_("A reminder letter for an overdue invoice; approving sends it (e-mail or outbox) and records it.")))


# the win-back kind is declared with its job (core/invoicing/winback.py)
from core.invoicing import winback as _winback  # noqa: E402,F401
