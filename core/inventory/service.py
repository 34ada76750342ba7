"""The inventory service: products, suppliers, stock, purchase orders, imports, reorder policy.

Every write takes an Actor, checks the permission, runs one unit of work and records the audit
entry in it; reads return frozen DTOs. The numeric work (forecasts, policy, backtest) lives in the
pure modules ``forecast``, ``policy``, ``planner`` and ``backtest``; this service feeds them data.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, or_, select, text
from sqlalchemy.orm import Session

from core.inventory import importers as imp
from core.inventory import inputs_version, ledger
from core.inventory.fields import check_adjustment, check_counts, check_product, check_supplier
from core.inventory.settings import default_fill_rate
from core.inventory.models import (ImportBatch, Product, PurchaseOrder, PurchaseOrderLine,
                                   SalesDaily, StockMovement, Supplier, SupplierProduct)
from core.inventory.wording import method_words, pattern_explained, pattern_words
from core.io import tabular
from core.kernel.actor import Actor
from core.kernel.audit import changes, record
from core.kernel.errors import ConflictError, DeskmateError, NotFound, Problem, ValidationError
from core.kernel.limits import check_money, check_quantity
from core.kernel.progress import Progress
from core.kernel.settings import SettingsService
from core.users.permissions import Perm, require
from core.inbox.texts import stored
from core.kernel.i18n import _, ngettext

if TYPE_CHECKING:
    import numpy as np

    from core.inventory.cover import StockoutRisk
    from core.inventory.unusual import SalesScan
    from core.app import Deskmate
    from core.inventory import planner

SCALE = 10_000
REORDER_KIND = "reorder"
PARAM_KIND = "parameter_change"
#: Learnt from rejections: order from a supplier on the weekdays people's reasons name.
SUPPLIER_DAYS_KIND = "supplier_ordering_days"


# ----------------------------------------------------------------------------- DTOs

@dataclass(frozen=True)
class SupplierRow:
    id: int
    name: str
    contact: str
    email: str
    phone: str
    lead_time_days: int
    ordering_days: str
    active: bool
    products: int = 0


@dataclass(frozen=True)
class ProductRow:
    id: int
    sku: str
    name: str
    category: str
    unit: str
    cost: Decimal
    price: Decimal
    pack_size: Decimal
    min_order_qty: Decimal
    active: bool
    fill_rate_target: Decimal
    safety_factor: Decimal
    owner_min: Decimal | None
    owner_max: Decimal | None
    supplier_id: int | None
    supplier: str | None
    on_hand: Decimal
    on_order: Decimal = Decimal(0)
    shelf_life_days: int | None = None       # days a unit sells after it is received; None: it keeps


@dataclass(frozen=True)
class MovementRow:
    id: int
    day: date
    kind: str
    quantity: Decimal
    counted: Decimal | None
    counts: bool
    reason: str
    reference: str
    username: str


@dataclass(frozen=True)
class POLine:
    id: int
    product_id: int
    sku: str
    name: str
    quantity: Decimal
    received: Decimal
    unit_cost: Decimal

    @property
    def remaining(self) -> Decimal:
        return max(self.quantity - self.received, Decimal(0))


@dataclass(frozen=True)
class PORow:
    id: int
    number: str
    supplier_id: int
    supplier: str
    status: str
    order_date: date
    expected_date: date | None
    total: Decimal
    lines: int
    suggestion_id: int | None


@dataclass(frozen=True)
class PurchaseOrderDue:
    """A supplier payment the shop has committed to (for invoicing's cash-flow forecast)."""

    due: date
    amount: Decimal
    label: str


@dataclass(frozen=True)
class PODetail:
    row: PORow
    lines: tuple[POLine, ...]
    notes: str
    supplier_email: str
    created_by: str


@dataclass(frozen=True)
class ProductFilter:
    text: str | None = None
    category: str | None = None
    supplier_id: int | None = None
    below_reorder_point: bool = False
    on_order: bool = False
    no_supplier: bool = False
    not_enough_history: bool = False
    active_only: bool = True


@dataclass
class PolicySnapshot:
    """Everything the reorder job needs for one date, computed once."""

    as_of: date
    window_start: date
    products: list[Product]
    plan: planner.Plan
    sales: np.ndarray
    first_sale: dict[int, date]
    lead_time: np.ndarray
    review_days: np.ndarray
    supplier_names: dict[int, str]
    rule: str
    # sales left out of the forecast until a person accepts them (core/inventory/outliers.py)
    excluded: dict[int, list[Any]] = field(default_factory=dict)

    def index(self) -> dict[int, int]:
        return {p.id: i for i, p in enumerate(self.products)}


def _dec(x: float, places: str = "0.01") -> Decimal:
    return Decimal(str(float(x))).quantize(Decimal(places), rounding=ROUND_HALF_UP)


#: The longest shelf life a product can be given (ten years: anything longer simply keeps).
MAX_SHELF_LIFE_DAYS = 3650


def shelf_life(value: Any) -> int | None:
    """A shelf life as typed (form, CLI, import): whole days from 1 to ten years, or blank for
    "it keeps"."""
    if value is None or str(value).strip() == "":
        return None
    try:
        days = Decimal(str(value).strip())
    except ArithmeticError:
        days = Decimal(-1)
    if days != days.to_integral_value() or not 1 <= days <= MAX_SHELF_LIFE_DAYS:
        raise ValidationError(_("the shelf life is whole days from 1 to {max}, or blank for a product "
                                "that keeps").format(max=MAX_SHELF_LIFE_DAYS))
    return int(days)


def _product_row(p: Product, supplier: str | None, on_order: Decimal = Decimal(0)) -> ProductRow:
    return ProductRow(p.id, p.sku, p.name, p.category, p.unit, p.cost, p.price, p.pack_size,
                      p.min_order_qty, p.active, p.fill_rate_target, p.safety_factor, p.owner_min,
                      p.owner_max, p.supplier_id, supplier, p.on_hand, on_order, p.shelf_life_days)


def _supplier_row(s: Supplier, n: int = 0) -> SupplierRow:
    return SupplierRow(s.id, s.name, s.contact, s.email, s.phone, s.lead_time_days,
                       s.ordering_days, s.active, n)


PRODUCT_FIELDS = ("sku", "name", "category", "unit", "cost", "price", "pack_size", "min_order_qty",
                  "active", "fill_rate_target", "safety_factor", "owner_min", "owner_max", "supplier_id",
                  "shelf_life_days")
#: field names older callers and files use, and the field they mean now
PRODUCT_FIELD_ALIASES = {"service_level": "fill_rate_target", "fill_rate": "fill_rate_target"}
SUPPLIER_FIELDS = ("name", "contact", "email", "phone", "lead_time_days", "ordering_days", "active",
                   "notes")


def review_days_for(ordering_days: str, weekday: int) -> int:
    """Days from an ordering day to the next one (1 when any day will do)."""
    days = sorted(int(x) for x in ordering_days.split(",") if x.strip() != "")
    if not days:
        return 1
    for step in range(1, 8):
        if (weekday + step) % 7 in days:
            return step
    return 7


def stocktake_in_session(session: Session, actor: Actor, counts: dict[int, Decimal], at: datetime,
                         days: dict[int, date] | date, reason: str = "stocktake",
                         batch_id: int | None = None) -> dict[int, Decimal]:
    """Record counted quantities; returns the variance (counted − on hand) per product."""
    variances = {}
    moves = []
    for pid, counted in counts.items():
        p = session.get(Product, pid)
        if p is None:
            raise NotFound(_("no product {pid}").format(pid=pid))
        counted = Decimal(str(counted))
        if counted < 0:
            raise DeskmateError(_("{sku}: a counted quantity cannot be negative").format(sku=p.sku))
        day = days[pid] if isinstance(days, dict) else days
        variance = counted - p.on_hand
        variances[pid] = variance
        moves.append(ledger.Move(pid, day, "stocktake", variance, reason=reason, counted=counted,
                                 import_batch_id=batch_id))
    ledger.post(session, actor, moves, at, audit=False)
    for pid in counts:
        p = session.get(Product, pid)
        session.refresh(p)
        day = days[pid] if isinstance(days, dict) else days
        if p.last_count_day is None or day >= p.last_count_day:
            p.last_count_day = day
    record(session, actor, area="inventory", action="stocktake", entity="product",
           after={"counts": {str(k): v for k, v in counts.items()},
                  "variances": {str(k): v for k, v in variances.items()}},
           summary=ngettext("stock counted for {n} product; total variance {sum:+}", "stock counted for {n} products; total variance {sum:+}", len(counts)).format(n=len(counts), sum=sum(variances.values(), Decimal(0))), at=at)
    return variances


class InventoryService:
    def __init__(self, app: "Deskmate") -> None:
        self.app = app
        self.db = app.db
        self.clock = app.clock

    # ------------------------------------------------------------------ suppliers
    def create_supplier(self, actor: Actor, name: str, **fields: Any) -> SupplierRow:
        require(actor, Perm.EDIT_INVENTORY)
        name = (name or "").strip()
        check_supplier({"name": name, **fields})
        bad = set(fields) - set(SUPPLIER_FIELDS)
        if bad:
            raise DeskmateError(ngettext("unknown supplier field: {items}", "unknown supplier fields: {items}",
                                          len(bad)).format(items=', '.join(sorted(bad))))
        if "ordering_days" in fields:
            fields["ordering_days"] = imp.p_weekdays(fields["ordering_days"])
        now = self.clock.now()
        with self.db.uow() as s:
            if s.scalar(select(Supplier.id).where(func.lower(Supplier.name) == name.lower())):
                raise ConflictError(_("a supplier named {name} already exists").format(name=name))
            sup = Supplier(name=name, created_at=now, updated_at=now,
                           **{"lead_time_days": 2, "ordering_days": "", **fields})
            if sup.lead_time_days is None or int(sup.lead_time_days) < 0:
                raise ValidationError(_('the lead time is a number of days (0 or more)'))
            s.add(sup)
            s.flush()
            record(s, actor, area="inventory", action="create supplier", entity="supplier",
                   entity_id=sup.id, after={"name": name, **fields}, summary=_("supplier {name}").format(name=name), at=now)
            return _supplier_row(sup)

    def update_supplier(self, actor: Actor, supplier_id: int, **fields: Any) -> SupplierRow:
        require(actor, Perm.EDIT_INVENTORY)
        bad = set(fields) - set(SUPPLIER_FIELDS)
        if bad:
            raise DeskmateError(ngettext("unknown supplier field: {items}", "unknown supplier fields: {items}",
                                          len(bad)).format(items=', '.join(sorted(bad))))
        check_supplier(fields)
        if "name" in fields:
            fields["name"] = str(fields["name"]).strip()
        if "ordering_days" in fields:
            fields["ordering_days"] = imp.p_weekdays(fields["ordering_days"])
        now = self.clock.now()
        with self.db.uow() as s:
            sup = s.get(Supplier, supplier_id)
            if sup is None:
                raise NotFound(_("no supplier {supplier_id}").format(supplier_id=supplier_id))
            before = {k: getattr(sup, k) for k in fields}
            for k, v in fields.items():
                setattr(sup, k, v)
            sup.updated_at = now
            b, a = changes(before, fields)
            record(s, actor, area="inventory", action="update supplier", entity="supplier",
                   entity_id=sup.id, before=b, after=a, summary=_("supplier {name} changed").format(name=sup.name), at=now)
            return _supplier_row(sup)

    def supplier_terms(self, product_id: int, supplier_id: int) -> dict[str, Any]:
        """The supplier's code, price and pack size for a product ({} when none are set)."""
        with self.db.read() as s:
            sp = s.scalar(select(SupplierProduct).where(SupplierProduct.supplier_id == supplier_id,
                                                        SupplierProduct.product_id == product_id))
            if sp is None:
                return {}
            return {"supplier_sku": sp.supplier_sku, "price": sp.price, "pack_size": sp.pack_size}

    def set_supplier_terms(self, actor: Actor, product_id: int, supplier_id: int, *,
                           supplier_sku: str = "", price: Decimal | str | None = None,
                           pack_size: Decimal | str | None = None) -> dict[str, Any]:
        """What a supplier charges for a product and in which pack (used by reorder lines)."""
        require(actor, Perm.EDIT_INVENTORY)
        price_d = None if price in (None, "") else check_money(price, "the supplier's price")
        pack_d = None if pack_size in (None, "") else check_quantity(pack_size, "the supplier's pack size")
        if price_d is not None and price_d < 0:
            raise ValidationError(_("the supplier's price cannot be negative"))
        if pack_d is not None and pack_d <= 0:
            raise ValidationError(_("the supplier's pack size must be more than 0"))
        now = self.clock.now()
        with self.db.uow() as s:
            if s.get(Product, product_id) is None or s.get(Supplier, supplier_id) is None:
                raise NotFound(_('no such product or supplier'))
            sp = s.scalar(select(SupplierProduct).where(SupplierProduct.supplier_id == supplier_id,
                                                        SupplierProduct.product_id == product_id))
            before = {} if sp is None else {"supplier_sku": sp.supplier_sku, "price": sp.price,
                                            "pack_size": sp.pack_size}
            if sp is None:
                sp = SupplierProduct(supplier_id=supplier_id, product_id=product_id)
                s.add(sp)
            sp.supplier_sku, sp.price, sp.pack_size = (supplier_sku or "").strip(), price_d, pack_d
            after = {"supplier_sku": sp.supplier_sku, "price": price_d, "pack_size": pack_d}
            b, a = changes(before, after)
            record(s, actor, area="inventory", action="set supplier terms", entity="product",
                   entity_id=product_id, before=b, after=a | {"supplier_id": supplier_id},
                   summary=_("supplier terms for product {product_id}").format(product_id=product_id), at=now)
            return after

    def suppliers(self, include_inactive: bool = True) -> list[SupplierRow]:
        with self.db.read() as s:
            counts = dict(s.execute(select(Product.supplier_id, func.count(Product.id))
                                    .group_by(Product.supplier_id)).all())
            q = select(Supplier).order_by(Supplier.name)
            if not include_inactive:
                q = q.where(Supplier.active.is_(True))
            return [_supplier_row(x, counts.get(x.id, 0)) for x in s.scalars(q)]

    def supplier(self, supplier_id: int) -> SupplierRow:
        with self.db.read() as s:
            sup = s.get(Supplier, supplier_id)
            if sup is None:
                raise NotFound(_("no supplier {supplier_id}").format(supplier_id=supplier_id))
            return _supplier_row(sup)

    # ------------------------------------------------------------------ products
    def _check_product_fields(self, fields: dict[str, Any]) -> dict[str, Any]:
        fields = {PRODUCT_FIELD_ALIASES.get(k, k): v for k, v in fields.items()}
        bad = set(fields) - set(PRODUCT_FIELDS)
        if bad:
            raise DeskmateError(ngettext("unknown product field: {items}", "unknown product fields: {items}",
                                          len(bad)).format(items=', '.join(sorted(bad))))
        out = dict(fields)
        for k in ("cost", "price", "pack_size", "min_order_qty", "fill_rate_target", "safety_factor",
                  "owner_min", "owner_max"):
            if k in out and out[k] is not None and out[k] != "":
                # one rule for forms, the CLI and imports: core.kernel.limits
                check = check_money if k in ("cost", "price") else check_quantity
                out[k] = check(out[k], k, negative=True)
            elif k in out and out[k] == "":
                out[k] = None
        for k in ("cost", "price", "min_order_qty", "owner_min", "owner_max"):
            if out.get(k) is not None and out[k] < 0:
                raise ValidationError(_("{k} cannot be negative").format(k=k))
        if "shelf_life_days" in out:
            out["shelf_life_days"] = shelf_life(out["shelf_life_days"])
        if out.get("pack_size") is not None and out["pack_size"] <= 0:
            raise ValidationError(_('the pack size must be more than 0'))
        if out.get("fill_rate_target") is not None and not Decimal("0.5") <= out["fill_rate_target"] < 1:
            raise ValidationError(_('the fill rate target is between 0.5 and 0.999 (e.g. 0.95)'))
        if out.get("safety_factor") is not None and not Decimal(0) <= out["safety_factor"] <= 5:
            raise ValidationError(_('the safety factor is between 0 and 5'))
        return out

    def create_product(self, actor: Actor, sku: str, name: str, **fields: Any) -> ProductRow:
        require(actor, Perm.EDIT_INVENTORY)
        sku, name = (sku or "").strip(), (name or "").strip()
        # every field at once, each named (the product form shows the same messages as it is typed)
        check_product({"sku": sku, "name": name, **fields})
        fields = self._check_product_fields(fields)
        now = self.clock.now()
        with self.db.uow() as s:
            if s.scalar(select(Product.id).where(func.lower(Product.sku) == sku.lower())):
                raise ConflictError(_("SKU {sku} is already used").format(sku=sku))
            if fields.get("supplier_id") and s.get(Supplier, fields["supplier_id"]) is None:
                raise NotFound(_("no supplier {supplier_id}").format(supplier_id=fields['supplier_id']))
            if fields.get("fill_rate_target") is None:
                fields["fill_rate_target"] = default_fill_rate(s)
            p = Product(sku=sku, name=name, created_at=now, updated_at=now, on_hand=Decimal(0),
                        **{k: v for k, v in fields.items() if v is not None})
            s.add(p)
            s.flush()
            if p.supplier_id:
                s.add(SupplierProduct(supplier_id=p.supplier_id, product_id=p.id))
            record(s, actor, area="inventory", action="create product", entity="product",
                   entity_id=p.id, after={"sku": sku, "name": name, **fields},
                   summary=_("product {sku} {name}").format(sku=sku, name=name), at=now)
            sup = s.get(Supplier, p.supplier_id) if p.supplier_id else None
            return _product_row(p, sup.name if sup else None)

    def update_product(self, actor: Actor, product_id: int, **fields: Any) -> ProductRow:
        require(actor, Perm.EDIT_INVENTORY)
        check_product(fields)
        fields = self._check_product_fields(fields)
        now = self.clock.now()
        with self.db.uow() as s:
            p = self.change_product_in(s, actor, product_id, fields, now)
            sup = s.get(Supplier, p.supplier_id) if p.supplier_id else None
            return _product_row(p, sup.name if sup else None)

    def change_product_in(self, s: Session, actor: Actor, product_id: int, fields: dict[str, Any],
                          now: datetime, summary: str = "", machine_drafted: bool = False) -> Product:
        """Change a product's fields inside the caller's unit of work (an inbox applier's), with
        the same checks and audit entry as :meth:`update_product`; the caller checked the role."""
        p = s.get(Product, product_id)
        if p is None:
            raise NotFound(_("no product {product_id}").format(product_id=product_id))
        if "sku" in fields and fields["sku"] != p.sku and s.scalar(
                select(Product.id).where(func.lower(Product.sku) == str(fields["sku"]).lower())):
            raise ConflictError(_("SKU {sku} is already used").format(sku=fields['sku']))
        mn = fields.get("owner_min", p.owner_min)
        mx = fields.get("owner_max", p.owner_max)
        if mn is not None and mx is not None and mx < mn:
            raise ValidationError(_("max {mx} is below min {mn}").format(mx=mx, mn=mn))
        before = {k: getattr(p, k) for k in fields}
        for k, v in fields.items():
            setattr(p, k, v)
        p.updated_at = now
        if fields.get("supplier_id") and s.scalar(select(SupplierProduct.id).where(
                SupplierProduct.supplier_id == fields["supplier_id"],
                SupplierProduct.product_id == p.id)) is None:
            s.add(SupplierProduct(supplier_id=fields["supplier_id"], product_id=p.id))
        b, a = changes(before, fields)
        record(s, actor, area="inventory", action="update product", entity="product", entity_id=p.id,
               before=b, after=a, summary=summary or _("product {sku} changed").format(sku=p.sku), at=now,
               machine_drafted=machine_drafted)
        return p

    def _product_query(self, f: ProductFilter, s: Session) -> Any:
        q = select(Product.id)
        if f.active_only:
            q = q.where(Product.active.is_(True))
        if f.text:
            like = f"%{f.text}%"
            q = q.where(or_(Product.sku.ilike(like), Product.name.ilike(like), Product.category.ilike(like)))
        if f.category:
            q = q.where(Product.category == f.category)
        if f.supplier_id:
            q = q.where(Product.supplier_id == f.supplier_id)
        if f.no_supplier:
            q = q.where(Product.supplier_id.is_(None))
        if f.on_order:
            q = q.where(Product.id.in_(select(PurchaseOrderLine.product_id)
                                       .join(PurchaseOrder)
                                       .where(PurchaseOrder.status.in_(ledger.OPEN_PO_STATES),
                                              PurchaseOrderLine.received < PurchaseOrderLine.quantity)))
        return q

    SORTS = {"sku": Product.sku, "name": Product.name, "category": Product.category,
             "on_hand": Product.on_hand, "cost": Product.cost, "price": Product.price}

    def product_ids(self, f: ProductFilter = ProductFilter(), sort: str = "name",
                    descending: bool = False) -> list[int]:
        """Ids in display order (the lazy table fetches rows as they scroll into view). The
        policy-based filters (below reorder point, not enough history) use today's plan."""
        col = self.SORTS.get(sort, Product.name)
        with self.db.read() as s:
            q = self._product_query(f, s).order_by(col.desc() if descending else col, Product.id)
            ids = list(s.scalars(q))
        if f.below_reorder_point or f.not_enough_history:
            flags = self.policy_flags()
            if f.below_reorder_point:
                ids = [i for i in ids if flags.get(i, {}).get("below_rop")]
            if f.not_enough_history:
                ids = [i for i in ids if flags.get(i, {}).get("not_enough_history")]
        return ids

    def product_rows(self, ids: Sequence[int]) -> list[ProductRow]:
        if not ids:
            return []
        with self.db.read() as s:
            sup = dict(s.execute(select(Supplier.id, Supplier.name)).all())
            on_order = ledger.open_order_quantities(s)
            found = {p.id: _product_row(p, sup.get(p.supplier_id), on_order.get(p.id, Decimal(0)))
                     for p in s.scalars(select(Product).where(Product.id.in_(list(ids))))}
        return [found[i] for i in ids if i in found]

    def products(self, f: ProductFilter = ProductFilter()) -> list[ProductRow]:
        return self.product_rows(self.product_ids(f))

    def product(self, product_id: int) -> ProductRow:
        rows = self.product_rows([product_id])
        if not rows:
            raise NotFound(_("no product {product_id}").format(product_id=product_id))
        return rows[0]

    def product_by_sku(self, sku: str) -> ProductRow:
        with self.db.read() as s:
            pid = s.scalar(select(Product.id).where(func.lower(Product.sku) == sku.lower()))
        if pid is None:
            raise NotFound(_("no product with SKU {sku}").format(sku=sku))
        return self.product(pid)

    def categories(self) -> list[str]:
        with self.db.read() as s:
            return [c for c in s.scalars(select(Product.category).distinct().order_by(Product.category)) if c]

    # ------------------------------------------------------------------ stock
    def movements(self, product_id: int, limit: int = 500) -> list[MovementRow]:
        with self.db.read() as s:
            q = (select(StockMovement).where(StockMovement.product_id == product_id)
                 .order_by(StockMovement.day.desc(), StockMovement.id.desc()).limit(limit))
            return [MovementRow(m.id, m.day, m.kind, m.quantity, m.counted, m.counts, m.reason,
                                m.reference, m.username) for m in s.scalars(q)]

    def stock_history(self, product_id: int, days: int = 120, as_of: date | None = None
                      ) -> list[tuple[date, float, float]]:
        """(day, closing on-hand, units sold) for the last ``days`` days, rebuilt backwards from
        today's on-hand through the ledger."""
        end = as_of or self.app.today()
        start = end - timedelta(days=days - 1)
        with self.db.read() as s:
            p = s.get(Product, product_id)
            if p is None:
                raise NotFound(_("no product {product_id}").format(product_id=product_id))
            moves = s.execute(select(StockMovement.day, func.sum(StockMovement.quantity))
                              .where(StockMovement.product_id == product_id,
                                     StockMovement.counts.is_(True), StockMovement.day > start)
                              .group_by(StockMovement.day)).all()
            sold = dict(s.execute(select(SalesDaily.day, SalesDaily.quantity).where(
                SalesDaily.product_id == product_id, SalesDaily.day >= start)).all())
            on_hand = float(p.on_hand)
        delta = {d: float(q) for d, q in moves}
        after_end = sum(v for d, v in delta.items() if d > end)
        level = on_hand - after_end
        out = []
        for k in range(days):
            d = end - timedelta(days=k)
            out.append((d, level, float(sold.get(d, 0))))
            level -= delta.get(d, 0.0)
        return list(reversed(out))

    def adjust_stock(self, actor: Actor, product_id: int, quantity: Decimal | str, reason: str,
                     day: date | None = None) -> ProductRow:
        require(actor, Perm.EDIT_INVENTORY)
        check_adjustment(quantity, reason)        # the rules the adjustment fields apply as typed
        q = check_quantity(quantity, "quantity")
        with self.db.uow() as s:
            ledger.post(s, actor, [ledger.Move(product_id, day or self.app.today(), "adjustment", q,
                                               reason=reason.strip())], self.clock.now())
        return self.product(product_id)

    def verify_history(self, actor: Actor) -> list[Any]:
        """The products whose reports' aggregates (closing stock per day, sales per week) disagree
        with their ledger and daily sales (``core/inventory/history.py``); [] when all agree."""
        from core.inventory import history
        require(actor, Perm.EDIT_INVENTORY)
        with self.db.read() as s:
            return history.verify(s.connection())

    def rebuild_history(self, actor: Actor) -> tuple[int, int]:
        """Rewrite the reports' aggregates from the ledger and the daily sales (audited); returns
        (closing rows, week rows)."""
        from core.inventory import history
        require(actor, Perm.EDIT_INVENTORY)
        with self.db.uow() as s:
            wrong = len(history.verify(s.connection()))
            rows, weeks = history.rebuild(s.connection())
            inputs_version.mark(s)
            record(s, actor, area="inventory", action="rebuild stock history", entity="product",
                   after={"closing_rows": rows, "week_rows": weeks, "disagreed": wrong},
                   summary=ngettext("stock history rebuilt from the ledger; {n} product disagreed",
                                    "stock history rebuilt from the ledger; {n} products disagreed", wrong)
                   .format(n=wrong), at=self.clock.now())
        return rows, weeks

    def stocktake(self, actor: Actor, counts: dict[int, Decimal | str], day: date | None = None,
                  reason: str = "stocktake") -> dict[int, Decimal]:
        """Record counted quantities; returns the variance per product (counted − expected)."""
        require(actor, Perm.EDIT_INVENTORY)
        if not counts:
            raise ValidationError(_('enter at least one counted quantity'))
        check_counts(counts)                      # the rule the Stocktake tab applies per cell
        with self.db.uow() as s:
            return stocktake_in_session(s, actor, {int(k): check_quantity(v, "counted quantity")
                                                   for k, v in counts.items()},
                                        self.clock.now(), day or self.app.today(), reason)

    # ------------------------------------------------------------------ purchase orders
    def create_purchase_order(self, actor: Actor, supplier_id: int, lines: list[dict[str, Any]],
                              notes: str = "") -> PODetail:
        """A manual purchase order. It supersedes open reorder suggestions for that supplier that
        propose any of its products (they were computed without this order)."""
        require(actor, Perm.MANAGE_PURCHASE_ORDERS)
        lines = [dict(ln, quantity=check_quantity(ln.get("quantity"), "order quantity"),
                      **({"unit_cost": check_money(ln["unit_cost"], "unit cost")}
                         if ln.get("unit_cost") not in (None, "") else {}))
                 for ln in lines]
        now = self.clock.now()
        with self.db.uow() as s:
            po = ledger.create_purchase_order(s, actor, supplier_id, lines, now, self.app.today(), notes)
            pids = {int(ln["product_id"]) for ln in lines}
            for _sug_id, payload in self._open_reorder(s):
                if int(payload.get("supplier_id", 0)) == supplier_id and pids & {
                        int(ln["product_id"]) for ln in payload.get("lines", [])}:
                    self.app.inbox.supersede_open(
                        s, subject_type="supplier", subject_id=supplier_id, kind=REORDER_KIND,
                        actor=actor, reason=stored("{number} was created by hand for these products", number=po.number))
            po_id = po.id
        return self.purchase_order(po_id)

    def _open_reorder(self, s: Session) -> list[tuple[int, dict[str, Any]]]:
        from core.inbox.models import Suggestion
        from core.inbox.service import OPEN_STATES
        return list(s.execute(select(Suggestion.id, Suggestion.payload).where(
            Suggestion.kind == REORDER_KIND, Suggestion.state.in_(OPEN_STATES))).all())

    def set_po_status(self, actor: Actor, po_id: int, status: str) -> PODetail:
        """Mark a draft as sent, or cancel an order that has not been received."""
        require(actor, Perm.MANAGE_PURCHASE_ORDERS)
        allowed = {"sent": ("draft",), "cancelled": ("draft", "sent")}
        if status not in allowed:
            raise DeskmateError(_('a purchase order can be marked sent or cancelled'))
        now = self.clock.now()
        with self.db.uow() as s:
            po = s.get(PurchaseOrder, po_id)
            if po is None:
                raise NotFound(_("no purchase order {po_id}").format(po_id=po_id))
            if po.status not in allowed[status]:
                raise ConflictError(_("{number} is {status}; it cannot be marked {status2}").format(number=po.number, status=po.status, status2=status))
            before = po.status
            po.status, po.updated_at = status, now
            record(s, actor, area="inventory", action=f"purchase order {status}", entity="purchase_order",
                   entity_id=po.id, before={"status": before}, after={"status": status},
                   summary=f"{po.number} {status}", at=now)
        return self.purchase_order(po_id)

    def receive(self, actor: Actor, po_id: int, quantities: dict[int, Decimal | str],
                day: date | None = None) -> PODetail:
        require(actor, Perm.MANAGE_PURCHASE_ORDERS)
        with self.db.uow() as s:
            ledger.receive(s, actor, po_id, {int(k): check_quantity(v, "received quantity")
                                             for k, v in quantities.items()},
                           self.clock.now(), day or self.app.today())
        return self.purchase_order(po_id)

    def purchase_order_ids(self, status: str | None = None, supplier_id: int | None = None) -> list[int]:
        with self.db.read() as s:
            q = select(PurchaseOrder.id).order_by(PurchaseOrder.id.desc())
            if status == "open":
                q = q.where(PurchaseOrder.status.in_(ledger.OPEN_PO_STATES))
            elif status:
                q = q.where(PurchaseOrder.status == status)
            if supplier_id:
                q = q.where(PurchaseOrder.supplier_id == supplier_id)
            return list(s.scalars(q))

    def purchase_order_rows(self, ids: Sequence[int]) -> list[PORow]:
        if not ids:
            return []
        with self.db.read() as s:
            sup = dict(s.execute(select(Supplier.id, Supplier.name)).all())
            totals: dict[int, tuple[Decimal, int]] = {}
            for ln in s.scalars(select(PurchaseOrderLine).where(PurchaseOrderLine.purchase_order_id.in_(list(ids)))):
                t, n = totals.get(ln.purchase_order_id, (Decimal(0), 0))
                totals[ln.purchase_order_id] = (t + ln.quantity * ln.unit_cost, n + 1)
            found = {}
            for po in s.scalars(select(PurchaseOrder).where(PurchaseOrder.id.in_(list(ids)))):
                t, n = totals.get(po.id, (Decimal(0), 0))
                found[po.id] = PORow(po.id, po.number, po.supplier_id, sup.get(po.supplier_id, "?"),
                                     po.status, po.order_date, po.expected_date,
                                     t.quantize(Decimal("0.01")), n, po.suggestion_id)
        return [found[i] for i in ids if i in found]

    def purchase_orders(self, status: str | None = None) -> list[PORow]:
        return self.purchase_order_rows(self.purchase_order_ids(status))

    def purchase_orders_due(self, first: date, last: date) -> list[PurchaseOrderDue]:
        """Sent and part-received orders, due on their expected delivery date (or their order
        date), up to ``last``; drafts are not commitments yet. ``first`` is accepted for symmetry:
        overdue orders are still owed, so everything due by ``last`` counts."""
        del first
        out = []
        for po in (po for st in ("sent", "partly_received") for po in self.purchase_orders(st)):
            due = po.expected_date or po.order_date
            if due <= last:
                out.append(PurchaseOrderDue(due, po.total, f"{po.number} {po.supplier}".strip()))
        return out

    def purchase_order(self, po_id: int) -> PODetail:
        rows = self.purchase_order_rows([po_id])
        if not rows:
            raise NotFound(_("no purchase order {po_id}").format(po_id=po_id))
        with self.db.read() as s:
            po = s.get(PurchaseOrder, po_id)
            sup = s.get(Supplier, po.supplier_id)
            lines = tuple(POLine(ln.id, ln.product_id, p.sku, p.name, ln.quantity, ln.received, ln.unit_cost)
                          for ln, p in s.execute(select(PurchaseOrderLine, Product).join(
                              Product, Product.id == PurchaseOrderLine.product_id).where(
                              PurchaseOrderLine.purchase_order_id == po_id).order_by(PurchaseOrderLine.id)))
            return PODetail(rows[0], lines, po.notes, sup.email if sup else "", po.created_by)

    def export_purchase_order(self, po_id: int, path: str | Path, force: bool = False) -> Path:
        """Write the order as PDF or XLSX (by the file's suffix) for sending to the supplier,
        through :func:`core.io.outputs.writing` (never over the database; an existing file only
        with ``force``)."""
        from core.inventory import documents
        from core.io.outputs import Site, check_target, writing
        suffix = Path(path).suffix.lower()
        if suffix not in (".pdf", ".xlsx"):
            raise DeskmateError(_('export a purchase order as .pdf or .xlsx'))
        site = Site.of(self.app)
        target = check_target(site, path, force=force)
        po = self.purchase_order(po_id)
        shop = {k: self.app.settings.get(k) for k in ("shop.name", "shop.address", "shop.email",
                                                      "shop.phone", "shop.currency")}
        with writing(site, target, force=force) as part:
            if suffix == ".pdf":
                documents.purchase_order_pdf(po, shop, part, self.app.formats())
            else:
                documents.purchase_order_xlsx(po, shop, part)
        return target

    # ------------------------------------------------------------------ imports
    def import_file(self, actor: Actor, kind: str, path: str | Path, *,
                    mapping: dict[str, str] | None = None, dry_run: bool = False,
                    skip_invalid: bool = False, progress: Progress | None = None
                    ) -> tabular.ImportReport:
        """Import products, suppliers, stock counts or sales from CSV/XLSX (see importers).

        ``progress`` (``core.kernel.progress``) hears how far it is; a cancel raises ``Cancelled``
        before anything is committed, so the whole import rolls back."""
        require(actor, Perm.IMPORT_DATA)
        if kind in ("products", "suppliers", "stock"):
            require(actor, Perm.EDIT_INVENTORY)
        schema = imp.SCHEMAS.get(kind)
        if schema is None:
            raise DeskmateError(_("cannot import '{kind}': choose {items}").format(kind=kind, items=', '.join(imp.SCHEMAS)))
        p = Path(path)
        table = tabular.read_table(p)
        cols = tabular.map_columns(table.headers, schema, mapping, file=table.file)
        report = tabular.ImportReport(kind, table.file, dry_run, mapping={f: table.headers[i] for f, i in cols.items()},
                                      notes=list(table.notes))
        now = self.clock.now()
        with self.db.uow() as s:
            batch = None
            if not dry_run:
                batch = ImportBatch(kind=kind, file_name=str(p.name), file_hash=tabular.file_hash(p),
                                    rows_read=0, mapping=report.mapping, username=actor.username, at=now)
                s.add(batch)
                s.flush()
            w = imp.WriteContext(s, actor, now, self.app.today(), report, batch, dry_run)
            if kind == "sales":
                parsed = self._stream_sales(w, table, cols, skip_invalid, progress)
            else:
                parsed = tabular.parse_rows(table, schema, cols, progress=progress)
                checked = imp.CHECKS[kind](s, parsed)
                parsed.problems.extend(checked)
                _skip_checked(report, parsed.rows, checked)
                if not dry_run:
                    tabular.check_all_or_nothing(parsed, skip_invalid)
                imp.WRITERS[kind](w, parsed.valid_rows())
            report.start(parsed)
            report.rows_read = parsed.read
            report.problems = list(parsed.problems)
            ignored = report.skipped_reasons.get(imp.PLACEHOLDER_REASON, 0)
            report.rows_skipped = report.skipped.rows - ignored
            report.rows_valid = parsed.read - report.rows_skipped
            if progress is not None:
                progress.check("import cancelled: nothing was written")
                progress.report(parsed.read, parsed.read, "writing")
            if dry_run:
                s.rollback()
                return report
            assert batch is not None
            stored = imp.stored_totals(s, kind, batch.id)
            if stored is not None:
                report.stored, report.stored_note = stored
            batch.rows_read = parsed.read
            batch.rows_written = report.rows_written
            batch.rows_duplicate = report.rows_duplicate
            batch.rows_skipped = report.rows_skipped
            record(s, actor, area="inventory", action=f"import {kind}", entity="import_batch",
                   entity_id=batch.id, after=report.as_dict() | {"problems": len(report.problems)},
                   summary=report.summary(), at=now)
        return report

    def _stream_sales(self, w: imp.WriteContext, table: tabular.Table, cols: dict[str, int],
                      skip_invalid: bool, progress: Progress | None) -> tabular.Parsed:
        """Sales a chunk at a time: a till's export of half a million rows is never held whole
        (bounded memory). Written inside the caller's unit of work, so a bad row found late — or
        a cancel — still leaves nothing written."""
        parsed, rows = tabular.stream_rows(table, imp.SALES, cols, progress=progress)
        writer = imp.SalesWriter(w)
        for chunk in tabular.chunked(rows):
            checked = imp.check_sales_rows(parsed, chunk)
            if checked:
                parsed.problems.extend(checked)
                _skip_checked(w.report, chunk, checked)
                bad = {p.row for p in checked}
                chunk = [r for r in chunk if r.row not in bad]
            writer.feed(chunk)
        if not w.dry_run:
            tabular.check_all_or_nothing(parsed, skip_invalid)
        writer.finish()
        return parsed

    # ------------------------------------------------------------------ policy
    def _settings(self, s: Session) -> dict[str, Any]:
        r = SettingsService.read
        return {"rule": r(s, "inventory.order_rule"), "order_cost": float(r(s, "inventory.order_cost")),
                "holding_rate": float(r(s, "inventory.holding_rate")),
                "cycle_days": float(r(s, "inventory.cycle_days")),
                "min_history_days": int(r(s, "inventory.min_history_days")),
                "history_days": int(r(s, "inventory.history_days"))}

    def snapshot(self, s: Session, as_of: date, product_ids: Sequence[int] | None = None) -> PolicySnapshot:
        """Plan every active product for ``as_of`` from the sales of the days before it."""
        import numpy as np  # numpy and the planner load on the first plan, not at start-up

        from core.inventory import outliers, planner
        cfg = self._settings(s)
        W = max(cfg["history_days"], 28)
        start = as_of - timedelta(days=W)
        q = select(Product).where(Product.active.is_(True)).order_by(Product.id)
        if product_ids is not None:
            q = q.where(Product.id.in_(list(product_ids)))
        products = list(s.scalars(q))
        n = len(products)
        Y = np.zeros((n, W))
        excluded: dict[int, list[Any]] = {}
        if n:
            ids = [p.id for p in products]
            self.fill_sales(s, Y, ids, start, as_of)
            Y, excluded = outliers.exclude(Y, ids, start, outliers.accepted_days(s, start))
        first = {}
        # first day with any sales record: one seek per product on the primary key (product, day),
        # not a pass over every sales row (a tenth of a second of each fit on the 20× shop)
        first_day = (select(func.min(SalesDaily.day)).where(SalesDaily.product_id == Product.id)
                     .correlate(Product).scalar_subquery())
        for pid, d in s.execute(select(Product.id, first_day)):
            if d is not None:
                first[pid] = d
        sups = {x.id: x for x in s.scalars(select(Supplier))}
        lead = np.array([sups[p.supplier_id].lead_time_days if p.supplier_id in sups else 2
                         for p in products], dtype=int)
        review = np.array([review_days_for(sups[p.supplier_id].ordering_days, as_of.weekday())
                           if p.supplier_id in sups else 1 for p in products], dtype=int)
        hist = np.array([(as_of - first[p.id]).days if p.id in first else 0 for p in products], dtype=float)
        nan = float("nan")
        inp = planner.PlanInput(
            sales=Y, first_weekday=start.weekday(), lead_time=np.maximum(lead, 1), review_days=review,
            fill_rate=np.array([float(p.fill_rate_target) for p in products]),
            safety_factor=np.array([float(p.safety_factor) for p in products]),
            history_days=hist,
            owner_min=np.array([float(p.owner_min) if p.owner_min is not None else nan for p in products]),
            owner_max=np.array([float(p.owner_max) if p.owner_max is not None else nan for p in products]),
            unit_cost=np.array([float(p.cost) for p in products]), order_cost=cfg["order_cost"],
            holding_rate=cfg["holding_rate"], rule=cfg["rule"], cycle_days=cfg["cycle_days"],
            min_history_days=cfg["min_history_days"])
        plan = planner.plan(inp) if n else planner.plan(inp)
        return PolicySnapshot(as_of, start, products, plan, Y, first, lead, review,
                              {k: v.name for k, v in sups.items()}, cfg["rule"], excluded)

    @staticmethod
    def fill_sales(s: Session, Y: np.ndarray, ids: list[int], start: date, end: date) -> None:
        """Add the sales of [start, end) into ``Y`` (rows in ``ids`` order, column 0 = start).
        Read raw and placed with numpy: this is the one big read of a reorder run."""
        import numpy as np
        params = {"a": start.isoformat(), "b": end.isoformat()}
        conn = s.connection()
        if conn.dialect.name == "sqlite":
            # SQLite: day offsets computed in SQL and read through the raw cursor straight into
            # numpy, from the covering index alone (no per-row Python objects beyond the tuple)
            cur = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
            try:
                cur.execute("SELECT product_id, CAST(julianday(day) - julianday(?) AS INTEGER), quantity "
                            "FROM sales_daily WHERE day >= ? AND day < ?",
                            (params["a"], params["a"], params["b"]))
                data = np.array(cur.fetchall(), dtype=np.int64).reshape(-1, 3)
            finally:
                cur.close()
        else:
            rows = s.execute(text("SELECT product_id, day, quantity FROM sales_daily "
                                  "WHERE day >= :a AND day < :b"), params).all()
            data = np.array([(p, ((d if isinstance(d, date) else date.fromisoformat(str(d))) - start).days, q)
                             for p, d, q in rows], dtype=np.int64).reshape(-1, 3)
        if not len(data):
            return
        order = np.argsort(np.asarray(ids))
        sorted_ids = np.asarray(ids)[order]
        p_arr = data[:, 0]
        pos = np.clip(np.searchsorted(sorted_ids, p_arr), 0, len(sorted_ids) - 1)
        ok = sorted_ids[pos] == p_arr
        rows_idx = order[pos]
        cols = data[:, 1]
        q = data[:, 2] / SCALE
        flat = rows_idx[ok] * Y.shape[1] + cols[ok]
        Y += np.bincount(flat, weights=q[ok], minlength=Y.size).reshape(Y.shape)

    def policy(self, as_of: date | None = None) -> list[dict[str, Any]]:
        """Per product, the parameters the reorder job would use on that date."""
        import numpy as np
        as_of = as_of or self.app.today()
        with self.db.read() as s:
            snap = self.snapshot(s, as_of)
            on_order = ledger.open_order_quantities(s)
        out = []
        P = snap.plan
        fm = self.app.formats()
        for i, p in enumerate(snap.products):
            r = P.row(i)
            rop, upto = r["reorder_point"], r["order_up_to"]
            position = float(p.on_hand) + float(on_order.get(p.id, 0))
            out.append({
                "product_id": p.id, "sku": p.sku, "name": p.name,
                "supplier": snap.supplier_names.get(p.supplier_id),
                "demand_class": r["class"], "method": r["method"],
                "demand_pattern": pattern_words(r["class"]) if np.isfinite(r["adi"]) else "no sales",
                "demand_explained": pattern_explained(r["adi"], r["cv2"], fm),
                "method_words": method_words(r["method"]),
                "forecast_daily": round(r["forecast_daily"], 3),
                "forecast_error_rmse": round(r["sigma1"], 3),
                "lead_time_days": int(snap.lead_time[i]), "review_days": int(snap.review_days[i]),
                "protection_days": r["protection_days"],
                "lead_time_demand": round(r["mean_lt"], 2), "lead_time_sd": round(r["sd_lt"], 2),
                "fill_rate_target": float(p.fill_rate_target), "safety_factor": float(p.safety_factor),
                "replay_fill_rate": None if np.isnan(P.replay_fill[i]) else round(float(P.replay_fill[i]), 4),
                "target_group_replay_fill_rate": (None if np.isnan(P.pool_fill[i])
                                                  else round(float(P.pool_fill[i]), 4)),
                "replay_days": int(P.replay_days[i]),
                "safety_multiplier": None if np.isnan(P.safety_multiplier[i]) else float(P.safety_multiplier[i]),
                "distribution": r["distribution"],
                "safety_stock": None if np.isnan(r["safety_stock"]) else round(r["safety_stock"], 2),
                "reorder_point": None if np.isnan(rop) else round(rop, 2),
                "order_up_to": None if np.isnan(upto) else round(upto, 2),
                "enough_history": r["enough_history"],
                "on_hand": float(p.on_hand), "on_order": float(on_order.get(p.id, 0)),
                "position": position,
                "below_reorder_point": bool(not np.isnan(rop) and position < rop),
                "excluded_sales": [{"day": o.day.isoformat(), "quantity": o.quantity,
                                    "typical_day": o.typical} for o in snap.excluded.get(p.id, [])],
                "as_of": as_of.isoformat(),
            })
        return out

    def stockout_risks(self, as_of: date | None = None) -> list["StockoutRisk"]:
        """Products projected to run out before their next delivery (the Today page)."""
        from core.inventory.cover import stockout_risks
        with self.db.read() as s:
            return stockout_risks(s, self.app, as_of or self.app.today())

    def policy_flags(self) -> dict[int, dict[str, bool]]:
        return {r["product_id"]: {"below_rop": r["below_reorder_point"],
                                  "not_enough_history": not r["enough_history"]}
                for r in self.policy()}

    # ------------------------------------------------------------------ backtest
    def backtest_file(self, path: str | Path, cutoff: date, until: date | None = None,
                      lead_time: int = 2, fill_rates: Sequence[float] | None = None,
                      mapping: dict[str, str] | None = None,
                      progress: Progress | None = None) -> dict[str, Any]:
        """Backtest the policy on a sales file (nothing is written)."""
        from core.inventory import backtest
        Y, first_day, names, unit_value, problems = sales_matrix(path, mapping)
        levels = tuple(fill_rates or backtest.DEFAULT_LEVELS)
        for sl in levels:
            if not 0 < sl < 1:
                raise DeskmateError(_("fill rate target {sl} is not between 0 and 1").format(sl=sl))
        try:
            res = backtest.run(Y, first_day, cutoff, until, lead_time, levels, unit_value,
                               progress=progress)
        except ValueError as exc:
            raise DeskmateError(str(exc)) from None
        res["file"] = Path(path).name
        res["rows_with_problems"] = len({p.row for p in problems})
        if problems:
            res["assumptions"].append(f"{len(problems)} unreadable row(s) were left out.")
        res["assumptions"].append("Unit value = the file's unit price (median price for items without one)."
                                  if unit_value is not None else
                                  "The file has no prices: stock is valued at 1 per unit.")
        return res

    def backtest_shop(self, cutoff: date | None = None, until: date | None = None,
                      lead_time: int | None = None, fill_rates: Sequence[float] | None = None,
                      progress: Progress | None = None) -> dict[str, Any]:
        """The same backtest on the shop's own sales history (what the GUI draws).

        Defaults: replay the last 60 days, the median supplier lead time, products valued at cost.
        """
        import numpy as np
        from core.inventory import backtest
        with self.db.read() as s:
            first = s.scalar(select(func.min(SalesDaily.day)))
            last = s.scalar(select(func.max(SalesDaily.day)))
            if first is None:
                raise DeskmateError(_('no sales history yet: import sales first'))
            products = list(s.scalars(select(Product).where(Product.active.is_(True)).order_by(Product.id)))
            Y = np.zeros((len(products), (last - first).days + 1))
            self.fill_sales(s, Y, [p.id for p in products], first, last + timedelta(days=1))
            leads = [sup.lead_time_days for sup in s.scalars(select(Supplier).where(Supplier.active.is_(True)))]
        cutoff = cutoff or max(first + timedelta(days=28), last - timedelta(days=59))
        L = lead_time or (int(np.median(leads)) if leads else 2)
        value = np.array([float(p.cost) if p.cost > 0 else 1.0 for p in products])
        keep = Y.sum(axis=1) > 0
        try:
            res = backtest.run(Y[keep], first, cutoff, until, max(L, 1),
                               tuple(fill_rates or backtest.DEFAULT_LEVELS), value[keep],
                               progress=progress)
        except ValueError as exc:
            raise DeskmateError(str(exc)) from None
        res["file"] = "this shop's sales history"
        res["assumptions"].append("Unit value = each product's cost (1 where no cost is set).")
        return res

    def unusual_sales(self, days: int = 28, as_of: date | None = None) -> "SalesScan":
        """The days whose sales fall outside the product's usual weekday range over ``days`` days
        before ``as_of`` (see ``core/inventory/unusual.py``): the false-alarm measure."""
        from core.inventory import unusual
        with self.db.read() as s:
            return unusual.measure(s, as_of or self.app.today(), days)

    # ------------------------------------------------------------------ KPIs
    def kpis(self, days: int = 90, as_of: date | None = None) -> dict[str, Any]:
        """Stockout product-days, stock value above max, turnover, reorder decisions."""
        import numpy as np
        from core.inbox.models import Suggestion
        end = as_of or self.app.today()
        start = end - timedelta(days=days)
        with self.db.read() as s:
            products = {p.id: p for p in s.scalars(select(Product).where(Product.active.is_(True)))}
            moves = s.execute(select(StockMovement.product_id, StockMovement.day, func.sum(StockMovement.quantity))
                              .where(StockMovement.counts.is_(True), StockMovement.day > start)
                              .group_by(StockMovement.product_id, StockMovement.day)).all()
            sold = s.execute(select(SalesDaily.product_id, func.sum(SalesDaily.quantity))
                             .where(SalesDaily.day > start, SalesDaily.day <= end)
                             .group_by(SalesDaily.product_id)).all()
            decisions = dict(s.execute(select(Suggestion.decision, func.count(Suggestion.id)).where(
                Suggestion.kind == REORDER_KIND, Suggestion.decision.is_not(None))
                .group_by(Suggestion.decision)).all())
            snap = self.snapshot(s, end + timedelta(days=1)) if products else None
        by_prod: dict[int, dict[date, float]] = {}
        for pid, d, q in moves:
            by_prod.setdefault(pid, {})[d] = float(q)
        stockout_days = 0
        selling = {pid for pid, q in sold if q and q > 0}
        for pid, p in products.items():
            if pid not in selling:
                continue
            level = float(p.on_hand) - sum(v for d, v in by_prod.get(pid, {}).items() if d > end)
            sells = True
            for k in range(days):
                d = end - timedelta(days=k)
                if level <= 0 and sells:
                    stockout_days += 1
                level -= by_prod.get(pid, {}).get(d, 0.0)
        stock_value = sum(float(p.on_hand) * float(p.cost) for p in products.values() if p.on_hand > 0)
        cogs = sum(float(q) * float(products[pid].cost) for pid, q in sold if pid in products)
        above_max = 0.0
        if snap is not None:
            for i, p in enumerate(snap.products):
                mx = p.owner_max if p.owner_max is not None else None
                cap = float(mx) if mx is not None else snap.plan.order_up_to[i]
                if cap is not None and not np.isnan(cap) and float(p.on_hand) > cap:
                    above_max += (float(p.on_hand) - cap) * float(p.cost)
        turnover = (cogs * 365 / days) / stock_value if stock_value > 0 else None
        wmape = bias = None
        if snap is not None and snap.sales.size:
            # one-step-ahead forecasts against what sold, last 28 days, all products together
            y = snap.sales[:, -28:]
            f = snap.plan.fitted[:, -28:]
            ok = ~np.isnan(f)
            sold_units = float(y[ok].sum())
            if sold_units > 0:
                wmape = float(np.abs(y[ok] - f[ok]).sum()) / sold_units
                bias = float((f[ok] - y[ok]).sum()) / sold_units
        return {"period_days": days, "as_of": end.isoformat(),
                "stockout_product_days": stockout_days,
                "stock_value": round(stock_value, 2),
                "value_above_max": round(above_max, 2),
                "inventory_turnover": None if turnover is None else round(turnover, 2),
                "forecast_wmape": None if wmape is None else round(wmape, 3),
                "forecast_bias": None if bias is None else round(bias, 3),
                "reorder_accepted": decisions.get("approved", 0),
                "reorder_edited": decisions.get("edited", 0),
                "reorder_rejected": decisions.get("rejected", 0)}


def sales_matrix(path: str | Path, mapping: dict[str, str] | None = None
                 ) -> tuple[np.ndarray, date, list[str], np.ndarray | None, list[Any]]:
    """Read a sales file into a (products × days) matrix without touching the database."""
    import numpy as np
    table = tabular.read_table(path)
    cols = tabular.map_columns(table.headers, imp.SALES, mapping, file=table.file)
    parsed = tabular.parse_rows(table, imp.SALES, cols)
    rows = [r for r in parsed.valid_rows()
            if not ((r.values.get("sku") or "").strip().lower() in imp.PLACEHOLDER_ITEMS
                    and (r.values.get("name") or "").strip().lower() in imp.PLACEHOLDER_ITEMS)]
    if not rows:
        raise DeskmateError(_("{file}: no readable sales rows").format(file=table.file))
    keys: dict[str, int] = {}
    names: list[str] = []
    prices: dict[int, Decimal] = {}
    for r in rows:
        k = ((r.values.get("sku") or "").strip() or (r.values.get("name") or "").strip()).lower()
        if k not in keys:
            keys[k] = len(names)
            names.append((r.values.get("name") or r.values.get("sku") or "").strip())
        if r.values.get("unit_price") is not None and r.values["unit_price"] > 0:
            prices[keys[k]] = r.values["unit_price"]
    d0 = min(r.values["date"].date() for r in rows)
    d1 = max(r.values["date"].date() for r in rows)
    Y = np.zeros((len(names), (d1 - d0).days + 1))
    for r in rows:
        k = ((r.values.get("sku") or "").strip() or (r.values.get("name") or "").strip()).lower()
        Y[keys[k], (r.values["date"].date() - d0).days] += float(r.values["quantity"])
    value = None
    if prices:
        med = float(np.median([float(v) for v in prices.values()]))
        value = np.array([float(prices.get(i, med)) for i in range(len(names))])
    return Y, d0, names, value, parsed.problems


def _skip_checked(report: tabular.ImportReport, rows: list[Any],
                  problems: list[Problem]) -> None:
    """Rows an importer's checks refused count as skipped, for their first problem."""
    first: dict[int, Problem] = {}
    for p in problems:
        if p.row is not None:
            first.setdefault(p.row, p)
    for r in rows:
        found = first.get(r.row)
        if found is not None:
            report.skip(tabular.reason_key(found.column, found.reason), r)
