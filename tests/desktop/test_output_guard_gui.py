"""The GUI's file dialogs go through the same gate as the command line (issue 10): a save dialog
pointed at the live database (or any other file in the data folder) is refused with a plain error
and changes nothing, even though the dialog itself already confirmed "replace"; a path typed into
the export dialog asks before replacing an existing file."""
from __future__ import annotations

import hashlib
import sqlite3
import sys
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

import desktop.pages.invoices  # noqa: F401 - registers the page
from core.io.outputs import OutputRefused

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "invoicing"))
from inv_helpers import customer, lines  # noqa: E402


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def db_state(app) -> tuple[str, int]:
    """What must not change: the database's content as SQLite sees it (the WAL is live here)."""
    conn = sqlite3.connect(app.paths.database)
    try:
        return (conn.execute("PRAGMA quick_check").fetchone()[0],
                conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def errors(monkeypatch):
    shown: list[BaseException] = []
    import desktop.shell as shell_mod
    monkeypatch.setattr(shell_mod, "show_error", lambda parent, exc, title="Deskmate": shown.append(exc))
    return shown


def save_dialog_returns(monkeypatch, module: str, path: Path) -> None:
    """The save dialog as if the person chose ``path`` and confirmed replacing it."""
    monkeypatch.setattr(f"{module}.QFileDialog.getSaveFileName", lambda *a, **k: (str(path), ""))


def test_file_menu_backup_and_audit_export_refuse_the_database(main_window, app, settle, errors,
                                                                monkeypatch, tmp_path):
    db = app.paths.database
    before = db_state(app)
    size = db.stat().st_size
    for action, target in ((main_window.backup_action, db), (main_window.backup_action, Path(f"{db}-wal")),
                           (main_window.export_audit_action, db),
                           (main_window.export_audit_action, app.paths.root / "notes.xlsx")):
        save_dialog_returns(monkeypatch, "desktop.shell", target)
        action.trigger()
        settle(main_window.ctx)
        assert errors and isinstance(errors[-1], OutputRefused), errors
        errors.clear()
    assert "not exported" in main_window.statusBar().currentMessage() or \
        "failed" in main_window.statusBar().currentMessage()
    assert db_state(app) == before and db.stat().st_size == size
    assert not (app.paths.root / "notes.xlsx").exists()
    # an existing file elsewhere: the dialog asked, so it is replaced
    mine = tmp_path / "audit.xlsx"
    mine.write_text("old")
    save_dialog_returns(monkeypatch, "desktop.shell", mine)
    main_window.export_audit_action.trigger()
    settle(main_window.ctx)
    assert not errors
    assert openpyxl.load_workbook(mine).sheetnames[0] == "Audit log"


def test_invoice_pdf_from_the_page_refuses_the_database(qtbot, app, owner, make_ctx, settle, monkeypatch):
    from desktop.pages.invoices.page import InvoicesPage
    c = customer(app, owner)
    inv = app.invoicing.issue(owner, app.invoicing.create_draft(owner, c.id, lines(("Bread", "1", "3", "zero"))).id)
    ctx = make_ctx(owner)
    page = InvoicesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    settle(ctx)
    boxes: list[str] = []
    monkeypatch.setattr("desktop.pages.invoices.page.show_error", lambda parent, exc, title="": boxes.append(str(exc)))
    before = db_state(app)
    save_dialog_returns(monkeypatch, "desktop.pages.invoices.page", app.paths.database)
    detail = page.invoices.detail
    detail.show_invoice(app.invoicing.get(inv.id))
    detail.buttons["pdf"].click()
    settle(ctx)
    assert boxes and "live database" in boxes[-1]
    assert db_state(app) == before


def click_when_shown(button_text: str, seen: list[str]) -> None:
    """Answer the next message box by clicking the button with this text (modal: exec())."""
    def answer() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QMessageBox) and w.isVisible():
                seen.append(w.text())
                next(b for b in w.buttons() if b.text() == button_text).click()
                return
        QTimer.singleShot(20, answer)
    QTimer.singleShot(0, answer)


def test_export_dialog_asks_before_replacing_a_typed_file_and_refuses_the_database(
        qtbot, app, owner, bookkeeper, make_ctx, tmp_path, monkeypatch):
    from desktop.pages.invoices.dialogs import ExportDialog
    c = customer(app, owner)
    app.invoicing.issue(owner, app.invoicing.create_draft(owner, c.id, lines(("Bread", "1", "3", "zero"))).id)
    ctx = make_ctx(bookkeeper)
    dlg = ExportDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.preset.setCurrentIndex(dlg.preset.findText("This year"))
    target = tmp_path / "register.xlsx"
    target.write_text("my notes")
    dlg.path.setText(str(target))
    seen: list[str] = []
    click_when_shown("Cancel", seen)
    dlg.start_btn.click()
    assert seen == ["register.xlsx already exists in " + str(tmp_path) + ".\nReplace it with this export?"]
    assert target.read_text() == "my notes" and "Not exported" in dlg.state.text()
    click_when_shown("Replace", seen)
    with qtbot.waitSignal(dlg.finished_export, timeout=60_000) as sig:
        dlg.start_btn.click()
    assert sig.args[0].rows == 1
    assert openpyxl.load_workbook(target)["Invoice register"].cell(2, 5).value == "Ann Smith"
    # the live database: no question can make that right
    before = db_state(app)
    errors: list[str] = []
    monkeypatch.setattr("desktop.pages.invoices.dialogs.show_error", lambda parent, exc, title="": errors.append(str(exc)))
    dlg.path.setText(str(app.paths.database))
    click_when_shown("Replace", seen)
    with qtbot.waitSignal(dlg.finished_export, timeout=60_000) as sig:
        dlg.start_btn.click()
    assert isinstance(sig.args[0], OutputRefused)
    assert errors and "live database" in errors[-1] and "live database" in dlg.state.text()
    assert db_state(app) == before


def test_audit_page_asks_before_replacing_when_deskmate_adds_the_suffix(main_window, app, settle, tmp_path,
                                                                        monkeypatch):
    """The save dialog confirmed "report", not "report.xlsx" (the suffix is added afterwards):
    Deskmate asks itself before replacing the existing report.xlsx."""
    page = main_window.page("audit")
    main_window.show_page("audit")
    settle(main_window.ctx)
    existing = tmp_path / "report.xlsx"
    existing.write_text("last month's")
    save_dialog_returns(monkeypatch, "desktop.pages.audit.page", tmp_path / "report")
    seen: list[str] = []
    click_when_shown("Cancel", seen)
    page.export_dialog()
    settle(main_window.ctx)
    assert seen and "report.xlsx already exists" in seen[0]
    assert existing.read_text() == "last month's"
    click_when_shown("Replace", seen)
    page.export_dialog()
    settle(main_window.ctx)
    assert openpyxl.load_workbook(existing).sheetnames[0] == "Audit log"
    # and into the data folder, no answer helps
    save_dialog_returns(monkeypatch, "desktop.pages.audit.page", app.paths.root / "backups" / "x.xlsx")
    errors: list[BaseException] = []
    monkeypatch.setattr("desktop.pages.audit.page.show_error", lambda parent, exc, title="": errors.append(exc))
    page.export_dialog()
    settle(main_window.ctx)
    assert errors and isinstance(errors[-1], OutputRefused)
    assert not (app.paths.root / "backups" / "x.xlsx").exists()


def test_a_refused_file_is_explained_as_such_not_as_a_broken_shop():
    from desktop.ui import plain_words
    headline, text = plain_words(OutputRefused("x.sqlite3 is the shop's live database; nothing was changed"))
    assert headline == "The file was not written." and "live database" in text
