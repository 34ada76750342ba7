"""Where a person reads core's texts in the window — an inbox item's history, the line above a
product's stock chart — numbers, money and dates follow the shop's formats, and the automation
appears as the job that drafted, never as "deskmate-automation"."""
from __future__ import annotations

from decimal import Decimal

from core.inbox.service import InboxFilter
from core.kernel.actor import SYSTEM
from tests.desktop.conftest import show_page


def test_the_inbox_history_names_the_job_and_uses_the_shops_dates(qtbot, app, owner, make_ctx):
    from desktop.pages.inbox.page import InboxPage
    app.settings.update(owner, {"shop.locale": "de_DE", "shop.timezone": "Europe/Berlin"})
    app.inventory.create_product(owner, "A1", "Ofen", cost="2000", price="1234.50")
    run = app.automation.run_now(owner, "automation.data_quality", trigger="manual")
    assert run.outcome == "ok", run.error
    sid = next(i.id for i in app.inbox.list(InboxFilter(kind="data_quality")) if "Ofen" in i.title)
    ctx, page = show_page(qtbot, make_ctx, InboxPage, owner, (1300, 760))
    row = next(r for r in range(page.model.rowCount()) if page.model.id_at(r) == sid)
    page.select_row(row)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.id == sid, timeout=10_000)
    lines = [page.history.item(i).text() for i in range(page.history.count())]
    drafted = app.inbox.get(sid).events[0]
    assert lines[0] == f"{ctx.formats.datetime(drafted.at)} Data-quality check (automatic): drafted"
    assert "25.11.2026" in lines[0] and not any(SYSTEM.username in ln for ln in lines)
    assert "1.234,50\u00a0€" in page.title_label.text()


def test_the_product_caption_reads_in_the_shops_numbers(qtbot, app, owner, make_ctx, settle):
    from desktop.pages.inventory.products import ProductDetail
    app.settings.update(owner, {"shop.locale": "de_DE"})
    sup = app.inventory.create_supplier(owner, "Mühle", lead_time_days=2)
    p = app.inventory.create_product(owner, "MEHL", "Mehl", cost="1.20", price="3.50", supplier_id=sup.id,
                                     owner_min="1200.5", owner_max="2500")     # no history yet: these count
    app.inventory.adjust_stock(owner, p.id, Decimal("1234.5"), "Lieferung")
    ctx, detail = show_page(qtbot, make_ctx, ProductDetail, owner, (900, 700))
    detail.show_product(p.id)
    qtbot.waitUntil(lambda: detail.figures.text() != "", timeout=10_000)
    text = detail.figures.text()
    assert text.startswith("On hand 1.234,5, on order 0. No sales in its history yet;") and "a delivery takes 2 days" in text
    assert "of what is asked for" in text and "\u00a0%" in text          # "95 %": the locale's percent
    pol = next(r for r in app.inventory.policy() if r["product_id"] == p.id)
    assert pol["reorder_point"] is not None and f"reorder at {ctx.formats.number(pol['reorder_point'], 2)}" in text
    assert "How it sells:" in detail.figures.toolTip()


def test_the_audit_log_names_the_automation_in_words_and_dates_as_the_shop_does(
        qtbot, app, owner, main_window, settle):
    from PySide6.QtCore import Qt
    app.settings.update(owner, {"shop.locale": "de_DE", "shop.timezone": "Europe/Berlin"})
    app.inventory.create_product(owner, "A1", "Ofen", cost="2000", price="1234.50")
    assert app.automation.run_now(owner, "automation.data_quality", trigger="manual").outcome == "ok"
    main_window.show_page("audit")
    settle(main_window.ctx)
    page = main_window.pages["audit"]
    page.refresh()
    settle(main_window.ctx)
    who = [page.model.data(page.model.index(r, 1), Qt.ItemDataRole.DisplayRole) for r in range(page.model.rowCount())]
    assert "Deskmate (automatic)" in who and not any(SYSTEM.username in w for w in who)
    names = [page.user_combo.itemText(i) for i in range(page.user_combo.count())]
    assert "Deskmate (automatic)" in names and SYSTEM.username not in names
    assert page.user_combo.itemData(names.index("Deskmate (automatic)")) == SYSTEM.username   # still filters
    row = next(r for r in range(page.model.rowCount()) if who[r] == "Deskmate (automatic)")
    page.table.selectRow(row)
    settle(main_window.ctx)
    detail = page.detail.toPlainText()
    assert "Deskmate (automatic)" in detail and "Mi 25.11.2026, 10:00:00" in detail      # to the second
