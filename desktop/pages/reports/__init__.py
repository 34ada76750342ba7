"""Reports page: hosts the sections areas register in ``desktop/pages/reports/registry.py``."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from typing import TYPE_CHECKING

from core.users.permissions import Perm, allowed
from desktop.registry import PageSpec, register_page

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.context import DesktopContext


def _factory(ctx: DesktopContext) -> QWidget:  # imported lazily to keep start-up fast
    from desktop.pages.reports.page import ReportsPage
    return ReportsPage(ctx)


register_page(PageSpec(key="reports", title=QT_TRANSLATE_NOOP("pages", "Reports"), order=50, factory=_factory, icon="reports.svg",
                       visible=lambda actor: allowed(actor, Perm.VIEW_REPORTS)))
