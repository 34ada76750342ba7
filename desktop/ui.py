"""Small GUI helpers shared by the shell and the pages: remembered UI settings, icons, the style
sheet, the one error display (plain words, in the page's message bar) and the standard page header.

Kept separate from ``desktop/widgets`` (reusable widgets) because these are application-level
conventions: where QSettings live, how an error is worded, what a page title looks like.
"""
from __future__ import annotations

import logging
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QMessageBox, QStyle, QVBoxLayout,
                               QWidget)

from core.kernel.errors import DeskmateError, PermissionDenied, StorageError, ValidationError
from core.kernel.paths import resources_dir

if TYPE_CHECKING:
    from desktop.widgets.message_bar import MessageBar

log = logging.getLogger("deskmate.desktop")

ORGANISATION = "Deskmate"
#: Stored keys in the words a person reads (translated where shown, context "words").
ROLE_WORDS = {"owner": QT_TRANSLATE_NOOP("words", "owner"), "staff": QT_TRANSLATE_NOOP("words", "staff"),
              "bookkeeper": QT_TRANSLATE_NOOP("words", "bookkeeper"), "system": QT_TRANSLATE_NOOP("words", "system")}
STATE_WORDS = {"new": QT_TRANSLATE_NOOP("words", "new"), "snoozed": QT_TRANSLATE_NOOP("words", "snoozed"),
               "escalated": QT_TRANSLATE_NOOP("words", "escalated"), "applied": QT_TRANSLATE_NOOP("words", "applied"),
               "rejected": QT_TRANSLATE_NOOP("words", "rejected"), "superseded": QT_TRANSLATE_NOOP("words", "superseded"),
               "expired": QT_TRANSLATE_NOOP("words", "expired"), "approved": QT_TRANSLATE_NOOP("words", "approved"),
               "edited": QT_TRANSLATE_NOOP("words", "edited"),
               # invoices
               "draft": QT_TRANSLATE_NOOP("words", "draft"), "issued": QT_TRANSLATE_NOOP("words", "issued"),
               "open": QT_TRANSLATE_NOOP("words", "open"), "overdue": QT_TRANSLATE_NOOP("words", "overdue"),
               "paid": QT_TRANSLATE_NOOP("words", "paid"), "void": QT_TRANSLATE_NOOP("words", "void"),
               "partly_paid": QT_TRANSLATE_NOOP("words", "partly paid")}


#: The same English word can need two words in another language ("open": a purchase order still
#: being worked on is "abierta" in Spanish, an unpaid invoice "pendiente"), so each kind of record
#: keeps its states in its own translation context.
class WordTable(dict[str, str]):
    """Stored keys and their English words, with the translation context they were marked in."""

    def __init__(self, context: str, table: dict[str, str]) -> None:
        super().__init__(table)
        self.context = context


INVOICE_STATUS_WORDS = WordTable("invoice status", {
    "draft": QT_TRANSLATE_NOOP("invoice status", "draft"), "issued": QT_TRANSLATE_NOOP("invoice status", "issued"),
    "open": QT_TRANSLATE_NOOP("invoice status", "open"), "part paid": QT_TRANSLATE_NOOP("invoice status", "part paid"),
    "partly_paid": QT_TRANSLATE_NOOP("invoice status", "part paid"),
    "paid": QT_TRANSLATE_NOOP("invoice status", "paid"), "overdue": QT_TRANSLATE_NOOP("invoice status", "overdue"),
    "void": QT_TRANSLATE_NOOP("invoice status", "void")})
APPOINTMENT_STATE_WORDS = WordTable("appointment state", {
    "pending": QT_TRANSLATE_NOOP("appointment state", "pending"),
    "confirmed": QT_TRANSLATE_NOOP("appointment state", "confirmed"),
    "completed": QT_TRANSLATE_NOOP("appointment state", "completed"),
    "no_show": QT_TRANSLATE_NOOP("appointment state", "no-show"),
    "cancelled": QT_TRANSLATE_NOOP("appointment state", "cancelled")})
TIME_OFF_STATE_WORDS = WordTable("time-off state", {
    "pending": QT_TRANSLATE_NOOP("time-off state", "pending"), "approved": QT_TRANSLATE_NOOP("time-off state", "approved"),
    "rejected": QT_TRANSLATE_NOOP("time-off state", "rejected")})
PAYMENT_METHOD_WORDS = WordTable("payment method", {
    "bank transfer": QT_TRANSLATE_NOOP("payment method", "bank transfer"),
    "card": QT_TRANSLATE_NOOP("payment method", "card"), "cash": QT_TRANSLATE_NOOP("payment method", "cash"),
    "cheque": QT_TRANSLATE_NOOP("payment method", "cheque"), "other": QT_TRANSLATE_NOOP("payment method", "other")})

#: The areas of the shop as people name them (an area's key is an identifier).
AREA_WORDS = WordTable("area", {
    "automation": QT_TRANSLATE_NOOP("area", "Automation"), "customers": QT_TRANSLATE_NOOP("area", "Customers"),
    "inbox": QT_TRANSLATE_NOOP("area", "Review inbox"), "inventory": QT_TRANSLATE_NOOP("area", "Inventory"),
    "invoicing": QT_TRANSLATE_NOOP("area", "Invoicing"), "scheduling": QT_TRANSLATE_NOOP("area", "Scheduling"),
    "reports": QT_TRANSLATE_NOOP("area", "Reports")})


def words(key: object, table: dict[str, str] | None = None) -> str:
    """A stored key (a role, a state) in the user's language; the key itself when it has no words."""
    text = str(getattr(key, "value", key))
    for t in ((table,) if table is not None else (ROLE_WORDS, STATE_WORDS)):
        if text in t:
            return QCoreApplication.translate(getattr(t, "context", "words"), t[text])
    return text.replace("_", " ")
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
    """An icon by name: a file in core/resources/icons (``inbox.svg`` or ``inbox``), a QStyle standard
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
    """The look every window shares: icon, style sheet, and the accessibility pass over every
    dialog as it is shown (names, a Tab order that follows the layout)."""
    from desktop.accessibility import install_dialog_pass
    app.setWindowIcon(app_icon())
    app.setStyleSheet(load_style())
    install_dialog_pass(app)


def plain_words(exc: BaseException, fields: dict[int, str] | None = None) -> tuple[str, str]:
    """(headline, what to do) for an exception, in words a shop owner understands. A refused
    field is named as the form labels it ("Reason: enter why …"; ``fields`` holds the form's own
    names, from :func:`desktop.validation.mark_refused_fields`), never "column 'reason'"."""
    if isinstance(exc, PermissionDenied):
        return (QCoreApplication.translate("ui", "You are not allowed to do this."),
                QCoreApplication.translate("ui", "{reason}. Ask the shop's owner if you need it.").format(reason=exc))
    if isinstance(exc, ValidationError):
        lines = [p.for_form((fields or {}).get(id(p))) for p in exc.problems] or [str(exc)]
        return QCoreApplication.translate("ui", "Some values need fixing."), "\n".join(lines)
    from core.io.outputs import OutputRefused
    if isinstance(exc, OutputRefused):   # a file target refused (the database, a backup...)
        return QCoreApplication.translate("ui", "The file was not written."), str(exc)
    if isinstance(exc, StorageError):
        return QCoreApplication.translate("ui", "The shop's data could not be opened."), str(exc)
    if isinstance(exc, DeskmateError):
        return QCoreApplication.translate("ui", "That did not work."), str(exc)
    return (QCoreApplication.translate("ui", "Something went wrong inside Deskmate."),
            QCoreApplication.translate("ui", "Nothing you did caused this. Your data is safe: the change was not saved. "
               "Try again; if it happens again, send the details below to whoever looks after Deskmate."))


_PARENTLESS: set[QMessageBox] = set()


def alive(obj: object) -> bool:
    """False once the C++ side of a widget is gone (a task finishing after its page was closed)."""
    import shiboken6
    return obj is not None and shiboken6.isValid(obj)


def message_bar_for(widget: QWidget | None) -> MessageBar | None:
    """The message bar that shows messages about ``widget``: the nearest one above it in its own
    window (the shell gives every page one; a dialog gets one the first time it needs it, at the
    top of its layout). None for a parentless call or a window whose layout cannot take one."""
    from PySide6.QtWidgets import QBoxLayout, QFormLayout, QMainWindow
    from desktop.widgets.message_bar import MessageBar
    w = widget
    while w is not None and alive(w):
        bar = getattr(w, "message_bar", None)
        if isinstance(bar, MessageBar) and alive(bar):
            return bar
        if w.isWindow():
            break
        w = w.parentWidget()
    if w is None or not alive(w) or isinstance(w, QMainWindow):
        return None
    lay = w.layout()
    if isinstance(lay, QBoxLayout):
        bar = MessageBar(w)
        lay.insertWidget(0, bar)
    elif isinstance(lay, QFormLayout):
        bar = MessageBar(w)
        lay.insertRow(0, bar)
    else:
        return None
    w.message_bar = bar      # type: ignore[attr-defined] - found again by the walk above
    return bar


def show_error(parent: QWidget | None, exc: BaseException | str, title: str = "Deskmate") -> QWidget:
    """The one way the desktop shows an error: in plain words, without stopping anything.

    ``exc`` is an exception (core's refusals in its words; anything else is a bug, with the details
    folded away and logged) or a sentence about input the person can fix. It appears in the message
    bar of the page or dialog ``parent`` belongs to; only where there is none (no window yet, the
    main window itself) does a non-blocking message box open instead. Returns what shows it."""
    if isinstance(exc, str):
        exc = ValidationError(exc)
    if parent is not None and not alive(parent):
        parent = None
    fields: dict[int, str] = {}
    if isinstance(exc, ValidationError) and exc.problems and parent is not None:
        from desktop.validation import mark_refused_fields
        fields = mark_refused_fields(parent, exc.problems)    # each beside its field, too
    headline, text = plain_words(exc, fields)
    details = ""
    if not isinstance(exc, DeskmateError):
        details = getattr(exc, "__traceback_text__", "") or f"{type(exc).__name__}: {exc}"
        log.error("unhandled error: %s", details)
    bar = message_bar_for(parent)
    if bar is not None:
        bar.show_message(headline, text, "warning" if isinstance(exc, DeskmateError) else "error", details)
        return bar
    box = QMessageBox(parent)
    box.setObjectName("errorBox")
    box.setWindowTitle(title)
    box.setIcon(QMessageBox.Icon.Warning if isinstance(exc, DeskmateError) else QMessageBox.Icon.Critical)
    box.setText(headline)
    box.setInformativeText(text)
    if details:
        box.setDetailedText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is None:
        # Nothing else holds a parentless box: keep it alive until it is closed.
        _PARENTLESS.add(box)
        box.finished.connect(lambda _r, b=box: _PARENTLESS.discard(b))
    box.open()
    return box


def show_notice(parent: QWidget | None, text: str, headline: str = "") -> None:
    """Something the person should know that is not an error ("Select a shift first", "Erased"):
    in the message bar, or in the status bar of a window without one."""
    bar = message_bar_for(parent if parent is not None and alive(parent) else None)
    if bar is not None:
        bar.show_message(headline or text, text if headline else "", "info")
        return
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("ui", "Deskmate"), headline or text,
                      QMessageBox.StandardButton.Ok, parent)
    if headline:
        box.setInformativeText(text)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


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
