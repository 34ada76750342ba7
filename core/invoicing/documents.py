"""Invoices and credit notes as documents: drafting, issuing, voiding and crediting.

Rules enforced here (not in the GUI):

* a draft may change freely; issuing gives it its number (:mod:`core.invoicing.numbering`),
  freezes the billing details of the day and the lines (:mod:`core.invoicing.immutability`);
* corrections are credit notes referencing the original, or a void with a reason (the number
  stays used and visible);
* nothing is issued by automation: jobs draft suggestions; approving one creates a draft invoice.

Every function runs inside the caller's unit of work (the service's, an inbox applier's, an
importer's) and returns the ORM invoice for the caller to turn into a DTO.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

import core.invoicing.immutability  # noqa: F401 - installs the issued-invoice flush guard
from core.kernel.i18n import N_, _
from core.invoicing.dates import KIND_WORDS
from core.customers.models import Customer
from core.customers.service import change_credit
from core.invoicing import money
from core.invoicing.appointment_billing import release_appointments
from core.invoicing.config import InvoicingConfig, read_config
from core.invoicing.fields import check_lines
from core.invoicing.lines import LineDraft, line_inputs
from core.invoicing.models import Invoice, InvoiceLine, InvoiceTax
from core.invoicing.numbering import number_for
from core.invoicing.receivables import open_amount
from core.invoicing.reminders import supersede_reminders
from core.kernel.actor import Actor
from core.kernel.audit import record
from core.kernel.errors import ConflictError, DeskmateError, NotFound, Problem, ValidationError
from core.users.permissions import Perm, require

if TYPE_CHECKING:
    from core.app import Deskmate

ZERO = Decimal(0)
DRAFT_KIND = "invoice_draft"

#: How a document state reads in a sentence.
STATE_WORDS = {"draft": N_("draft"), "issued": N_("issued"), "void": N_("void")}


# ------------------------------------------------------------------------------ drafts

def create_draft_in(app: "Deskmate", s: Session, actor: Actor, customer_id: int, lines: Sequence[LineDraft], *,
                    kind: str = "invoice", notes: str = "", terms_days: int | None = None,
                    credit_of_id: int | None = None, source: str = "manual",
                    source_key: str | None = None, source_detail: Any = None,
                    machine_drafted: bool = False) -> Invoice:
    """A new draft for a customer, with the customer's billing details and payment terms."""
    if kind not in ("invoice", "credit_note"):
        raise DeskmateError(_("kind is invoice or credit_note"))
    cust = s.get(Customer, customer_id)
    if cust is None:
        raise NotFound(_("no customer {customer_id}").format(customer_id=customer_id))
    if cust.erased_at is not None:
        raise ConflictError(_("customer {customer_id} was erased; new invoices cannot be written to them").format(
                                customer_id=customer_id))
    if source_key and s.scalar(select(Invoice.id).where(Invoice.source_key == source_key)):
        raise ConflictError(_("an invoice for {source_key} already exists").format(source_key=source_key))
    cfg = read_config(s)
    now = app.clock.now()
    inv = Invoice(kind=kind, state="draft", customer_id=cust.id, customer_name=cust.name,
                  billing_address=cust.billing_address, customer_tax_id=cust.tax_id,
                  terms_days=cust.payment_terms_days if terms_days is None else int(terms_days),
                  currency=cfg.currency, tax_mode=cfg.tax_mode, notes=notes,
                  credit_of_id=credit_of_id, source=source, source_key=source_key,
                  source_detail=source_detail, machine_drafted=machine_drafted,
                  created_at=now, created_by=actor.username, net_total=ZERO, tax_total=ZERO,
                  gross_total=ZERO, paid_total=ZERO, credited_total=ZERO, reminder_level=0)
    s.add(inv)
    s.flush()
    write_lines(s, inv, lines, cfg)
    record(s, actor, area="invoicing", action=f"create draft {kind.replace('_', ' ')}", entity="invoice",
           entity_id=inv.id, after={"customer": cust.name, "lines": [ln.as_dict() for ln in lines],
                                    "gross": inv.gross_total, "source": source, "source_key": source_key},
           summary=_("draft {kind} #{id} for {name}: {gross_total}").format(
                       kind=_(KIND_WORDS.get(kind, kind)), id=inv.id, name=cust.name, gross_total=inv.gross_total),
           at=now, machine_drafted=machine_drafted)
    return inv


def write_lines(s: Session, inv: Invoice, lines: Sequence[LineDraft], cfg: InvoicingConfig) -> None:
    """Replace a draft's lines and tax summary and set its totals."""
    check_lines(inv.kind, lines)   # the lines editor checks the same as it is typed
    inputs = line_inputs(lines, cfg)
    totals = money.compute(inputs, inv.tax_mode, cfg.rounding)
    if inv.kind == "credit_note" and lines and totals.gross > 0:
        raise ValidationError(_("a credit note's lines credit money: use negative quantities"),
                              [Problem(_("credit note total is positive"), column="quantity")])
    for old in s.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id)):
        s.delete(old)
    for old in s.scalars(select(InvoiceTax).where(InvoiceTax.invoice_id == inv.id)):
        s.delete(old)
    s.flush()
    for pos, (ln, li, amt) in enumerate(zip(lines, inputs, totals.lines), start=1):
        s.add(InvoiceLine(invoice_id=inv.id, position=pos, item_id=ln.item_id, description=ln.description,
                          quantity=ln.quantity, unit=ln.unit, unit_price=ln.unit_price,
                          price_includes_tax=ln.price_includes_tax, discount_pct=ln.discount_pct,
                          tax_code=ln.tax_code, tax_rate=li.tax_rate, net=amt.net, tax=amt.tax,
                          gross=amt.gross))
    for t in totals.tax_summary:
        s.add(InvoiceTax(invoice_id=inv.id, tax_code=t.code, tax_rate=t.rate, net=t.net, tax=t.tax))
    inv.net_total, inv.tax_total, inv.gross_total = totals.net, totals.tax, totals.gross


def update_draft_in(app: "Deskmate", s: Session, actor: Actor, invoice_id: int, *,
                    lines: Sequence[LineDraft] | None = None, customer_id: int | None = None,
                    notes: str | None = None, terms_days: int | None = None) -> Invoice:
    """Change a draft's customer, notes, terms or lines (a new customer brings their details)."""
    inv = draft_for_change(s, invoice_id)
    before = snapshot(s, inv)
    if customer_id is not None and customer_id != inv.customer_id:
        cust = s.get(Customer, customer_id)
        if cust is None or cust.erased_at is not None:
            raise NotFound(_("no customer {customer_id}").format(customer_id=customer_id))
        inv.customer_id, inv.customer_name = cust.id, cust.name
        inv.billing_address, inv.customer_tax_id = cust.billing_address, cust.tax_id
        if terms_days is None:
            inv.terms_days = cust.payment_terms_days
    if notes is not None:
        inv.notes = notes
    if terms_days is not None:
        inv.terms_days = int(terms_days)
    if lines is not None:
        write_lines(s, inv, lines, read_config(s))
    inv.updated_at = app.clock.now()
    s.flush()
    after = snapshot(s, inv)
    record(s, actor, area="invoicing", action="edit draft", entity="invoice", entity_id=inv.id,
           before=before, after=after, summary=_("draft #{id} edited: {gross_total}").format(
                                                   id=inv.id, gross_total=inv.gross_total),
           at=app.clock.now())
    return inv


def delete_draft_in(app: "Deskmate", s: Session, actor: Actor, invoice_id: int) -> None:
    """Delete a draft (it never had a number); appointments it billed become billable again."""
    inv = draft_for_change(s, invoice_id)
    before = snapshot(s, inv)
    release_appointments(app, s, actor, inv)
    s.delete(inv)
    record(s, actor, area="invoicing", action="delete draft", entity="invoice", entity_id=invoice_id,
           before=before, summary=_("draft #{invoice_id} deleted").format(invoice_id=invoice_id), at=app.clock.now())


def draft_for_change(s: Session, invoice_id: int) -> Invoice:
    inv = s.get(Invoice, invoice_id)
    if inv is None:
        raise NotFound(_("no invoice {invoice_id}").format(invoice_id=invoice_id))
    if inv.state != "draft":
        raise ConflictError(_("invoice {number} is {state} and can no longer be changed; write a credit note or "
                              "void it with a reason").format(
                                number=inv.number, state=inv.state))
    return inv


def snapshot(s: Session, inv: Invoice) -> dict[str, Any]:
    """A draft's editable content, for the audit entry's before/after."""
    lines = s.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id).order_by(InvoiceLine.position))
    return {"customer_id": inv.customer_id, "notes": inv.notes, "terms_days": inv.terms_days,
            "gross": inv.gross_total,
            "lines": [[ln.description, str(ln.quantity), str(ln.unit_price), ln.tax_code,
                       str(ln.discount_pct)] for ln in lines]}


# ------------------------------------------------------------------------------ issuing

def issue_in(app: "Deskmate", s: Session, actor: Actor, invoice_id: int, issue_date: date | None = None,
             confirm_date: bool = False) -> Invoice:
    """Give the draft its number and freeze it, in the caller's (writer) transaction.

    Numbers follow dates (:mod:`core.invoicing.dates`): a date before the latest issued date of
    the series is refused; one further from today than ``invoicing.issue_date_window_days``
    needs ``confirm_date``."""
    require(actor, Perm.ISSUE_INVOICES)
    inv = s.get(Invoice, invoice_id)
    if inv is None:
        raise NotFound(_("no invoice {invoice_id}").format(invoice_id=invoice_id))
    if inv.state != "draft":
        raise ConflictError((_("invoice #{invoice_id} is already {state} as {number}") if inv.number
                             else _("invoice #{invoice_id} is already {state}")).format(
                                invoice_id=invoice_id, state=_(STATE_WORDS.get(inv.state, inv.state)), number=inv.number))
    n_lines = s.scalar(select(func.count(InvoiceLine.id)).where(InvoiceLine.invoice_id == inv.id))
    if not n_lines:
        raise ValidationError(_("an invoice needs at least one line"), [Problem(_("no lines"))])
    cust = s.get(Customer, inv.customer_id)
    if cust is None or cust.erased_at is not None:
        raise ConflictError(_("the customer was erased; this draft cannot be issued"))
    if inv.kind == "invoice" and inv.gross_total < 0:
        raise ValidationError(_("the total is negative: write a credit note instead"),
                              [Problem(_("negative invoice total"))])
    today = app.today()
    day = issue_date or today
    inv.number, inv.series = number_for(s, read_config(s), inv.kind, day, today, confirm_date)
    # The billing details printed are those of the day of issue.
    inv.customer_name, inv.billing_address, inv.customer_tax_id = cust.name, cust.billing_address, cust.tax_id
    inv.state = "issued"
    inv.issue_date = day
    inv.due_date = day + timedelta(days=inv.terms_days)
    inv.issued_at = app.clock.now()
    inv.issued_by = actor.username
    if inv.kind == "credit_note" and inv.credit_of_id:
        _apply_credit_note(app, s, actor, inv)
    s.flush()
    record(s, actor, area="invoicing", action="issue", entity="invoice", entity_id=inv.id,
           before={"state": "draft"}, after={"state": "issued", "number": inv.number,
                                             "issue_date": day, "due_date": inv.due_date,
                                             "gross": inv.gross_total},
           summary=(_("credit note {number} issued to {customer}: {total}") if inv.kind == "credit_note"
                    else _("invoice {number} issued to {customer}: {total}")).format(
                       number=inv.number, customer=inv.customer_name, total=inv.gross_total), at=app.clock.now())
    return inv


def _apply_credit_note(app: "Deskmate", s: Session, actor: Actor, cn: Invoice) -> None:
    """An issued credit note settles what is open on its invoice; any excess becomes credit."""
    orig = s.get(Invoice, cn.credit_of_id)
    if orig is None or orig.kind != "invoice" or orig.state != "issued":
        raise ConflictError(_("a credit note must reference an issued invoice"))
    amount = -cn.gross_total
    applied = min(open_amount(orig), amount)
    orig.credited_total += applied
    excess = amount - applied
    if excess > 0:
        change_credit(s, cn.customer_id, excess)
    if open_amount(orig) <= 0:
        supersede_reminders(app, s, actor, orig, "invoice settled by credit note")


# ------------------------------------------------------------------------------ corrections

def void_in(app: "Deskmate", s: Session, actor: Actor, invoice_id: int, reason: str) -> Invoice:
    """Void an issued invoice nobody paid or credited; its number stays used, with the reason."""
    inv = s.get(Invoice, invoice_id)
    if inv is None:
        raise NotFound(_("no invoice {invoice_id}").format(invoice_id=invoice_id))
    if inv.state != "issued":
        raise ConflictError(_("only issued invoices can be voided (this one is {state}); delete a draft instead").format(
                                state=inv.state))
    if inv.paid_total or inv.credited_total:
        raise ConflictError(_("{number} has payments or credits: write a credit note instead").format(
                                number=inv.number))
    if s.scalar(select(func.count(Invoice.id)).where(Invoice.credit_of_id == inv.id,
                                                     Invoice.state == "issued")):
        raise ConflictError(_("{number} has credit notes: it cannot be voided").format(number=inv.number))
    inv.state, inv.void_reason, inv.voided_at = "void", reason.strip(), app.clock.now()
    supersede_reminders(app, s, actor, inv, "invoice voided")
    release_appointments(app, s, actor, inv)
    record(s, actor, area="invoicing", action="void", entity="invoice", entity_id=inv.id,
           before={"state": "issued"}, after={"state": "void", "reason": reason.strip()},
           summary=_("invoice {number} voided: {reason}").format(number=inv.number, reason=reason.strip()), at=app.clock.now())
    return inv


def credit_note_in(app: "Deskmate", s: Session, actor: Actor, invoice_id: int,
                   lines: Sequence[LineDraft] | None = None, notes: str = "") -> Invoice:
    """Draft a credit note for an issued invoice: all of it, or the lines given (negative)."""
    orig = s.get(Invoice, invoice_id)
    if orig is None:
        raise NotFound(_("no invoice {invoice_id}").format(invoice_id=invoice_id))
    if orig.state != "issued" or orig.kind != "invoice":
        raise ConflictError(_("credit notes are written for issued invoices"))
    if lines is None:
        lines = [LineDraft(ln.description, -ln.quantity, ln.unit_price, ln.tax_code, ln.discount_pct,
                           ln.price_includes_tax, ln.item_id, ln.unit)
                 for ln in s.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == orig.id)
                                     .order_by(InvoiceLine.position))]
    cn = create_draft_in(app, s, actor, orig.customer_id, lines, kind="credit_note",
                         notes=notes or f"Credit note for invoice {orig.number}",
                         terms_days=0, credit_of_id=orig.id)
    # A credit note is taxed the way its invoice was, whatever the shop's mode is now.
    cn.tax_mode = orig.tax_mode
    write_lines(s, cn, lines, read_config(s))
    return cn
