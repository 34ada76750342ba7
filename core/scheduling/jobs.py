"""Scheduling automation: weekly draft roster, daily appointment reminders, fairness watch."""
from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.automation.registry import JobContext, job
from core.inbox.reason import reason_card
from core.kernel.actor import SYSTEM
from core.kernel.formats import read_formats
from core.scheduling import models as m
from core.scheduling.service import monday


@job(id="scheduling.auto_roster", title="Draft next week's roster",
     description="Plans next week with the optimiser and puts the draft in the inbox; approving publishes it.",
     area="scheduling", kinds=("roster",), schedule="cron:0 7 * * 3")
def auto_roster(ctx: JobContext) -> None:
    svc = ctx.app.scheduling
    week = monday(ctx.as_of) + timedelta(days=7)
    if svc.roster_for_week(week, prefer="published") is not None:
        ctx.note(f"week of {week} is already published")
        return
    if not svc.list_staff() or not svc.list_shift_types():
        ctx.note("no staff or shift types yet: nothing to plan")
        return
    plan = svc.plan(week)
    with ctx.app.db.uow() as s:
        rid, _ = svc.draft_roster_in(s, SYSTEM, plan, job_ctx=ctx)
    ctx.note(f"roster {rid} drafted for {week}: {plan.status}, penalty {plan.penalty}")


@job(id="scheduling.reminders", title="Appointment reminders",
     description="Drafts a reminder for each of tomorrow's appointments; nothing is sent before approval.",
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
                ctx.note(f"appointment {a.id}: the customer has no e-mail address")
                continue
            ctx.draft(s, kind="appointment_reminder", subject_type="appointment", subject_id=a.id,
                      occurrence=tomorrow.isoformat(), title=payload["subject"] + f" → {payload['to']}",
                      payload=payload, subject_label=payload["to"],
                      reason=_reminder_card(s, a, ctx.as_of))


def _reminder_card(s: Session, a: m.Appointment, as_of: date) -> dict[str, object]:
    """What a person checks before approving: who, what, when, with whom, and whether it is
    still unconfirmed (then the reminder doubles as the confirmation request)."""
    from core.customers.models import Customer

    fm = read_formats(s)
    customer = s.get(Customer, a.customer_id)
    service = s.get(m.AppointmentService, a.service_id)
    staff = s.get(m.StaffMember, a.staff_id)
    warnings = ["the booking is still pending: confirm it too, or the slot stays only held"] \
        if a.state == "pending" else []
    return reason_card(
        explanation=f"{customer.name if customer else 'The customer'} has "
                    f"{service.name if service else 'an appointment'} tomorrow; a reminder the day "
                    "before cuts no-shows. Nothing is sent until you approve it.",
        inputs={"appointment": f"#{a.id}", "customer": customer.name if customer else a.customer_id,
                "e-mail": customer.email if customer else "",
                "service": service.name if service else a.service_id,
                "when": f"{fm.day(a.day)} {fm.clock(a.start_minute)}",
                "with": staff.name if staff else a.staff_id, "booking state": a.state},
        window=f"appointments on {fm.date(a.day)} (the day after {fm.date(as_of)})",
        formula="remind when day = run day + 1 and no reminder was sent yet",
        confidence="high", warnings=warnings)


@job(id="scheduling.fairness", title="Roster fairness watch",
     description="Looks at the last 4 published weeks and suggests relief for anyone consistently disadvantaged.",
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
                ctx.note(f"{row.name}: not enough history")
                continue
            shift = closing or (types[-1].code if types else None)
            if shift is None:
                continue
            ctx.draft(s, kind="roster_fairness", subject_type="staff_member", subject_id=row.staff_id,
                      occurrence=str(monday(ctx.as_of)),
                      title=f"{row.name} looks consistently disadvantaged",
                      payload={"staff_id": row.staff_id, "name": row.name, "shift": shift, "weight": 5},
                      subject_label=row.name,
                      reason=reason_card(
                          explanation=f"Over the last {row.weeks} published weeks {row.name} had "
                                      + "; ".join(row.flags) + ". Approving adds a weighted 'rather not' "
                                      f"preference for {shift} shifts so future drafts spread them.",
                          window=f"{row.weeks} weeks to {ctx.app.formats().date(monday(ctx.as_of))}",
                          inputs={"weekends": row.weekends, "evenings": row.evenings, "closings": row.closings,
                                  "hours": row.minutes / 60, "contract hours": row.contract_minutes / 60},
                          confidence="medium" if row.weeks >= 4 else "low"))


@job(id="scheduling.learn_from_overrides", title="Learn from roster edits",
     description="When the owner keeps moving the same person off (or onto) the same shift before approving "
                 "drafted rosters, proposes a shift wish so future drafts get it right.",
     area="scheduling", kinds=("roster_preference",), schedule="cron:30 6 * * 1")
def learn_from_overrides(ctx: JobContext) -> None:
    weekdays = ["Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays"]
    patterns = ctx.app.scheduling.override_patterns(weeks=12, as_of=ctx.as_of)
    if not patterns:
        ctx.note("no repeated edits in the last 12 weeks")
    with ctx.app.db.uow() as s:
        for p in patterns:
            verb = "put on" if p["want"] else "taken off"
            wish = "wants" if p["want"] else "would rather not work"
            ctx.draft(s, kind="roster_preference", subject_type="staff_member", subject_id=p["staff_id"],
                      occurrence=f"{p['weekday']}-{p['shift']}-{int(p['want'])}",
                      title=f"{p['name']} {wish} {p['shift']} on {weekdays[p['weekday']]}?",
                      payload={k: p[k] for k in ("staff_id", "name", "weekday", "shift", "want", "weight")},
                      subject_label=p["name"],
                      reason=reason_card(
                          explanation=f"In {p['times']} drafted rosters you {verb} {p['name']} "
                                      f"{'to' if p['want'] else 'from'} the {p['shift']} shift on "
                                      f"{weekdays[p['weekday']]} before approving. Approving records this as a "
                                      f"shift wish (weight {p['weight']}) so the optimiser drafts it that way.",
                          window="last 12 weeks of approved roster drafts",
                          formula="a pattern = the same person, weekday and shift changed the same way in ≥ 2 weeks; "
                                  "weight = 2 + times seen",
                          inputs={"times seen": p["times"]},
                          confidence="high" if p["times"] >= 3 else "medium",
                          evidence=[{"roster week": e["week"], "inbox item": e["suggestion"],
                                     "reason given": e["reason"]} for e in p["evidence"]]))
