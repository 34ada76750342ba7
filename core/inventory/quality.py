"""Inventory data-quality checks (run by the automation area's daily data-quality job).

Each check returns :class:`core.automation.quality.Finding` rows; none of them changes data by
itself — the findings land in the inbox for a person to look at.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.automation.quality import Finding
from core.inbox.texts import as_stored, stored, tmsg
from core.inventory.models import Product
from core.kernel.formats import read_formats
from core.kernel.i18n import N_

if TYPE_CHECKING:
    from core.app import Deskmate


def _label(p: Product) -> str:
    return f"{p.sku} {p.name}"


def products_without_supplier(session: Session, app: "Deskmate") -> list[Finding]:
    """Active products nobody can reorder automatically."""
    return [Finding("product", p.id, _label(p), stored("has no supplier, so it is never reordered"),
                    stored("choose its supplier on the product page"), area="inventory",
                    check="no_supplier")
            for p in session.scalars(select(Product).where(Product.active.is_(True),
                                                           Product.supplier_id.is_(None)))]


def negative_stock(session: Session, app: "Deskmate") -> list[Finding]:
    fm = read_formats(session)
    return [Finding("product", p.id, _label(p), stored("stock on hand is {quantity}", quantity=fm.quantity(p.on_hand)),
                    stored("count it and enter the count (Inventory › Stocktake); sales recorded before "
                           "any count or receipt make stock negative"), area="inventory",
                    check="negative_stock", details={N_("on hand"): fm.quantity(p.on_hand)},
                    key=f"stock on hand is {p.on_hand.normalize():f}")
            for p in session.scalars(select(Product).where(Product.on_hand < 0))]


def price_below_cost(session: Session, app: "Deskmate") -> list[Finding]:
    fm = read_formats(session)
    return [Finding("product", p.id, _label(p),
                    stored("sells for {price}, below its cost {cost}", price=fm.money(p.price), cost=fm.money(p.cost)),
                    stored("check the price and the cost"), area="inventory", check="price_below_cost",
                    details={N_("price"): fm.money(p.price), N_("cost"): fm.money(p.cost)},
                    key=f"sells for {p.price:.2f}, below its cost {p.cost:.2f}")
            for p in session.scalars(select(Product).where(Product.active.is_(True),
                                                           Product.price > 0,
                                                           Product.price < Product.cost))]


def _norm(name: str) -> str:
    words = re.sub(r"[^a-z0-9 ]", " ", name.lower()).split()
    return " ".join(sorted(w.rstrip("s") for w in words))


def likely_duplicates(session: Session, app: "Deskmate") -> list[Finding]:
    """Products whose names match after ignoring case, punctuation, word order and plurals."""
    groups: dict[str, list[Product]] = defaultdict(list)
    for p in session.scalars(select(Product).where(Product.active.is_(True))):
        key = _norm(p.name)
        if key:
            groups[key].append(p)
    out = []
    for items in groups.values():
        if len(items) < 2:
            continue
        items.sort(key=lambda p: p.id)
        first = items[0]
        others = ", ".join(_label(p) for p in items[1:])
        out.append(Finding("product", first.id, _label(first),
                           stored("looks like the same product as {others}", others=others),
                           stored("merge them: keep one, move stock and deactivate the others"),
                           area="inventory", check="likely_duplicate",
                           details={N_("products"): [p.id for p in items]}))
    return out


def sales_outliers(session: Session, app: "Deskmate") -> list[Finding]:
    """Days that sold more than 20× the product's typical day (see core/inventory/outliers.py):
    left out of the forecast until a person approves the finding, which makes them count."""
    from core.inventory import outliers
    from core.kernel.settings import SettingsService
    days = max(int(SettingsService.read(session, "inventory.history_days")), 28)
    products, found = outliers.find_in_database(session, app.today(), days)
    fm = read_formats(session)
    by_id = {p.id: p for p in products}
    out = []
    for pid, items in found.items():
        p = by_id[pid]
        for o in items:
            out.append(Finding(
                "product", pid, _label(p), as_stored(o.message(fm)),
                stored("check the sales file or till export for a typing error and correct it; if the sale "
                       "is real, approve this to count it in the forecast (until then it is left out)"),
                fix={"action": outliers.FIX_ACTION, "product_id": pid, "day": o.day.isoformat(),
                     "quantity": o.quantity},
                area="inventory", check="sales_outlier", key=o.key(),
                details={N_("product"): _label(p), N_("day"): fm.date(o.day), N_("sold"): fm.quantity(o.quantity),
                         N_("typical day (median of days with sales)"): fm.number(o.typical, 4),
                         N_("rule"): tmsg("more than {factor}× the typical day", factor=fm.number(outliers.FACTOR))}))
    return out


CHECKS = [products_without_supplier, negative_stock, likely_duplicates, price_below_cost,
          sales_outliers]
