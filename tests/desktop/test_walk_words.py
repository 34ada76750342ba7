"""Things found walking every page as each role at 1366×768: headings that must be readable in
full, amounts that name their currency, what a job drafts named as people read it."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.core.inventory.conftest import shop  # noqa: F401 - fixture
from tests.core.scheduling.sched_helpers import small_shop
from tests.desktop.conftest import schedule_page_class, show_page


def test_the_reorder_editors_headings_are_never_cut(qtbot, app, owner, make_ctx):
    from desktop.pages.inventory.reorder_editor import COLS, ReorderEditor
    ed = ReorderEditor()
    qtbot.addWidget(ed)
    ed.resize(560, 400)                                  # the inbox's narrow proposal pane
    ed.show()
    hh = ed.table.horizontalHeader()
    metrics = hh.fontMetrics()
    for col, title in enumerate(COLS):
        assert hh.sectionSize(col) >= metrics.horizontalAdvance(title) + 12, title


def test_the_hourly_cost_names_the_shops_currency(qtbot, app, owner, make_ctx):
    app.settings.update(owner, {"shop.currency": "GBP"})
    small_shop(app, owner)
    ctx, page = show_page(qtbot, make_ctx, schedule_page_class(), owner, (1300, 760))
    tab = page.staff
    label = tab.form.labelForField(tab.cost)
    assert label is not None and label.text() == "Hourly cost (£)"


def test_a_job_names_what_it_drafts_as_people_read_it(qtbot, app, owner, make_ctx, settle):
    from desktop.pages.automation.page import AutomationPage
    ctx, page = show_page(qtbot, make_ctx, AutomationPage, owner, (1300, 760))
    settle(ctx)
    row = next(r for r in range(page.jobs_table.rowCount())
               if page.jobs_table.item(r, 1).data(Qt.ItemDataRole.UserRole) == "inventory.reorder")
    page.jobs_table.selectRow(row)
    text = page.desc_label.text()
    assert "Drafts: reorder suggestions." in text and "Drafts: reorder." not in text


def test_an_invoices_status_shows_on_a_laptop_screen(qtbot, app, owner, make_window, settle):
    win = make_window(owner)
    win.setWindowState(win.windowState() & ~Qt.WindowState.WindowMaximized)
    win.resize(1366, 768)
    win.show_page("invoices")
    settle(win.ctx)
    table = win.pages["invoices"].invoices.table
    status = [c.title for c in table.model().columns].index("Status")
    right = table.columnViewportPosition(status) + table.columnWidth(status)
    assert right <= table.viewport().width() - 15      # even with a vertical scroll bar beside it


def test_the_stock_figures_read_in_plain_words_with_the_terms_on_hover(qtbot, app, owner, shop, make_ctx,  # noqa: F811
                                                                       settle):
    from desktop.pages.reports.page import discover_sections
    sec = next(s for s in discover_sections() if s.title == "Inventory")
    ctx = make_ctx(owner)
    w = sec.factory(ctx)
    qtbot.addWidget(w)
    settle(ctx)
    form = w.layout().itemAt(1).layout()
    titles = [form.itemAt(r, form.ItemRole.LabelRole).widget().text() for r in range(form.rowCount())]
    assert "Days a product was sold out" in titles and not any("MAPE" in t or "product-days" in t for t in titles)
    assert "Stockout product-days" in w.labels["stockout_product_days"].toolTip()
    assert "Weighted MAPE" in w.labels["forecast"].toolTip()
    assert "of what was sold" in w.labels["forecast"].text()
    assert w.labels["inventory_turnover"].text().endswith(" times")


def test_the_activity_report_names_the_automation_and_counts_as_the_shop_does(main_window, app, owner, settle):
    from desktop.pages.audit.reports import ActivitySection
    app.settings.update(owner, {"shop.locale": "de_DE"})
    app.inventory.create_product(owner, "A1", "Ofen", cost="2000", price="1234.50")
    assert app.automation.run_now(owner, "automation.data_quality", trigger="manual").outcome == "ok"
    main_window.show_page("reports")
    settle(main_window.ctx)
    page = main_window.pages["reports"]
    titles = [s.title for s in page.sections]
    page.nav.setCurrentRow(titles.index("Activity (audit log)"))
    settle(main_window.ctx)
    section = page.current_section()
    assert isinstance(section, ActivitySection)
    people = [section.table.verticalHeaderItem(r).text() for r in range(section.table.rowCount())]
    assert "Deskmate (automatic)" in people and "deskmate-automation" not in people
    assert ".2026" in section.summary.text() and "changes from" in section.summary.text()   # 25.11.2026
