"""The Automation page: what runs when, who is responsible, what happened, and how people decided.

Owners switch jobs and whole areas on or off, change schedules and the person responsible; anyone
allowed can "Run now". Loading and every change run on worker threads; scheduler events arrive as
bridge signals on the GUI thread.
"""
from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QFormLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSplitter,
                               QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from core.automation.pilot import mode_word
from core.automation.schedule import describe
from core.automation.service import PAYOFF_WEEKS
from core.kernel.reports import whole_weeks
from core.users.permissions import Perm
from desktop.context import DesktopContext
from desktop.ui import AREA_WORDS, PageHeader, show_error, words
from desktop.widgets import ChartWidget, HelpButton

HELP = QT_TRANSLATE_NOOP("pages.automation.page", """
<p><b>Automation only drafts.</b> Each job looks at your data on its schedule and puts what it
finds into the <b>Review Inbox</b>; nothing is ordered, sent or issued until a person approves it.</p>
<p><b>Jobs</b> have a schedule (e.g. <code>cron:0 6 * * *</code> = every day at 06:00 in the shop's
time zone, <code>interval:3600</code> = every hour), a person responsible and an on/off switch.
Whole areas can be switched off at once. <b>Run now</b> runs a job immediately; running it twice
never creates the same suggestion twice.</p>
<p><b>Closed or asleep?</b> When Deskmate starts, a job whose time passed while it was closed runs
once and says "catch-up: missed N runs" in its history; jobs that make one thing per day (such as
recurring invoices) run once for each missed day.</p>
<p><b>Several copies:</b> when several Deskmates (or <code>deskmate worker</code>) share the data, exactly
one runs the jobs; the others wait and take over within a minute if it goes away.</p>
<p><b>Is a job worth it?</b> Beside each job, and in the Payoff tab: how people decided its drafts
over the last 13 whole weeks (approved as drafted, after an edit, rejected), the most common
rejection reasons, how far edits moved its order quantities, and a verdict in plain words. Below
10 decisions it says "not enough decisions yet". Reports › Automation shows the same over any period.</p>
<p><b>Learning:</b> the last tab shows, per job and kind, how often people accepted, edited or
rejected the drafts and how long they waited for a decision.</p>
""")

PRESETS = [(QT_TRANSLATE_NOOP("AutomationPage", "Daily 06:00"), "cron:0 6 * * *"),
           (QT_TRANSLATE_NOOP("AutomationPage", "Daily 07:00"), "cron:0 7 * * *"),
           (QT_TRANSLATE_NOOP("AutomationPage", "Weekdays 06:00"), "cron:0 6 * * 1-5"),
           (QT_TRANSLATE_NOOP("AutomationPage", "Mondays 06:00"), "cron:0 6 * * 1"),
           (QT_TRANSLATE_NOOP("AutomationPage", "Every hour"), "interval:3600"),
           (QT_TRANSLATE_NOOP("AutomationPage", "Every 15 minutes"), "interval:900")]
VERDICT_COLOURS = {"keep": "#1f6a24", "rethink": "#a02020", "watch": "#8a4a00", "pilot": "#1d5fa8"}
#: A job's modes as the form offers them.
MODES = (("off", QT_TRANSLATE_NOOP("pages.automation.page", "Off")), ("pilot", QT_TRANSLATE_NOOP("pages.automation.page", "Pilot (kept out of the inbox)")), ("on", QT_TRANSLATE_NOOP("pages.automation.page", "On (drafts to the inbox)")))
VERDICT_WORDS = {"keep": QT_TRANSLATE_NOOP("pages.automation.page", "Keep"), "rethink": QT_TRANSLATE_NOOP("pages.automation.page", "Change or switch off"), "watch": QT_TRANSLATE_NOOP("pages.automation.page", "Watch"), "too few": QT_TRANSLATE_NOOP("pages.automation.page", "Too few decisions"),
                 "pilot": QT_TRANSLATE_NOOP("pages.automation.page", "In pilot")}
OUTCOME_COLOURS = {"ok": "#1f6a24", "failed": "#a02020", "interrupted": "#8a4a00", "running": "#1d5fa8"}


def _item(text: Any, *, align_right: bool = False, colour: str | None = None, data: Any = None) -> QTableWidgetItem:
    it = QTableWidgetItem("" if text is None else str(text))
    it.setFlags(it.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if align_right:
        it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if colour:
        it.setForeground(QColor(colour))
    if data is not None:
        it.setData(Qt.ItemDataRole.UserRole, data)
    return it


#: The payoff table's job column is never narrower than this (pixels).
PAYOFF_JOB_WIDTH = 160


def _table(headers: list[str], name: str) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().hide()
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.horizontalHeader().setStretchLastSection(True)
    t.setWordWrap(False)
    return t


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{x:.0%}"


class AutomationPage(QWidget):
    loaded = Signal()
    run_finished = Signal(object)

    def __init__(self, ctx: DesktopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("automationPage")
        self.jobs: list[Any] = []
        self.users: list[Any] = []
        self._next: dict[str, Any] = {}
        self.may_configure = ctx.can(Perm.MANAGE_AUTOMATION)
        self.may_run = ctx.can(Perm.RUN_AUTOMATION)
        self._filling = False
        self._build()
        ctx.bridge.job_run_finished.connect(self._on_run_finished)
        ctx.bridge.job_run_started.connect(
            lambda job_id: self.ctx.status(self.tr("Automation: {job_title} running…").format(job_title=self.job_title(job_id))))
        ctx.bridge.automation_changed.connect(self.refresh)
        ctx.bridge.scheduler_state.connect(self.set_scheduler_state)
        sched = ctx.extras.get("scheduler")
        if sched is not None:
            self.set_scheduler_state(sched.state)
        self.refresh()

    # ------------------------------------------------------------------ construction
    def _build(self) -> None:
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 12)
        self.help_button = HelpButton(self.tr("Automation — why and how"), QCoreApplication.translate("pages.automation.page", HELP))
        self.header = PageHeader(self.tr("Automation"), self.tr("Jobs that draft work into the Review Inbox — when they "
                                 "run, who is responsible, and what came of it."), self.help_button)
        self.state_label = QLabel(self.tr("Scheduler: off"))
        self.state_label.setObjectName("schedulerState")
        self.header.add_tool(self.state_label)
        lay.addWidget(self.header)

        self.areas_box = QGroupBox(self.tr("Areas (switch all of an area's automation on or off)"))
        self.areas_layout = QHBoxLayout(self.areas_box)
        self.area_checks: dict[str, QCheckBox] = {}
        lay.addWidget(self.areas_box)

        split = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        tl = QHBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        self.jobs_table = _table([self.tr("On"), self.tr("Job"), self.tr("Area"), self.tr("Schedule"), self.tr("Responsible"), self.tr("Last run"), self.tr("Outcome"),
                                  self.tr("Next run")], "jobsTable")
        self.jobs_table.itemChanged.connect(self._job_toggled)
        self.jobs_table.itemSelectionChanged.connect(self._job_selected)
        self.jobs_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.jobs_table.horizontalHeader().setStretchLastSection(False)
        tl.addWidget(self.jobs_table, 3)

        form_box = QGroupBox(self.tr("Selected job"))
        form = QFormLayout(form_box)
        self.desc_label = QLabel("")
        self.desc_label.setWordWrap(True)
        self.desc_label.setObjectName("jobDescription")
        self.schedule_edit = QLineEdit()
        self.schedule_edit.setObjectName("scheduleEdit")
        self.schedule_edit.setPlaceholderText(self.tr("cron:0 6 * * *  or  interval:3600"))
        self.schedule_hint = QLabel("")
        self.schedule_edit.textChanged.connect(lambda t: self.schedule_hint.setText(describe(t)))
        self.preset_box = QComboBox()
        self.preset_box.setAccessibleName(self.tr("Schedule presets"))
        self.preset_box.addItem(self.tr("Presets…"), None)
        for label, value in PRESETS:
            self.preset_box.addItem(QCoreApplication.translate("AutomationPage", label), value)
        self.preset_box.activated.connect(self._preset_chosen)
        self.owner_box = QComboBox()
        self.owner_box.setObjectName("ownerBox")
        self.mode_box = QComboBox()
        self.mode_box.setObjectName("modeBox")
        self.mode_box.setAccessibleName(self.tr("Mode"))
        for mode, label in MODES:
            self.mode_box.addItem(QCoreApplication.translate("pages.automation.page", label), mode)
        self.mode_box.setToolTip(self.tr("Pilot: the job drafts as usual, but its drafts stay out of the inbox; its payoff "
                                 "compares them with what people did by hand, so you switch it on only when it "
                                 "would have helped"))
        self.mode_box.activated.connect(self._mode_chosen)
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.setObjectName("saveJobButton")
        self.save_button.clicked.connect(self.save_job)
        self.run_button = QPushButton(self.tr("Run now"))
        self.run_button.setObjectName("runNowButton")
        self.run_button.clicked.connect(self.run_selected)
        self.as_of_check = QCheckBox(self.tr("Run for another day:"))
        self.as_of_check.setObjectName("asOfCheck")
        self.as_of_check.setToolTip(self.tr("Run as if it were that day (e.g. an occurrence that was missed)"))
        today = self.ctx.app.today()
        self.as_of_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.as_of_edit.setObjectName("asOfEdit")
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat(self.ctx.formats.picker_format)
        self.as_of_edit.setEnabled(False)
        self.as_of_check.toggled.connect(self.as_of_edit.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.schedule_edit, 2)
        row.addWidget(self.preset_box, 1)
        form.addRow(self.desc_label)
        form.addRow(self.tr("Schedule"), row)
        form.addRow("", self.schedule_hint)
        form.addRow(self.tr("Mode"), self.mode_box)
        form.addRow(self.tr("Responsible"), self.owner_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.run_button)
        form.addRow(buttons)
        as_of = QHBoxLayout()
        as_of.addWidget(self.as_of_check)
        as_of.addWidget(self.as_of_edit)
        as_of.addStretch(1)
        form.addRow(as_of)
        self.payoff_label = QLabel("")
        self.payoff_label.setObjectName("jobPayoff")
        self.payoff_label.setWordWrap(True)
        self.payoff_label.setTextFormat(Qt.TextFormat.RichText)
        form.addRow(self.tr("Worth it?"), self.payoff_label)
        form_box.setMaximumWidth(460)
        tl.addWidget(form_box, 2)
        split.addWidget(top)

        self.tabs = QTabWidget()
        self.history_table = _table([self.tr("Started"), self.tr("Job"), self.tr("Trigger"), self.tr("Outcome"), self.tr("New"), self.tr("Superseded"),
                                     self.tr("Took"), self.tr("Notes / error")], "historyTable")
        self.history_only = QCheckBox(self.tr("Only the selected job"))
        self.history_only.toggled.connect(lambda _on: self.load_history())
        hist = QWidget()
        hl = QVBoxLayout(hist)
        hl.setContentsMargins(0, 4, 0, 0)
        hl.addWidget(self.history_only)
        hl.addWidget(self.history_table)
        self.tabs.addTab(hist, self.tr("Run history"))
        self.stats_table = _table([self.tr("Job"), self.tr("Kind"), self.tr("Drafted"), self.tr("Open"), self.tr("Decided"), self.tr("Accepted"), self.tr("Edited"),
                                   self.tr("Rejected"), self.tr("Median time to decision")], "statsTable")
        self.tabs.addTab(self.stats_table, self.tr("Learning: how people decided"))
        payoff_box = QWidget()
        pl = QHBoxLayout(payoff_box)
        pl.setContentsMargins(0, 4, 0, 0)
        self.payoff_table = _table([self.tr("Job"), self.tr("Decided"), self.tr("As drafted"), self.tr("Edited"), self.tr("Rejected"), self.tr("Edit to qty"),
                                    self.tr("Verdict")], "payoffTable")
        self.payoff_table.horizontalHeader().setToolTip(
            self.tr("Edit to qty: the median change people made to the order quantity of the drafts they edited"))
        self.payoff_table.setAccessibleName(self.tr("Payoff per job"))
        self.payoff_table.itemSelectionChanged.connect(self._payoff_row_selected)
        pl.addWidget(self.payoff_table, 2)
        side = QVBoxLayout()
        self.payoff_chart = ChartWidget()
        self.payoff_chart.setObjectName("payoffChart")
        self.payoff_chart.setMinimumWidth(280)
        side.addWidget(self.payoff_chart, 1)
        self.payoff_evidence = QLabel("")
        self.payoff_evidence.setObjectName("payoffEvidence")
        self.payoff_evidence.setWordWrap(True)
        side.addWidget(self.payoff_evidence)
        pl.addLayout(side, 1)
        self.tabs.addTab(payoff_box, self.tr("Payoff: last {PAYOFF_WEEKS} weeks").format(PAYOFF_WEEKS=PAYOFF_WEEKS))
        roles_box = QWidget()
        rbl = QVBoxLayout(roles_box)
        rbl.setContentsMargins(0, 4, 0, 0)
        note = QLabel(self.tr("Who may approve, edit, reject or snooze each kind of inbox item. The owner always "
                      "may; escalated items wait for the owner. Kinds with a value limit (e.g. reorder "
                      "lines) can be approved by others only up to that amount (Settings › Inbox)."))
        note.setWordWrap(True)
        rbl.addWidget(note)
        self.roles_table = _table([self.tr("Kind"), self.tr("Area"), self.tr("Staff"), self.tr("Bookkeeper"), self.tr("Set by"), self.tr("Value limit"),
                                   self.tr("Routed to (stand-in)")], "rolesTable")
        self.roles_table.itemChanged.connect(self._role_toggled)
        self.roles_table.itemSelectionChanged.connect(self._show_route)
        rbl.addWidget(self.roles_table)
        self.reset_roles_button = QPushButton(self.tr("Back to the default for the selected kind"))
        self.reset_roles_button.setObjectName("resetRolesButton")
        self.reset_roles_button.clicked.connect(self._reset_roles)
        self.reset_roles_button.setEnabled(self.may_configure)
        rbl.addWidget(self.reset_roles_button, 0, Qt.AlignmentFlag.AlignLeft)
        # routing the selected kind to a named person, with a stand-in while they are away
        route_row = QHBoxLayout()
        self.route_person_box = QComboBox()
        self.route_person_box.setObjectName("routePersonBox")
        self.route_standin_box = QComboBox()
        self.route_standin_box.setObjectName("routeStandinBox")
        self.route_button = QPushButton(self.tr("Route to this person"))
        self.route_button.setObjectName("routeButton")
        self.route_button.clicked.connect(self._route)
        self.unroute_button = QPushButton(self.tr("Decide by role again"))
        self.unroute_button.setObjectName("unrouteButton")
        self.unroute_button.clicked.connect(self._unroute)
        for label, w in ((self.tr("Selected kind for"), self.route_person_box),
                         (self.tr("stand-in while away"), self.route_standin_box)):
            route_row.addWidget(QLabel(label))
            route_row.addWidget(w)
        route_row.addStretch(1)
        # the buttons get a row of their own: in German the one row needed 1,332 px
        route_buttons = QHBoxLayout()
        route_buttons.addWidget(self.route_button)
        route_buttons.addWidget(self.unroute_button)
        route_buttons.addStretch(1)
        self.route_person_box.setPlaceholderText(self.tr("(by role)"))
        for box in (self.route_person_box, self.route_standin_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(14)
        for w in (self.route_person_box, self.route_standin_box, self.route_button, self.unroute_button):
            w.setEnabled(self.may_configure)
        rbl.addLayout(route_row)
        rbl.addLayout(route_buttons)
        self.tabs.addTab(roles_box, self.tr("Who decides what"))
        split.addWidget(self.tabs)
        split.setSizes([300, 300])
        lay.addWidget(split, 1)
        for w in (self.schedule_edit, self.preset_box, self.owner_box, self.save_button):
            w.setEnabled(self.may_configure)
        self.run_button.setEnabled(False)
        if not self.may_configure:
            self.save_button.setToolTip(self.tr("Only the owner changes jobs"))

    # ------------------------------------------------------------------ loading
    def refresh(self) -> None:
        app = self.ctx.app

        sched = self.ctx.extras.get("scheduler")

        def fetch() -> tuple[Any, ...]:
            self._next = sched.next_fire_times() if sched is not None else {}
            return (app.automation.list_jobs(), app.automation.areas(), app.users.list(),
                    app.automation.history(limit=300), app.automation.stats(), app.inbox.decision_roles(),
                    app.automation.payoff(), app.inbox.routes())

        self.ctx.tasks.run(fetch, on_done=self._loaded, on_error=lambda e: show_error(self, e))

    def _loaded(self, result: tuple[Any, ...]) -> None:
        jobs, areas, users, history, stats, roles, payoffs, routes = result
        self.routes = {r.kind: r for r in routes if r.kind}
        self.payoffs = {p.job_id: p for p in payoffs}
        selected, self._want_job = getattr(self, "_want_job", None) or self.selected_job_id(), None
        self.jobs, self.users = jobs, [u for u in users if u.active]
        self._fill_areas(areas)
        self._fill_jobs(jobs)
        self._fill_history(history)
        self._fill_stats(stats)
        self._fill_payoff(payoffs)
        self._fill_roles(roles)
        self._fill_route_boxes()
        self._show_route()
        row = next((i for i, j in enumerate(jobs) if j.id == selected), 0 if jobs else -1)
        if row >= 0:
            self.jobs_table.selectRow(row)
        self.loaded.emit()

    def _fill_areas(self, areas: dict[str, bool]) -> None:
        for area, on in areas.items():
            box = self.area_checks.get(area)
            if box is None:
                box = QCheckBox(words(area, AREA_WORDS))
                box.setObjectName(f"area:{area}")
                box.setEnabled(self.may_configure)
                box.toggled.connect(lambda checked, a=area: self.set_area(a, checked))
                self.area_checks[area] = box
                self.areas_layout.addWidget(box)
            box.blockSignals(True)
            box.setChecked(on)
            box.blockSignals(False)

    def _fill_jobs(self, jobs: list[Any]) -> None:
        self._filling = True
        self.jobs_table.setRowCount(len(jobs))
        for r, j in enumerate(jobs):
            on = QTableWidgetItem()
            flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
            if self.may_configure:
                flags |= Qt.ItemFlag.ItemIsEnabled
            on.setFlags(flags)
            on.setCheckState(Qt.CheckState.Checked if j.enabled else Qt.CheckState.Unchecked)
            on.setData(Qt.ItemDataRole.UserRole, j.id)
            on.setToolTip(self.tr("Switched off with its area") if not j.area_enabled else self.tr("Runs on its schedule"))
            self.jobs_table.setItem(r, 0, on)
            title = j.title + ("" if j.area_enabled else self.tr("  (area off)")) + (self.tr("  (pilot)") if j.mode == "pilot" else "")
            self.jobs_table.setItem(r, 1, _item(title, data=j.id, colour=None if j.active else "#888"))
            self.jobs_table.setItem(r, 2, _item(words(j.area, AREA_WORDS)))
            self.jobs_table.setItem(r, 3, _item(j.schedule_text))
            self.jobs_table.setItem(r, 4, _item(j.owner_name))
            fm = self.ctx.formats
            self.jobs_table.setItem(r, 5, _item(fm.datetime(j.last_run_at) if j.last_run_at else self.tr("never")))
            self.jobs_table.setItem(r, 6, _item(j.last_outcome or "", colour=OUTCOME_COLOURS.get(j.last_outcome or "")))
            nxt = self._next.get(j.id) or j.next_run_at
            self.jobs_table.setItem(r, 7, _item(fm.datetime(nxt) if nxt else
                                                ("off" if not j.active else "–"),
                                                data=None))
        for c in range(self.jobs_table.columnCount()):
            if c != 1:
                self.jobs_table.resizeColumnToContents(c)
        self._filling = False

    def load_history(self) -> None:
        job_id = self.selected_job_id() if self.history_only.isChecked() else None
        self.ctx.tasks.run(self.ctx.app.automation.history, job_id, 300, on_done=self._fill_history,
                           on_error=lambda e: show_error(self, e))

    def _fill_history(self, runs: list[Any]) -> None:
        if self.history_only.isChecked():
            sel = self.selected_job_id()
            runs = [r for r in runs if r.job_id == sel]
        self.history_table.setRowCount(len(runs))
        for r, run in enumerate(runs):
            took = "" if run.duration_s is None else f"{run.duration_s:.1f} s"
            notes = (run.error.splitlines()[0] if run.error else run.notes.replace("\n", " · "))
            cells = [self.ctx.formats.datetime(run.started_at), self.job_title(run.job_id),
                     run.trigger,
                     run.outcome, run.created, run.superseded, took, notes]
            for c, v in enumerate(cells):
                it = _item(v, align_right=c in (4, 5, 6),
                           colour=OUTCOME_COLOURS.get(run.outcome) if c == 3 else None, data=run.id)
                if c == 7:
                    it.setToolTip(run.error or run.notes)
                self.history_table.setItem(r, c, it)
        self.history_table.resizeColumnsToContents()

    def _fill_stats(self, stats: list[Any]) -> None:
        self.stats_table.setRowCount(len(stats))
        for r, s in enumerate(stats):
            wait = "–" if s.median_hours_to_decision is None else (
                f"{s.median_hours_to_decision:.1f} h" if s.median_hours_to_decision < 48
                else self.tr("{value:.1f} days").format(value=s.median_hours_to_decision / 24))
            for c, v in enumerate([self.job_title(s.job_id), self.kind_title(s.kind), s.drafted, s.open, s.decided,
                                   _pct(s.acceptance_rate),
                                   _pct(s.edit_rate), _pct(s.rejection_rate), wait]):
                self.stats_table.setItem(r, c, _item(v, align_right=c >= 2))
        self.stats_table.resizeColumnsToContents()

    def _fill_payoff(self, payoffs: list[Any]) -> None:
        """One row per job: the shares, the median edit to the quantity and the verdict; the
        evidence on hover. Jobs that draft nothing people decide are left out."""
        fm = self.ctx.formats
        self._payoff_rows = [p for p in payoffs if p.job_id in {j.id for j in self.jobs} or p.decided]
        self.payoff_table.setRowCount(len(self._payoff_rows))
        for r, p in enumerate(self._payoff_rows):
            moved = "–" if p.edit_change_pct is None else f"{'+' if p.edit_change_pct > 0 else ''}{fm.percent(p.edit_change_pct)}"
            cells = [self.job_title(p.job_id), p.decided, *(("–" if v is None else fm.percent(v))
                                                            for v in (p.approved_pct, p.edited_pct, p.rejected_pct)),
                     moved, QCoreApplication.translate("pages.automation.page", VERDICT_WORDS[p.verdict]) if p.verdict in VERDICT_WORDS else p.verdict]
            for c, v in enumerate(cells):
                item = _item(v, align_right=1 <= c <= 5, colour=VERDICT_COLOURS.get(p.verdict) if c == 6 else None,
                             data=p.job_id if c == 0 else None)
                item.setToolTip(f"{p.words[:1].upper() + p.words[1:]}. {p.evidence}")
                self.payoff_table.setItem(r, c, item)
        self.payoff_table.resizeColumnsToContents()
        # the job's title stays readable (German figures' headers are long): it keeps at least
        # PAYOFF_JOB_WIDTH and the verdict, last, takes what is left
        header = self.payoff_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.payoff_table.setColumnWidth(0, max(min(self.payoff_table.columnWidth(0), 2 * PAYOFF_JOB_WIDTH), PAYOFF_JOB_WIDTH))
        self.payoff_table.horizontalScrollBar().setValue(0)
        self._show_payoff(self.selected_job_id())

    def _payoff_row_selected(self) -> None:
        rows = self.payoff_table.selectionModel().selectedRows()
        if rows:
            self._show_payoff(self.payoff_table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole))

    def _show_payoff(self, job_id: str | None) -> None:
        """The selected job's verdict and evidence in its form, and its shares by week in the chart."""
        p = getattr(self, "payoffs", {}).get(job_id) if job_id else None
        if p is None:
            self.payoff_label.setText(self.tr("<span style='color:#666'>drafts nothing people decide</span>") if job_id else "")
            self.payoff_chart.set_chart({"empty": self.tr("Select a job to see how people decided its drafts")})
            self.payoff_evidence.setText("")
            return
        colour = VERDICT_COLOURS.get(p.verdict, "#444")
        said = p.words[:1].upper() + p.words[1:]
        pilot = f"<br>{html.escape(p.pilot)}." if p.pilot else ""     # what the pilot would have done, in sight
        self.payoff_label.setText(f"<b style='color:{colour}'>{said}.</b>{pilot}")
        self.payoff_label.setToolTip(p.evidence)
        self.payoff_evidence.setText(f"<b style='color:{colour}'>{said}.</b> {p.evidence}")
        weeks = whole_weeks(self.ctx.app.today(), PAYOFF_WEEKS).weeks()
        self.payoff_chart.set_chart({
            "type": "bar", "title": self.tr("{job_title}: decisions by week, %").format(job_title=self.job_title(p.job_id)),
            "x": [self.ctx.formats.short_day(w.start) for w in weeks],
            "series": [{"name": self.tr("as drafted"), "values": [None if v is None else float(v) for v in p.weekly_approved_pct]},
                       {"name": "edited", "values": [None if v is None else float(v) for v in p.weekly_edited_pct]},
                       {"name": "rejected", "values": [None if v is None else float(v) for v in p.weekly_rejected_pct]}],
            "empty": self.tr("No decisions on its drafts in these weeks")} if p.decided else
            {"empty": self.tr("No decisions on its drafts in these weeks")})

    ROLE_COLUMNS = {2: "staff", 3: "bookkeeper"}

    def _fill_roles(self, rows: list[Any]) -> None:
        self._filling = True
        self.roles_table.setRowCount(len(rows))
        for r, k in enumerate(rows):
            self.roles_table.setItem(r, 0, _item(k.title, data=k.kind))
            self.roles_table.setItem(r, 1, _item(words(k.area, AREA_WORDS)))
            for c, role in self.ROLE_COLUMNS.items():
                it = QTableWidgetItem()
                flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
                if self.may_configure:
                    flags |= Qt.ItemFlag.ItemIsEnabled
                it.setFlags(flags)
                it.setCheckState(Qt.CheckState.Checked if role in k.roles else Qt.CheckState.Unchecked)
                it.setData(Qt.ItemDataRole.UserRole, k.kind)
                self.roles_table.setItem(r, c, it)
            self.roles_table.setItem(r, 4, _item("owner" if k.customised else "default"))
            self.roles_table.setItem(r, 5, _item(k.value_limit_setting or ""))
            route = getattr(self, "routes", {}).get(k.kind)
            text = "" if route is None else (route.user_name if not route.standin_name else
                                             self.tr("{person} ({standin})").format(person=route.user_name,
                                                                                    standin=route.standin_name))
            self.roles_table.setItem(r, 6, _item(text))
        self.roles_table.resizeColumnsToContents()
        self._filling = False

    def roles_row(self, kind: str) -> int:
        for r in range(self.roles_table.rowCount()):
            if self.roles_table.item(r, 0).data(Qt.ItemDataRole.UserRole) == kind:
                return r
        return -1

    def _role_toggled(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() not in self.ROLE_COLUMNS:
            return
        r = item.row()
        kind = self.roles_table.item(r, 0).data(Qt.ItemDataRole.UserRole)
        roles = [role for c, role in self.ROLE_COLUMNS.items()
                 if self.roles_table.item(r, c).checkState() == Qt.CheckState.Checked]
        self._set_roles(kind, roles)

    def _reset_roles(self) -> None:
        rows = self.roles_table.selectionModel().selectedRows()
        if rows:
            self._set_roles(self.roles_table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole), None)

    def _fill_route_boxes(self) -> None:
        for box, none in ((self.route_person_box, None), (self.route_standin_box, self.tr("(nobody)"))):
            box.clear()
            if none is not None:
                box.addItem(none, None)
            for u in self.users:
                box.addItem(f"{u.display_name} ({u.role})", u.username)

    def _show_route(self) -> None:
        """The selected kind's route in the boxes (its person and stand-in), so the owner sees what
        is set before changing it; a kind decided by role shows no person and "(nobody)"."""
        kind = self._selected_kind()
        route = getattr(self, "routes", {}).get(kind) if kind else None
        logins = {u.id: u.username for u in getattr(self, "users", [])}
        person = logins.get(route.user_id) if route is not None else None
        standin = logins.get(route.standin_user_id) if route is not None and route.standin_user_id else None
        self.route_person_box.setCurrentIndex(self.route_person_box.findData(person) if person else -1)
        self.route_standin_box.setCurrentIndex(max(0, self.route_standin_box.findData(standin)))
        self.unroute_button.setEnabled(self.may_configure and route is not None)

    def _selected_kind(self) -> str | None:
        rows = self.roles_table.selectionModel().selectedRows()
        return self.roles_table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole) if rows else None

    def _route(self) -> None:
        kind = self._selected_kind()
        if kind is None:
            show_error(self, self.tr("Select the kind to route first"))
            return
        if self.route_person_box.currentData() is None:
            show_error(self, self.tr("Choose the person who decides it first"))
            return
        self.ctx.tasks.run(self.ctx.app.inbox.set_route, self.ctx.actor, self.route_person_box.currentData(),
                           kind=kind, standin=self.route_standin_box.currentData(),
                           on_done=lambda _r: (self.ctx.status(self.tr("'{kind}' routed").format(kind=kind)),
                                               self.refresh(), self.ctx.bridge.suggestions_changed.emit()),
                           on_error=lambda e: show_error(self, e))

    def _unroute(self) -> None:
        kind = self._selected_kind()
        if kind is None:
            return
        self.ctx.tasks.run(self.ctx.app.inbox.remove_route, self.ctx.actor, kind=kind,
                           on_done=lambda _r: (self.refresh(), self.ctx.bridge.suggestions_changed.emit()),
                           on_error=lambda e: show_error(self, e))

    def _set_roles(self, kind: str, roles: list[str] | None) -> None:
        self.ctx.tasks.run(self.ctx.app.inbox.set_decision_roles, self.ctx.actor, kind, roles,
                           on_done=lambda _rows: (self.ctx.status(self.tr("Who decides '{kind}' changed").format(kind=kind)), self.refresh(),
                                                  self.ctx.bridge.suggestions_changed.emit()),
                           on_error=lambda e: (show_error(self, e), self.refresh()))

    # ------------------------------------------------------------------ selection and editing
    def job_title(self, job_id: str) -> str:
        """Jobs by their titles in history and statistics (the id stays in tooltips and the CLI)."""
        return next((j.title for j in self.jobs if j.id == job_id), job_id)

    def kind_title(self, kind: str) -> str:
        from core.inbox.kinds import KINDS
        spec = KINDS.get(kind)
        return spec.title if spec is not None else kind

    def selected_job_id(self) -> str | None:
        rows = self.jobs_table.selectionModel().selectedRows() if self.jobs_table.selectionModel() else []
        if not rows:
            return None
        it = self.jobs_table.item(rows[0].row(), 1)
        return it.data(Qt.ItemDataRole.UserRole) if it else None

    def selected_job(self) -> Any:
        job_id = self.selected_job_id()
        return next((j for j in self.jobs if j.id == job_id), None)

    def navigate_to(self, job_id: str | None = None, **_kw: Any) -> None:
        """Select a job (from the Today page's failed jobs), now or once the list has loaded."""
        if job_id is not None:
            self._want_job = job_id
            self.select_job(job_id)

    def select_job(self, job_id: str) -> None:
        for r in range(self.jobs_table.rowCount()):
            if self.jobs_table.item(r, 1).data(Qt.ItemDataRole.UserRole) == job_id:
                self.jobs_table.selectRow(r)
                return

    def _job_selected(self) -> None:
        j = self.selected_job()
        self.run_button.setEnabled(j is not None and self.may_run)
        if j is None:
            return
        from core.inbox.kinds import kind_spec
        # each kind as people say several ("payment reminders"), in the user's language: lowering
        # the first letter of an English title would break German nouns
        titles = [(spec.plural_title if (spec := kind_spec(k)) is not None else k.replace("_", " ")) for k in j.kinds]
        kinds = ", ".join(titles) or self.tr("nothing (it reports only in its run history)")
        self.desc_label.setText(self.tr("<b>{title}</b> — {description}<br><span style='color:#666'>"
                                "Drafts: {kinds}. Default schedule: {describe}.").format(title=j.title, description=j.description, kinds=kinds, describe=describe(j.default_schedule))
                                + (self.tr(" One run per missed occurrence.") if j.occurrence_based else "")
                                + "</span>")
        self.schedule_edit.setText(j.schedule)
        self.mode_box.setCurrentIndex(self.mode_box.findData(j.mode))
        self.mode_box.setEnabled(self.may_configure)
        pilot_item = self.mode_box.model().item(self.mode_box.findData("pilot"))  # type: ignore[attr-defined]
        pilot_item.setEnabled(j.pilot_supported)
        pilot_item.setToolTip("" if j.pilot_supported else
                              self.tr("Deskmate cannot yet compare this job's drafts with what people do by hand"))
        self.owner_box.clear()
        self.owner_box.addItem(self.tr("(default: first active {owner_role})").format(owner_role=words(j.owner_role)), None)
        for u in self.users:
            self.owner_box.addItem(f"{u.display_name} ({u.role})", u.id)
        i = self.owner_box.findData(j.owner_user_id)
        self.owner_box.setCurrentIndex(max(0, i))
        if self.history_only.isChecked():
            self.load_history()
        self._show_payoff(j.id)

    def _preset_chosen(self, index: int) -> None:
        value = self.preset_box.itemData(index)
        if value:
            self.schedule_edit.setText(value)
        self.preset_box.setCurrentIndex(0)

    def _mode_chosen(self, index: int) -> None:
        j = self.selected_job()
        mode = self.mode_box.itemData(index)
        if j is not None and mode != j.mode:
            self._update(j.id, mode=mode)

    def _job_toggled(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0:
            return
        job_id = item.data(Qt.ItemDataRole.UserRole)
        on = item.checkState() == Qt.CheckState.Checked
        self._update(job_id, enabled=on)

    def save_job(self) -> None:
        j = self.selected_job()
        if j is None:
            return
        owner = self.owner_box.currentData()
        self._update(j.id, schedule=self.schedule_edit.text(), owner_user_id=owner, clear_owner=owner is None)

    def _update(self, job_id: str, **changes: Any) -> None:
        svc, actor = self.ctx.app.automation, self.ctx.actor

        def done(info: Any) -> None:
            self.ctx.status(self.tr("{title}: {mode}, {schedule_text}, "
                            "responsible {owner_name}").format(title=info.title, mode=mode_word(info.mode), schedule_text=info.schedule_text, owner_name=info.owner_name))
            self.refresh()

        def failed(exc: BaseException) -> None:
            show_error(self, exc)
            self.refresh()

        self.ctx.tasks.run(svc.update_job, actor, job_id, **changes, on_done=done, on_error=failed)

    def set_area(self, area: str, on: bool) -> None:
        self.ctx.tasks.run(self.ctx.app.automation.set_area_enabled, self.ctx.actor, area, on,
                           on_done=lambda _a: self.refresh(),
                           on_error=lambda e: (show_error(self, e), self.refresh()))

    def run_selected(self) -> None:
        j = self.selected_job()
        if j is None:
            return
        self.run_button.setEnabled(False)
        self.ctx.status(self.tr("Running {title}…").format(title=j.title))

        def done(run: Any) -> None:
            self.run_button.setEnabled(True)
            self.ctx.status(QCoreApplication.translate("AutomationPage", "{title}: {outcome}, %n new suggestion(s)", None, run.created).format(
                title=j.title, outcome=run.outcome)
                            + (f" — {run.error.splitlines()[0]}" if run.error else ""))
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.run_button.setEnabled(True)
            show_error(self, exc)

        as_of = self.as_of_edit.date().toPython() if self.as_of_check.isChecked() else None
        self.ctx.tasks.run(self.ctx.app.automation.run_now, self.ctx.actor, j.id, as_of,
                           on_done=done, on_error=failed)

    # ------------------------------------------------------------------ events
    def _on_run_finished(self, run: Any) -> None:
        self.run_finished.emit(run)
        self.refresh()

    def set_scheduler_state(self, state: str) -> None:
        self.state_label.setText(self.tr("Scheduler: {state}").format(state=QCoreApplication.translate("Bridge", state)))
