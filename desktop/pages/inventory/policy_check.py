"""The Policy check tab: the reorder policy replayed on the shop's own sales against a min/max rule."""
from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (QDateEdit, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSpinBox,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from core.kernel.progress import Cancelled
from desktop.widgets import ChartWidget, HelpButton

if TYPE_CHECKING:
    from desktop.context import DesktopContext


def _day(value: Any) -> Any:
    """A date from a report's ISO text (reports are JSON-shaped), or the value as it is."""
    return date.fromisoformat(value) if isinstance(value, str) else value


def curve_chart(res: dict[str, Any]) -> dict[str, Any]:
    """Fill rate against average stock value: Deskmate's points (one per fill-rate target) and the
    baseline min/max rule, on one axis of stock values."""
    pts = sorted(res["curve"], key=lambda c: c["average_stock_value"])
    base, careful = res["baseline"], res["careful_baseline"]
    xs = sorted({c["average_stock_value"] for c in pts} | {base["average_stock_value"],
                                                           careful["average_stock_value"]})
    pos = {v: i for i, v in enumerate(xs)}
    dm: list[Any] = [None] * len(xs)
    bl: list[Any] = [None] * len(xs)
    cb: list[Any] = [None] * len(xs)
    for c in pts:
        dm[pos[c["average_stock_value"]]] = round(100 * c["fill_rate"], 1)
    bl[pos[base["average_stock_value"]]] = round(100 * base["fill_rate"], 1)
    cb[pos[careful["average_stock_value"]]] = round(100 * careful["fill_rate"], 1)
    return {"type": "line", "title": QCoreApplication.translate("pages.inventory.policy_check", "Fill rate (%) against average stock value"),
            "x": [f"{v:,.0f}" for v in xs],
            "series": [{"name": QCoreApplication.translate("pages.inventory.policy_check", "Deskmate (one point per fill-rate target)"), "values": dm},
                       {"name": QCoreApplication.translate("pages.inventory.policy_check", "Baseline min/max"), "values": bl, "kind": "bar"},
                       {"name": QCoreApplication.translate("pages.inventory.policy_check", "Careful min/max (monthly, with safety stock)"), "values": cb, "kind": "bar"}],
            "markers": [{"name": QCoreApplication.translate("pages.inventory.policy_check", "Baseline fill rate"), "value": round(100 * base["fill_rate"], 1)}]}


class PolicyCheckTab(QWidget):
    """The backtest on the shop's own sales: the trade-off curve and the baseline beside it."""

    finished = Signal(object)

    def __init__(self, ctx: DesktopContext) -> None:
        super().__init__()
        self.ctx = ctx
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.cutoff = QDateEdit()
        self.cutoff.setCalendarPopup(True)
        self.cutoff.setDisplayFormat(ctx.formats.picker_format)
        today = ctx.app.today()
        d = today - timedelta(days=60)
        self.cutoff.setDate(QDate(d.year, d.month, d.day))
        self.lead = QSpinBox()
        self.lead.setRange(1, 60)
        self.lead.setValue(2)
        self.run_btn = QPushButton(self.tr("Run backtest"))
        self.run_btn.clicked.connect(self.run)
        self.cancel_btn = QPushButton(self.tr("Cancel"))
        self.cancel_btn.setEnabled(False)
        self.cancel_btn.clicked.connect(self.cancel)
        self.handle: Any = None
        for w in (QLabel(self.tr("Replay from")), self.cutoff, QLabel(self.tr("Lead time (days)")), self.lead, self.run_btn,
                  self.cancel_btn):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(HelpButton(self.tr("Policy check"), self.tr("Learns from your sales before the date, then replays "
                                 "every later day: Deskmate's policy at several fill-rate targets against "
                                 "a hand-set min/max rule (min = average daily sales × lead time, max = "
                                 "2 × min) and a careful owner's min/max (re-set every month from the "
                                 "last 8 weeks, with safety stock). Unmet demand is lost. Pick the fill-rate target whose cost in "
                                 "stock you accept.")))
        lay.addLayout(bar)
        self.summary = QLabel(self.tr("Run the backtest to see how the policy would have done on your sales."))
        self.summary.setWordWrap(True)
        self.chart = ChartWidget()
        self.chart.setMinimumHeight(260)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("Policy"), self.tr("Fill rate target"), self.tr("Fill rate reached"), self.tr("Stockout product-days"),
                                              self.tr("Avg stock value"), self.tr("Orders")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.assumptions = QLabel()
        self.assumptions.setWordWrap(True)
        # the two texts keep the height their words need; the chart and the table share the rest
        self.table.setMinimumHeight(120)
        for w, stretch in ((self.summary, 0), (self.chart, 3), (self.table, 2), (self.assumptions, 0)):
            lay.addWidget(w, stretch)

    def run(self) -> None:
        cutoff = self.cutoff.date().toPython()
        self._running(True)
        self.summary.setText(self.tr("Replaying…"))
        self.handle = self.ctx.tasks.run_with_progress(
            self.ctx.app.inventory.backtest_shop, cutoff, None, self.lead.value(),
            on_progress=lambda _d, _t, text: self.summary.setText(self.tr("Replaying… {text}").format(text=text)),
            on_done=self._show, on_error=self._failed)

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()

    def _running(self, on: bool) -> None:
        self.run_btn.setEnabled(not on)
        self.cancel_btn.setEnabled(on)
        if not on:
            self.handle = None

    def _failed(self, exc: BaseException) -> None:
        self._running(False)
        self.summary.setText(self.tr("Backtest cancelled.") if isinstance(exc, Cancelled) else str(exc))
        self.finished.emit(exc)

    def _show(self, res: dict[str, Any]) -> None:
        self._running(False)
        w, c, b = res["window"], res["comparison"], res["baseline"]
        fm = self.ctx.formats

        def pct(rate: float) -> str:
            return fm.percent(round(100 * rate, 1))

        def against(cmp: dict[str, Any]) -> list[str]:
            """Where Deskmate's curve stands against one baseline, or that the baseline lies off it."""
            out = []
            if cmp["stock_saving_pct"] is not None:
                out.append(self.tr("Deskmate reaches that fill rate with {money} "
                           "({percent} less stock).").format(money=fm.money(cmp['stock_to_match_baseline_fill_rate']), percent=fm.percent(cmp['stock_saving_pct'])))
            if cmp["fill_rate_gain_points"] is not None:
                out.append(self.tr("With the same stock it serves {pct} "
                           "({fill_rate_gain_points:+} points).").format(pct=pct(cmp['fill_rate_at_baseline_stock']), fill_rate_gain_points=cmp['fill_rate_gain_points']))
            return out or [self.tr("It lies outside the range Deskmate's targets reach: compare the points in the chart.")]

        cb = res["careful_baseline"]
        parts = [self.tr("Replayed {date} to {date2} ({days} days, "
                 "{products} products). Baseline: fill rate {pct} with stock worth "
                 "{money}.").format(date=fm.date(_day(w['replay_from'])), date2=fm.date(_day(w['replay_to'])), days=w['days'], products=res['products'], pct=pct(b['fill_rate']), money=fm.money(b['average_stock_value'])), *against(c),
                 self.tr("A careful owner's min/max (re-set monthly, with safety stock): fill rate "
                 "{pct} with stock worth {money}.").format(pct=pct(cb['fill_rate']), money=fm.money(cb['average_stock_value'])),
                 *against(res["careful_comparison"])]
        self.summary.setText(" ".join(parts))
        self.chart.set_chart(curve_chart(res))
        self.table.setRowCount(len(res["policies"]))
        for r, p in enumerate(res["policies"]):
            for col, v in enumerate((p["policy"].capitalize(), "" if p["fill_rate_target"] is None else pct(p["fill_rate_target"]),
                                     pct(p["fill_rate"]), str(p["stockout_product_days"]),
                                     fm.money(p["average_stock_value"]), str(p["orders_placed"]))):
                self.table.setItem(r, col, QTableWidgetItem(v))
        self.assumptions.setText(self.tr("Assumptions: ") + " ".join(res["assumptions"]))
        self.finished.emit(res)
