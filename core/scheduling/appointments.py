"""Appointments: services, the slot finder, booking (no double booking), confirmations,
cancellations, no-shows, completion (billable) and the invoicing hand-over.

Double bookings are refused inside the writing transaction: SQLite writers take the write lock at
BEGIN (``BEGIN IMMEDIATE``), so the overlap check and the insert are atomic across threads and
processes — the second of two simultaneous bookings sees the first and gets a ConflictError.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.inbox.reason import reason_card
from core.kernel.actor import Actor
from core.kernel.audit import record
from core.kernel.errors import ConflictError, NotFound, ValidationError
from core.kernel.formats import read_formats
from core.scheduling.fields import check_service
from core.kernel.limits import check_money
from core.scheduling import models as m
from core.scheduling import problem as pb
from core.scheduling.dto import AppointmentInfo, BillableAppointment, ServiceInfo, Slot, Visit, hm, plain
from core.users.permissions import Perm, require
from core.inbox.texts import stored, tmsg
from core.kernel.i18n import N_, _

AREA = "scheduling"
BLOCKING = ("pending", "confirmed", "completed")


def _service_info(x: m.AppointmentService) -> ServiceInfo:
    return ServiceInfo(x.id, x.name, x.duration_minutes, x.buffer_before, x.buffer_after, x.skill, x.price, x.active)


def subtract(windows: list[tuple[int, int]], cut: tuple[int, int]) -> list[tuple[int, int]]:
    out = []
    for a, b in windows:
        if cut[1] <= a or cut[0] >= b:
            out.append((a, b))
            continue
        if a < cut[0]:
            out.append((a, cut[0]))
        if cut[1] < b:
            out.append((cut[1], b))
    return out


class AppointmentsMixin:
    app: Any
    db: Any

    # ---------------------------------------------------------------- services
    def add_service(self, actor: Actor, name: str, duration_minutes: int, buffer_before: int = 0,
                    buffer_after: int = 0, skill: str | None = None, price: Decimal | str = "0") -> ServiceInfo:
        require(actor, Perm.BOOK_APPOINTMENTS)
        check_service({"name": name, "duration_minutes": duration_minutes, "buffer_before": buffer_before,
                       "buffer_after": buffer_after, "price": price})    # the rules the dialog applies
        name = name.strip()
        with self.db.uow() as s:
            if s.scalar(select(m.AppointmentService).where(m.AppointmentService.name == name)):
                raise ConflictError(_("a service called '{name}' already exists").format(name=name))
            row = m.AppointmentService(name=name, duration_minutes=duration_minutes, buffer_before=buffer_before,
                                       buffer_after=buffer_after, skill=skill, price=check_money(price, "price"))
            s.add(row)
            s.flush()
            record(s, actor, area=AREA, action="service.add", entity="appointment_service", entity_id=row.id,
                   after=plain(_service_info(row)), at=self.app.clock.now())
            return _service_info(row)

    def list_services(self) -> list[ServiceInfo]:
        with self.db.read() as s:
            return [_service_info(x) for x in s.scalars(select(m.AppointmentService)
                                                         .where(m.AppointmentService.active.is_(True))
                                                         .order_by(m.AppointmentService.name))]

    # ---------------------------------------------------------------- slot finder
    def _working_windows(self, s: Session, staff_id: int, day: date) -> list[tuple[int, int]]:
        """When a person works on ``day`` per the published roster (else the draft), minus breaks
        and approved time off."""
        if day in pb.time_off_days(s, staff_id, day, day):
            return []
        roster_id = self._roster_covering(s, day)
        if roster_id is None:
            return []
        rs = s.scalar(select(m.RosterShift).where(m.RosterShift.roster_id == roster_id,
                                                  m.RosterShift.staff_id == staff_id, m.RosterShift.day == day))
        if rs is None:
            return []
        st = s.get(m.ShiftType, rs.shift_type_id)
        windows = [(st.start_minute, st.start_minute + st.length_minutes)]
        if st.break_minutes and st.break_start_minute is not None:
            b0 = st.start_minute + st.break_start_minute
            windows = subtract(windows, (b0, b0 + st.break_minutes))
        return windows

    def working_windows(self, day: date) -> dict[int, list[tuple[int, int]]]:
        """Per staff member, when they work on ``day`` (roster minus breaks and time off)."""
        with self.db.read() as s:
            return {p.id: w for p in pb.active_staff(s) if (w := self._working_windows(s, p.id, day))}

    def _blocks(self, s: Session, staff_id: int, day: date, ignore: int | None = None) -> list[tuple[int, int, int]]:
        q = select(m.Appointment).where(m.Appointment.staff_id == staff_id, m.Appointment.day == day,
                                        m.Appointment.state.in_(BLOCKING))
        return [(a.block_start, a.block_end, a.id) for a in s.scalars(q) if a.id != ignore]

    def _opening(self, s: Session, day: date) -> tuple[int, int] | None:
        """The shop's opening hours that day (setting shop.opening_hours); None when closed."""
        hours = self.app.settings.read(s, "shop.opening_hours") or {}
        span = hours.get(("mon", "tue", "wed", "thu", "fri", "sat", "sun")[day.weekday()]) or []
        if len(span) != 2:
            return None
        (h0, m0), (h1, m1) = (map(int, str(x).split(":")[:2]) for x in span)
        return h0 * 60 + m0, h1 * 60 + m1

    def _slots_in(self, s: Session, svc: m.AppointmentService, day: date, staff_id: int | None = None,
                  step: int = 15, include_past: bool = False) -> list[Slot]:
        staff = [x for x in pb.active_staff(s) if (staff_id is None or x.id == staff_id)
                 and (svc.skill is None or svc.skill in (x.skills or []))]
        now = self.app.clock.now()
        today = self.app.today()
        opening = self._opening(s, day)
        if opening is None:
            return []
        out = []
        for person in staff:
            free = self._working_windows(s, person.id, day)
            for b0, b1, _kind in self._blocks(s, person.id, day):
                free = subtract(free, (b0, b1))
            for a, b in free:
                start = a + svc.buffer_before
                start += (-start) % step
                while start + svc.duration_minutes + svc.buffer_after <= b:
                    inside = opening[0] <= start and start + svc.duration_minutes <= opening[1]
                    if inside and (include_past or day > today
                                   or (day == today and start > self._local_minute(now))):
                        out.append(Slot(person.id, person.name, day, start, start + svc.duration_minutes))
                    start += step
        return sorted(out, key=lambda x: (x.start_minute, x.staff_name))

    def _local_minute(self, now: Any) -> int:
        from zoneinfo import ZoneInfo
        local = now.astimezone(ZoneInfo(self.app.settings.get("shop.timezone")))
        return local.hour * 60 + local.minute

    def slots(self, service_id: int, day: date, staff_id: int | None = None, *,
              include_past: bool = False) -> list[Slot]:
        """Free start times for a service on a day: roster minus breaks, time off, bookings, buffers.
        Times already past are left out unless ``include_past`` (the demo shop books its history)."""
        with self.db.read() as s:
            svc = s.get(m.AppointmentService, service_id)
            if svc is None:
                raise NotFound(_("service {service_id} does not exist").format(service_id=service_id))
            step = self.app.settings.read(s, "scheduling.slot_step")
            return self._slots_in(s, svc, day, staff_id, step, include_past)

    # ---------------------------------------------------------------- booking
    def book(self, actor: Actor, customer_id: int, service_id: int, staff_id: int, day: date,
             start_minute: int, notes: str = "") -> AppointmentInfo:
        """Book a pending appointment; it holds its slot until a person confirms or rejects it."""
        require(actor, Perm.BOOK_APPOINTMENTS)
        fm = self.app.formats()      # the shop's formats for the messages and the inbox card
        with self.db.uow() as s:
            svc = s.get(m.AppointmentService, service_id)
            if svc is None:
                raise NotFound(_("service {service_id} does not exist").format(service_id=service_id))
            # Lock the person's row: on SQLite the writer lock (BEGIN IMMEDIATE) already serialises
            # bookings; on PostgreSQL this FOR UPDATE makes the overlap check below atomic too.
            person = s.scalar(select(m.StaffMember).where(m.StaffMember.id == staff_id).with_for_update())
            if person is None:
                raise NotFound(_("staff member {staff_id} does not exist").format(staff_id=staff_id))
            from core.customers.models import Customer
            customer = s.get(Customer, customer_id)
            if customer is None:
                raise NotFound(_("customer {customer_id} does not exist").format(customer_id=customer_id))
            if svc.skill and svc.skill not in (person.skills or []):
                raise ValidationError(_("{name} does not have the skill '{skill}' {name2} needs").format(name=person.name, skill=svc.skill, name2=svc.name))
            end = start_minute + svc.duration_minutes
            b0, b1 = start_minute - svc.buffer_before, end + svc.buffer_after
            for x0, x1, other in self._blocks(s, staff_id, day):
                if x0 < b1 and b0 < x1:
                    o = s.get(m.Appointment, other)
                    raise ConflictError(
                        _("{name} is already booked {start_minute}–{end_minute} on {day} (appointment {other}, {state}); choose another time or person").format(name=person.name, start_minute=fm.clock(o.start_minute), end_minute=fm.clock(o.end_minute), day=fm.day(day), other=other, state=o.state))
            opening = self._opening(s, day)
            if opening is None or not (opening[0] <= start_minute and end <= opening[1]):
                hours = "closed" if opening is None else f"open {fm.clock(opening[0])}–{fm.clock(opening[1])}"
                raise ConflictError(_("{start_minute}–{end} on {day} is outside opening hours ({hours})").format(start_minute=fm.clock(start_minute), end=fm.clock(end), day=fm.day(day), hours=hours))
            if not any(w0 <= b0 and b1 <= w1 for w0, w1 in self._working_windows(s, staff_id, day)):
                raise ConflictError(_("{name} is not working {b0}–{b1} on {day} (roster, breaks, time off and buffers)").format(name=person.name, b0=fm.clock(b0), b1=fm.clock(b1), day=fm.day(day)))
            a = m.Appointment(customer_id=customer_id, service_id=service_id, staff_id=staff_id, day=day,
                              start_minute=start_minute, end_minute=end, block_start=b0, block_end=b1,
                              state="pending", notes=notes, price=svc.price, created_at=self.app.clock.now(),
                              booked_by=actor.username)
            s.add(a)
            s.flush()
            self.app.inbox.draft(
                s, kind="appointment_confirmation", subject_type="appointment", subject_id=a.id,
                title=stored("Confirm {service} for {customer}, {day} {time}", service=svc.name, customer=customer.name,
                             day=fm.day(day), time=fm.clock(start_minute)),
                payload={"appointment_id": a.id},
                reason=reason_card(explanation=tmsg("{customer} booked {service} with {person}; the slot is held until you "
                                                    "confirm or reject.", customer=customer.name, service=svc.name,
                                                    person=person.name),
                                   inputs={N_("day"): fm.date(day),
                                           N_("time"): f"{fm.clock(start_minute)}–{fm.clock(end)}",
                                           N_("buffers"): tmsg("{before}/{after} min", before=svc.buffer_before,
                                                               after=svc.buffer_after)}),
                subject_label=customer.name, machine_drafted=False, created_by=actor)
            record(s, actor, area=AREA, action="appointment.book", entity="appointment", entity_id=a.id,
                   after={"customer": customer.name, "service": svc.name, "staff": person.name, "day": day,
                          "start": hm(start_minute)}, at=self.app.clock.now())
            return self._info(s, a)

    def _info(self, s: Session, a: m.Appointment) -> AppointmentInfo:
        from core.customers.models import Customer
        c = s.get(Customer, a.customer_id)
        svc = s.get(m.AppointmentService, a.service_id)
        p = s.get(m.StaffMember, a.staff_id)
        return AppointmentInfo(a.id, a.customer_id, c.name if c else "?", a.service_id, svc.name, a.staff_id,
                               p.name, a.day, a.start_minute, a.end_minute, a.state, a.price, a.billable,
                               a.invoice_id, a.notes)

    def set_state_in(self, s: Session, actor: Actor, appointment_id: int, state: str, reason: str = "") -> str:
        allowed = {"confirmed": ("pending",), "cancelled": ("pending", "confirmed"),
                   "no_show": ("confirmed", "pending"), "completed": ("confirmed",)}
        a = s.get(m.Appointment, appointment_id)
        if a is None:
            raise NotFound(_("appointment {appointment_id} does not exist").format(appointment_id=appointment_id))
        if state == "completed" and a.state == "pending":
            # Completing makes it billable: a booking nobody confirmed must not end up on an invoice.
            raise ConflictError(_("appointment {appointment_id} is still pending (never confirmed): confirm it first, then mark it completed").format(appointment_id=appointment_id))
        if a.state not in allowed[state]:
            raise ConflictError(_("appointment {appointment_id} is {state}; it cannot become {state2}").format(appointment_id=appointment_id, state=a.state, state2=state))
        before = a.state
        a.state = state
        if state == "completed":
            a.billable = True
        record(s, actor, area=AREA, action=f"appointment.{state}", entity="appointment", entity_id=a.id,
               before={"state": before}, after={"state": state, "reason": reason}, at=self.app.clock.now())
        if state in ("cancelled", "no_show", "confirmed", "completed"):
            self.app.inbox.supersede_open(s, subject_type="appointment", subject_id=a.id,
                                          reason=stored("appointment {state}", state=state), actor=actor,
                                          kind="appointment_confirmation")
        return {"confirmed": _("appointment {id} confirmed"), "completed": _("appointment {id} completed"),
                "cancelled": _("appointment {id} cancelled"), "no_show": _("appointment {id} no-show"),
                }.get(state, f"appointment {{id}} {state.replace('_', '-')}").format(id=a.id)

    def _transition(self, actor: Actor, appointment_id: int, state: str, reason: str = "") -> AppointmentInfo:
        require(actor, Perm.BOOK_APPOINTMENTS)
        with self.db.uow() as s:
            self.set_state_in(s, actor, appointment_id, state, reason)
            return self._info(s, s.get(m.Appointment, appointment_id))

    def confirm(self, actor: Actor, appointment_id: int) -> AppointmentInfo:
        return self._transition(actor, appointment_id, "confirmed")

    def cancel(self, actor: Actor, appointment_id: int, reason: str = "") -> AppointmentInfo:
        return self._transition(actor, appointment_id, "cancelled", reason)

    def no_show(self, actor: Actor, appointment_id: int) -> AppointmentInfo:
        return self._transition(actor, appointment_id, "no_show")

    def complete(self, actor: Actor, appointment_id: int) -> AppointmentInfo:
        return self._transition(actor, appointment_id, "completed")

    def appointments(self, first: date, last: date, staff_id: int | None = None,
                     customer_id: int | None = None) -> list[AppointmentInfo]:
        with self.db.read() as s:
            q = select(m.Appointment).where(m.Appointment.day >= first, m.Appointment.day <= last)
            if staff_id is not None:
                q = q.where(m.Appointment.staff_id == staff_id)
            if customer_id is not None:
                q = q.where(m.Appointment.customer_id == customer_id)
            q = q.order_by(m.Appointment.day, m.Appointment.start_minute)
            return [self._info(s, a) for a in s.scalars(q)]

    def get_appointment(self, appointment_id: int) -> AppointmentInfo:
        with self.db.read() as s:
            a = s.get(m.Appointment, appointment_id)
            if a is None:
                raise NotFound(_("appointment {appointment_id} does not exist").format(appointment_id=appointment_id))
            return self._info(s, a)

    def record_rating(self, actor: Actor, appointment_id: int, rating: int, comment: str = "") -> str:
        """A customer's answer to the follow-up after this visit (``core/scheduling/followups.py``)."""
        from core.scheduling.followups import record_rating
        return record_rating(self.app, actor, appointment_id, rating, comment)

    def completed_visits(self, session: Session, since: date) -> list[Visit]:
        """Completed appointments from ``since`` on, oldest first: each customer's visits, for
        the invoicing area's win-back job (a customer's own rhythm)."""
        q = (select(m.Appointment.customer_id, m.Appointment.day, m.AppointmentService.name, m.StaffMember.name)
             .join(m.AppointmentService, m.AppointmentService.id == m.Appointment.service_id)
             .join(m.StaffMember, m.StaffMember.id == m.Appointment.staff_id)
             .where(m.Appointment.state == "completed", m.Appointment.day >= since)
             .order_by(m.Appointment.day, m.Appointment.start_minute))
        return [Visit(cid, day, svc, staff) for cid, day, svc, staff in session.execute(q)]

    # ---------------------------------------------------------------- invoicing hand-over
    def billable_appointments(self, session: Session | None = None,
                              customer_id: int | None = None) -> list[BillableAppointment]:
        """Completed appointments not yet invoiced (for the invoicing area)."""
        def run(s: Session) -> list[BillableAppointment]:
            fm = read_formats(s)
            q = (select(m.Appointment, m.AppointmentService, m.StaffMember)
                 .join(m.AppointmentService, m.AppointmentService.id == m.Appointment.service_id)
                 .join(m.StaffMember, m.StaffMember.id == m.Appointment.staff_id)
                 .where(m.Appointment.billable.is_(True), m.Appointment.invoice_id.is_(None)))
            if customer_id is not None:
                q = q.where(m.Appointment.customer_id == customer_id)
            q = q.order_by(m.Appointment.day, m.Appointment.start_minute)
            return [BillableAppointment(a.id, a.customer_id, svc.name, p.name, a.day, a.start_minute,
                                        a.end_minute, a.price,
                                        f"{svc.name} on {fm.date(a.day)} {fm.clock(a.start_minute)} with {p.name}")
                    for a, svc, p in s.execute(q)]
        if session is not None:
            return run(session)
        with self.db.read() as s:
            return run(s)

    def mark_billed(self, session: Session, appointment_ids: list[int], invoice_id: int) -> None:
        """Called by invoicing inside its own unit of work (it records its own audit entry)."""
        for aid in appointment_ids:
            a = session.get(m.Appointment, aid)
            if a is None:
                raise NotFound(_("appointment {aid} does not exist").format(aid=aid))
            if not a.billable:
                raise ConflictError(_("appointment {aid} is not completed, so it cannot be billed").format(aid=aid))
            if a.invoice_id is not None and a.invoice_id != invoice_id:
                raise ConflictError(_("appointment {aid} is already on invoice {invoice_id}").format(aid=aid, invoice_id=a.invoice_id))
            a.invoice_id = invoice_id

    def release_billed(self, session: Session, appointment_ids: list[int], invoice_id: int) -> int:
        """The invoice that billed these appointments was voided or its draft deleted: they are
        billable again. Runs in the caller's unit of work (it records its own audit entry).
        Returns how many were released; appointments billed elsewhere since are left alone."""
        released = 0
        for a in session.scalars(select(m.Appointment).where(m.Appointment.id.in_(list(appointment_ids)),
                                                             m.Appointment.invoice_id == invoice_id)):
            a.invoice_id = None
            released += 1
        return released

    # ---------------------------------------------------------------- reminders
    def reminder_payload(self, s: Session, a: m.Appointment) -> dict[str, Any] | None:
        """The reminder the customer reads: in their language, with dates and times as it writes them."""
        from core.customers.languages import document_formats, document_language
        from core.customers.models import Customer
        from core.kernel.i18n import _, language
        c = s.get(Customer, a.customer_id)
        if c is None or not c.email:
            return None
        lang = document_language(s, c)
        fm = document_formats(s, lang)
        svc = s.get(m.AppointmentService, a.service_id)
        shop = self.app.settings.read(s, "shop.name")
        with language(lang):
            return {"appointment_id": a.id, "to": c.email, "language": lang,
                    "subject": _("Reminder: {service} tomorrow at {time}").format(
                        service=svc.name, time=fm.clock(a.start_minute)),
                    "body": _("Dear {customer},\n\nthis is a reminder of your {service} appointment on {date} at "
                              "{time}.\n\nIf you cannot come, please let us know.\n\n{shop}\n").format(
                        customer=c.name, service=svc.name, date=fm.date(a.day), time=fm.clock(a.start_minute),
                        shop=shop)}

    def send_reminder_in(self, s: Session, actor: Actor, payload: dict[str, Any]) -> str:
        """Send an approved reminder by SMTP when configured, else write it to the outbox folder."""
        from core.io.mail import deliver
        from core.kernel.settings import SettingsService
        a = s.get(m.Appointment, int(payload["appointment_id"]))
        if a is None:
            raise NotFound(_('the appointment no longer exists'))
        if a.state not in ("pending", "confirmed"):
            raise ConflictError(_("appointment {id} is {state}; no reminder needed").format(id=a.id, state=a.state))
        _channel, how = deliver(SettingsService.read_many(s, reveal=True), self.app.paths.outbox, payload["to"],
                                payload["subject"], payload["body"], name=f"reminder-appointment-{a.id}")
        a.reminder_sent_at = self.app.clock.now()
        record(s, actor, area=AREA, action="appointment.reminder", entity="appointment", entity_id=a.id,
               after={"to": payload["to"], "how": how}, at=self.app.clock.now())
        return _("reminder {how}").format(how=how)
