"""Win-back on the demo shop, as the owner meets it in the Review Inbox: the reason card shows the
customer's rhythm, the gap, what they usually book or buy and the confidence; the owner edits the
note and sends it (to the outbox: the demo has no mail server), or drops another with a reason."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QPlainTextEdit

from core.inbox.texts import shown
from core.invoicing import winback
from desktop.bridge import Bridge
from desktop.context import DesktopContext
from desktop.tasks import TaskRunner


def test_edit_and_send_one_note_and_drop_another_with_a_reason(qtbot, demo_app, tmp_path):
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "ui"))
    from desktop.pages.inbox.page import InboxPage

    app = demo_app
    owner = app.users.by_name("owner").actor
    assert app.automation.run_now(owner, winback.JOB).created >= 2      # measured on the demo: 2 or more
    ctx = DesktopContext(app, owner, TaskRunner(), Bridge())
    page = InboxPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    qtbot.waitUntil(lambda: not page._loading and page.count_label.text() != "", timeout=10000)
    page.search.setText("Win back")
    qtbot.waitUntil(lambda: not page._loading and page.model.rowCount() >= 2 and page.detail is not None
                    and page.detail.kind == winback.KIND and not page.busy, timeout=10000)
    text = page.reason_view.text.toPlainText()
    for words in ("usually comes back every", "rhythm: median days between visits", "days since",
                  "usually books or buys", "Confidence", "nothing is sent until you approve"):
        assert words in text, words
    first = page.detail.id
    customer_id = app.inbox.get(first).payload["customer_id"]

    # edit the letter and send it: E, change the text, E again, give a reason
    qtbot.keyClick(page.table, Qt.Key.Key_E)
    body = page.editor.findChild(QPlainTextEdit, "reminderBody")
    assert "we wanted to say that we miss you" in body.toPlainText()
    body.setPlainText("Dear friends,\nyour table by the window is free again.\nOlivia")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_E)
    page.dialog.setTextValue("more personal")
    with qtbot.waitSignal(page.decided, timeout=10000):
        page.dialog.accept()
    done = app.inbox.get(first)
    assert done.state == "applied" and done.decision == "edited"
    (eml,) = app.paths.outbox.glob(f"winback-{customer_id}-*.eml")
    assert "your table by the window is free again" in eml.read_text()
    assert any("Win-back note" in shown(n.text) for n in app.customers.notes(customer_id))

    # drop the next one with a reason: nothing is sent
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.id != first and not page.busy,
                    timeout=10000)
    second = page.detail.id
    qtbot.keyClick(page.table, Qt.Key.Key_R)
    page.dialog.setTextValue("they moved away")
    with qtbot.waitSignal(page.decided, timeout=10000):
        page.dialog.accept()
    dropped = app.inbox.get(second)
    assert dropped.state == "rejected" and dropped.decision_reason == "they moved away"
    other = app.inbox.get(second).payload["customer_id"]
    assert not list(app.paths.outbox.glob(f"winback-{other}-*.eml"))
    ctx.tasks.wait()
