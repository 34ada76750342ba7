"""Settings page: shop settings from the typed registry, and users (owner) / my account (others)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from typing import TYPE_CHECKING

from desktop.registry import PageSpec, register_page

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.context import DesktopContext


def _factory(ctx: DesktopContext) -> QWidget:  # imported lazily to keep start-up fast
    from desktop.pages.settings.page import SettingsPage
    return SettingsPage(ctx)


register_page(PageSpec(key="settings", title=QT_TRANSLATE_NOOP("pages", "Settings"), order=90, factory=_factory, icon="settings.svg"))
