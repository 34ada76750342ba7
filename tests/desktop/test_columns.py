"""A table's one stretching column keeps a readable width in a narrow pane (the table scrolls
sideways instead) and stretches again when there is room."""
from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableWidget

from desktop.widgets.columns import guard_stretch_columns


def test_stretch_column_never_squeezed_below_its_minimum(qtbot):
    table = QTableWidget(3, 5)
    qtbot.addWidget(table)
    h = table.horizontalHeader()
    for c in range(5):
        table.setColumnWidth(c, 90)
    h.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    table.resize(900, 200)
    table.show()
    qtbot.waitExposed(table)
    assert guard_stretch_columns(table, minimum=120) == 1
    assert h.sectionResizeMode(1) == QHeaderView.ResizeMode.Stretch and h.sectionSize(1) > 120
    table.resize(380, 200)                       # 4 × 90 for the others: 20 px would be left
    qtbot.waitUntil(lambda: h.sectionSize(1) == 120)
    assert h.sectionResizeMode(1) == QHeaderView.ResizeMode.Interactive
    table.resize(900, 200)
    qtbot.waitUntil(lambda: h.sectionResizeMode(1) == QHeaderView.ResizeMode.Stretch)
    assert h.sectionSize(1) > 120
    assert guard_stretch_columns(table) == 0     # guarded once


def test_grids_that_stretch_every_column_are_left_alone(qtbot):
    grid = QTableWidget(3, 8)
    qtbot.addWidget(grid)
    grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    assert guard_stretch_columns(grid) == 0
