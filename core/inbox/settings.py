"""The inbox's settings, declared here and registered when the settings registry is first read (see
``core.kernel.registry``): the only place the area declares settings."""
from __future__ import annotations

from typing import Any

from core.kernel.actor import Role
from core.kernel.parsers import p_decimal_text
from core.kernel.i18n import N_
from core.kernel.settings import SettingSpec, register


def _p_roles(v: Any) -> dict[str, list[str]]:
    if not isinstance(v, dict):
        raise ValueError("expected {kind: [roles]}")
    out = {}
    for kind, roles in v.items():
        out[str(kind)] = sorted({Role(r).value for r in roles} | {Role.OWNER.value})
    return out


register(SettingSpec("inbox.decide_roles", {}, N_("Who decides which suggestions"),
                     N_("For each kind of suggestion in the inbox, who may approve, edit or reject it. "
                        "The owner always may; \"As usual\" keeps the default."), _p_roles, area="inbox", kind="json"))
register(SettingSpec("inbox.staff_order_limit", "500", N_("Staff order limit"),
                     N_("Staff may approve reorder suggestions up to this order value; above it the "
                        "owner decides."), p_decimal_text, area="inbox", kind="decimal"))
