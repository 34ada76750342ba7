"""The inventory section of the Reports page."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from typing import TYPE_CHECKING

from desktop.pages.reports.registry import register_section

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.context import DesktopContext


def _kpis(ctx: DesktopContext) -> QWidget:  # imported lazily
    from desktop.pages.inventory.kpis import InventoryKpis
    return InventoryKpis(ctx)


register_section(QT_TRANSLATE_NOOP("reports", "Inventory"), 30, _kpis)
