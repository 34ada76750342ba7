"""What a staff member's, an appointment service's and a time-off request's fields accept — used
by the scheduling service before it writes and by the Schedule page's forms while a person types."""
from __future__ import annotations

from typing import Any

from core.kernel import rules
from core.kernel.i18n import N_
from core.kernel.rules import Rule

STAFF_RULES: dict[str, Rule] = {
    "name": rules.required(N_("enter a name")),
    "email": rules.email(),
    "hourly_cost": rules.money(blank_ok=True),
}
AVAILABILITY_TIME: Rule = rules.time_of_day()


def hours_problem(min_minutes: Any, max_minutes: Any) -> str | None:
    """A week's maximum below its minimum cannot be rostered."""
    if min_minutes is None or max_minutes is None:
        return None
    return "max hours are below min hours" if int(max_minutes) < int(min_minutes) else None


def check_staff(values: dict[str, Any]) -> None:
    rules.check({k.replace("_", " "): (v, STAFF_RULES[k]) for k, v in values.items() if k in STAFF_RULES})


SERVICE_RULES: dict[str, Rule] = {
    "name": rules.required(N_("enter a name")),
    "duration_minutes": rules.quantity(whole=True, minimum=5, maximum=600),
    "buffer_before": rules.quantity(whole=True, minimum=0, maximum=120),
    "buffer_after": rules.quantity(whole=True, minimum=0, maximum=120),
    "price": rules.money(),
}


def check_service(values: dict[str, Any]) -> None:
    rules.check({k.replace("_", " "): (v, SERVICE_RULES[k]) for k, v in values.items() if k in SERVICE_RULES})


def time_off_problem(start: Any, end: Any) -> str | None:
    """Time off must end on or after its first day."""
    if start is None or end is None:
        return None
    return "ends before it starts" if end < start else None
