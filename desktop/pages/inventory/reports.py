"""The inventory section of the Reports page."""
from __future__ import annotations

from desktop.pages.reports.registry import register_section


def _kpis(ctx):  # noqa: ANN001, ANN202 - imported lazily
    from desktop.pages.inventory.kpis import InventoryKpis
    return InventoryKpis(ctx)


register_section("Inventory", 30, _kpis)
