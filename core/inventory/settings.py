"""Inventory settings, registered when the app starts (see ``core.areas.load_settings``)."""
from __future__ import annotations

from typing import Any

from core.kernel.settings import SettingSpec, p_decimal, p_int, register


def _p_rule(v: Any) -> str:
    s = str(v).strip().lower().replace("-", "_")
    if s not in ("order_up_to", "eoq"):
        raise ValueError("choose order_up_to or eoq")
    return s


register(SettingSpec("inventory.order_rule", "order_up_to", "Order quantity rule",
                     "order_up_to: order up to the reorder point plus the cycle stock; eoq: order "
                     "the economic order quantity (needs an order cost).", _p_rule, area="inventory",
                     kind="choice", choices=("order_up_to", "eoq")))
register(SettingSpec("inventory.order_cost", "0", "Cost per order line",
                     "Fixed cost of ordering a product once (for EOQ).", p_decimal, area="inventory",
                     kind="decimal"))
register(SettingSpec("inventory.holding_rate", "0.25", "Yearly holding cost rate",
                     "Cost of keeping stock for a year as a fraction of its cost (for EOQ).",
                     p_decimal, area="inventory", kind="decimal"))
register(SettingSpec("inventory.cycle_days", "0", "Cycle stock (days)",
                     "Extra days of demand ordered above the reorder point, to order less often.",
                     p_decimal, area="inventory", kind="decimal"))
register(SettingSpec("inventory.min_history_days", 21, "Minimum sales history (days)",
                     "Below this, a product uses the owner's min/max and says 'not enough history'.",
                     p_int, area="inventory", kind="int"))
register(SettingSpec("inventory.history_days", 182, "Sales history window (days)",
                     "How many days of sales the forecasts learn from.", p_int, area="inventory",
                     kind="int"))
