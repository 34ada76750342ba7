"""The Reports page: one entry per registered section on the left, the section on the right.

Sections are created the first time they are opened, so a report nobody looks at costs nothing.
Besides ``register_section`` calls made when a page package is imported, an area may keep its
sections in ``desktop/pages/<area>/reports.py``; those modules are imported here.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QT_TRANSLATE_NOOP, QTimer

import importlib
import importlib.util
import logging

from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QStackedWidget,
                               QVBoxLayout, QWidget)

from desktop.context import DesktopContext
from desktop.pages.reports.registry import ReportSection, sections
from desktop.registry import PAGE_PACKAGES
from desktop.ui import PageHeader, ui_settings
from desktop.widgets import EmptyState, HelpButton

log = logging.getLogger("deskmate.desktop")

HELP = QT_TRANSLATE_NOOP("pages.reports.page", """
<p><b>Reports</b> gather the figures each part of Deskmate keeps: how stock turns and how good the
demand forecasts were, how well rosters covered opening hours, what is owed and overdue, and how
often automated drafts were approved, edited or rejected.</p>
<p>Every figure is computed from the same data you see on the other pages — nothing is estimated
without saying so. Where there is too little history, a report says "not enough history" instead
of showing a number.</p>
<p>Press <b>F5</b> to recompute the section you are looking at.</p>
""")


def discover_sections() -> list[ReportSection]:
    for key in PAGE_PACKAGES:
        name = f"desktop.pages.{key}.reports"
        try:
            if importlib.util.find_spec(name) is not None:
                importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        except Exception:  # noqa: BLE001 - a broken section must not hide the others
            log.exception("report sections of %s failed to load", key)
    return sections()


# The list's item padding and left border in the style sheet (``#plainList::item``), with room to spare.
NAV_ITEM_PADDING = 28


class ReportsPage(QWidget):
    def __init__(self, ctx: DesktopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 12)
        self.help_button = HelpButton(self.tr("Reports — why and how"), QCoreApplication.translate("pages.reports.page", HELP))
        lay.addWidget(PageHeader(self.tr("Reports"), self.tr("Figures from every part of the shop, each with how it "
                                 "was worked out."), self.help_button))
        self.sections = discover_sections()
        self.widgets: dict[str, QWidget] = {}
        self.empty = EmptyState(
            self.tr("No reports yet"),
            self.tr("Reports appear here as the parts of Deskmate that produce them are in use: stock and "
            "forecast accuracy from Inventory, cover and hours from the Schedule, amounts owed and "
            "overdue from Invoices, and how automated drafts were decided from the Inbox. "
            "Start by adding products or opening the demo shop."))
        body = QHBoxLayout()
        self.nav = QListWidget()
        self.nav.setObjectName("plainList")
        self.nav.setMaximumWidth(220)
        self.nav.setMinimumWidth(150)
        # long titles (and German ones) wrap onto a second line instead of hiding behind a scroll bar
        self.nav.setWordWrap(True)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.stack = QStackedWidget()
        self.holders: list[QWidget] = []
        for s in self.sections:
            item = QListWidgetItem(s.label)
            item.setToolTip(s.label)
            self.nav.addItem(item)
            holder = QWidget()
            holder_lay = QVBoxLayout(holder)
            holder_lay.setContentsMargins(12, 0, 0, 0)
            title = QLabel(s.label, holder)
            title.setObjectName("sectionTitle")
            holder_lay.addWidget(title)
            self.holders.append(holder)
            self.stack.addWidget(holder)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        self.body = QWidget()
        self.body.setLayout(body)
        body.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.body, 1)
        lay.addWidget(self.empty, 1)
        has = bool(self.sections)
        self.body.setVisible(has)
        self.empty.setVisible(not has)
        self.nav.currentRowChanged.connect(self._show_section)
        self.nav.viewport().installEventFilter(self)
        if has:
            last = ui_settings().value("reports/section")
            titles = [s.title for s in self.sections]
            self.nav.setCurrentRow(titles.index(last) if last in titles else 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.nav.viewport() and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self._fit_nav)
        return super().eventFilter(watched, event)

    def _fit_nav(self) -> None:
        """Each report's title on as many lines as the list's width needs. Qt sizes wrapped items
        without the style sheet's padding, so a long (German, Spanish) title was cut off with "…"."""
        fm = self.nav.fontMetrics()
        width = max(self.nav.viewport().width() - NAV_ITEM_PADDING, 40)
        for i in range(self.nav.count()):
            item = self.nav.item(i)
            h = fm.boundingRect(0, 0, width, 10_000, Qt.TextFlag.TextWordWrap, item.text()).height()
            item.setSizeHint(QSize(width, h + 16))

    def _show_section(self, row: int) -> None:
        if not 0 <= row < len(self.sections):
            return
        section = self.sections[row]
        if section.title not in self.widgets:
            try:
                widget = section.factory(self.ctx)
            except Exception as exc:  # noqa: BLE001 - one broken section must not break the page
                log.exception("report section %s failed", section.title)
                widget = EmptyState(self.tr("{title} could not be shown").format(title=section.title),
                                    self.tr("An internal problem stopped this report ({name}: {exc}).").format(name=type(exc).__name__, exc=exc))
            self.holders[row].layout().addWidget(widget, 1)
            self.widgets[section.title] = widget
        self.stack.setCurrentIndex(row)

    def current_section(self) -> QWidget | None:
        row = self.nav.currentRow()
        if 0 <= row < len(self.sections):
            return self.widgets.get(self.sections[row].title)
        return None

    def refresh(self) -> None:
        w = self.current_section()
        if w is not None and hasattr(w, "refresh"):
            w.refresh()

    def save_layout(self) -> None:
        row = self.nav.currentRow()
        if 0 <= row < len(self.sections):
            ui_settings().setValue("reports/section", self.sections[row].title)
