"""The main window: navigation sidebar built from the page registry, a stack of lazily created pages,
menus, keyboard shortcuts and a status bar with who is logged in and what automation is doing.

Pages are optional-duck-typed: a page widget may define ``refresh()`` (F5), ``focus_search()`` or a
child ``QLineEdit`` named ``"search"`` (Ctrl+F), ``on_shown()`` (called each time it becomes the
current page) and ``navigate_to(**kw)`` (for ``ctx.navigate(key, **kw)`` from other pages).
"""
from __future__ import annotations

import html
import logging
import platform
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (QAction, QCloseEvent, QColor, QGuiApplication, QKeySequence, QPainter,
                           QShortcut, QShowEvent)
from PySide6.QtWidgets import (QApplication, QFileDialog, QLabel, QListWidget, QListWidgetItem,
                               QMainWindow, QMessageBox, QSplitter, QStackedWidget, QStyle,
                               QStyledItemDelegate, QStyleOptionViewItem, QVBoxLayout, QWidget)

from core.kernel.audit import AuditFilter
from core.users.permissions import Perm
from desktop.accessibility import make_accessible
from desktop.widgets.columns import guard_stretch_columns
from desktop.context import DesktopContext
from desktop.registry import PageSpec, load_pages
from desktop.ui import alive, app_icon, icon, show_error, ui_settings, words
from desktop.widgets import EmptyState
from desktop.widgets.message_bar import MessageBar

log = logging.getLogger("deskmate.desktop")

BADGE_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole
BADGE_REFRESH_MS = 60_000
#: The costly reports (they fit the reorder planner's forecasts) are worked out in the background
#: this long after the window first shows — after its first page has loaded — and again this long
#: after the last change to inventory's data (``app.reports.warm``), so a report opens at once; each
#: change restarts the wait, so a burst of edits is worked out once.
WARM_AFTER_MS = 3_000
WARM_AGAIN_AFTER_MS = 5_000
# White on this orange is 4.6:1 (WCAG AA for normal text); the old #d9822b was 2.9:1.
BADGE_BACKGROUND = "#b35c00"

ABOUT_DESKMATE = QT_TRANSLATE_NOOP("MainWindow", """
<h3>How Deskmate works</h3>
<p><b>The machine drafts, a person decides.</b> Automation looks at your sales, stock, bookings and
invoices and <i>drafts</i> work — a purchase order, a roster, a payment reminder — into the
<b>Review Inbox</b>. Nothing is ordered, sent, published or issued until someone approves it, and
every automation can be switched off on the Automation page. Everything it drafts can also be done
by hand.</p>
<p><b>Every suggestion explains itself:</b> the numbers it used, the period of data, the formula
with the figures filled in, and how confident it is. With too little history it says so instead of
guessing.</p>
<p><b>It learns from you:</b> when you change a draft, the difference and your reason are kept, and
later Deskmate may propose adjusting its own parameters — as a suggestion you review like any other.</p>
<p><b>Accountable:</b> every change anyone makes, by hand or by approving a draft, is in the
append-only <b>Audit</b> log with who, when, and the values before and after.</p>
<p><b>Nothing is lost:</b> bad input is refused with a message naming the file, row and field,
and nothing half-written is kept. Back up from the File menu at any time, even while working.</p>
""")


class BadgeDelegate(QStyledItemDelegate):
    """Draws a small rounded count (e.g. open inbox items) at the right of a sidebar entry.

    The page title is elided to end before the badge starts, so "41 overdue" never covers
    "Invoices" however narrow the sidebar is dragged."""

    GAP = 6

    def badge_rect(self, option: QStyleOptionViewItem, index: QModelIndex) -> QRectF:
        """Where the badge goes (an empty rectangle when the entry has none)."""
        badge = index.data(BADGE_ROLE)
        if not badge:
            return QRectF()
        fm = option.fontMetrics
        w = max(fm.horizontalAdvance(str(badge)) + 12, fm.height() + 2)
        h = fm.height() + 2
        r = option.rect
        return QRectF(r.right() - w - 10, r.center().y() - h / 2 + 1, w, h)

    def text_option(self, option: QStyleOptionViewItem, index: QModelIndex) -> QStyleOptionViewItem:
        """The item's style option with its title elided to stop short of the badge."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        badge = self.badge_rect(option, index)
        if not badge.isEmpty():
            widget = option.widget
            style = widget.style() if widget is not None else QApplication.style()
            text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
            room = int(badge.left()) - self.GAP - text_rect.left()
            opt.text = opt.fontMetrics.elidedText(opt.text, Qt.TextElideMode.ElideRight, max(room, 0))
        return opt

    @staticmethod
    def view_option(view: QListWidget, index: QModelIndex) -> QStyleOptionViewItem:
        """The option the view hands to :meth:`paint` for ``index`` (the icon's size included: the
        title starts after the icon)."""
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.rect = view.visualRect(index)
        option.widget = view
        option.decorationSize = view.iconSize()
        option.decorationPosition = QStyleOptionViewItem.Position.Left
        option.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        return option

    def title_layout(self, view: QListWidget, index: QModelIndex) -> tuple[str, int, float | None]:
        """(the title as drawn, where it ends, where the badge starts or None) for one entry."""
        option = self.view_option(view, index)
        opt = self.text_option(option, index)
        text_rect = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, view)
        end = text_rect.left() + opt.fontMetrics.horizontalAdvance(opt.text)
        badge = self.badge_rect(option, index)
        return opt.text, end, None if badge.isEmpty() else badge.left()

    def needed_width(self, view: QListWidget, index: QModelIndex) -> int:
        """How wide the entry must be for its whole title and its badge (the sidebar grows to it)."""
        option = self.view_option(view, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text_rect = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, view)
        need = text_rect.left() - option.rect.left() + opt.fontMetrics.horizontalAdvance(opt.text)
        badge = self.badge_rect(option, index)
        if badge.isEmpty():
            return need + self.GAP
        return need + self.GAP + int(option.rect.right() - badge.left()) + 4   # elision rounds up

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = self.text_option(option, index)
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        badge = index.data(BADGE_ROLE)
        if not badge:
            return
        rect = self.badge_rect(option, index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(BADGE_BACKGROUND))
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(badge))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        s = super().sizeHint(option, index)
        return QSize(s.width() + 40, max(s.height(), 34))


class MainWindow(QMainWindow):
    logout_requested = Signal()
    restore_requested = Signal(str)     # path of the backup to restore
    closed = Signal()
    first_shown = Signal()

    def __init__(self, ctx: DesktopContext, shop_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self._shown_once = False
        self._logging_out = False
        self._discard_ok = False
        self.shop_name = shop_name
        self.demo = ctx.app.is_demo()   # one indexed row: the title says "demo shop" from the start
        self.setWindowTitle(self._title(shop_name))
        ctx.status = self.show_status
        ctx.navigate = self.navigate

        self.specs: list[PageSpec] = [s for s in load_pages()
                                      if s.visible is None or s.visible(ctx.actor)]
        self.pages: dict[str, QWidget] = {}
        self._placeholders: dict[str, QWidget] = {}

        self._build_sidebar()
        self.stack = QStackedWidget()
        self.stack.setObjectName("pageStack")
        for spec in self.specs:
            holder = QWidget()
            holder.setObjectName(f"holder:{spec.key}")
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            # the page's errors and notices show here, above it, without stopping anyone (show_error)
            holder.message_bar = MessageBar(holder)        # type: ignore[attr-defined]
            holder.layout().addWidget(holder.message_bar)
            self._placeholders[spec.key] = holder
            self.stack.addWidget(holder)
        if not self.specs:
            self.stack.addWidget(EmptyState(
                self.tr("No pages yet"), self.tr("This installation of Deskmate has no pages for your role. Ask the "
                "shop's owner which parts of Deskmate you should see.")))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([210, 990])
        self.setCentralWidget(self.splitter)

        self._build_status_bar()
        self._build_menus()
        self.nav.currentRowChanged.connect(self._on_row_changed)

        self._badge_timer = QTimer(self)
        self._badge_timer.setInterval(BADGE_REFRESH_MS)
        self._badge_timer.timeout.connect(self.refresh_badges)
        self._badge_debounce = QTimer(self)
        self._badge_debounce.setSingleShot(True)
        self._badge_debounce.setInterval(400)
        self._badge_debounce.timeout.connect(self.refresh_badges)
        self._warm_timer = QTimer(self)
        self._warm_timer.setSingleShot(True)
        self._warm_timer.timeout.connect(self.warm_reports)
        # Bound methods only: Qt drops them when this window is deleted (log out), lambdas it can't.
        ctx.bridge.suggestions_changed.connect(self._badge_debounce.start)
        ctx.bridge.scheduler_state.connect(self.set_automation_state)
        ctx.bridge.data_changed.connect(self._data_changed)

        self.restore_layout()

    # ------------------------------------------------------------------ construction
    def _build_sidebar(self) -> None:
        self.sidebar = QWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.sidebar.setMinimumWidth(190)    # the longest title beside a badge
        lay = QVBoxLayout(self.sidebar)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        title = QLabel(self.tr("Deskmate"))
        title.setObjectName("sidebarTitle")
        lay.addWidget(title)
        self.shop_label = QLabel(self.shop_name or "")
        self.shop_label.setObjectName("sidebarShop")
        self.shop_label.setWordWrap(True)
        lay.addWidget(self.shop_label)
        self.nav = QListWidget()
        self.nav.setObjectName("navList")
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setItemDelegate(BadgeDelegate(self.nav))
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Titles are elided beside their badge instead of scrolling the sidebar sideways.
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideRight)
        for i, spec in enumerate(self.specs):
            item = QListWidgetItem(icon(spec.icon, spec.key), spec.label)
            item.setData(KEY_ROLE, spec.key)
            item.setToolTip(self.tr("{title} (Ctrl+{value})").format(title=spec.label, value=i + 1) if i < 9 else spec.label)
            self.nav.addItem(item)
        lay.addWidget(self.nav, 1)
        who = self.ctx.actor
        self.sidebar_user = QLabel(f"{who.username} · {words(who.role)}")
        self.sidebar_user.setObjectName("sidebarUser")
        lay.addWidget(self.sidebar_user)

    def _build_status_bar(self) -> None:
        sb = self.statusBar()
        self.automation_label = QLabel(self.tr("Automation: off"))
        self.automation_label.setObjectName("automationState")
        self.automation_label.setAccessibleName(self.tr("Automation state"))
        self.automation_label.setToolTip(self.tr("Automation only drafts into the Review Inbox; "
                                         "switch jobs on or off on the Automation page."))
        who = self.ctx.actor
        self.user_label = QLabel(self.tr("Logged in as {username} ({role})").format(username=who.username, role=words(who.role)))
        self.user_label.setObjectName("userState")
        self.user_label.setAccessibleName(self.tr("Logged-in user"))
        sb.addPermanentWidget(self.automation_label)
        sb.addPermanentWidget(self.user_label)

    def _action(self, menu: Any, text: str, slot: Callable[[], Any], shortcut: Any = None,
                enabled: bool = True, name: str = "") -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.triggered.connect(lambda _checked=False: slot())
        act.setEnabled(enabled)
        if name:
            act.setObjectName(name)
        menu.addAction(act)
        self.addAction(act)      # shortcuts work even with the menu bar hidden
        return act

    def _build_menus(self) -> None:
        mb = self.menuBar()
        can = self.ctx.can
        m = mb.addMenu(self.tr("&File"))
        self.backup_action = self._action(m, self.tr("&Back up now…"), self.backup_dialog, "Ctrl+Shift+B",
                                          can(Perm.BACKUP_RESTORE), "backupAction")
        self.restore_action = self._action(m, self.tr("&Restore from a backup…"), self.restore_dialog, None,
                                           can(Perm.BACKUP_RESTORE), "restoreAction")
        self.move_action = self._action(m, self.tr("&Move the shop to another database…"), self.move_dialog, None,
                                        can(Perm.BACKUP_RESTORE), "moveAction")
        self.export_audit_action = self._action(m, self.tr("&Export audit log…"), self.export_audit_dialog, None,
                                                can(Perm.VIEW_AUDIT), "exportAuditAction")
        m.addSeparator()
        self.password_action = self._action(m, self.tr("Change my &password…"), self.change_password_dialog,
                                            None, True, "changePasswordAction")
        self.logout_action = self._action(m, self.tr("&Log out / switch user…"), self.request_logout,
                                          "Ctrl+Shift+L", True, "logoutAction")
        m.addSeparator()
        self.quit_action = self._action(m, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, True,
                                        "quitAction")
        self.quit_action.setShortcuts([QKeySequence("Ctrl+Q")])

        g = mb.addMenu(self.tr("&Go"))
        self.page_actions: list[QAction] = []
        for i, spec in enumerate(self.specs):
            sc = f"Ctrl+{i + 1}" if i < 9 else None
            self.page_actions.append(self._action(g, spec.label, lambda k=spec.key: self.go_to(k), sc,
                                                  True, f"go:{spec.key}"))
        g.addSeparator()
        self._action(g, self.tr("&Find on this page"), self.focus_search, QKeySequence.StandardKey.Find, True,
                     "findAction")
        self._action(g, self.tr("&Refresh this page"), self.refresh_current, QKeySequence.StandardKey.Refresh,
                     True, "refreshAction")
        for act in self.actions():
            if act.objectName() == "refreshAction":
                act.setShortcuts([QKeySequence("F5"), QKeySequence("Ctrl+R")])

        h = mb.addMenu(self.tr("&Help"))
        self._action(h, self.tr("&Why / how does Deskmate work?"), self.show_why, "F1", True, "whyAction")
        self._action(h, self.tr("&Keyboard shortcuts"), self.show_shortcuts, None, True, "shortcutsAction")
        self._action(h, self.tr("Show &log"), self.show_log, None, True, "logAction")
        self._action(h, self.tr("&About Deskmate"), self.show_about, None, True, "aboutAction")

    # ------------------------------------------------------------------ pages
    def current_key(self) -> str | None:
        item = self.nav.currentItem()
        return item.data(KEY_ROLE) if item else None

    def current_page(self) -> QWidget | None:
        key = self.current_key()
        return self.pages.get(key) if key else None

    def page(self, key: str) -> QWidget:
        """The page widget for ``key``, created now if it was not yet (tests and navigation)."""
        self._ensure_page(key)
        return self.pages[key]

    def show_page(self, key: str) -> bool:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(KEY_ROLE) == key:
                self.nav.setCurrentRow(row)
                return True
        return False

    def go_to(self, key: str) -> None:
        """Show a page from the keyboard (Ctrl+1..9) and put the focus in it, so the next keys
        act on the page (its list first) rather than on whatever had the focus before."""
        if not self.show_page(key):
            return
        from PySide6.QtWidgets import QAbstractItemView, QLineEdit
        page = self.pages[key]
        focus = QApplication.focusWidget() or self.focusWidget()
        if (focus is not None and page.isAncestorOf(focus)
                and isinstance(focus, (QAbstractItemView, QLineEdit))):
            return          # the page's on_shown() chose already
        views = [v for v in page.findChildren(QAbstractItemView) if v.isVisible() and v.isEnabled()]
        target = views[0] if views else None
        if target is None:
            for w in page.findChildren(QWidget):
                if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus:
                    target = w
                    break
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def navigate(self, key: str, **kw: Any) -> None:
        if not self.show_page(key):
            self.show_status(self.tr("That page is not available to {username}.").format(username=self.ctx.actor.username))
            return
        page = self.pages.get(key)
        if kw and page is not None and hasattr(page, "navigate_to"):
            page.navigate_to(**kw)

    def _ensure_page(self, key: str) -> None:
        if key in self.pages:
            return
        spec = next(s for s in self.specs if s.key == key)
        holder = self._placeholders[key]
        try:
            widget = spec.factory(self.ctx)
        except Exception as exc:  # noqa: BLE001 - one broken page must not take the app down
            log.exception("page %s failed to open", key)
            widget = EmptyState(self.tr("{title} could not be opened").format(title=spec.label),
                                self.tr("Deskmate hit an internal problem building this page ({error}: "
                                "{exc}). The other pages work; please report this.").format(error=type(exc).__name__, exc=exc))
        widget.setObjectName(widget.objectName() or f"page:{key}")
        holder.layout().addWidget(widget)
        self.pages[key] = widget
        self._fit_page(widget)

    def _on_row_changed(self, row: int) -> None:
        if row < 0 or row >= len(self.specs):
            return
        key = self.specs[row].key
        self._ensure_page(key)
        self.stack.setCurrentWidget(self._placeholders[key])
        page = self.pages[key]
        self._yield_shortcuts(page)
        if hasattr(page, "on_shown"):
            try:
                page.on_shown()
            except Exception as exc:  # noqa: BLE001
                show_error(page, exc)
        QTimer.singleShot(0, page, lambda p=page: alive(p) and self._fit_page(p))   # widgets added since

    @staticmethod
    def _fit_page(page: QWidget) -> None:
        """Every page, whoever wrote it: named controls and a layout-ordered Tab chain, and main
        text columns that stay readable in a narrow window."""
        make_accessible(page)
        guard_stretch_columns(page)

    def _yield_shortcuts(self, page: QWidget) -> None:
        """A page's own shortcut wins over the window's (its F5, its Ctrl+F): two active
        shortcuts on one key would be ambiguous in Qt and neither would fire."""
        if not hasattr(self, "_shell_keys"):
            self._shell_keys = {act: [k for k in act.shortcuts()] for act in self.actions()}
        taken = {sc.key().toString() for sc in page.findChildren(QShortcut) if sc.isEnabled()}
        for act in page.findChildren(QAction):
            taken.update(k.toString() for k in act.shortcuts())
        for act, keys in self._shell_keys.items():
            act.setShortcuts([k for k in keys if k.toString() not in taken])

    def refresh_current(self) -> None:
        page = self.current_page()
        if page is not None and hasattr(page, "refresh"):
            page.refresh()
            self.show_status(self.tr("Refreshed"))
        self.refresh_badges()

    def focus_search(self) -> None:
        page = self.current_page()
        if page is None:
            return
        if hasattr(page, "focus_search"):
            page.focus_search()
            return
        from PySide6.QtWidgets import QLineEdit
        edit = page.findChild(QLineEdit, "search")
        if edit is not None:
            edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            edit.selectAll()

    # ------------------------------------------------------------------ badges and status
    def refresh_badges(self) -> None:
        """Ask every page with a badge for its text, each on a worker thread."""
        for spec in self.specs:
            if spec.badge is None:
                continue
            self.ctx.tasks.run(spec.badge, self.ctx,
                               on_done=lambda text, k=spec.key: self.set_badge(k, text),
                               on_error=lambda exc, k=spec.key: log.warning("badge %s: %s", k, exc))

    def set_badge(self, key: str, text: Any) -> None:
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            if item.data(KEY_ROLE) == key:
                item.setData(BADGE_ROLE, "" if text in (None, 0, "0") else str(text))
        self._fit_sidebar()

    SIDEBAR_MAX = 280

    def sidebar_wanted_width(self) -> int:
        """The width at which every title shows whole beside its badge ("Rechnungen  56 überf.")."""
        delegate = self.nav.itemDelegate()
        rows = [delegate.needed_width(self.nav, self.nav.model().index(r, 0)) for r in range(self.nav.count())]
        # what the sidebar holds around the list's viewport (frame, scroll bar)
        return max(rows, default=0) + max(self.sidebar.width() - self.nav.viewport().width(), 0)

    def _fit_sidebar(self) -> None:
        """Widen the sidebar (never past SIDEBAR_MAX) when a longer title or badge arrives, so the
        page's name is not cut short; a person may still drag it wider."""
        wanted = min(self.sidebar_wanted_width(), self.SIDEBAR_MAX)
        if wanted > self.sidebar.minimumWidth():
            self.sidebar.setMinimumWidth(wanted)

    def badge(self, key: str) -> str:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(KEY_ROLE) == key:
                return self.nav.item(row).data(BADGE_ROLE) or ""
        return ""

    def _data_changed(self, area: str) -> None:
        self._badge_debounce.start()
        if area == "inventory" and self._shown_once:
            self._warm_timer.start(WARM_AGAIN_AFTER_MS)
        if area == "settings":      # the shop may have been renamed
            self.ctx.tasks.run(self.ctx.app.settings.get, "shop.name", on_done=self.set_shop_name,
                               on_error=lambda exc: log.warning("shop name: %s", exc))

    def _title(self, name: str) -> str:
        if self.demo:
            name = self.tr("{name} (demo shop)").format(name=name) if name else self.tr("Demo shop")
        return self.tr("{name} — Deskmate").format(name=name) if name else "Deskmate"

    def set_shop_name(self, name: str) -> None:
        self.shop_name = name
        self.shop_label.setText(name)
        self.setWindowTitle(self._title(name))

    def show_status(self, message: str, msecs: int = 8000) -> None:
        self.statusBar().showMessage(message, msecs)

    def set_automation_state(self, state: str) -> None:
        self.automation_label.setText(self.tr("Automation: {state}").format(
            state=QCoreApplication.translate("Bridge", state)))

    # ------------------------------------------------------------------ layout memory
    def restore_layout(self) -> None:
        s = ui_settings()
        geometry = s.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            # First start: use the screen (small shop PCs are often 1366x768 or 1440x900).
            screen = QGuiApplication.primaryScreen()
            if screen is not None:          # also right without a window manager to maximise
                self.setGeometry(screen.availableGeometry())
            else:
                self.resize(1200, 780)
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        state = s.value("window/state")
        if state is not None:
            self.restoreState(state)
        splitter = s.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        last = s.value("window/page")
        keys = [sp.key for sp in self.specs]
        if keys:
            # every log-in lands on Today (what needs this person); without it, the last page
            first = "today" if "today" in keys else last
            self.nav.setCurrentRow(keys.index(first) if first in keys else 0)

    def save_layout(self) -> None:
        s = ui_settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/splitter", self.splitter.saveState())
        if self.current_key():
            s.setValue("window/page", self.current_key())
        for page in self.pages.values():
            if hasattr(page, "save_layout"):
                try:
                    page.save_layout()
                except Exception:  # noqa: BLE001
                    log.exception("saving a page's layout failed")
        s.sync()

    # ------------------------------------------------------------------ events
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self._badge_timer.start()
            QTimer.singleShot(0, self.first_shown.emit)
            QTimer.singleShot(50, self.refresh_badges)
            self._warm_timer.start(WARM_AFTER_MS)

    def warm_reports(self) -> None:
        """Work out the costly reports' figures on a worker thread (nothing is shown: a failure is
        only logged), so the Reports and Automation pages open on kept figures."""
        if self._logging_out or not self.isVisible() or not self.ctx.can(Perm.VIEW_REPORTS):
            return
        self.ctx.tasks.run(self.ctx.app.reports.warm,
                           on_done=lambda names: log.info("reports worked out ahead: %s", ", ".join(names)),
                           on_error=lambda exc: log.warning("working out the reports ahead failed: %s", exc))

    def unsaved_pages(self) -> list[str]:
        """Titles of pages holding edits not yet saved (pages may define has_unsaved_changes())."""
        out = []
        for spec in self.specs:
            page = self.pages.get(spec.key)
            check = getattr(page, "has_unsaved_changes", None)
            if check is not None and check():
                out.append(spec.label)
        return out

    def _confirm_discard(self, then: Callable[[], Any]) -> bool:
        """True to go ahead; otherwise ask (without blocking) and call ``then`` if discarded."""
        titles = self.unsaved_pages()
        if not titles or self._discard_ok:
            return True
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Unsaved changes"),
                          self.tr("You have changes on {pages} that are not saved yet.").format(pages=', '.join(titles)), parent=self)
        box.setObjectName("unsavedBox")
        box.setInformativeText(self.tr("Discard them, or go back and save them first?"))
        discard = box.addButton(self.tr("Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
        back = box.addButton(self.tr("Go back"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)

        def answered(_result: int) -> None:
            if box.clickedButton() is discard:
                self._discard_ok = True
                then()
            elif titles:
                self.show_page(next(s.key for s in self.specs if s.label == titles[0]))

        box.finished.connect(answered)
        box.open()
        return False

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._confirm_discard(self.close):
            event.ignore()
            return
        self.save_layout()
        self._badge_timer.stop()
        self._warm_timer.stop()         # no work may start for a window that is gone
        event.accept()
        self.closed.emit()

    def request_logout(self) -> None:
        if not self._confirm_discard(self.request_logout):
            return
        self._logging_out = True
        self._warm_timer.stop()
        self.logout_requested.emit()

    @property
    def logging_out(self) -> bool:
        return self._logging_out

    # ------------------------------------------------------------------ file menu
    def backup_dialog(self) -> None:
        from core.kernel.storage import timestamp
        folder = self.ctx.app.paths.backups
        folder.mkdir(parents=True, exist_ok=True)
        # pg_dump's custom format for a shop on a server, an SQLite file otherwise
        suffix = ".sqlite3" if self.ctx.app.db.is_sqlite else ".pgdump"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Back up the shop's data"),
                                              str(folder / f"deskmate-backup-{timestamp()}{suffix}"),
                                              self.tr("Deskmate backups (*{suffix});;All files (*)").format(suffix=suffix))
        if path:
            # The save dialog has asked before replacing a file; core still refuses the database,
            # a backup or any other file in the data folder.
            self.backup_to(Path(path), force=True)

    def backup_to(self, path: Path, on_done: Callable[[Path], None] | None = None, force: bool = False) -> None:
        from core.io.backup import backup_now
        self.show_status(self.tr("Backing up…"), 0)

        def done(written: Path) -> None:
            self.show_status(self.tr("Backup written to {written}").format(written=written))
            if on_done:
                on_done(written)

        self.ctx.tasks.run(backup_now, self.ctx.app, path, actor=self.ctx.actor, force=force, on_done=done,
                           on_error=lambda exc: (self.show_status(self.tr("Backup failed")), show_error(self, exc)))

    def restore_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore the shop's data from a backup"),
                                              str(self.ctx.app.paths.backups),
                                              self.tr("Deskmate backups (*.sqlite3 *.pgdump);;All files (*)"))
        if not path:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Restore from a backup?"),
                          self.tr("Replace ALL of the shop's current data with the backup\n{path}?").format(path=path),
                          QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.tr("Everything entered since that backup was taken will no longer be "
                               "in Deskmate. The current data is first kept as a copy next to the "
                               "database, so this can be undone. Deskmate closes after the restore; "
                               "start it again to continue."))
        restore = box.addButton(self.tr("Restore and close Deskmate"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is restore:
            self.restore_requested.emit(path)

    def move_dialog(self) -> Any:
        """The copy to a PostgreSQL server or a new file (``deskmate move``), with its checks."""
        from desktop.move_dialog import MoveDialog
        dlg = MoveDialog(self.ctx, self)
        dlg.setModal(True)
        dlg.show()
        return dlg

    def export_audit_dialog(self) -> None:
        folder = self.ctx.app.paths.exports
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the audit log"), str(folder / "audit-log.xlsx"),
                                              self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.export_audit_to(Path(path), force=True)   # the save dialog asked before replacing

    def export_audit_to(self, path: Path, f: AuditFilter | None = None,
                        on_done: Callable[[int], None] | None = None, force: bool = False) -> None:
        self.show_status(self.tr("Exporting the audit log…"), 0)

        def done(n: int) -> None:
            self.show_status(QCoreApplication.translate("MainWindow", "%n audit entries written to {path}", None,
                                                        n).format(path=path))
            if on_done:
                on_done(n)

        self.ctx.tasks.run(self.ctx.app.audit.export_xlsx, self.ctx.actor, f or AuditFilter(), path,
                           force=force, on_done=done,
                           on_error=lambda exc: (self.show_status(self.tr("The audit log was not exported")),
                                                 show_error(self, exc)))

    def change_password_dialog(self) -> None:
        from desktop.pages.settings.users import PasswordDialog
        dlg = PasswordDialog(self.ctx, self.ctx.actor.user_id, self.ctx.actor.username, self)
        dlg.open()

    # ------------------------------------------------------------------ help menu
    def show_why(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Why / how does Deskmate work?"), "", parent=self)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(self.tr(ABOUT_DESKMATE))
        box.open()

    def show_shortcuts(self) -> None:
        rows = [(f"Ctrl+{i + 1}", s.label) for i, s in enumerate(self.specs[:9])]
        rows += [("Ctrl+F", self.tr("Find on this page")), ("F5", self.tr("Refresh this page")),
                 ("F1", self.tr("How Deskmate works")), ("Ctrl+Shift+L", self.tr("Log out / switch user")),
                 ("Ctrl+Shift+B", self.tr("Back up now")), ("Ctrl+Q", self.tr("Quit"))]
        body = "".join(f"<tr><td style='padding-right:16px'><b>{html.escape(k)}</b></td>"
                       f"<td>{html.escape(v)}</td></tr>" for k, v in rows)
        for spec in self.specs:            # each page's own keys, from where the page defines them
            if spec.keys is None:
                continue
            where = html.escape(self.tr("(in its list, not while typing)"))
            body += (f"<tr><td colspan='2' style='padding-top:10px'><b>{html.escape(spec.label)}</b> "
                     f"{where}</td></tr>")
            body += "".join(f"<tr><td style='padding-right:16px'><b>{html.escape(k)}</b></td>"
                            f"<td>{html.escape(v)}</td></tr>" for k, v in spec.keys())
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Keyboard shortcuts"), "", parent=self)
        box.setObjectName("shortcutsBox")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(f"<table>{body}</table>")
        box.open()

    def show_log(self) -> None:
        from desktop.log_viewer import LogDialog
        LogDialog(self.ctx, self).open()

    def show_about(self) -> None:
        from core.kernel.connection import display_url
        from core.kernel.version import app_version
        ver = app_version()
        app = self.ctx.app
        what = self.tr("Scheduling, inventory, invoicing and a review inbox for small shops.")
        motto = self.tr("The machine drafts, a person decides.")
        folder, database = self.tr("Data folder:"), self.tr("Database:")
        text = (f"<h3>Deskmate {html.escape(ver)}</h3>"
                f"<p>{html.escape(what)}<br>{html.escape(motto)}</p>"
                f"<p><b>{html.escape(folder)}</b> {html.escape(str(app.paths.root))}<br>"
                f"<b>{html.escape(database)}</b> {html.escape(display_url(app.db.url))}</p>"
                f"<p style='color:#666'>Python {platform.python_version()} · PySide6 {pyside_version} · "
                f"{html.escape(sys.platform)}</p>")
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("About Deskmate"), "", parent=self)
        box.setIconPixmap(app_icon().pixmap(64, 64))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(text)
        box.open()


def active_window() -> QWidget | None:
    return QApplication.activeWindow()
