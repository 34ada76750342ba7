"""Win-back: customers whose visits or purchases stopped well beyond their *own* rhythm get a
personal note drafted for a person to edit and send — or to drop with a reason.

A customer's **visits** are the days of their completed appointments (from scheduling) and of
their issued invoices (what they bought), one per day. Their **rhythm** is the median interval
between visits; a customer with fewer than :data:`MIN_VISITS` visits has too little history to
have one, and the job says so instead of guessing. They are **drifting** when the days since the
last visit exceed ``max(2 × median, p90 of their intervals, 14 days)``: twice their usual gap and
longer than nine in ten of their own gaps — a weekly customer is missed after two weeks, a
quarterly one only after half a year. Customers gone more than :data:`GIVE_UP_DAYS` are not
drafted (a note after years is not a win-back).

Nothing is sent by itself: approving delivers the note the way payment reminders go (e-mail when
SMTP is set up, else an .eml in the outbox for sending by hand) and records it on the customer.
One note per lapse: the dedupe key is the last visit, so a customer who comes back and drifts
again gets a new one, and a customer who came back before anyone decided has the note withdrawn.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.automation.pilot import PilotComparison, register_pilot_comparison
from core.automation.registry import JobContext, job
from core.customers.languages import document_formats, document_language
from core.customers.models import Customer
from core.customers.messages import send_to_customer
from core.inbox.kinds import ApplyContext, KindSpec, register_kind
from core.inbox.reason import CONFIDENCE_WORDS, reason_card
from core.inbox.texts import stored, tmsg
from core.invoicing.models import Invoice, InvoiceLine
from core.kernel.actor import Role
from core.kernel.audit import record
from core.kernel.errors import DeskmateError
from core.kernel.formats import read_formats
from core.kernel.i18n import N_, _, language, ngettext
from core.kernel.robust import median, quantile
from core.kernel.settings import SettingsService
from core.users.permissions import Perm, require

if TYPE_CHECKING:
    from core.app import Deskmate

KIND = "winback_note"
JOB = "invoicing.winback"
MIN_VISITS = 4            # three intervals at least: fewer is "not enough history"
MIN_GAP_DAYS = 14
GIVE_UP_DAYS = 400
LOOKBACK_DAYS = 730       # history read


@dataclass(frozen=True)
class Rhythm:
    """One customer's rhythm and where they stand today."""

    customer_id: int
    visits: int
    last_visit: date | None
    median_days: float | None      # None: not enough history
    p90_days: float | None
    threshold_days: float | None
    gap_days: int | None
    usual: tuple[str, ...]         # what they usually book or buy, most frequent first

    @property
    def enough_history(self) -> bool:
        return self.median_days is not None

    @property
    def drifting(self) -> bool:
        return (self.threshold_days is not None and self.gap_days is not None
                and self.threshold_days < self.gap_days <= GIVE_UP_DAYS)

    @property
    def confidence(self) -> str:
        """high: six or more steady intervals; medium: a few, or irregular; low: barely enough."""
        if self.median_days is None:
            return "low"
        intervals = self.visits - 1
        if intervals >= 6 and self.p90_days is not None and self.p90_days <= 2 * self.median_days:
            return "high"
        return "medium" if intervals >= 4 else "low"


def rhythm(customer_id: int, days: list[date], today: date, usual: tuple[str, ...] = ()) -> Rhythm:
    """The rhythm of one customer from their visit days (any order, duplicates allowed)."""
    visits = sorted(set(d for d in days if d <= today))
    last = visits[-1] if visits else None
    gap = (today - last).days if last else None
    if len(visits) < MIN_VISITS:
        return Rhythm(customer_id, len(visits), last, None, None, None, gap, usual)
    intervals = [float((b - a).days) for a, b in zip(visits, visits[1:])]
    m = median(intervals)
    p90 = quantile(intervals, 0.9)
    return Rhythm(customer_id, len(visits), last, m, p90, max(2 * m, p90, float(MIN_GAP_DAYS)), gap, usual)


def _visits(app: "Deskmate", s: Session, since: date) -> tuple[dict[int, list[date]], dict[int, Counter[str]]]:
    days: dict[int, list[date]] = defaultdict(list)
    what: dict[int, Counter[str]] = defaultdict(Counter)
    for cid, day, desc in s.execute(
            select(Invoice.customer_id, Invoice.issue_date, InvoiceLine.description)
            .join(InvoiceLine, InvoiceLine.invoice_id == Invoice.id)
            .where(Invoice.state == "issued", Invoice.kind == "invoice", Invoice.issue_date >= since)):
        if day is None:
            continue
        days[cid].append(day)
        what[cid][desc] += 1
    try:
        visits = app.scheduling.completed_visits(s, since)
    except (ImportError, AttributeError):      # scheduling not installed: purchases only
        visits = []
    for v in visits:
        days[v.customer_id].append(v.day)
        what[v.customer_id][v.service_name] += 1
    return days, what


def rhythms(app: "Deskmate", s: Session, today: date) -> list[Rhythm]:
    """Every customer with at least one visit in the last two years (erased ones left out)."""
    days, what = _visits(app, s, today - timedelta(days=LOOKBACK_DAYS))
    erased = set(s.scalars(select(Customer.id).where(Customer.erased_at.is_not(None))))
    return [rhythm(cid, ds, today, tuple(w for w, _n in what[cid].most_common(3)))
            for cid, ds in sorted(days.items()) if cid not in erased]


def _letter(name: str, shop: str, last: str, usual: tuple[str, ...]) -> tuple[str, str]:
    """The note a person edits before it goes: short, personal, no offer invented for them."""
    subject = _("We have missed you at {shop}").format(shop=shop)
    lines = [_("Dear {name},").format(name=name), "",
             _("it has been a while since your last visit on {day}, and we wanted to say that we "
               "miss you.").format(day=last)]
    if usual:
        lines.append(_("We would be glad to see you again for your usual {things}.").format(
            things=_(" and ").join(usual[:2])))
    lines += ["", _("If anything was not as it should have been, please tell us: we would like to "
                    "put it right."), "", _("Kind regards,"), shop]
    return subject, "\n".join(lines)


@job(id=JOB, title=N_("Win back drifting customers"),
     description=N_("Every Monday: finds customers whose visits or purchases stopped well beyond "
                    "their own usual interval and drafts a personal note for a person to edit and "
                    "send, or drop with a reason. Nothing is sent until someone approves it."),
     area="invoicing", kinds=(KIND,), schedule="cron:0 8 * * 1", owner_role=Role.OWNER)
def winback_job(ctx: JobContext) -> None:
    app = ctx.app
    with app.db.uow() as s:
        fm = read_formats(s)
        shop = str(SettingsService.read(s, "shop.name") or "")
        found = rhythms(app, s, ctx.as_of)
        customers = {c.id: c for c in s.scalars(select(Customer).where(
            Customer.id.in_([r.customer_id for r in found])))}
        drifting = [r for r in found if r.drifting]
        for r in drifting:
            c = customers[r.customer_id]
            assert r.median_days is not None and r.threshold_days is not None and r.last_visit is not None
            lang = document_language(s, c)
            with language(lang):      # the letter in the customer's language; the card in the shop's
                subject, body = _letter(c.name, shop, document_formats(s, lang).date(r.last_visit), r.usual)
            usual = ", ".join(r.usual) or _("(nothing recorded)")
            weeks = fm.number(r.gap_days / 7 if r.gap_days else 0, 1)
            card = reason_card(
                explanation=tmsg("{name} usually comes back every {median} days; the last visit was "
                                 "{gap} days ago ({last}), more than the {threshold} days that are "
                                 "unusual for them.", name=c.name, median=fm.number(r.median_days, 1),
                                 gap=r.gap_days, last=fm.date(r.last_visit),
                                 threshold=fm.number(r.threshold_days, 1)),
                inputs={N_("customer"): c.name, N_("visits (appointments and purchases)"): r.visits,
                        N_("rhythm: median days between visits"): fm.number(r.median_days, 1),
                        N_("9 in 10 of their gaps were at most (days)"): fm.number(r.p90_days or 0, 1),
                        N_("last visit"): fm.date(r.last_visit), N_("days since"): r.gap_days,
                        N_("usually books or buys"): usual,
                        N_("e-mail"): c.email or tmsg("(none: the note goes to the outbox)")},
                window=tmsg("{first} to {last}", first=fm.date(ctx.as_of - timedelta(days=LOOKBACK_DAYS)),
                            last=fm.date(ctx.as_of)),
                formula="gap > max(2 × median, p90, 14)",
                calculation=[tmsg("{gap} > max(2 × {median}, {p90}, 14) = {threshold}", gap=r.gap_days,
                                  median=fm.number(r.median_days, 1), p90=fm.number(r.p90_days or 0, 1),
                                  threshold=fm.number(r.threshold_days, 1))],
                confidence=r.confidence,
                warnings=[tmsg("nothing is sent until you approve; edit the note first, or reject "
                               "it with a reason")])
            new_id = ctx.draft(
                s, kind=KIND, subject_type="customer", subject_id=c.id,
                occurrence=f"last-visit-{r.last_visit.isoformat()}", subject_label=c.name,
                title=stored("Win back {name}: no visit for {weeks} weeks (usually every {median} days)",
                             name=c.name, weeks=weeks, median=fm.number(r.median_days, 1)),
                summary=stored("Usually: {usual}", usual=usual),
                payload={"customer_id": c.id, "to": c.email or "", "subject": subject, "body": body,
                         "last_visit": r.last_visit.isoformat(), "language": lang},
                reason=card)
            if new_id is not None:
                ctx.supersede(s, subject_type="customer", subject_id=c.id, kind=KIND,
                              reason=stored("a newer note replaces it"), except_id=new_id)
        # a customer who came back before anyone decided: the note is withdrawn
        back = {r.customer_id for r in found if not r.drifting}
        for cid in back:
            ctx.supersede(s, subject_type="customer", subject_id=cid, kind=KIND,
                          reason=stored("the customer came back"))
        thin = sum(1 for r in found if not r.enough_history)
    ctx.note(stored("{n} customers judged by their own rhythm, {drifting} drifting; {thin} with too "
                    "little history (fewer than {min} visits) not judged", n=len(found) - thin,
                    drifting=len(drifting), thin=thin, min=MIN_VISITS))


def customer_rhythms(app: "Deskmate", actor: Any, as_of: date | None = None) -> list[tuple[str, Rhythm]]:
    """(name, rhythm) of every customer with a visit in the last two years, drifting first, then by
    name: what ``deskmate winback list`` shows (the job drafts only the drifting ones)."""
    require(actor, Perm.EDIT_CUSTOMERS)
    with app.db.read() as s:
        found = rhythms(app, s, as_of or app.today())
        names = dict(s.execute(select(Customer.id, Customer.name)).all())
    return sorted(((names.get(r.customer_id, ""), r) for r in found),
                  key=lambda nr: (not nr[1].drifting, not nr[1].enough_history, nr[0].lower()))


def cmd_list(args: Any, app: "Deskmate") -> int:
    from core.kernel.cli_support import actor_for, print_json, print_table
    rows = customer_rhythms(app, actor_for(app, args.as_user), args.as_of)
    if not args.all:
        rows = [(n, r) for n, r in rows if r.drifting]
    if args.json:
        print_json([{"customer": n, **r.__dict__, "drifting": r.drifting, "confidence": r.confidence}
                    for n, r in rows])
        return 0
    fm = app.formats()

    def status(r: Rhythm) -> str:
        if not r.enough_history:
            return _("not enough history ({n} visits)").format(n=r.visits)
        return _("drifting") if r.drifting else _("on rhythm")
    print_table([(n, status(r), fm.number(r.median_days, 1) if r.median_days else "",
                  fm.number(r.threshold_days, 1) if r.threshold_days else "", r.gap_days or "",
                  fm.date(r.last_visit), ", ".join(r.usual), _(CONFIDENCE_WORDS[r.confidence]) if r.enough_history else "")
                 for n, r in rows],
                (_("customer"), _("status"), _("rhythm (days)"), _("unusual after"), _("days since"),
                 _("last visit"), _("usually"), _("confidence")))
    return 0


def register_cli(sub: Any) -> None:
    from core.kernel.cli_support import add_as, parse_date
    wb = sub.add_parser("winback", help=_("customers drifting away from their own rhythm")).add_subparsers(
        dest="winback_cmd", metavar="ACTION", required=True)
    sp = wb.add_parser("list", help=_("drifting customers with their rhythm, gap and what they usually "
                                      "book or buy (--all: everyone, with 'not enough history')"))
    sp.add_argument("--all", action="store_true", help=_("every customer with a visit, not only the drifting"))
    sp.add_argument("--as-of", type=parse_date)
    sp.add_argument("--json", action="store_true")
    add_as(sp)
    sp.set_defaults(handler=cmd_list)


# ----------------------------------------------------------------------------- the applier
def normalise(payload: Any) -> Any:
    if not isinstance(payload, dict) or "customer_id" not in payload:
        raise DeskmateError(_("a win-back note names its customer"))
    for key in ("subject", "body"):
        if not str(payload.get(key, "")).strip():
            raise DeskmateError(_("a win-back note needs a subject and a text"))
    return {**payload, "customer_id": int(payload["customer_id"]), "to": str(payload.get("to", "")).strip()}


def apply(ctx: ApplyContext, payload: dict[str, Any]) -> str:
    """Send the note as the person left it (e-mail, or the outbox) and keep it on the customer."""
    require(ctx.actor, Perm.EDIT_CUSTOMERS)
    s, app = ctx.session, ctx.app
    now = app.clock.now()
    sent = send_to_customer(
        s, app, ctx.actor, payload["customer_id"], to=payload.get("to", ""), subject=payload["subject"],
        body=payload["body"], file_name=f"winback-{payload['customer_id']}-{now.strftime('%Y%m%d')}",
        note_kind="winback", note=lambda how: _("Win-back note \u201c{subject}\u201d {how}").format(
            subject=payload["subject"], how=how))
    done = _("win-back note to {name} {how}").format(name=sent.customer_name, how=sent.how)
    record(s, ctx.actor, area="invoicing", action="send win-back note", entity="customer",
           entity_id=sent.customer_id, after={"channel": sent.channel, "to": payload.get("to"),
                                              "subject": payload["subject"]}, summary=done, at=now)
    return done


register_kind(KindSpec(
    kind=KIND, area="invoicing", title=N_("Win-back note"), apply=apply, plural=N_("win-back notes"),
    default_roles=frozenset({Role.OWNER, Role.STAFF}), normalise=normalise, editor="reminder",
    description=N_("A personal note to a customer who stopped coming well beyond their own rhythm; "
                   "approving sends it (e-mail or outbox) and records it on the customer.")))


# ----------------------------------------------------------------------------- its pilot
#: The notes on a customer that are a person reaching out to them: their own note (a call, a letter)
#: or a win-back note sent.
CONTACT_NOTES = ("note", "winback")


def compare_winback(drafted: dict[int, date], contacted: dict[int, list[date]],
                    visits: dict[int, list[date]]) -> str:
    """The customers the pilot would have written to (customer → the day of its draft) against what
    happened by hand in the period: people reached out to them (``contacted``: customer → days of a
    person's note to or about them), or they came back without a note (``visits``: customer → visit
    days). Pure: tested on hand-made dictionaries."""
    both = {c for c, day in drafted.items() if any(d >= day for d in contacted.get(c, []))}
    back = {c for c, day in drafted.items() if c not in both and any(d > day for d in visits.get(c, []))}
    other = len(set(contacted) - set(drafted))
    return ngettext("would have written to {n} drifting customer; people reached out to {both} of them by "
                    "hand, {back} came back without a note; other customers people reached out to: {other}",
                    "would have written to {n} drifting customers; people reached out to {both} of them by "
                    "hand, {back} came back without a note; other customers people reached out to: {other}",
                    len(drafted)).format(n=len(drafted), both=len(both), back=len(back), other=other)


def _pilot(app: "Deskmate", period: Any, drafts: list[Any]) -> str:
    from core.customers.messages import notes_by_hand
    from core.kernel.reports import instant_bounds, shop_zone
    drafted: dict[int, date] = {}
    for d in drafts:
        if isinstance(d.payload, dict) and d.payload.get("customer_id") is not None:
            drafted.setdefault(int(d.payload["customer_id"]), d.day)
    zone = shop_zone(app)
    lo, hi = instant_bounds(period, zone)
    with app.db.read() as s:
        contacted = notes_by_hand(s, lo, hi, CONTACT_NOTES, zone)
        days, _what = _visits(app, s, period.start)
    visits = {c: [d for d in ds if d <= period.end] for c, ds in days.items()}
    return compare_winback(drafted, contacted, visits)


register_pilot_comparison(PilotComparison(JOB, N_("the notes people wrote to customers by hand"), _pilot))
