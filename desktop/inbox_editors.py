"""Proposal editors for the Review Inbox: how a person changes a draft before applying it.

A kind names its editor in ``KindSpec.editor``; an area's desktop code registers a factory for that
name with :func:`register_editor` (a factory registered under the kind's own name wins, which is
how :mod:`desktop.inbox_forms` gives every kind a labelled form). Anything without its own editor
gets :class:`GenericEditor`: a table of the proposal's fields under readable labels. The proposal
as raw data (JSON) is only behind an "Advanced" toggle, and only for the owner.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QCheckBox, QHeaderView, QPlainTextEdit, QStyledItemDelegate,
                               QStyleOptionViewItem, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)


class ProposalEditor(QWidget):
    """Base class: show a proposal, hand back the (possibly edited) one."""

    changed = Signal()

    def set_payload(self, payload: Any) -> None:
        raise NotImplementedError

    def payload(self) -> Any:
        """The edited proposal; raise ValueError with a plain message when it cannot be read."""
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)

    def set_detail(self, detail: Any) -> None:
        """The suggestion being shown (title, subject...), given before :meth:`set_payload` so an
        editor can name who and what instead of showing ids."""
        self.detail = detail

    def allow_advanced(self, allowed: bool) -> None:
        """Whether this person may see and edit the proposal as raw data (the owner only)."""

    def is_valid(self) -> bool:
        """False while a field holds a value the proposal's kind refuses (the editor shows why
        beside the field); the inbox keeps "Edit & apply" disabled meanwhile."""
        return True

    def is_dirty(self) -> bool:
        try:
            return json.dumps(self.payload(), sort_keys=True) != json.dumps(self._original, sort_keys=True)
        except ValueError:
            return True

    _original: Any = None
    detail: Any = None


EditorFactory = Callable[[QWidget | None], ProposalEditor]
EDITORS: dict[str, EditorFactory] = {}


def register_editor(editor_name: str, factory: EditorFactory) -> None:
    EDITORS[editor_name] = factory


def create_editor(editor_name: str | None, parent: QWidget | None = None) -> ProposalEditor:
    # The pages register their editors when their package is imported: make sure they all are,
    # so the inbox shows a kind's own editor even before its page was ever opened.
    from desktop.registry import load_pages
    load_pages()
    return EDITORS.get(editor_name or "json", GenericEditor)(parent)


def editor_name(kind: str, spec_editor: str | None) -> str:
    """Which editor shows a kind: one registered for the kind itself, else the kind's named editor."""
    return kind if kind in EDITORS else (spec_editor or "json")


def plain_label(key: str) -> str:
    """A readable label for a field no editor describes: ``appointment_id`` → "Appointment"."""
    words = str(key).strip("_").replace("_", " ").replace("-", " ").split()
    if len(words) > 1 and words[-1].lower() == "id":
        words = words[:-1]
    text = " ".join(words) or str(key)
    return text[:1].upper() + text[1:]


class AdvancedJson(QWidget):
    """The "Advanced" toggle and the proposal as JSON beneath it (hidden unless switched on)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.toggle = QCheckBox(self.tr("Advanced: show the proposal as data (JSON)"))
        self.toggle.setObjectName("advancedToggle")
        self.toggle.setToolTip(self.tr("For the owner: see and edit every value of the proposal, including internal ids"))
        self.raw = QPlainTextEdit()
        self.raw.setObjectName("proposalJson")
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.raw.setFont(mono)
        self.raw.hide()
        lay.addWidget(self.toggle)
        lay.addWidget(self.raw, 1)
        self.toggle.toggled.connect(self.raw.setVisible)
        self.set_allowed(False)

    def set_allowed(self, allowed: bool) -> None:
        self.allowed = allowed
        self.toggle.setVisible(allowed)
        if not allowed:
            self.toggle.setChecked(False)

    @property
    def active(self) -> bool:
        return self.allowed and self.toggle.isChecked()

    def set_data(self, payload: Any) -> None:
        self.raw.blockSignals(True)
        self.raw.setPlainText(json.dumps(payload, indent=2, ensure_ascii=False))
        self.raw.blockSignals(False)

    def data(self) -> Any:
        try:
            return json.loads(self.raw.toPlainText())
        except json.JSONDecodeError as exc:
            raise ValueError(self.tr("the proposal is not valid JSON: {problem} (line {line})").format(
                problem=exc.msg, line=exc.lineno)) from None


def _cell_text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class _TextDelegate(QStyledItemDelegate):
    """Edits multi-line values (a reminder's body, a note) in a text box instead of one line."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        text = index.data() or ""
        if "\n" in text or len(text) > 80:
            ed = QPlainTextEdit(parent)
            ed.setMinimumHeight(120)
            return ed
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(index.data() or "")
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText())
        else:
            super().setModelData(editor, model, index)


class GenericEditor(ProposalEditor):
    """Fields of a proposal in a two-column table under readable labels; the raw JSON only under
    the owner's "Advanced" toggle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("genericEditor")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("proposalTable")
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Proposed value")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(1, _TextDelegate(self.table))
        self.advanced = AdvancedJson(self)
        self.raw = self.advanced.raw
        lay.addWidget(self.table, 2)
        lay.addWidget(self.advanced, 1)
        self._kinds: dict[str, bool] = {}      # field -> value was a string
        self._keys: list[str] = []
        self._loading = False
        self.table.itemChanged.connect(self._table_changed)
        self.raw.textChanged.connect(self._raw_changed)

    def allow_advanced(self, allowed: bool) -> None:
        self.advanced.set_allowed(allowed)

    def set_payload(self, payload: Any) -> None:
        self._original = payload
        self._loading = True
        try:
            self.advanced.set_data(payload)
            self._fill_table(payload)
        finally:
            self._loading = False
        self.table.setEnabled(isinstance(payload, dict))

    def _fill_table(self, payload: Any) -> None:
        self.table.setRowCount(0)
        self._kinds = {}
        self._keys = []
        if not isinstance(payload, dict):
            return
        self.table.setRowCount(len(payload))
        for row, (key, value) in enumerate(payload.items()):
            k = QTableWidgetItem(plain_label(key))
            k.setData(Qt.ItemDataRole.UserRole, str(key))
            k.setToolTip(str(key))
            k.setFlags(k.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, k)
            self.table.setItem(row, 1, QTableWidgetItem(_cell_text(value)))
            self._kinds[str(key)] = isinstance(value, str)
            self._keys.append(str(key))

    def _table_payload(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for row, key in enumerate(self._keys):
            text = self.table.item(row, 1).text()
            if self._kinds.get(key, True):
                out[key] = text
            else:
                try:
                    out[key] = json.loads(text)
                except json.JSONDecodeError:
                    raise ValueError(self.tr("'{field}' is not a valid value: {text!r}").format(
                        field=plain_label(key), text=text)) from None
        return out

    def _table_changed(self, _item: QTableWidgetItem) -> None:
        if self._loading:
            return
        try:
            payload = self._table_payload()
        except ValueError:
            self.changed.emit()
            return
        self._loading = True
        self.advanced.set_data(payload)
        self._loading = False
        self.changed.emit()

    def _raw_changed(self) -> None:
        if self._loading:
            return
        try:
            payload = json.loads(self.raw.toPlainText())
        except json.JSONDecodeError:
            self.changed.emit()
            return
        self._loading = True
        self._fill_table(payload)
        self._loading = False
        self.changed.emit()

    def payload(self) -> Any:
        if self.advanced.active or not isinstance(self._original, dict):
            return self.advanced.data()
        return self._table_payload()

    def labels(self) -> list[str]:
        """The field labels a person sees (tests, screen readers)."""
        return [self.table.item(r, 0).text() for r in range(self.table.rowCount())]

    def set_value(self, key: str, text: str) -> None:
        """Set one field's text, as a person typing in the table would (tests, scripts)."""
        if key in self._keys:
            self.table.item(self._keys.index(key), 1).setText(text)
            return
        raise KeyError(key)

    def set_read_only(self, read_only: bool) -> None:
        self.raw.setReadOnly(read_only)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers if read_only else
                                   QTableWidget.EditTrigger.DoubleClicked
                                   | QTableWidget.EditTrigger.EditKeyPressed
                                   | QTableWidget.EditTrigger.AnyKeyPressed)


register_editor("json", GenericEditor)

from desktop import inbox_forms as _forms  # noqa: E402,F401 - registers a labelled form for every kind
