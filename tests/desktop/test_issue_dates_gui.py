"""Issuing from the Invoices page on a chosen date: far from today is asked about first; before the
series' latest is refused with the number and date that stand in the way."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

import desktop.pages.invoices  # noqa: F401 - registers the page
from desktop.pages.invoices.dialogs import IssueDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "invoicing"))
from inv_helpers import customer, lines  # noqa: E402


def _box(name: str) -> QMessageBox:
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
             and w.objectName() == name]
    assert boxes, f"no {name} shown"
    return boxes[-1]


def _issue_dialog(qtbot, app, owner, make_ctx, settle):
    from desktop.pages.invoices.page import InvoicesPage
    cust = customer(app, owner)
    d = app.invoicing.create_draft(owner, cust.id, lines(("Cake", "1", "100", "zero")))
    ctx = make_ctx(owner)
    page = InvoicesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    settle(ctx)
    page.invoices.set_view("draft")
    settle(ctx)
    page.invoices.detail.buttons["issue"].click()
    dlg = page.invoices.detail.dialog
    assert isinstance(dlg, IssueDialog)
    return ctx, dlg, d, cust, page


def test_a_date_far_back_is_asked_about_and_issued_only_after_yes(qtbot, app, owner, make_ctx, settle, tmp_path):
    ctx, dlg, d, _cust, _page = _issue_dialog(qtbot, app, owner, make_ctx, settle)
    dlg.day.setDate(QDate(1999, 1, 1))
    qtbot.mouseClick(dlg.issue_btn, Qt.MouseButton.LeftButton)
    settle(ctx)
    box = _box("confirmIssueDate")
    assert "1999-01-01 is 10190 days before today" in box.text()
    dlg.grab().save(str(tmp_path / "issue.png"))
    box.button(QMessageBox.StandardButton.Cancel).click()
    settle(ctx)
    assert app.invoicing.get(d.id).number is None and dlg.isVisible()      # cancelled: still a draft
    qtbot.mouseClick(dlg.issue_btn, Qt.MouseButton.LeftButton)
    settle(ctx)
    box = _box("confirmIssueDate")
    box.findChild(type(dlg.issue_btn), "confirmDateButton").click()
    settle(ctx)
    inv = app.invoicing.get(d.id)
    assert inv.number == "1999-0001" and inv.issue_date == date(1999, 1, 1) and not dlg.isVisible()


def test_a_date_before_the_latest_is_refused_with_the_reason(qtbot, app, owner, make_ctx, settle):
    ctx, dlg, d, cust, _page = _issue_dialog(qtbot, app, owner, make_ctx, settle)
    other = app.invoicing.create_draft(owner, cust.id, lines(("Tea", "1", "5", "zero")))
    app.invoicing.issue(owner, other.id)                                   # 2026-0001 today
    dlg.day.setDate(QDate(2026, 11, 24))
    qtbot.mouseClick(dlg.issue_btn, Qt.MouseButton.LeftButton)
    settle(ctx)
    bar = dlg.message_bar                       # said at the top of the dialog, nothing to click away
    assert bar.isVisible() and "2026-0001 was already issued on 2026-11-25" in bar.plain_text()
    assert dlg.isVisible() and app.invoicing.get(d.id).number is None
