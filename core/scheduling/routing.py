"""Who is away, for the inbox's routing to a named person: approved time off of the staff member
linked to a user account (``core/inbox/routing.py`` calls this; the inbox cannot import
scheduling, so scheduling declares it)."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.inbox.routing import register_away
from core.scheduling.models import StaffMember, TimeOffRequest


def away_on_time_off(session: Session, user_ids: Iterable[int], day: date) -> set[int]:
    ids = list(user_ids)
    if not ids:
        return set()
    return set(session.scalars(
        select(StaffMember.user_id).join(TimeOffRequest, TimeOffRequest.staff_id == StaffMember.id)
        .where(StaffMember.user_id.in_(ids), TimeOffRequest.state == "approved",
               TimeOffRequest.start_date <= day, TimeOffRequest.end_date >= day)))


register_away(away_on_time_off)
