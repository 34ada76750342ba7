"""Days of cover: when a product's stock runs out at its forecast rate.

One rule, used by the reorder suggestion's due time in the inbox and by the Today page's
"runs out before the next delivery" list, so the two always agree.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session


def runs_out_on(as_of: date, on_hand: float | Decimal, daily: float | Decimal) -> date | None:
    """The first day with no stock left, selling ``daily`` a day from ``as_of`` on; None when
    nothing is expected to sell (no forecast) — such stock does not run out."""
    rate = float(daily)
    if not math.isfinite(rate) or rate <= 0:
        return None
    stock = max(float(on_hand), 0.0)
    return as_of + timedelta(days=math.floor(stock / rate + 1e-9))


@dataclass(frozen=True)
class StockoutRisk:
    """A product whose stock is projected to run out before the next delivery can arrive."""

    product_id: int
    sku: str
    name: str
    on_hand: Decimal
    forecast_daily: Decimal
    runs_out_on: date
    next_delivery_on: date
    on_order: Decimal
    supplier: str | None

    @property
    def days_short(self) -> int:
        return (self.next_delivery_on - self.runs_out_on).days


def stockout_risks(session: Session, app: Any, as_of: date) -> list[StockoutRisk]:
    """Products that run out (at their forecast rate) before their next delivery: the open
    purchase order's expected date, or — with nothing on order — the earliest a new order placed
    on the supplier's next ordering day could arrive (review days + lead time)."""
    from core.inventory import ledger
    from core.inventory.models import PurchaseOrder, PurchaseOrderLine

    snap = app.inventory.snapshot(session, as_of)
    on_order = ledger.open_order_quantities(session)
    expected: dict[int, date] = {}
    q = (select(PurchaseOrderLine.product_id, func.min(PurchaseOrder.expected_date))
         .join(PurchaseOrder, PurchaseOrder.id == PurchaseOrderLine.purchase_order_id)
         .where(PurchaseOrder.status.in_(ledger.OPEN_PO_STATES), PurchaseOrder.expected_date.is_not(None),
                PurchaseOrderLine.quantity > PurchaseOrderLine.received)
         .group_by(PurchaseOrderLine.product_id))
    for pid, d in session.execute(q):
        if d is not None:
            expected[pid] = d
    out = []
    for i, p in enumerate(snap.products):
        daily = float(snap.plan.row(i)["forecast_daily"])
        out_on = runs_out_on(as_of, p.on_hand, daily)
        if out_on is None:
            continue
        lead, review = int(snap.lead_time[i]), int(snap.review_days[i])
        if on_order.get(p.id, 0) > 0:
            nxt = max(expected.get(p.id) or as_of + timedelta(days=lead), as_of)
        else:
            nxt = as_of + timedelta(days=review + max(lead, 1))
        if out_on < nxt:
            out.append(StockoutRisk(p.id, p.sku, p.name, Decimal(p.on_hand),
                                    Decimal(str(round(daily, 3))), out_on, nxt,
                                    Decimal(on_order.get(p.id, 0)), snap.supplier_names.get(p.supplier_id)))
    return sorted(out, key=lambda r: (r.runs_out_on, -r.days_short, r.sku))
