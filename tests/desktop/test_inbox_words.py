"""The inbox speaks plain words: every kind's proposal is shown under labels a person uses (no
``appointment_id``, ``staff_id`` or ``fix: null``), the raw JSON only under the owner's "Advanced"
toggle, and jobs by their titles."""
from __future__ import annotations

import re
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

import desktop.pages.inventory  # noqa: F401 - registers the purpose-built editors
import desktop.pages.invoices  # noqa: F401
import desktop.pages.schedule  # noqa: F401
from core.inbox.kinds import load_kinds
from desktop.inbox_editors import GenericEditor, ProposalEditor, create_editor, editor_name
from desktop.inbox_forms import FormEditor

SNAKE = re.compile(r"\b[a-z]+_[a-z_]+\b")

# A typical proposal of every kind that uses a form (the purpose-built editors are tested with their pages).
SAMPLES = {
    "time_off": {"request_id": 3, "staff_id": 5, "start": "2026-12-07", "end": "2026-12-08"},
    "shift_swap": {"swap_id": 1, "roster_id": 2, "day": "2026-12-01", "from_staff": 3, "to_staff": 1},
    "appointment_confirmation": {"appointment_id": 12},
    "appointment_reminder": {"appointment_id": 12, "to": "carla@x.example", "subject": "Reminder: tasting",
                             "body": "Dear Carla,\n\nsee you tomorrow."},
    "roster_fairness": {"staff_id": 4, "name": "Dev Patel", "shift": "CLS", "weight": 5},
    "roster_preference": {"staff_id": 4, "name": "Dev Patel", "weekday": 6, "shift": "OPN", "want": False,
                          "weight": 4},
    "data_quality": {"check": "negative_stock", "area": "inventory", "problem": "stock is -3 pcs",
                     "suggested_fix": "set stock to 0 after a count",
                     "fix": {"action": "inventory.set_stock_zero", "product_id": 9}},
    "backup_failed": {"error": "disk full", "folder": "/backups"},
    "parameter_change": {"product_id": 9, "parameter": "safety_factor", "from": "1", "to": "1.1",
                         "change": {"safety_factor": "1.1"}, "override_ids": [1, 2]},
    "supplier_ordering_days": {"supplier_id": 2, "ordering_days": "0", "from": "0,3", "rejections": [4, 5, 6]},
    "price_markdown": {"product_id": 9, "old_price": "4.00", "new_price": "3.20", "days": 28,
                       "cover_weeks": 30.5},
}
PURPOSE_BUILT = {"roster", "invoice_draft", "payment_reminder", "reorder", "winback_note", "visit_followup"}


def _detail(kind):
    return SimpleNamespace(kind=kind, title="Confirm Wedding cake tasting for Carla Client, Tue 01 Dec 10:00",
                           subject_label="Emma Rossi → Dev Patel" if kind == "shift_swap" else "Emma Rossi")


def _editor(qtbot, kind, role="owner"):
    host = QWidget()
    host.ctx = SimpleNamespace(actor=SimpleNamespace(role=role))
    qtbot.addWidget(host)
    spec = load_kinds()[kind]
    ed = create_editor(editor_name(kind, spec.editor), host)
    ed.allow_advanced(role == "owner")
    ed.host = host                     # keeps the parent (and so the editor) alive
    return ed


def _visible_words(ed: QWidget) -> list[str]:
    out = [w.text() for w in ed.findChildren(QLabel) if w.isVisibleTo(ed)]
    out += [c.itemText(i) for c in ed.findChildren(QComboBox) if c.isVisibleTo(ed) for i in range(c.count())]
    return out


def test_every_kind_has_an_editor_in_words():
    kinds = set(load_kinds())
    assert kinds - PURPOSE_BUILT <= set(SAMPLES), f"kinds without a form: {kinds - PURPOSE_BUILT - set(SAMPLES)}"
    for kind in kinds & PURPOSE_BUILT:
        assert editor_name(kind, load_kinds()[kind].editor) != "json", kind


@pytest.mark.parametrize("kind", sorted(SAMPLES))
def test_form_labels_are_words_not_field_names(qtbot, kind):
    if kind not in load_kinds():
        pytest.skip(f"{kind} is not registered in this build")
    ed = _editor(qtbot, kind, role="staff")
    assert isinstance(ed, FormEditor), kind
    ed.show()
    ed.set_detail(_detail(kind))
    ed.set_payload(SAMPLES[kind])
    labels = ed.labels()
    assert labels, kind
    for text in labels + _visible_words(ed):
        assert not SNAKE.search(text), f"{kind}: raw name {SNAKE.search(text).group()!r} in {text!r}"
        assert text.strip() not in {k for k in SAMPLES[kind] if "_" in k}, f"{kind}: shows key {text!r}"
        assert "null" not in text and "{" not in text, (kind, text)
    assert not ed.advanced.toggle.isVisibleTo(ed) and not ed.advanced.raw.isVisibleTo(ed)   # staff: no JSON
    assert ed.payload() == SAMPLES[kind] and not ed.is_dirty()       # ids pass through untouched


def test_time_off_and_swap_name_people_and_days(qtbot):
    ed = _editor(qtbot, "time_off")
    ed.set_detail(_detail("time_off"))
    ed.set_payload(SAMPLES["time_off"])
    assert "Who: Emma Rossi" in ed.shown_text() and "From: Monday 7 December 2026" in ed.shown_text()
    ed = _editor(qtbot, "shift_swap")
    ed.set_detail(_detail("shift_swap"))
    ed.set_payload(SAMPLES["shift_swap"])
    assert "Who: Emma Rossi → Dev Patel" in ed.shown_text() and "Day: Tuesday 1 December 2026" in ed.shown_text()


def test_data_quality_fix_is_a_choice_in_words(qtbot):
    ed = _editor(qtbot, "data_quality")
    ed.set_detail(_detail("data_quality"))
    ed.set_payload(SAMPLES["data_quality"])
    ed.set_field("fix", "Only record that someone looked at it")
    assert ed.payload()["fix"] is None and ed.is_dirty()
    ed.set_field("fix", "Apply the suggested fix (set stock to 0 after a count)")
    assert ed.payload()["fix"] == SAMPLES["data_quality"]["fix"]
    look_only = dict(SAMPLES["data_quality"], fix=None, suggested_fix="look at it")
    ed.set_payload(look_only)
    assert "When approved" not in ed.labels() and ed.payload() == look_only


def test_editable_fields_change_the_proposal(qtbot):
    ed = _editor(qtbot, "roster_preference")
    ed.set_payload(SAMPLES["roster_preference"])
    ed.set_field("weekday", "Saturday")
    ed.set_field("want", "Wants this shift")
    ed.set_field("weight", 7)
    assert ed.payload() == dict(SAMPLES["roster_preference"], weekday=5, want=True, weight=7)
    ed = _editor(qtbot, "appointment_reminder")
    ed.set_payload(SAMPLES["appointment_reminder"])
    ed.set_field("body", "Dear Carla,\nplease bring the samples.")
    assert ed.payload()["body"] == "Dear Carla,\nplease bring the samples."


def test_owner_sees_the_json_only_behind_advanced(qtbot):
    ed = _editor(qtbot, "roster_fairness", role="owner")
    ed.show()
    ed.set_payload(SAMPLES["roster_fairness"])
    assert ed.advanced.toggle.isVisibleTo(ed) and not ed.advanced.raw.isVisibleTo(ed)
    ed.advanced.toggle.setChecked(True)
    assert ed.advanced.raw.isVisibleTo(ed) and '"staff_id": 4' in ed.advanced.raw.toPlainText()
    ed.advanced.raw.setPlainText(ed.advanced.raw.toPlainText().replace('"weight": 5', '"weight": 9'))
    assert ed.payload()["weight"] == 9 and ed.widgets["weight"].value() == 9     # the form follows


def test_generic_fallback_labels_fields_in_words(qtbot):
    ed = create_editor("no-such-editor")
    qtbot.addWidget(ed)
    assert isinstance(ed, GenericEditor) and isinstance(ed, ProposalEditor)
    ed.set_payload({"appointment_id": 4, "staff_id": 2, "fix": None, "note": "x"})
    assert ed.labels() == ["Appointment", "Staff", "Fix", "Note"]
    assert not ed.advanced.toggle.isVisibleTo(ed)                  # nobody said this is the owner
