"""The Invoices GUI with real widgets: live totals in the editor, issuing from the inbox, the page's
lists and payment entry, the export dialog's progress and cancel, and the Reports sections."""
from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

import desktop.pages.invoices  # noqa: F401 - registers the page, the inbox editor and report sections
from core.automation.registry import JobContext
from core.invoicing import jobs
from core.invoicing.service import InvoiceFilter, LineDraft
from desktop.pages.invoices.editor import NET, QTY, TOTAL, InvoiceProposalEditor, LinesEditor

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "invoicing"))
from inv_helpers import customer, lines  # noqa: E402


def test_editor_live_totals_follow_every_edit(qtbot, app, owner):
    app.invoicing.add_item(owner, "CAKE", "Birthday cake", D("36.00"), "standard", price_includes_tax=True)
    ed = LinesEditor(app)
    qtbot.addWidget(ed)
    ed.show()
    assert ed.total_label.text() == "Net €0.00   Tax €0.00   Total €0.00"
    ed.item_pick.setCurrentIndex(1)
    ed.item_pick.activated.emit(1)                       # pick the cake from the catalogue
    assert "Total €36.00" in ed.total_label.text() and "Tax €6.00" in ed.total_label.text()
    # Type a quantity the way a person does: edit the cell, type, press Enter.
    item = ed.table.item(0, QTY)
    ed.table.setCurrentItem(item)
    ed.table.editItem(item)
    qtbot.waitUntil(lambda: ed.table.viewport().findChild(QLineEdit) is not None, timeout=3000)
    editor = ed.table.viewport().findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "2")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ed.table.item(0, QTY).text() == "2", timeout=3000)   # the delegate commits queued
    assert ed.table.item(0, TOTAL).text() == "€72.00" and "Total €72.00" in ed.total_label.text()
    ed.add_btn.click()
    ed.set_cell(1, 0, "Delivery")
    ed.set_cell(1, QTY, "1")
    ed.set_cell(1, 2, "10")
    assert ed.table.item(1, NET).text() == "€10.00" and "Total €84.00" in ed.total_label.text()   # standard rate, price without tax
    ed.set_tax(1, "reduced")
    assert "Total €82.50" in ed.total_label.text() and "Tax 5%" in ed.tax_label.text()
    ed.set_cell(1, 4, "50")                               # 50 % discount
    assert "Total €77.25" in ed.total_label.text()
    ed.set_cell(1, QTY, "two")
    assert "not a quantity" in ed.error_label.text() and ed.totals is None
    ed.set_cell(1, QTY, "1")
    assert ed.error_label.text() == "" and ed.totals.gross == D("77.25")
    assert [ln.tax_code for ln in ed.lines()] == ["standard", "reduced"]


def _open_inbox(qtbot, ctx):
    from desktop.pages.inbox.page import InboxPage
    page = InboxPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitUntil(lambda: not page._loading and page.detail is not None, timeout=8000)
    return page


def _draft_suggestion(app, owner):
    cust = customer(app, owner, "Leith Catering")
    app.invoicing.add_agreement(owner, cust.id, "Monthly platters", "monthly", date(2026, 11, 1),
                                lines(("Sandwich platter", "4", "32", "standard")))
    JobContext_ = JobContext(app=app, job_id="invoicing.recurring_drafts", run_id=None, as_of=app.today(),
                             started_at=app.clock.now())
    jobs.recurring_drafts(JobContext_)
    return cust


def test_issuing_from_the_inbox_with_the_invoice_editor(qtbot, app, owner, bookkeeper, make_ctx):
    cust = _draft_suggestion(app, owner)
    ctx = make_ctx(bookkeeper)
    page = _open_inbox(qtbot, ctx)
    assert isinstance(page.editor, InvoiceProposalEditor)
    ed = page.editor
    assert "Leith Catering" in ed.customer_label.text()
    assert "Total €153.60" in ed.lines_editor.total_label.text()
    assert not ed.issue_box.isChecked()
    ed.lines_editor.set_cell(0, QTY, "5")                 # one more platter this month
    assert "Total €192.00" in ed.lines_editor.total_label.text()
    ed.issue_box.setChecked(True)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_E)
    page.dialog.setTextValue("one more platter; issue now")
    with qtbot.waitSignal(page.decided, timeout=8000):
        page.dialog.accept()
    (inv,) = app.invoicing.list(InvoiceFilter(customer_id=cust.id))
    assert inv.number == "2026-0001" and inv.status == "issued" and inv.gross == D("192.00")
    assert inv.machine_drafted


def test_approving_in_the_inbox_creates_a_draft_not_an_issued_invoice(qtbot, app, owner, bookkeeper, make_ctx):
    cust = _draft_suggestion(app, owner)
    page = _open_inbox(qtbot, make_ctx(bookkeeper))
    page.table.setFocus()
    with qtbot.waitSignal(page.decided, timeout=8000):
        qtbot.keyClick(page.table, Qt.Key.Key_A)
    (inv,) = app.invoicing.list(InvoiceFilter(customer_id=cust.id))
    assert inv.status == "draft" and inv.number is None


def _open_page(qtbot, ctx, settle):
    from desktop.pages.invoices.page import InvoicesPage
    page = InvoicesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 750)
    page.show()
    settle(ctx)
    return page


def test_page_lists_issue_and_payment_entry(qtbot, app, owner, bookkeeper, make_ctx, settle):
    cust = customer(app, owner)
    d = app.invoicing.create_draft(owner, cust.id, lines(("Cake", "1", "100", "zero")))
    ctx = make_ctx(bookkeeper)
    page = _open_page(qtbot, ctx, settle)
    tab = page.invoices
    tab.set_view("draft")
    settle(ctx)
    assert tab.model.rowCount() == 1 and tab.detail.invoice.id == d.id
    assert tab.detail.buttons["issue"].isEnabled() and not tab.detail.buttons["pay"].isEnabled()
    tab.detail.buttons["issue"].click()
    box = tab.detail.dialog
    assert box.objectName() == "issueDialog" and box.day.date().toPython() == app.today()
    qtbot.mouseClick(box.issue_btn, Qt.MouseButton.LeftButton)
    settle(ctx)
    assert app.invoicing.get(d.id).number == "2026-0001"
    tab.set_view("open")
    settle(ctx)
    assert tab.model.rowCount() == 1 and tab.detail.invoice.status == "issued"
    assert tab.detail.buttons["pay"].isEnabled()
    tab.detail.buttons["pay"].click()
    dlg = tab.detail.dialog
    dlg.amount.clear()
    qtbot.keyClicks(dlg.amount, "120")
    assert "20.00 more than is open" in dlg.hint.text()
    dlg.save()
    settle(ctx)
    assert app.invoicing.get(d.id).status == "paid"
    assert app.customers.get(cust.id).credit_balance == D("20")
    tab.set_view("paid")
    settle(ctx)
    assert tab.model.rowCount() == 1


def test_new_invoice_dialog_saves_a_draft(qtbot, app, owner, make_ctx, settle):
    cust = customer(app, owner)
    ctx = make_ctx(owner)
    page = _open_page(qtbot, ctx, settle)
    page.invoices.new_invoice(cust.id)
    dlg = page.invoices.dialog
    dlg.lines.add_line(LineDraft("Tasting", D(2), D("24"), "standard"))
    assert "Total €57.60" in dlg.lines.total_label.text()
    dlg.save_btn.click()
    settle(ctx)
    (inv,) = app.invoicing.list()
    assert inv.status == "draft" and inv.gross == D("57.60") and page.invoices.detail.invoice.id == inv.id


@pytest.mark.slow
def test_export_dialog_presets_progress_and_cancel(qtbot, app, owner, bookkeeper, make_ctx, tmp_path):
    from desktop.pages.invoices.dialogs import ExportDialog, period_presets
    presets = {t: (a, b) for t, a, b in period_presets(date(2026, 11, 25))}
    assert presets["Last quarter"] == (date(2026, 7, 1), date(2026, 9, 30))
    assert presets["This month"] == (date(2026, 11, 1), date(2026, 11, 25))
    assert presets["This year"] == (date(2026, 1, 1), date(2026, 11, 25))
    cust = customer(app, owner)
    many = [LineDraft(f"Item {i}", D(1), D("1.00"), "zero") for i in range(6_000)]
    inv = app.invoicing.create_draft(owner, cust.id, many)
    app.invoicing.issue(owner, inv.id)
    ctx = make_ctx(bookkeeper)
    dlg = ExportDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.kind.setCurrentIndex(1)                             # lines
    dlg.preset.setCurrentIndex(dlg.preset.findText("This year"))
    dlg.path.setText(str(tmp_path / "lines.xlsx"))
    with qtbot.waitSignal(dlg.finished_export, timeout=60_000) as sig:
        dlg.start()
        dlg.cancel()
    assert "Cancelled" in dlg.state.text() and not (tmp_path / "lines.xlsx").exists()
    with qtbot.waitSignal(dlg.finished_export, timeout=60_000) as sig:
        dlg.start()
    assert sig.args[0].rows == 6_000 and dlg.bar.value() == 100
    ws = openpyxl.load_workbook(tmp_path / "lines.xlsx", read_only=True)["Invoice lines"]
    assert sum(1 for _ in ws.iter_rows(values_only=True)) == 6_002


def test_reports_sections_show_cashflow_and_aging(qtbot, app, owner, make_ctx, settle):
    from desktop.pages.reports.registry import sections
    cust = customer(app, owner)
    d = app.invoicing.create_draft(owner, cust.id, lines(("Job", "1", "50", "zero")), terms_days=0)
    app.invoicing.issue(owner, d.id, issue_date=date(2026, 10, 1), confirm_date=True)
    ctx = make_ctx(owner)
    titles = {s.title: s for s in sections()}
    assert {"Cash flow (next 8 weeks)", "Receivables aging"} <= set(titles)
    cash = titles["Cash flow (next 8 weeks)"].factory(ctx)
    aging = titles["Receivables aging"].factory(ctx)
    for w in (cash, aging):
        qtbot.addWidget(w)
        w.show()
    settle(ctx)
    assert cash.table.rowCount() == 8 and cash.table.item(0, 1).text() == "€50.00"
    assert aging.table.item(0, 0).text() == "Ann Smith" and aging.table.item(0, 3).text() == "€50.00"


def test_period_filter_and_new_agreement_dialog(qtbot, app, owner, make_ctx, settle):
    cust = customer(app, owner)
    old = app.invoicing.create_draft(owner, cust.id, lines(("Job", "1", "10", "zero")))
    app.invoicing.issue(owner, old.id, issue_date=date(2026, 2, 3), confirm_date=True)
    new = app.invoicing.issue(owner, app.invoicing.create_draft(owner, cust.id, lines(("Job", "1", "20", "zero"))).id)
    ctx = make_ctx(owner)
    page = _open_page(qtbot, ctx, settle)
    tab = page.invoices
    tab.set_view(None)
    tab.period.setCurrentIndex(tab.period.findText("This month"))
    settle(ctx)
    assert tab.model.ids() == [new.id]
    tab.period.setCurrentIndex(tab.period.findText("This year"))
    settle(ctx)
    assert set(tab.model.ids()) == {old.id, new.id}
    page.tabs.setCurrentIndex(2)
    settle(ctx)
    cat = page.catalogue
    cat.new_agreement.click()
    dlg = cat.dialog
    dlg.customer.setCurrentIndex(dlg.customer.findData(cust.id))
    dlg.title.setText("Weekly bread")
    dlg.frequency.setCurrentText("weekly")
    dlg.lines.add_line(LineDraft("Bread box", D(1), D("30"), "reduced"))
    dlg.save()
    settle(ctx)
    (a,) = app.invoicing.agreements()
    assert a.title == "Weekly bread" and a.frequency == "weekly" and cat.agreements.rowCount() == 1


def test_import_dialog_dry_run_problems_then_import(qtbot, app, owner, bookkeeper, make_ctx, settle, tmp_path):
    f = tmp_path / "old.csv"
    f.write_text("Invoice,Date,Customer,Item,Qty,Price\nA-1,2025-03-01,Bob,Tea,2,1.50\nA-2,2025-03-02,Bob,Tea,x,1\n")
    ctx = make_ctx(bookkeeper)
    page = _open_page(qtbot, ctx, settle)
    page.invoices.import_btn.click()
    panel = page.invoices.dialog.panel
    assert panel.kind.isHidden()                     # one kind of import here: nothing to choose
    panel.path.setText(str(f))
    with qtbot.waitSignal(panel.finished, timeout=10_000):
        panel.import_btn.click()
    assert "nothing was written" in panel.result.text()
    assert panel.problems.rowCount() == 1 and "row 3" in panel.problem_texts()[0]
    assert panel.problems.item(0, 1).text() == "3"
    panel.skip_invalid.setChecked(True)
    with qtbot.waitSignal(panel.finished, timeout=10_000):
        panel.check_btn.click()
    assert "would import 1" in panel.result.text() and app.invoicing.list() == []
    with qtbot.waitSignal(panel.finished, timeout=10_000):
        panel.import_btn.click()
    settle(ctx)
    assert [r.number for r in app.invoicing.list()] == ["A-1"]


def test_reminder_edited_in_the_inbox_is_sent_to_the_outbox(qtbot, app, owner, bookkeeper, make_ctx):
    from datetime import timedelta

    from desktop.pages.invoices.editor import ReminderProposalEditor
    cust = customer(app, owner)
    d = app.invoicing.create_draft(owner, cust.id, lines(("Job", "1", "100", "zero")), terms_days=0)
    inv = app.invoicing.issue(owner, d.id, issue_date=app.today() - timedelta(days=10), confirm_date=True)
    jobs.dunning(JobContext(app=app, job_id="invoicing.dunning", run_id=None, as_of=app.today(),
                            started_at=app.clock.now()))
    page = _open_inbox(qtbot, make_ctx(bookkeeper))
    ed = page.editor
    assert isinstance(ed, ReminderProposalEditor) and inv.number in ed.subject.text()
    ed.body.setPlainText(ed.body.toPlainText() + "\nPS: thank you for the lovely order.")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_E)
    page.dialog.setTextValue("personal note")
    with qtbot.waitSignal(page.decided, timeout=8000):
        page.dialog.accept()
    (rem,) = app.invoicing.reminders(invoice_id=inv.id)
    assert rem["channel"] == "outbox" and Path(rem["document"]).exists()
    eml = next(app.paths.outbox.glob("*.eml")).read_text()
    assert "lovely order" in eml
