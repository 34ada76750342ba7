"""A layout that wraps its widgets onto the next line when the row runs out of room.

Button bars and filter rows use it instead of a QHBoxLayout so a page never demands more width than
a 1280-pixel laptop screen has: on a narrow window the bar simply becomes two rows. It is the flow
layout from Qt's examples, with ``heightForWidth`` so the rows below move down when it wraps.
"""
from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)

    # ---- QLayout interface ----------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802
        self._items.append(item)

    def addWidgets(self, *widgets: QWidget) -> None:  # noqa: N802 - Qt naming
        for w in widgets:
            self.addWidget(w)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._do_layout(QRect(0, 0, width, 0), test_only=True)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._do_layout(rect, test_only=False)

    def sizeHint(self) -> QSize:  # noqa: N802
        """One row with everything in it: the width the bar would like."""
        w = h = 0
        for item in self._visible():
            hint = item.sizeHint().expandedTo(item.minimumSize())
            w += hint.width() + self._gap(item, Qt.Orientation.Horizontal)
            h = max(h, hint.height())
        m = self.contentsMargins()
        return QSize(w + m.left() + m.right(), h + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802
        """As narrow as the widest single item: everything else wraps."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        m: QMargins = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    # ---- layout ---------------------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not (i.widget() is not None and i.widget().isHidden())]

    def _gap(self, item: QLayoutItem, orientation: Qt.Orientation) -> int:
        if self._spacing >= 0:
            return self._spacing
        w = item.widget()
        style = w.style() if w is not None else None
        if style is None:
            return 6
        return style.layoutSpacing(QSizePolicy.ControlType.PushButton, QSizePolicy.ControlType.PushButton,
                                   orientation)

    def _do_layout(self, rect: QRect, test_only: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line_h = area.x(), area.y(), 0
        rows: list[list[tuple[QLayoutItem, QPoint, QSize]]] = [[]]
        for item in self._visible():
            hint = item.sizeHint().expandedTo(item.minimumSize()).boundedTo(QSize(max(area.width(), item.minimumSize().width()), 10_000))
            gap_x = self._gap(item, Qt.Orientation.Horizontal)
            gap_y = self._gap(item, Qt.Orientation.Vertical)
            if x + hint.width() > area.right() + 1 and line_h > 0:
                x = area.x()
                y += line_h + gap_y
                line_h = 0
                rows.append([])
            rows[-1].append((item, QPoint(x, y), hint))
            x += hint.width() + gap_x
            line_h = max(line_h, hint.height())
        if not test_only:
            for row in rows:          # centre each item vertically within its row
                row_h = max((h.height() for _i, _p, h in row), default=0)
                for item, pos, hint in row:
                    item.setGeometry(QRect(QPoint(pos.x(), pos.y() + (row_h - hint.height()) // 2), hint))
        return y + line_h - rect.y() + m.bottom()


__all__ = ["FlowLayout"]
