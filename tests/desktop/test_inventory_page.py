"""Inventory GUI: import with errors, approve and edit a reorder suggestion, receive goods."""
from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from core.inbox.service import InboxFilter
from tests.core.inventory.conftest import shop  # noqa: F401 - fixture


@pytest.fixture
def page(open_page, owner):
    from desktop.pages.inventory.page import InventoryPage
    return open_page(InventoryPage, owner)[1]


def test_import_with_errors_shows_them_and_writes_nothing(qtbot, app, page, tmp_path, settle):
    f = tmp_path / "sales.csv"
    f.write_text("Date,Item,Quantity\n2017-01-01,Tea,2\n2017-01-02,Tea,lots\n")
    imp = page.importer.panel
    imp.set_kind("sales")
    imp.path.setText(str(f))
    with qtbot.waitSignal(imp.finished, timeout=10_000):
        imp.import_btn.click()
    assert "nothing was written" in imp.result.text()
    assert imp.problem_texts()[0] == "sales.csv, row 3, column 'Quantity': 'lots' is not a number"
    assert [imp.problems.item(0, c).text() for c in range(4)] == ["sales.csv", "3", "Quantity", "'lots' is not a number"]
    assert app.inventory.products() == []
    imp.skip_invalid.setChecked(True)
    with qtbot.waitSignal(imp.finished, timeout=10_000):
        imp.import_btn.click()
    assert "imported 1 of 2 rows" in imp.result.text()
    settle(page.ctx)
    assert page.products.model.rowCount() == 1


def test_receive_goods_dialog(qtbot, app, owner, shop, page, settle):  # noqa: F811
    po = app.inventory.create_purchase_order(owner, shop["supplier"].id,
                                             [{"product_id": shop["bread"].id, "quantity": 12}])
    page.orders.refresh()
    settle(page.ctx)
    page.orders.table.selectRow(page.orders.model.row_of(po.row.id))
    page.orders.receive_selected()
    settle(page.ctx)
    dlg = page.orders.dialog
    assert dlg is not None and dlg.table.item(0, 4).text() == "12"
    dlg.table.item(0, 4).setText("10")
    with qtbot.waitSignal(page.orders.received, timeout=10_000):
        dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert app.inventory.purchase_order(po.row.id).row.status == "partly_received"
    assert app.inventory.product(shop["bread"].id).on_hand == Decimal(20)
    assert page.orders.lines.item(0, 3).text() == "10"          # received so far, shown under the order


def test_stocktake_shows_variance(qtbot, app, shop, page, settle):  # noqa: F811
    page.stocktake.refresh()
    settle(page.ctx)
    row = [p.sku for p in page.stocktake.rows].index("CRS")
    page.stocktake.set_count(row, "395")
    assert page.stocktake.table.item(row, 4).text() == "-5"
    page.stocktake.save.click()
    settle(page.ctx)
    assert app.inventory.product(shop["croissant"].id).on_hand == 395


def _inbox(qtbot, make_ctx, actor):
    from desktop.pages.inbox.page import InboxPage
    ctx = make_ctx(actor)
    p = InboxPage(ctx)
    qtbot.addWidget(p)
    p.resize(1300, 800)
    p.show()
    qtbot.waitUntil(lambda: p.detail is not None and not p._loading, timeout=10_000)
    return p


def test_approve_reorder_suggestion_in_the_inbox(qtbot, app, owner, shop, make_ctx):  # noqa: F811
    from PySide6.QtCore import Qt
    app.automation.run_now(owner, "inventory.reorder", as_of=app.today())
    sid = app.inbox.list(InboxFilter(kind="reorder"))[0].id
    inbox = _inbox(qtbot, make_ctx, owner)
    from desktop.pages.inventory.reorder_editor import ReorderEditor
    assert isinstance(inbox.editor, ReorderEditor)
    assert inbox.editor.table.rowCount() == 2
    assert "Reorder point" in inbox.editor.card.text.toPlainText()
    # the card states the owner's fill-rate target and the fill rate its replay reached
    row = next(r for r in range(inbox.editor.table.rowCount())
               if "BRD" in " ".join(inbox.editor.table.item(r, c).text() for c in range(inbox.editor.table.columnCount())
                                    if inbox.editor.table.item(r, c)))
    inbox.editor.table.selectRow(row)
    card = inbox.editor.card.text.toPlainText().replace("\u00a0", "").replace("\u202f", "").replace(" %", "%")
    assert "Fill rate target 95%" in card and "Fill rate in the replay" in card
    group = next(r for r in app.inventory.policy() if r["sku"] == "BRD")["target_group_replay_fill_rate"]
    assert f"{100 * group:.1f}".replace(".", ",") in card or f"{100 * group:.1f}" in card
    with qtbot.waitSignal(inbox.decided, timeout=10_000):
        qtbot.keyClick(inbox.table, Qt.Key.Key_A)
    assert app.inbox.get(sid).state == "applied"
    assert len(app.inventory.purchase_orders()) == 1


def test_edit_reorder_suggestion_records_override(qtbot, app, owner, shop, make_ctx):  # noqa: F811
    from PySide6.QtCore import Qt
    app.automation.run_now(owner, "inventory.reorder", as_of=app.today())
    sid = app.inbox.list(InboxFilter(kind="reorder"))[0].id
    inbox = _inbox(qtbot, make_ctx, owner)
    ed = inbox.editor
    row = [ed.table.item(r, 0).text() for r in range(ed.table.rowCount())].index("BRD")
    proposed = Decimal(ed.table.item(row, 2).text())
    ed.set_quantity(row, str(proposed + 6), "school trip order")
    inbox.table.setFocus()
    qtbot.keyClick(inbox.table, Qt.Key.Key_E)
    inbox.dialog.setTextValue("extra for the school trip")
    with qtbot.waitSignal(inbox.decided, timeout=10_000):
        inbox.dialog.accept()
    d = app.inbox.get(sid)
    assert d.decision == "edited"
    po = app.inventory.purchase_order(app.inventory.purchase_orders()[0].id)
    assert {ln.sku: ln.quantity for ln in po.lines}["BRD"] == proposed + 6
    from core.inventory.models import ReorderOverride
    with app.db.read() as s:
        ov = s.query(ReorderOverride).one()
    assert ov.reason == "school trip order"


def test_manual_order_supplier_and_product_edits(qtbot, app, owner, shop, page, settle):  # noqa: F811
    # a purchase order by hand
    page.orders.new_order()
    settle(page.ctx)
    dlg = page.orders.new_dialog
    dlg.set_line(0, "CRS", "24")
    with qtbot.waitSignal(dlg.accepted, timeout=10_000):
        dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle(page.ctx)
    assert dlg.created.lines[0].quantity == 24 and page.orders.model.rowCount() == 1
    # a supplier
    page.suppliers._dialog(None)
    sd = page.suppliers.dialog
    sd.name.setText("Oat Co")
    sd.lead.setText("5")
    sd.days.setText("Tue, Fri")
    with qtbot.waitSignal(sd.accepted, timeout=10_000):
        sd.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    oat = [s for s in app.inventory.suppliers() if s.name == "Oat Co"][0]
    assert oat.lead_time_days == 5 and oat.ordering_days == "1,4"
    # a product's parameters
    page.products.refresh()
    settle(page.ctx)
    page.products.table.selectRow(page.products.model.row_of(shop["bread"].id))
    settle(page.ctx)
    form = page.products.detail.form
    assert form.fields["sku"].text() == "BRD"
    form.fields["fill_rate_target"].setText("0.98")
    form.fields["owner_min"].setText("10")
    form.fields["owner_max"].setText("40")
    form.terms["pack_size"].setText("8")
    form.terms["price"].setText("1.05")
    with qtbot.waitSignal(form.saved, timeout=10_000):
        form.save_btn.click()
    p = app.inventory.product(shop["bread"].id)
    assert (p.fill_rate_target, p.owner_min, p.owner_max) == (Decimal("0.98"), 10, 40)
    terms = app.inventory.supplier_terms(p.id, p.supplier_id)
    assert (terms["pack_size"], terms["price"]) == (8, Decimal("1.05"))


def test_policy_check_draws_the_curve_for_the_shops_sales(qtbot, app, shop, page):  # noqa: F811
    pc = page.policy_check
    with qtbot.waitSignal(pc.finished, timeout=30_000) as blocker:
        pc.run_btn.click()
    res = blocker.args[0]
    assert isinstance(res, dict) and "Baseline: fill rate" in pc.summary.text()
    series = pc.chart.chart["series"]
    assert series[0]["name"].startswith("Deskmate") and series[1]["name"] == "Baseline min/max"
    assert series[2]["name"].startswith("Careful min/max")
    careful = res["careful_baseline"]
    assert round(100 * careful["fill_rate"], 1) in series[2]["values"]
    assert "careful owner's min/max" in pc.summary.text()
    assert pc.table.rowCount() == len(res["policies"])


def test_kpi_section_on_the_reports_page(qtbot, app, owner, shop, make_ctx, settle):  # noqa: F811
    from desktop.pages.reports.page import discover_sections
    sec = [s for s in discover_sections() if s.title == "Inventory"][0]
    ctx = make_ctx(owner)
    w = sec.factory(ctx)
    qtbot.addWidget(w)
    settle(ctx)
    assert w.labels["stock_value"].text() not in ("", "…")
    assert "%" in w.labels["forecast"].text()
    assert w.labels["decisions"].text() == "0 / 0 / 0"


def test_cancelling_a_background_import_writes_nothing(qtbot, app, page, tmp_path):
    f = tmp_path / "big.csv"
    f.write_text("Date,Item\n" + "".join(f"2017-01-{1 + i % 28:02d},Item {i % 40}\n" for i in range(30_000)))
    imp = page.importer.panel
    imp.set_kind("sales")
    imp.path.setText(str(f))
    # the person presses Cancel as soon as the progress bar first moves
    imp.bar.valueChanged.connect(lambda v: v > 0 and imp.cancel_btn.isEnabled() and imp.cancel_btn.click())
    with qtbot.waitSignal(imp.finished, timeout=30_000) as sig:
        imp.import_btn.click()
        assert imp.cancel_btn.isEnabled() and not imp.import_btn.isEnabled()
    from core.kernel.progress import Cancelled
    assert isinstance(sig.args[0], Cancelled)
    assert imp.result.text() == "Import cancelled: nothing was written."
    assert app.inventory.products() == [] and imp.import_btn.isEnabled() and not imp.cancel_btn.isEnabled()


def test_a_change_elsewhere_refreshes_the_orders_and_keeps_the_selected_one(qtbot, app, owner, shop, page,  # noqa: F811
                                                                           settle):
    first = app.inventory.create_purchase_order(owner, shop["supplier"].id,
                                                [{"product_id": shop["bread"].id, "quantity": 12}])
    settle(page.ctx)          # no refresh called by hand: core's change notification did it
    page.orders.table.selectRow(page.orders.model.row_of(first.row.id))
    settle(page.ctx)
    second = app.inventory.create_purchase_order(owner, shop["supplier"].id,      # e.g. another desktop
                                                 [{"product_id": shop["bread"].id, "quantity": 3}])
    settle(page.ctx)
    assert second.row.id in page.orders.model.ids()
    assert page.orders.selected_id() == first.row.id
    assert page.orders.lines.item(0, 2).text() == "12"


def test_stocktake_counts_are_checked_as_typed(qtbot, app, owner, shop, page, settle):  # noqa: F811
    from core.kernel.errors import ValidationError
    tab = page.stocktake
    tab.refresh()
    settle(page.ctx)
    row = [p.sku for p in tab.rows].index("CRS")
    tab.set_count(row, "lots")
    assert not tab.save.isEnabled() and not tab.errors.isHidden()
    assert tab.errors.text() == "CRS, counted: 'lots' is not a number"
    assert tab.table.item(row, 4).text() == ""                    # no variance for a non-number
    tab.set_count(row, "-3")
    assert "CRS, counted: cannot be negative" in tab.errors.text() and not tab.save.isEnabled()
    tab.set_count(row, "397")
    assert tab.save.isEnabled() and tab.errors.isHidden() and tab.table.item(row, 4).text() == "-3"
    with pytest.raises(ValidationError, match="counted quantity cannot be negative"):       # core: the same rule
        app.inventory.stocktake(owner, {shop["croissant"].id: "-3"})


def test_stock_adjustment_is_checked_as_typed(qtbot, app, owner, shop, page, settle):  # noqa: F811
    from PySide6.QtCore import Qt

    from core.kernel.errors import ValidationError
    detail = page.products.detail
    detail.show_product(shop["bread"].id)
    settle(page.ctx)
    check = detail.adj_check
    assert not detail.adj_btn.isEnabled()                         # nothing typed yet
    qtbot.keyClicks(detail.adj_qty, "abc")
    assert check.message_for(detail.adj_qty) == "'abc' is not a number"
    detail.adj_qty.setText("0")
    assert check.message_for(detail.adj_qty) == "cannot be 0"
    detail.adj_qty.setText("-2")
    assert not detail.adj_btn.isEnabled() and "Reason: enter why the stock changes" in detail.adj_btn.toolTip()
    qtbot.keyClicks(detail.adj_reason, "dropped a tray")
    assert detail.adj_btn.isEnabled()
    before = app.inventory.product(shop["bread"].id).on_hand
    qtbot.mouseClick(detail.adj_btn, Qt.MouseButton.LeftButton)
    settle(page.ctx)
    assert app.inventory.product(shop["bread"].id).on_hand == before - 2
    assert detail.adj_qty.text() == "" and not detail.adj_qty.property("invalid")
    with pytest.raises(ValidationError, match="reason: enter why"):                # core: the same rules
        app.inventory.adjust_stock(owner, shop["bread"].id, "-2", " ")
    with pytest.raises(ValidationError, match="quantity: cannot be 0"):
        app.inventory.adjust_stock(owner, shop["bread"].id, "0", "typo")


def test_the_product_form_keeps_a_shelf_life_checked_as_typed(qtbot, app, owner, shop, page, settle):  # noqa: F811
    page.products.table.selectRow(page.products.model.row_of(shop["bread"].id))
    settle(page.ctx)
    form = page.products.detail.form
    box = form.fields["shelf_life_days"]
    assert box.text() == "" and box.placeholderText() == "blank: it keeps"
    qtbot.keyClicks(box, "1.5")
    assert not form.save_btn.isEnabled() or not form.validator.show_all()      # whole days only
    box.clear()
    qtbot.keyClicks(box, "2")
    with qtbot.waitSignal(form.saved, timeout=10_000):
        form.save_btn.click()
    assert app.inventory.product(shop["bread"].id).shelf_life_days == 2
    settle(page.ctx)
    page.products.table.selectRow(page.products.model.row_of(shop["croissant"].id))
    settle(page.ctx)
    page.products.table.selectRow(page.products.model.row_of(shop["bread"].id))
    settle(page.ctx)
    assert page.products.detail.form.fields["shelf_life_days"].text() == "2"          # loaded back
