"""Recurring agreements: a customer billed the same lines weekly, monthly or yearly.

An agreement never issues anything: the ``invoicing.recurring_drafts`` job drafts one suggestion
per occurrence (:func:`occurrences`), and approving it creates a draft invoice.
"""
from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.kernel.i18n import N_, _
from core.customers.models import Customer
from core.invoicing.fields import agreement_dates_problem
from core.invoicing.config import read_config
from core.invoicing.lines import LineDraft, line_inputs
from core.invoicing.models import RecurringAgreement
from core.kernel.actor import Actor
from core.kernel.audit import record
from core.kernel.errors import DeskmateError, NotFound, Problem, ValidationError
from core.kernel.formats import Formats

FREQUENCIES = ("weekly", "monthly", "yearly")
#: How each frequency reads in a sentence ("the monthly agreement ..."), translated where shown.
FREQUENCY_WORDS = {"weekly": N_("weekly"), "monthly": N_("monthly"), "yearly": N_("yearly")}


@dataclass(frozen=True)
class AgreementInfo:
    id: int
    customer_id: int
    customer_name: str
    title: str
    frequency: str
    start_date: date
    end_date: date | None
    lines: tuple[LineDraft, ...]
    active: bool


def agreement_info(a: RecurringAgreement, customer_name: str) -> AgreementInfo:
    return AgreementInfo(a.id, a.customer_id, customer_name, a.title, a.frequency, a.start_date, a.end_date,
                         tuple(LineDraft.from_dict(d) for d in a.lines), a.active)


def occurrences(frequency: str, start: date, upto: date, end: date | None = None,
                since: date | None = None) -> list[date]:
    """Billing dates of a recurring agreement from ``start`` up to ``upto`` (inclusive).

    Monthly and yearly dates keep the start's day, clamped to the month's last day (31 Jan ->
    28 Feb -> 31 Mar), so the same occurrence always has the same date whatever day it is computed.
    """
    if frequency not in FREQUENCIES:
        raise DeskmateError(_("frequency must be weekly, monthly or yearly, not '{frequency}'").format(
                                frequency=frequency))
    last = min(upto, end) if end else upto
    out: list[date] = []
    k = 0
    while True:
        if frequency == "weekly":
            d = start + timedelta(weeks=k)
        else:
            months = k if frequency == "monthly" else 12 * k
            y, m = divmod(start.month - 1 + months, 12)
            y += start.year
            m += 1
            d = date(y, m, min(start.day, calendar.monthrange(y, m)[1]))
        if d > last:
            return out
        if since is None or d >= since:
            out.append(d)
        k += 1


def period_label(frequency: str, occurrence: date, fm: Formats | None = None) -> str:
    """How an occurrence's period reads on a draft, in the shop's formats ("March 2026",
    "week 2 Mar – 8 Mar 2026"; a German shop reads "März 2026", "week 2. März – 08.03.2026")."""
    fm = fm or Formats()
    if frequency == "weekly":
        end = occurrence + timedelta(days=6)
        return _("week {start} – {end}").format(start=fm.short_day(occurrence), end=fm.date(end))
    if frequency == "monthly":
        return fm.long_month(occurrence)
    return _("year from {start}").format(start=fm.date(occurrence))


def check_terms(frequency: str, start_date: date, end_date: date | None, lines: Sequence[LineDraft]) -> None:
    """Refuse an agreement that could never bill anything sensible (before any database work)."""
    if frequency not in FREQUENCIES:
        raise ValidationError(_("frequency is weekly, monthly or yearly"), [Problem(_("bad frequency"), column="frequency")])
    if agreement_dates_problem(start_date, end_date):
        raise ValidationError(_("the agreement ends before it starts"), [Problem(_("end before start"), column="end_date")])
    if not lines:
        raise ValidationError(_("an agreement needs at least one line"), [Problem(_("no lines"))])


def add_agreement_in(s: Session, actor: Actor, now: datetime, customer_id: int, title: str, frequency: str,
                     start_date: date, lines: Sequence[LineDraft], end_date: date | None = None) -> AgreementInfo:
    check_terms(frequency, start_date, end_date, lines)
    line_inputs(lines, read_config(s))
    cust = s.get(Customer, customer_id)
    if cust is None:
        raise NotFound(_("no customer {customer_id}").format(customer_id=customer_id))
    a = RecurringAgreement(customer_id=customer_id, title=title.strip() or _("Agreement"),
                           frequency=frequency, start_date=start_date, end_date=end_date,
                           lines=[ln.as_dict() for ln in lines], active=True, created_at=now)
    s.add(a)
    s.flush()
    record(s, actor, area="invoicing", action="add recurring agreement", entity="recurring_agreement",
           entity_id=a.id, after={"customer": cust.name, "title": a.title, "frequency": frequency,
                                  "start": start_date, "end": end_date, "lines": a.lines},
           summary=_("{frequency} agreement '{title}' for {name}").format(
                       frequency=frequency, title=a.title, name=cust.name), at=now)
    return agreement_info(a, cust.name)


def set_agreement_active_in(s: Session, actor: Actor, now: datetime, agreement_id: int,
                            active: bool) -> AgreementInfo:
    """Pause or resume; the recurring-drafts job drafts for active agreements only."""
    a = s.get(RecurringAgreement, agreement_id)
    if a is None:
        raise NotFound(_("no agreement {agreement_id}").format(agreement_id=agreement_id))
    before = a.active
    a.active = active
    record(s, actor, area="invoicing", action="pause agreement" if not active else "resume agreement",
           entity="recurring_agreement", entity_id=a.id, before={"active": before},
           after={"active": active}, summary=(_("agreement '{title}' resumed") if active else _("agreement '{title}' paused")).format(
                                                 title=a.title),
           at=now)
    return agreement_info(a, s.get(Customer, a.customer_id).name)


def agreements(s: Session, active_only: bool = False) -> list[AgreementInfo]:
    q = select(RecurringAgreement, Customer.name).join(Customer, Customer.id == RecurringAgreement.customer_id)
    if active_only:
        q = q.where(RecurringAgreement.active.is_(True))
    return [agreement_info(a, name) for a, name in s.execute(q.order_by(RecurringAgreement.id))]
