"""The ordering-day change learnt from rejections, reviewed in the Review Inbox page: its reasons
are shown and A approves it (core: tests/core/inventory/test_learn_rejections.py)."""
from __future__ import annotations

from tests.core.inventory.conftest import shop  # noqa: F401
from tests.core.inventory.test_learn_rejections import _reject_todays_reorder, learn

def test_the_learnt_change_is_reviewed_in_the_inbox_page(qtbot, app, owner, shop, clock):
    """The proposal shows in the Review Inbox with its reasons, and A approves it there."""
    from PySide6.QtCore import Qt

    from desktop.bridge import Bridge
    from desktop.context import DesktopContext
    from desktop.pages.inbox.page import InboxPage
    from desktop.tasks import TaskRunner
    for reason in ("Mondays only", "delivers Mondays only", "Mondays only please"):
        _reject_todays_reorder(app, owner, clock, reason)
    (item,) = learn(app, owner)
    ctx = DesktopContext(app, owner, TaskRunner(), Bridge())
    page = InboxPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.id == item.id and not page._loading,
                    timeout=5000)
    assert "rejected the reorder from Bakers Ltd 3 times" in page.reason_view.text.toPlainText()
    with qtbot.waitSignal(page.decided, timeout=5000):
        qtbot.keyClick(page.table, Qt.Key.Key_A)
    ctx.tasks.wait()
    assert app.inventory.supplier(shop["supplier"].id).ordering_days == "0"
