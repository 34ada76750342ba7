"""Session-level writes of the inventory area: the stock ledger and purchase orders.

These take an open session (the service's unit of work, or the inbox's when an applier runs) and
an actor, write, and record the audit entry in the same transaction. Permission checks are done by
the callers (service methods, or the inbox's decide rules).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, func, select, text, type_coerce, update
from sqlalchemy.orm import Session

from core.inventory import history, inputs_version
from core.inventory.fields import ORDER_QUANTITY
from core.inventory.models import (Product, PurchaseOrder, PurchaseOrderLine, StockMovement,
                                   Supplier)
from core.kernel.actor import Actor
from core.kernel.audit import record
from core.kernel.errors import ConflictError, DeskmateError, NotFound, Problem, ValidationError
from core.kernel.limits import check_on_hand
from core.kernel.types import Quantity
from core.kernel.i18n import _, ngettext

OPEN_PO_STATES = ("draft", "sent", "partly_received")
SCALE = 10_000  # Quantity() scale


@dataclass(frozen=True)
class Move:
    product_id: int
    day: date
    kind: str              # receipt|sale|return|adjustment|stocktake
    quantity: Decimal      # signed change of on-hand
    reason: str = ""
    reference: str = ""
    counted: Decimal | None = None
    purchase_order_id: int | None = None
    import_batch_id: int | None = None


def post(session: Session, actor: Actor, moves: Iterable[Move], at: datetime,
         audit: bool = True) -> int:
    """Add movements, keep ``product.on_hand``, ``sales_daily`` and the reports' aggregates
    (``core/inventory/history.py``) in step. Returns the count.

    Imported sales dated on or before the product's last stocktake day do not change on-hand (the
    count already includes them) but stay in the ledger and in the sales history.
    """
    moves = list(moves)
    if not moves:
        return 0
    ids = {m.product_id for m in moves}
    known = {pid: (lc, oh, sku) for pid, lc, oh, sku in session.execute(
        select(Product.id, Product.last_count_day, Product.on_hand, Product.sku)
        .where(Product.id.in_(ids))).all()}
    if len(known) != len(ids):
        raise NotFound(_("unknown product ids: {ids}").format(ids=sorted(ids - set(known))))
    last_count = {pid: v[0] for pid, v in known.items()}
    delta: dict[int, Decimal] = defaultdict(Decimal)
    sales: dict[tuple[int, date], Decimal] = defaultdict(Decimal)
    closing: dict[int, dict[date, int]] = defaultdict(lambda: defaultdict(int))
    rows = []
    for m in moves:
        lc = last_count[m.product_id]
        # imported history dated on or before the last count is already in that count
        counts = not (m.import_batch_id is not None and m.kind in ("sale", "return")
                      and lc is not None and m.day <= lc)
        if counts:
            delta[m.product_id] += m.quantity
        closing[m.product_id][m.day] += int(m.quantity * SCALE) if counts else 0
        if m.kind in ("sale", "return"):
            sales[(m.product_id, m.day)] += -m.quantity
        rows.append({"product_id": m.product_id, "day": m.day, "at": at, "kind": m.kind,
                     "quantity": m.quantity, "counted": m.counted, "counts": counts,
                     "reason": m.reason, "reference": m.reference,
                     "purchase_order_id": m.purchase_order_id,
                     "import_batch_id": m.import_batch_id, "username": actor.username})
    for pid, d in delta.items():   # checked before anything is written
        if d:
            check_on_hand(known[pid][1] + d, known[pid][2])
    insert_movements(session, rows)
    inputs_version.mark(session)     # the bulk paths write through the raw cursor, unseen by the session
    changed = [{"pid": pid, "d": d} for pid, d in delta.items() if d]
    if changed:   # one executemany for all products, not one statement each
        t = Product.__table__
        session.connection().execute(
            update(t).where(t.c.id == bindparam("pid"))
            .values(on_hand=t.c.on_hand + bindparam("d", type_=Quantity()), updated_at=at), changed)
        # the session's Product objects may hold the old on-hand: forget them
        for obj in [o for o in session.identity_map.values() if isinstance(o, Product) and o.id in delta]:
            session.expire(obj, ["on_hand", "updated_at"])
    add_sales_daily(session, sales)
    history.apply_moves(session.connection(), closing, {k: int(q * SCALE) for k, q in sales.items()})
    if audit and len(moves) <= 50:
        for m in moves:
            record(session, actor, area="inventory", action=f"stock {m.kind}", entity="product",
                   entity_id=m.product_id, after={"quantity": m.quantity, "day": m.day,
                                                  "reason": m.reason, "reference": m.reference},
                   summary=f"{m.kind} {m.quantity:+} ({m.reason or m.reference})".strip(), at=at)
    elif audit:
        kinds = sorted({m.kind for m in moves})
        record(session, actor, area="inventory", action="stock movements", entity="product",
               after={"movements": len(moves), "products": len(ids), "kinds": kinds},
               summary=ngettext("{n} stock movement ({kinds}); products: {products}", "{n} stock movements ({kinds}); products: {products}", len(moves)).format(n=len(moves), kinds=", ".join(kinds), products=len(ids)),
               at=at)
    return len(moves)


MOVE_COLS = ("product_id", "day", "at", "kind", "quantity", "counted", "counts", "reason", "reference",
             "purchase_order_id", "import_batch_id", "username")


def raw_cursor(session: Session) -> Any | None:
    """The DBAPI cursor of the session's connection on SQLite (None elsewhere): bulk paths use it
    to skip per-row SQLAlchemy parameter processing for hundreds of thousands of rows."""
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        return None
    return conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]


def _scaled(q: Decimal | None) -> int | None:
    return None if q is None else int(q * SCALE)


def insert_movements(session: Session, rows: list[dict[str, Any]]) -> None:
    """Insert ledger rows; on SQLite through the raw cursor with values stored exactly as the
    column types store them (scaled integers, ISO dates, naive-UTC datetimes)."""
    if len(rows) < 200:
        session.execute(StockMovement.__table__.insert(), rows)
        return
    cur = raw_cursor(session)
    if cur is None:
        session.execute(StockMovement.__table__.insert(), rows)
        return
    from datetime import timezone
    at_text = {}
    out = []
    for r in rows:
        at = r["at"]
        t = at_text.get(at)
        if t is None:
            t = at_text[at] = at.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")
        out.append((r["product_id"], r["day"].isoformat(), t, r["kind"], _scaled(r["quantity"]),
                    _scaled(r["counted"]), 1 if r["counts"] else 0, r["reason"], r["reference"],
                    r["purchase_order_id"], r["import_batch_id"], r["username"]))
    try:
        cur.executemany(f"INSERT INTO stock_movement ({', '.join(MOVE_COLS)}) VALUES "
                        f"({', '.join('?' * len(MOVE_COLS))})", out)
    finally:
        cur.close()


def add_sales_daily(session: Session, sales: dict[tuple[int, date], Decimal]) -> None:
    if not sales:
        return
    sql = ("INSERT INTO sales_daily (product_id, day, quantity) VALUES ({}) ON CONFLICT (product_id, day) "
           "DO UPDATE SET quantity = sales_daily.quantity + excluded.quantity")
    cur = raw_cursor(session) if len(sales) >= 200 else None
    if cur is not None:
        try:
            cur.executemany(sql.format("?, ?, ?"),
                            [(p, d.isoformat(), int(q * SCALE)) for (p, d), q in sales.items()])
        finally:
            cur.close()
        return
    session.execute(text(sql.format(":p, :d, :q")),
                    [{"p": p, "d": d.isoformat(), "q": int(q * SCALE)} for (p, d), q in sales.items()])


def next_po_number(session: Session) -> str:
    n = session.scalar(select(func.count(PurchaseOrder.id))) or 0
    while True:
        n += 1
        number = f"PO-{n:05d}"
        if session.scalar(select(PurchaseOrder.id).where(PurchaseOrder.number == number)) is None:
            return number


def create_purchase_order(session: Session, actor: Actor, supplier_id: int,
                          lines: list[dict[str, Any]], at: datetime, order_date: date,
                          notes: str = "", suggestion_id: int | None = None,
                          machine_drafted: bool = False) -> PurchaseOrder:
    """lines: [{"product_id", "quantity", "unit_cost"?}]. Quantities must be positive."""
    sup = session.get(Supplier, supplier_id)
    if sup is None:
        raise NotFound(_("no supplier {supplier_id}").format(supplier_id=supplier_id))
    if not sup.active:
        raise DeskmateError(_("supplier {name} is inactive; reactivate it to order").format(name=sup.name))
    clean = [ln for ln in lines if Decimal(str(ln["quantity"])) != 0]
    if not clean:
        raise DeskmateError(_('a purchase order needs at least one line with a quantity'))
    from datetime import timedelta
    po = PurchaseOrder(number=next_po_number(session), supplier_id=supplier_id, status="draft",
                       order_date=order_date, expected_date=order_date + timedelta(days=sup.lead_time_days),
                       notes=notes, suggestion_id=suggestion_id, created_by=actor.username,
                       created_at=at, updated_at=at)
    session.add(po)
    session.flush()
    snapshot = []
    for ln in clean:
        qty = Decimal(str(ln["quantity"]))
        problem = ORDER_QUANTITY(qty)   # the rule the order and reorder forms check as it is typed
        if problem:
            raise ValidationError(_("order quantity {normalize:f}: {problem}").format(normalize=qty.normalize(), problem=problem),
                                  [Problem(problem, column="quantity")])
        prod = session.get(Product, int(ln["product_id"]))
        if prod is None:
            raise NotFound(_("no product {product_id}").format(product_id=ln['product_id']))
        cost = Decimal(str(ln["unit_cost"])) if ln.get("unit_cost") not in (None, "") else prod.cost
        session.add(PurchaseOrderLine(purchase_order_id=po.id, product_id=prod.id, quantity=qty,
                                      received=Decimal(0), unit_cost=cost))
        snapshot.append({"sku": prod.sku, "quantity": qty, "unit_cost": cost})
    record(session, actor, area="inventory", action="create purchase order", entity="purchase_order",
           entity_id=po.id, after={"number": po.number, "supplier": sup.name, "lines": snapshot,
                                   "suggestion": suggestion_id},
           summary=ngettext("{number} for {name}: {n} line", "{number} for {name}: {n} lines", len(snapshot)).format(number=po.number, name=sup.name, n=len(snapshot)), at=at,
           machine_drafted=machine_drafted)
    return po


def receive(session: Session, actor: Actor, po_id: int, quantities: dict[int, Decimal],
            at: datetime, day: date) -> PurchaseOrder:
    """Receive goods against a purchase order: {line_id: quantity received now}."""
    po = session.get(PurchaseOrder, po_id)
    if po is None:
        raise NotFound(_("no purchase order {po_id}").format(po_id=po_id))
    if po.status not in OPEN_PO_STATES:
        raise ConflictError(_("{number} is {status}; nothing can be received against it").format(number=po.number, status=po.status))
    lines = {ln.id: ln for ln in session.scalars(select(PurchaseOrderLine)
                                                 .where(PurchaseOrderLine.purchase_order_id == po_id))}
    moves = []
    for line_id, qty in quantities.items():
        qty = Decimal(str(qty))
        if qty == 0:
            continue
        ln = lines.get(int(line_id))
        if ln is None:
            raise NotFound(_("{number} has no line {line_id}").format(number=po.number, line_id=line_id))
        if qty < 0:
            raise DeskmateError(_('received quantities cannot be negative'))
        ln.received += qty
        moves.append(Move(ln.product_id, day, "receipt", qty, reference=po.number,
                          purchase_order_id=po.id))
    if not moves:
        raise DeskmateError(_('enter the quantity received for at least one line'))
    post(session, actor, moves, at, audit=False)
    before = po.status
    po.status = "received" if all(ln.received >= ln.quantity for ln in lines.values()) else "partly_received"
    po.updated_at = at
    record(session, actor, area="inventory", action="receive goods", entity="purchase_order",
           entity_id=po.id, before={"status": before}, after={
               "status": po.status, "received": {str(k): v for k, v in quantities.items()}},
           summary=ngettext("{number}: received {n} line, now {status}", "{number}: received {n} lines, now {status}", len(moves)).format(number=po.number, n=len(moves), status=po.status), at=at)
    return po


def open_order_quantities(session: Session) -> dict[int, Decimal]:
    """Units still to come per product from open purchase orders.

    ``quantity - received`` is plain integer arithmetic on the scaled columns, so the sum is
    coerced back to ``Quantity()``: its result processor turns the scaled integer into a Decimal
    whatever the driver returns for it (SQLite an int, PostgreSQL's SUM(bigint) a numeric)."""
    outstanding = type_coerce(func.sum(PurchaseOrderLine.quantity - PurchaseOrderLine.received), Quantity())
    q = (select(PurchaseOrderLine.product_id, outstanding)
         .join(PurchaseOrder, PurchaseOrder.id == PurchaseOrderLine.purchase_order_id)
         .where(PurchaseOrder.status.in_(OPEN_PO_STATES))
         .group_by(PurchaseOrderLine.product_id))
    return {pid: qty for pid, qty in session.execute(q) if qty is not None and qty > 0}
