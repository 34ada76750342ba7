"""A demo-like mix of open inbox items of the real kinds, for urgency, badge and Today tests.

Drafted straight through ``app.inbox.draft`` (nothing is applied), with payloads carrying what
each kind's due function reads: the inbox's own sorting, counting and permissions are under test.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from core.inbox.reason import reason_card


def _draft(app: Any, kind: str, n: int, payload: dict[str, Any], value: Decimal | None = None,
           subject_type: str = "thing") -> int:
    with app.db.uow() as s:
        sid = app.inbox.draft(s, kind=kind, subject_type=subject_type, subject_id=f"{kind}-{n}",
                              title=f"{kind} {n}", payload=payload, value=value,
                              reason=reason_card(explanation="test mix"), subject_label=f"subject {n}")
    assert sid is not None
    return sid


def draft_mix(app: Any, escalate_as: Any = None) -> dict[str, list[int]]:
    """Open items of seven kinds: findings (no due time), reorders under and over the staff
    limit, payment reminders long overdue, a roster, time off, an invoice draft and one item the
    staff escalated. Returns the ids per kind."""
    ids: dict[str, list[int]] = {}

    def add(kind: str, payload: dict[str, Any], value: Decimal | None = None) -> int:
        sid = _draft(app, kind, len(ids.get(kind, [])), payload, value)
        ids.setdefault(kind, []).append(sid)
        return sid

    for i in range(3):
        add("data_quality", {"problem": f"finding {i}", "fix": None})
    add("reorder", {"supplier_id": 1, "as_of": "2026-11-25", "lines": [
        {"product_id": 1, "sku": "A", "quantity": "2", "unit_cost": "10", "runs_out_on": "2026-11-27"}]},
        Decimal("20"))
    add("reorder", {"supplier_id": 2, "as_of": "2026-11-25", "lines": [
        {"product_id": 2, "sku": "B", "quantity": "200", "unit_cost": "10", "runs_out_on": "2026-11-26"}]},
        Decimal("2000"))
    for due in ("2026-10-01", "2026-09-01"):
        add("invoice_draft", {"customer_id": 1, "lines": [], "source_detail": {"occurrence": due}})
    add("time_off", {"request_id": 1, "staff_id": 1, "start": "2026-12-07", "end": "2026-12-08"})
    add("roster", {"roster_id": 1, "week_start": "2026-11-30", "cells": []})
    escalated = add("appointment_reminder", {"appointment_id": 999})
    if escalate_as is not None:
        app.inbox.decide(escalate_as, escalated, "escalate", reason="not sure")
    return ids | {"escalated": [escalated]}


def today() -> date:
    return date(2026, 11, 25)
