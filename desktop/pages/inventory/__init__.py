"""The Inventory page, the inbox's reorder editor and the inventory KPIs on the Reports page."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from typing import TYPE_CHECKING

from desktop.inbox_editors import register_editor
from desktop.registry import PageSpec, register_page

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.context import DesktopContext


def _factory(ctx: DesktopContext) -> QWidget:  # imported lazily to keep start-up fast
    from desktop.pages.inventory.page import InventoryPage
    return InventoryPage(ctx)


def _reorder_editor(parent):  # noqa: ANN001, ANN202
    from desktop.pages.inventory.reorder_editor import ReorderEditor
    return ReorderEditor(parent)


register_page(PageSpec(key="inventory", title=QT_TRANSLATE_NOOP("pages", "Inventory"), order=30, factory=_factory, icon="box.svg"))
register_editor("reorder", _reorder_editor)
from desktop.pages.inventory import reports as _reports  # noqa: E402,F401 - registers the KPI section
