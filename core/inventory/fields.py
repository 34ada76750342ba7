"""What a product's and a supplier's fields accept — one table, used by the inventory service
before it writes and by the desktop's product and supplier forms while a person types."""
from __future__ import annotations

from typing import Any

from core.kernel import rules
from core.kernel.i18n import N_, _
from core.kernel.rules import Rule

PRODUCT_RULES: dict[str, Rule] = {
    "sku": rules.required(N_("enter a SKU")),
    "name": rules.required(N_("enter a name")),
    "cost": rules.money(blank_ok=True),
    "price": rules.money(blank_ok=True),
    "pack_size": rules.quantity(positive=True, blank_ok=True),
    "min_order_qty": rules.quantity(negative=False, blank_ok=True),
    "fill_rate_target": rules.between("0.5", "1", high_open=True, hint=N_("e.g. 0.95"), blank_ok=True),
    "safety_factor": rules.between("0", "5", blank_ok=True),
    "owner_min": rules.quantity(negative=False, blank_ok=True),
    "owner_max": rules.quantity(negative=False, blank_ok=True),
    "shelf_life_days": rules.quantity(positive=True, whole=True, maximum=3650, blank_ok=True),
}

# the supplier's own price and pack for one product (Supplier's price / pack size)
TERMS_RULES: dict[str, Rule] = {
    "price": rules.money(blank_ok=True),
    "pack_size": rules.quantity(positive=True, blank_ok=True),
}

# a purchase-order or reorder line: zero lines are left out, negative ones refused
ORDER_QUANTITY: Rule = rules.quantity(negative=False)
ORDER_SKU: Rule = rules.required(N_("enter a SKU"))

# a stock adjustment: a change other than zero, and why (damaged, found, ...)
ADJUST_QUANTITY: Rule = rules.all_of(rules.quantity(), lambda v: _("cannot be 0") if _is_zero(v) else None)
ADJUST_REASON: Rule = rules.required(N_("enter why the stock changes (damaged, found, ...)"))
# a stocktake's counted quantity: blank means "not counted", never negative
COUNTED_QUANTITY: Rule = rules.quantity(negative=False, blank_ok=True)

SUPPLIER_RULES: dict[str, Rule] = {
    "name": rules.required(N_("enter a name")),
    "lead_time_days": rules.quantity(negative=False, whole=True, maximum=365),
}

#: The fields' names in messages ("price: 'abc' is not a number"), translated when a message is made.
LABELS = {"sku": N_("SKU"), "name": N_("name"), "cost": N_("cost"), "price": N_("price"), "pack_size": N_("pack size"),
          "min_order_qty": N_("minimum order"), "fill_rate_target": N_("fill rate target"),
          "safety_factor": N_("safety factor"), "owner_min": N_("min stock"), "owner_max": N_("max stock"),
          "shelf_life_days": N_("shelf life (days)"), "lead_time_days": N_("lead time")}


def label(key: str) -> str:
    return _(LABELS[key]) if key in LABELS else key


def _is_zero(value: Any) -> bool:
    from decimal import Decimal, InvalidOperation
    try:
        return Decimal(str(value).strip()) == 0
    except (InvalidOperation, ValueError):
        return False


def check_adjustment(quantity: Any, reason: Any) -> None:
    """A stock adjustment's quantity and reason, as the product's Stock history tab checks them."""
    rules.check({"quantity": (quantity, ADJUST_QUANTITY), "reason": (reason, ADJUST_REASON)})


def check_counts(counts: dict[Any, Any], labels: dict[Any, str] | None = None) -> None:
    """Every counted quantity of a stocktake at once, each named by its product."""
    from core.kernel.errors import Problem, ValidationError
    problems = [Problem(msg, column=(labels or {}).get(k, str(k))) for k, v in counts.items()
                if (msg := COUNTED_QUANTITY(v))]
    if problems:
        raise ValidationError("; ".join(_("{product}: counted quantity {problem}").format(product=p.column, problem=p.reason)
                                        for p in problems), problems)


def min_max_problem(low: Any, high: Any) -> str | None:
    """The owner's fallback max must not be below their min."""
    from decimal import Decimal, InvalidOperation
    try:
        lo, hi = Decimal(str(low).strip()), Decimal(str(high).strip())
    except (InvalidOperation, ValueError):
        return None
    return _("max stock is below min stock") if hi < lo else None


def check_supplier(values: dict[str, Any]) -> None:
    """A supplier's name and lead time, as the supplier form checks them."""
    rules.check({label(k): (v, SUPPLIER_RULES[k]) for k, v in values.items() if k in SUPPLIER_RULES})


def check_product(values: dict[str, Any]) -> None:
    """Refuse every bad field at once, each named, e.g. "price: 'abc' is not a number"."""
    rules.check({label(k): (v, PRODUCT_RULES[k]) for k, v in values.items() if k in PRODUCT_RULES})
    if values.get("owner_min") not in (None, "") and values.get("owner_max") not in (None, ""):
        msg = min_max_problem(values["owner_min"], values["owner_max"])
        if msg:
            from core.kernel.errors import Problem, ValidationError
            raise ValidationError(msg, [Problem(msg, column=label("owner_max"))])
