"""A table model over a list of ids that fetches rows a page at a time as they scroll into view.

After Anki's browser: the query returns only ids (fast even for 100k rows); the rows a person can
see are fetched in small batches on demand, and a bounded cache keeps memory flat. Sorting and
filtering happen in the query that produces the ids, not in the model.
"""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class LazyColumn:
    title: str
    value: Callable[[Any], Any]
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    tooltip: Callable[[Any], str] | None = None
    foreground: Callable[[Any], Any] | None = None
    width: int | None = None


RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def fill_text_rows(table: QTableWidget, rows: list[list[str]]) -> None:
    """Put already formatted rows into a small read-only table: the first column is the label,
    the others are figures and sit right-aligned."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c:
                item.setTextAlignment(RIGHT)
            table.setItem(r, c, item)


class LazyTableModel(QAbstractTableModel):
    PAGE = 100
    CACHE_PAGES = 50

    def __init__(self, columns: Sequence[LazyColumn], fetch: Callable[[Sequence[int]], Sequence[Any]],
                 row_id: Callable[[Any], int] = lambda r: r.id, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._fetch = fetch
        self._row_id = row_id
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, Any]] = OrderedDict()

    # ---------------------------------------------------------------- ids
    def set_ids(self, ids: Sequence[int]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._pages.clear()
        self.endResetModel()

    def set_ids_keeping_current(self, view: Any, ids: Sequence[int]) -> None:
        """``set_ids`` for a refresh: the row the person had selected stays selected (found by id,
        wherever it moved), so a detail pane beside the list keeps showing it. Pages refresh when
        core says their data changed, which may be at any moment."""
        current = view.currentIndex()
        keep = self.id_at(current.row()) if current.isValid() else None
        self.set_ids(ids)
        row = self.row_of(keep) if keep is not None else -1
        if row >= 0:
            view.selectRow(row)

    def ids(self) -> list[int]:
        return list(self._ids)

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, item_id: int) -> int:
        try:
            return self._ids.index(item_id)
        except ValueError:
            return -1

    def invalidate(self, ids: Sequence[int] | None = None) -> None:
        """Forget cached rows (all, or the pages holding ``ids``) so they are fetched again."""
        if ids is None:
            self._pages.clear()
        else:
            wanted = set(ids)
            for p in [p for p, rows in self._pages.items() if wanted & rows.keys()]:
                del self._pages[p]
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self.columns) - 1))

    def row_data(self, row: int) -> Any:
        if not 0 <= row < len(self._ids):
            return None
        page = row // self.PAGE
        rows = self._pages.get(page)
        if rows is None:
            ids = self._ids[page * self.PAGE:(page + 1) * self.PAGE]
            rows = {self._row_id(r): r for r in self._fetch(ids)}
            self._pages[page] = rows
            while len(self._pages) > self.CACHE_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return rows.get(self._ids[row])

    # ---------------------------------------------------------------- Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.UserRole):
            return None
        row = self.row_data(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.UserRole:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return col.tooltip(row) if col.tooltip else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return col.foreground(row) if col.foreground else None
        value = col.value(row)
        return "" if value is None else str(value)
