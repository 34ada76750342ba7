"""The inbox's "who decides" and automation's "runs on its own" settings are edited with a list
of kinds and a checklist of areas, in words, never as JSON — and what they save is what core reads."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from core.areas import load_settings
from core.kernel.settings import REGISTRY
from desktop.pages.settings.fields import AreasOffEditor, DecideRolesEditor, JsonEditor


def _settings(main_window, settle, area_title):
    main_window.show_page("settings")
    settle(main_window.ctx)
    page = main_window.pages["settings"]
    tab = next(i for i in range(page.tabs.count()) if page.tabs.tabText(i) == area_title)
    page.tabs.setCurrentIndex(tab)
    return page


def _form_of(page, key):
    return next(f for f in page.forms.values() if key in f.editors)


def test_who_decides_is_a_list_of_kinds_with_a_role_choice(main_window, app, owner, settle, qtbot):
    page = _settings(main_window, settle, "Inbox")
    form = _form_of(page, "inbox.decide_roles")
    ed = form.editors["inbox.decide_roles"]
    assert isinstance(ed, DecideRolesEditor) and not isinstance(ed, JsonEditor)
    assert not ed.findChildren(QPlainTextEdit)
    titles = [ed.titles[k].text() for k in ed.boxes]
    assert "Payment reminder" in titles and "Draft roster" in titles          # kinds by their titles
    assert all("_" not in t for t in titles)
    box = ed.boxes["payment_reminder"]
    assert box.currentText().startswith("As usual (owner and bookkeeper")
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)                 # a person picks with the keyboard
    while box.currentText() != "Owner, staff and bookkeeper":
        qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle(main_window.ctx)
    assert app.settings.get("inbox.decide_roles") == {"payment_reminder": ["bookkeeper", "owner", "staff"]}
    rows = {r.kind: r for r in app.inbox.decision_roles()}
    assert set(rows["payment_reminder"].roles) == {"bookkeeper", "owner", "staff"} and rows["payment_reminder"].customised
    box.setCurrentIndex(0)                               # back to as usual
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle(main_window.ctx)
    assert app.settings.get("inbox.decide_roles") == {}


def test_automation_areas_are_a_checklist(main_window, app, owner, settle, qtbot):
    page = _settings(main_window, settle, "Automation")
    form = _form_of(page, "automation.areas_off")
    ed = form.editors["automation.areas_off"]
    assert isinstance(ed, AreasOffEditor)
    assert set(ed.boxes) >= {"inventory", "invoicing", "scheduling"}
    assert all(b.isChecked() for b in ed.boxes.values())                    # everything runs
    assert form.key_for_label("Automation that runs on its own") == "automation.areas_off"
    qtbot.mouseClick(ed.boxes["invoicing"], Qt.MouseButton.LeftButton)
    assert not ed.boxes["invoicing"].isChecked()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle(main_window.ctx)
    assert app.settings.get("automation.areas_off") == ["invoicing"]
    jobs = {j.id: j for j in app.automation.list_jobs()}
    assert not jobs["invoicing.dunning"].area_enabled and jobs["inventory.reorder"].area_enabled


def test_round_trip_keeps_unknown_entries(qapp):
    load_settings()
    roles = DecideRolesEditor(REGISTRY["inbox.decide_roles"])
    roles.set_value({"roster": ["owner", "staff"], "gone_kind": ["staff"]})
    assert roles.boxes["roster"].currentText() == "Owner and staff"
    assert roles.value() == {"roster": ["owner", "staff"], "gone_kind": ["staff"]}
    areas = AreasOffEditor(REGISTRY["automation.areas_off"])
    areas.set_value(["scheduling", "retired_area"])
    assert not areas.boxes["scheduling"].isChecked() and areas.boxes["inventory"].isChecked()
    assert areas.value() == ["retired_area", "scheduling"]


def test_the_fill_rate_target_is_a_setting_in_words(main_window, app, owner, settle, qtbot):
    page = _settings(main_window, settle, "Inventory")
    form = _form_of(page, "inventory.fill_rate_target")
    assert form.key_for_label("Fill rate target for new products") == "inventory.fill_rate_target"
    ed = form.editors["inventory.fill_rate_target"].edit
    assert ed.text() == "0.95"
    ed.setFocus()
    ed.selectAll()
    qtbot.keyClicks(ed, "97%")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle(main_window.ctx)
    assert app.settings.get("inventory.fill_rate_target") == "0.97"
    assert app.inventory.create_product(owner, "N1", "New").fill_rate_target == Decimal("0.97")
