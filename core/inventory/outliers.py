"""Sales far outside a product's usual range: flagged, and left out of the forecast until accepted.

A mistyped quantity (``100000000`` instead of ``10``) in a till export would otherwise drive the
forecast, the safety stock and the order for months. The rule is deliberately simple so a person
can check it by hand:

* a product's **typical day** is the median of its days with sales in the history window (the
  median of non-zero days: robust — one absurd day barely moves it — and meaningful for slow
  movers, whose median over all days would be 0);
* a day is an **outlier** when it sold more than :data:`FACTOR` (20) times the typical day, and the
  product has at least :data:`MIN_SALE_DAYS` days with sales to judge from;
* an outlier counts as its typical day in the forecast (the day stays, its size is left out) and
  becomes a data-quality finding; approving the finding records the day in
  ``sales_outlier_accepted`` and from then on the sale counts as it is.
"""
from __future__ import annotations

import warnings
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.inbox.texts import shown, stored, tmsg
from core.inventory.models import Product, SalesDaily, SalesOutlierAccepted
from core.kernel.actor import Actor
from core.kernel.audit import record
from core.kernel.errors import NotFound
from core.kernel.formats import Formats
from core.kernel.i18n import _

if TYPE_CHECKING:
    from core.app import Deskmate

FACTOR = 20.0
MIN_SALE_DAYS = 7
FIX_ACTION = "inventory.accept_sale"   # registered in core/inventory/appliers.py


@dataclass(frozen=True)
class Outlier:
    product_id: int
    day: date
    quantity: float
    typical: float          # median of the product's days with sales

    def message(self, fm: Formats | None = None) -> dict[str, Any]:
        """The outlier for people, in the shop's formats, kept for translation when read:
        "1,200 sold on 3 Nov 2026, more than 20× its typical day of 4.5"."""
        fm = fm or Formats()
        return tmsg("{quantity} sold on {day}, more than {factor}× its typical day of {typical}",
                    quantity=fm.quantity(self.quantity), day=fm.date(self.day), factor=fm.number(FACTOR),
                    typical=fm.number(self.typical, 4))

    def text(self, fm: Formats | None = None) -> str:
        """:meth:`message` in the current language."""
        return shown(self.message(fm))

    def key(self) -> str:
        """The outlier in a fixed form (ISO day, plain numbers): what identifies its finding."""
        return (f"{_n(self.quantity)} sold on {self.day.isoformat()}, more than {FACTOR:g}× its "
                f"typical day of {_n(self.typical)}")


def _n(x: float) -> str:
    return f"{x:,.4f}".rstrip("0").rstrip(".")


def accepted_days(session: Session, start: date) -> set[tuple[int, date]]:
    return {(pid, day) for pid, day in session.execute(
        select(SalesOutlierAccepted.product_id, SalesOutlierAccepted.day)
        .where(SalesOutlierAccepted.day >= start))}


def exclude(Y: np.ndarray, ids: list[int], start: date,
            accepted: set[tuple[int, date]]) -> tuple[np.ndarray, dict[int, list[Outlier]]]:
    """(sales with unaccepted outliers replaced by the typical day, the outliers per product).
    ``Y`` is products × days with column 0 = ``start``; it is not changed."""
    found: dict[int, list[Outlier]] = {}
    if Y.size == 0:
        return Y, found
    pos = Y > 0
    days_with_sales = pos.sum(axis=1)
    with warnings.catch_warnings():   # products without sales: an all-NaN row, median NaN
        warnings.simplefilter("ignore", RuntimeWarning)
        typical = np.nanmedian(np.where(pos, Y, np.nan), axis=1)
    judged = (days_with_sales >= MIN_SALE_DAYS) & np.isfinite(typical)
    mask = judged[:, None] & (Y > FACTOR * np.where(judged, typical, np.inf)[:, None])
    if not mask.any():
        return Y, found
    out = Y.copy()
    for i, t in zip(*np.nonzero(mask)):
        day = start + timedelta(days=int(t))
        pid = int(ids[i])
        if (pid, day) in accepted:
            continue
        found.setdefault(pid, []).append(Outlier(pid, day, float(Y[i, t]), float(typical[i])))
        out[i, t] = typical[i]
    return out, found


def find_in_database(session: Session, as_of: date, days: int) -> tuple[list[Product], dict[int, list[Outlier]]]:
    """Unaccepted outliers of active products in the ``days`` before ``as_of``."""
    from core.inventory.service import InventoryService
    start = as_of - timedelta(days=days)
    products = list(session.scalars(select(Product).where(Product.active.is_(True)).order_by(Product.id)))
    if not products:
        return products, {}
    Y = np.zeros((len(products), days))
    ids = [p.id for p in products]
    InventoryService.fill_sales(session, Y, ids, start, as_of)
    _kept, found = exclude(Y, ids, start, accepted_days(session, start))
    return products, found


def accept_sale(session: Session, app: "Deskmate", actor: Actor, args: dict[str, Any]) -> str:
    """The data-quality fix: a person confirmed the sale is real, so it counts from now on."""
    try:
        pid, day = int(args["product_id"]), date.fromisoformat(str(args["day"]))
    except (KeyError, TypeError, ValueError):
        raise NotFound(_("the finding does not name a product and a day")) from None
    p = session.get(Product, pid)
    if p is None:
        raise NotFound(_("no product {id}").format(id=pid))
    sold = session.scalar(select(SalesDaily.quantity).where(SalesDaily.product_id == pid,
                                                            SalesDaily.day == day))
    quantity = sold if sold is not None else Decimal(str(args.get("quantity", 0)))
    now: datetime = app.clock.now()
    row = session.get(SalesOutlierAccepted, (pid, day))
    if row is None:
        session.add(SalesOutlierAccepted(product_id=pid, day=day, quantity=quantity,
                                         accepted_by=actor.username, accepted_at=now))
    else:
        row.quantity, row.accepted_by, row.accepted_at = quantity, actor.username, now
    record(session, actor, area="inventory", action="accept sale outlier", entity="product",
           entity_id=pid, after={"day": day, "quantity": quantity},
           summary=_("{sku}: {quantity} sold on {day} confirmed; it now counts in the forecast").format(
               sku=p.sku, quantity=f"{quantity.normalize():f}", day=day.isoformat()), at=now)
    return stored("{sku}: the sale of {quantity} on {day} now counts in the forecast", sku=p.sku,
                  quantity=format(quantity.normalize(), "f"), day=day.isoformat())
