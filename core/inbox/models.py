"""The Review Inbox tables: one row per suggestion, plus the history of what people did with it."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from core.kernel.db import Base
from core.kernel.types import JSONText, Money, UTCDateTime


class Suggestion(Base):
    __tablename__ = "suggestion"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(60), index=True)
    area: Mapped[str] = mapped_column(String(40))
    job_id: Mapped[str | None] = mapped_column(String(80), nullable=True, index=True)
    machine_drafted: Mapped[bool] = mapped_column(Boolean, default=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"), nullable=True)
    # (job, subject, occurrence): the unique key that makes drafting idempotent.
    dedupe_key: Mapped[str] = mapped_column(String(300), unique=True)
    subject_type: Mapped[str] = mapped_column(String(60))
    subject_id: Mapped[str] = mapped_column(String(120))
    subject_label: Mapped[str] = mapped_column(String(300), default="")
    occurrence: Mapped[str] = mapped_column(String(120), default="")
    title: Mapped[str] = mapped_column(String(300))
    summary: Mapped[str] = mapped_column(Text, default="")
    payload: Mapped[Any] = mapped_column(JSONText())
    applied_payload: Mapped[Any] = mapped_column(JSONText(), nullable=True)
    reason: Mapped[Any] = mapped_column(JSONText())
    value: Mapped[Decimal | None] = mapped_column(Money(), nullable=True)
    state: Mapped[str] = mapped_column(String(20), default="new", index=True)
    decision: Mapped[str | None] = mapped_column(String(20), nullable=True)
    decision_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    assigned_role: Mapped[str | None] = mapped_column(String(20), nullable=True)
    snoozed_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    expires_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # When it must be decided by (the kind's due function, computed when drafted); None = no rush.
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True, index=True)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"), nullable=True)
    # indexed: the inbox and automation-payoff reports read decisions by when they were made
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True, index=True)
    applied_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    result: Mapped[str | None] = mapped_column(Text, nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (Index("ix_suggestion_subject", "subject_type", "subject_id"),)


class SuggestionEvent(Base):
    """Append-only: every action on a suggestion, with the proposal, the applied version, reason."""

    __tablename__ = "suggestion_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    suggestion_id: Mapped[int] = mapped_column(ForeignKey("suggestion.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"), nullable=True)
    username: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(30))
    from_state: Mapped[str] = mapped_column(String(20))
    to_state: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    detail: Mapped[Any] = mapped_column(JSONText(), nullable=True)


class Route(Base):
    """The owner's routing of a kind, or of one job's items, to a named person instead of a role,
    with a stand-in who decides while that person is away (time off known to the roster).

    A job's route wins over its kind's. Routes are read when an item is listed or decided, so a new
    route moves the open items too."""

    __tablename__ = "inbox_route"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str | None] = mapped_column(String(60), nullable=True, unique=True)
    job_id: Mapped[str | None] = mapped_column(String(80), nullable=True, unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    standin_user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[str] = mapped_column(String(80), default="")
