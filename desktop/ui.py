"""Small GUI helpers shared by the shell and the pages: remembered UI settings, icons, the style
sheet, plain-words error dialogs and the standard page header.

Kept separate from ``desktop/widgets`` (reusable widgets) because these are application-level
conventions: where QSettings live, how an error is worded, what a page title looks like.
"""
from __future__ import annotations

import logging
from functools import lru_cache

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QMessageBox, QStyle, QVBoxLayout,
                               QWidget)

from core.kernel.errors import DeskmateError, PermissionDenied, StorageError, ValidationError
from core.kernel.paths import resources_dir

log = logging.getLogger("deskmate.desktop")

ORGANISATION = "Deskmate"
APPLICATION = "Deskmate"


def ui_settings() -> QSettings:
    """Window geometry, splitter layouts, last page: per user, in an INI file.

    Always the INI format so tests can redirect it with ``QSettings.setPath(IniFormat, ...)``.
    """
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


@lru_cache(maxsize=64)
def _file_icon(path: str) -> QIcon:
    return QIcon(path)


def icon(name: str, fallback_key: str = "") -> QIcon:
    """An icon by name: a file in resources/icons (``inbox.svg`` or ``inbox``), a QStyle standard
    pixmap name (``SP_DialogSaveButton``), else ``<fallback_key>.svg``, else a generic page icon."""
    folder = resources_dir() / "icons"
    for candidate in (name, f"{name}.svg", f"{fallback_key}.svg" if fallback_key else "", "page.svg"):
        if not candidate:
            continue
        if candidate.startswith("SP_") and hasattr(QStyle.StandardPixmap, candidate):
            return QApplication.style().standardIcon(getattr(QStyle.StandardPixmap, candidate))
        path = folder / candidate
        if path.suffix and path.is_file():
            return _file_icon(str(path))
    return QIcon()


def app_icon() -> QIcon:
    return _file_icon(str(resources_dir() / "icons" / "deskmate.svg"))


def load_style() -> str:
    path = resources_dir() / "style.qss"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        log.warning("style sheet %s not found; using the platform look", path)
        return ""


def apply_style(app: QApplication) -> None:
    app.setWindowIcon(app_icon())
    app.setStyleSheet(load_style())


def plain_words(exc: BaseException) -> tuple[str, str]:
    """(headline, what to do) for an exception, in words a shop owner understands."""
    if isinstance(exc, PermissionDenied):
        return "You are not allowed to do this.", f"{exc}. Ask the shop's owner if you need it."
    if isinstance(exc, ValidationError):
        lines = [str(p) for p in exc.problems] or [str(exc)]
        return "Some values need fixing.", "\n".join(lines)
    from core.io.outputs import OutputRefused
    if isinstance(exc, OutputRefused):   # a file target refused (the database, a backup...)
        return "The file was not written.", str(exc)
    if isinstance(exc, StorageError):
        return "The shop's data could not be opened.", str(exc)
    if isinstance(exc, DeskmateError):
        return "That did not work.", str(exc)
    return ("Something went wrong inside Deskmate.",
            "Nothing you did caused this. Your data is safe: the change was not saved. "
            "Try again; if it happens again, send the details below to whoever looks after Deskmate.")


_PARENTLESS: set[QMessageBox] = set()


def alive(obj: object) -> bool:
    """False once the C++ side of a widget is gone (a task finishing after its page was closed)."""
    import shiboken6
    return obj is not None and shiboken6.isValid(obj)


def show_error(parent: QWidget | None, exc: BaseException, title: str = "Deskmate") -> QMessageBox:
    """A non-blocking message box explaining ``exc``; bugs get the technical details folded away."""
    if parent is not None and not alive(parent):
        parent = None
    headline, text = plain_words(exc)
    box = QMessageBox(parent)
    box.setObjectName("errorBox")
    box.setWindowTitle(title)
    box.setIcon(QMessageBox.Icon.Warning if isinstance(exc, DeskmateError) else QMessageBox.Icon.Critical)
    box.setText(headline)
    box.setInformativeText(text)
    if not isinstance(exc, DeskmateError):
        details = getattr(exc, "__traceback_text__", "") or f"{type(exc).__name__}: {exc}"
        box.setDetailedText(details)
        log.error("unhandled error: %s", details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is None:
        # Nothing else holds a parentless box: keep it alive until it is closed.
        _PARENTLESS.add(box)
        box.finished.connect(lambda _r, b=box: _PARENTLESS.discard(b))
    box.open()
    return box


class PageHeader(QWidget):
    """Title, one line saying what the page is for, and the page's "Why / how" button."""

    def __init__(self, title: str, subtitle: str = "", help_button: QWidget | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 4)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        lay.addLayout(texts, 1)
        # Parented at once: showing a parentless label would open it as a window of its own.
        self.title = QLabel(title, self)
        self.title.setObjectName("pageTitle")
        texts.addWidget(self.title)
        self.subtitle = QLabel(subtitle, self)
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setVisible(bool(subtitle))
        texts.addWidget(self.subtitle)
        self.tools = QHBoxLayout()
        self.tools.setSpacing(6)
        lay.addLayout(self.tools)
        if help_button is not None:
            lay.addWidget(help_button, 0, Qt.AlignmentFlag.AlignTop)

    def add_tool(self, widget: QWidget) -> None:
        self.tools.addWidget(widget)
