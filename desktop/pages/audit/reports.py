"""Report section "Activity": how many changes each person made, per area and per day.

Built only from the audit log's public service (counts with filters), on a worker thread. Only
roles that may read the audit log see the figures.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QStackedWidget, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from core.kernel.actor import who_words
from core.kernel.audit import AuditFilter
from core.users.permissions import Perm
from desktop.pages.reports.registry import register_section
from desktop.widgets import RIGHT, ChartWidget, EmptyState

if TYPE_CHECKING:
    from core.app import Deskmate
    from core.kernel.actor import Actor
    from desktop.context import DesktopContext

PERIODS = ((7, QT_TRANSLATE_NOOP("pages.audit.reports", "last 7 days")), (30, QT_TRANSLATE_NOOP("pages.audit.reports", "last 30 days")), (90, QT_TRANSLATE_NOOP("pages.audit.reports", "last 90 days")))


@dataclass(frozen=True)
class Activity:
    start: date
    end: date
    days: list[date]
    per_day: list[int]
    users: list[str]
    areas: list[str]
    counts: dict[tuple[str, str], int]

    @property
    def total(self) -> int:
        return sum(self.per_day)


def activity(app: "Deskmate", actor: "Actor", end: date, days: int) -> Activity:
    """Counts of audit entries per day and per (person, area) over ``days`` days up to ``end``."""
    start = end - timedelta(days=days - 1)
    span = [start + timedelta(days=i) for i in range(days)]
    per_day = [app.audit.count(actor, AuditFilter(date_from=d, date_to=d)) for d in span]
    users, areas = app.audit.facets()
    counts = {}
    for u in users:
        for a in areas:
            n = app.audit.count(actor, AuditFilter(username=u, area=a, date_from=start, date_to=end))
            if n:
                counts[(u, a)] = n
    active_users = [u for u in users if any(k[0] == u for k in counts)]
    active_areas = [a for a in areas if any(k[1] == a for k in counts)]
    return Activity(start, end, span, per_day, active_users, active_areas, counts)


class ActivitySection(QWidget):
    def __init__(self, ctx: "DesktopContext", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: Activity | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period")))
        self.period = QComboBox()
        for days, title in PERIODS:
            self.period.addItem(QCoreApplication.translate("pages.audit.reports", title), days)
        self.period.setCurrentIndex(1)
        bar.addWidget(self.period)
        self.summary = QLabel(self.tr("Counting…"))
        self.summary.setObjectName("pageSubtitle")
        bar.addWidget(self.summary, 1)
        lay.addLayout(bar)
        self.chart = ChartWidget()
        self.chart.setMinimumHeight(200)
        self.table = QTableWidget(0, 0)
        self.table.setObjectName("activityTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(70)
        body = QWidget()
        body_lay = QVBoxLayout(body)
        body_lay.setContentsMargins(0, 0, 0, 0)
        body_lay.addWidget(self.chart, 3)
        body_lay.addWidget(self.table, 2)
        self.empty = EmptyState(
            self.tr("No changes in this period"),
            self.tr("Every change anyone makes — by hand or by approving an automated draft — is counted "
            "here per person and area. Pick a longer period, or make a change to see it."))
        self.denied = EmptyState(
            self.tr("Activity is for the owner and the bookkeeper"),
            self.tr("This report is built from the audit log, which your role does not read. Ask the shop's "
            "owner if you need it."))
        self.stack = QStackedWidget()
        for w in (body, self.empty, self.denied):
            self.stack.addWidget(w)
        self.body = body
        lay.addWidget(self.stack, 1)
        self.period.currentIndexChanged.connect(self.refresh)
        if not ctx.can(Perm.VIEW_AUDIT):
            self.stack.setCurrentWidget(self.denied)
            self.period.setEnabled(False)
            self.summary.setText("")
            return
        self.refresh()

    def refresh(self) -> None:
        if not self.ctx.can(Perm.VIEW_AUDIT):
            return
        self.summary.setText(self.tr("Counting…"))
        self.ctx.tasks.run_latest((id(self), "activity"), activity, self.ctx.app, self.ctx.actor,
                                  self.ctx.app.today(), int(self.period.currentData()),
                                  on_done=self.show_activity)

    def show_activity(self, result: Activity) -> None:
        self.result = result
        if result.total == 0:
            self.summary.setText("")
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentWidget(self.body)
        fm = self.ctx.formats
        changes = QCoreApplication.translate("ActivitySection", "{number} change(s)", None, result.total)
        who = QCoreApplication.translate("ActivitySection", "%n person or job(s)", None, len(result.users))
        self.summary.setText(self.tr("{changes} from {start} to {end} by {who}").format(
            changes=changes.format(number=fm.number(result.total)), start=fm.short_day(result.start),
            end=fm.date(result.end), who=who))
        self.chart.set_chart({"type": "bar", "title": self.tr("Changes per day"),
                              "x": [d.isoformat() for d in result.days],     # the chart writes them as the shop does
                              "series": [{"name": "changes", "values": result.per_day}]})
        areas = result.areas
        self.table.setRowCount(len(result.users))
        self.table.setColumnCount(len(areas) + 1)
        self.table.setHorizontalHeaderLabels([a.replace("_", " ").capitalize() for a in areas] + [self.tr("Total")])
        self.table.setVerticalHeaderLabels([who_words(u) for u in result.users])
        for r, u in enumerate(result.users):
            row_total = 0
            for c, a in enumerate(areas):
                n = result.counts.get((u, a), 0)
                row_total += n
                item = QTableWidgetItem(fm.number(n) if n else "")
                item.setTextAlignment(RIGHT)
                self.table.setItem(r, c, item)
            total = QTableWidgetItem(fm.number(row_total))
            total.setTextAlignment(RIGHT)
            font = total.font()
            font.setBold(True)
            total.setFont(font)
            self.table.setItem(r, len(areas), total)


register_section(QT_TRANSLATE_NOOP("reports", "Activity (audit log)"), 90, ActivitySection)
