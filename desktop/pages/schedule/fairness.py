"""Reports section: fairness per person over the last N published weeks."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from typing import TYPE_CHECKING

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from desktop.context import DesktopContext

COLUMNS = [QT_TRANSLATE_NOOP("pages.schedule.fairness", "Staff"), QT_TRANSLATE_NOOP("pages.schedule.fairness", "Weeks"), QT_TRANSLATE_NOOP("pages.schedule.fairness", "Hours"), QT_TRANSLATE_NOOP("pages.schedule.fairness", "Contract h"), QT_TRANSLATE_NOOP("pages.schedule.fairness", "Weekends"), QT_TRANSLATE_NOOP("pages.schedule.fairness", "Evenings"), QT_TRANSLATE_NOOP("pages.schedule.fairness", "Closings"), QT_TRANSLATE_NOOP("pages.schedule.fairness", "Preferences honoured"),
           QT_TRANSLATE_NOOP("pages.schedule.fairness", "Flags")]


class FairnessReport(QWidget):
    def __init__(self, ctx: DesktopContext) -> None:
        super().__init__()
        self.ctx = ctx
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.weeks = QSpinBox()
        self.weeks.setRange(1, 52)
        self.weeks.setValue(4)
        bar.addWidget(QLabel(self.tr("Last weeks:")))
        bar.addWidget(self.weeks)
        bar.addStretch(1)
        lay.addLayout(bar)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("fairnessTable")
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("pages.schedule.fairness", c) for c in COLUMNS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        lay.addWidget(self.table)
        lay.addWidget(QLabel(self.tr("Counts come from published rosters only. A flag means the person had the most of "
                             "something in most weeks, far fewer hours than contracted, or few preferences "
                             "honoured; the weekly fairness job then drafts a suggestion.")))
        self.weeks.valueChanged.connect(lambda *_: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        self.ctx.tasks.run(self.ctx.app.scheduling.fairness_report, self.weeks.value(), viewer=self.ctx.actor,
                           on_done=self._show)

    def _show(self, rows: list) -> None:
        self.table.setRowCount(len(rows))
        for r, x in enumerate(rows):
            fm = self.ctx.formats
            contract = "" if x.contract_minutes is None else fm.number(x.contract_minutes / 60, 2)
            values = [x.name, x.weeks, fm.number(x.minutes / 60, 2), contract, x.weekends, x.evenings,
                      x.closings, f"{x.preferences_honoured}/{x.preferences_total}", "; ".join(x.flags)]
            for c, v in enumerate(values):
                item = QTableWidgetItem(str(v))
                if x.flags:
                    item.setBackground(QBrush(QColor("#fff0c2")))
                self.table.setItem(r, c, item)
        # colleagues' contracts arrive empty for staff: the column would be mostly blank, so it goes
        self.table.setColumnHidden(COLUMNS.index("Contract h"), any(x.contract_minutes is None for x in rows))
        self.table.resizeColumnsToContents()
