"""One trend report on the Reports page: the period, the chart by week with the previous period
beside it, the headline figures compared, the report's tables, how it was worked out, and the
export to Excel. Computed by ``app.reports.run`` on a worker thread; only the newest answer is shown."""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QFileDialog, QHBoxLayout, QHeaderView,
                               QLabel, QPushButton, QTableWidget, QTabWidget, QVBoxLayout,
                               QWidget)

from core.kernel.reports import ReportResult, weeks_to_today, whole_weeks
from core.reports.presentation import change_text, change_with_verdict, chart_of, upper_first, value_text
from desktop.ui import show_error, show_notice
from desktop.widgets import ChartWidget, fill_text_rows

if TYPE_CHECKING:
    from desktop.context import DesktopContext

#: (weeks, label): whole weeks to last Sunday; negative: that many weeks with this one so far; 0: the dates.
PERIODS = ((-8, QT_TRANSLATE_NOOP("pages.reports.trend", "Last 8 weeks to today")), (4, QT_TRANSLATE_NOOP("pages.reports.trend", "Last 4 whole weeks")), (8, QT_TRANSLATE_NOOP("pages.reports.trend", "Last 8 whole weeks")), (13, QT_TRANSLATE_NOOP("pages.reports.trend", "Last 13 whole weeks")),
           (26, QT_TRANSLATE_NOOP("pages.reports.trend", "Last 26 whole weeks")), (52, QT_TRANSLATE_NOOP("pages.reports.trend", "Last 52 whole weeks")), (0, QT_TRANSLATE_NOOP("pages.reports.trend", "Dates…")))
VERDICT_COLOURS = {"better": "#2e7d32", "worse": "#b3261e"}
#: The file dialog's choices: the suffix in each decides what is written.
EXPORT_FILTERS = (QT_TRANSLATE_NOOP("pages.reports.trend", "Excel workbook (*.xlsx)"), QT_TRANSLATE_NOOP("pages.reports.trend", "PDF with the chart (*.pdf)"))


def export_path(path: str, chosen_filter: str) -> str:
    """The file name, with the chosen kind's suffix added when it ends in neither .xlsx nor .pdf
    (a name typed without one)."""
    if Path(path).suffix.lower() in (".xlsx", ".pdf"):
        return path
    return path + (".pdf" if "*.pdf" in chosen_filter else ".xlsx")


def fit_rows(t: QTableWidget, padding: int = 14) -> None:
    """Each row as tall as its most wrapped cell at the columns' present widths. Qt's own
    ``resizeRowsToContents`` measures without the style sheet's cell padding, so a label that just
    fits by its count ("Geplante Stunden") is drawn cut off with "…" instead of on two lines."""
    fm = t.fontMetrics()
    for r in range(t.rowCount()):
        h = fm.height()
        for c in range(t.columnCount()):
            item = t.item(r, c)
            if item is not None and item.text():
                w = max(t.columnWidth(c) - padding, 10)
                h = max(h, fm.boundingRect(0, 0, w, 10_000, Qt.TextFlag.TextWordWrap, item.text()).height())
        t.setRowHeight(r, h + 10)


def _table(headers: list[str], name: str, title: str) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setObjectName(name)
    t.setAccessibleName(title)
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if len(headers) <= 4:
        t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return t    # many columns: each as wide as its words, and the table scrolls sideways


class TrendReportSection(QWidget):
    """The section for the core report ``name`` (``deskmate report NAME`` shows the same)."""

    def __init__(self, ctx: "DesktopContext", name: str, chart: str = "bar", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.name = name
        self.chart_kind = chart
        self.result: ReportResult | None = None
        self.setObjectName(f"report_{name}")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period")))
        self.period = QComboBox()
        self.period.setObjectName("reportPeriod")
        for weeks, title in PERIODS:
            self.period.addItem(QCoreApplication.translate("pages.reports.trend", title), weeks)
        self.period.setCurrentIndex(0)
        bar.addWidget(self.period)
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        for w, label in ((self.date_from, "from"), (self.date_to, "to")):
            w.setCalendarPopup(True)
            w.setDisplayFormat(ctx.formats.picker_format)
            w.setAccessibleName(self.tr("Period {label}").format(label=label))
            bar.addWidget(w)
        bar.addStretch(1)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("An Excel workbook (the weeks, the figures, the tables, how it was worked "
                                      "out and an About sheet) or a PDF with the chart to print or send"))
        bar.addWidget(self.export_button)
        lay.addLayout(bar)
        self.summary = QLabel(self.tr("Working it out…"))
        self.summary.setObjectName("pageSubtitle")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)

        top = QHBoxLayout()
        self.chart = ChartWidget()
        self.chart.setMinimumHeight(210)
        self.chart.setMinimumWidth(360)
        top.addWidget(self.chart, 2)
        self.figures = _table([self.tr("Figure"), self.tr("This period"), self.tr("Previous"), self.tr("Change")], "reportFigures",
                              self.tr("Figures against the previous period"))
        self.figures.setWordWrap(True)
        self.figures.setMinimumWidth(340)
        # a label wraps onto as many lines as the column's final width needs (German labels are long):
        # the rows are measured again whenever a column's width settles, not only when filled
        self.figures.horizontalHeader().sectionResized.connect(
            lambda *_: QTimer.singleShot(0, self.figures, lambda: fit_rows(self.figures)))
        top.addWidget(self.figures, 3)      # four columns of figures need the larger share
        lay.addLayout(top, 3)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reportTables")
        lay.addWidget(self.tabs, 2)
        self.how = QLabel()
        self.how.setObjectName("reportHow")
        self.how.setWordWrap(True)
        self.how.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.how)
        self._set_dates_for_period()
        self.period.currentIndexChanged.connect(self._period_changed)
        self.date_from.dateChanged.connect(self._dates_changed)
        self.date_to.dateChanged.connect(self._dates_changed)
        self.export_button.clicked.connect(self.choose_export)
        self.refresh()

    # ------------------------------------------------------------------ the period
    def _set_dates_for_period(self) -> None:
        weeks = int(self.period.currentData())
        custom = weeks == 0
        self.date_from.setEnabled(custom)
        self.date_to.setEnabled(custom)
        if custom:
            return
        today = self.ctx.app.today()
        period = whole_weeks(today, weeks) if weeks > 0 else weeks_to_today(today, -weeks)
        start, end = period.start, period.end
        for w, d in ((self.date_from, start), (self.date_to, end)):
            w.blockSignals(True)
            w.setDate(QDate(d.year, d.month, d.day))
            w.blockSignals(False)

    def _period_changed(self, _i: int) -> None:
        self._set_dates_for_period()
        self.refresh()

    def _dates_changed(self, _d: QDate) -> None:
        if int(self.period.currentData()) == 0:
            self.refresh()

    def dates(self) -> tuple[date, date]:
        return self.date_from.date().toPython(), self.date_to.date().toPython()  # type: ignore[return-value]

    # ------------------------------------------------------------------ computing and showing
    def refresh(self) -> None:
        date_from, date_to = self.dates()
        self.summary.setText(self.tr("Working it out…"))
        self.ctx.tasks.run_latest((id(self), "report"), self.ctx.app.reports.run, self.ctx.actor, self.name,
                                  date_from, date_to, on_done=self.show_result, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText("")
        show_error(self, exc)

    def show_result(self, r: ReportResult) -> None:
        self.result = r
        fm = self.ctx.formats
        self.summary.setText(self.tr("{date} to {date2}, compared with "
                             "{date3} to {date4}").format(date=fm.date(r.period.start), date2=fm.date(r.period.end), date3=fm.date(r.previous.start), date4=fm.date(r.previous.end)))
        self.chart.set_chart(chart_of(r, fm, self.chart_kind))
        fill_text_rows(self.figures, [[f.label, value_text(fm, f.value, f.unit), value_text(fm, f.previous, f.unit),
                              change_text(fm, f.change, f.unit)] for f in r.figures])
        for row, f in enumerate(r.figures):
            item = self.figures.item(row, 3)
            if f.verdict in VERDICT_COLOURS:
                item.setForeground(QColor(VERDICT_COLOURS[f.verdict]))
                item.setText(change_with_verdict(fm, f.change, f.unit, f.verdict))
            if f.note:
                self.figures.item(row, 0).setToolTip(f.note)
        fit_rows(self.figures)
        current = self.tabs.tabText(self.tabs.currentIndex()) if self.tabs.count() else ""
        self.tabs.clear()
        weeks = _table([self.tr("Week of"), *(upper_first(s.name) for s in r.series)], "reportWeeks", self.tr("By week"))
        fill_text_rows(weeks, [[fm.date(w), *(value_text(fm, s.values[i], s.unit) for s in r.series)]
                      for i, w in enumerate(r.weeks)])
        self.tabs.addTab(weeks, self.tr("By week"))
        for t in r.tables:
            table = _table(list(t.columns), "reportTable", t.title)
            fill_text_rows(table, [[value_text(fm, v, u) for v, u in zip(row, t.units)] for row in t.rows])
            self.tabs.addTab(table, t.title if t.rows else self.tr("{title} (none)").format(title=t.title))
        for i in range(self.tabs.count()):
            if self.tabs.tabText(i) == current:
                self.tabs.setCurrentIndex(i)
        how = "".join(f"<li>{line}</li>" for line in r.how)
        hidden = "".join("<p><i>" + self.tr("Not shown: {what}.").format(what=h) + "</i></p>" for h in r.hidden)
        self.how.setText(self.tr("<b>How it was worked out</b><ul style='margin:0'>{how}</ul>{hidden}").format(how=how, hidden=hidden))

    # ------------------------------------------------------------------ export
    def choose_export(self) -> None:
        date_from, date_to = self.dates()
        folder = Path(self.ctx.app.paths.exports)
        default = folder / f"{self.name}-{date_from.isoformat()}-{date_to.isoformat()}.xlsx"
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export the report"), str(default), ";;".join(QCoreApplication.translate("pages.reports.trend", f) for f in EXPORT_FILTERS))
        if path:
            self.export_to(export_path(path, chosen))

    def export_to(self, path: str) -> None:
        """Write the workbook or the PDF (by the suffix) on a worker thread (the file dialog has
        already asked about replacing)."""
        date_from, date_to = self.dates()
        self.export_button.setEnabled(False)

        def done(out: Path) -> None:
            self.export_button.setEnabled(True)
            show_notice(self, self.tr("Saved {out}").format(out=out), self.tr("Report exported"))

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            show_error(self, exc)
        self.ctx.tasks.run(self.ctx.app.reports.export, self.ctx.actor, self.name, date_from, date_to, path,
                           True, on_done=done, on_error=failed)
