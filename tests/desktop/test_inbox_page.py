"""The Review Inbox page with real widgets: keyboard decisions, batches, errors, threads."""
from __future__ import annotations

import sys
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel, QSettings, Qt, QThread
from PySide6.QtWidgets import QMessageBox

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "automation"))
import automation_testkit as kit  # noqa: E402
from automation_testkit import draft_note, kit_installed, notes  # noqa: E402,F401

from desktop.bridge import Bridge  # noqa: E402
from desktop.context import DesktopContext  # noqa: E402
from desktop.tasks import TaskRunner  # noqa: E402


@pytest.fixture(autouse=True)
def _ui_settings(tmp_path):
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "ui"))


def make_ctx(app, actor) -> DesktopContext:
    return DesktopContext(app, actor, TaskRunner(), Bridge())


def open_page(qtbot, ctx):
    from desktop.pages.inbox.page import InboxPage
    page = InboxPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitUntil(lambda: page.count_label.text() != "" and not page._loading
                    and (page.detail is not None or page.model.rowCount() == 0), timeout=5000)
    return page


@pytest.fixture
def ctx(app, owner, qtbot, kit_installed):
    c = make_ctx(app, owner)
    yield c
    c.tasks.wait()


def _wait_state(qtbot, app, sid, state):
    qtbot.waitUntil(lambda: app.inbox.get(sid).state == state, timeout=5000)


def _wait_detail(qtbot, page, sid):
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.id == sid and not page.busy
                    and not page._loading, timeout=5000)


def test_approve_with_a_and_move_on(qtbot, app, ctx):
    first, second = draft_note(app, "milk"), draft_note(app, "tea")
    page = open_page(qtbot, ctx)
    assert page.model.rowCount() == 2 and page.detail.id == second        # newest first
    assert "because tea" in page.reason_view.text.toPlainText()
    with qtbot.waitSignal(page.decided, timeout=5000):
        qtbot.keyClick(page.table, Qt.Key.Key_A)
    assert notes(app) == ["tea"] and app.inbox.get(second).state == "applied"
    _wait_detail(qtbot, page, first)                                      # the next item is shown
    assert page.model.rowCount() == 1


def test_j_k_and_arrows_move(qtbot, app, ctx):
    ids = [draft_note(app, f"n{i}") for i in range(3)]
    page = open_page(qtbot, ctx)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_J)
    _wait_detail(qtbot, page, ids[1])
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    _wait_detail(qtbot, page, ids[0])
    qtbot.keyClick(page.table, Qt.Key.Key_K)
    _wait_detail(qtbot, page, ids[1])


def test_reject_with_r_asks_for_a_reason(qtbot, app, ctx):
    sid = draft_note(app, "milk")
    page = open_page(qtbot, ctx)
    qtbot.keyClick(page.table, Qt.Key.Key_R)
    assert page.dialog is not None and page.dialog.isVisible()
    page.dialog.setTextValue("we stopped selling milk")
    with qtbot.waitSignal(page.decided, timeout=5000):
        page.dialog.accept()
    d = app.inbox.get(sid)
    assert d.state == "rejected" and d.decision_reason == "we stopped selling milk" and notes(app) == []


def test_snooze_with_s_and_escalate_with_x(qtbot, app, ctx):
    a, b = draft_note(app, "a"), draft_note(app, "b")
    page = open_page(qtbot, ctx)
    assert page.detail.id == b
    qtbot.keyClick(page.table, Qt.Key.Key_S)
    page.dialog.set_until(app.today() + timedelta(days=5))
    with qtbot.waitSignal(page.decided, timeout=5000):
        page.dialog.accept()
    assert app.inbox.get(b).state == "snoozed"
    assert app.inbox.get(b).snoozed_until == app.today() + timedelta(days=5)
    _wait_detail(qtbot, page, a)
    qtbot.keyClick(page.table, Qt.Key.Key_X)
    page.dialog.setTextValue("price looks odd")
    with qtbot.waitSignal(page.decided, timeout=5000):
        page.dialog.accept()
    d = app.inbox.get(a)
    assert d.state == "escalated" and d.assigned_role == "owner"


def test_edit_with_e_applies_the_edited_version(qtbot, app, ctx):
    sid = draft_note(app, "milk")
    page = open_page(qtbot, ctx)
    qtbot.keyClick(page.table, Qt.Key.Key_E)             # nothing changed yet: focus the editor
    assert page.dialog is None
    page.editor.set_value("text", "oat milk")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_E)
    page.dialog.setTextValue("customers asked for oat milk")
    with qtbot.waitSignal(page.decided, timeout=5000):
        page.dialog.accept()
    d = app.inbox.get(sid)
    assert (d.decision, d.payload, d.applied_payload) == ("edited", {"text": "milk"}, {"text": "oat milk"})
    assert d.decision_reason == "customers asked for oat milk" and notes(app) == ["oat milk"]


def test_batch_approve_confirms_exactly_what_will_happen(qtbot, app, ctx):
    ids = [draft_note(app, f"n{i}") for i in range(4)]
    page = open_page(qtbot, ctx)
    sel = QItemSelection(page.model.index(0, 0), page.model.index(2, page.model.columnCount() - 1))
    page.table.selectionModel().select(sel, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert len(page.selected_ids()) == 3
    qtbot.keyClick(page.table, Qt.Key.Key_A)
    box = page.dialog
    assert isinstance(box, QMessageBox)
    assert box.text().startswith("Approve 3 items (3 × Test note): apply each proposal as drafted")
    assert "stays open with the error shown" in box.text()
    assert notes(app) == []                                   # nothing before confirming
    ok = next(b for b in box.buttons() if b.text() == "Approve 3")
    with qtbot.waitSignal(page.decided, timeout=5000) as blocker:
        ok.click()
    assert [r.ok for r in blocker.args[0]] == [True, True, True]
    assert sorted(notes(app)) == ["n1", "n2", "n3"] and app.inbox.get(ids[0]).state == "new"


def test_batch_reject_asks_reason_then_confirms(qtbot, app, ctx):
    ids = [draft_note(app, f"n{i}") for i in range(2)]
    page = open_page(qtbot, ctx)
    page.table.selectAll()
    qtbot.keyClick(page.table, Qt.Key.Key_R)
    page.dialog.setTextValue("duplicates")
    page.dialog.accept()
    box = page.dialog
    assert "Reject 2 items" in box.text() and "duplicates" in box.text()
    with qtbot.waitSignal(page.decided, timeout=5000):
        next(b for b in box.buttons() if b.text() == "Reject 2").click()
    assert {app.inbox.get(i).state for i in ids} == {"rejected"}


def test_failing_apply_shows_the_error_and_changes_nothing(qtbot, app, ctx):
    sid = draft_note(app, "boom", fail=True)
    page = open_page(qtbot, ctx)
    with qtbot.waitSignal(page.decided, timeout=5000):
        qtbot.keyClick(page.table, Qt.Key.Key_A)
    assert "refused after writing" in str(page.last_error)
    qtbot.waitUntil(lambda: page.error_label.isVisible(), timeout=5000)
    assert "refused after writing" in page.error_label.text()
    assert app.inbox.get(sid).state == "new" and notes(app) == []


def test_wrong_role_sees_who_decides_and_cannot_act(qtbot, app, bookkeeper, kit_installed):
    sid = draft_note(app, "milk")
    ctx = make_ctx(app, bookkeeper)
    said = []
    ctx.status = said.append
    page = open_page(qtbot, ctx)
    assert page.model.rowCount() == 0            # the default view: items I may decide
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        page.role_box.setCurrentIndex(page.role_box.findData(None))       # "Anyone's"
    _wait_detail(qtbot, page, sid)
    for action in ("approve", "edit", "reject", "snooze"):
        button = page.buttons[action]
        assert not button.isEnabled() and button.toolTip() == "Decided by staff or the owner"
    assert page.buttons["escalate"].isEnabled()
    qtbot.keyClick(page.table, Qt.Key.Key_A)
    assert said[-1] == "You may not decide test notes: they are decided by staff or the owner"
    assert page.dialog is None
    assert app.inbox.get(sid).state == "new" and notes(app) == []
    ctx.tasks.wait()


def test_filters_search_and_kind(qtbot, app, ctx):
    draft_note(app, "apples")
    draft_note(app, "bananas")
    page = open_page(qtbot, ctx)
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        page.search.setText("banan")
    assert page.model.rowCount() == 1
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    qtbot.waitUntil(lambda: page.kind_box.findData(kit.KIND) >= 0, timeout=5000)
    assert "(2)" in page.kind_box.itemText(page.kind_box.findData(kit.KIND))
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        page.state_box.setCurrentIndex(page.state_box.findData("applied"))
    assert page.model.rowCount() == 0


def test_job_thread_signal_reaches_the_widget_on_the_gui_thread(qtbot, app, owner, ctx):
    ctx.bridge.attach_automation(app.automation)
    page = open_page(qtbot, ctx)
    assert page.model.rowCount() == 0
    seen = []
    ctx.bridge.job_run_finished.connect(
        lambda run: seen.append((run.created, QThread.currentThread() is QCoreApplication.instance().thread())))
    worker = threading.Thread(target=app.automation.run_now, args=(owner, kit.SWEEP))
    worker.start()
    qtbot.waitUntil(lambda: page.model.rowCount() == 5, timeout=5000)   # the list refreshed itself
    worker.join()
    assert seen == [(5, True)]


def test_sidebar_badge_counts_what_waits_for_the_role(app, owner, staff, bookkeeper, kit_installed):
    from desktop.pages.inbox import _badge
    draft_note(app, "a")
    draft_note(app, "b")
    assert _badge(make_ctx(app, owner)) == "2"
    assert _badge(make_ctx(app, staff)) == "2"
    assert _badge(make_ctx(app, bookkeeper)) == ""


def test_reason_card_chart_is_drawn_when_the_kind_provides_one(qtbot, app, ctx):
    from core.inbox.reason import reason_card
    with app.db.uow() as s:
        sid = app.inbox.draft(s, kind=kit.KIND, subject_type="note", subject_id="c", title="with chart",
                              payload={"text": "c"}, job_id="test.manual",
                              reason=reason_card(explanation="sales fell", chart={
                                  "type": "line", "title": "Daily sales", "x": ["1", "2", "3"],
                                  "series": [{"name": "sales", "values": [5, 3, 1]}]}))
    draft_note(app, "plain")
    page = open_page(qtbot, ctx)
    assert not page.reason_view.chart.isVisible()            # the newest has no chart
    qtbot.keyClick(page.table, Qt.Key.Key_J)
    _wait_detail(qtbot, page, sid)
    assert page.reason_view.chart.isVisible() and page.reason_view.chart.chart["title"] == "Daily sales"


def test_generic_editor_keeps_types_and_multiline_text(qtbot):
    from PySide6.QtWidgets import QPlainTextEdit, QStyleOptionViewItem
    from desktop.inbox_editors import GenericEditor, create_editor
    ed = create_editor("no-such-editor")
    qtbot.addWidget(ed)
    assert isinstance(ed, GenericEditor)
    ed.set_payload({"qty": 5, "note": "line one\nline two", "fix": None})
    assert not ed.is_dirty()
    ed.set_value("qty", "7")
    ed.set_value("fix", '{"action": "x"}')
    assert ed.payload() == {"qty": 7, "note": "line one\nline two", "fix": {"action": "x"}}
    assert ed.is_dirty()
    row = ed.labels().index("Note")
    delegate = ed.table.itemDelegateForColumn(1)
    editor = delegate.createEditor(ed.table.viewport(), QStyleOptionViewItem(), ed.table.model().index(row, 1))
    assert isinstance(editor, QPlainTextEdit)
    ed.set_value("qty", "seven")
    with pytest.raises(ValueError, match="'Qty' is not a valid value"):
        ed.payload()


def test_clicking_a_header_sorts_in_the_query(qtbot, app, ctx):
    a = draft_note(app, "cheap", value="5")
    b = draft_note(app, "dear", value="50")
    page = open_page(qtbot, ctx)
    assert page.sort_box.currentData() == "due" and page.model.ids() == [b, a]   # no due time: newest first
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        page.table.horizontalHeader().sectionClicked.emit(5)      # "Drafted": newest first
    assert page.sort_box.currentData() == "newest" and page.model.ids() == [b, a]
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        page.table.horizontalHeader().sectionClicked.emit(5)      # "Drafted" again: oldest first
    assert page.sort_box.currentData() == "oldest" and page.model.ids() == [a, b]
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        page.table.horizontalHeader().sectionClicked.emit(2)      # title A-Z
    assert page.model.ids() == [a, b]
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        page.table.horizontalHeader().sectionClicked.emit(4)      # value, highest first
    assert page.model.ids() == [b, a]


def test_date_range_filter(qtbot, app, clock, ctx):
    from datetime import date
    from PySide6.QtCore import QDate
    old = draft_note(app, "old")
    clock.advance(timedelta(days=10))
    new = draft_note(app, "new")
    page = open_page(qtbot, ctx)
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        page.since_box.setCurrentIndex(page.since_box.findData("range"))
    assert page.date_from.isVisibleTo(page)
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        page.date_from.setDate(QDate(2026, 12, 1))
    qtbot.waitUntil(lambda: not page._loading, timeout=5000)
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        page.date_to.setDate(QDate(2026, 12, 31))
    assert page.model.ids() == [new]
    with qtbot.waitSignal(page.ids_loaded, timeout=5000):
        page.date_from.setDate(QDate(2026, 11, 1))
    qtbot.waitUntil(lambda: not page._loading and page.model.rowCount() == 2, timeout=5000)
    assert set(page.model.ids()) == {old, new} and app.today() == date(2026, 12, 5)


@pytest.mark.parametrize("who", ["staff", "bookkeeper", "owner"])
def test_default_view_is_mine_by_urgency_and_the_badge_counts_it(qtbot, app, owner, staff, bookkeeper, who):
    from inbox_mix import draft_mix

    from desktop.pages.inbox import _badge
    actor = {"owner": owner, "staff": staff, "bookkeeper": bookkeeper}[who]
    draft_mix(app, escalate_as=staff)
    ctx = make_ctx(app, actor)
    page = open_page(qtbot, ctx)
    assert page.role_box.currentText() == "Items I may decide" and page.sort_box.currentData() == "due"
    n = page.model.rowCount()
    assert n > 0 and _badge(ctx) == str(n) and page.count_label.text().startswith(f"{n} item")
    # grouped by kind with counts: each group's first row names its kind and size
    qtbot.waitUntil(lambda: bool(page._kind_titles), timeout=5000)
    cells = [page.model.index(r, 0).data() for r in range(n)]
    heads = [c for c in cells if c]
    assert sum(int(h.split(" · ", 1)[0]) for h in heads) == n
    first = {"owner": "2 · Invoice draft", "bookkeeper": "2 · Invoice draft", "staff": "1 · Reorder (draft purchase order)"}
    assert heads[0] == first[who]
    assert heads[-1].endswith("Data-quality finding") or who == "bookkeeper"     # no due time: last
    # the kind filter counts the same view
    assert page.kind_box.itemText(0) == f"All kinds ({n})"
    due = [page.model.index(r, 1).data() for r in range(n)]
    if who != "staff":
        assert due[0] == "since 1 Sept"           # the shop locale's (en_GB) short month
    else:
        assert due[0] == "Fri"               # its product runs out on Friday 27 Nov
    ctx.tasks.wait()


def test_staff_may_edit_an_order_over_their_limit_but_not_approve_it(qtbot, app, owner, staff):
    from inbox_mix import draft_mix
    over = draft_mix(app)["reorder"][1]                 # worth 2,000: above the staff order limit
    ctx = make_ctx(app, staff)
    page = open_page(qtbot, ctx)
    assert over not in page.model.ids()                 # not among the items staff may decide
    page.navigate_to(item_id=over)                      # the view widens to find it
    _wait_detail(qtbot, page, over)
    assert page.buttons["edit"].isEnabled()             # bringing it under the limit is theirs to do
    assert not page.buttons["approve"].isEnabled()
    assert page.buttons["approve"].toolTip() == "Decided by the owner (above the value limit)"
    ctx.tasks.wait()
