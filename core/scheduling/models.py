"""Scheduling tables: staff, availability, time off, shift types, cover, rosters, appointments.

Dates are business dates (``date``) and times are minutes after local midnight: a roster and an
appointment book are about the shop's wall clock, not instants. iCalendar export attaches the shop's
time zone.
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from core.kernel.db import Base
from core.kernel.types import JSONText, Money, UTCDateTime


class StaffMember(Base):
    __tablename__ = "staff_member"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"), nullable=True)
    role: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    skills: Mapped[Any] = mapped_column(JSONText(), default=list)
    hourly_cost: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    # contract (per week)
    min_minutes: Mapped[int] = mapped_column(Integer, default=0)
    max_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    target_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    max_shifts: Mapped[Any] = mapped_column(JSONText(), nullable=True)      # {shift code: n} or null
    max_consecutive_shifts: Mapped[int | None] = mapped_column(Integer, nullable=True)
    min_consecutive_shifts: Mapped[int] = mapped_column(Integer, default=1)
    min_consecutive_days_off: Mapped[int] = mapped_column(Integer, default=1)
    min_rest_minutes: Mapped[int] = mapped_column(Integer, default=0)
    max_weekends: Mapped[int | None] = mapped_column(Integer, nullable=True)
    active: Mapped[bool] = mapped_column(default=True)


class StaffAvailability(Base):
    """Weekly windows a person can work; a person without rows is available at any time."""
    __tablename__ = "staff_availability"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id", ondelete="CASCADE"), index=True)
    weekday: Mapped[int] = mapped_column(Integer)           # 0 = Monday
    start_minute: Mapped[int] = mapped_column(Integer)
    end_minute: Mapped[int] = mapped_column(Integer)


class ShiftPreference(Base):
    __tablename__ = "shift_preference"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id", ondelete="CASCADE"), index=True)
    weekday: Mapped[int] = mapped_column(Integer)
    shift_type_id: Mapped[int] = mapped_column(ForeignKey("shift_type.id", ondelete="CASCADE"))
    want: Mapped[bool] = mapped_column(default=True)
    weight: Mapped[int] = mapped_column(Integer, default=1)


class TimeOffRequest(Base):
    __tablename__ = "time_off_request"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id", ondelete="CASCADE"), index=True)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(20), default="pending")   # pending/approved/rejected
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime())
    decided_by: Mapped[str | None] = mapped_column(String(80), nullable=True)


class ShiftType(Base):
    __tablename__ = "shift_type"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    start_minute: Mapped[int] = mapped_column(Integer)
    length_minutes: Mapped[int] = mapped_column(Integer)
    break_start_minute: Mapped[int | None] = mapped_column(Integer, nullable=True)   # after shift start
    break_minutes: Mapped[int] = mapped_column(Integer, default=0)
    skills: Mapped[Any] = mapped_column(JSONText(), default=list)
    forbidden_next: Mapped[Any] = mapped_column(JSONText(), default=list)   # shift codes
    closing: Mapped[bool] = mapped_column(default=False)
    color: Mapped[str] = mapped_column(String(9), default="#9bc4e2")
    active: Mapped[bool] = mapped_column(default=True)


class CoverRequirement(Base):
    __tablename__ = "cover_requirement"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    weekday: Mapped[int] = mapped_column(Integer)
    shift_type_id: Mapped[int] = mapped_column(ForeignKey("shift_type.id", ondelete="CASCADE"), index=True)
    skill: Mapped[str | None] = mapped_column(String(40), nullable=True)
    required: Mapped[int] = mapped_column(Integer)
    hard_minimum: Mapped[int] = mapped_column(Integer, default=0)
    under_weight: Mapped[int] = mapped_column(Integer, default=100)
    over_weight: Mapped[int] = mapped_column(Integer, default=10)


class Roster(Base):
    __tablename__ = "roster"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    week_start: Mapped[date] = mapped_column(Date, index=True)
    days: Mapped[int] = mapped_column(Integer, default=7)
    state: Mapped[str] = mapped_column(String(20), default="draft")   # draft/published/superseded
    penalty: Mapped[int | None] = mapped_column(Integer, nullable=True)
    explanation: Mapped[Any] = mapped_column(JSONText(), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    published_by: Mapped[str | None] = mapped_column(String(80), nullable=True)


class RosterShift(Base):
    __tablename__ = "roster_shift"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    roster_id: Mapped[int] = mapped_column(ForeignKey("roster.id", ondelete="CASCADE"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id"), index=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    shift_type_id: Mapped[int] = mapped_column(ForeignKey("shift_type.id"))

    __table_args__ = (UniqueConstraint("roster_id", "staff_id", "day"),)


class ShiftSwap(Base):
    __tablename__ = "shift_swap"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    roster_id: Mapped[int] = mapped_column(ForeignKey("roster.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    from_staff_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id"))
    to_staff_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id"))
    state: Mapped[str] = mapped_column(String(20), default="pending")
    reason: Mapped[str] = mapped_column(Text, default="")
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (Index("ix_shift_swap_roster_day", "roster_id", "day"),)


class AppointmentService(Base):
    """Something a customer books: how long it takes, buffers around it, who can do it."""
    __tablename__ = "appointment_service"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    buffer_before: Mapped[int] = mapped_column(Integer, default=0)
    buffer_after: Mapped[int] = mapped_column(Integer, default=0)
    skill: Mapped[str | None] = mapped_column(String(40), nullable=True)
    price: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    active: Mapped[bool] = mapped_column(default=True)


class Appointment(Base):
    __tablename__ = "appointment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("appointment_service.id"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id"), index=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    start_minute: Mapped[int] = mapped_column(Integer)
    end_minute: Mapped[int] = mapped_column(Integer)
    # the time the staff member is blocked, buffers included
    block_start: Mapped[int] = mapped_column(Integer)
    block_end: Mapped[int] = mapped_column(Integer)
    # pending / confirmed / completed / cancelled / no_show
    state: Mapped[str] = mapped_column(String(20), default="pending")
    notes: Mapped[str] = mapped_column(Text, default="")
    price: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    billable: Mapped[bool] = mapped_column(default=False)
    invoice_id: Mapped[int | None] = mapped_column(Integer, nullable=True)   # set by invoicing
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    booked_by: Mapped[str] = mapped_column(String(80), default="")
    reminder_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    __table_args__ = (Index("ix_appointment_staff_day", "staff_id", "day"),)


class FollowupAnswer(Base):
    """What a customer answered to the follow-up after a visit (``core/scheduling/followups.py``):
    a rating from 1 to 5 and their words, recorded by a person; kept on the customer and summed up
    per service and per staff member."""

    __tablename__ = "followup_answer"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    appointment_id: Mapped[int] = mapped_column(ForeignKey("appointment.id", ondelete="CASCADE"), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    service_name: Mapped[str] = mapped_column(String(120))
    staff_name: Mapped[str] = mapped_column(String(120))
    visit_day: Mapped[date] = mapped_column(Date, index=True)
    rating: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by: Mapped[str] = mapped_column(String(80), default="")
