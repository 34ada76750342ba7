"""Keep a table's one stretching column readable in a narrow window.

Tables give their main text column (a customer, a job, a product name) the room the other
columns leave. In a 1280-pixel window that room can shrink to a few pixels ("J…"). The guard
watches the table's width: while the column would be narrower than ``minimum`` it stays at that
width and the table scrolls sideways; as soon as there is room again it stretches as before.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

GUARD_PROPERTY = "deskmateStretchGuard"


class StretchGuard(QObject):
    def __init__(self, view: QTableView, column: int, minimum: int) -> None:
        super().__init__(view)
        self.view, self.column, self.minimum = view, column, minimum
        view.viewport().installEventFilter(self)
        view.horizontalHeader().sectionResized.connect(self._other_resized)
        view.setProperty(GUARD_PROPERTY, True)
        self.fit()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _other_resized(self, index: int, _old: int, _new: int) -> None:
        if index != self.column:
            self.fit()

    def fit(self) -> None:
        h = self.view.horizontalHeader()
        if self.column >= h.count():
            return
        others = sum(h.sectionSize(c) for c in range(h.count()) if c != self.column and not h.isSectionHidden(c))
        room = self.view.viewport().width() - others
        if room < self.minimum:
            if h.sectionResizeMode(self.column) != QHeaderView.ResizeMode.Interactive:
                h.setSectionResizeMode(self.column, QHeaderView.ResizeMode.Interactive)
            if h.sectionSize(self.column) != self.minimum:
                h.resizeSection(self.column, self.minimum)
        elif h.sectionResizeMode(self.column) != QHeaderView.ResizeMode.Stretch:
            h.setSectionResizeMode(self.column, QHeaderView.ResizeMode.Stretch)


def guard_stretch_columns(root: QObject, minimum: int = 110) -> int:
    """Guard every table under ``root`` that stretches exactly one of three or more columns
    (a grid where every column stretches evenly is left alone). Returns how many were guarded."""
    n = 0
    views = ([root] if isinstance(root, QTableView) else []) + list(root.findChildren(QTableView))
    for view in views:
        if view.property(GUARD_PROPERTY):
            continue
        h = view.horizontalHeader()
        stretching = [c for c in range(h.count()) if h.sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch]
        if h.count() >= 3 and len(stretching) == 1:
            StretchGuard(view, stretching[0], minimum)
            n += 1
    return n
