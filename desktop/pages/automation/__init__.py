"""The Automation page: jobs, their schedules and owners, on/off switches, runs and what people
made of the drafts. ``runtime.start_automation(ctx)`` starts the scheduler for the desktop app."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from typing import TYPE_CHECKING

from desktop.registry import PageSpec, register_page

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.context import DesktopContext


def _factory(ctx: DesktopContext) -> QWidget:
    from desktop.pages.automation.page import AutomationPage
    return AutomationPage(ctx)


register_page(PageSpec(key="automation", title=QT_TRANSLATE_NOOP("pages", "Automation"), order=70, factory=_factory,
                       icon="automation.svg"))
