"""Reports page sections: cash flow for the next 8 weeks and the aging of receivables."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QTableWidget, QVBoxLayout, QWidget)

from core.invoicing.money import AGING_BUCKETS
from desktop.widgets import ChartWidget, HelpButton, fill_text_rows

if TYPE_CHECKING:
    from desktop.context import DesktopContext


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    t.setMinimumHeight(160)
    return t


class CashflowSection(QWidget):
    def __init__(self, ctx: DesktopContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("cashflowSection")
        lay = QVBoxLayout(self)
        lay.addWidget(HelpButton(self.tr("Cash flow"), self.tr("Money expected in: every open invoice on its due date, moved "
                                 "by that customer's average days late on paid invoices (overdue ones count "
                                 "this week). Money going out: purchase orders sent to suppliers, on their "
                                 "expected delivery date.")))
        self.chart = ChartWidget()
        self.chart.setMinimumHeight(180)
        lay.addWidget(self.chart)
        self.table = _table([self.tr("Week of"), self.tr("Expected in"), self.tr("Due out"), self.tr("Net"), self.tr("Cumulative")])
        self.table.setObjectName("cashflowTable")
        lay.addWidget(self.table)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        lay.addWidget(self.notes)
        self.refresh()

    def refresh(self) -> None:
        self.ctx.tasks.run(self.ctx.app.invoicing.cashflow, on_done=self._show)

    def _show(self, rep: Any) -> None:
        fm = self.ctx.formats
        m = fm.money
        fill_text_rows(self.table, [[fm.date(w.week_start), m(w.expected_in), m(w.due_out), m(w.net), m(w.cumulative)]
                           for w in rep.weeks])
        for r, w in enumerate(rep.weeks):
            self.table.item(r, 1).setToolTip("\n".join(w.receipts) or self.tr("nothing expected"))
            self.table.item(r, 2).setToolTip("\n".join(w.payables) or self.tr("nothing due"))
        self.chart.set_chart({"type": "bar", "title": self.tr("Next 8 weeks"),
                              "x": [fm.day(w.week_start) for w in rep.weeks],
                              "series": [{"name": self.tr("expected in"), "values": [float(w.expected_in) for w in rep.weeks]},
                                         {"name": self.tr("due out"), "values": [float(w.due_out) for w in rep.weeks]}]})
        self.notes.setText(" ".join(rep.notes))


class AgingSection(QWidget):
    def __init__(self, ctx: DesktopContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("agingSection")
        lay = QVBoxLayout(self)
        self.total = QLabel()
        lay.addWidget(self.total)
        self.table = _table([self.tr("Customer"), *(self.tr("Not yet due") if b == "current" else b for b in AGING_BUCKETS), self.tr("Total")])
        self.table.setObjectName("agingTable")
        lay.addWidget(self.table)
        self.refresh()

    def refresh(self) -> None:
        self.ctx.tasks.run(self.ctx.app.invoicing.aging, on_done=self._show)

    def _show(self, rep: Any) -> None:
        fm = self.ctx.formats
        m = fm.money
        rows = [[r.customer_name, *(m(r.buckets[b]) for b in AGING_BUCKETS), m(r.total)] for r in rep.rows]
        rows.append([self.tr("Total"), *(m(rep.totals[b]) for b in AGING_BUCKETS), m(rep.total)])
        fill_text_rows(self.table, rows)
        self.total.setText(QCoreApplication.translate("AgingSection", "Open receivables as of {date}: {total} (%n customers)", None,
                                                  len(rep.rows)).format(date=fm.date(rep.as_of), total=m(rep.total)))
