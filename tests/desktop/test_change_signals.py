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
