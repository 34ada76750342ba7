"""The append-only audit log.

Every write through a service calls :func:`record` inside the same unit of work, so the audit entry
exists exactly when the change does. Rows are never updated or deleted: the ORM refuses it here,
and SQLite triggers (created by the migration) refuse it for anything else writing to the file.

Each entry is also a link in a hash chain (:mod:`core.kernel.audit_chain`): its id, ``prev_hash``
and ``hash`` are assigned when the unit of work flushes it, from the newest entry in the database
at that moment. On SQLite a writer holds the write lock from ``BEGIN IMMEDIATE`` on, so nobody
can append between that read and the insert. (On PostgreSQL the flush would first have to take a
transaction-level advisory lock, ``pg_advisory_xact_lock``, for the same guarantee.)
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ForeignKey, Index, Integer, String, Text, event, or_, select, type_coerce
from sqlalchemy.orm import Mapped, Session, mapped_column
from sqlalchemy import inspect as orm_inspect

from core.kernel.i18n import _
from core.kernel.actor import Actor
from core.kernel.audit_chain import GENESIS, entry_hash, rehash_chain, verify  # noqa: F401 - re-exported
from core.kernel.db import Base
from core.kernel.errors import DeskmateError
from core.kernel.types import JSONText, UTCDateTime, to_jsonable


class AuditEntry(Base):
    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"), nullable=True)
    username: Mapped[str] = mapped_column(String(80))
    area: Mapped[str] = mapped_column(String(40), index=True)
    action: Mapped[str] = mapped_column(String(80))
    entity: Mapped[str] = mapped_column(String(80))
    entity_id: Mapped[str | None] = mapped_column(String(80), nullable=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    before: Mapped[Any] = mapped_column(JSONText(), nullable=True)
    after: Mapped[Any] = mapped_column(JSONText(), nullable=True)
    machine_drafted: Mapped[bool] = mapped_column(default=False)
    #: The chain (see the module docstring): nullable only because older entries got theirs from
    #: the migration that added the columns; every entry written since has both.
    prev_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    hash: Mapped[str | None] = mapped_column(String(64), nullable=True)

    __table_args__ = (Index("ix_audit_entry_entity", "entity", "entity_id"),)


@event.listens_for(AuditEntry, "before_update")
def _refuse_update(*_args: Any) -> None:
    raise DeskmateError(_("the audit log is append-only: entries cannot be changed"))


@event.listens_for(AuditEntry, "before_delete")
def _refuse_delete(*_args: Any) -> None:
    raise DeskmateError(_("the audit log is append-only: entries cannot be deleted"))


@event.listens_for(Session, "before_flush")
def _chain_new_entries(session: Session, _ctx: Any, _instances: Any) -> None:
    """Give every new entry of this flush its id and its link in the chain, in the order the
    entries were added. The newest entry is read from the database at each flush (not kept from
    an earlier one), so a savepoint rolled back in between cannot leave a stale link."""
    new = [o for o in session.new if isinstance(o, AuditEntry)]
    if not new:
        return
    new.sort(key=lambda o: orm_inspect(o).insert_order)
    with session.no_autoflush:
        last = session.execute(select(AuditEntry.id, AuditEntry.hash)
                               .order_by(AuditEntry.id.desc()).limit(1)).first()
    last_id, prev = (int(last[0]), last[1] or GENESIS) if last is not None else (0, GENESIS)
    for entry in new:
        last_id += 1
        entry.id = last_id
        entry.prev_hash = prev
        entry.hash = prev = entry_hash(prev, _stored_form(entry))


def _stored_form(e: AuditEntry) -> dict[str, Any]:
    """The entry as it will read back from the database (before/after through their JSON text)."""
    import json

    def back(v: Any) -> Any:
        return None if v is None else json.loads(json.dumps(to_jsonable(v), ensure_ascii=False, sort_keys=True))
    return {"id": e.id, "at": e.at, "user_id": e.user_id, "username": e.username, "area": e.area,
            "action": e.action, "entity": e.entity, "entity_id": e.entity_id, "summary": e.summary or "",
            "before": back(e.before), "after": back(e.after), "machine_drafted": bool(e.machine_drafted)}


def record(session: Session, actor: Actor, *, area: str, action: str, entity: str,
           entity_id: object = None, before: Any = None, after: Any = None, summary: str = "",
           at: datetime | None = None, machine_drafted: bool = False) -> None:
    """Add one audit entry to the current unit of work.

    ``at`` defaults to the app's clock (``session.info["clock"]``, set by ``Database.uow``), so
    tests with a FixedClock and jobs running "as of" a day get consistent timestamps.
    """
    if at is None:
        clock = session.info.get("clock")
        at = clock.now() if clock is not None else datetime.now(timezone.utc)
    session.add(AuditEntry(
        at=at, user_id=actor.user_id, username=actor.username,
        area=area, action=action, entity=entity,
        entity_id=None if entity_id is None else str(entity_id), summary=summary,
        before=to_jsonable(before), after=to_jsonable(after), machine_drafted=machine_drafted))


def changes(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the fields that differ, so an audit entry says what changed, not everything."""
    keys = [k for k in after if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    username: str
    area: str
    action: str
    entity: str
    entity_id: str | None
    summary: str
    before: Any
    after: Any
    machine_drafted: bool


@dataclass(frozen=True)
class AuditFilter:
    username: str | None = None
    area: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    text: str | None = None
    entity: str | None = None
    entity_id: str | None = None


def _day_start(d: date, tz: tzinfo) -> datetime:
    return datetime.combine(d, time(), tz).astimezone(timezone.utc)


def _filtered(f: AuditFilter, tz: str | tzinfo = timezone.utc) -> Any:
    """The filter as a query. Dates are whole days in ``tz`` (the shop's time zone), inclusive."""
    zone = ZoneInfo(tz) if isinstance(tz, str) else tz
    q = select(AuditEntry)
    if f.username:
        q = q.where(AuditEntry.username == f.username)
    if f.area:
        q = q.where(AuditEntry.area == f.area)
    if f.entity:
        q = q.where(AuditEntry.entity == f.entity)
    if f.entity_id is not None:
        q = q.where(AuditEntry.entity_id == str(f.entity_id))
    if f.date_from:
        q = q.where(AuditEntry.at >= _day_start(f.date_from, zone))
    if f.date_to:
        q = q.where(AuditEntry.at < _day_start(f.date_to + timedelta(days=1), zone))
    if f.text and f.text.strip():
        # before/after are JSONText: compare their stored text, not a JSON-encoded pattern.
        needle = f.text.strip()
        q = q.where(or_(*(col.icontains(needle, autoescape=True) for col in (
            AuditEntry.summary, AuditEntry.action, AuditEntry.entity, AuditEntry.entity_id,
            AuditEntry.username, type_coerce(AuditEntry.before, Text),
            type_coerce(AuditEntry.after, Text)))))
    return q


def to_row(e: AuditEntry) -> AuditRow:
    return AuditRow(id=e.id, at=e.at, username=e.username, area=e.area, action=e.action,
                    entity=e.entity, entity_id=e.entity_id, summary=e.summary, before=e.before,
                    after=e.after, machine_drafted=e.machine_drafted)


def query(session: Session, f: AuditFilter, limit: int | None = None, offset: int = 0,
          tz: str | tzinfo = timezone.utc) -> list[AuditRow]:
    q = _filtered(f, tz).order_by(AuditEntry.id.desc()).offset(offset)
    if limit is not None:
        q = q.limit(limit)
    return [to_row(e) for e in session.scalars(q)]
