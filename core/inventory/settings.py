"""Inventory settings, declared here and registered when the settings registry is first read (see
``core.kernel.registry``): the only place the area declares settings."""
from __future__ import annotations

from typing import Any

from core.kernel.parsers import p_decimal_text, p_int
from core.kernel.settings import SettingSpec, register


def _p_rule(v: Any) -> str:
    s = str(v).strip().lower().replace("-", "_")
    if s not in ("order_up_to", "eoq"):
        raise ValueError("choose order_up_to or eoq")
    return s


register(SettingSpec("inventory.order_rule", "order_up_to", "How much to order",
                     "When stock falls to the reorder point, either fill it up to a level (the reorder "
                     "point plus the cycle stock below), or order the quantity that keeps ordering and "
                     "storage costs lowest together (needs the cost per order and the holding cost rate).",
                     _p_rule, area="inventory", kind="choice", choices=("order_up_to", "eoq"),
                     choice_labels=(("order_up_to", "Fill up to a level"),
                                    ("eoq", "Cheapest order size (economic order quantity)"))))
register(SettingSpec("inventory.order_cost", "0", "Cost per order line",
                     "What ordering one product once costs you (time, delivery), used by the cheapest "
                     "order size rule.", p_decimal_text, area="inventory",
                     kind="decimal"))
register(SettingSpec("inventory.holding_rate", "0.25", "Yearly holding cost rate",
                     "What keeping stock for a year costs as a share of its price (0.25 = a quarter), "
                     "used by the cheapest order size rule.",
                     p_decimal_text, area="inventory", kind="decimal"))
register(SettingSpec("inventory.cycle_days", "0", "Cycle stock (days)",
                     "Extra days of demand ordered above the reorder point, to order less often.",
                     p_decimal_text, area="inventory", kind="decimal"))
register(SettingSpec("inventory.min_history_days", 21, "Minimum sales history (days)",
                     "Below this, a product uses the owner's min/max and says 'not enough history'.",
                     p_int, area="inventory", kind="int"))
register(SettingSpec("inventory.history_days", 182, "Sales history window (days)",
                     "How many days of sales the forecasts learn from.", p_int, area="inventory",
                     kind="int"))
