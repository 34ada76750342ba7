"""The trend reports on the Reports page: every report opens, computes off the GUI thread and shows
its chart (this period and the previous one), figures, tables and how it was worked out; the period
selector recomputes; Export writes the workbook; staff see units but no money."""
from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "automation"))
from automation_testkit import kit_installed  # noqa: E402,F401

from core.kernel.reports import report_specs  # noqa: E402
from desktop.pages.reports.page import ReportsPage  # noqa: E402
from desktop.pages.reports.trend import TrendReportSection  # noqa: E402
from tests.core.automation.test_report_inbox import decisions  # noqa: E402,F401
from tests.core.inventory.test_report_inventory import trend_shop  # noqa: E402,F401

SHOTS = os.environ.get("DESKMATE_REPORT_SHOTS")   # a folder: save each section as PNG to look at


def open_section(qtbot, page, title: str, settle) -> TrendReportSection:
    titles = [s.title for s in page.sections]
    page.nav.setCurrentRow(titles.index(title))
    settle(page.ctx)
    section = page.current_section()
    assert isinstance(section, TrendReportSection)
    return section


def test_every_report_opens_with_chart_figures_and_explanation(qtbot, app, owner, trend_shop, decisions,
                                                               open_page, settle):
    ctx, page = open_page(ReportsPage, owner, size=(1366, 768))
    names = [s.name for s in report_specs()]
    assert {"sales", "stock", "inbox"} <= set(names)
    for spec in report_specs():
        section = open_section(qtbot, page, spec.title, settle)
        r = section.result
        assert r is not None and r.name == spec.name
        chart = section.chart.chart
        assert chart["series"] and chart["series"][-1]["name"].endswith("previous period")
        assert chart["series"][-1]["dashed"] and len(chart["x"]) == len(r.weeks) == 8
        assert section.figures.rowCount() == len(r.figures) > 0
        assert section.figures.item(0, 0).text() == r.figures[0].label
        assert section.tabs.count() == 1 + len(r.tables) and section.tabs.tabText(0) == "By week"
        assert "How it was worked out" in section.how.text() and r.how[0][:30] in section.how.text()
        if SHOTS:
            Path(SHOTS).mkdir(parents=True, exist_ok=True)
            page.grab().save(str(Path(SHOTS) / f"report-{spec.name}.png"))


def test_sales_figures_period_selector_and_export(qtbot, app, owner, trend_shop, open_page, settle, tmp_path,
                                                  monkeypatch):
    ctx, page = open_page(ReportsPage, owner, size=(1366, 768))
    section = open_section(qtbot, page, "Sales by week and group", settle)
    rows = {section.figures.item(r, 0).text(): section.figures.item(r, 1).text()
            for r in range(section.figures.rowCount())}
    assert section.period.currentText() == "Last 8 weeks to today"
    assert section.dates() == (date(2026, 10, 12), date(2026, 11, 30))   # this Monday so far and 7 weeks
    assert rows["Units sold"] == "18"                                    # every sale
    # pick the two weeks of the known answers by hand
    section.period.setCurrentIndex(section.period.findData(0))
    assert section.date_from.isEnabled()
    section.date_to.setDate(QDate(2026, 11, 29))
    section.date_from.setDate(QDate(2026, 11, 16))
    settle(ctx)
    r = section.result
    assert (r.period.start, r.period.end) == (date(2026, 11, 16), date(2026, 11, 29))
    units = {section.figures.item(i, 0).text(): i for i in range(section.figures.rowCount())}
    value_row = units["Sales value"]
    assert "115" in section.figures.item(value_row, 1).text() and "20" in section.figures.item(value_row, 2).text()
    assert "(better)" in section.figures.item(value_row, 3).text()
    assert section.tabs.tabText(1) == "By product group"
    groups = section.tabs.widget(1)
    assert groups.item(0, 0).text() == "Drinks" and groups.item(1, 0).text() == "Food"
    # back to a preset: the dates follow and are locked
    section.period.setCurrentIndex(section.period.findData(4))
    settle(ctx)
    assert not section.date_from.isEnabled() and len(section.result.weeks) == 4
    out = tmp_path / "sales.xlsx"
    monkeypatch.setattr("desktop.pages.reports.trend.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(out), "Excel workbook (*.xlsx)"))
    qtbot.mouseClick(section.export_button, Qt.MouseButton.LeftButton)
    settle(ctx)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[:3] == ["Weeks", "Figures", "By product group"]
    assert "About this export" in wb.sheetnames
    assert section.export_button.isEnabled()


def test_staff_see_units_and_are_told_money_is_hidden(qtbot, app, staff, trend_shop, open_page, settle):
    ctx, page = open_page(ReportsPage, staff, size=(1366, 768))
    section = open_section(qtbot, page, "Sales by week and group", settle)
    labels = [section.figures.item(r, 0).text() for r in range(section.figures.rowCount())]
    assert "Units sold" in labels and "Sales value" not in labels
    assert section.chart.chart["series"][0]["name"] == "units sold"
    assert "Not shown: amounts of money" in section.how.text()


@pytest.mark.parametrize("weeks", [4, 52])
def test_chart_labels_follow_the_weeks(qtbot, app, owner, open_page, settle, weeks):
    ctx, page = open_page(ReportsPage, owner, size=(1366, 768))
    section = open_section(qtbot, page, "Inbox: drafted and decided", settle)
    section.period.setCurrentIndex(section.period.findData(weeks))
    settle(ctx)
    assert len(section.chart.chart["x"]) == len(section.result.weeks) == weeks
    assert section.figures.item(0, 1).text() == "0"         # nothing drafted in an empty shop


def test_figures_in_plain_words_with_the_term_on_hover(qtbot, app, owner, trend_shop, open_page, settle):
    ctx, page = open_page(ReportsPage, owner, size=(1366, 768))
    section = open_section(qtbot, page, "Stock value and days sold out", settle)
    rows = {section.figures.item(r, 0).text(): r for r in range(section.figures.rowCount())}
    sold_out = rows["Days a product was sold out"]
    assert "Stockout product-days" in section.figures.item(sold_out, 0).toolTip()
    assert section.figures.item(rows["Times the stock sells through in a year"], 1).text().endswith(" times")


def test_a_chart_of_gaps_only_says_there_is_nothing_to_draw(qtbot):
    from desktop.widgets import ChartWidget
    chart = ChartWidget({"type": "bar", "x": ["a", "b"], "series": [{"name": "share", "values": [None, None]}],
                         "empty": "No decisions in these weeks"})
    qtbot.addWidget(chart)
    chart.resize(400, 200)
    image = chart.grab().toImage()          # painting must not fail (it raised on min() of nothing)
    assert not image.isNull()


def test_export_offers_pdf_with_the_chart(qtbot, app, owner, trend_shop, open_page, settle, tmp_path, monkeypatch):
    from pypdf import PdfReader

    from desktop.pages.reports.trend import EXPORT_FILTERS, export_path
    ctx, page = open_page(ReportsPage, owner, size=(1366, 768))
    section = open_section(qtbot, page, "Stock value and days sold out", settle)
    assert section.export_button.text() == "Export…"
    asked = {}

    def save_as(_parent, _title, default, filters):
        asked["filters"] = filters
        return str(tmp_path / "stock"), EXPORT_FILTERS[1]        # typed without a suffix, PDF chosen
    monkeypatch.setattr("desktop.pages.reports.trend.QFileDialog.getSaveFileName", save_as)
    qtbot.mouseClick(section.export_button, Qt.MouseButton.LeftButton)
    settle(ctx)
    assert "PDF" in asked["filters"] and "Excel" in asked["filters"]
    out = tmp_path / "stock.pdf"
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Stock value and days sold out" in text and "Days a product was sold out" in text
    assert "How it was worked out" in text and section.export_button.isEnabled()
    assert export_path("/x/r.xlsx", EXPORT_FILTERS[1]) == "/x/r.xlsx"
    assert export_path("/x/r.csv", EXPORT_FILTERS[0]) == "/x/r.csv.xlsx"


@pytest.mark.slow
def test_the_new_reports_on_the_demo_shop(qtbot, make_demo_window, settle):
    """Stock (above order-up-to, movers), forecast accuracy, roster and receivables open on the
    demo shop's data at 1366×768 with a chart that draws something and their own tables."""
    win = make_demo_window("owner", (1366, 768))
    assert win.show_page("reports")
    page = win.page("reports")
    settle(page.ctx)
    expected = {"Stock value and days sold out": ("Stock value above the order-up-to level at the end",
                                                  "Fastest movers"),
                "Forecast accuracy": ("Forecast error, weighted by units sold", "By demand class"),
                "Roster: wage cost, cover and fairness": ("Wage cost as a share of sales (weeks with a roster)",
                                                          "Per person"),
                "Receivables and cash flow": ("Days sales outstanding", "Aging at each week's end")}
    for title, (figure, tab) in expected.items():
        section = open_section(qtbot, page, title, settle)
        labels = [section.figures.item(r, 0).text() for r in range(section.figures.rowCount())]
        assert figure in labels, (title, labels)
        row = labels.index(figure)
        assert section.figures.item(row, 1).text() not in ("", "—"), title       # the demo has the data
        assert tab in [section.tabs.tabText(i) for i in range(section.tabs.count())]
        drawn = [s for s in section.chart.chart["series"] if any(v for v in s["values"])]
        assert drawn, f"{title}: the chart draws nothing"
        if SHOTS:
            Path(SHOTS).mkdir(parents=True, exist_ok=True)
            win.grab().save(str(Path(SHOTS) / f"demo-{section.name}.png"))
