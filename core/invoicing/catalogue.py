"""The catalogue: items and services the shop sells, with the price and tax code an invoice line
starts from (a line copies them, so changing the catalogue never changes an invoice).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from core.kernel.i18n import _
from core.invoicing.config import read_config
from core.invoicing.lines import LineDraft
from core.invoicing.models import CatalogueItem
from core.kernel.actor import Actor
from core.kernel.audit import changes, record
from core.kernel.errors import ConflictError, DeskmateError, NotFound, Problem, ValidationError
from core.kernel.limits import LimitError, check_money, money_value

ZERO = Decimal(0)
EDITABLE = frozenset({"name", "unit_price", "tax_code", "kind", "unit", "price_includes_tax", "active"})


@dataclass(frozen=True)
class ItemInfo:
    id: int
    code: str
    name: str
    kind: str
    unit: str
    unit_price: Decimal
    price_includes_tax: bool
    tax_code: str
    active: bool


def item_info(it: CatalogueItem) -> ItemInfo:
    return ItemInfo(it.id, it.code, it.name, it.kind, it.unit, it.unit_price, it.price_includes_tax,
                    it.tax_code, it.active)


def add_item_in(s: Session, actor: Actor, now: datetime, code: str, name: str, unit_price: Decimal,
                tax_code: str, kind: str = "item", unit: str = "pc",
                price_includes_tax: bool = False) -> ItemInfo:
    """A new item; its code is unique, its tax code one of the shop's."""
    code, name = code.strip(), name.strip()
    cfg = read_config(s)
    problems = []
    if not code:
        problems.append(Problem(_("an item needs a code"), column="code"))
    if not name:
        problems.append(Problem(_("an item needs a name"), column="name"))
    if tax_code not in cfg.rates:
        problems.append(Problem(_("unknown tax code '{tax_code}'").format(tax_code=tax_code), column="tax_code"))
    try:
        unit_price = money_value(unit_price)
    except LimitError as exc:
        problems.append(Problem(_("price {exc}").format(exc=exc), column="unit_price"))
    if kind not in ("item", "service"):
        problems.append(Problem(_("kind is item or service"), column="kind"))
    if problems:
        raise ValidationError("; ".join(str(p) for p in problems), problems)
    if s.scalar(select(CatalogueItem.id).where(CatalogueItem.code == code)):
        raise ConflictError(_("there is already an item with code '{code}'").format(code=code))
    it = CatalogueItem(code=code, name=name, kind=kind, unit=unit, unit_price=Decimal(unit_price),
                       price_includes_tax=price_includes_tax, tax_code=tax_code, active=True,
                       created_at=now)
    s.add(it)
    s.flush()
    record(s, actor, area="invoicing", action="add catalogue item", entity="catalogue_item",
           entity_id=it.id, after=item_info(it).__dict__, summary=_("item {code} {name}").format(
                                                                      code=code, name=name), at=now)
    return item_info(it)


def update_item_in(s: Session, actor: Actor, now: datetime, item_id: int, **values: Any) -> ItemInfo:
    """Change the fields given (see ``EDITABLE``; the code stays)."""
    it = s.get(CatalogueItem, item_id)
    if it is None:
        raise NotFound(_("no catalogue item {item_id}").format(item_id=item_id))
    before = item_info(it).__dict__
    for k, v in values.items():
        if k not in EDITABLE:
            raise DeskmateError(_("'{field}' cannot be changed on an item").format(field=k))
        if k == "tax_code" and v not in read_config(s).rates:
            raise ValidationError(_("unknown tax code '{tax_code}'").format(tax_code=v), [Problem(_("unknown tax code"), column=k)])
        setattr(it, k, check_money(v, "unit price") if k == "unit_price" else v)
    after = item_info(it).__dict__
    b, a = changes(before, after)
    record(s, actor, area="invoicing", action="update catalogue item", entity="catalogue_item",
           entity_id=it.id, before=b, after=a, summary=_("item {code} changed").format(code=it.code), at=now)
    return item_info(it)


def items(s: Session, active_only: bool = True, text: str = "") -> list[ItemInfo]:
    """Items by code; ``text`` matches code or name."""
    q = select(CatalogueItem).order_by(CatalogueItem.code)
    if active_only:
        q = q.where(CatalogueItem.active.is_(True))
    if text:
        q = q.where(or_(CatalogueItem.code.ilike(f"%{text}%"), CatalogueItem.name.ilike(f"%{text}%")))
    return [item_info(i) for i in s.scalars(q)]


def line_from_item(s: Session, item_id: int, quantity: Decimal = Decimal(1)) -> LineDraft:
    """A line copying the item's name, price, tax code and unit."""
    it = s.get(CatalogueItem, item_id)
    if it is None:
        raise NotFound(_("no catalogue item {item_id}").format(item_id=item_id))
    return LineDraft(it.name, Decimal(quantity), it.unit_price, it.tax_code, ZERO,
                     it.price_includes_tax, it.id, it.unit)
