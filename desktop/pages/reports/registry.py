"""Sections of the Reports page: each area adds its KPIs with one ``register_section`` call."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from desktop.context import DesktopContext


@dataclass(frozen=True)
class ReportSection:
    title: str
    order: int
    factory: Callable[["DesktopContext"], QWidget]

    @property
    def label(self) -> str:
        """The title in the user's language: sections registered by the desktop mark theirs with
        ``QT_TRANSLATE_NOOP("reports", …)``; the trend reports' titles are core's (gettext)."""
        shown = QCoreApplication.translate("reports", self.title)
        if shown != self.title:
            return shown
        from core.kernel.i18n import _
        return _(self.title)


SECTIONS: dict[str, ReportSection] = {}


def register_section(title: str, order: int, factory: Callable[["DesktopContext"], QWidget]) -> None:
    SECTIONS[title] = ReportSection(title, order, factory)


def sections() -> list[ReportSection]:
    return sorted(SECTIONS.values(), key=lambda s: s.order)
