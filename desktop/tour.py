"""A walk through every page and every tab of the main window.

The layout and accessibility tests and ``scripts/screenshots.py`` all need to visit every screen a
person can reach, including pages and tabs added later. Pages come from the registry (through the
main window's ``specs``) and tabs are discovered from the widgets themselves (every QTabWidget, at
any depth), so nothing here needs updating when someone adds a page or a tab.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QAbstractScrollArea, QTabBar, QTabWidget, QWidget

if TYPE_CHECKING:
    from desktop.shell import MainWindow


@dataclass(frozen=True)
class Stop:
    """One screen of the walk: a page and the tabs chosen to get there ("Schedule › Staff")."""

    key: str
    title: str
    tabs: tuple[str, ...]

    @property
    def label(self) -> str:
        return " › ".join((self.title, *self.tabs))

    @property
    def slug(self) -> str:
        import re
        parts = [self.key, *self.tabs]
        return "-".join(re.sub(r"[^a-z0-9]+", "_", p.replace("&", " and ").lower()).strip("_") for p in parts)


def own_tab_widgets(widget: QWidget) -> list[QTabWidget]:
    """The tab widgets directly in ``widget``: not inside another tab widget below it."""
    out = []
    for tw in widget.findChildren(QTabWidget):
        parent = tw.parentWidget()
        while parent is not None and parent is not widget and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        if parent is widget:
            out.append(tw)
    return out


def _tab_paths(widget: QWidget, path: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
    tab_widgets = own_tab_widgets(widget)
    if not tab_widgets:
        yield path
        return
    for tw in tab_widgets:
        for i in range(tw.count()):
            if not tw.isTabVisible(i) or not tw.isTabEnabled(i):
                continue
            tw.setCurrentIndex(i)
            yield from _tab_paths(tw.widget(i), (*path, tw.tabText(i).replace("&&", "&")))


def walk(window: "MainWindow", settle: Callable[[], None] = lambda: None) -> Iterator[Stop]:
    """Show every page the window's user may see and, within it, every tab (nested tabs too);
    yields each screen while it is showing. ``settle`` runs after each switch (let background
    loads finish)."""
    for spec in window.specs:
        window.show_page(spec.key)
        settle()
        page = window.pages[spec.key]
        for tabs in _tab_paths(page, ()):
            settle()
            yield Stop(spec.key, spec.label, tabs)


def clipped_buttons(window: "MainWindow", root: QWidget) -> list[str]:
    """Enabled or disabled, every visible button under ``root`` that is not inside a scrolling view
    must be wholly on screen: inside the window and not cut by a parent. Returns the ones that are
    not, named by their text (for test messages)."""
    from PySide6.QtWidgets import QAbstractButton
    bad = []
    win_rect = window.rect()
    for b in root.findChildren(QAbstractButton):
        if not b.isVisibleTo(window) or not b.isVisible():
            continue
        if _in_scroll_area(b, root):
            continue
        if isinstance(b.parentWidget(), (QTabBar, QTabWidget)) or b.objectName().startswith("qt_"):
            continue            # tab-bar scroll arrows and other Qt internals
        top_left = b.mapTo(window, b.rect().topLeft())
        inside = win_rect.contains(top_left) and win_rect.contains(b.mapTo(window, b.rect().bottomRight()))
        seen = b.visibleRegion().boundingRect()
        if not inside or seen.width() < b.width() or seen.height() < b.height():
            bad.append(b.text() or b.accessibleName() or b.objectName() or type(b).__name__)
    return bad


def _in_scroll_area(w: QWidget, root: QWidget) -> bool:
    parent = w.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False
