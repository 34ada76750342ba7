"""Keyboard and screen-reader access for every page, applied by the shell when a page is built.

Rather than relying on each page to remember, the shell runs :func:`make_accessible` over every
page (and again each time it is shown, for widgets a page adds later):

- every interactive widget gets an accessible name: its own text (buttons), the label that
  describes it (a buddy, its QFormLayout label, or the label just before it in its row), else its
  placeholder or tooltip; labels that describe a field become its buddy, so Alt+letter works;
- Tab leaves tables, multi-line text boxes and cell editors (arrows move inside them), so Tab
  never gets stuck;
- the Tab order follows the layout — rows top to bottom, left to right within a row, panes of a
  splitter in order — instead of the order the widgets happened to be created in.

Dialogs get the same pass when they are shown (:func:`install_dialog_pass`, installed with the
style sheet by ``desktop.ui.apply_style``), so a dialog's author does not have to remember either.
"""
from __future__ import annotations

from collections.abc import Iterator

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication,
                               QBoxLayout, QComboBox, QDialog, QFormLayout, QGridLayout, QLabel, QLayout, QLineEdit,
                               QPlainTextEdit, QScrollArea, QSplitter, QStackedWidget, QTabBar,
                               QTabWidget, QTextEdit, QWidget)

INTERACTIVE = (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox, QAbstractItemView,
               QPlainTextEdit, QTextEdit, QTabBar)


def _inside_compound(w: QWidget) -> bool:
    """Parts of another control (a combo box's or spin box's text field, a tab bar's arrows)."""
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QTabBar)):
            return True
        if isinstance(parent, QAbstractItemView) and w is not parent.viewport():
            return True             # editors and index widgets live inside their view
        parent = parent.parentWidget() if not parent.isWindow() else None
    return False


def interactive_widgets(root: QWidget, visible_only: bool = True) -> list[QWidget]:
    """The controls a person operates under ``root`` (not Qt's internal parts of controls)."""
    out = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, INTERACTIVE) or w.objectName().startswith("qt_"):
            continue
        if _inside_compound(w):
            continue
        if isinstance(w, QTabBar) and isinstance(w.parentWidget(), QTabWidget):
            pass                    # the tab bar of a tab widget: reachable, named by its tabs
        if visible_only and not w.isVisible():
            continue
        out.append(w)
    return out


def _clean(text: str) -> str:
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split()).rstrip(":")


def _layout_of(w: QWidget) -> QLayout | None:
    parent = w.parentWidget()
    if parent is None or isinstance(parent, (QStackedWidget, QSplitter, QAbstractItemView)) \
            or parent.layout() is None:
        return None             # their internal layouts are not something a person reads
    return _find_layout(parent.layout(), w)


def _find_layout(layout: QLayout, w: QWidget) -> QLayout | None:
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is w:
            return layout
        if isinstance(item.layout(), QLayout):
            found = _find_layout(item.layout(), w)
            if found is not None:
                return found
    return None


def describing_label(w: QWidget) -> QLabel | None:
    """The label a sighted person reads as this field's name."""
    parent = w.parentWidget()
    if parent is not None:
        for label in parent.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if label.buddy() is w:
                return label
    layout = _layout_of(w)
    if isinstance(layout, QFormLayout):
        label = layout.labelForField(w)
        return label if isinstance(label, QLabel) else None
    if isinstance(layout, (QBoxLayout, QGridLayout)) or (layout is not None and hasattr(layout, "addWidgets")):
        index = layout.indexOf(w)
        if index > 0:
            before = layout.itemAt(index - 1).widget()
            if isinstance(before, QLabel) and before.text().strip() and not before.wordWrap() \
                    and before.buddy() in (None, w):
                return before
    return None


def effective_name(w: QWidget) -> str:
    """What a screen reader announces for ``w`` (its accessible name, else its own text)."""
    if w.accessibleName().strip():
        return w.accessibleName().strip()
    if isinstance(w, QAbstractButton) and _clean(w.text()):
        return _clean(w.text())
    if isinstance(w, QTabBar) and w.count():
        return QCoreApplication.translate("accessibility", "Tabs")
    return ""


def _previous_text(w: QWidget) -> str:
    """The text just before ``w`` in its row (a label or a check box), for controls inside a
    composite editor: "Opening hours — Monday"."""
    layout = _layout_of(w)
    if layout is None:
        return ""
    index = layout.indexOf(w)
    if index <= 0:
        return ""
    before = layout.itemAt(index - 1).widget()
    if isinstance(before, QLabel) and not before.wordWrap():
        return _clean(before.text())
    if isinstance(before, QAbstractButton):
        return _clean(before.text())
    return ""


def _ancestor_label(w: QWidget, root: QWidget) -> str:
    parent = w.parentWidget()
    while parent is not None and parent is not root:
        label = describing_label(parent)
        if label is not None and _clean(label.text()):
            return _clean(label.text())
        parent = parent.parentWidget()
    return ""


def _tab_title(w: QWidget, root: QWidget) -> str:
    child, parent = w, w.parentWidget()
    while parent is not None and child is not root:
        if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
            tabs = parent.parentWidget()
            return _clean(tabs.tabText(tabs.indexOf(child)))
        child, parent = parent, parent.parentWidget()
    return ""


def derived_name(w: QWidget, root: QWidget) -> str:
    """A name for an unnamed control from what a sighted person sees around it."""
    label = describing_label(w)
    if label is not None and _clean(label.text()):
        if label.buddy() is None:
            label.setBuddy(w)       # Alt+<letter> of the label now reaches the field
        return _clean(label.text())
    outer, local = _ancestor_label(w, root), _previous_text(w)
    if outer or local:
        return f"{outer} — {local}" if outer and local and outer != local else (outer or local)
    if isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)) and _clean(w.placeholderText()):
        return _clean(w.placeholderText())
    if isinstance(w, QComboBox) and w.isEditable() and w.lineEdit() is not None \
            and _clean(w.lineEdit().placeholderText()):
        return _clean(w.lineEdit().placeholderText())
    if _clean(w.toolTip()):
        return _clean(w.toolTip()).split(". ")[0]
    if w.objectName() and not w.objectName().startswith(("qt_", "setting:")):
        return _split_camel(w.objectName())
    kind = "list" if isinstance(w, QAbstractItemView) else "choice" if isinstance(w, QComboBox) \
        else "text" if isinstance(w, (QTextEdit, QPlainTextEdit)) else "field"
    title = _tab_title(w, root)
    if title:
        return f"{title} {kind}"
    parent = w.parentWidget()           # a control built inside a named part: "proposal editor list"
    while parent is not None and not parent.isWindow():
        name = parent.objectName()
        if name and not name.startswith(("qt_", "page:", "holder:")):
            return f"{_split_camel(name)} {kind}"
        parent = parent.parentWidget()
    heads = _column_titles(w)
    if heads:
        return QCoreApplication.translate("accessibility", "table of {columns}").format(columns=heads)      # a dialog's lone table: named by what it lists
    window = w.window()
    if window is not None and _clean(window.windowTitle()):
        return f"{_clean(window.windowTitle())} {kind}"
    return ""


def _column_titles(w: QWidget) -> str:
    """"Product, Quantity, Unit cost" from a table's header, for a table nothing else names."""
    if not isinstance(w, QAbstractItemView) or w.model() is None:
        return ""
    model = w.model()
    titles = [_clean(str(model.headerData(c, Qt.Orientation.Horizontal) or "")) for c in range(min(model.columnCount(), 4))]
    return ", ".join(t for t in titles if t)


AUTO_NAME = "deskmateAutoName"      # set on names derived early; a later pass may improve them


def name_widgets(root: QWidget) -> None:
    for w in interactive_widgets(root, visible_only=False):
        if effective_name(w) and not w.property(AUTO_NAME):
            continue
        name = derived_name(w, root)
        if name:
            w.setAccessibleName(name[:80])
            w.setProperty(AUTO_NAME, False)


def _split_camel(name: str) -> str:
    out = []
    for ch in name.replace("_", " "):
        if ch.isupper() and out and out[-1] != " ":
            out.append(" ")
        out.append(ch.lower())
    return "".join(out).strip()


def keep_tab_moving(root: QWidget) -> None:
    """Tab moves on from tables and text boxes; arrows (and Ctrl+Tab in text) work inside."""
    for view in root.findChildren(QAbstractItemView):
        _tab_leaves(view)
    for edit in root.findChildren(QPlainTextEdit):
        _tab_leaves(edit)
    for edit in root.findChildren(QTextEdit):
        _tab_leaves(edit)


def _tab_leaves(w: Any) -> None:
    if isinstance(w, QAbstractItemView):
        w.setTabKeyNavigation(False)
    elif isinstance(w, (QPlainTextEdit, QTextEdit)):
        w.setTabChangesFocus(True)


def _owning_view(w: QWidget) -> QAbstractItemView | None:
    parent = w.parentWidget()
    if parent is not None and isinstance(parent.parentWidget(), QAbstractItemView) \
            and parent is parent.parentWidget().viewport():
        return parent.parentWidget()
    return None


def focus_neighbour(w: QWidget, forward: bool, outside: QWidget | None = None) -> QWidget | None:
    """The next (or previous) widget Tab would reach, skipping everything inside ``outside``."""
    step = (lambda x: x.nextInFocusChain()) if forward else (lambda x: x.previousInFocusChain())
    cand = step(w)
    while cand is not None and cand is not w:
        inside = outside is not None and (cand is outside or outside.isAncestorOf(cand))
        if (not inside and cand.isVisible() and cand.isEnabled() and not cand.isWindow()
                and cand.focusPolicy() & Qt.FocusPolicy.TabFocus and cand.window() is w.window()):
            return cand
        cand = step(cand)
    return None


class _TabOutOfEditors(QObject):
    """Tab in a table's cell editor saves the cell and leaves the table (when the table does not
    use Tab to move between cells); otherwise every Tab opened the next cell for ever."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or not isinstance(obj, QWidget):
            return False
        key = event.key() if isinstance(event, QKeyEvent) else None
        if key not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) or \
                event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return False
        view = _owning_view(obj)
        if view is None or view.tabKeyNavigation():
            return False
        forward = key == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        target = focus_neighbour(view, forward, outside=view)
        delegate = view.itemDelegate()
        delegate.commitData.emit(obj)
        delegate.closeEditor.emit(obj, delegate.EndEditHint.NoHint)
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
        return True


_TAB_OUT = _TabOutOfEditors()


class _EditorWatcher(QObject):
    """On a table's viewport: each cell editor Qt opens there gets the Tab-out rule. Installed a
    moment later, so it runs before the delegate's own filter (the newest filter runs first)."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ChildAdded:
            child = event.child()
            if isinstance(child, QWidget):
                QTimer.singleShot(0, child, lambda w=child: _watch_editor(w))   # not once it is gone
        return False


def _watch_editor(w: QWidget) -> None:
    import shiboken6
    if shiboken6.isValid(w) and _owning_view(w) is not None:
        w.installEventFilter(_TAB_OUT)


_EDITORS = _EditorWatcher()
WATCHED = "deskmateEditorsWatched"


def watch_cell_editors(root: QWidget) -> None:
    for view in root.findChildren(QAbstractItemView):
        if not view.property(WATCHED):
            view.viewport().installEventFilter(_EDITORS)
            view.setProperty(WATCHED, True)
            for child in view.viewport().findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
                _watch_editor(child)          # an editor already open


def layout_order(root: QWidget) -> Iterator[QWidget]:
    """``root``'s widgets in reading order of its layouts (not creation order)."""
    seen: set[int] = set()

    def visit_widget(w: QWidget) -> Iterator[QWidget]:
        if id(w) in seen:
            return
        seen.add(id(w))
        yield w
        if isinstance(w, INTERACTIVE) and not isinstance(w, QTabBar):
            return                      # a control's insides are its own business
        if isinstance(w, QTabWidget):
            yield from visit_widget(w.tabBar())
            for i in range(w.count()):
                yield from visit_widget(w.widget(i))
            return
        if isinstance(w, (QSplitter, QStackedWidget)):
            for i in range(w.count()):
                yield from visit_widget(w.widget(i))
            return
        if isinstance(w, QScrollArea):
            if w.widget() is not None:
                yield from visit_widget(w.widget())
            return
        if w.layout() is not None:
            yield from visit_layout(w.layout())
        for child in w.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if not child.isWindow():
                yield from visit_widget(child)      # widgets outside any layout, last

    def visit_layout(layout: QLayout) -> Iterator[QWidget]:
        items = [layout.itemAt(i) for i in range(layout.count())]
        if isinstance(layout, QGridLayout):
            cells = []
            for i, item in enumerate(items):
                r, c, _rs, _cs = layout.getItemPosition(i)
                cells.append((r, c, item))
            items = [it for _r, _c, it in sorted(cells, key=lambda x: (x[0], x[1]))]
        elif isinstance(layout, QFormLayout):
            rows = []
            for i, item in enumerate(items):
                row, role = layout.getItemPosition(i)
                rows.append((row, role.value if hasattr(role, "value") else int(role), item))
            items = [it for _r, _role, it in sorted(rows, key=lambda x: (x[0], x[1]))]
        elif isinstance(layout, QBoxLayout) and layout.direction() in (QBoxLayout.Direction.RightToLeft,
                                                                        QBoxLayout.Direction.BottomToTop):
            items.reverse()
        for item in items:
            if item.widget() is not None:
                yield from visit_widget(item.widget())
            elif isinstance(item.layout(), QLayout):    # (an item whose widget is being deleted
                yield from visit_layout(item.layout())  # is neither, and has no items of its own)

    yield from visit_widget(root)


def set_tab_order(root: QWidget) -> list[QWidget]:
    """Chain the focusable controls under ``root`` in layout order. Returns the chain."""
    chain = [w for w in layout_order(root)
             if w is not root and isinstance(w, INTERACTIVE) and not _inside_compound(w)
             and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    for a, b in zip(chain, chain[1:]):
        QWidget.setTabOrder(a, b)
    return chain


def make_accessible(root: QWidget) -> None:
    """Names, Tab that moves on (out of tables, text boxes and cell editors), layout Tab order."""
    name_widgets(root)
    keep_tab_moving(root)
    watch_cell_editors(root)
    set_tab_order(root)


class _DialogPass(QObject):
    """Runs :func:`make_accessible` over every dialog when its window first appears, whoever built
    it: dialogs of pages, the login and first-run dialogs, message boxes and input dialogs.

    It listens to the application's window signals rather than filtering every event of the
    application: an application-wide Python event filter is handed every object Qt touches,
    including ones half-way through destruction, which can crash the process."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        app.focusWindowChanged.connect(self._window_appeared)
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._sweep)
        self._timer.start()

    def _window_appeared(self, _window: Any) -> None:
        self._sweep()

    def _sweep(self) -> None:
        for w in self._app.topLevelWidgets():
            if isinstance(w, QDialog) and w.isVisible() and not w.property("dm_accessible_pass"):
                try:
                    make_accessible(w)
                    w.setProperty("dm_accessible_pass", True)
                except RuntimeError:
                    pass             # a dialog deleted while showing: nothing to name


_dialog_pass: _DialogPass | None = None


def install_dialog_pass(app: QApplication) -> None:
    """Name and Tab-order every dialog when it is shown (installed once per application)."""
    global _dialog_pass
    if _dialog_pass is None:
        _dialog_pass = _DialogPass(app)
