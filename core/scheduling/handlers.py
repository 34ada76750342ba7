"""Scheduling's answers to other areas' domain events (see core/kernel/events.py)."""
from __future__ import annotations

from typing import Any

from core.kernel.events import EventContext, subscribe


def release_billed_appointments(ctx: EventContext, data: dict[str, Any]) -> None:
    ctx.app.scheduling.release_billed(ctx.session, list(data["appointment_ids"]), int(data["invoice_id"]))


subscribe("invoice.released_appointments", "scheduling", release_billed_appointments)
