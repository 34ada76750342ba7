"""The one error display: errors and notices appear in the message bar above the page (or at the top
of a dialog) in plain words, never as a box the person must click away, and go when dismissed."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from tests.core.inventory.conftest import shop  # noqa: F401 - fixture


def _boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def _inventory(win, settle):
    win.navigate("inventory")
    page = win.pages["inventory"]
    settle(win.ctx)
    return page, win._placeholders["inventory"].message_bar


def test_a_typing_mistake_is_named_at_the_field_and_a_sentence_goes_to_the_pages_bar(
        qtbot, app, owner, shop, make_window, settle):  # noqa: F811
    from desktop.ui import show_error
    win = make_window(owner)
    page, bar = _inventory(win, settle)
    assert bar.isHidden()
    products = page.products
    products.table.selectRow(0)
    settle(win.ctx)
    detail = products.detail
    assert detail.product_id is not None
    qtbot.keyClicks(detail.adj_qty, "lots")
    assert not detail.adj_btn.isEnabled() and not _boxes()   # the field says what is wrong, as typed
    assert detail.adj_qty.isEnabled()                          # nothing is blocked: the person fixes it
    show_error(detail, "Enter a quantity such as -2 or 5.")    # a sentence about input the person can fix
    assert bar.isVisible() and bar.kind == "warning" and not _boxes()
    assert bar.headline == "Some values need fixing." and "Enter a quantity such as -2 or 5." in bar.plain_text()
    assert not bar.details_btn.isVisible()                     # nothing technical about a typing mistake
    bar.close_btn.click()
    assert bar.isHidden()


def test_a_refusal_from_core_is_worded_in_the_bar_of_the_page_that_asked(qtbot, app, owner, shop, make_window,  # noqa: F811
                                                                         settle):
    import pytest

    from core.kernel.errors import ValidationError
    from desktop.ui import show_error
    win = make_window(owner)
    page, bar = _inventory(win, settle)
    products = page.products
    products.table.selectRow(0)
    settle(win.ctx)
    detail = products.detail
    with pytest.raises(ValidationError) as refused:            # core wants a reason for every adjustment
        app.inventory.adjust_stock(owner, detail.product_id, 2, "")
    show_error(detail, refused.value)
    qtbot.waitUntil(bar.isVisible, timeout=10_000)
    assert bar.kind == "warning" and bar.headline == "Some values need fixing."
    assert "Reason: enter why the stock changes" in bar.body and "column" not in bar.body and not _boxes()
    # another page's bar knows nothing of it
    assert win._placeholders["invoices"].message_bar.isHidden()


def test_a_bug_shows_plain_words_with_the_details_folded_away(qtbot, owner, make_window, settle):
    from desktop.ui import show_error
    win = make_window(owner)
    page, bar = _inventory(win, settle)
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError as exc:
        import traceback
        exc.__traceback_text__ = traceback.format_exc()
        show_error(page.suppliers, exc)
    assert bar.isVisible() and bar.kind == "error" and not _boxes()
    assert "Your data is safe" in bar.body
    assert bar.details_btn.isVisible() and bar.details.isHidden()
    bar.details_btn.click()
    assert bar.details.isVisible() and "ZeroDivisionError" in bar.details.toPlainText()


def test_an_error_in_a_dialog_shows_at_the_top_of_that_dialog(qtbot, owner, make_window, settle):
    win = make_window(owner)
    win.navigate("invoices")
    tab = win.pages["invoices"].invoices
    settle(win.ctx)
    tab.new_invoice()
    dlg = tab.dialog
    dlg.save()                                            # no customer chosen
    bar = dlg.message_bar
    assert bar.isVisible() and bar.parentWidget() is dlg and "Choose a customer." in bar.plain_text()
    assert dlg.isVisible() and not _boxes()
    assert win._placeholders["invoices"].message_bar.isHidden()


def test_without_a_window_the_error_still_shows_without_blocking(qtbot):
    from desktop.ui import show_error
    from core.kernel.errors import DeskmateError
    shown = show_error(None, DeskmateError("the file is locked"))
    assert isinstance(shown, QMessageBox) and shown.isVisible() and "locked" in shown.informativeText()
    shown.close()


def test_a_notice_is_information_not_an_error(qtbot, owner, make_window, settle):
    from desktop.ui import show_notice
    win = make_window(owner)
    page, bar = _inventory(win, settle)
    show_notice(page.orders, "Select an order first.")
    assert bar.isVisible() and bar.kind == "info" and bar.headline == "Select an order first." and not _boxes()


def test_a_field_core_refuses_is_named_as_the_form_labels_it_and_marked_at_the_field(
        qtbot, app, owner, shop, make_window, settle, monkeypatch):  # noqa: F811
    """The form's own check passes, core refuses (a rule only the service knows): the bar names the
    field as the form does ("Reason: …"), the message also stands beside the field, and the same
    refusal on the command line or in an import still says "column 'reason'"."""
    from decimal import Decimal

    from core.inventory.fields import ADJUST_REASON
    from core.kernel import rules
    win = make_window(owner)
    page, bar = _inventory(win, settle)
    page.products.table.selectRow(0)
    settle(win.ctx)
    detail = page.products.detail

    def stricter(actor, pid, qty, reason):          # e.g. a reason of blanks and dots only
        rules.check({"reason": (reason.strip(" ."), ADJUST_REASON), "quantity": (qty, lambda v: None)})
    monkeypatch.setattr(app.inventory, "adjust_stock", stricter)
    qtbot.keyClicks(detail.adj_qty, "-2")
    qtbot.keyClicks(detail.adj_reason, "...")
    assert detail.adj_btn.isEnabled()                 # the form itself has nothing to say
    qtbot.mouseClick(detail.adj_btn, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton)
    qtbot.waitUntil(bar.isVisible, timeout=10_000)
    assert bar.body.startswith("Reason: enter why the stock changes") and "column" not in bar.body
    assert detail.adj_check.message_for(detail.adj_reason).startswith("enter why the stock changes")
    assert detail.adj_reason.property("invalid") is True
    qtbot.keyClicks(detail.adj_reason, "x")            # typing again: the field judges for itself
    assert detail.adj_check.message_for(detail.adj_reason) is None

    import pytest

    from core.kernel.errors import ValidationError
    monkeypatch.undo()
    with pytest.raises(ValidationError) as refused:   # the command line keeps the column's name
        app.inventory.adjust_stock(owner, detail.product_id, Decimal(2), "")
    assert "reason" in str(refused.value) and str(refused.value.problems[0]).startswith("column 'reason': ")
    from core.kernel.errors import Problem
    in_file = Problem("'x' is not a number", file="sales.csv", row=3, column="Quantity")
    assert in_file.for_form() == str(in_file) == "sales.csv, row 3, column 'Quantity': 'x' is not a number"
    assert Problem("cannot be negative", row=2, column="unit_price").for_form() == "Line 2, unit price: cannot be negative"
