"""The Today page: the landing page for every role — what needs this person today."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from typing import TYPE_CHECKING

from desktop.registry import PageSpec, register_page

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.context import DesktopContext


def _factory(ctx: DesktopContext) -> QWidget:  # imported lazily to keep start-up fast
    from desktop.pages.today.page import TodayPage
    return TodayPage(ctx)


register_page(PageSpec(key="today", title=QT_TRANSLATE_NOOP("pages", "Today"), order=5, factory=_factory, icon="today.svg"))
