"""Every money column in the main tables shows the shop's currency, dates use the one table format,
and pickers use the locale's date format — read from the shop's settings, not hard-coded."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateEdit

from core.automation.registry import JobContext
from core.invoicing import jobs

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "invoicing"))
from inv_helpers import customer, lines  # noqa: E402

POUNDS = re.compile(r"^-?£\d{1,3}(,\d{3})*\.\d{2}$")
TABLE_DATE = re.compile(r"^\d{1,2} [A-Z][a-z]{2} \d{4}$")          # 25 Nov 2026


def _column(model, title: str) -> list[str]:
    titles = [c.title for c in model.columns]
    assert title in titles, f"no column {title!r} in {titles}"
    col = titles.index(title)
    return [model.data(model.index(r, col), Qt.ItemDataRole.DisplayRole) for r in range(model.rowCount())]


def _money_column(model, title: str) -> None:
    cells = [c for c in _column(model, title) if c]
    assert cells, f"column {title!r} is empty"
    for c in cells:
        assert POUNDS.match(c), f"{title}: {c!r} is not an amount in pounds"


def _show(qtbot, page, settle, ctx):
    qtbot.addWidget(page)
    page.resize(1300, 760)
    page.show()
    settle(ctx)
    return page


@pytest.mark.slow
def test_money_columns_carry_the_shops_currency(qtbot, app, owner, make_ctx, settle):
    from datetime import date
    app.settings.update(owner, {"shop.currency": "GBP", "shop.locale": "en_GB"})
    inv_svc = app.inventory
    sup = inv_svc.create_supplier(owner, "Bakers Ltd", lead_time_days=2)
    bread = inv_svc.create_product(owner, "BRD", "Sourdough loaf", category="Bread", cost="1.20", price="3.50",
                                   supplier_id=sup.id)
    inv_svc.create_product(owner, "CRS", "Croissant", category="Pastry", cost="0.4", price="1.6", supplier_id=sup.id)
    inv_svc.create_purchase_order(owner, sup.id, [{"product_id": bread.id, "quantity": 12}])
    cust = customer(app, owner)
    app.invoicing.add_agreement(owner, cust.id, "Monthly platters", "monthly", date(2026, 11, 1),
                                lines(("Sandwich platter", "4", "32", "standard")))
    jobs.recurring_drafts(JobContext(app=app, job_id="invoicing.recurring_drafts", run_id=None,
                                     as_of=app.today(), started_at=app.clock.now()))   # an inbox item with a value
    inv = app.invoicing.create_draft(owner, cust.id, lines(("Cake", "3", "1234.5", "standard")))
    app.invoicing.issue(owner, inv.id)
    ctx = make_ctx(owner)

    from desktop.pages.inventory.page import InventoryPage
    page = _show(qtbot, InventoryPage(ctx), settle, ctx)
    _money_column(page.products.model, "Cost")
    _money_column(page.products.model, "Price")
    assert "£3.50" in _column(page.products.model, "Price")
    page.orders.refresh()
    settle(ctx)
    _money_column(page.orders.model, "Total")
    assert all(TABLE_DATE.match(d) for d in _column(page.orders.model, "Ordered"))

    from desktop.pages.invoices.page import InvoicesPage
    page = _show(qtbot, InvoicesPage(ctx), settle, ctx)
    tab = page.invoices
    tab.set_view(None)
    settle(ctx)
    _money_column(tab.model, "Total")
    _money_column(tab.model, "Open")
    assert "£4,444.20" in _column(tab.model, "Total")                     # 3 × 1234.50 + 20 % tax
    assert "25 Nov 2026" in _column(tab.model, "Date")
    assert "Tax 20%: £740.70" in tab.detail.totals.text()                 # never "2E+1 %"

    from desktop.pages.inbox.page import InboxPage
    page = InboxPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitUntil(lambda: not page._loading and page.model.rowCount() > 0, timeout=10_000)
    _money_column(page.model, "Value")
    assert "£153.60" in _column(page.model, "Value")


def test_pickers_follow_the_locale(qtbot, app, owner, make_ctx, settle):
    app.settings.update(owner, {"shop.locale": "de_DE"})
    ctx = make_ctx(owner)
    from desktop.pages.inbox.page import InboxPage
    page = InboxPage(ctx)
    qtbot.addWidget(page)
    settle(ctx)
    pickers = page.findChildren(QDateEdit)
    assert pickers and all(p.displayFormat() == "dd.MM.yyyy" for p in pickers)
    assert re.fullmatch(r"\d{2}\.\d{2}\.\d{4}", pickers[0].text())


def test_chart_axes_follow_the_shops_locale(qtbot, app, owner, make_ctx):
    """A chart on a page reads its numbers and dates like the page: a German shop's axis says
    "1.500" and "30. Nov.", also for older cards whose axis was stored as ISO dates."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from desktop.widgets.chart import ChartWidget
    app.settings.update(owner, {"shop.locale": "de_DE"})
    page = QWidget()
    page.ctx = make_ctx(owner)
    chart = ChartWidget({"type": "line", "x": ["2026-11-30", "2026-12-07", "week 3"],
                         "series": [{"name": "Sales", "values": [0, 1500, 2500.5]}]})
    QVBoxLayout(page).addWidget(chart)
    qtbot.addWidget(page)
    page.resize(500, 260)
    page.show()
    assert chart.x_labels() == ["30. Nov.", "7. Dez.", "week 3"]
    assert chart.tick_labels([0, 1500, 2500.5], 1) == ["0", "1.500", "2.500,5"]
    chart.grab()                                         # paints with them
    loose = ChartWidget({"x": ["2026-11-30"]})           # outside a page: the default formats
    assert loose.x_labels() == ["30 Nov"]
