"""Proposal editors for the Review Inbox: how a person changes a draft before applying it.

A kind names its editor in ``KindSpec.editor``; an area's desktop code registers a factory for that
name with :func:`register_editor`. Anything without its own editor gets :class:`GenericEditor`: a
table of the proposal's fields (each cell edited as text, or as JSON where the value was not text)
and a raw JSON tab for everything else.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QHeaderView, QPlainTextEdit, QStyledItemDelegate, QStyleOptionViewItem,
                               QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)


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

    def is_dirty(self) -> bool:
        try:
            return json.dumps(self.payload(), sort_keys=True) != json.dumps(self._original, sort_keys=True)
        except ValueError:
            return True

    _original: Any = None


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
    """Fields of a JSON object in a two-column table, plus the raw JSON."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("genericEditor")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("proposalTable")
        self.table.setHorizontalHeaderLabels(["Field", "Proposed value"])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(1, _TextDelegate(self.table))
        self.raw = QPlainTextEdit()
        self.raw.setObjectName("proposalJson")
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.raw.setFont(mono)
        self.tabs.addTab(self.table, "Fields")
        self.tabs.addTab(self.raw, "JSON")
        lay.addWidget(self.tabs)
        self._kinds: dict[str, bool] = {}      # field -> value was a string
        self._loading = False
        self.table.itemChanged.connect(self._table_changed)
        self.raw.textChanged.connect(self._raw_changed)

    def set_payload(self, payload: Any) -> None:
        self._original = payload
        self._loading = True
        try:
            self.raw.setPlainText(json.dumps(payload, indent=2, ensure_ascii=False))
            self._fill_table(payload)
        finally:
            self._loading = False
        self.tabs.setCurrentIndex(0 if isinstance(payload, dict) else 1)
        self.tabs.setTabEnabled(0, isinstance(payload, dict))

    def _fill_table(self, payload: Any) -> None:
        self.table.setRowCount(0)
        self._kinds = {}
        if not isinstance(payload, dict):
            return
        self.table.setRowCount(len(payload))
        for row, (key, value) in enumerate(payload.items()):
            k = QTableWidgetItem(str(key))
            k.setFlags(k.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, k)
            self.table.setItem(row, 1, QTableWidgetItem(_cell_text(value)))
            self._kinds[str(key)] = isinstance(value, str)

    def _table_payload(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for row in range(self.table.rowCount()):
            key = self.table.item(row, 0).text()
            text = self.table.item(row, 1).text()
            if self._kinds.get(key, True):
                out[key] = text
            else:
                try:
                    out[key] = json.loads(text)
                except json.JSONDecodeError:
                    raise ValueError(f"'{key}' is not a valid value: {text!r}") from None
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
        self.raw.setPlainText(json.dumps(payload, indent=2, ensure_ascii=False))
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
        if self.tabs.currentIndex() == 0 and isinstance(self._original, dict):
            return self._table_payload()
        try:
            return json.loads(self.raw.toPlainText())
        except json.JSONDecodeError as exc:
            raise ValueError(f"the proposal is not valid JSON: {exc.msg} (line {exc.lineno})") from None

    def set_value(self, key: str, text: str) -> None:
        """Set one field's text, as a person typing in the table would (tests, scripts)."""
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).text() == key:
                self.table.item(row, 1).setText(text)
                return
        raise KeyError(key)

    def set_read_only(self, read_only: bool) -> None:
        self.raw.setReadOnly(read_only)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers if read_only else
                                   QTableWidget.EditTrigger.DoubleClicked
                                   | QTableWidget.EditTrigger.EditKeyPressed
                                   | QTableWidget.EditTrigger.AnyKeyPressed)


register_editor("json", GenericEditor)
