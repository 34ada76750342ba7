"""Settings page (form, validation, users admin) and Audit page (filters, detail, export)."""
from __future__ import annotations

from datetime import timedelta

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QApplication

from core.kernel.actor import Role
from core.kernel.errors import PermissionDenied
from core.kernel.settings import REGISTRY, SettingSpec, p_text
from desktop.pages.settings.fields import (CurrencyEditor, JsonEditor, OpeningHoursEditor,
                                           TaxRatesEditor, TextEditor, editor_for)
from desktop.pages.settings.users import MyAccount, UsersAdmin


def _settings(win, settle):
    win.show_page("settings")
    settle(win.ctx)
    page = win.pages["settings"]
    assert page.loaded
    return page


def _audit(win, settle):
    win.show_page("audit")
    settle(win.ctx)
    return win.pages["audit"]


def test_changing_a_setting_shows_up_in_the_audit_page(main_window, app, settle, qtbot):
    page = _settings(main_window, settle)
    assert not page.save_button.isEnabled()               # nothing changed yet
    page.forms["shop"].editors["shop.name"].edit.setText("Bakery on the Corner")
    assert page.save_button.isEnabled() and page.dirty
    qtbot.mouseClick(page.save_button, pytest.importorskip("PySide6.QtCore").Qt.MouseButton.LeftButton)
    settle(main_window.ctx)
    assert app.settings.get("shop.name") == "Bakery on the Corner"
    assert not page.dirty and "1 setting saved" in main_window.statusBar().currentMessage()

    audit = _audit(main_window, settle)
    rows = audit.visible_rows()
    change = next(r for r in rows if r.summary == "Shop name changed")
    assert change.username == main_window.ctx.actor.username
    assert change.after == {"shop.name": "Bakery on the Corner"}
    audit.table.selectRow(audit.model.row_of(change.id))
    detail = audit.detail.toPlainText()
    assert "Bakery on the Corner" in detail and "My shop" in detail    # before and after


def test_invalid_values_are_shown_next_to_their_field_and_nothing_is_written(main_window, app, owner,
                                                                              settle):
    page = _settings(main_window, settle)
    before = app.audit.count(owner)
    shop = page.forms["shop"]
    shop.editors["shop.currency"].set_value("ZZZZ")
    shop.editors["shop.name"].edit.setText("Still fine")
    tax = shop.editors["shop.tax_rates"]
    tax.table.item(0, 2).setText("150")
    page.save()
    settle(main_window.ctx)
    assert shop.errors["shop.currency"].isVisible()
    assert "currency" in shop.errors["shop.currency"].text()
    assert "between 0 and 100" in shop.errors["shop.tax_rates"].text()
    assert not shop.errors["shop.name"].isVisible()
    assert app.audit.count(owner) == before
    assert app.settings.get("shop.name") == "My shop"
    page.revert()
    settle(main_window.ctx)
    assert shop.editors["shop.name"].value() == "My shop"
    assert not shop.errors["shop.currency"].isVisible()


def test_an_empty_shop_name_is_refused_at_the_field_and_in_core(main_window, app, owner, settle, qtbot):
    from PySide6.QtCore import Qt
    from core.kernel.errors import ValidationError
    page = _settings(main_window, settle)
    shop = page.forms["shop"]
    name = shop.editors["shop.name"].edit
    name.selectAll()
    qtbot.keyClick(name, Qt.Key.Key_Delete)                      # the person empties the field
    assert shop.errors["shop.name"].isVisible()
    assert "enter the shop's name" in shop.errors["shop.name"].text()
    assert name.property("invalid") is True
    assert not page.save_button.isEnabled() and "Fix the fields" in page.note.text()
    qtbot.keyClicks(name, "Corner Bakery")                       # fixed: the message goes, Save comes back
    assert not shop.errors["shop.name"].isVisible() and page.save_button.isEnabled()
    with pytest.raises(ValidationError, match="shop's name"):
        app.settings.update(owner, {"shop.name": "   "})       # core refuses it too (CLI, imports)
    assert app.settings.get("shop.name") == "My shop"


def test_every_registered_setting_gets_an_editor_including_ones_added_later(monkeypatch, make_window,
                                                                            owner, settle, app):
    monkeypatch.setitem(REGISTRY, "inventory.safety_days", SettingSpec(
        "inventory.safety_days", 3, "Safety days", "Extra days of stock.", lambda v: int(v),
        area="inventory", kind="int"))
    monkeypatch.setitem(REGISTRY, "inventory.note", SettingSpec(
        "inventory.note", "", "Note", "Free text.", p_text, area="inventory"))
    win = make_window(owner)
    page = _settings(win, settle)
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert tabs[:2] == ["Shop", "Application"] and "Inventory" in tabs and tabs[-3:] == ["Users", "Database", "Language"]
    for spec in REGISTRY.values():
        assert any(spec.key in f.editors for f in page.forms.values()), spec.key
    page.forms["inventory"].editors["inventory.safety_days"].spin.setValue(5)
    page.save()
    settle(win.ctx)
    with app.db.read() as s:
        from core.kernel.settings import SettingRow
        assert s.get(SettingRow, "inventory.safety_days").value == 5


def test_purpose_built_editors_round_trip(qapp):
    assert isinstance(editor_for(REGISTRY["shop.currency"]), CurrencyEditor)
    hours = editor_for(REGISTRY["shop.opening_hours"])
    assert isinstance(hours, OpeningHoursEditor)
    value = {"mon": ["08:00", "18:00"], "tue": [], "wed": ["09:30", "13:00"], "thu": [], "fri": [],
             "sat": ["10:00", "16:00"], "sun": []}
    hours.set_value(value)
    assert hours.value() == value
    taxes = editor_for(REGISTRY["shop.tax_rates"])
    assert isinstance(taxes, TaxRatesEditor)
    taxes.set_value(REGISTRY["shop.tax_rates"].default)
    assert REGISTRY["shop.tax_rates"].parse(taxes.value()) == REGISTRY["shop.tax_rates"].default
    spec = SettingSpec("x.json", {"a": 1}, "X", "", lambda v: v, kind="json")
    ed = editor_for(spec)
    assert isinstance(ed, JsonEditor)
    ed.edit.setPlainText("{broken")
    with pytest.raises(ValueError, match="not valid JSON"):
        ed.value()
    assert isinstance(editor_for(SettingSpec("x.y", "", "Y", "", p_text, kind="newkind")), TextEditor)


def test_owner_adds_a_user_changes_role_resets_password_and_deactivates(main_window, app, settle, qtbot):
    page = _settings(main_window, settle)
    admin = page.users
    assert isinstance(admin, UsersAdmin)
    assert admin.stack.currentWidget() is admin.empty          # only the owner so far
    dlg = admin.add_dialog()
    dlg.username.setText("kim")
    dlg.display_name.setText("Kim Till")
    dlg.role.setCurrentIndex(dlg.role.findData(Role.STAFF))
    dlg.password.setText("kims-pass-2026")
    dlg.repeat.setText("kims-pass-2026")
    dlg.ok.click()
    settle(main_window.ctx)
    assert not dlg.isVisible()
    kim = app.users.by_name("kim")
    assert kim.role == Role.STAFF and kim.display_name == "Kim Till"
    assert admin.stack.currentWidget() is admin.table
    assert "kim" in [admin.table.item(r, 0).text() for r in range(admin.table.rowCount())]

    dup = admin.add_dialog()                          # core's refusal is shown in the dialog
    dup.username.setText("kim")
    dup.password.setText("another-one-2026")
    dup.repeat.setText("another-one-2026")
    dup.ok.click()
    settle(main_window.ctx)
    assert dup.isVisible() and "already a user called 'kim'" in dup.error.text()
    dup.reject()

    admin.select_user("kim")
    role = admin.role_dialog()
    role.role.setCurrentIndex(role.role.findData(Role.BOOKKEEPER))
    role.display_name.setText("Kim Books")
    role.ok.click()
    settle(main_window.ctx)
    assert app.users.by_name("kim").role == Role.BOOKKEEPER
    assert app.users.by_name("kim").display_name == "Kim Books"

    admin.select_user("olivia")                      # the last active owner cannot be demoted
    last = admin.role_dialog()
    last.role.setCurrentIndex(last.role.findData(Role.STAFF))
    last.ok.click()
    settle(main_window.ctx)
    assert last.isVisible() and "owner" in last.error.text() and last.error.isVisible()
    assert app.users.by_name("olivia").role == Role.OWNER
    last.reject()

    admin.select_user("kim")
    pw = admin.password_dialog()
    pw.password.setText("new-secret")
    pw.repeat.setText("new-secret")
    pw.ok.click()
    settle(main_window.ctx)
    assert app.users.authenticate("kim", "new-secret").username == "kim"

    admin.select_user("kim")
    admin.toggle_active(confirm=False)
    settle(main_window.ctx)
    assert not app.users.by_name("kim").active
    summaries = {r.summary for r in app.audit.list(main_window.ctx.actor)}
    assert {"user kim added as staff", "user kim changed", "password of kim changed"} <= summaries


def test_staff_gets_no_user_admin_and_core_refuses_the_staff_actor(make_window, app, staff, settle):
    win = make_window(staff)
    page = _settings(win, settle)
    assert isinstance(page.users, MyAccount)
    assert not page.findChildren(UsersAdmin)
    assert page.tabs.tabText(page.users_tab_index) == "My account"
    assert not page.forms["shop"].editors["shop.name"].isEnabled()      # read-only for staff
    assert "Only the shop's owner" in page.note.text()
    assert "audit" not in [s.key for s in win.specs]
    with pytest.raises(PermissionDenied):
        app.users.add(staff, "eve", Role.OWNER, "sneaky-pw-2026")
    with pytest.raises(PermissionDenied):
        app.settings.update(staff, {"shop.name": "Mine now"})
    with pytest.raises(PermissionDenied):
        app.audit.list(staff)


def test_anyone_changes_their_own_password_after_confirming_the_current_one(make_window, app, staff,
                                                                           settle):
    win = make_window(staff)
    page = _settings(win, settle)
    dlg = page.users.password_dialog()
    dlg.current.setText("wrong-one")
    dlg.password.setText("brand-new-pass")
    dlg.repeat.setText("brand-new-pass")
    dlg.ok.click()
    settle(win.ctx)
    assert dlg.isVisible() and "Wrong user name or password" in dlg.error.text().replace("wrong", "Wrong")
    dlg.current.setText("secret-pw-2026")
    dlg.ok.click()
    settle(win.ctx)
    assert not dlg.isVisible()
    assert app.users.authenticate("sam", "brand-new-pass").username == "sam"


def test_audit_filters_by_user_area_text_and_date(main_window, app, owner, staff, clock, settle, qtbot):
    app.settings.update(owner, {"shop.phone": "0131 555 0100"})
    clock.advance(timedelta(days=40))
    app.settings.update(owner, {"shop.email": "shop@example.org"})
    page = _audit(main_window, settle)
    page.refresh()
    settle(main_window.ctx)
    assert page.model.rowCount() == app.audit.count(owner) >= 4

    assert page.user_combo.findData("sam") == -1          # sam has done nothing yet
    app.users.set_password(staff, staff.user_id, "sams-new-pw")
    page.refresh()
    settle(main_window.ctx)
    page.user_combo.setCurrentIndex(page.user_combo.findData("sam"))
    settle(main_window.ctx)
    assert [r.summary for r in page.visible_rows()] == ["password of sam changed"]
    page.search.setText("no such text anywhere")
    page.refresh()
    settle(main_window.ctx)
    assert page.model.rowCount() == 0
    assert page.stack.currentWidget() is page.empty and page.empty.button.isVisible()
    page.clear_filters()
    settle(main_window.ctx)

    page.area_combo.setCurrentIndex(page.area_combo.findData("settings"))
    settle(main_window.ctx)
    assert {r.area for r in page.visible_rows()} == {"settings"} and page.model.rowCount() == 2

    page.search.setText("example.org")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    settle(main_window.ctx)
    assert page.visible_rows()[0].summary == "E-mail changed"
    page.clear_filters()
    settle(main_window.ctx)

    page.period_combo.setCurrentText("Last 7 days")             # "today" is 40 days later now
    settle(main_window.ctx)
    assert [r.summary for r in page.visible_rows()] == ["password of sam changed", "E-mail changed"]
    page.period_combo.setCurrentText("Between dates…")
    assert page.date_from.isVisible()
    start = clock.now().date() - timedelta(days=41)
    from PySide6.QtCore import QDate
    page.date_from.setDate(QDate(start.year, start.month, start.day))
    end = start + timedelta(days=2)
    page.date_to.setDate(QDate(end.year, end.month, end.day))
    page.refresh()
    settle(main_window.ctx)
    assert "E-mail changed" not in [r.summary for r in page.visible_rows()]
    assert "Phone changed" in [r.summary for r in page.visible_rows()]


def test_audit_export_to_xlsx_runs_off_the_gui_thread_with_the_filters(main_window, app, owner, tmp_path,
                                                                      settle):
    app.settings.update(owner, {"shop.phone": "0131 555 0100", "shop.email": "a@b.example"})
    page = _audit(main_window, settle)
    page.refresh()
    settle(main_window.ctx)
    page.area_combo.setCurrentIndex(page.area_combo.findData("settings"))
    settle(main_window.ctx)
    out = tmp_path / "exports" / "audit.xlsx"
    page.export_to(out)
    assert not page.export_button.isEnabled()                 # busy while the worker writes
    settle(main_window.ctx)
    assert page.export_button.isEnabled() and page.last_export == (out, 2)
    ws = load_workbook(out).worksheets[0]
    text = " ".join(str(c.value) for row in ws.iter_rows() for c in row if c.value is not None)
    assert "Phone changed" in text and "E-mail changed" in text
    assert "first owner" not in text                          # filtered to the settings area


def test_audit_table_is_lazy_over_many_entries(main_window, app, owner, settle):
    from core.kernel.audit import record
    with app.db.uow() as s:
        for i in range(2500):
            record(s, owner, area="inventory", action="adjust stock", entity="product", entity_id=i,
                   before={"qty": i}, after={"qty": i + 1}, summary=f"stock of product {i} adjusted")
    page = _audit(main_window, settle)
    page.refresh()
    settle(main_window.ctx)
    assert page.model.rowCount() == 2501
    assert len(page.model._pages) <= 2                        # only what was looked at was fetched
    page.table.scrollToBottom()
    QApplication.processEvents()
    last = page.model.row_data(page.model.rowCount() - 1)
    assert last.summary == "first owner olivia created"


def test_activity_report_counts_changes_per_person_area_and_day(main_window, app, owner, staff, clock,
                                                               settle):
    from desktop.pages.audit.reports import ActivitySection
    app.settings.update(owner, {"shop.phone": "1"})
    app.settings.update(owner, {"shop.phone": "2"})
    clock.advance(timedelta(days=3))
    app.users.set_password(staff, staff.user_id, "sams-new-pw")
    main_window.show_page("reports")
    settle(main_window.ctx)
    page = main_window.pages["reports"]
    titles = [s.title for s in page.sections]
    assert "Activity (audit log)" in titles
    page.nav.setCurrentRow(titles.index("Activity (audit log)"))
    settle(main_window.ctx)
    section = page.current_section()
    assert isinstance(section, ActivitySection)
    result = section.result
    assert result.counts[("olivia", "settings")] == 2
    assert result.counts[("sam", "users")] == 1
    assert result.per_day[-1] == 1 and result.per_day[-4] == result.total - 1
    assert section.table.rowCount() == 2
    assert section.stack.currentWidget() is section.body


def test_activity_report_is_refused_to_staff(make_window, staff, settle):
    from desktop.pages.audit.reports import ActivitySection
    win = make_window(staff)
    win.show_page("reports")
    settle(win.ctx)
    page = win.pages["reports"]
    titles = [s.title for s in page.sections]
    page.nav.setCurrentRow(titles.index("Activity (audit log)"))
    settle(win.ctx)
    section = page.current_section()
    assert isinstance(section, ActivitySection)
    assert section.stack.currentWidget() is section.denied and section.result is None


def test_the_smtp_password_is_a_password_field_showing_only_set_or_not_set(main_window, app, owner, settle,
                                                                             qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit
    from core.kernel.audit import AuditFilter
    from desktop.pages.settings.fields import SecretEditor
    page = _settings(main_window, settle)
    mail = page.forms["mail"]
    secret = mail.editors["mail.smtp_password"]
    assert isinstance(secret, SecretEditor)
    assert secret.status.text() == "not set" and not secret.edit.isVisible()
    page.tabs.setCurrentIndex(list(page.forms).index("mail"))
    qtbot.mouseClick(secret.change_button, Qt.MouseButton.LeftButton)
    assert secret.edit.isVisible() and secret.edit.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(secret.edit, "Mail-Server-Pass 1")
    assert page.save_button.isEnabled()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle(main_window.ctx)
    assert app.settings.get("mail.smtp_password") == "Mail-Server-Pass 1"
    assert secret.status.text() == "set" and not secret.edit.isVisible()
    assert secret.change_button.text() == "Change…"
    [entry] = app.audit.list(owner, AuditFilter(entity_id="mail.smtp_password"))
    assert entry.after == {"mail.smtp_password": "(secret changed)"}

    # Saving another mail setting leaves the secret alone.
    mail.editors["mail.smtp_user"].edit.setText("shop")
    page.save()
    settle(main_window.ctx)
    assert app.settings.get("mail.smtp_password") == "Mail-Server-Pass 1"
    assert len(app.audit.list(owner, AuditFilter(entity_id="mail.smtp_password"))) == 1

    # Change, then save with an empty field: removed.
    qtbot.mouseClick(secret.change_button, Qt.MouseButton.LeftButton)
    page.save()
    settle(main_window.ctx)
    assert app.settings.get("mail.smtp_password") == ""
    assert secret.status.text() == "not set"
