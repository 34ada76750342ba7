"""A colour shown as a colour: a swatch button that opens the colour chooser.

People pick "the green one", not "#a8d5a2"; the hex code stays available in the tooltip for
whoever wants to match a colour exactly.
"""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QColorDialog, QPushButton, QWidget


def swatch_icon(colour: str | QColor, size: QSize = QSize(28, 16)) -> QIcon:
    """A small filled rectangle in ``colour`` with a thin border (readable on any background)."""
    pix = QPixmap(size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setPen(QColor("#5b6b7c"))
    p.setBrush(QColor(colour))
    p.drawRoundedRect(0, 0, size.width() - 1, size.height() - 1, 3, 3)
    p.end()
    return QIcon(pix)


class ColourButton(QPushButton):
    """Shows its colour as a swatch; clicking opens the colour chooser."""

    colour_changed = Signal(str)

    def __init__(self, colour: str = "#9bc4e2", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("colourButton")
        self.setText(self.tr("Choose…"))
        self.setIconSize(QSize(28, 16))
        self._colour = QColor(colour)
        self.dialog: QColorDialog | None = None
        self.clicked.connect(self.choose)
        self.set_colour(colour)

    def colour(self) -> str:
        return self._colour.name()

    def set_colour(self, colour: str | QColor) -> None:
        c = QColor(colour)
        if not c.isValid():
            return
        self._colour = c
        self.setIcon(swatch_icon(c))
        self.setToolTip(self.tr("Colour {name} — click to choose another").format(name=c.name()))
        self.setAccessibleName(self.tr("Colour"))
        self.setAccessibleDescription(c.name())
        self.colour_changed.emit(c.name())

    def choose(self) -> None:
        self.dialog = QColorDialog(self._colour, self)
        self.dialog.setWindowTitle(self.tr("Choose a colour"))
        self.dialog.colorSelected.connect(self.set_colour)
        self.dialog.open()
