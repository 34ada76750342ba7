"""The page registry: adding a page to the main window is one ``register_page`` call.

A page package ``desktop/pages/<key>/__init__.py`` registers a :class:`PageSpec`; the shell builds
the sidebar from the registry in ``order``. Pages are created lazily, the first time they are shown,
so start-up does not pay for pages nobody opened.
"""
from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from core.kernel.actor import Actor
    from desktop.context import DesktopContext

# The sidebar, in order. A page appears when its package exists and registers itself.
PAGE_PACKAGES = ("today", "inbox", "schedule", "inventory", "invoices", "customers", "reports", "automation", "audit", "settings")


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    order: int
    factory: Callable[["DesktopContext"], QWidget]
    icon: str = ""                      # a QStyle standard pixmap name or a file in core/resources/icons
    # badge(ctx) -> text shown beside the title (e.g. open inbox items); called off the GUI thread
    badge: Callable[["DesktopContext"], str] | None = None
    visible: Callable[["Actor"], bool] | None = None
    shortcut: str | None = None
    # keys() -> [(key, what it does)]: the page's own keys, listed in Help › Keyboard shortcuts
    keys: Callable[[], list[tuple[str, str]]] | None = None

    @property
    def label(self) -> str:
        """The title in the user's language. Pages register ``title`` marked with
        ``QT_TRANSLATE_NOOP("pages", …)`` (registration runs before any translator may be
        installed), and it is translated here, where it is shown."""
        return QCoreApplication.translate("pages", self.title)


PAGES: dict[str, PageSpec] = {}


def register_page(spec: PageSpec) -> PageSpec:
    PAGES[spec.key] = spec
    return spec


def load_pages() -> list[PageSpec]:
    for key in PAGE_PACKAGES:
        name = f"desktop.pages.{key}"
        if importlib.util.find_spec(name) is not None:
            importlib.import_module(name)
    return sorted(PAGES.values(), key=lambda p: p.order)
