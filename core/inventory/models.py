"""Inventory tables: products, suppliers, the stock ledger, purchase orders, sales history.

On-hand is derived from the ledger (``stock_movement``); ``product.on_hand`` is a cache of that sum
kept in the same unit of work as every movement (see ``ledger.post``) so that the products table
and the reorder run need not sum millions of rows. ``sales_daily`` is the per-product per-day demand
the forecasts read (sales minus returns), also maintained by ``ledger.post``, as are the reports'
aggregates ``stock_closing`` and ``product_week`` (``core/inventory/history.py``).
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (Boolean, Date, ForeignKey, Index, Integer, String, Text,
                        UniqueConstraint)
from sqlalchemy.orm import Mapped, mapped_column

from core.kernel.db import Base
from core.kernel.types import JSONText, Money, Quantity, UTCDateTime


class Supplier(Base):
    __tablename__ = "supplier"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    contact: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    lead_time_days: Mapped[int] = mapped_column(Integer, default=2)
    # comma-separated weekday numbers 0=Mon..6=Sun on which orders can be placed; "" = any day
    ordering_days: Mapped[str] = mapped_column(String(20), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Product(Base):
    __tablename__ = "product"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    category: Mapped[str] = mapped_column(String(120), default="", index=True)
    unit: Mapped[str] = mapped_column(String(30), default="each")
    cost: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    price: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    pack_size: Mapped[Decimal] = mapped_column(Quantity(), default=Decimal(1))
    min_order_qty: Mapped[Decimal] = mapped_column(Quantity(), default=Decimal(0))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # target fill rate (share of the units asked for that are served from stock), e.g. 0.95; was the
    # cycle service level "service_level" before inventory_0004 (values kept)
    fill_rate_target: Mapped[Decimal] = mapped_column(Quantity(), default=Decimal("0.95"))
    # learnt multiplier on the safety stock (1 = textbook); changed only through reviewed suggestions
    safety_factor: Mapped[Decimal] = mapped_column(Quantity(), default=Decimal(1))
    owner_min: Mapped[Decimal | None] = mapped_column(Quantity(), nullable=True)
    owner_max: Mapped[Decimal | None] = mapped_column(Quantity(), nullable=True)
    # days a unit can be sold after it is received (bread 1, milk 7); None: it keeps. The markdown
    # job works perishables by day on the stock that will expire (core/inventory/markdowns.py)
    shelf_life_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    supplier_id: Mapped[int | None] = mapped_column(ForeignKey("supplier.id"), nullable=True, index=True)
    on_hand: Mapped[Decimal] = mapped_column(Quantity(), default=Decimal(0))
    last_count_day: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class SupplierProduct(Base):
    """What a supplier charges for a product and in which pack it comes."""

    __tablename__ = "supplier_product"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    supplier_id: Mapped[int] = mapped_column(ForeignKey("supplier.id", ondelete="CASCADE"))
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id", ondelete="CASCADE"), index=True)
    supplier_sku: Mapped[str] = mapped_column(String(80), default="")
    price: Mapped[Decimal | None] = mapped_column(Money(), nullable=True)
    pack_size: Mapped[Decimal | None] = mapped_column(Quantity(), nullable=True)

    __table_args__ = (UniqueConstraint("supplier_id", "product_id"),)


class StockMovement(Base):
    """The ledger. ``quantity`` is the signed change of on-hand (sales negative, returns positive).

    Imported sales are stored one movement per product, day and kind per import batch; the rows of
    the file are remembered by fingerprint in ``import_row`` so a re-import adds nothing.
    """

    __tablename__ = "stock_movement"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    kind: Mapped[str] = mapped_column(String(20))  # receipt|sale|return|adjustment|stocktake
    quantity: Mapped[Decimal] = mapped_column(Quantity())
    # for stocktakes: the counted quantity (quantity holds the variance)
    counted: Mapped[Decimal | None] = mapped_column(Quantity(), nullable=True)
    # False for history older than the product's last stocktake (already in the count) so that
    # importing old sales never moves today's on-hand; on-hand = sum of counting movements
    counts: Mapped[bool] = mapped_column(Boolean, default=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    reference: Mapped[str] = mapped_column(String(120), default="")
    purchase_order_id: Mapped[int | None] = mapped_column(ForeignKey("purchase_order.id"), nullable=True)
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"), nullable=True)
    username: Mapped[str] = mapped_column(String(80), default="")

    __table_args__ = (Index("ix_stock_movement_product_day", "product_id", "day"),)


class SalesDaily(Base):
    """Net units demanded per product per day (sales minus returns): what forecasts read."""

    __tablename__ = "sales_daily"

    product_id: Mapped[int] = mapped_column(ForeignKey("product.id", ondelete="CASCADE"), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    quantity: Mapped[Decimal] = mapped_column(Quantity(), default=Decimal(0))

    # covering index: the reorder run reads a window of days for all products from the index alone
    __table_args__ = (Index("ix_sales_daily_day_product", "day", "product_id", "quantity"),)


class StockClosing(Base):
    """Stock at the end of each day a product's ledger moved (``core/inventory/history.py``): the
    running sum of its counting movements, kept in the same unit of work as the ledger, so a report
    reads a product's level on any past day with one seek instead of summing the ledger.

    ``out_days`` counts the days from the product's first movement up to the day before ``day``
    that ended with nothing on hand: the stockout days between two dates are a difference of two
    reads. A day without a row keeps the closing of the row before it.
    """

    __tablename__ = "stock_closing"

    product_id: Mapped[int] = mapped_column(ForeignKey("product.id", ondelete="CASCADE"), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    closing: Mapped[Decimal] = mapped_column(Quantity(), default=Decimal(0))
    out_days: Mapped[int] = mapped_column(Integer, default=0)

    # on SQLite the rows are stored in key order (no rowid): one b-tree to write, one seek to read
    __table_args__ = ({"sqlite_with_rowid": False},)


class ProductWeek(Base):
    """Per week (Monday to Sunday) in which a product's ledger moved: its net units sold, its stock
    at the end of the Sunday and its stockout days from its first movement through that Sunday —
    kept by the ledger beside ``stock_closing`` (``core/inventory/history.py``). Keyed by week
    first, so a report reads every product's week in one range of the key."""

    __tablename__ = "product_week"

    week: Mapped[date] = mapped_column(Date, primary_key=True)        # its Monday
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id", ondelete="CASCADE"), primary_key=True)
    sold: Mapped[Decimal] = mapped_column(Quantity(), default=Decimal(0))
    closing: Mapped[Decimal] = mapped_column(Quantity(), default=Decimal(0))
    out_days: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = ({"sqlite_with_rowid": False},)


class SalesOutlierAccepted(Base):
    """A day's sales far outside the product's usual range that a person confirmed as real.

    Such days are left out of the forecast (see ``core/inventory/outliers.py``) until accepted
    through their data-quality finding; then this row makes them count."""

    __tablename__ = "sales_outlier_accepted"

    product_id: Mapped[int] = mapped_column(ForeignKey("product.id", ondelete="CASCADE"), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    quantity: Mapped[Decimal] = mapped_column(Quantity())
    accepted_by: Mapped[str] = mapped_column(String(80))
    accepted_at: Mapped[datetime] = mapped_column(UTCDateTime())


class PurchaseOrder(Base):
    __tablename__ = "purchase_order"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(30), unique=True)
    supplier_id: Mapped[int] = mapped_column(ForeignKey("supplier.id"), index=True)
    # draft | sent | partly_received | received | cancelled
    status: Mapped[str] = mapped_column(String(20), default="draft", index=True)
    order_date: Mapped[date] = mapped_column(Date)
    expected_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    suggestion_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_by: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class PurchaseOrderLine(Base):
    __tablename__ = "purchase_order_line"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    purchase_order_id: Mapped[int] = mapped_column(ForeignKey("purchase_order.id", ondelete="CASCADE"),
                                                   index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"), index=True)
    quantity: Mapped[Decimal] = mapped_column(Quantity())
    received: Mapped[Decimal] = mapped_column(Quantity(), default=Decimal(0))
    unit_cost: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))


class ImportBatch(Base):
    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    file_name: Mapped[str] = mapped_column(String(500))
    file_hash: Mapped[str] = mapped_column(String(64))
    rows_read: Mapped[int] = mapped_column(Integer, default=0)
    rows_written: Mapped[int] = mapped_column(Integer, default=0)
    rows_duplicate: Mapped[int] = mapped_column(Integer, default=0)
    rows_skipped: Mapped[int] = mapped_column(Integer, default=0)
    mapping: Mapped[Any] = mapped_column(JSONText(), nullable=True)
    username: Mapped[str] = mapped_column(String(80), default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime())


class ImportRow(Base):
    """Fingerprints of imported rows (kind + content + n-th repeat): re-imports add nothing."""

    __tablename__ = "import_row"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batch.id", ondelete="CASCADE"))


class ReorderOverride(Base):
    """A person changed a suggested order quantity: the data the learning job reads."""

    __tablename__ = "reorder_override"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id", ondelete="CASCADE"), index=True)
    suggestion_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    username: Mapped[str] = mapped_column(String(80))
    proposed: Mapped[Decimal] = mapped_column(Quantity())
    applied: Mapped[Decimal] = mapped_column(Quantity())
    reason: Mapped[str] = mapped_column(Text, default="")
    # set when a parameter-change suggestion has used this override as evidence
    learnt_in: Mapped[int | None] = mapped_column(Integer, nullable=True)


class PriceMarkdown(Base):
    """A price reduction a person approved for a stated period (``core/inventory/markdowns.py``):
    the price goes back to ``old_price`` when the period ends (``restored_at``), unless someone
    changed the price in between."""

    __tablename__ = "price_markdown"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id", ondelete="CASCADE"), index=True)
    old_price: Mapped[Decimal] = mapped_column(Money())
    new_price: Mapped[Decimal] = mapped_column(Money())
    start_day: Mapped[date] = mapped_column(Date)
    end_day: Mapped[date] = mapped_column(Date)           # last day at the reduced price
    approved_by: Mapped[str] = mapped_column(String(80), default="")
    restored_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class PlannerInputsVersion(Base):
    """One row: a stamp that changes in every unit of work that changed what the reorder planner
    reads (sales, the ledger, products, suppliers, accepted outliers, the inventory settings), so
    figures worked out from the planner can be kept while it stays the same
    (``core/inventory/inputs_version.py``). A fresh random stamp rather than a counter: a shop
    restored from a backup never meets a stamp it had for other data."""

    __tablename__ = "planner_inputs_version"
    # Machinery, not records: bumped beside the audited change that moved it.
    __table_args__ = {"info": {"audit_exempt": True}}

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stamp: Mapped[str] = mapped_column(String(32))


class PlannerFigures(Base):
    """Figures worked out from the planner's fit (order-up-to levels, forecast accuracy...), kept
    as plain JSON under the planner-inputs stamp they were computed on (``core/inventory/
    figure_cache.py``): a new process reads them instead of re-fitting every product. A row whose
    stamp is not the current one is never read again and is removed on the next store."""

    __tablename__ = "planner_figures"
    __table_args__ = {"info": {"audit_exempt": True}}

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    stamp: Mapped[str] = mapped_column(String(32))
    payload: Mapped[str] = mapped_column(Text)


# the stamp's hooks watch every unit of work from the moment the tables are known
from core.inventory import inputs_version as _inputs_version  # noqa: E402,F401
