"""Follow-up after a visit: a short note drafted per the service's setting, answers kept on the
customer and summed up per service and per staff member.

The setting ``scheduling.followup_days`` names the services that get a follow-up and how many days
after a completed appointment it is drafted ({"Cake tasting": 2}). The job drafts one note per such
appointment (thanks, how was it, a rating from 1 to 5 they may reply with) for a person to edit and
send; nothing is sent until someone approves it, and it goes the way payment reminders go (e-mail
when SMTP is set up, else an .eml in the outbox). The answer a customer gives is recorded by a
person (``deskmate appointments rating``), kept on the customer as a note, and the satisfaction
figure — the mean rating and how many answered — is summed up per service or per staff member by
month (``deskmate appointments satisfaction``).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from core.automation.pilot import PilotComparison, register_pilot_comparison
from core.automation.registry import JobContext, job
from core.customers.models import Customer
from core.customers.messages import send_to_customer
from core.customers.service import add_note
from core.inbox.kinds import ApplyContext, KindSpec, register_kind
from core.inbox.reason import reason_card
from core.inbox.texts import stored, tmsg
from core.kernel.actor import Actor, Role
from core.kernel.audit import record
from core.kernel.errors import ConflictError, DeskmateError, NotFound, ValidationError
from core.kernel.formats import read_formats
from core.kernel.i18n import N_, _, ngettext
from core.kernel.settings import SettingsService
from core.scheduling import models as m
from core.users.permissions import Perm, require

if TYPE_CHECKING:
    from core.app import Deskmate

KIND = "visit_followup"
JOB = "scheduling.followups"
CATCH_UP_DAYS = 7          # a follow-up missed for a week is not drafted any more


@job(id=JOB, title=N_("Follow up after a visit"),
     description=N_("Every day: for completed appointments of the services named in the setting "
                    "'Follow up after a visit', drafts a short thank-you asking how it was (with a "
                    "rating to reply) for a person to edit and send. Nothing is sent by itself."),
     area="scheduling", kinds=(KIND,), schedule="cron:0 9 * * *", owner_role=Role.OWNER)
def followup_job(ctx: JobContext) -> None:
    with ctx.app.db.uow() as s:
        days_by_service = SettingsService.read(s, "scheduling.followup_days")
        if not days_by_service:
            ctx.note(stored("no service has a follow-up (setting 'Follow up after a visit')"))
            return
        shop = str(SettingsService.read(s, "shop.name") or "")
        fm = read_formats(s)
        since = ctx.as_of - timedelta(days=max(days_by_service.values()) + CATCH_UP_DAYS)
        q = (select(m.Appointment, m.AppointmentService, m.StaffMember, Customer)
             .join(m.AppointmentService, m.AppointmentService.id == m.Appointment.service_id)
             .join(m.StaffMember, m.StaffMember.id == m.Appointment.staff_id)
             .join(Customer, Customer.id == m.Appointment.customer_id)
             .where(m.Appointment.state == "completed", m.Appointment.day >= since,
                    Customer.erased_at.is_(None)))
        n = 0
        for a, svc, staff, c in s.execute(q):
            delay = days_by_service.get(svc.name)
            if delay is None:
                continue
            due = a.day + timedelta(days=delay)
            if not (due <= ctx.as_of < due + timedelta(days=CATCH_UP_DAYS)):
                continue
            subject = _("Thank you for your visit to {shop}").format(shop=shop)
            body = "\n".join([
                _("Dear {name},").format(name=c.name), "",
                _("thank you for coming in for {service} with {staff} on {day}. How was it?").format(
                    service=svc.name, staff=staff.name, day=fm.date(a.day)),
                _("If you have a moment, reply with a mark from 1 (poor) to 5 (excellent) and anything "
                  "you would like us to know."), "", _("Kind regards,"), shop])
            new_id = ctx.draft(
                s, kind=KIND, subject_type="appointment", subject_id=a.id, occurrence="followup",
                subject_label=c.name,
                title=stored("Follow up {name}: {service} with {staff} on {day}", name=c.name,
                             service=svc.name, staff=staff.name, day=fm.date(a.day)),
                summary=stored("{days} days after the visit", days=delay),
                payload={"appointment_id": a.id, "customer_id": c.id, "to": c.email or "",
                         "subject": subject, "body": body},
                reason=reason_card(
                    explanation=tmsg("{service} is followed up {days} days after the visit (setting "
                                     "'Follow up after a visit'); {name} came on {day}.", service=svc.name,
                                     days=delay, name=c.name, day=fm.date(a.day)),
                    inputs={N_("customer"): c.name, N_("service"): svc.name, N_("staff"): staff.name,
                            N_("visit"): fm.date(a.day), N_("e-mail"): c.email or tmsg("(none: the note goes to the outbox)")},
                    confidence="high",
                    warnings=[tmsg("nothing is sent until you approve; record the answer with "
                                   "'deskmate appointments rating'")]))
            n += new_id is not None
    ctx.note(stored("{n} follow-ups drafted", n=n))


def normalise(payload: Any) -> Any:
    if not isinstance(payload, dict) or "appointment_id" not in payload:
        raise DeskmateError(_("a follow-up names its appointment"))
    for key in ("subject", "body"):
        if not str(payload.get(key, "")).strip():
            raise DeskmateError(_("a follow-up needs a subject and a text"))
    return {**payload, "appointment_id": int(payload["appointment_id"]), "customer_id": int(payload["customer_id"]),
            "to": str(payload.get("to", "")).strip()}


def apply(ctx: ApplyContext, payload: dict[str, Any]) -> str:
    """Send the follow-up as the person left it (e-mail, or the outbox) and keep it on the customer."""
    require(ctx.actor, Perm.EDIT_CUSTOMERS)
    s, app = ctx.session, ctx.app
    sent = send_to_customer(
        s, app, ctx.actor, payload["customer_id"], to=payload.get("to", ""), subject=payload["subject"],
        body=payload["body"], file_name=f"followup-{payload['appointment_id']}", note_kind="followup",
        note=lambda how: _("Follow-up \u201c{subject}\u201d {how}").format(subject=payload["subject"], how=how))
    done = _("follow-up to {name} {how}").format(name=sent.customer_name, how=sent.how)
    record(s, ctx.actor, area="scheduling", action="send follow-up", entity="appointment",
           entity_id=payload["appointment_id"], after={"channel": sent.channel, "to": payload.get("to")},
           summary=done, at=app.clock.now())
    return done


register_kind(KindSpec(
    kind=KIND, area="scheduling", title=N_("Follow-up after a visit"), apply=apply,
    plural=N_("follow-ups after a visit"),
    default_roles=frozenset({Role.OWNER, Role.STAFF}), normalise=normalise, editor="reminder",
    description=N_("A short thank-you after a completed appointment asking how it was; approving sends "
                   "it (e-mail or outbox) and records it on the customer.")))


# ----------------------------------------------------------------------------- answers
def record_rating(app: "Deskmate", actor: Actor, appointment_id: int, rating: int, comment: str = "") -> str:
    """Keep a customer's answer: on the appointment's customer (a note) and for the summaries."""
    require(actor, Perm.EDIT_CUSTOMERS)
    if not 1 <= int(rating) <= 5:
        raise ValidationError(_("a rating is from 1 to 5"))
    with app.db.uow() as s:
        row = s.execute(select(m.Appointment, m.AppointmentService, m.StaffMember)
                        .join(m.AppointmentService, m.AppointmentService.id == m.Appointment.service_id)
                        .join(m.StaffMember, m.StaffMember.id == m.Appointment.staff_id)
                        .where(m.Appointment.id == appointment_id)).first()
        if row is None:
            raise NotFound(_("no appointment {id}").format(id=appointment_id))
        a, svc, staff = row
        if a.state != "completed":
            raise ConflictError(_("appointment {id} is not completed: there is no visit to rate").format(id=a.id))
        now = app.clock.now()
        ans = s.scalars(select(m.FollowupAnswer).where(m.FollowupAnswer.appointment_id == a.id)).first()
        before = None if ans is None else {"rating": ans.rating, "comment": ans.comment}
        if ans is None:
            ans = m.FollowupAnswer(appointment_id=a.id, customer_id=a.customer_id, service_name=svc.name,
                                   staff_name=staff.name, visit_day=a.day)
            s.add(ans)
        ans.rating, ans.comment, ans.recorded_at, ans.recorded_by = int(rating), comment, now, actor.username
        text = _("Rated {service} with {staff} on {day}: {rating} of 5").format(
            service=svc.name, staff=staff.name, day=read_formats(s).date(a.day), rating=int(rating))
        add_note(s, actor, a.customer_id, text + (f" — {comment}" if comment else ""), kind="rating", at=now)
        record(s, actor, area="scheduling", action="record rating", entity="appointment", entity_id=a.id,
               before=before, after={"rating": int(rating), "comment": comment}, summary=text, at=now)
        return text


@dataclass(frozen=True)
class Satisfaction:
    group: str           # the service or the staff member
    month: str           # YYYY-MM
    answers: int
    mean_rating: float


def satisfaction(app: "Deskmate", by: str = "service") -> list[Satisfaction]:
    """The mean rating and the number of answers per service (or staff member) and month."""
    if by not in ("service", "staff"):
        raise ValidationError(_("summarise by service or staff"))
    with app.db.read() as s:
        rows = s.execute(select(m.FollowupAnswer.service_name, m.FollowupAnswer.staff_name,
                                m.FollowupAnswer.visit_day, m.FollowupAnswer.rating)).all()
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for service, staff, day, rating in rows:
        groups[(service if by == "service" else staff, f"{day:%Y-%m}")].append(rating)
    return [Satisfaction(g, month, len(r), round(sum(r) / len(r), 2)) for (g, month), r in sorted(groups.items())]


def register_cli(ap: Any) -> None:
    """``appointments rating`` and ``appointments satisfaction`` (added to scheduling's CLI)."""
    from core.kernel.cli_support import actor_for, add_as, print_json, print_table

    def cmd_rating(args: Any, app: Any) -> int:
        print(record_rating(app, actor_for(app, args.as_user), args.appointment, args.rating, args.comment or ""))
        return 0

    def cmd_satisfaction(args: Any, app: Any) -> int:
        rows = satisfaction(app, args.by)
        if args.json:
            print_json([r.__dict__ for r in rows])
            return 0
        print_table([(r.group, r.month, r.answers, app.formats().number(r.mean_rating, 2)) for r in rows],
                    (_("service") if args.by == "service" else _("staff"), _("month"), _("answers"),
                     _("mean rating (1–5)")))
        return 0

    sp = ap.add_parser("rating", help=_("record a customer's answer to the follow-up: a rating from 1 to 5"))
    sp.add_argument("appointment", type=int)
    sp.add_argument("rating", type=int)
    sp.add_argument("--comment")
    add_as(sp)
    sp.set_defaults(handler=cmd_rating)
    sp = ap.add_parser("satisfaction", help=_("mean rating by month, per service or per staff member"))
    sp.add_argument("--by", choices=["service", "staff"], default="service")
    sp.add_argument("--json", action="store_true")
    add_as(sp)
    sp.set_defaults(handler=cmd_satisfaction)


# ----------------------------------------------------------------------------- the trend report
def _report(app: "Deskmate", period: Any) -> Any:
    """Satisfaction by week: the mean rating and the answers, per service and per staff member."""
    from decimal import Decimal

    from core.kernel.reports import Computed, Figure, Series, Table
    n = len(period.weeks())
    sums, counts = [0] * n, [0] * n
    per: dict[tuple[str, str], list[int]] = defaultdict(list)
    with app.db.read() as s:
        rows = s.execute(select(m.FollowupAnswer.service_name, m.FollowupAnswer.staff_name,
                                m.FollowupAnswer.visit_day, m.FollowupAnswer.rating)
                         .where(m.FollowupAnswer.visit_day >= period.start,
                                m.FollowupAnswer.visit_day <= period.end)).all()
    for service, staff, day, rating in rows:
        w = period.week_index(day)
        if w is not None:
            sums[w] += rating
            counts[w] += 1
        per[("service", service)].append(rating)
        per[("staff", staff)].append(rating)

    def mean(values: list[int]) -> Decimal | None:
        return (Decimal(sum(values)) / len(values)).quantize(Decimal("0.01")) if values else None
    every = [r for _s, _t, _d, r in rows]

    def table_for(which: str, title: str, column: str) -> Table:
        return Table(title, (column, _("Answers"), _("Mean rating (1–5)")), ("text", "count", "number"),
                     tuple((label, Decimal(len(v)), mean(v)) for (kind, label), v in sorted(per.items())
                           if kind == which))
    return Computed(
        series=(Series(_("mean rating (1–5)"), "number",
                       tuple((Decimal(sums[i]) / counts[i]).quantize(Decimal("0.01")) if counts[i] else None
                             for i in range(n)), kind="line"),
                Series(_("answers"), "count", tuple(Decimal(c) for c in counts), drawn=False)),
        figures=(Figure("mean_rating", _("Mean rating (1–5)"), "number", mean(every), "up"),
                 Figure("answers", _("Answers recorded"), "count", Decimal(len(every)))),
        tables=(table_for("service", _("Per service"), _("Service")),
                table_for("staff", _("Per staff member"), _("Staff member"))),
        how=(_("Each answer a customer gave to a follow-up after a visit (recorded with 'deskmate "
               "appointments rating'), counted in the week of the visit."),
             _("The mean rating is the average mark from 1 (poor) to 5 (excellent); weeks without answers "
               "have none.")))


def _register_report() -> None:
    from core.kernel.reports import ReportSpec, register_report
    register_report(ReportSpec("satisfaction", N_("Satisfaction after visits"), "scheduling",
                               N_("the mean rating customers gave after a visit, by week, per service and "
                                  "per staff member"), _report, position=45, chart="line"))


_register_report()


# ----------------------------------------------------------------------------- its pilot
#: A person's note on the customer within this many days after a visit is a follow-up by hand.
BY_HAND_WITHIN_DAYS = 14
CONTACT_NOTES = ("note", "followup")


def compare_followups(drafted: set[int], by_hand: set[int], answered: set[int]) -> str:
    """The visits (appointment ids) the pilot would have followed up against the visits people
    followed up by hand in the period and the answers recorded for the pilot's visits. Pure."""
    return ngettext("would have followed up {n} visit; people followed up {both} of them by hand and recorded "
                    "an answer for {answered}; visits people followed up that it would not have: {other}",
                    "would have followed up {n} visits; people followed up {both} of them by hand and recorded "
                    "an answer for {answered}; visits people followed up that it would not have: {other}",
                    len(drafted)).format(n=len(drafted), both=len(drafted & by_hand),
                                         answered=len(drafted & answered), other=len(by_hand - drafted))


def _pilot(app: "Deskmate", period: Any, drafts: list[Any]) -> str:
    from core.customers.messages import notes_by_hand
    from core.kernel.reports import instant_bounds, shop_zone
    drafted = {int(d.payload["appointment_id"]) for d in drafts
               if isinstance(d.payload, dict) and d.payload.get("appointment_id") is not None}
    zone = shop_zone(app)
    lo, hi = instant_bounds(period, zone)
    with app.db.read() as s:
        notes = notes_by_hand(s, lo, hi, CONTACT_NOTES, zone)
        visits = s.execute(select(m.Appointment.id, m.Appointment.customer_id, m.Appointment.day).where(
            m.Appointment.state == "completed", m.Appointment.day <= period.end,
            m.Appointment.day >= period.start - timedelta(days=BY_HAND_WITHIN_DAYS))).all()
        answered = set(s.scalars(select(m.FollowupAnswer.appointment_id).where(
            m.FollowupAnswer.appointment_id.in_(drafted)))) if drafted else set()
    by_hand = {aid for aid, cid, day in visits
               if any(day <= d <= day + timedelta(days=BY_HAND_WITHIN_DAYS) for d in notes.get(cid, []))}
    return compare_followups(drafted, by_hand, answered)


register_pilot_comparison(PilotComparison(JOB, N_("the follow-ups people sent by hand"), _pilot))
