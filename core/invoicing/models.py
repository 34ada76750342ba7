"""Invoicing tables.

* ``catalogue_item``      things and services sold, with a price (net or tax-included) and a tax code
* ``invoice``             drafts, issued invoices and credit notes; the number is set only on issue
* ``invoice_line``        lines with their computed amounts (kept, so an issued invoice never changes
                          when tax settings do)
* ``invoice_tax``         the tax summary per rate, as computed when the invoice was last saved
* ``invoice_counter``     one row per numbering series; incremented inside the issuing transaction
* ``payment``             money received: what was applied to the invoice and what became credit
* ``recurring_agreement`` what to bill a customer every week / month / year
* ``payment_reminder``    reminders approved and sent (or written to the outbox)
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from core.kernel.db import Base
from core.kernel.types import JSONText, Money, Quantity, UTCDateTime


class CatalogueItem(Base):
    __tablename__ = "catalogue_item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="item")          # item | service
    unit: Mapped[str] = mapped_column(String(20), default="pc")
    unit_price: Mapped[Decimal] = mapped_column(Money())
    price_includes_tax: Mapped[bool] = mapped_column(Boolean, default=False)
    tax_code: Mapped[str] = mapped_column(String(40))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Invoice(Base):
    __tablename__ = "invoice"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), default="invoice")       # invoice | credit_note
    # Stored state: draft | issued | void. "part paid", "paid" and "overdue" are derived from the
    # amounts and the due date (see service.status_of) so they can never disagree with them.
    state: Mapped[str] = mapped_column(String(20), default="draft", index=True)
    number: Mapped[str | None] = mapped_column(String(40), nullable=True, unique=True)
    series: Mapped[str | None] = mapped_column(String(40), nullable=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    # Copies taken from the customer; frozen when issued (the document must not change later).
    customer_name: Mapped[str] = mapped_column(String(200), default="")
    billing_address: Mapped[str] = mapped_column(Text, default="")
    customer_tax_id: Mapped[str] = mapped_column(String(60), default="")
    issue_date: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    terms_days: Mapped[int] = mapped_column(Integer, default=14)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    tax_mode: Mapped[str] = mapped_column(String(10), default="line")
    net_total: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    tax_total: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    gross_total: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    paid_total: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    credited_total: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    credit_of_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"), nullable=True, index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(20), default="manual")     # manual | recurring | appointments | import
    # Unique when set: "agreement:3:2026-11-01", "appointments:12,13" — a second draft for the same
    # occurrence cannot exist even if two processes race.
    source_key: Mapped[str | None] = mapped_column(String(300), nullable=True, unique=True)
    source_detail: Mapped[Any] = mapped_column(JSONText(), nullable=True)
    machine_drafted: Mapped[bool] = mapped_column(Boolean, default=False)
    void_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    reminder_level: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[str] = mapped_column(String(80), default="")
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    issued_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    issued_by: Mapped[str | None] = mapped_column(String(80), nullable=True)


class InvoiceLine(Base):
    __tablename__ = "invoice_line"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("catalogue_item.id"), nullable=True)
    description: Mapped[str] = mapped_column(Text, default="")
    quantity: Mapped[Decimal] = mapped_column(Quantity())
    unit: Mapped[str] = mapped_column(String(20), default="")
    unit_price: Mapped[Decimal] = mapped_column(Money())
    price_includes_tax: Mapped[bool] = mapped_column(Boolean, default=False)
    discount_pct: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    tax_code: Mapped[str] = mapped_column(String(40))
    tax_rate: Mapped[Decimal] = mapped_column(Money())
    net: Mapped[Decimal] = mapped_column(Money())
    tax: Mapped[Decimal] = mapped_column(Money())
    gross: Mapped[Decimal] = mapped_column(Money())

    __table_args__ = (Index("ix_invoice_line_invoice_position", "invoice_id", "position"),)


class InvoiceTax(Base):
    __tablename__ = "invoice_tax"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id", ondelete="CASCADE"), index=True)
    tax_code: Mapped[str] = mapped_column(String(40))
    tax_rate: Mapped[Decimal] = mapped_column(Money())
    net: Mapped[Decimal] = mapped_column(Money())
    tax: Mapped[Decimal] = mapped_column(Money())


class InvoiceCounter(Base):
    """The next number of a series. Read and bumped inside the issuing transaction only."""

    __tablename__ = "invoice_counter"

    series: Mapped[str] = mapped_column(String(40), primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class Payment(Base):
    __tablename__ = "payment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"), nullable=True, index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    paid_on: Mapped[date] = mapped_column(Date, index=True)
    received: Mapped[Decimal] = mapped_column(Money())     # what came in (or credit used)
    applied: Mapped[Decimal] = mapped_column(Money())      # settled on the invoice
    to_credit: Mapped[Decimal] = mapped_column(Money())    # overpayment kept as customer credit
    method: Mapped[str] = mapped_column(String(30), default="bank transfer")
    reference: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[str] = mapped_column(String(80), default="")


class RecurringAgreement(Base):
    __tablename__ = "recurring_agreement"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    frequency: Mapped[str] = mapped_column(String(10))      # weekly | monthly | yearly
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    # [{"item_id", "description", "quantity", "unit_price", "tax_code", "discount_pct",
    #   "price_includes_tax"}], amounts as strings
    lines: Mapped[Any] = mapped_column(JSONText())
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class PaymentReminder(Base):
    __tablename__ = "payment_reminder"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    level: Mapped[int] = mapped_column(Integer)
    subject: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    open_amount: Mapped[Decimal] = mapped_column(Money())
    channel: Mapped[str] = mapped_column(String(20))        # email | outbox
    document: Mapped[str] = mapped_column(Text, default="")  # path of the PDF written
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime())
    sent_by: Mapped[str] = mapped_column(String(80))

    __table_args__ = (UniqueConstraint("invoice_id", "level"),)
