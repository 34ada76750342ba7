"""Today: decisions waiting for me, today's appointments and shifts, cover gaps, stock running
out, overdue invoices and failed jobs — each line opens the place where it is acted on.

The report is one core call (``TodayService.report``) run on a worker thread; the page refreshes
itself when drafts, decisions, data or job runs change (debounced), and only while it is on
screen — otherwise the next time it is shown. The stock forecast (a year of sales through numpy)
is fetched a moment after the rest is shown, so logging in never waits for it.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, QT_TRANSLATE_NOOP, QTimer, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QPushButton, QScrollArea, QVBoxLayout, QWidget)

from core.today.dto import Target, TodayLine, TodayReport, TodaySection
from core.today.service import TodayService
from desktop.context import DesktopContext
from desktop.ui import PageHeader, show_error
from desktop.widgets import HelpButton

HELP = QT_TRANSLATE_NOOP("pages.today.page", """
<p><b>Today</b> gathers what needs you today, from every part of Deskmate your role works with:</p>
<ul>
<li><b>Decisions waiting for you</b>: inbox items you may decide, one line per kind, the most
urgent kind first.</li>
<li><b>Today's appointments</b> and <b>who is on shift</b>.</li>
<li><b>Cover gaps this week</b>: shifts with fewer people than the shop needs.</li>
<li><b>Running out before the next delivery</b>: products whose stock, at their forecast sales,
ends before an order could arrive.</li>
<li><b>Overdue invoices</b> and how much is open, and <b>failed jobs</b>.</li>
</ul>
<p>Click a line (or select it and press Enter) to open the page where it is dealt with, with that
item selected. The page updates itself when something changes.</p>
""")
TARGET_ROLE = Qt.ItemDataRole.UserRole
URGENT = QColor("#b42318")
REFRESH_DEBOUNCE_MS = 500
SLOW_SECTION_DELAY_MS = 300


class SectionCard(QFrame):
    """One section: its title, a one-line summary and its lines (each opens its target)."""

    opened = Signal(object)             # Target

    def __init__(self, section: TodaySection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.setObjectName("card")
        self.setAccessibleName(section.title)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 10)
        lay.setSpacing(4)
        self.title = QLabel(section.title, self)
        self.title.setObjectName("sectionTitle")
        lay.addWidget(self.title)
        self.summary = QLabel(section.summary, self)
        self.summary.setObjectName("pageSubtitle")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.list = QListWidget(self)
        self.list.setObjectName(f"todayList:{section.key}")
        self.list.setAccessibleName(section.title)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setWordWrap(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setCursor(Qt.CursorShape.PointingHandCursor)
        for line in section.lines:
            self._add(line)
        if section.more and section.more_target is not None:
            self._add(TodayLine(self.tr("… and {more} more").format(more=section.more), "", section.more_target))
        self.list.setVisible(self.list.count() > 0)
        rows = sum(self.list.sizeHintForRow(i) for i in range(self.list.count()))
        self.list.setFixedHeight(rows + 4 if self.list.count() else 0)
        self.list.setMinimumWidth(120)
        self.list.itemClicked.connect(self._open)
        self.list.itemActivated.connect(self._open)
        lay.addWidget(self.list)

    def _add(self, line: TodayLine) -> None:
        text = line.text + (f" — {line.detail}" if line.detail else "")
        item = QListWidgetItem(text)
        item.setData(TARGET_ROLE, line.target)
        item.setToolTip(text + (self.tr("\n\nClick to open it") if line.target else ""))
        item.setSizeHint(QSize(0, 24))
        if line.urgent:
            item.setForeground(URGENT)
        self.list.addItem(item)

    def _open(self, item: QListWidgetItem) -> None:
        target = item.data(TARGET_ROLE)
        if isinstance(target, Target):
            self.opened.emit(target)

    def lines(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]


class TodayPage(QWidget):
    loaded = Signal(object)             # the TodayReport now on screen

    def __init__(self, ctx: DesktopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("todayPage")
        self.report: TodayReport | None = None
        self.cards: dict[str, SectionCard] = {}
        self._stale = False
        self._loading = False
        self._again = False
        self.service = TodayService(ctx.app)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 12)
        self.header = PageHeader(self.tr("Today"), self.tr("What needs you today."), HelpButton(self.tr("Today — what is on it"), QCoreApplication.translate("pages.today.page", HELP)))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Look again (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        self.header.add_tool(self.refresh_button)
        lay.addWidget(self.header)
        self.status = QLabel(self.tr("Loading…"))
        self.status.setObjectName("pageSubtitle")
        lay.addWidget(self.status)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("todayScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.columns = QHBoxLayout(body)
        self.columns.setContentsMargins(0, 0, 0, 0)
        self.columns.setSpacing(12)
        self.left, self.right = QVBoxLayout(), QVBoxLayout()
        for col in (self.left, self.right):
            col.setSpacing(12)
            self.columns.addLayout(col, 1)
        self.scroll.setWidget(body)
        lay.addWidget(self.scroll, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(REFRESH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._changed_elsewhere)
        ctx.bridge.suggestions_changed.connect(self._debounce.start)
        ctx.bridge.data_changed.connect(self._debounce.start)
        ctx.bridge.job_run_finished.connect(self._debounce.start)
        self.refresh()

    # ------------------------------------------------------------------ loading
    def refresh(self) -> None:
        """Ask core for the report off the GUI thread (a second ask while one runs comes after)."""
        if self._loading:
            self._again = True
            return
        self._loading, self._stale = True, False
        self.ctx.tasks.run(self.service.report, self.ctx.actor, defer=self.service.SLOW,
                           on_done=self._loaded, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        self.status.setText(self.tr("Today could not be loaded."))
        show_error(self, exc)

    def _loaded(self, report: TodayReport) -> None:
        self._loading = False
        if self._again:
            self._again = False
            self.refresh()
            return
        pending = [s.key for s in report.sections if s.pending]
        if self.report is not None:
            # until the slow sections are worked out again, the last ones stay on screen
            old = {s.key: s for s in self.report.sections if not s.pending}
            report = replace(report, sections=tuple(old.get(s.key, s) if s.pending else s
                                                    for s in report.sections))
        self.report = report
        for key in pending:
            # (timed on the page: a page closed meanwhile starts no job)
            QTimer.singleShot(SLOW_SECTION_DELAY_MS, self,
                              lambda k=key, day=report.as_of: self._fetch_section(k, day))
        self.header.subtitle.setText(self.tr("What needs you today, {day}.").format(
            day=f"{self.ctx.formats.weekday_name(report.as_of)} {self.ctx.formats.date(report.as_of)}"))
        self.header.subtitle.show()
        self.status.setText("")
        self.status.hide()
        self._show(report)
        self.loaded.emit(report)

    def _show(self, report: TodayReport) -> None:
        for card in self.cards.values():
            card.setParent(None)
            card.deleteLater()
        self.cards = {}
        for col in (self.left, self.right):
            while col.count():
                col.takeAt(0)
        heights = {id(self.left): 0, id(self.right): 0}
        for section in report.sections:
            card = SectionCard(section)
            card.opened.connect(self.open_target)
            self.cards[section.key] = card
            col = self.left if heights[id(self.left)] <= heights[id(self.right)] else self.right
            col.addWidget(card)
            heights[id(col)] += 2 + card.list.count()
        for col in (self.left, self.right):
            col.addStretch(1)

    def _fetch_section(self, key: str, day: Any) -> None:
        self.ctx.tasks.run(self.service.section, self.ctx.actor, key, day,
                           on_done=self._section_loaded, on_error=self._failed)

    def _section_loaded(self, section: TodaySection | None) -> None:
        if section is None or self.report is None:
            return
        self.report = replace(self.report, sections=tuple(section if s.key == section.key else s
                                                          for s in self.report.sections))
        self._show(self.report)
        self.loaded.emit(self.report)

    def is_complete(self) -> bool:
        """Every section is worked out (tests, and whoever waits for the whole page)."""
        return self.report is not None and not any(s.pending for s in self.report.sections)

    def _changed_elsewhere(self, *_args: Any) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def on_shown(self) -> None:
        if self._stale:
            self.refresh()

    # ------------------------------------------------------------------ acting
    def open_target(self, target: Target) -> None:
        self.ctx.navigate(target.page, **target.kwargs)
