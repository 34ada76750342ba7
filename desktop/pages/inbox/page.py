"""The Review Inbox: one list of everything automation drafted, with the reasoning beside it.

Keyboard first (A approve, E edit, R reject, S snooze, X escalate, J/K or arrows to move) and
multi-select batches with a confirmation that says what will happen. Every service call runs on a
worker thread through ``ctx.tasks``; the list is a lazy model over ids, so 10,000 open items open
and scroll as fast as ten.
"""
from __future__ import annotations

import html
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject, QT_TRANSLATE_NOOP, QTimer, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QFrame, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QPushButton, QSplitter, QStackedWidget, QTableView,
                               QVBoxLayout, QWidget)

from core.inbox.due import due_text
from core.inbox.service import OPEN_STATES, DecideRight, InboxFilter, KindGroup, State, SuggestionDetail
from core.kernel.actor import Role
from desktop.accessibility import make_accessible
from desktop.context import DesktopContext
from desktop.inbox_editors import ProposalEditor, create_editor, editor_name
from desktop.pages.inbox.dialogs import SnoozeDialog, ask_text, confirm, describe_batch
from desktop.ui import PageHeader, show_error, ui_settings, words
from desktop.widgets import RIGHT, EmptyState, HelpButton, LazyColumn, LazyTableModel, ReasonCardView

HELP = QT_TRANSLATE_NOOP("pages.inbox.page", """
<p><b>The Review Inbox</b> holds everything Deskmate's automation drafted: reorder lines, rosters,
invoices, reminders, data-quality findings, proposed parameter changes. <b>Nothing here has
happened yet</b>: each item waits for a person.</p>
<p>Select an item to see <b>why</b> it was drafted — the figures used, the period of data, the
formula with the numbers filled in and how confident it is — and the proposal itself.</p>
<ul>
<li><b>A</b> approve: apply the proposal as drafted, through the part of Deskmate that owns it.</li>
<li><b>E</b> edit: change the proposal on the right, then press E again (or Ctrl+Enter) to apply
your version. Both versions are kept.</li>
<li><b>R</b> reject, with a reason — reasons teach the automation.</li>
<li><b>S</b> snooze until a day; <b>X</b> escalate to the owner.</li>
<li><b>J</b>/<b>K</b> or the arrow keys move; Shift/Ctrl-click selects several for one decision.</li>
</ul>
<p>If applying fails (the stock changed, a number is no longer free) nothing is applied and the
item stays open with the error shown. Which roles may decide which kind of item is an owner
setting.</p>
""")

STATE_CHOICES = [(QT_TRANSLATE_NOOP("pages.inbox.page", "Waiting for a decision"), "waiting"), (QT_TRANSLATE_NOOP("pages.inbox.page", "Open, incl. snoozed"), "open"), (QT_TRANSLATE_NOOP("pages.inbox.page", "New"), "new"), (QT_TRANSLATE_NOOP("pages.inbox.page", "Snoozed"), "snoozed"),
                 (QT_TRANSLATE_NOOP("pages.inbox.page", "Escalated"), "escalated"), (QT_TRANSLATE_NOOP("pages.inbox.page", "Applied"), "applied"), (QT_TRANSLATE_NOOP("pages.inbox.page", "Rejected"), "rejected"),
                 (QT_TRANSLATE_NOOP("pages.inbox.page", "Superseded"), "superseded"), (QT_TRANSLATE_NOOP("pages.inbox.page", "Expired"), "expired"), (QT_TRANSLATE_NOOP("pages.inbox.page", "Everything"), "all")]
SINCE_CHOICES = [(QT_TRANSLATE_NOOP("pages.inbox.page", "Any time"), None), (QT_TRANSLATE_NOOP("pages.inbox.page", "Today"), 0), (QT_TRANSLATE_NOOP("pages.inbox.page", "Last 7 days"), 7), (QT_TRANSLATE_NOOP("pages.inbox.page", "Last 30 days"), 30),
                 (QT_TRANSLATE_NOOP("pages.inbox.page", "Last 365 days"), 365), (QT_TRANSLATE_NOOP("pages.inbox.page", "Between…"), "range")]
SORT_CHOICES = [(QT_TRANSLATE_NOOP("pages.inbox.page", "Most urgent first"), "due"), (QT_TRANSLATE_NOOP("pages.inbox.page", "Newest first"), "newest"), (QT_TRANSLATE_NOOP("pages.inbox.page", "Oldest first"), "oldest"), (QT_TRANSLATE_NOOP("pages.inbox.page", "Kind"), "kind"),
                (QT_TRANSLATE_NOOP("pages.inbox.page", "Value"), "value"), (QT_TRANSLATE_NOOP("pages.inbox.page", "Title"), "title"), (QT_TRANSLATE_NOOP("pages.inbox.page", "State"), "state")]
# Text colours in the list: each reaches WCAG AA on white, alternate and selected rows.
STATE_COLOURS = {"new": "#1d5fa8", "escalated": "#8a4a00", "snoozed": "#555f6b", "applied": "#1f6a24",
                 "rejected": "#8a2b2b", "superseded": "#555f6b", "expired": "#555f6b"}


WAITING_STATES = (State.NEW.value, State.ESCALATED.value)   # snoozed items stay out of the way
POLL_MS = 60_000


class _Keys(QObject):
    """Single-letter shortcuts on the list (not while typing in the search box or the editor)."""

    def __init__(self, page: "InboxPage") -> None:
        super().__init__(page)
        self.page = page

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
                return False
            return self.page.handle_key(event.key())
        return False



FILTER_MIN_WIDTH = 150


def _fit_first_item(box: QComboBox) -> None:
    """A filter shows its first choice ("All jobs", "Alle Aufgaben") whole, however long the
    other choices are: the row squeezes the search field first. The list that drops down is as
    wide as its longest choice."""
    fm = box.fontMetrics()
    # at most FILTER_MIN_WIDTH: the row must still fit 1280 px in every language
    box.setMinimumWidth(min(fm.horizontalAdvance(box.itemText(0)) + 44, FILTER_MIN_WIDTH) if box.count() else 0)
    view = box.view()
    view.setMinimumWidth(max((fm.horizontalAdvance(box.itemText(i)) for i in range(box.count())), default=0) + 32)

class InboxPage(QWidget):
    detail_shown = Signal(int)          # an item's detail is on screen (tests, other pages)
    decided = Signal(object)            # list of DecisionResult after a decision finished
    ids_loaded = Signal(int)            # number of items in the list

    def __init__(self, ctx: DesktopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("inboxPage")
        self.detail: SuggestionDetail | None = None
        self.editor: ProposalEditor | None = None
        self._editors: dict[str, ProposalEditor] = {}
        self._kind_titles: dict[str, str] = {}
        self._group_heads: dict[int, KindGroup] = {}    # row -> the kind group starting there
        self._group_first: dict[int, KindGroup] = {}    # id of a group's first row -> its group
        self.right: DecideRight | None = None            # may the person decide the shown item
        self._now = ctx.app.clock.now()
        local = datetime.now().astimezone().tzinfo
        self._zone: Any = local                           # the shop's zone once the filters load
        self._job_titles: dict[str, str] = {}
        self._want_detail: int | None = None
        self._pending_select: int | None = None
        self._pending_row: int | None = None
        self._widen_for: int | None = None
        self._loading = False
        self._reload_again = False
        self.busy = False
        self.dialog: Any = None          # the open prompt/confirmation, if any (tests fill it in)
        self._build()
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(300)
        self._reload_timer.timeout.connect(self._changed_elsewhere)
        ctx.bridge.suggestions_changed.connect(self._reload_timer.start)
        # Another copy of Deskmate (or ``deskmate worker``) may draft or decide too: look again
        # now and then while the page is on screen.
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(POLL_MS)
        self._poll_timer.timeout.connect(lambda: self.isVisible() and not self.busy and self._reload_timer.start())
        self._poll_timer.start()
        self.load_filters()
        self.reload()

    # ------------------------------------------------------------------ construction
    def _build(self) -> None:
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 12)
        self.help_button = HelpButton(self.tr("Review Inbox — why and how"), QCoreApplication.translate("pages.inbox.page", HELP))
        self.header = PageHeader(self.tr("Review Inbox"), self.tr("Automation drafts; you decide. Nothing here has "
                                 "happened until someone approves it."), self.help_button)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Reload the list (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        self.header.add_tool(self.refresh_button)
        lay.addWidget(self.header)

        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search titles and subjects (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("kindFilter")
        self.state_box = QComboBox()
        self.state_box.setObjectName("stateFilter")
        for label, value in STATE_CHOICES:
            self.state_box.addItem(QCoreApplication.translate("pages.inbox.page", label), value)
        self.job_box = QComboBox()
        self.job_box.setObjectName("jobFilter")
        self.role_box = QComboBox()
        self.role_box.setObjectName("roleFilter")
        self.role_box.addItem(self.tr("Items I may decide"), self.ctx.actor.role)
        self.role_box.addItem(self.tr("Anyone's"), None)
        for r in Role:
            self.role_box.addItem(self.tr("For {role}").format(role=words(r)), r.value)
        self.since_box = QComboBox()
        self.since_box.setObjectName("sinceFilter")
        for label, value in SINCE_CHOICES:
            self.since_box.addItem(QCoreApplication.translate("pages.inbox.page", label), value)
        self.sort_box = QComboBox()
        self.sort_box.setObjectName("sortBox")
        for label, value in SORT_CHOICES:
            self.sort_box.addItem(QCoreApplication.translate("pages.inbox.page", label), value)
        today = self.ctx.app.today()
        self.date_from = QDateEdit(QDate(today.year, today.month, today.day).addDays(-30))
        self.date_to = QDateEdit(QDate(today.year, today.month, today.day))
        for w, name in ((self.date_from, "dateFrom"), (self.date_to, "dateTo")):
            w.setObjectName(name)
            w.setCalendarPopup(True)
            w.setDisplayFormat(self.ctx.formats.picker_format)
            w.hide()
            w.dateChanged.connect(lambda _d: self.reload())
        bar.addWidget(self.search, 3)
        for w, tip in ((self.kind_box, self.tr("Kind of suggestion")), (self.state_box, self.tr("State")),
                       (self.job_box, self.tr("Job that drafted it")), (self.role_box, self.tr("Who may decide")),
                       (self.since_box, self.tr("Drafted when")), (self.sort_box, self.tr("Order"))):
            w.setToolTip(tip)
            bar.addWidget(w, 1)
            if w is self.since_box:
                bar.addWidget(self.date_from)
                bar.addWidget(self.date_to)
        self.since_box.currentIndexChanged.connect(self._since_changed)
        lay.addLayout(bar)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(250)
        self.search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self.search_timer.start)
        for box in (self.kind_box, self.state_box, self.job_box, self.role_box, self.since_box, self.sort_box):
            box.currentIndexChanged.connect(lambda _i: self.reload())
        self.role_box.currentIndexChanged.connect(lambda _i: self.load_filters())

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("inboxSplitter")
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.model = LazyTableModel([
            LazyColumn(self.tr("Kind"), self._kind_cell, tooltip=lambda r: self._kind_titles.get(r.kind, r.kind)),
            LazyColumn(self.tr("Due"), lambda r: due_text(r.due_at, self._now, self._zone, self.ctx.formats),
                       tooltip=lambda r: self.tr("No due time") if r.due_at is None else
                       "Due " + self.ctx.formats.datetime(r.due_at)),
            LazyColumn(self.tr("Title"), lambda r: r.title, tooltip=lambda r: r.last_error or r.title),
            LazyColumn(self.tr("State"), lambda r: r.state_label + (" ⚠" if r.last_error else ""),
                       foreground=lambda r: QColor(STATE_COLOURS.get(r.state, "#000"))),
            LazyColumn(self.tr("Value"), lambda r: self.ctx.formats.money(r.value), align=RIGHT),
            LazyColumn(self.tr("Drafted"), lambda r: self.ctx.formats.datetime(r.created_at)),
            LazyColumn(self.tr("Job"), lambda r: self.job_title(r.job_id) if r.job_id else self.tr("by hand"),
                       tooltip=lambda r: r.job_id or ""),
        ], fetch=self.ctx.app.inbox.rows, parent=self)
        self.table = QTableView()
        self.table.setObjectName("inboxTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setMinimumSectionSize(26)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setColumnWidth(0, 190)
        self.table.setColumnWidth(1, 110)
        self.table.setColumnWidth(2, 330)
        self.table.setColumnWidth(3, 100)
        self.table.setColumnWidth(4, 80)
        self.table.setColumnWidth(5, 120)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        header.sectionClicked.connect(self._header_clicked)
        self._keys = _Keys(self)
        self.table.installEventFilter(self._keys)
        ll.addWidget(self.table, 1)
        self.count_label = QLabel("")
        self.count_label.setObjectName("inboxCount")
        ll.addWidget(self.count_label)
        self.empty = EmptyState(self.tr("Nothing waiting for you"),
                                self.tr("When automation drafts a reorder, a roster, an invoice or finds a "
                                "problem in your data, it appears here for you to decide. Jobs and "
                                "their schedules are on the Automation page."),
                                self.tr("Open the Automation page"), lambda: self.ctx.navigate("automation"))
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(left)
        self.list_stack.addWidget(self.empty)
        self.splitter.addWidget(self.list_stack)

        right = QFrame()
        right.setObjectName("inboxDetail")
        rl = QVBoxLayout(right)
        rl.setContentsMargins(8, 0, 0, 0)
        self.title_label = QLabel(self.tr("Select an item"))
        self.title_label.setObjectName("sectionTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.meta_label = QLabel("")
        self.meta_label.setObjectName("detailMeta")
        self.meta_label.setWordWrap(True)
        self.error_label = QLabel("")
        self.error_label.setObjectName("detailError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color:#a02020; font-weight:bold")
        self.error_label.hide()
        rl.addWidget(self.title_label)
        rl.addWidget(self.meta_label)
        rl.addWidget(self.error_label)
        detail_split = QSplitter(Qt.Orientation.Vertical)
        self.reason_view = ReasonCardView()
        detail_split.addWidget(self.reason_view)
        prop = QWidget()
        pl = QVBoxLayout(prop)
        pl.setContentsMargins(0, 0, 0, 0)
        self.proposal_label = QLabel(self.tr("Proposal"))
        self.proposal_label.setObjectName("sectionTitle")
        pl.addWidget(self.proposal_label)
        self.editor_stack = QStackedWidget()
        pl.addWidget(self.editor_stack, 1)
        self.history = QListWidget()
        self.history.setObjectName("detailHistory")
        self.history.setMaximumHeight(64)
        pl.addWidget(self.history)
        detail_split.addWidget(prop)
        detail_split.setSizes([300, 320])
        rl.addWidget(detail_split, 1)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for action, label, tip in (("approve", self.tr("&Approve (A)"), self.tr("Apply the proposal as drafted")),
                                   ("edit", self.tr("&Edit && apply (E)"), self.tr("Apply your edited version")),
                                   ("reject", self.tr("&Reject… (R)"), self.tr("Close it without applying, with a reason")),
                                   ("snooze", self.tr("&Snooze… (S)"), self.tr("Hide it until a day")),
                                   ("escalate", self.tr("Escalate (&X)"), self.tr("Send it to the owner"))):
            b = QPushButton(label)
            b.setObjectName(f"{action}Button")
            b.setToolTip(tip)
            b.clicked.connect(lambda _c=False, a=action: self.act(a))
            buttons.addWidget(b)
            self.buttons[action] = b
        rl.addLayout(buttons)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        lay.addWidget(self.splitter, 1)
        apply_edit = QShortcut(QKeySequence("Ctrl+Return"), right)
        apply_edit.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        apply_edit.activated.connect(lambda: self.act("edit"))
        self._set_buttons()
        state = ui_settings().value("inbox/splitter")
        if state is not None:
            self.splitter.restoreState(state)

    # column -> sort key (sorting happens in the query, so it works on any number of items)
    HEADER_SORTS = {0: "kind", 1: "due", 2: "title", 3: "state", 4: "value", 5: "newest"}

    def _since_changed(self, _index: int) -> None:
        custom = self.since_box.currentData() == "range"
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)

    def _header_clicked(self, column: int) -> None:
        key = self.HEADER_SORTS.get(column)
        if key is None:
            return
        if key == "newest" and self.sort_box.currentData() == "newest":
            key = "oldest"
        self.sort_box.setCurrentIndex(self.sort_box.findData(key))
        order = (Qt.SortOrder.AscendingOrder if key in ("kind", "due", "title", "state", "oldest")
                 else Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setSortIndicator(column, order)

    # ------------------------------------------------------------------ filters and loading
    def load_filters(self) -> None:
        """Kinds (with waiting counts) and jobs for the filter boxes; fetched off the GUI thread."""
        app, role, mine = self.ctx.app, self.role_box.currentData(), self.ctx.actor.role
        me = self.ctx.actor.user_id
        mine_only = self.role_box.currentIndex() == 0
        Fetched = tuple[dict[str, str], dict[str, int], dict[str, int], list[tuple[str, str]], str]  # noqa: N806 - a type

        def fetch() -> Fetched:
            # the kind box counts what the "who may decide" filter shows; the sidebar what is mine
            return (app.inbox.kind_titles(), app.inbox.waiting_counts(role, me if mine_only else None),
                    app.inbox.waiting_counts(mine, me),
                    [(j.id, j.title) for j in app.automation.list_jobs()], app.settings.get("shop.timezone"))

        self.ctx.tasks.run(fetch, on_done=self._filters_loaded, on_error=self._error)

    def _filters_loaded(self, result: tuple[dict[str, str], dict[str, int], dict[str, int],
                                            list[tuple[str, str]], str]) -> None:
        titles, counts, mine, jobs, zone = result
        self._zone = ZoneInfo(zone)
        self._kind_titles = titles
        self._job_titles = dict(jobs)
        current_kind, current_job = self.kind_box.currentData(), self.job_box.currentData()
        for box in (self.kind_box, self.job_box):
            box.blockSignals(True)
            box.clear()
        self.kind_box.addItem(self.tr("All kinds ({sum})").format(sum=sum(counts.values())), None)
        for kind, title in sorted(titles.items(), key=lambda kv: (-counts.get(kv[0], 0), kv[1])):
            self.kind_box.addItem(f"{title} ({counts.get(kind, 0)})", kind)
        self.job_box.addItem(self.tr("All jobs"), None)
        for job_id, title in jobs:
            self.job_box.addItem(title, job_id)
        for box, value in ((self.kind_box, current_kind), (self.job_box, current_job)):
            i = box.findData(value)
            box.setCurrentIndex(max(0, i))
            box.blockSignals(False)
            _fit_first_item(box)
        self._update_nav_tooltip(mine)
        self.model.invalidate()
        if self.detail is not None:
            self.show_detail(self.detail)       # kind titles may have arrived after the detail

    def _update_nav_tooltip(self, counts: dict[str, int]) -> None:
        """The sidebar badge shows the total; its tooltip the count per kind."""
        window = self.window()
        nav = window.findChild(QListWidget, "navList") if window is not None else None
        if nav is None:
            return
        text = "\n".join(f"{self._kind_titles.get(k, k)}: {n}" for k, n in sorted(counts.items()) if n)
        for row in range(nav.count()):
            item = nav.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == "inbox":
                item.setToolTip(self.tr("Review Inbox") + (self.tr(" — waiting:\n{text}").format(text=text) if text else self.tr(": nothing waiting")))

    def _kind_cell(self, r: Any) -> str:
        """Sorted by urgency, the list reads as groups: a group's first row names the kind and
        how many items it holds; the rest of the group leave the cell empty."""
        if self.sort_box.currentData() != "due" or not self._group_first:
            return self._kind_titles.get(r.kind, r.kind)
        g = self._group_first.get(r.id)
        return f"{g.count} · {g.title}" if g is not None else ""      # the count survives eliding

    def current_filter(self) -> InboxFilter:
        state = self.state_box.currentData()
        states = {"waiting": WAITING_STATES, "open": OPEN_STATES, "all": None}.get(state, (state,))
        since = self.since_box.currentData()
        date_from = date_to = None
        if since == "range":
            date_from, date_to = self.date_from.date().toPython(), self.date_to.date().toPython()
        elif since is not None:
            date_from = self.ctx.app.today() - timedelta(days=since)
        return InboxFilter(states=states, kind=self.kind_box.currentData(), job_id=self.job_box.currentData(),
                           assigned_role=self.role_box.currentData(), date_from=date_from, date_to=date_to,
                           text=self.search.text().strip() or None,
                           # "Items I may decide" leaves out what the owner routed to somebody else
                           user_id=self.ctx.actor.user_id if self.role_box.currentIndex() == 0 else None)

    def reload(self) -> None:
        """Fetch the ids for the current filters off the GUI thread and show them."""
        if self._loading:
            self._reload_again = True
            return
        self._loading = True
        f, sort = self.current_filter(), self.sort_box.currentData()
        inbox = self.ctx.app.inbox

        def fetch() -> tuple[list[int], list[KindGroup]]:
            # sorted by urgency the rows come in kind groups: their counts label the groups
            return inbox.ids(f, sort), (inbox.kind_groups(f) if sort == "due" else [])

        self.ctx.tasks.run(fetch, on_done=self._ids_loaded, on_error=self._load_failed)

    def _load_failed(self, exc: BaseException) -> None:
        self._loading = False
        self._error(exc)

    def _ids_loaded(self, result: tuple[list[int], list[KindGroup]]) -> None:
        ids, groups = result
        self._loading = False
        if self._reload_again:
            self._reload_again = False
            self.reload()
            return
        if self._widen_if_missing(ids):
            return
        keep = self._pending_select if self._pending_select is not None else self.current_id()
        keep_row = self._pending_row if self._pending_row is not None else self.current_row()
        self._pending_select = self._pending_row = None
        self._group_heads = {}
        row = 0
        for g in groups:
            self._group_heads[row] = g
            row += g.count
        self._now = self.ctx.app.clock.now()
        self.model.set_ids(ids)
        self._group_first = {ids[r]: g for r, g in self._group_heads.items() if r < len(ids)}
        n = len(ids)
        self.count_label.setText(QCoreApplication.translate("InboxPage", "{number} items", None, n).format(number=self.ctx.formats.number(n)))
        showing_open = self.state_box.currentData() in ("waiting", "open") and not self.search.text() \
            and self.kind_box.currentData() is None and self.job_box.currentData() is None
        self.list_stack.setCurrentIndex(1 if (n == 0 and showing_open) else 0)
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and n:
            row = min(max(keep_row, 0), n - 1) if keep_row is not None else 0
        if row >= 0:
            self.select_row(row)
        else:
            self.show_detail(None)
        self.ids_loaded.emit(n)

    def refresh(self) -> None:
        self.ctx.tasks.run(self.ctx.app.inbox.refresh, on_done=lambda _n: (self.load_filters(), self.reload()),
                           on_error=self._error)

    def _changed_elsewhere(self) -> None:
        """New drafts or decisions (a job, another page): refresh counts and the list, keeping
        the selected item."""
        self.load_filters()
        self.reload()

    def on_shown(self) -> None:
        self.table.setFocus()
        if self.model.rowCount() or self.count_label.text():
            self._reload_timer.start()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def navigate_to(self, item_id: int | None = None, kind: str | None = None, **_kw: Any) -> None:
        """Show one kind and/or select one item (from Today or another page). The item is looked
        for in the current view first; if it is not there, the view widens to everything."""
        if kind is not None:
            self.kind_box.blockSignals(True)
            i = self.kind_box.findData(kind)
            if i < 0:                       # the filters have not loaded yet
                self.kind_box.addItem(self._kind_titles.get(kind, kind), kind)
                i = self.kind_box.count() - 1
            self.kind_box.setCurrentIndex(i)
            self.kind_box.blockSignals(False)
        if item_id is not None:
            self._pending_select = item_id
            self._widen_for = item_id
        if kind is not None or item_id is not None:
            self.reload()

    def _widen_if_missing(self, ids: list[int]) -> bool:
        """True when the item asked for is not in this view: show everything and look again."""
        want, self._widen_for = self._widen_for, None
        if want is None or want in ids:
            return False
        for box, value in ((self.state_box, "all"), (self.role_box, None)):
            box.blockSignals(True)
            box.setCurrentIndex(box.findData(value))
            box.blockSignals(False)
        self._pending_select = want
        self.reload()
        return True

    def save_layout(self) -> None:
        ui_settings().setValue("inbox/splitter", self.splitter.saveState())

    # ------------------------------------------------------------------ selection and detail
    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [i for i in (self.model.id_at(r) for r in rows) if i is not None]

    def current_row(self) -> int | None:
        idx = self.table.currentIndex()
        return idx.row() if idx.isValid() else None

    def current_id(self) -> int | None:
        row = self.current_row()
        return self.model.id_at(row) if row is not None else None

    def select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        idx = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            idx, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(idx)

    def move(self, delta: int) -> None:
        row = self.current_row()
        self.select_row(0 if row is None else max(0, min(self.model.rowCount() - 1, row + delta)))

    def _selection_changed(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.load_detail(ids[0])
        elif len(ids) > 1:
            self.title_label.setText(QCoreApplication.translate("InboxPage", "%n items selected", None, len(ids)))
            self.meta_label.setText(self.tr("A/R/S/X decide them all at once (you'll be asked to confirm)."))
            self.error_label.hide()
        else:
            self.show_detail(None)
        self._set_buttons()

    def load_detail(self, item_id: int) -> None:
        self._want_detail = item_id
        inbox, actor = self.ctx.app.inbox, self.ctx.actor
        self.ctx.tasks.run(lambda: (inbox.get(item_id, viewer=actor), inbox.decide_right(actor, item_id)),
                           on_done=self._detail_loaded, on_error=self._error)

    def _detail_loaded(self, result: tuple[SuggestionDetail, DecideRight]) -> None:
        d, right = result
        if d.id != self._want_detail:
            return               # the person moved on while it loaded
        self.right = right
        if d == self.detail:
            self._set_buttons()  # who may decide can change without the item changing
            return               # a refresh found it unchanged: keep the editor and any edits in it
        self.show_detail(d)

    def show_detail(self, d: SuggestionDetail | None) -> None:
        self.detail = d
        if d is None:
            self.right = None
            self.title_label.setText(self.tr("Select an item"))
            self.meta_label.setText("")
            self.error_label.hide()
            self.reason_view.set_card({})
            self.history.clear()
            if self.editor is not None:
                self.editor.set_payload({})
            self._set_buttons()
            return
        kind = self._kind_titles.get(d.kind, d.kind)
        fm = self.ctx.formats
        self.title_label.setText(d.title)
        state = words(d.state) + (f" ({words(d.decision)})" if d.decision else "")
        if d.machine_drafted:
            made = self.tr("drafted by the job “{job_title}”").format(job_title=self.job_title(d.job_id)) if d.job_id else self.tr("drafted by automation")
        else:
            made = self.tr("entered by a person")
        bits = [f"<b>{html.escape(kind)}</b>", self.tr("state <b>{state}</b>").format(state=html.escape(state)), html.escape(made),
                fm.datetime(d.created_at)]
        if d.assigned_role:
            bits.append(self.tr("waiting for the {assigned_role}").format(assigned_role=d.assigned_role))
        if d.routed:
            bits.append(f"<b>{html.escape(d.routed)}</b>")
        if d.snoozed_until:
            bits.append(self.tr("snoozed until {date}").format(date=fm.date(d.snoozed_until)))
        if d.value is not None:
            bits.append(self.tr("value {money}").format(money=fm.money(d.value)))
        meta = " · ".join(bits)
        if d.summary:
            meta += "<br>" + html.escape(d.summary)
        if d.result:
            meta += "<br><b>Result:</b> " + html.escape(d.result)
        if d.decision_reason:
            meta += "<br><b>Reason:</b> " + html.escape(d.decision_reason)
        self.meta_label.setText(meta)
        self.error_label.setText(self.tr("Could not be applied: {last_error}").format(last_error=d.last_error) if d.last_error and d.is_open else "")
        self.error_label.setVisible(bool(d.last_error and d.is_open))
        self.reason_view.set_card(d.reason)
        from core.inbox.kinds import kind_spec
        spec = kind_spec(d.kind)
        self._use_editor(editor_name(d.kind, spec.editor if spec else None))
        assert self.editor is not None
        shown = d.applied_payload if (d.applied_payload is not None and not d.is_open) else d.payload
        self.editor.set_detail(d)
        self.editor.set_payload(shown)
        self.editor.set_read_only(not d.is_open or (self.right is not None and not self.right.may))
        self.proposal_label.setText(self.tr("Proposal") if d.is_open else
                                    (self.tr("Applied version (edited)") if d.decision == "edited" else self.tr("Proposal")))
        self.history.clear()
        for e in d.events:
            self.history.addItem(e.words(fm, self.job_title(d.job_id)))
        self._set_buttons()
        self.detail_shown.emit(d.id)

    def job_title(self, job_id: str | None) -> str:
        """A job's title for people ("Payment reminders"), its id only until the titles have loaded."""
        if not job_id:
            return ""
        if job_id not in self._job_titles:
            from core.automation.registry import JOBS
            job = JOBS.get(job_id)
            if job is not None:
                return job.title
        return self._job_titles.get(job_id, job_id)

    def _use_editor(self, name: str) -> None:
        editor = self._editors.get(name)
        if editor is None:
            editor = create_editor(name, self)
            editor.allow_advanced(self.ctx.actor.role == Role.OWNER)     # raw data: the owner only
            editor.changed.connect(self._set_buttons)
            self._editors[name] = editor
            self.editor_stack.addWidget(editor)
            make_accessible(editor)          # named, and Tab moves on to the decision buttons
        self.editor_stack.setCurrentWidget(editor)
        self.editor = editor

    TIPS = {"approve": QT_TRANSLATE_NOOP("InboxPage", "Apply the proposal as drafted"), "edit": QT_TRANSLATE_NOOP("InboxPage", "Apply your edited version"),
            "reject": QT_TRANSLATE_NOOP("InboxPage", "Close it without applying, with a reason"), "snooze": QT_TRANSLATE_NOOP("InboxPage", "Hide it until a day"),
            "escalate": QT_TRANSLATE_NOOP("InboxPage", "Send it to the owner")}

    def _set_buttons(self) -> None:
        """Buttons for what this person may do with the selection: on an item they may not
        decide, the decision buttons are off and say who decides it."""
        ids = self.selected_ids() if hasattr(self, "table") else []
        single_open = self.detail is not None and self.detail.is_open and len(ids) <= 1
        many = len(ids) > 1
        right = self.right if (single_open and self.right is not None) else None
        barred = right is not None and not right.may
        for action, b in self.buttons.items():
            tip = self.TIPS[action]
            if self.busy:
                b.setEnabled(False)
            elif action == "escalate":
                assigned = self.detail.assigned_role if (single_open and self.detail) else None
                b.setEnabled((single_open and assigned != Role.OWNER.value) or many)
            elif barred and not (action == "edit" and right.may_edit):
                b.setEnabled(False)
                tip = self.tr("Decided by {deciders}").format(deciders=right.deciders)
            elif action == "edit":
                b.setEnabled(single_open and (self.editor is None or self.editor.is_valid()))
            else:
                b.setEnabled(single_open or many)
            b.setToolTip(tip)

    # ------------------------------------------------------------------ keyboard
    def handle_key(self, key: int) -> bool:
        from desktop.pages.inbox.keys import LIST_KEYS
        try:
            action = LIST_KEYS[Qt.Key(key)][0]
        except (KeyError, ValueError):
            return False
        if action == "next":
            self.move(1)
        elif action == "previous":
            self.move(-1)
        else:
            self.act(action)
        return True

    # ------------------------------------------------------------------ deciding
    def act(self, action: str) -> None:
        if self.busy:
            self.ctx.status(self.tr("Still working on the last decision…"))
            return
        ids = self.selected_ids()
        if len(ids) > 1:
            self._act_many(action, ids)
            return
        d = self.detail
        if d is None or not d.is_open or (ids and ids[0] != d.id):
            return
        if (action != "escalate" and self.right is not None and not self.right.may
                and not (action == "edit" and self.right.may_edit)):
            self.ctx.status(self.right.reason)       # the keys say the same as the greyed buttons
            return
        if action == "approve":
            self._decide([d.id], "approve")
        elif action == "edit":
            assert self.editor is not None
            try:
                payload = self.editor.payload()
            except ValueError as exc:
                self.ctx.status(str(exc))
                self.error_label.setText(str(exc))
                self.error_label.show()
                return
            if not self.editor.is_dirty():
                self.editor.setFocus()
                self.ctx.status(self.tr("Change the proposal on the right, then press E again or Ctrl+Enter."))
                return
            self.dialog = ask_text(self, self.tr("Apply your edit"),
                                   self.tr("What did you change, and why? (optional — kept with the decision "
                                   "and used to tune the automation)"),
                                   lambda reason: self._decide([d.id], "edit", payload=payload,
                                                               reason=reason or None))
        elif action == "reject":
            self.dialog = ask_text(self, self.tr("Reject"), self.tr("Why is this rejected? (kept with the decision and "
                                   "used to tune the automation)"),
                                   lambda reason: self._decide([d.id], "reject", reason=reason), required=True)
        elif action == "snooze":
            self.dialog = SnoozeDialog(self, self.ctx.app.today(),
                                       lambda until: self._decide([d.id], "snooze", until=until),
                                       date_format=self.ctx.formats.picker_format)
            self.dialog.open()
        elif action == "escalate":
            self.dialog = ask_text(self, self.tr("Escalate to the owner"), self.tr("Anything the owner should know? (optional)"),
                                   lambda reason: self._decide([d.id], "escalate", reason=reason or None))

    def _act_many(self, action: str, ids: list[int]) -> None:
        if action == "edit":
            self.ctx.status(self.tr("Edits are made one item at a time: select a single item."))
            return
        kinds = []
        for i in ids:           # the rows are in the model's cache: they are on screen
            r = self.model.row_data(self.model.row_of(i))
            kinds.append(r.kind if r is not None else "?")
        # the registry is in memory (no database): right even before the filters have loaded
        titles = {**self.ctx.app.inbox.kind_titles(), **self._kind_titles}

        def go(reason: str | None = None, until: date | None = None) -> None:
            text = describe_batch(action, kinds, titles, reason=reason, until=until,
                                  date_text=self.ctx.formats.date)
            verb = {"approve": self.tr("Approve"), "reject": self.tr("Reject"), "snooze": self.tr("Snooze"), "escalate": self.tr("Escalate")}[action]
            self.dialog = confirm(self, QCoreApplication.translate("InboxPage", "{verb} %n items?", None, len(ids)).format(verb=verb), text, f"{verb} {len(ids)}",
                                  lambda: self._decide(ids, action, reason=reason, until=until))

        if action == "reject":
            self.dialog = ask_text(self, self.tr("Reject"), QCoreApplication.translate("InboxPage", "Why are these %n items rejected?", None, len(ids)),
                                   lambda reason: go(reason=reason), required=True)
        elif action == "snooze":
            self.dialog = SnoozeDialog(self, self.ctx.app.today(), lambda until: go(until=until), len(ids),
                                       date_format=self.ctx.formats.picker_format)
            self.dialog.open()
        else:
            go()

    def _decide(self, ids: list[int], action: str, *, payload: Any = None, reason: str | None = None,
                until: date | None = None) -> None:
        inbox, actor = self.ctx.app.inbox, self.ctx.actor
        self.busy = True
        self._set_buttons()
        self._pending_row = self.current_row()
        self.ctx.status(f"{action.capitalize()}…")

        def work() -> list[Any]:
            if len(ids) == 1:
                return [inbox.decide(actor, ids[0], action, payload=payload, reason=reason, until=until)]
            return inbox.decide_many(actor, ids, action, reason=reason, until=until)

        def done(results: list[Any]) -> None:
            self.busy = False
            ok = sum(1 for r in results if r.ok)
            failed = [r for r in results if not r.ok]
            if len(results) == 1 and ok:
                self.ctx.status(f"#{results[0].id}: {results[0].message}")
            else:
                msg = self.tr("{ok} of {count} done").format(ok=ok, count=len(results))
                if failed:
                    msg += QCoreApplication.translate("InboxPage", "; %n stayed open: ", None, len(failed)) + "; ".join(f"#{r.id} {r.message}" for r in failed[:3])
                self.ctx.status(msg)
            self.model.invalidate(ids)
            self.ctx.bridge.suggestions_changed.emit()
            self.decided.emit(results)
            self.load_filters()
            self.reload()

        def failed(exc: BaseException) -> None:
            self.busy = False
            self._set_buttons()
            self.model.invalidate(ids)
            if len(ids) == 1:
                self.load_detail(ids[0])       # shows the stored error on the item
            self.decided.emit([])
            self._error(exc)

        self.ctx.tasks.run(work, on_done=done, on_error=failed)

    def _error(self, exc: BaseException) -> None:
        self.last_error = exc
        show_error(self, exc)
