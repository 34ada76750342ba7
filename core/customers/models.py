"""Customer tables: the customer, the people to contact there, and dated notes.

Personal data lives only in these tables (and in issued invoices, which keep their own copy of
the billing name and address as the law requires). Erasure blanks these fields and sets
``erased_at``; the row itself stays so invoices and appointments keep a valid reference.
"""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from core.kernel.db import Base
from core.kernel.types import Money, UTCDateTime


class Customer(Base):
    __tablename__ = "customer"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    billing_address: Mapped[str] = mapped_column(Text, default="")
    tax_id: Mapped[str] = mapped_column(String(60), default="")
    payment_terms_days: Mapped[int] = mapped_column(Integer, default=14)
    notes: Mapped[str] = mapped_column(Text, default="")
    # The language the customer's documents are written in ("de", "es"; empty: the shop's).
    language: Mapped[str] = mapped_column(String(10), default="", server_default="")
    # Money received beyond what was invoiced, kept for the customer (applied to later invoices).
    credit_balance: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class CustomerContact(Base):
    """A person to reach at a customer (a business customer may have several)."""

    __tablename__ = "customer_contact"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class CustomerNote(Base):
    """A dated note or event on the customer (a call, a reminder sent, a complaint)."""

    __tablename__ = "customer_note"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    kind: Mapped[str] = mapped_column(String(30), default="note")   # note | reminder | privacy
    text: Mapped[str] = mapped_column(Text, default="")
    username: Mapped[str] = mapped_column(String(80), default="")

    __table_args__ = (Index("ix_customer_note_customer_at", "customer_id", "at"),)
