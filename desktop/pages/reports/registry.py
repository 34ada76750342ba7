"""Sections of the Reports page: each area adds its KPIs with one ``register_section`` call."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from desktop.context import DesktopContext


@dataclass(frozen=True)
class ReportSection:
    title: str
    order: int
    factory: Callable[["DesktopContext"], QWidget]


SECTIONS: dict[str, ReportSection] = {}


def register_section(title: str, order: int, factory: Callable[["DesktopContext"], QWidget]) -> None:
    SECTIONS[title] = ReportSection(title, order, factory)


def sections() -> list[ReportSection]:
    return sorted(SECTIONS.values(), key=lambda s: s.order)
