"""Inventory settings, declared here and registered when the settings registry is first read (see
``core.kernel.registry``): the only place the area declares settings."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from core.kernel.parsers import p_decimal, p_decimal_text, p_int
from core.kernel.i18n import N_
from core.kernel.settings import SettingSpec, SettingsService, register


def _p_rule(v: Any) -> str:
    s = str(v).strip().lower().replace("-", "_")
    if s not in ("order_up_to", "eoq"):
        raise ValueError("choose order_up_to or eoq")
    return s


def _p_fill_rate(v: Any) -> str:
    """0.95, 95 or 95% -> "0.95" (the share of the units asked for that are served from stock)."""
    text = str(v).strip()
    d = p_decimal(text.rstrip("%").strip())
    if d > 1 or text.endswith("%"):
        d = d / 100
    if not Decimal("0.5") <= d < 1:
        raise ValueError("a fill rate target is between 0.5 and 0.999 (e.g. 0.95 or 95%)")
    return str(d)


def default_fill_rate(session: Session) -> Decimal:
    """The fill-rate target a new product starts with (setting ``inventory.fill_rate_target``)."""
    return Decimal(str(SettingsService.read(session, "inventory.fill_rate_target")))


register(SettingSpec("inventory.fill_rate_target", "0.95", N_("Fill rate target for new products"),
                     N_("The share of what customers ask for that you want served from the shelf (0.95 = "
                        "95 of every 100 units). The reorder policy sets each product's safety stock so "
                        "that replaying its recent sales reaches it; new products start with this figure, "
                        "and each product's own target is in its Details."), _p_fill_rate,
                     area="inventory", kind="decimal"))
register(SettingSpec("inventory.order_rule", "order_up_to", N_("How much to order"),
                     N_("When stock falls to the reorder point, either fill it up to a level (the reorder "
                        "point plus the cycle stock below), or order the quantity that keeps ordering and "
                        "storage costs lowest together (needs the cost per order and the holding cost rate)."),
                     _p_rule, area="inventory", kind="choice", choices=("order_up_to", "eoq"),
                     choice_labels=(("order_up_to", N_("Fill up to a level")),
                                    ("eoq", N_("Cheapest order size (economic order quantity)")))))
register(SettingSpec("inventory.order_cost", "0", N_("Cost per order line"),
                     N_("What ordering one product once costs you (time, delivery), used by the cheapest "
                        "order size rule."), p_decimal_text, area="inventory",
                     kind="decimal"))
register(SettingSpec("inventory.holding_rate", "0.25", N_("Yearly holding cost rate"),
                     N_("What keeping stock for a year costs as a share of its price (0.25 = a quarter), "
                        "used by the cheapest order size rule."),
                     p_decimal_text, area="inventory", kind="decimal"))
register(SettingSpec("inventory.cycle_days", "0", N_("Cycle stock (days)"),
                     N_("Extra days of demand ordered above the reorder point, to order less often."),
                     p_decimal_text, area="inventory", kind="decimal"))
register(SettingSpec("inventory.min_history_days", 21, N_("Minimum sales history (days)"),
                     N_("Below this, a product uses the owner's min/max and says 'not enough history'."),
                     p_int, area="inventory", kind="int"))
register(SettingSpec("inventory.history_days", 182, N_("Sales history window (days)"),
                     N_("How many days of sales the forecasts learn from."), p_int, area="inventory",
                     kind="int"))
