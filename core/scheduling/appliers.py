"""What approving a scheduling suggestion does (runs inside the inbox's transaction)."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select

from core.inbox.kinds import ApplyContext, DueContext, KindSpec, ViewContext, register_kind
from core.kernel.actor import Role
from core.kernel.settings import SettingsService
from core.kernel.errors import ValidationError
from core.scheduling import problem as pb
from core.inbox.texts import stored, stored_n
from core.kernel.i18n import N_, _


def _svc(ctx: ApplyContext) -> Any:
    return ctx.app.scheduling


def apply_roster(ctx: ApplyContext, payload: Any) -> str:
    svc = _svc(ctx)
    rid = int(payload["roster_id"])
    edits = 0
    if "cells" in payload:
        edits = svc.set_cells_in(ctx.session, ctx.actor, rid, pb.cells_from_json(payload["cells"]))
    msg = svc.publish_in(ctx.session, ctx.actor, rid)
    return stored_n("{result} with {n} edit", "{result} with {n} edits", edits, result=msg) if edits else msg


def normalise_roster(payload: Any) -> Any:
    if not isinstance(payload, dict) or "roster_id" not in payload:
        raise ValidationError(_('a roster proposal needs its roster_id'))
    pb.cells_from_json(payload.get("cells", []))   # raises on bad rows
    return payload


def apply_time_off(ctx: ApplyContext, payload: Any) -> str:
    return _svc(ctx).decide_time_off_in(ctx.session, ctx.actor, int(payload["request_id"]), True)


def reject_time_off(ctx: ApplyContext, reason: str) -> None:
    _svc(ctx).decide_time_off_in(ctx.session, ctx.actor, int(ctx.suggestion.payload["request_id"]), False)


def apply_swap(ctx: ApplyContext, payload: Any) -> str:
    return _svc(ctx).apply_swap_in(ctx.session, ctx.actor, int(payload["swap_id"]))


def reject_swap(ctx: ApplyContext, reason: str) -> None:
    _svc(ctx).reject_swap_in(ctx.session, ctx.actor, int(ctx.suggestion.payload["swap_id"]))


def apply_confirmation(ctx: ApplyContext, payload: Any) -> str:
    return _svc(ctx).set_state_in(ctx.session, ctx.actor, int(payload["appointment_id"]), "confirmed")


def reject_confirmation(ctx: ApplyContext, reason: str) -> None:
    _svc(ctx).set_state_in(ctx.session, ctx.actor, int(ctx.suggestion.payload["appointment_id"]),
                           "cancelled", reason or "not confirmed")


def apply_reminder(ctx: ApplyContext, payload: Any) -> str:
    return _svc(ctx).send_reminder_in(ctx.session, ctx.actor, payload)


def apply_fairness(ctx: ApplyContext, payload: Any) -> str:
    svc = _svc(ctx)
    from core.scheduling import models as m
    from sqlalchemy import select
    st = ctx.session.scalar(select(m.ShiftType).where(m.ShiftType.code == payload["shift"]))
    if st is None:
        raise ValidationError(_("shift type {shift} no longer exists").format(shift=payload['shift']))
    for wd in payload.get("weekdays", range(7)):
        ctx.session.add(m.ShiftPreference(staff_id=int(payload["staff_id"]), weekday=int(wd),
                                          shift_type_id=st.id, want=False, weight=int(payload.get("weight", 5))))
    from core.kernel.audit import record
    record(ctx.session, ctx.actor, area="scheduling", action="fairness.adjust", entity="staff_member",
           entity_id=payload["staff_id"], after=payload, at=svc.app.clock.now())
    return stored("future rosters will spare {name} some {shift} shifts", name=payload.get("name", "?"),
                  shift=payload["shift"])


def apply_preference(ctx: ApplyContext, payload: Any) -> str:
    from sqlalchemy import delete, select

    from core.kernel.audit import record
    from core.scheduling import models as m
    st = ctx.session.scalar(select(m.ShiftType).where(m.ShiftType.code == payload["shift"]))
    if st is None:
        raise ValidationError(_("shift type {shift} no longer exists").format(shift=payload['shift']))
    sid, wd = int(payload["staff_id"]), int(payload["weekday"])
    ctx.session.execute(delete(m.ShiftPreference).where(m.ShiftPreference.staff_id == sid,
                                                        m.ShiftPreference.weekday == wd,
                                                        m.ShiftPreference.shift_type_id == st.id))
    ctx.session.add(m.ShiftPreference(staff_id=sid, weekday=wd, shift_type_id=st.id, want=bool(payload["want"]),
                                      weight=int(payload.get("weight", 3))))
    record(ctx.session, ctx.actor, area="scheduling", action="staff.preference", entity="staff_member",
           entity_id=sid, after=payload, summary=_('shift wish learnt from roster edits'), at=ctx.app.clock.now())
    return stored("shift wish recorded for {name}", name=payload.get("name", "?"))


# ---------------------------------------------------------------- due times (inbox urgency)
def due_appointment(ctx: DueContext, payload: Any) -> datetime | None:
    """Confirmations and reminders are due when the appointment starts."""
    from core.scheduling import models as m
    aid = payload.get("appointment_id") if isinstance(payload, dict) else None
    if aid is None and ctx.subject_type == "appointment":
        aid = ctx.subject_id
    if aid is None:
        return None
    row = ctx.session.execute(select(m.Appointment.day, m.Appointment.start_minute)
                              .where(m.Appointment.id == int(aid))).first()
    return ctx.start_of(row.day, row.start_minute) if row is not None else None


def due_time_off(ctx: DueContext, payload: Any) -> datetime | None:
    """A time-off request is due when the time off starts."""
    return ctx.start_of(payload["start"])


def due_swap(ctx: DueContext, payload: Any) -> datetime | None:
    """A swap is due on the day of the shift."""
    return ctx.start_of(payload["day"])


def due_roster(ctx: DueContext, payload: Any) -> datetime | None:
    """A draft roster is due by the publish deadline: the week's start minus the shop's notice."""
    ahead = int(SettingsService.read(ctx.session, "scheduling.publish_days_ahead"))
    week = date.fromisoformat(str(payload.get("week_start") or ctx.subject_id)[:10])
    return ctx.start_of(week - timedelta(days=ahead))


def roster_for_viewer(ctx: ViewContext, detail: Any) -> Any:
    """A drafted roster as staff may see it: the shifts, without colleagues' contract hours."""
    from dataclasses import replace

    from core.scheduling import visibility as vis
    if vis.sees_colleagues_pay(ctx.viewer):
        return detail
    return replace(detail, reason=vis.card_for_staff(detail.reason) or {})


def fairness_for_viewer(ctx: ViewContext, detail: Any) -> Any:
    """A fairness suggestion as staff may see it: about themselves in full, about a colleague
    without the colleague's contract hours."""
    from dataclasses import replace

    from core.scheduling import models as m
    from core.scheduling import visibility as vis
    if vis.sees_colleagues_pay(ctx.viewer):
        return detail
    person = ctx.session.get(m.StaffMember, int(detail.subject_id)) if str(detail.subject_id).isdigit() else None
    if person is not None and ctx.viewer is not None and person.user_id is not None \
            and person.user_id == ctx.viewer.user_id:
        return detail
    return replace(detail, reason=vis.fairness_card_for_staff(detail.reason) or {})


register_kind(KindSpec(kind="roster", area="scheduling", title=N_('Draft roster'), apply=apply_roster,
                       normalise=normalise_roster, editor="roster", due=due_roster, plural=N_('draft rosters'),
                       for_viewer=roster_for_viewer,
                       description=N_('Approving publishes the roster (with any edits made in the editor).')))
register_kind(KindSpec(kind="time_off", area="scheduling", title=N_('Time-off request'), apply=apply_time_off,
                       plural=N_('time-off requests'), on_reject=reject_time_off, due=due_time_off, description=N_('Approve to grant; reject to refuse.')))
register_kind(KindSpec(kind="shift_swap", area="scheduling", title=N_('Shift swap'), apply=apply_swap,
                       on_reject=reject_swap, due=due_swap, plural=N_('shift swaps')))
register_kind(KindSpec(kind="appointment_confirmation", area="scheduling", title=N_('Appointment to confirm'),
                       apply=apply_confirmation, on_reject=reject_confirmation, due=due_appointment,
                       plural=N_('appointments to confirm'), default_roles=frozenset({Role.OWNER, Role.STAFF})))
register_kind(KindSpec(kind="appointment_reminder", area="scheduling", title=N_('Appointment reminder'),
                       apply=apply_reminder, default_roles=frozenset({Role.OWNER, Role.STAFF}), due=due_appointment,
                       plural=N_('appointment reminders'),
                       description=N_('Approving sends it (SMTP) or writes it to the outbox folder.')))
register_kind(KindSpec(kind="roster_fairness", area="scheduling", title=N_('Roster fairness'),
                       apply=apply_fairness, plural=N_('roster fairness suggestions'),
                       for_viewer=fairness_for_viewer))
register_kind(KindSpec(kind="roster_preference", area="scheduling", title=N_('Shift wish learnt from edits'),
                       apply=apply_preference, plural=N_('shift wishes learnt from edits'),
                       description=N_('Approving records the wish; future drafts weigh it.')))


# the follow-up kind is declared with its job (core/scheduling/followups.py)
from core.scheduling import followups as _followups  # noqa: E402,F401
