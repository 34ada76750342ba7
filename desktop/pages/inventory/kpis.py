"""Inventory KPIs for the Reports page: stockouts, money above max, turnover, reorder decisions."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from desktop.context import DesktopContext


#: (key, plain label, what the figure is and how it is counted — shown on hover)
KPI_ROWS = (
    ("stockout_product_days", QT_TRANSLATE_NOOP("pages.inventory.kpis", "Days a product was sold out"),
     QT_TRANSLATE_NOOP("pages.inventory.kpis", "Stockout product-days: for every product, the days it had nothing on the shelf, added up over "
     "the period (one product out for 3 days = 3).")),
    ("value_above_max", QT_TRANSLATE_NOOP("pages.inventory.kpis", "Money in stock beyond what is needed"),
     QT_TRANSLATE_NOOP("pages.inventory.kpis", "Stock value above max / order-up-to: what the stock above each product's upper level is worth "
     "at cost — money tied up that a smaller order would have kept free.")),
    ("stock_value", QT_TRANSLATE_NOOP("pages.inventory.kpis", "Stock value (at cost)"), QT_TRANSLATE_NOOP("pages.inventory.kpis", "What everything on the shelves cost to buy.")),
    ("inventory_turnover", QT_TRANSLATE_NOOP("pages.inventory.kpis", "Times the stock sells through in a year"),
     QT_TRANSLATE_NOOP("pages.inventory.kpis", "Inventory turnover: the cost of a year's sales divided by the average stock value; higher "
     "means stock sits on the shelf for less time.")),
    ("forecast", QT_TRANSLATE_NOOP("pages.inventory.kpis", "How far forecasts were off, last 28 days"),
     QT_TRANSLATE_NOOP("pages.inventory.kpis", "Weighted MAPE: the forecast's misses, in units, as a share of what was sold; the bias says "
     "whether it guessed too high (+) or too low (−) on balance.")),
    ("decisions", QT_TRANSLATE_NOOP("pages.inventory.kpis", "Reorder suggestions approved / edited / rejected"),
     QT_TRANSLATE_NOOP("pages.inventory.kpis", "How people decided the reorder suggestions drafted in the period.")),
)


class InventoryKpis(QWidget):
    def __init__(self, ctx: DesktopContext) -> None:
        super().__init__()
        self.ctx = ctx
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.period = QComboBox()
        for d in (30, 90, 365):
            self.period.addItem(QCoreApplication.translate("InventoryKpis", "last %n days", None, d), d)
        self.period.setCurrentIndex(1)
        top.addWidget(QLabel(self.tr("Period")))
        top.addWidget(self.period)
        top.addStretch(1)
        lay.addLayout(top)
        form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key, title, tip in KPI_ROWS:
            self.labels[key] = QLabel("…")
            self.labels[key].setToolTip(QCoreApplication.translate("pages.inventory.kpis", tip))
            self.labels[key].setAccessibleName(QCoreApplication.translate("pages.inventory.kpis", title))
            form.addRow(QCoreApplication.translate("pages.inventory.kpis", title), self.labels[key])
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
        self.labels["inventory_turnover"].setText(self.tr("not enough sales yet") if t is None else
                                                  self.tr("{number} times").format(number=fm.number(round(t, 1))))
        w, b = k.get("forecast_wmape"), k.get("forecast_bias")
        self.labels["forecast"].setText(self.tr("not enough history") if w is None else
                                        self.tr("{percent} of what was sold (guessed "
                                        "{value} by "
                                        "{percent2} on balance)").format(percent=fm.percent(round(100 * w)), value=self.tr('too high') if b > 0 else self.tr('too low'), percent2=fm.percent(abs(round(100 * b)))) if b else
                                        self.tr("{percent} of what was sold (no lean either way)").format(percent=fm.percent(round(100 * w))))
        self.labels["decisions"].setText(f"{k['reorder_accepted']} / {k['reorder_edited']} / "
                                         f"{k['reorder_rejected']}")
