"""Inventory KPIs for the Reports page: stockouts, money above max, turnover, reorder decisions."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from desktop.context import DesktopContext


#: (key, plain label, what the figure is and how it is counted — shown on hover)
KPI_ROWS = (
    ("stockout_product_days", "Days a product was sold out",
     "Stockout product-days: for every product, the days it had nothing on the shelf, added up over "
     "the period (one product out for 3 days = 3)."),
    ("value_above_max", "Money in stock beyond what is needed",
     "Stock value above max / order-up-to: what the stock above each product's upper level is worth "
     "at cost — money tied up that a smaller order would have kept free."),
    ("stock_value", "Stock value (at cost)", "What everything on the shelves cost to buy."),
    ("inventory_turnover", "Times the stock sells through in a year",
     "Inventory turnover: the cost of a year's sales divided by the average stock value; higher "
     "means stock sits on the shelf for less time."),
    ("forecast", "How far forecasts were off, last 28 days",
     "Weighted MAPE: the forecast's misses, in units, as a share of what was sold; the bias says "
     "whether it guessed too high (+) or too low (−) on balance."),
    ("decisions", "Reorder suggestions approved / edited / rejected",
     "How people decided the reorder suggestions drafted in the period."),
)


class InventoryKpis(QWidget):
    def __init__(self, ctx: DesktopContext) -> None:
        super().__init__()
        self.ctx = ctx
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.period = QComboBox()
        for d in (30, 90, 365):
            self.period.addItem(f"last {d} days", d)
        self.period.setCurrentIndex(1)
        top.addWidget(QLabel("Period"))
        top.addWidget(self.period)
        top.addStretch(1)
        lay.addLayout(top)
        form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key, title, tip in KPI_ROWS:
            self.labels[key] = QLabel("…")
            self.labels[key].setToolTip(tip)
            self.labels[key].setAccessibleName(title)
            form.addRow(title, self.labels[key])
            form.labelForField(self.labels[key]).setToolTip(tip)
        lay.addLayout(form)
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        self.ctx.tasks.run(self.ctx.app.inventory.kpis, self.period.currentData(), on_done=self._show,
                           on_error=lambda e: self.labels["stock_value"].setText(str(e)))

    def _show(self, k: dict[str, Any]) -> None:
        fm = self.ctx.formats
        self.labels["stockout_product_days"].setText(fm.number(k["stockout_product_days"]))
        self.labels["value_above_max"].setText(fm.money(k["value_above_max"]))
        self.labels["stock_value"].setText(fm.money(k["stock_value"]))
        t = k["inventory_turnover"]
        self.labels["inventory_turnover"].setText("not enough sales yet" if t is None else
                                                  f"{fm.number(round(t, 1))} times")
        w, b = k.get("forecast_wmape"), k.get("forecast_bias")
        self.labels["forecast"].setText("not enough history" if w is None else
                                        f"{fm.percent(round(100 * w))} of what was sold (guessed "
                                        f"{'too high' if b > 0 else 'too low'} by "
                                        f"{fm.percent(abs(round(100 * b)))} on balance)" if b else
                                        f"{fm.percent(round(100 * w))} of what was sold (no lean either way)")
        self.labels["decisions"].setText(f"{k['reorder_accepted']} / {k['reorder_edited']} / "
                                         f"{k['reorder_rejected']}")
