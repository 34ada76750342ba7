"""What a staff member's fields accept — used by the scheduling service before it writes and by
the Staff tab while a person types."""
from __future__ import annotations

from typing import Any

from core.kernel import rules
from core.kernel.rules import Rule

STAFF_RULES: dict[str, Rule] = {
    "name": rules.required("a name"),
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
