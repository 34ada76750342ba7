"""Invoicing jobs. They only draft: nothing here creates, issues or sends an invoice by itself.

* ``invoicing.recurring_drafts``   one invoice draft per agreement occurrence (weekly/monthly/yearly)
* ``invoicing.appointment_drafts`` one draft per customer for completed, unbilled appointments
* ``invoicing.dunning``            payment reminders by days overdue, up to three levels

Exactly once: each suggestion's dedupe key is (job, subject, occurrence) — the agreement and the
occurrence date, the customer and the set of appointments, the invoice and the reminder level —
unique in the database, so a second run, a restart or a catch-up after days closed finds it there.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from core.automation.registry import JobContext, job
from core.customers.models import Customer
from core.customers.languages import document_formats, document_language
from core.inbox.reason import reason_card
from core.invoicing.models import Invoice, PaymentReminder, RecurringAgreement
from core.invoicing.agreements import FREQUENCY_WORDS, occurrences, period_label
from core.invoicing.appointment_billing import appointments_key
from core.invoicing.documents import DRAFT_KIND
from core.invoicing.lines import LineDraft
from core.invoicing.receivables import open_amount, status_clause
from core.invoicing.reminders import REMINDER_KIND, letter_texts
from core.kernel.actor import Role
from core.kernel.formats import Formats, read_formats
from core.inbox.texts import stored, stored_n, tmsg, tmsg_n
from core.kernel.i18n import N_, _, language
from core.kernel.settings import SettingsService, language_key

# A newly entered agreement whose start lies far back does not flood the inbox with years of drafts.
LOOKBACK_DAYS = 400


def _money(v: Decimal, fm: Formats) -> str:
    return fm.money(v)


@job(id="invoicing.recurring_drafts", title=N_("Draft invoices from recurring agreements"),
     description=N_("Every day, drafts one invoice per weekly, monthly or yearly agreement occurrence that "
                 "has come due. Approving creates a draft invoice; issuing it stays a separate step."),
     area="invoicing", kinds=(DRAFT_KIND,), schedule="cron:0 6 * * *", owner_role=Role.BOOKKEEPER,
     occurrence_based=True)
def recurring_drafts(ctx: JobContext) -> None:
    svc = ctx.app.invoicing
    with ctx.app.db.uow() as s:
        cfg, fm = svc.config(s), read_formats(s)
        for a in s.scalars(select(RecurringAgreement).where(RecurringAgreement.active.is_(True))):
            cust = s.get(Customer, a.customer_id)
            if cust is None or cust.erased_at is not None:
                continue
            lines = [LineDraft.from_dict(d) for d in a.lines]
            since = max(a.start_date, ctx.as_of - timedelta(days=LOOKBACK_DAYS))
            lang = document_language(s, cust)
            for occ in occurrences(a.frequency, a.start_date, ctx.as_of, a.end_date, since=since):
                period = period_label(a.frequency, occ, fm)
                with language(lang):      # the invoice's note is the customer's to read
                    their_period = period_label(a.frequency, occ, document_formats(s, lang))
                key = f"agreement:{a.id}:{occ.isoformat()}"
                totals = svc.preview(lines, cfg=cfg)
                payload = {"customer_id": cust.id, "customer_name": cust.name,
                           "lines": [ln.as_dict() for ln in lines],
                           "notes": f"{a.title} — {their_period}", "source": "recurring", "source_key": key,
                           "source_detail": {"agreement_id": a.id, "occurrence": occ.isoformat(),
                                             "period": period},
                           "issue": False}
                card = reason_card(
                    explanation=tmsg("The {frequency} agreement '{title}' with {name} is due for {period}.",
                                     frequency=tmsg(FREQUENCY_WORDS.get(a.frequency, a.frequency)), title=a.title,
                                     name=cust.name, period=period),
                    window=period, formula=tmsg("one invoice per occurrence = start + k × period"),
                    inputs={N_("agreement"): f"#{a.id} {a.title}",
                            N_("frequency"): tmsg(FREQUENCY_WORDS.get(a.frequency, a.frequency)),
                            N_("started"): fm.date(a.start_date), N_("occurrence"): fm.date(occ),
                            N_("lines"): len(lines)},
                    calculation=[f"{fm.quantity(ln.quantity)} × {fm.money(ln.unit_price)} {ln.description} "
                                 f"({ln.tax_code})" for ln in lines]
                    + [tmsg("net {net} + tax {tax} = {gross}", net=_money(totals.net, fm), tax=_money(totals.tax, fm),
                            gross=_money(totals.gross, fm))],
                    confidence="high")
                ctx.draft(s, kind=DRAFT_KIND, subject_type="recurring_agreement", subject_id=a.id,
                          occurrence=occ.isoformat(), title=stored("Invoice {name}: {title}, {period}", name=cust.name, title=a.title, period=period),
                          subject_label=cust.name,
                          summary=stored_n("{n} line, {total}", "{n} lines, {total}", len(lines),
                                           total=_money(totals.gross, fm)),
                          payload=payload, reason=card, value=totals.gross)


@job(id="invoicing.appointment_drafts", title=N_("Draft invoices for completed appointments"),
     description=N_("Every day, groups completed appointments not yet invoiced per customer and drafts one "
                 "invoice each. Approving creates the draft invoice and marks the appointments billed."),
     area="invoicing", kinds=(DRAFT_KIND,), schedule="cron:30 6 * * *", owner_role=Role.BOOKKEEPER)
def appointment_drafts(ctx: JobContext) -> None:
    try:
        sched = ctx.app.scheduling
    except (ImportError, AttributeError):
        ctx.note(stored("scheduling is not installed: no appointments to bill"))
        return
    svc = ctx.app.invoicing
    with ctx.app.db.uow() as s:
        cfg, fm = svc.config(s), read_formats(s)
        per: dict[int, list[Any]] = defaultdict(list)
        for a in sched.billable_appointments(s):
            if a.day <= ctx.as_of:
                per[a.customer_id].append(a)
        for cid, appts in per.items():
            cust = s.get(Customer, cid)
            if cust is None or cust.erased_at is not None:
                continue
            ids = sorted(a.id for a in appts)
            key = appointments_key(ids)
            lines = svc.appointment_lines(s, appts)
            totals = svc.preview(lines, cfg=cfg)
            first, last = min(a.day for a in appts), max(a.day for a in appts)
            payload = {"customer_id": cid, "customer_name": cust.name, "lines": [ln.as_dict() for ln in lines],
                       "notes": f"Appointments {fm.date(first)} – {fm.date(last)}", "source": "appointments",
                       "source_key": key, "source_detail": {"appointment_ids": ids}, "issue": False}
            card = reason_card(
                explanation=tmsg_n("{n} completed appointment for {name} is not invoiced yet.",
                                   "{n} completed appointments for {name} are not invoiced yet.", len(ids),
                                   name=cust.name),
                inputs={N_("customer"): cust.name, N_("appointments"): ", ".join(f"#{i}" for i in ids)},
                window=tmsg("{start} to {end}", start=fm.date(first), end=fm.date(last)),
                formula=tmsg("one invoice per customer for all completed, unbilled appointments"),
                calculation=[f"{a.description}: {_money(a.price, fm)}" for a in appts]
                + [tmsg("total {gross} (tax {tax})", gross=_money(totals.gross, fm), tax=_money(totals.tax, fm))],
                confidence="high",
                evidence=[{"appointment": a.id, "day": fm.date(a.day), "service": a.service_name,
                           "staff": a.staff_name, "price": fm.money(a.price)} for a in appts])
            new_id = ctx.draft(s, kind=DRAFT_KIND, subject_type="customer_appointments", subject_id=cid,
                               occurrence=key,
                               title=stored_n("Invoice {name}: {n} appointment", "Invoice {name}: {n} appointments",
                                              len(ids), name=cust.name),
                               subject_label=cust.name,
                               summary=stored_n("{n} appointment, {total}", "{n} appointments, {total}", len(ids),
                                                total=_money(totals.gross, fm)),
                               payload=payload, reason=card, value=totals.gross)
            if new_id is not None:
                ctx.supersede(s, subject_type="customer_appointments", subject_id=cid, kind=DRAFT_KIND,
                              reason=_("a newer draft includes more completed appointments"), except_id=new_id)


def reminder_fields(s: Any, inv: Invoice, as_of: Any, level: int, fm: Formats | None = None,
                    lang: str | None = None) -> dict[str, Any]:
    """The placeholders of a reminder letter, written as the customer's language writes dates and
    money (``fm``, default: the shop's): a customer reads "29 Jun 2026" and "£15.12", a German one
    "29.06.2026" and "15,12 £"."""
    fm = fm or read_formats(s)

    def fmt(v: Decimal) -> str:
        return fm.money(v, inv.currency)
    return {"customer": inv.customer_name, "number": inv.number, "issue_date": fm.date(inv.issue_date),
            "due_date": fm.date(inv.due_date), "gross": fmt(inv.gross_total), "open": fmt(open_amount(inv)),
            "days_overdue": (as_of - inv.due_date).days, "level": level,
            "payment_details": SettingsService.read_in_language(s, "invoicing.payment_details", lang),
            "shop": SettingsService.read(s, "shop.name")}


@job(id="invoicing.dunning", title=N_("Draft payment reminders"),
     description=N_("Every day, drafts the next reminder level for each overdue invoice once it is as many "
                 "days overdue as the level says (settings: payment reminder levels). Approving sends it."),
     area="invoicing", kinds=(REMINDER_KIND,), schedule="cron:0 7 * * *", owner_role=Role.BOOKKEEPER)
def dunning(ctx: JobContext) -> None:
    with ctx.app.db.uow() as s:
        levels = SettingsService.read(s, "invoicing.reminders")
        q = select(Invoice).where(status_clause("overdue", ctx.as_of)).order_by(Invoice.due_date)
        for inv in s.scalars(q):
            days = (ctx.as_of - inv.due_date).days
            if inv.reminder_level >= len(levels):
                continue
            nxt = levels[inv.reminder_level]
            if days < nxt["days_overdue"]:
                continue
            cust = s.get(Customer, inv.customer_id)
            history = list(s.scalars(select(PaymentReminder).where(PaymentReminder.invoice_id == inv.id)
                                     .order_by(PaymentReminder.level)))
            lang = document_language(s, cust)
            with language(lang):      # the letter in the customer's language; the card in the shop's
                fields = reminder_fields(s, inv, ctx.as_of, nxt["level"], document_formats(s, lang), lang)
                subject_text, body_text = letter_texts(nxt, SettingsService.read(
                    s, language_key("invoicing.reminders", lang)))
                subject, body = subject_text.format(**fields), body_text.format(**fields)
            fm = read_formats(s)
            card = reason_card(
                explanation=tmsg("Invoice {number} is {days} days overdue with {open} open; level {level} is due "
                                 "after {after} days.", number=inv.number, days=days, open=fm.money(open_amount(inv)),
                                 level=nxt["level"], after=nxt["days_overdue"]),
                inputs={N_("invoice"): inv.number, N_("due date"): fm.date(inv.due_date), N_("days overdue"): days,
                        N_("open"): fm.money(open_amount(inv)), N_("reminders sent"): len(history),
                        N_("customer e-mail"): (cust.email if cust else "") or tmsg("(none: goes to the outbox)")},
                window=tmsg("{start} to {end}", start=fm.date(inv.due_date), end=fm.date(ctx.as_of)),
                formula=tmsg("next level when days overdue ≥ that level's days"),
                calculation=[tmsg("{days} ≥ {after} (level {level})", days=days, after=nxt["days_overdue"],
                                  level=nxt["level"])],
                confidence="high",
                evidence=[{"level": r.level, "sent": r.sent_at.date(), "channel": r.channel} for r in history])
            ctx.draft(s, kind=REMINDER_KIND, subject_type="invoice", subject_id=inv.id,
                      occurrence=f"level-{nxt['level']}", title=stored("Reminder {level}: {number} ({customer}, {days} days overdue)", level=nxt["level"],
                                   number=inv.number, customer=inv.customer_name, days=days),
                      subject_label=inv.customer_name,
                      summary=subject, value=open_amount(inv), reason=card,
                      payload={"invoice_id": inv.id, "level": nxt["level"], "to": cust.email if cust else "",
                               "subject": subject, "body": body, "language": lang})


# the win-back job and its kind live beside their rules
from core.invoicing import winback as _winback  # noqa: E402,F401
