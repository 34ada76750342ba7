"""Frozen values the scheduling service returns (never ORM objects)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any


@dataclass(frozen=True)
class StaffInfo:
    id: int
    code: str
    name: str
    role: str
    email: str | None                 # None: hidden from this viewer (a colleague's, seen by staff)
    skills: tuple[str, ...]
    hourly_cost: Decimal | None       # None: hidden from this viewer
    min_minutes: int | None           # None: hidden from this viewer (contract hours)
    max_minutes: int | None
    target_minutes: int | None
    max_shifts: dict[str, int] | None
    max_consecutive_shifts: int | None
    min_consecutive_shifts: int
    min_consecutive_days_off: int
    min_rest_minutes: int
    max_weekends: int | None
    active: bool
    user_id: int | None = None


@dataclass(frozen=True)
class AvailabilityWindow:
    weekday: int
    start_minute: int
    end_minute: int


@dataclass(frozen=True)
class ShiftTypeInfo:
    id: int
    code: str
    name: str
    start_minute: int
    length_minutes: int
    break_start_minute: int | None
    break_minutes: int
    skills: tuple[str, ...]
    forbidden_next: tuple[str, ...]
    closing: bool
    color: str

    @property
    def end_minute(self) -> int:
        return self.start_minute + self.length_minutes

    @property
    def hours_label(self) -> str:
        return f"{hm(self.start_minute)}–{hm(self.end_minute)}"


@dataclass(frozen=True)
class CoverInfo:
    id: int
    weekday: int
    shift_code: str
    skill: str | None
    required: int
    hard_minimum: int
    under_weight: int
    over_weight: int


@dataclass(frozen=True)
class TimeOffInfo:
    id: int
    staff_id: int
    staff_name: str
    start_date: date
    end_date: date
    reason: str
    state: str


@dataclass(frozen=True)
class Warning_:  # noqa: N801 - the trailing _ keeps clear of the builtin Warning
    rule: str
    title: str
    message: str
    staff_id: int | None
    days: tuple[date, ...] = ()


@dataclass(frozen=True)
class RosterView:
    """A roster week as the grid shows it, with the checker's verdict."""
    roster_id: int | None
    week_start: date
    days: tuple[date, ...]
    state: str
    staff: tuple[StaffInfo, ...]
    shift_types: tuple[ShiftTypeInfo, ...]
    cells: dict[tuple[int, date], str]           # (staff id, day) -> shift code
    warnings: tuple[Warning_, ...]
    penalty: int
    penalty_by_rule: dict[str, int]
    penalty_items: tuple[str, ...]
    explanation: Any = None
    cost: Decimal | None = Decimal(0)  # planned hours × each person's hourly cost; None: hidden from staff
    quality: str = ""                  # "4 cover gaps, 2 unmet wishes, fairness spread 3 h"
    people_short: int = 0              # people missing on the week's shifts (the cover gaps)
    # (day, shift code) -> people missing on that shift that day (only where some are missing)
    short_by_shift: dict[tuple[date, str], int] = field(default_factory=dict)


@dataclass(frozen=True)
class EditResult:
    roster_id: int
    warnings: tuple[Warning_, ...]
    penalty: int
    penalty_by_rule: dict[str, int]
    penalty_before: int
    new_warnings: tuple[Warning_, ...] = ()


@dataclass(frozen=True)
class PlanResult:
    week_start: date
    status: str
    cells: dict[tuple[int, date], str]
    penalty: int
    penalty_by_rule: dict[str, int]
    bound: int | None
    seconds: float
    conflicts: tuple[str, ...]
    warnings: tuple[Warning_, ...]
    uncovered: tuple[str, ...]
    preferences_missed: tuple[str, ...]
    fairness: tuple[str, ...]
    phases: tuple[str, ...] = ()
    days: int = 7
    quality: str = ""                  # "4 cover gaps, 2 unmet wishes, fairness spread 3 h"
    # the same texts kept for translation when read (quality, uncovered, missed, fairness, warnings):
    # the stored reason card shows them in the reader's language
    words: Any = None

    @property
    def status_words(self) -> str:
        from core.scheduling.wording import status_words
        return status_words(self.status)


@dataclass(frozen=True)
class FairnessRow:
    staff_id: int
    name: str
    weeks: int
    minutes: int
    contract_minutes: int | None      # None: a colleague's contract, hidden from staff
    weekends: int
    evenings: int
    closings: int
    preferences_honoured: int
    preferences_total: int
    flags: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class ServiceInfo:
    id: int
    name: str
    duration_minutes: int
    buffer_before: int
    buffer_after: int
    skill: str | None
    price: Decimal
    active: bool


@dataclass(frozen=True)
class Slot:
    staff_id: int
    staff_name: str
    day: date
    start_minute: int
    end_minute: int

    @property
    def label(self) -> str:
        return f"{hm(self.start_minute)}–{hm(self.end_minute)} {self.staff_name}"


@dataclass(frozen=True)
class AppointmentInfo:
    id: int
    customer_id: int
    customer_name: str
    service_id: int
    service_name: str
    staff_id: int
    staff_name: str
    day: date
    start_minute: int
    end_minute: int
    state: str
    price: Decimal
    billable: bool
    invoice_id: int | None
    notes: str


@dataclass(frozen=True)
class BillableAppointment:
    id: int
    customer_id: int
    service_name: str
    staff_name: str
    day: date
    start_minute: int
    end_minute: int
    price: Decimal
    description: str


@dataclass(frozen=True)
class Visit:
    """A completed appointment as a visit of its customer (what win-back reads)."""
    customer_id: int
    day: date
    service_name: str
    staff_name: str


def hm(minute: int) -> str:
    minute = int(minute)
    return f"{(minute // 60) % 24:02d}:{minute % 60:02d}" if minute < 24 * 60 else f"{minute // 60:02d}:{minute % 60:02d}"


def plain(value: Any) -> Any:
    """Dataclasses (and lists of them) as dicts, for audit entries and payloads."""
    from dataclasses import asdict, is_dataclass
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value
