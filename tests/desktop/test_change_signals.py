"""Pages refresh from what core says changed: committed units of work become data_changed(area)."""
from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication


def test_a_commit_becomes_one_data_changed_per_area(make_ctx, app, owner, qtbot):
    ctx = make_ctx(owner)
    areas: list[str] = []
    inbox: list[bool] = []
    ctx.bridge.data_changed.connect(areas.append)
    ctx.bridge.suggestions_changed.connect(lambda: inbox.append(True))
    app.inventory.create_product(owner, "BRE-001", "Bread")
    app.inventory.create_product(owner, "BRE-002", "Rye")      # same event-loop pass: coalesced
    qtbot.waitUntil(lambda: "inventory" in areas, timeout=5000)
    QApplication.processEvents()
    assert areas.count("inventory") == 1 and "kernel" in areas and not inbox


def test_a_change_on_a_worker_thread_arrives_on_the_gui_thread(make_ctx, app, owner, qtbot):
    ctx = make_ctx(owner)
    where: list[bool] = []
    ctx.bridge.data_changed.connect(
        lambda area: where.append(threading.current_thread() is threading.main_thread()))
    t = threading.Thread(target=app.inventory.create_product, args=(owner, "BRE-003", "Spelt"))
    t.start()
    t.join()
    qtbot.waitUntil(lambda: bool(where), timeout=5000)
    assert all(where)


def test_one_bridge_listens_once_however_many_contexts_share_it(make_ctx, app, owner, staff, qtbot):
    first = make_ctx(owner)
    from desktop.context import DesktopContext
    again = DesktopContext(app=app, actor=staff, tasks=first.tasks, bridge=first.bridge)  # log out, in
    areas: list[str] = []
    again.bridge.data_changed.connect(areas.append)
    app.inventory.create_product(owner, "BRE-004", "Oat")
    qtbot.waitUntil(lambda: "inventory" in areas, timeout=5000)
    QApplication.processEvents()
    assert areas.count("inventory") == 1
    first.bridge.detach_changes()
    app.inventory.create_product(owner, "BRE-005", "Barley")
    qtbot.wait(20)
    assert areas.count("inventory") == 1


def test_an_inbox_change_also_says_suggestions_changed(make_ctx, app, owner, qtbot):
    from core.inbox.reason import reason_card
    ctx = make_ctx(owner)
    heard: list[bool] = []
    ctx.bridge.suggestions_changed.connect(lambda: heard.append(True))
    with app.db.uow() as s:
        app.inbox.draft(s, kind="data_quality", subject_type="thing", subject_id=1, title="check",
                        payload={}, reason=reason_card(explanation="t"))
    qtbot.waitUntil(lambda: bool(heard), timeout=5000)


# -------------------------------------------- open pages follow changes made through core alone
# No widget says anything here: each change is a plain core service call, as a job, the inbox or a
# second window would make it. The open page must show it because core published the change.

def test_an_open_inventory_page_shows_a_product_created_through_core(qtbot, app, owner, make_ctx, settle):
    from desktop.pages.inventory.page import InventoryPage
    ctx = make_ctx(owner)
    page = InventoryPage(ctx)
    qtbot.addWidget(page)
    page.show()
    settle(ctx)
    assert page.products.model.rowCount() == 0
    app.inventory.create_product(owner, "BRE-010", "Sourdough")
    qtbot.waitUntil(lambda: page.products.model.rowCount() == 1, timeout=10_000)
    assert page.products.count.text() == "1 product"


def test_an_open_invoice_list_shows_an_invoice_drafted_through_core(qtbot, app, owner, make_ctx, settle):
    from decimal import Decimal

    from core.invoicing.service import LineDraft
    from desktop.pages.invoices.page import InvoicesPage
    cust = app.customers.create(owner, name="Ann Smith")
    ctx = make_ctx(owner)
    page = InvoicesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    settle(ctx)
    assert page.invoices.model.rowCount() == 0
    app.invoicing.create_draft(owner, cust.id, [LineDraft("Job", Decimal(1), Decimal(20), "zero")])
    qtbot.waitUntil(lambda: page.invoices.model.rowCount() == 1, timeout=10_000)


def test_the_window_title_follows_a_shop_renamed_through_core(qtbot, app, owner, make_window):
    win = make_window(owner)
    app.settings.update(owner, {"shop.name": "Corner Shop"})
    qtbot.waitUntil(lambda: win.windowTitle().startswith("Corner Shop"), timeout=10_000)
