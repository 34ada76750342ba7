"""Inventory KPIs for the Reports page: stockouts, money above max, turnover, reorder decisions."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from desktop.context import DesktopContext


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
        for key, title in (("stockout_product_days", "Stockout product-days"),
                           ("value_above_max", "Stock value above max / order-up-to"),
                           ("stock_value", "Stock value"),
                           ("inventory_turnover", "Inventory turnover (per year)"),
                           ("forecast", "Forecast error, last 28 days (weighted MAPE, bias)"),
                           ("decisions", "Reorder suggestions accepted / edited / rejected")):
            self.labels[key] = QLabel("…")
            form.addRow(title, self.labels[key])
        lay.addLayout(form)
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        self.ctx.tasks.run(self.ctx.app.inventory.kpis, self.period.currentData(), on_done=self._show,
                           on_error=lambda e: self.labels["stock_value"].setText(str(e)))

    def _show(self, k: dict[str, Any]) -> None:
        self.labels["stockout_product_days"].setText(str(k["stockout_product_days"]))
        fm = self.ctx.formats
        self.labels["value_above_max"].setText(fm.money(k["value_above_max"]))
        self.labels["stock_value"].setText(fm.money(k["stock_value"]))
        t = k["inventory_turnover"]
        self.labels["inventory_turnover"].setText("n/a" if t is None else f"{t:.1f}×")
        w, b = k.get("forecast_wmape"), k.get("forecast_bias")
        self.labels["forecast"].setText("not enough history" if w is None else
                                        f"{fm.percent(round(100 * w))} (bias {'+' if b > 0 else ''}"
                                        f"{fm.percent(round(100 * b))})")
        self.labels["decisions"].setText(f"{k['reorder_accepted']} / {k['reorder_edited']} / "
                                         f"{k['reorder_rejected']}")
