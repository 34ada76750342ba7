"""Scheduling automation: weekly draft roster, daily appointment reminders, fairness watch."""
from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.automation.registry import JobContext, job
from core.inbox.reason import reason_card
from core.inbox.texts import stored, tmsg
from core.kernel.actor import SYSTEM
from core.kernel.formats import read_formats
from core.scheduling import models as m
from core.scheduling.service import monday
from core.kernel.i18n import N_


@job(id="scheduling.auto_roster", title=N_("Draft next week's roster"),
     description=N_('Plans next week with the optimiser and puts the draft in the inbox; approving publishes it.'),
     area="scheduling", kinds=("roster",), schedule="cron:0 7 * * 3")
def auto_roster(ctx: JobContext) -> None:
    svc = ctx.app.scheduling
    week = monday(ctx.as_of) + timedelta(days=7)
    if svc.roster_for_week(week, prefer="published") is not None:
        ctx.note(stored("week of {week} is already published", week=str(week)))
        return
    if not svc.list_staff() or not svc.list_shift_types():
        ctx.note(stored("no staff or shift types yet: nothing to plan"))
        return
    plan = svc.plan(week)
    with ctx.app.db.uow() as s:
        rid, _sid = svc.draft_roster_in(s, SYSTEM, plan, job_ctx=ctx)
    ctx.note(stored("roster {id} drafted for {week}: {status}, penalty {penalty}", id=rid, week=str(week),
                    status=plan.status, penalty=plan.penalty))


@job(id="scheduling.reminders", title=N_('Appointment reminders'),
     description=N_("Drafts a reminder for each of tomorrow's appointments; nothing is sent before approval."),
     area="scheduling", kinds=("appointment_reminder",), schedule="cron:0 8 * * *")
def reminders(ctx: JobContext) -> None:
    svc = ctx.app.scheduling
    tomorrow = ctx.as_of + timedelta(days=1)
    with ctx.app.db.uow() as s:
        q = select(m.Appointment).where(m.Appointment.day == tomorrow,
                                        m.Appointment.state.in_(("pending", "confirmed")),
                                        m.Appointment.reminder_sent_at.is_(None))
        for a in s.scalars(q):
            payload = svc.reminder_payload(s, a)
            if payload is None:
                ctx.note(stored("appointment {id}: the customer has no e-mail address", id=a.id))
                continue
            ctx.draft(s, kind="appointment_reminder", subject_type="appointment", subject_id=a.id,
                      occurrence=tomorrow.isoformat(),
                      # the letter is in the customer's language; the inbox speaks the reader's
                      title=_reminder_title(s, a, payload["to"]),
                      payload=payload, subject_label=payload["to"],
                      reason=_reminder_card(s, a, ctx.as_of))


def _reminder_title(s: Session, a: m.Appointment, to: str) -> str:
    service = s.get(m.AppointmentService, a.service_id)
    return stored("Reminder to {to}: {service} tomorrow at {time}", to=to,
                  service=service.name if service else a.service_id,
                  time=read_formats(s).clock(a.start_minute))


def _reminder_card(s: Session, a: m.Appointment, as_of: date) -> dict[str, object]:
    """What a person checks before approving: who, what, when, with whom, and whether it is
    still unconfirmed (then the reminder doubles as the confirmation request)."""
    from core.customers.models import Customer

    fm = read_formats(s)
    customer = s.get(Customer, a.customer_id)
    service = s.get(m.AppointmentService, a.service_id)
    staff = s.get(m.StaffMember, a.staff_id)
    warnings = [tmsg("the booking is still pending: confirm it too, or the slot stays only held")] \
        if a.state == "pending" else []
    who = customer.name if customer else tmsg("The customer")
    what = service.name if service else tmsg("an appointment")
    return reason_card(
        explanation=tmsg("{customer} has {service} tomorrow; a reminder the day before cuts no-shows. Nothing is "
                         "sent until you approve it.", customer=who, service=what),
        inputs={N_("appointment"): f"#{a.id}", N_("customer"): customer.name if customer else a.customer_id,
                N_("e-mail"): customer.email if customer else "",
                N_("service"): service.name if service else a.service_id,
                N_("when"): f"{fm.day(a.day)} {fm.clock(a.start_minute)}",
                N_("with"): staff.name if staff else a.staff_id, N_("booking state"): a.state},
        window=tmsg("appointments on {day} (the day after {run_day})", day=fm.date(a.day), run_day=fm.date(as_of)),
        formula=tmsg("remind when day = run day + 1 and no reminder was sent yet"),
        confidence="high", warnings=warnings)


@job(id="scheduling.fairness", title=N_('Roster fairness watch'),
     description=N_('Looks at the last 4 published weeks and suggests relief for anyone consistently disadvantaged.'),
     area="scheduling", kinds=("roster_fairness",), schedule="cron:0 7 * * 1")
def fairness(ctx: JobContext) -> None:
    svc = ctx.app.scheduling
    rows = svc.fairness_report(weeks=4, as_of=ctx.as_of)
    types = svc.list_shift_types()
    closing = next((t.code for t in types if t.closing), None)
    with ctx.app.db.uow() as s:
        for row in rows:
            if not row.flags:
                continue
            if row.weeks < 2:
                ctx.note(stored("{name}: not enough history", name=row.name))
                continue
            shift = closing or (types[-1].code if types else None)
            if shift is None:
                continue
            ctx.draft(s, kind="roster_fairness", subject_type="staff_member", subject_id=row.staff_id,
                      occurrence=str(monday(ctx.as_of)),
                      title=stored("{name} looks consistently disadvantaged", name=row.name),
                      payload={"staff_id": row.staff_id, "name": row.name, "shift": shift, "weight": 5},
                      subject_label=row.name,
                      reason=reason_card(
                          explanation=tmsg("Over the last {weeks} published weeks {name} had {flags}. Approving adds a "
                                           "weighted 'rather not' preference for {shift} shifts so future drafts "
                                           "spread them.", weeks=row.weeks, name=row.name, flags="; ".join(row.flags),
                                           shift=shift),
                          window=tmsg("{weeks} weeks to {day}", weeks=row.weeks,
                                      day=ctx.app.formats().date(monday(ctx.as_of))),
                          inputs={N_("weekends"): row.weekends, N_("evenings"): row.evenings,
                                  N_("closings"): row.closings, N_("hours"): row.minutes / 60,
                                  N_("contract hours"): row.contract_minutes / 60},
                          confidence="medium" if row.weeks >= 4 else "low"))


#: What the owner kept doing, by whether they put the person on the shift (True) or took them off.
_LEARNT = {True: N_("In {times} drafted rosters you put {name} on the {shift} shift on {days} before approving. "
                    "Approving records this as a shift wish (weight {weight}) so the optimiser drafts it that way."),
           False: N_("In {times} drafted rosters you took {name} off the {shift} shift on {days} before approving. "
                     "Approving records this as a shift wish (weight {weight}) so the optimiser drafts it that way.")}


@job(id="scheduling.learn_from_overrides", title=N_('Learn from roster edits'),
     description=N_('When the owner keeps moving the same person off (or onto) the same shift before approving drafted rosters, proposes a shift wish so future drafts get it right.'),
     area="scheduling", kinds=("roster_preference",), schedule="cron:30 6 * * 1")
def learn_from_overrides(ctx: JobContext) -> None:
    weekdays = [N_("Mondays"), N_("Tuesdays"), N_("Wednesdays"), N_("Thursdays"), N_("Fridays"), N_("Saturdays"),
                N_("Sundays")]
    patterns = ctx.app.scheduling.override_patterns(weeks=12, as_of=ctx.as_of)
    if not patterns:
        ctx.note(stored("no repeated edits in the last 12 weeks"))
    with ctx.app.db.uow() as s:
        for p in patterns:
            on = tmsg(weekdays[p["weekday"]])
            ctx.draft(s, kind="roster_preference", subject_type="staff_member", subject_id=p["staff_id"],
                      occurrence=f"{p['weekday']}-{p['shift']}-{int(p['want'])}",
                      title=(stored("{name} wants {shift} on {days}?", name=p["name"], shift=p["shift"], days=on)
                             if p["want"] else
                             stored("{name} would rather not work {shift} on {days}?", name=p["name"],
                                    shift=p["shift"], days=on)),
                      payload={k: p[k] for k in ("staff_id", "name", "weekday", "shift", "want", "weight")},
                      subject_label=p["name"],
                      reason=reason_card(
                          explanation=tmsg(_LEARNT[bool(p["want"])], times=p["times"], name=p["name"],
                                           shift=p["shift"], days=on, weight=p["weight"]),
                          window=tmsg("last 12 weeks of approved roster drafts"),
                          formula=tmsg("a pattern = the same person, weekday and shift changed the same way in ≥ 2 "
                                       "weeks; weight = 2 + times seen"),
                          inputs={N_("times seen"): p["times"]},
                          confidence="high" if p["times"] >= 3 else "medium",
                          evidence=[{"roster week": e["week"], "inbox item": e["suggestion"],
                                     "reason given": e["reason"]} for e in p["evidence"]]))


# the follow-up job and its kind live beside their rules
from core.scheduling import followups as _followups  # noqa: E402,F401
