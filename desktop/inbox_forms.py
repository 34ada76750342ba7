"""Labelled proposal forms for the inbox kinds that have no purpose-built editor.

Each kind gets a small form in plain words: who and what the item is about (from the item's own
title and subject, never an id), and only the values a person may change, each under a label a
shop owner would use. Values a form does not show (ids the applier needs) are passed through
unchanged; the owner can still see and edit them as raw data under "Advanced".
"""
from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox,
                               QVBoxLayout, QWidget)

from desktop.inbox_editors import AdvancedJson, ProposalEditor, register_editor

WEEKDAYS = (QT_TRANSLATE_NOOP("InboxForms", "Monday"), QT_TRANSLATE_NOOP("InboxForms", "Tuesday"), QT_TRANSLATE_NOOP("InboxForms", "Wednesday"), QT_TRANSLATE_NOOP("InboxForms", "Thursday"), QT_TRANSLATE_NOOP("InboxForms", "Friday"), QT_TRANSLATE_NOOP("InboxForms", "Saturday"), QT_TRANSLATE_NOOP("InboxForms", "Sunday"))

Shown = Callable[[dict[str, Any], Any], str]           # (payload, suggestion detail) -> words
Choices = Callable[[dict[str, Any]], list[tuple[Any, str]]]


def _tr(text: str) -> str:
    """A form's words (marked with QT_TRANSLATE_NOOP in the tables below) in the user's language."""
    return QCoreApplication.translate("InboxForms", text) if text else ""


@dataclass(frozen=True)
class Field:
    """One row of a form: ``key`` in the payload, the ``label`` a person reads, and how it is shown.

    kind: "shown" (read-only words from ``shown``), "text", "multiline", "int" or "choice"."""
    key: str
    label: str
    kind: str = "shown"
    shown: Shown | None = None
    choices: Choices | None = None
    help: str = ""
    minimum: int = 0
    maximum: int = 1000


def day_words(value: Any) -> str:
    try:
        d = value if isinstance(value, date) else date.fromisoformat(str(value))
    except ValueError:
        return str(value)
    return QLocale().toString(QDate(d.year, d.month, d.day), "dddd d MMMM yyyy")


def _subject(payload: dict[str, Any], detail: Any) -> str:
    return getattr(detail, "subject_label", "") or getattr(detail, "title", "") or ""


def _title(payload: dict[str, Any], detail: Any) -> str:
    return getattr(detail, "title", "") or ""


def _value(key: str, fmt: Callable[[Any], str] = str) -> Shown:
    return lambda payload, _detail: "" if payload.get(key) in (None, "") else fmt(payload[key])


class FormEditor(ProposalEditor):
    """A proposal as a labelled form (see :class:`Field`); ``note`` says what approving does."""

    def __init__(self, fields: tuple[Field, ...], note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formEditor")
        self.fields = fields
        self.widgets: dict[str, QWidget] = {}
        self.row_labels: dict[str, QLabel] = {}
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for f in fields:
            w = self._make(f)
            w.setObjectName(f"field:{f.key}")
            w.setAccessibleName(_tr(f.label))
            if f.help:
                w.setToolTip(_tr(f.help))
            label = QLabel(_tr(f.label))
            label.setBuddy(w)
            self.form.addRow(label, w)
            self.widgets[f.key] = w
            self.row_labels[f.key] = label
        lay.addLayout(self.form)
        self.note = QLabel(_tr(note))
        self.note.setObjectName("fieldHelp")
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        lay.addWidget(self.note)
        self.advanced = AdvancedJson(self)
        self.advanced.raw.textChanged.connect(self._raw_changed)
        lay.addWidget(self.advanced, 1)
        self._payload: dict[str, Any] = {}
        self._loading = False

    def _make(self, f: Field) -> QWidget:
        if f.kind == "text":
            w = QLineEdit()
            w.textChanged.connect(self._edited)
        elif f.kind == "multiline":
            w = QPlainTextEdit()
            w.setTabChangesFocus(True)
            w.setMinimumHeight(w.fontMetrics().lineSpacing() * 6 + 14)
            w.textChanged.connect(self._edited)
        elif f.kind == "int":
            w = QSpinBox()
            w.setRange(f.minimum, f.maximum)
            w.setMaximumWidth(120)
            w.valueChanged.connect(self._edited)
        elif f.kind == "choice":
            w = QComboBox()
            w.currentIndexChanged.connect(self._edited)
        else:
            w = QLabel()
            w.setWordWrap(True)
            w.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return w

    # ---- showing -------------------------------------------------------------------------
    def allow_advanced(self, allowed: bool) -> None:
        self.advanced.set_allowed(allowed)

    def set_payload(self, payload: Any) -> None:
        self._original = copy.deepcopy(payload)
        self._payload = copy.deepcopy(payload) if isinstance(payload, dict) else {}
        self._loading = True
        try:
            for f in self.fields:
                self._show(f)
            self.advanced.set_data(payload)
        finally:
            self._loading = False

    def _show(self, f: Field) -> None:
        w, p = self.widgets[f.key], self._payload
        if f.kind == "shown":
            text = f.shown(p, self.detail) if f.shown else str(p.get(f.key, ""))
            w.setText(text)
            self.form.setRowVisible(w, bool(text))
        elif f.kind == "text":
            w.setText("" if p.get(f.key) is None else str(p[f.key]))
        elif f.kind == "multiline":
            w.setPlainText("" if p.get(f.key) is None else str(p[f.key]))
        elif f.kind == "int":
            try:
                w.setValue(int(p.get(f.key) or 0))
            except (TypeError, ValueError):
                w.setValue(f.minimum)
        elif f.kind == "choice":
            w.clear()
            options = f.choices(p) if f.choices else []
            for value, words in options:
                w.addItem(words, value)
            current = next((i for i, (value, _w) in enumerate(options) if value == p.get(f.key)), 0)
            w.setCurrentIndex(current)
        if f.kind != "shown":     # a choice with nothing to choose from is left out
            self.form.setRowVisible(w, f.key in p and (f.kind != "choice" or w.count() > 0))

    def labels(self) -> list[str]:
        """The labels of the rows a person sees now (tests, screen readers)."""
        return [self.row_labels[f.key].text() for f in self.fields if self.form.isRowVisible(self.widgets[f.key])]

    def shown_text(self) -> str:
        """Everything the form shows as text, label: value, one per line."""
        out = []
        for f in self.fields:
            w = self.widgets[f.key]
            if not self.form.isRowVisible(w):
                continue
            value = (w.text() if isinstance(w, (QLabel, QLineEdit)) else w.toPlainText()
                     if isinstance(w, QPlainTextEdit) else w.currentText() if isinstance(w, QComboBox)
                     else str(w.value()))
            out.append(f"{_tr(f.label)}: {value}")
        return "\n".join(out + ([self.note.text()] if self.note.text() else []))

    # ---- editing -------------------------------------------------------------------------
    def _edited(self, *_args: Any) -> None:
        if self._loading:
            return
        self._loading = True
        try:
            self.advanced.set_data(self._form_payload())
        finally:
            self._loading = False
        self.changed.emit()

    def _raw_changed(self) -> None:
        if self._loading:
            return
        try:
            data = self.advanced.data()
        except ValueError:
            self.changed.emit()
            return
        if isinstance(data, dict):
            self._payload = data
            self._loading = True
            try:
                for f in self.fields:
                    self._show(f)
            finally:
                self._loading = False
        self.changed.emit()

    def _form_payload(self) -> dict[str, Any]:
        out = copy.deepcopy(self._payload)
        for f in self.fields:
            if f.key not in out or f.kind == "shown":
                continue
            w = self.widgets[f.key]
            if f.kind == "text":
                out[f.key] = w.text()
            elif f.kind == "multiline":
                out[f.key] = w.toPlainText()
            elif f.kind == "int":
                out[f.key] = w.value()
            elif f.kind == "choice" and w.count():
                out[f.key] = w.currentData()
        return out

    def payload(self) -> Any:
        if self.advanced.active:
            return self.advanced.data()
        if not isinstance(self._original, dict):
            return copy.deepcopy(self._original)
        return self._form_payload()

    def set_field(self, key: str, value: Any) -> None:
        """Change one field as a person would (tests, scripts): text, number or a choice's words."""
        w = self.widgets[key]
        if isinstance(w, QLineEdit):
            w.setText(str(value))
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText(str(value))
        elif isinstance(w, QSpinBox):
            w.setValue(int(value))
        elif isinstance(w, QComboBox):
            i = w.findText(str(value))
            if i < 0:
                raise KeyError(f"{key}: no choice {value!r}")
            w.setCurrentIndex(i)
        else:
            raise KeyError(f"{key} is shown, not edited")

    def set_read_only(self, read_only: bool) -> None:
        for w in self.widgets.values():
            if isinstance(w, (QLineEdit, QPlainTextEdit)):
                w.setReadOnly(read_only)
            elif not isinstance(w, QLabel):
                w.setEnabled(not read_only)
        self.advanced.raw.setReadOnly(read_only)


# ----------------------------------------------------------------------------- the kinds' forms
def _fix_choices(payload: dict[str, Any]) -> list[tuple[Any, str]]:
    fix = payload.get("fix")
    if fix is None:
        return []               # nothing to choose: approving records that someone looked at it
    how = payload.get("suggested_fix") or QCoreApplication.translate("InboxForms", "as described")
    return [(fix, QCoreApplication.translate("InboxForms", "Apply the suggested fix ({how})").format(how=how)),
            (None, QCoreApplication.translate("InboxForms", "Only record that someone looked at it"))]


def _change_words(payload: dict[str, Any], _detail: Any) -> str:
    names = {"safety_factor": QCoreApplication.translate("InboxForms", "safety factor"),
             "owner_min": QCoreApplication.translate("InboxForms", "minimum stock"),
             "owner_max": QCoreApplication.translate("InboxForms", "maximum stock")}
    change = payload.get("change") or {}
    return ", ".join(f"{names.get(k, k.replace('_', ' '))} → {v}" for k, v in change.items())


def _param_words(payload: dict[str, Any], _detail: Any) -> str:
    names = {"safety_factor": QCoreApplication.translate("InboxForms", "Safety factor"),
             "owner_min/owner_max": QCoreApplication.translate("InboxForms", "Minimum / maximum stock")}
    param = str(payload.get("parameter", ""))
    return QCoreApplication.translate("InboxForms", "{setting}: now {value}").format(
        setting=names.get(param, param.replace("_", " ").capitalize()), value=payload.get("from", "?"))


FORMS: dict[str, tuple[tuple[Field, ...], str]] = {
    "time_off": ((
        Field("staff_id", QT_TRANSLATE_NOOP("InboxForms", "Who"), shown=_subject),
        Field("start", QT_TRANSLATE_NOOP("InboxForms", "From"), shown=_value("start", day_words)),
        Field("end", QT_TRANSLATE_NOOP("InboxForms", "Until"), shown=_value("end", day_words)),
    ), QT_TRANSLATE_NOOP("InboxForms", "Approving grants the time off as asked; rejecting refuses it. The dates are the person's own "
       "request: ask them to send a new one to change them.")),
    "shift_swap": ((
        Field("from_staff", QT_TRANSLATE_NOOP("InboxForms", "Who"), shown=_subject),
        Field("day", QT_TRANSLATE_NOOP("InboxForms", "Day"), shown=_value("day", day_words)),
    ), QT_TRANSLATE_NOOP("InboxForms", "Approving swaps the two people's shifts that day in the roster; rejecting keeps the roster as it is.")),
    "appointment_confirmation": ((
        Field("appointment_id", QT_TRANSLATE_NOOP("InboxForms", "Appointment"), shown=_title),
    ), QT_TRANSLATE_NOOP("InboxForms", "Approving confirms the booking; rejecting cancels it and frees the slot.")),
    "appointment_reminder": ((
        Field("appointment_id", QT_TRANSLATE_NOOP("InboxForms", "Appointment"), shown=_title),
        Field("to", QT_TRANSLATE_NOOP("InboxForms", "To"), "text", help=QT_TRANSLATE_NOOP("InboxForms", "The customer's e-mail address")),
        Field("subject", QT_TRANSLATE_NOOP("InboxForms", "Subject"), "text"),
        Field("body", QT_TRANSLATE_NOOP("InboxForms", "Message"), "multiline"),
    ), QT_TRANSLATE_NOOP("InboxForms", "Approving sends the message (or writes it to the outbox folder when no mail server is set).")),
    "roster_fairness": ((
        Field("name", QT_TRANSLATE_NOOP("InboxForms", "Who"), shown=_value("name")),
        Field("shift", QT_TRANSLATE_NOOP("InboxForms", "Shift to spare them"), shown=_value("shift")),
        Field("weight", QT_TRANSLATE_NOOP("InboxForms", "How strongly"), "int", minimum=1, maximum=100,
              help=QT_TRANSLATE_NOOP("InboxForms", "Higher means future rosters avoid giving them this shift more firmly")),
    ), QT_TRANSLATE_NOOP("InboxForms", "Approving adds a 'rather not' wish for this shift; future drafts weigh it.")),
    "roster_preference": ((
        Field("name", QT_TRANSLATE_NOOP("InboxForms", "Who"), shown=_value("name")),
        Field("weekday", QT_TRANSLATE_NOOP("InboxForms", "Day"), "choice", choices=lambda _p: [(i, _tr(d)) for i, d in enumerate(WEEKDAYS)]),
        Field("shift", QT_TRANSLATE_NOOP("InboxForms", "Shift"), shown=_value("shift")),
        Field("want", QT_TRANSLATE_NOOP("InboxForms", "Wish"), "choice",
              choices=lambda _p: [(True, QCoreApplication.translate("InboxForms", "Wants this shift")),
                                  (False, QCoreApplication.translate("InboxForms", "Would rather not work it"))]),
        Field("weight", QT_TRANSLATE_NOOP("InboxForms", "How much it counts"), "int", minimum=1, maximum=100),
    ), QT_TRANSLATE_NOOP("InboxForms", "Approving records the wish; future drafts weigh it.")),
    "data_quality": ((
        Field("subject", QT_TRANSLATE_NOOP("InboxForms", "About"), shown=_subject),
        Field("problem", QT_TRANSLATE_NOOP("InboxForms", "Problem"), shown=_value("problem")),
        Field("suggested_fix", QT_TRANSLATE_NOOP("InboxForms", "Suggested fix"), shown=_value("suggested_fix")),
        Field("fix", QT_TRANSLATE_NOOP("InboxForms", "When approved"), "choice", choices=_fix_choices),
    ), QT_TRANSLATE_NOOP("InboxForms", "Approving applies the fix chosen above, or records that someone looked at it.")),
    "backup_failed": ((
        Field("error", QT_TRANSLATE_NOOP("InboxForms", "What went wrong"), shown=_value("error")),
        Field("folder", QT_TRANSLATE_NOOP("InboxForms", "Backups folder"), shown=_value("folder")),
    ), QT_TRANSLATE_NOOP("InboxForms", "Approving records that you dealt with it; the next backup runs as scheduled.")),
    "parameter_change": ((
        Field("product_id", QT_TRANSLATE_NOOP("InboxForms", "Product"), shown=_subject),
        Field("parameter", QT_TRANSLATE_NOOP("InboxForms", "Setting"), shown=_param_words),
        Field("change", QT_TRANSLATE_NOOP("InboxForms", "Proposed"), shown=_change_words),
    ), QT_TRANSLATE_NOOP("InboxForms", "Approving changes the product's setting; use Advanced to change the proposed value.")),
    "price_markdown": ((
        Field("product_id", QT_TRANSLATE_NOOP("InboxForms", "Product"), shown=_subject),
        Field("old_price", QT_TRANSLATE_NOOP("InboxForms", "Price now"), shown=_value("old_price")),
        Field("new_price", QT_TRANSLATE_NOOP("InboxForms", "Marked-down price"), kind="text"),
        Field("days", QT_TRANSLATE_NOOP("InboxForms", "For days"), kind="int", minimum=1, maximum=90),
    ), QT_TRANSLATE_NOOP("InboxForms", "Approving changes the price for these days; it then returns to the price now.")),
    "supplier_ordering_days": ((
        Field("supplier_id", QT_TRANSLATE_NOOP("InboxForms", "About"), shown=_subject),
        Field("ordering_days", QT_TRANSLATE_NOOP("InboxForms", "Proposed"), shown=_title),
    ), ""),
}


def _factory(kind: str) -> Callable[[QWidget | None], ProposalEditor]:
    fields, note = FORMS[kind]
    return lambda parent: FormEditor(fields, note, parent)


for _kind in FORMS:
    register_editor(_kind, _factory(_kind))
