"""Reports page sections: cash flow for the next 8 weeks and the aging of receivables."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from core.invoicing.money import AGING_BUCKETS
from desktop.widgets import RIGHT, ChartWidget, HelpButton


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    t.setMinimumHeight(160)
    return t


def _fill(t: QTableWidget, rows: list[list[str]]) -> None:
    t.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            item = QTableWidgetItem(v)
            if c:
                item.setTextAlignment(RIGHT)
            t.setItem(r, c, item)


class CashflowSection(QWidget):
    def __init__(self, ctx: Any) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("cashflowSection")
        lay = QVBoxLayout(self)
        lay.addWidget(HelpButton("Cash flow", "Money expected in: every open invoice on its due date, moved "
                                 "by that customer's average days late on paid invoices (overdue ones count "
                                 "this week). Money going out: purchase orders sent to suppliers, on their "
                                 "expected delivery date."))
        self.chart = ChartWidget()
        self.chart.setMinimumHeight(180)
        lay.addWidget(self.chart)
        self.table = _table(["Week of", "Expected in", "Due out", "Net", "Cumulative"])
        self.table.setObjectName("cashflowTable")
        lay.addWidget(self.table)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        lay.addWidget(self.notes)
        self.refresh()

    def refresh(self) -> None:
        self.ctx.tasks.run(self.ctx.app.invoicing.cashflow, on_done=self._show)

    def _show(self, rep: Any) -> None:
        _fill(self.table, [[f"{w.week_start:%d %b %Y}", f"{w.expected_in:,.2f}", f"{w.due_out:,.2f}", f"{w.net:,.2f}",
                            f"{w.cumulative:,.2f}"] for w in rep.weeks])
        for r, w in enumerate(rep.weeks):
            self.table.item(r, 1).setToolTip("\n".join(w.receipts) or "nothing expected")
            self.table.item(r, 2).setToolTip("\n".join(w.payables) or "nothing due")
        self.chart.set_chart({"type": "bar", "title": "Next 8 weeks",
                              "x": [f"{w.week_start:%d %b}" for w in rep.weeks],
                              "series": [{"name": "expected in", "values": [float(w.expected_in) for w in rep.weeks]},
                                         {"name": "due out", "values": [float(w.due_out) for w in rep.weeks]}]})
        self.notes.setText(" ".join(rep.notes))


class AgingSection(QWidget):
    def __init__(self, ctx: Any) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("agingSection")
        lay = QVBoxLayout(self)
        self.total = QLabel()
        lay.addWidget(self.total)
        self.table = _table(["Customer", *("Not yet due" if b == "current" else b for b in AGING_BUCKETS), "Total"])
        self.table.setObjectName("agingTable")
        lay.addWidget(self.table)
        self.refresh()

    def refresh(self) -> None:
        self.ctx.tasks.run(self.ctx.app.invoicing.aging, on_done=self._show)

    def _show(self, rep: Any) -> None:
        rows = [[r.customer_name, *(f"{r.buckets[b]:,.2f}" for b in AGING_BUCKETS), f"{r.total:,.2f}"] for r in rep.rows]
        rows.append(["Total", *(f"{rep.totals[b]:,.2f}" for b in AGING_BUCKETS), f"{rep.total:,.2f}"])
        _fill(self.table, rows)
        self.total.setText(f"Open receivables as of {rep.as_of:%d %b %Y}: {rep.total:,.2f} "
                           f"({sum(1 for _ in rep.rows)} customers)")
