"""Scheduling's part of a customer's data: appointments (see core/customers/providers.py)."""
from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.customers.providers import CustomerDataProvider, register_provider
from core.customers.service import HistoryEvent
from core.scheduling import models as m

EVER = (date(1900, 1, 1), date(9999, 12, 31))


def _appointments(app: Any, customer_id: int) -> list[Any]:
    return app.scheduling.appointments(*EVER, customer_id=customer_id)


def history(app: Any, customer_id: int) -> list[HistoryEvent]:
    out = []
    for a in _appointments(app, customer_id):
        hh, mm = divmod(int(a.start_minute), 60)
        billed = f", invoice #{a.invoice_id}" if a.invoice_id else ""
        out.append(HistoryEvent(a.day, "appointments", a.state,
                                f"{a.service_name} at {hh:02d}:{mm:02d} with {a.staff_name}{billed}",
                                a.price, str(a.id)))
    return out


def privacy_data(app: Any, customer_id: int) -> dict[str, Any]:
    return {"appointments": [{k: v for k, v in asdict(a).items() if k not in ("customer_id", "customer_name")}
                             for a in _appointments(app, customer_id)]}


def erase(s: Session, customer_id: int) -> str | None:
    """Appointments stay (they are the shop's diary and may be billed), their free-text notes go."""
    n = 0
    for a in s.scalars(select(m.Appointment).where(m.Appointment.customer_id == customer_id,
                                                   m.Appointment.notes != "")):
        a.notes = ""
        n += 1
    return f"notes on {n} appointment(s)" if n else None


register_provider(CustomerDataProvider("scheduling", history=history, privacy_data=privacy_data, erase=erase))
