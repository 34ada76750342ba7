"""Invoicing's reports: receivables over time (aging at each week's end, days sales outstanding,
cash due in against purchase orders due) and the measure of its reminder job for the automation
payoff (how many reminders were followed by a payment on their invoice within 14 days)."""
from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from core.automation.payoff import JobQuality, register_job_quality
from core.automation.pilot import PilotComparison, register_pilot_comparison
from core.invoicing import money
from core.invoicing.models import Payment, PaymentReminder
from core.kernel.i18n import N_, _, ngettext
from core.kernel.rawsql import as_date, fetch
from core.kernel.reports import (Computed, Figure, Period, ReportSpec, Series, Table, dec, instant_bounds,
                                 register_report, shop_zone, weekly_measure)

if TYPE_CHECKING:
    from core.app import Deskmate

PAID_WITHIN_DAYS = 14


def reminders_followed_by_payment(app: "Deskmate", period: Period) -> str | None:
    """"Reminders followed by payment within 14 days: 60 % (3 of 5)" over the reminders sent in the
    period whose 14 days are over; None when there are none yet."""
    zone = shop_zone(app)
    lo, hi = instant_bounds(period, zone)
    today = app.today()
    with app.db.read() as s:
        sent = [(inv, at.astimezone(zone).date()) for inv, at in s.execute(
            select(PaymentReminder.invoice_id, PaymentReminder.sent_at)
            .where(PaymentReminder.sent_at >= lo, PaymentReminder.sent_at < hi)).all()]
        sent = [(inv, day) for inv, day in sent if day + timedelta(days=PAID_WITHIN_DAYS) <= today]
        paid: dict[int | None, list[date]] = {}
        if sent:
            for inv, day in s.execute(select(Payment.invoice_id, Payment.paid_on).where(
                    Payment.invoice_id.in_({inv for inv, _unused in sent}))).all():
                paid.setdefault(inv, []).append(day)
    if not sent:
        return None
    followed = sum(1 for inv, day in sent
                   if any(day <= p <= day + timedelta(days=PAID_WITHIN_DAYS) for p in paid.get(inv, [])))
    return ngettext("Reminders followed by payment within {days} days: {share} ({followed} of {n} sent at least "
                    "{days} days ago)",
                    "Reminders followed by payment within {days} days: {share} ({followed} of {n} sent at least "
                    "{days} days ago)", len(sent)).format(
                        days=PAID_WITHIN_DAYS, share=f"{round(100 * followed / len(sent))} %", followed=followed,
                        n=len(sent))


register_job_quality(JobQuality("invoicing.dunning", reminders_followed_by_payment))


# ---------------------------------------------------------------------- receivables over time
def _settled_by(owed: int, pays: list[tuple[date, int]]) -> date:
    """The day the payments (in day order, none negative) first cover ``owed``; date.max if never."""
    total = 0
    for day, amount in pays:
        total += amount
        if total >= owed:
            return day
    return date.max


def _receivables(app: "Deskmate", period: Period) -> Computed:
    buckets = period.weeks()
    n = len(buckets)
    # money read raw as scaled integers (4 places) and added up as such; Decimals once per total
    with app.db.read() as s:
        conn = s.connection()
        invoices = fetch(conn, "SELECT id, issue_date, due_date, gross_total, credited_total FROM invoice "
                               "WHERE kind = 'invoice' AND state = 'issued' AND issue_date <= ?", [period.end])
        # what was applied to each invoice up to the period's end, by day
        paid: dict[int, list[tuple[date, int]]] = defaultdict(list)
        for paid_inv, day, applied in fetch(conn, "SELECT invoice_id, paid_on, applied FROM payment "
                                                  "WHERE invoice_id IS NOT NULL AND paid_on <= ?", [period.end]):
            paid[paid_inv].append((as_date(day), int(applied or 0)))
        received = fetch(conn, "SELECT paid_on, received FROM payment WHERE paid_on >= ? AND paid_on <= ?",
                         [period.start, period.end])
    aging4 = [{b: 0 for b in money.AGING_BUCKETS} for _unused in range(n)]
    due4 = [0] * n
    invoiced4 = 0
    ends = [b.end for b in buckets]
    for inv_id, issued_raw, due_raw, gross, credited in invoices:
        if issued_raw is None:
            continue
        issued, due = as_date(issued_raw), as_date(due_raw) if due_raw is not None else None
        owed = int(gross or 0) - int(credited or 0)
        pays = sorted(paid.get(inv_id, []))
        if due is not None and (wi := period.week_index(due)) is not None:
            due4[wi] += owed
        if period.start <= issued <= period.end:
            invoiced4 += owed
        if pays and all(a >= 0 for _d, a in pays) and _settled_by(owed, pays) <= ends[0]:
            continue             # paid in full before the first week ended: open in none of them
        k, applied_by = 0, 0     # payments applied up to each week's end, walked once
        for i, end in enumerate(ends):
            while k < len(pays) and pays[k][0] <= end:
                applied_by += pays[k][1]
                k += 1
            left = owed - applied_by
            if issued <= end and left > 0:
                aging4[i][money.aging_bucket((end - due).days if due else 0)] += left
    in4 = [0] * n
    for day, amount in received:
        if (wi := period.week_index(as_date(day))) is not None:
            in4[wi] += int(amount or 0)

    def money4(v: int) -> Decimal:
        return Decimal(v).scaleb(-4)
    aging_w = [{b: money4(v) for b, v in a.items()} for a in aging4]
    due_w, in_w, invoiced = [money4(v) for v in due4], [money4(v) for v in in4], money4(invoiced4)
    orders = weekly_measure("purchase orders due", app, period)
    orders_w = orders[1] if orders else (None,) * n
    open_w = [sum(a.values(), Decimal(0)) for a in aging_w]
    overdue_end = open_w[-1] - aging_w[-1]["current"]
    dso = dec(open_w[-1] * period.days / invoiced, 1) if invoiced else None
    series = [Series(_("due from customers"), "money", tuple(dec(v) for v in due_w)),
              Series(_("received"), "money", tuple(dec(v) for v in in_w), kind="line")]
    if orders:
        series.append(Series(_("purchase orders due"), "money", orders_w))
    series += [Series(_("open, {days} days overdue").format(days=b) if b != "current" else _("open, not yet due"),
                      "money",
                      tuple(dec(a[b]) for a in aging_w), drawn=False) for b in money.AGING_BUCKETS]
    return Computed(
        series=tuple(series),
        figures=(Figure("open", _("Owed by customers at the end"), "money", dec(open_w[-1]), "down"),
                 Figure("overdue", _("Of which overdue"), "money", dec(overdue_end), "down"),
                 Figure("dso", _("Days sales outstanding"), "days", dso, "down",
                        _("DSO: what customers owe at the period's end divided by what was invoiced in the period, "
                        "times its days — how many days of sales are waiting to be paid.")),
                 Figure("invoiced", _("Invoiced"), "money", dec(invoiced), "up"),
                 Figure("received", _("Received from customers"), "money", dec(sum(in_w, Decimal(0))), "up"),
                 Figure("orders_due", _("Purchase orders due"), "money",
                        dec(sum((v for v in orders_w if v is not None), Decimal(0))) if orders else None)),
        tables=(Table(_("Aging at each week's end"),
                      (_("Week ending"), *(_("{days} days").format(days=b) if b != "current" else _("not yet due")
                                           for b in money.AGING_BUCKETS), _("Total")),
                      ("date", *("money" for _unused in money.AGING_BUCKETS), "money"),
                      tuple((b.end, *(dec(a[k]) for k in money.AGING_BUCKETS), dec(t))
                            for b, a, t in zip(buckets, aging_w, open_w))),),
        how=(_("Owed at a week's end: every issued invoice (not credit notes, not void) issued by that day, its "
             "total less credit notes against it, less the payments applied to it up to that day."),
             _("Aging: how many days past its due date each open amount was on that day (not yet due, 1-30, "
             "31-60, 61-90, over 90), as on the invoices' Aging view."),
             _("Due from customers: invoice totals (less credit notes) falling due in the week — the cash the "
             "shop could expect in; received: payments recorded in the week."),
             (_(orders[0].about) if orders else _("No area records purchase orders, so none are shown.")),
             _("Days sales outstanding: owed at the period's end, divided by what was invoiced in the period, "
             "times its days; lower means customers pay sooner."),
             _("Credit notes count as of today (they are not dated against the weeks).")))


register_report(ReportSpec("receivables", N_("Receivables and cash flow"), "invoicing",
                           N_("aging over time, days sales outstanding, cash due in against purchase orders due"),
                           _receivables, position=50))


# ---------------------------------------------------------------------- the reminder job's pilot
def compare_reminders(drafted: set[tuple[int, int]], sent: set[tuple[int, int]], paid_anyway: int) -> str:
    """The pilot's (invoice, level) reminders against the ones people sent, and how many of the
    invoices it would have reminded were paid within 14 days without a reminder, in one sentence."""
    invoices_sent = {inv for inv, _unused in sent}
    invoices_drafted = {inv for inv, _unused in drafted}
    paid = ngettext("{paid} of the {n} paid within {days} days without one",
                    "{paid} of the {n} paid within {days} days without one", len(invoices_drafted)).format(
                        paid=paid_anyway, n=len(invoices_drafted), days=PAID_WITHIN_DAYS)
    if not sent:
        return ngettext("people sent no reminders; it would have reminded {n} invoice; {paid}",
                        "people sent no reminders; it would have reminded {n} invoices; {paid}",
                        len(invoices_drafted)).format(n=len(invoices_drafted), paid=paid)
    both = invoices_sent & invoices_drafted
    same_level = len(drafted & sent)
    return ngettext("would have reminded {both} of the {n} invoice people reminded; {extra} extra; the same "
                    "reminder level for {same}; {paid}",
                    "would have reminded {both} of the {n} invoices people reminded; {extra} extra; the same "
                    "reminder level for {same}; {paid}", len(invoices_sent)).format(
                        both=len(both), n=len(invoices_sent), extra=len(invoices_drafted - invoices_sent),
                        same=same_level, paid=paid)


def _dunning_pilot(app: "Deskmate", period: Period, drafts: list[Any]) -> str:
    drafted = {(int(d.payload["invoice_id"]), int(d.payload.get("level", 1))) for d in drafts
               if isinstance(d.payload, dict) and d.payload.get("invoice_id") is not None}
    lo, hi = instant_bounds(period, shop_zone(app))
    first_draft: dict[int, date] = {}
    for d in drafts:
        if isinstance(d.payload, dict) and d.payload.get("invoice_id") is not None:
            first_draft.setdefault(int(d.payload["invoice_id"]), d.day)
    with app.db.read() as s:
        sent = {(inv, level) for inv, level in s.execute(
            select(PaymentReminder.invoice_id, PaymentReminder.level)
            .where(PaymentReminder.sent_at >= lo, PaymentReminder.sent_at < hi))}
        reminded = {inv for inv, _unused in sent}
        paid_days: dict[int, list[date]] = defaultdict(list)
        for inv, day in s.execute(select(Payment.invoice_id, Payment.paid_on)
                                  .where(Payment.invoice_id.in_(list(first_draft)))):
            if inv is not None:
                paid_days[inv].append(day)
    paid_anyway = sum(1 for inv, day in first_draft.items() if inv not in reminded and any(
        day <= p <= day + timedelta(days=PAID_WITHIN_DAYS) for p in paid_days.get(inv, [])))
    return compare_reminders(drafted, sent, paid_anyway)


register_pilot_comparison(PilotComparison("invoicing.dunning", N_("the payment reminders people sent"),
                                          _dunning_pilot))
# the win-back job's pilot is declared beside the job (it reads the job's own rhythm of visits)
from core.invoicing import winback as _winback  # noqa: E402,F401
