"""Scroll areas for tall forms: a form may be taller than a 720-pixel laptop screen, so it scrolls
inside its pane instead of forcing the main window to grow past the screen."""
from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scrolled(widget: QWidget, name: str = "") -> QScrollArea:
    """``widget`` inside a frameless scroll area that gives it the pane's width (it scrolls
    sideways only if the pane is narrower than the widget's own minimum)."""
    area = QScrollArea()
    area.setObjectName(name or f"{widget.objectName() or type(widget).__name__}Scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area
