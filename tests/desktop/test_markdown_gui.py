"""A markdown in the Review Inbox: the card with cover, margin effect and sell-through; the owner
edits the price and the period (E) and applies it; the product's price changes."""
from __future__ import annotations

from datetime import timedelta
from decimal import Decimal as D

from PySide6.QtCore import QSettings, Qt

from core.inventory import ledger, markdowns
from desktop.bridge import Bridge
from desktop.context import DesktopContext
from desktop.tasks import TaskRunner


def test_edit_and_apply_a_markdown(qtbot, app, owner, tmp_path):
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "ui"))
    from desktop.pages.inbox.page import InboxPage
    inv = app.inventory
    jam = inv.create_product(owner, "JAM", "Quince jam", cost="2.00", price="5.00")
    today = app.today()
    with app.db.uow() as s:
        ledger.post(s, owner, [ledger.Move(jam.id, today - timedelta(days=k), "sale", -D(1 + k % 2))
                               for k in range(1, 91)], app.clock.now())
    inv.stocktake(owner, {jam.id: D(500)})                       # about a year of jam
    assert app.automation.run_now(owner, markdowns.JOB).created == 1

    ctx = DesktopContext(app, owner, TaskRunner(), Bridge())
    page = InboxPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    qtbot.waitUntil(lambda: not page._loading and page.detail is not None and page.detail.kind == markdowns.KIND
                    and not page.busy, timeout=10000)
    sid = page.detail.id
    text = page.reason_view.text.toPlainText()
    for words in ("weeks of stock at its current pace", "weeks of cover now", "margin a unit: now, after",
                  "expected sell-through in the period: now, after", "the demand uplift is an assumption"):
        assert words in text, words
    qtbot.keyClick(page.table, Qt.Key.Key_E)
    page.editor.set_field("new_price", "4.00")
    page.editor.set_field("days", 21)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_E)
    page.dialog.setTextValue("a gentler markdown")
    with qtbot.waitSignal(page.decided, timeout=10000):
        page.dialog.accept()
    assert inv.product_by_sku("JAM").price == D("4.00")
    done = app.inbox.get(sid)
    assert done.state == "applied" and done.applied_payload["days"] == 21 and "until" in done.result
    ctx.tasks.wait()
