"""Automation tables: per-job configuration, run history and the scheduler lease.

Job *declarations* live in code (``core/<area>/jobs.py``); what a person can change about a job
(on/off, schedule, who is responsible) and what happened (runs) lives here. The lease row makes
sure only one process on the database runs the scheduled jobs.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from core.kernel.db import Base
from core.kernel.types import UTCDateTime


class JobConfig(Base):
    """What the owner changed about a job; NULL means "the declaration's default"."""

    __tablename__ = "job_config"
    # Machinery, not records: changes people make to jobs are audited by the service.
    __table_args__ = {"info": {"audit_exempt": True}}

    job_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    enabled: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    # Pilot: switched on, but its drafts are kept out of the inbox and compared with what people
    # did by hand (core/automation/pilot.py). NULL/False: its drafts reach the inbox.
    pilot: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    schedule: Mapped[str | None] = mapped_column(String(120), nullable=True)
    owner_user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"), nullable=True)
    # The last scheduled fire time that has been claimed (run or being run). Catch-up counts the
    # fire times after it; claiming moves it forward in one transaction, so two schedulers can
    # never both run the same fire time.
    last_fire_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class JobRun(Base):
    """One run of a job: who/what started it, for which day, what came of it."""

    __tablename__ = "job_run"
    # Machinery, not records: changes people make to jobs are audited by the service.
    __table_args__ = {"info": {"audit_exempt": True}}

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    job_id: Mapped[str] = mapped_column(String(80), index=True)
    trigger: Mapped[str] = mapped_column(String(20))          # schedule | manual | catch-up | cli
    started_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    outcome: Mapped[str] = mapped_column(String(20), default="running")  # running|ok|failed|interrupted
    as_of: Mapped[date] = mapped_column(Date)
    occurrence: Mapped[str | None] = mapped_column(String(120), nullable=True)
    scheduled_for: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    created: Mapped[int] = mapped_column(Integer, default=0)
    superseded: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    started_by: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"), nullable=True)
    host: Mapped[str] = mapped_column(String(120), default="")
    pid: Mapped[int] = mapped_column(Integer, default=0)


class SchedulerLease(Base):
    """At most one row per lease name; whoever holds an unexpired lease runs the scheduled jobs."""

    __tablename__ = "scheduler_lease"
    # Machinery, not records: changes people make to jobs are audited by the service.
    __table_args__ = {"info": {"audit_exempt": True}}

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    holder: Mapped[str] = mapped_column(String(120))
    host: Mapped[str] = mapped_column(String(120))
    pid: Mapped[int] = mapped_column(Integer)
    acquired_at: Mapped[datetime] = mapped_column(UTCDateTime())
    heartbeat_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
