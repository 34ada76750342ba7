"""Schedule page: roster week grid, appointment calendar, staff and availability, time off.

Every core call runs through ``ctx.tasks`` (off the GUI thread); widgets refresh in callbacks.
"""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QT_TRANSLATE_NOOP, QTimer, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QDoubleSpinBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QHeaderView, QInputDialog, QLabel,
                               QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QSpinBox, QSplitter,
                               QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from core.scheduling.dto import AvailabilityWindow, RosterView, hm
from core.scheduling.service import WEEKDAYS, monday
from core.scheduling.fields import AVAILABILITY_TIME, SERVICE_RULES, STAFF_RULES, hours_problem, time_off_problem
from core.kernel.actor import Role
from core.users.permissions import Perm
from desktop.pages.schedule.grid import RosterGrid
from desktop.ui import APPOINTMENT_STATE_WORDS, TIME_OFF_STATE_WORDS, PageHeader, show_error, show_notice, words
from desktop.validation import FormValidator, TableValidator
from desktop.widgets.empty_state import HelpButton
from desktop.widgets.flow import FlowLayout
from desktop.widgets.scroll import scrolled

if TYPE_CHECKING:
    from desktop.context import DesktopContext

ROSTER_HELP = (
    QT_TRANSLATE_NOOP("pages.schedule.page", "<p><b>Draft with optimiser</b> plans the week with OR-Tools CP-SAT: contract rules (hours, days in a row, "
    "days off, rest between shifts, weekends, skills, availability, time off) must hold; cover, preferences and "
    "a fair spread of weekends, evenings, closings and hours are weighed by their penalties "
    "(Settings → scheduling). The draft goes to the inbox; approving publishes it.</p>"
    "<p><b>Editing</b>: select a cell, choose a shift and press Assign (or double-click); Delete removes; "
    "Ctrl+X then Ctrl+V moves a shift. Every edit is checked at once: warnings name the rule and the person, "
    "and the penalty shows what changed. Edits to a published roster are recorded in the audit log.</p>"))


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class RosterTab(QWidget):
    def __init__(self, ctx: DesktopContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.week = monday(ctx.app.today())
        self.roster_id: int | None = None
        self._last_penalty: int | None = None
        self.progress: Any = None
        lay = QVBoxLayout(self)
        bar = FlowLayout()          # wraps on a narrow window instead of widening it
        self.prev_btn, self.next_btn = QPushButton(self.tr("◀ Week")), QPushButton(self.tr("Week ▶"))
        self.week_label = QLabel()
        self.plan_btn = QPushButton(self.tr("Draft with optimiser"))
        self.new_btn = QPushButton(self.tr("New empty roster"))
        self.publish_btn = QPushButton(self.tr("Publish"))
        self.export_btn = QPushButton(self.tr("Export…"))
        self.swap_btn = QPushButton(self.tr("Request swap…"))
        self.swap_btn.setToolTip(self.tr("Ask for the selected shift to go to a colleague (decided in the inbox)"))
        self.why_btn = QPushButton(self.tr("Why this draft?"))
        for w in (self.prev_btn, self.week_label, self.next_btn, self.plan_btn, self.new_btn, self.publish_btn,
                  self.export_btn, self.swap_btn, self.why_btn):
            bar.addWidget(w)
        bar.addWidget(HelpButton(self.tr("How rosters work"), QCoreApplication.translate("pages.schedule.page", ROSTER_HELP), self))
        lay.addLayout(bar)
        self.grid = RosterGrid(self, formats=lambda: ctx.formats)
        if ctx.actor.role == Role.STAFF:
            self.grid.personal_for = ctx.actor.user_id
        lay.addWidget(self.grid)
        self.prev_btn.clicked.connect(lambda: self.set_week(self.week - timedelta(days=7)))
        self.next_btn.clicked.connect(lambda: self.set_week(self.week + timedelta(days=7)))
        self.plan_btn.clicked.connect(self.draft)
        self.new_btn.clicked.connect(self.new_roster)
        self.publish_btn.clicked.connect(self.publish)
        self.export_btn.clicked.connect(self.export)
        self.swap_btn.clicked.connect(self.request_swap)
        self.why_btn.clicked.connect(self.show_why)
        self.grid.edited.connect(self.edit)
        self.editable = ctx.can(Perm.EDIT_ROSTER)
        if not self.editable:      # staff see the roster and may ask for swaps; the owner edits
            for w in (self.plan_btn, self.new_btn, self.publish_btn, self.grid.assign_btn, self.grid.remove_btn,
                      self.grid.move_btn, self.grid.shift_box, self.grid.shift_label):
                w.setVisible(False)
        self.set_week(self.week)

    def show_day(self, day: date, staff_id: int | None = None) -> None:
        """Open the week holding ``day`` with that day (and person's shift) selected."""
        self._want_cell = (staff_id, day)
        self.set_week(monday(day))

    def set_week(self, week: date) -> None:
        if week != self.week:
            self._last_penalty = None       # "was …" compares edits within one week, not two weeks
        self.week = week
        self.week_label.setText(self.tr("Week {week:%V} ({date})").format(week=week, date=self.ctx.formats.date(week)))
        self.refresh()

    def refresh(self) -> None:
        svc, viewer = self.ctx.app.scheduling, self.ctx.actor

        def load() -> tuple[int | None, RosterView]:
            rid = svc.roster_for_week(self.week)
            return rid, svc.view(rid, week_start=self.week, viewer=viewer)
        self.ctx.tasks.run_latest(self, load, on_done=self._loaded)  # newest week wins

    def request_swap(self) -> None:
        cell = self.grid.selected_cell()
        view = self.grid.view
        if cell is None or view is None or self.roster_id is None or cell not in self.grid.cells:
            show_notice(self, self.tr("Select a shift in the grid first."))
            return
        others = [p for p in view.staff if p.id != cell[0]]
        name, ok = QInputDialog.getItem(self, self.tr("Shift swap"), self.tr("Give this shift to:"), [p.name for p in others], 0, False)
        if not ok:
            return
        reason, _ = QInputDialog.getText(self, self.tr("Shift swap"), self.tr("Reason (optional):"))
        to = next(p.id for p in others if p.name == name)
        self.ctx.tasks.run(self.ctx.app.scheduling.request_swap, self.ctx.actor, self.roster_id, cell[1], cell[0], to,
                           reason, on_done=lambda _r: self.ctx.status(self.tr("swap request sent to the inbox")),
                           on_error=self._error)

    def show_why(self) -> None:
        view = self.grid.view
        card = view.explanation if view is not None else None
        if not card:
            show_notice(self, self.tr("This roster was made by hand: see the rule checks and penalties below the grid."))
            return
        lines = [card.get("explanation", "")] + card.get("warnings", []) + card.get("calculation", [])
        show_notice(self, "\n".join(str(x) for x in lines if x), self.tr("Why this draft?"))

    def _loaded(self, result: tuple[int | None, RosterView]) -> None:
        self.roster_id, view = result
        self.grid.set_view(view, self._last_penalty)
        want, self._want_cell = getattr(self, "_want_cell", None), None
        if want is not None and want[1] in view.days:
            staff = [p.id for p in view.staff]
            row = staff.index(want[0]) if want[0] in staff else 0
            if staff:
                self.grid.table.setCurrentCell(row, list(view.days).index(want[1]))
        self._last_penalty = view.penalty
        self.publish_btn.setEnabled(view.state == "draft" and self.editable)
        self.new_btn.setEnabled(self.roster_id is None and self.editable)

    def edit(self, staff_id: int, day: date, code: str | None) -> None:
        if not self.editable:
            return
        if self.roster_id is None:
            self.ctx.status(self.tr("Create or draft a roster for this week first"))
            return
        svc = self.ctx.app.scheduling
        rid = self.roster_id
        self.ctx.tasks.run(svc.assign, self.ctx.actor, rid, staff_id, day, code,
                           on_done=self._edited, on_error=self._error)

    def _edited(self, res: Any) -> None:
        if res.new_warnings:
            self.ctx.status("; ".join(w.message for w in res.new_warnings))
        else:
            fm = self.ctx.formats
            self.ctx.status(self.tr("score {number} → {number2} (lower is better)").format(number=fm.number(res.penalty_before), number2=fm.number(res.penalty)))
        self.refresh()

    def _error(self, exc: BaseException) -> None:
        show_error(self, exc)
        self.refresh()

    def draft(self) -> None:
        """Plan the week in the background; the button turns into "Stop" (keeps the best so far)."""
        if self.progress is not None:
            self.progress.cancel()
            self.plan_btn.setEnabled(False)
            self.ctx.status(self.tr("Stopping: the draft keeps the best roster found so far…"))
            return
        self.plan_btn.setText(self.tr("Stop planning"))
        self.ctx.status(self.tr("Planning the week…"))
        svc, actor, week = self.ctx.app.scheduling, self.ctx.actor, self.week

        def work(progress: Any) -> Any:
            return svc.draft_week(actor, week, progress=progress)

        def finish() -> None:
            self.progress = None
            self.plan_btn.setText(self.tr("Draft with optimiser"))
            self.plan_btn.setEnabled(True)

        def done(res: Any) -> None:
            finish()
            self.ctx.status(self.tr("Draft roster {roster} is in the inbox for approval").format(roster=res[0]))
            self.refresh()

        def failed(exc: BaseException) -> None:
            finish()
            self._error(exc)

        def progressed(done_s: int, total: int, text: str) -> None:
            self.ctx.status(text)
            self.plan_btn.setToolTip(text)
        self.progress = self.ctx.tasks.run_with_progress(work, on_progress=progressed, on_done=done, on_error=failed)

    def new_roster(self) -> None:
        self.ctx.tasks.run(self.ctx.app.scheduling.new_roster, self.ctx.actor, self.week,
                           on_done=lambda _r: self.refresh(), on_error=self._error)

    def publish(self) -> None:
        if self.roster_id is not None:
            self.ctx.tasks.run(self.ctx.app.scheduling.publish, self.ctx.actor, self.roster_id,
                               on_done=lambda msg: (self.ctx.status(msg), self.refresh()), on_error=self._error)

    def export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export roster"), f"roster-{self.week:%G-W%V}.xlsx",
                                              self.tr("Excel (*.xlsx);;PDF (*.pdf);;iCalendar (*.ics)"))
        if name:
            from core.scheduling.exports import export_roster
            # The save dialog asked before replacing a file; core refuses data-folder files.
            self.ctx.tasks.run(export_roster, self.ctx.app, self.ctx.actor, self.week, Path(name), force=True,
                               on_done=lambda p: self.ctx.status(self.tr("wrote {path}").format(path=p)), on_error=self._error)


class AppointmentsTab(QWidget):
    """Day view (columns = staff) or week view (columns = days), 15-minute rows."""

    def __init__(self, ctx: DesktopContext) -> None:
        super().__init__()
        self.ctx = ctx
        lay = QVBoxLayout(self)
        bar = FlowLayout()
        self.day = QDateEdit(_qdate(ctx.app.today()))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(ctx.formats.picker_format)
        self.mode = QComboBox()
        self.mode.addItems([self.tr("Day"), self.tr("Week")])
        self.service = QComboBox()
        self.customer = QComboBox()
        self.customer.setObjectName("appointmentCustomer")
        self.customer.setEditable(True)
        self.customer.lineEdit().setPlaceholderText(self.tr("Choose a customer…"))
        self.customer.setMinimumContentsLength(18)
        self.slot = QComboBox()
        self.book_btn = QPushButton(self.tr("Book"))
        self.services_btn = QPushButton(self.tr("New service…"))
        self.ics_btn = QPushButton(self.tr("Export .ics…"))
        self.booking_widgets: list[QWidget] = [QLabel(self.tr("Service")), self.service, QLabel(self.tr("Customer")), self.customer,
                                               QLabel(self.tr("Slot")), self.slot, self.book_btn, self.services_btn]
        for w in [QLabel(self.tr("Date")), self.day, self.mode] + self.booking_widgets + [self.ics_btn]:
            bar.addWidget(w)
        lay.addLayout(bar)
        self.calendar = QTableWidget()
        self.calendar.setObjectName("appointmentCalendar")
        self.calendar.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.calendar.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.calendar, 3)
        acts = QHBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("appointmentList")
        self.list.currentItemChanged.connect(lambda *_: self._sync_buttons())
        self._shown_for: tuple[date, date] | None = None
        self._open_at: int | None = None
        self.items: list = []
        self.buttons = {}
        for key, label in (("confirm", self.tr("Confirm")), ("complete", self.tr("Completed")), ("no_show", self.tr("No-show")),
                           ("cancel", self.tr("Cancel"))):
            b = QPushButton(label)
            b.clicked.connect(lambda _=False, k=key: self.act(k))
            self.buttons[key] = b
            acts.addWidget(b)
        # the customer's answer to the follow-up after a completed visit
        self.rating_btn = QPushButton(self.tr("Record answer…"))
        self.rating_btn.setObjectName("recordAnswerButton")
        self.rating_btn.clicked.connect(self.record_answer)
        self.rating_dialog: RatingDialog | None = None
        acts.addWidget(self.rating_btn)
        acts.addStretch(1)
        lay.addWidget(self.list, 1)
        lay.addLayout(acts)
        self.can_book = ctx.can(Perm.BOOK_APPOINTMENTS)
        if not self.can_book:           # the bookkeeper sees the diary; booking is for owner and staff
            for w in self.booking_widgets + list(self.buttons.values()):
                w.setVisible(False)
        self._sync_buttons()
        self.day.dateChanged.connect(lambda *_: self.refresh())
        self.mode.currentIndexChanged.connect(lambda *_: self.refresh())
        self.service.currentIndexChanged.connect(lambda *_: self.load_slots())
        self.book_btn.clicked.connect(self.book)
        # Book waits for a service, a customer from the list and a free slot; what is missing is
        # said beside the field once touched, and in the button's tooltip
        self.booking = FormValidator(self, submit=self.book_btn)
        self.booking.add(self.service, lambda v: None if v is not None else self.tr("choose a service"), self.tr("Service"))
        self.booking.add(self.customer, lambda _v: None if self.customer.currentData() is not None
                         else self.tr("choose a customer from the list"), self.tr("Customer"))
        self.booking.add(self.slot, lambda v: None if v is not None else self.tr("no free slot: try another day"),
                         self.tr("Slot"), when=lambda: self.service.currentData() is not None)
        self.services_btn.clicked.connect(self.new_service)
        self.ics_btn.clicked.connect(self.export_ics)
        self.ctx.tasks.run(self._lookups, on_done=self._got_lookups)
        self.refresh()

    def _lookups(self) -> tuple[list, list]:
        customers = self.ctx.app.customers.search("", limit=200) if hasattr(self.ctx.app, "customers") else []
        return self.ctx.app.scheduling.list_services(), customers

    def _got_lookups(self, res: tuple[list, list]) -> None:
        services, customers = res
        self.service.clear()
        for s in services:
            self.service.addItem(self.tr("{name} ({duration_minutes} min)").format(name=s.name, duration_minutes=s.duration_minutes), s.id)
        self.customer.clear()
        for c in customers:
            self.customer.addItem(c.name, c.id)
        self.customer.setCurrentIndex(-1)       # nobody is booked by accident: choose on purpose
        self.booking.reset()          # freshly filled lists: nothing was chosen by the person yet

    def load_slots(self) -> None:
        sid = self.service.currentData()
        if sid is None or not self.can_book:
            return
        self.ctx.tasks.run(self.ctx.app.scheduling.slots, sid, _pydate(self.day.date()), on_done=self._got_slots)

    def _got_slots(self, slots: list) -> None:
        self.slot.clear()
        for s in slots:
            self.slot.addItem(s.label, (s.staff_id, s.start_minute))
        if not slots:
            self.slot.addItem(self.tr("no free slot"), None)

    def refresh(self) -> None:
        d = _pydate(self.day.date())
        first, last = (d, d) if self.mode.currentText() == self.tr("Day") else (monday(d), monday(d) + timedelta(days=6))
        svc, viewer = self.ctx.app.scheduling, self.ctx.actor
        self.ctx.tasks.run(lambda: (svc.appointments(first, last), svc.list_staff(viewer=viewer),
                                    {first + timedelta(days=i): svc.working_windows(first + timedelta(days=i))
                                     for i in range((last - first).days + 1)}),
                           on_done=lambda res: self._show(first, last, *res))
        self.load_slots()

    def _show(self, first: date, last: date, items: list, staff: list,
              working: dict[date, dict[int, list[tuple[int, int]]]] | None = None) -> None:
        self.items = items
        day_mode = first == last
        cols = [p.name for p in staff] if day_mode else [self.ctx.formats.weekday(first + timedelta(days=i))
                                                        for i in range(7)]
        rows = list(range(6 * 60, 21 * 60, 15))
        self.calendar.clear()
        self.calendar.setColumnCount(len(cols))
        self.calendar.setRowCount(len(rows))
        self.calendar.setHorizontalHeaderLabels(cols)
        self.calendar.setVerticalHeaderLabels([hm(r) for r in rows])
        # working time shaded (day view: per person; week view: anyone working)
        for r, minute in enumerate(rows):
            for col in range(len(cols)):
                if day_mode:
                    windows = (working or {}).get(first, {}).get(staff[col].id, []) if col < len(staff) else []
                else:
                    windows = [w for ws in (working or {}).get(first + timedelta(days=col), {}).values() for w in ws]
                if any(a <= minute < b for a, b in windows):
                    shade = QTableWidgetItem("")
                    shade.setBackground(QBrush(QColor("#eaf5e6")))
                    shade.setToolTip(self.tr("working (roster minus breaks and time off)"))
                    self.calendar.setItem(r, col, shade)
        colours = {"pending": "#ffe08a", "confirmed": "#a8d5a2", "completed": "#c9c9c9", "no_show": "#f4a3a3",
                   "cancelled": "#eeeeee"}
        for a in items:
            col = [p.id for p in staff].index(a.staff_id) if day_mode and a.staff_id in [p.id for p in staff] \
                else (a.day - first).days
            for r, minute in enumerate(rows):
                if a.start_minute <= minute < a.end_minute:
                    it = QTableWidgetItem(f"{a.service_name}: {a.customer_name}"
                                          + ("" if day_mode else f" ({a.staff_name})")
                                          if minute < a.start_minute + 15 else "")
                    it.setBackground(QBrush(QColor(colours.get(a.state, "#ffffff"))))
                    it.setToolTip(f"{hm(a.start_minute)}–{hm(a.end_minute)} {a.staff_name} "
                                  f"({words(a.state, APPOINTMENT_STATE_WORDS)})")
                    self.calendar.setItem(r, col, it)
        current = self.list.currentItem()
        keep = getattr(self, "_want_appointment", None) or (
            current.data(Qt.ItemDataRole.UserRole) if current is not None else None)
        self.list.clear()
        for a in items:
            li = QListWidgetItem(self.tr("{day} {hm} {service_name} — {customer_name} "
                                 "with {staff_name} [{state}]").format(day=self.ctx.formats.day(a.day), hm=hm(a.start_minute), service_name=a.service_name, customer_name=a.customer_name, staff_name=a.staff_name, state=words(a.state, APPOINTMENT_STATE_WORDS)))
            li.setData(Qt.ItemDataRole.UserRole, a.id)
            self.list.addItem(li)
            if a.id == keep:                # the asked-for (or still selected) appointment
                self.list.setCurrentItem(li)
                self.list.scrollToItem(li)
                self._want_appointment = None
        self._sync_buttons()
        if self._shown_for != (first, last):        # a new day or week: show its working hours
            self._shown_for = (first, last)
            self._open_at = self.opening_row(first, items, rows)
            self._scroll_to_opening()

    def show_day(self, day: date, appointment_id: int | None = None) -> None:
        """The day view of ``day`` with one appointment selected (from the Today page)."""
        self._want_appointment = appointment_id
        for w in (self.mode, self.day):
            w.blockSignals(True)
        self.mode.setCurrentText(self.tr("Day"))
        self.day.setDate(_qdate(day))
        for w in (self.mode, self.day):
            w.blockSignals(False)
        self.refresh()

    def _scroll_to_opening(self) -> None:
        """Scroll once the calendar has a size (a tab loads before it is first shown)."""
        from desktop.ui import alive
        if not alive(self.calendar) or self._open_at is None or not self.calendar.isVisible() \
                or self.calendar.viewport().height() <= 0:
            return          # closed meanwhile, or not on screen yet
        self.calendar.updateGeometries()       # the scroll range is otherwise set lazily, later
        per_pixel = self.calendar.verticalScrollMode() == QTableWidget.ScrollMode.ScrollPerPixel
        self.calendar.verticalScrollBar().setValue(
            self.calendar.verticalHeader().sectionPosition(self._open_at) if per_pixel else self._open_at)
        self._open_at = None

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        QTimer.singleShot(0, self._scroll_to_opening)

    def opening_row(self, first: date, items: list, rows: list[int]) -> int:
        """The row the calendar opens at: today, the current hour; another day, its first
        booking (else the first hour someone works); never the empty early morning."""
        minute: int | None = None
        if first == self.ctx.app.today() and self._shown_mode_is_day():
            from zoneinfo import ZoneInfo
            now = self.ctx.app.clock.now().astimezone(ZoneInfo(self.ctx.app.settings.get("shop.timezone")))
            minute = now.hour * 60
        elif items:
            minute = min(a.start_minute for a in items) // 60 * 60
        else:
            for r in range(self.calendar.rowCount()):
                if any(self.calendar.item(r, c) is not None for c in range(self.calendar.columnCount())):
                    minute = rows[r]
                    break
        if minute is None:
            minute = 8 * 60
        return max(0, min(len(rows) - 1, next((i for i, m in enumerate(rows) if m >= minute), len(rows) - 1)))

    def _shown_mode_is_day(self) -> bool:
        return self.mode.currentText() == self.tr("Day")

    def selected_appointment(self) -> Any:
        item = self.list.currentItem()
        if item is None:
            return None
        aid = item.data(Qt.ItemDataRole.UserRole)
        return next((a for a in self.items if a.id == aid), None)

    def _sync_buttons(self) -> None:
        """Only what can happen to the selected booking is offered; the rest says why not."""
        a = self.selected_appointment()
        may = self.ctx.can(Perm.BOOK_APPOINTMENTS)
        state = a.state if a is not None else None
        allowed = {"confirm": ("pending",), "cancel": ("pending", "confirmed"),
                   "no_show": ("pending", "confirmed"), "complete": ("confirmed",)}
        may_rate = self.ctx.can(Perm.EDIT_CUSTOMERS)
        self.rating_btn.setEnabled(may_rate and state == "completed")
        self.rating_btn.setToolTip("" if state == "completed" else
                                   self.tr("Select a completed appointment to record how the customer rated it"))
        for key, button in self.buttons.items():
            button.setEnabled(may and state in allowed[key])
            if not may:
                button.setToolTip(self.tr("Your role does not book or change appointments"))
            elif a is None:
                button.setToolTip(self.tr("Select an appointment in the list first"))
            elif key == "complete" and state == "pending":
                button.setToolTip(self.tr("Confirm the booking first: only a confirmed appointment can be "
                                  "marked completed (and billed)"))
            elif state not in allowed[key]:
                button.setToolTip(self.tr("This appointment is {state}").format(
                    state=words(state, APPOINTMENT_STATE_WORDS)))
            else:
                button.setToolTip("")

    def book(self) -> None:
        slot, sid, cid = self.slot.currentData(), self.service.currentData(), self.customer.currentData()
        if slot is None or sid is None or cid is None:
            show_error(self, self.tr("Choose a service, a customer and a free slot."))
            return
        self.ctx.tasks.run(self.ctx.app.scheduling.book, self.ctx.actor, cid, sid, slot[0],
                           _pydate(self.day.date()), slot[1],
                           on_done=lambda a: (self.ctx.status(self.tr("booked (pending) #{id}").format(id=a.id)), self.refresh()),
                           on_error=lambda e: (show_error(self, e), self.refresh()))

    def export_ics(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export appointments"), "appointments.ics", self.tr("iCalendar (*.ics)"))
        if not name:
            return
        from core.scheduling.exports import export_appointments
        d = _pydate(self.day.date())
        # The save dialog asked before replacing a file; core refuses data-folder files.
        self.ctx.tasks.run(export_appointments, self.ctx.app, d - timedelta(days=30), d + timedelta(days=90),
                           Path(name), force=True,
                           on_done=lambda r: self.ctx.status(QCoreApplication.translate("AppointmentsTab", "wrote {path} (%n appointments)", None, r[1]).format(path=r[0])),
                           on_error=lambda e: show_error(self, e))

    def new_service(self) -> None:
        dlg = ServiceDialog(self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        v = dlg.values()
        self.ctx.tasks.run(self.ctx.app.scheduling.add_service, self.ctx.actor, **v,
                           on_done=lambda _s: self.ctx.tasks.run(self._lookups, on_done=self._got_lookups),
                           on_error=lambda e: show_error(self, e))

    def record_answer(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        appointment_id = item.data(Qt.ItemDataRole.UserRole)
        dlg = RatingDialog(self)
        self.rating_dialog = dlg

        def save() -> None:
            self.ctx.tasks.run(self.ctx.app.scheduling.record_rating, self.ctx.actor, appointment_id,
                               dlg.rating.value(), dlg.comment.text().strip(),
                               on_done=lambda text: (self.ctx.status(text), self.refresh()),
                               on_error=lambda e: show_error(self, e))
        dlg.accepted.connect(save)
        dlg.open()

    def act(self, key: str) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        fn = getattr(self.ctx.app.scheduling, key)
        self.ctx.tasks.run(fn, self.ctx.actor, item.data(Qt.ItemDataRole.UserRole),
                           on_done=lambda _a: self.refresh(),
                           on_error=lambda e: show_error(self, e))


class RatingDialog(QDialog):
    """The customer's answer to the follow-up: a mark from 1 (poor) to 5 (excellent) and their words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record the customer's answer"))
        form = QFormLayout(self)
        self.rating = QSpinBox()
        self.rating.setObjectName("ratingBox")
        self.rating.setRange(1, 5)
        self.rating.setValue(5)
        self.comment = QLineEdit()
        self.comment.setObjectName("ratingComment")
        form.addRow(self.tr("Rating (1 poor – 5 excellent)"), self.rating)
        form.addRow(self.tr("What they said"), self.comment)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class ServiceDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New appointment service"))
        form = QFormLayout(self)
        self.name, self.skill = QLineEdit(), QLineEdit()
        self.duration, self.before, self.after = QSpinBox(), QSpinBox(), QSpinBox()
        self.duration.setRange(5, 600)
        self.duration.setValue(30)
        for sb in (self.before, self.after):
            sb.setRange(0, 120)
        self.price = QDoubleSpinBox()
        self.price.setRange(0, 100000)
        self.price.setDecimals(2)
        for label, w in ((self.tr("Name"), self.name), (self.tr("Duration (min)"), self.duration), (self.tr("Buffer before (min)"), self.before),
                         (self.tr("Buffer after (min)"), self.after), (self.tr("Skill needed (optional)"), self.skill),
                         (self.tr("Price"), self.price)):
            form.addRow(label, w)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_btn = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_btn.setText(self.tr("Add service"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        # checked as typed with the rules add_service applies; OK waits until all are fine
        self.validator = FormValidator(self, submit=[self.ok_btn])
        for key, w, label in (("name", self.name, self.tr("Name")), ("duration_minutes", self.duration, self.tr("Duration")),
                              ("buffer_before", self.before, self.tr("Buffer before")),
                              ("buffer_after", self.after, self.tr("Buffer after"))):
            self.validator.add(w, SERVICE_RULES[key], label)
        self.validator.add(self.price, lambda v: SERVICE_RULES["price"](f"{v:.2f}"), self.tr("Price"))

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text().strip(), "duration_minutes": self.duration.value(),
                "buffer_before": self.before.value(), "buffer_after": self.after.value(),
                "skill": self.skill.text().strip() or None, "price": f"{self.price.value():.2f}"}


class StaffTab(QWidget):
    """Staff list and detail with availability editing (one window per weekday, blank = not available;
    all blank = available any time)."""

    def __init__(self, ctx: DesktopContext) -> None:
        super().__init__()
        self.ctx = ctx
        split = QSplitter()
        lay = QVBoxLayout(self)
        lay.addWidget(split)
        self.list = QListWidget()
        self.list.setObjectName("staffList")
        split.addWidget(self.list)
        detail = QWidget()
        form = QFormLayout(detail)
        self.name, self.role, self.email, self.skills = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        self.min_h, self.max_h, self.target_h = QSpinBox(), QSpinBox(), QSpinBox()
        for sb in (self.min_h, self.max_h, self.target_h):
            sb.setRange(0, 80)
        self.max_run, self.max_weekends, self.min_rest = QSpinBox(), QSpinBox(), QSpinBox()
        self.max_run.setRange(0, 14)
        self.max_run.setSpecialValueText(self.tr("no limit"))
        self.max_weekends.setRange(-1, 4)
        self.max_weekends.setSpecialValueText(self.tr("no limit"))
        self.min_rest.setRange(0, 24)
        self.cost = QDoubleSpinBox()
        self.cost.setRange(0, 1000)
        self.cost.setDecimals(2)
        self.account = QComboBox()
        self.account.setObjectName("staffAccount")
        self.account.setToolTip(self.tr("Linked login: that user may then request time off and swaps only for themselves"))
        for label, w in ((self.tr("Name"), self.name), (self.tr("Role"), self.role), ("E-mail", self.email),
                         (self.tr("Skills (comma separated)"), self.skills), (self.tr("Min hours / week"), self.min_h),
                         (self.tr("Max hours / week"), self.max_h), (self.tr("Contract (target) hours"), self.target_h),
                         (self.tr("Max days in a row"), self.max_run), (self.tr("Max weekends in 4 weeks"), self.max_weekends),
                         (self.tr("Min rest between shifts (h)"), self.min_rest),
                         (self.tr("Hourly cost ({currency_symbol})").format(currency_symbol=ctx.formats.currency_symbol), self.cost),
                         (self.tr("Login account"), self.account)):
            form.addRow(label, w)
        self.form = form
        self.private_fields = (self.email, self.min_h, self.max_h, self.target_h, self.cost)
        self.avail = QTableWidget(7, 2)
        self.avail.setObjectName("availabilityTable")
        self.avail.setHorizontalHeaderLabels([self.tr("From"), self.tr("To")])
        self.avail.setVerticalHeaderLabels(WEEKDAYS)
        self.avail.setMinimumHeight(250)
        form.addRow(self.tr("Availability\n(blank = any time)"), self.avail)
        self.prefs = QTableWidget(0, 4)
        self.prefs.setObjectName("preferenceTable")
        self.prefs.setHorizontalHeaderLabels([self.tr("Weekday"), self.tr("Shift"), self.tr("Wish"), self.tr("Weight")])
        self.prefs.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.prefs.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        prow = QHBoxLayout()
        self.p_day, self.p_shift, self.p_want = QComboBox(), QComboBox(), QComboBox()
        self.p_day.addItems(WEEKDAYS)
        self.p_want.addItems([self.tr("wants"), self.tr("rather not")])
        self.p_weight = QSpinBox()
        self.p_weight.setRange(1, 100)
        self.p_weight.setValue(2)
        self.p_add, self.p_remove = QPushButton(self.tr("Add wish")), QPushButton(self.tr("Remove"))
        for w in (self.p_day, self.p_shift, self.p_want, self.p_weight, self.p_add, self.p_remove):
            prow.addWidget(w)
        form.addRow(self.tr("Shift wishes"), self.prefs)
        form.addRow("", prow)
        self.p_add.clicked.connect(self.add_pref)
        self.p_remove.clicked.connect(self.remove_pref)
        self.save_btn = QPushButton(self.tr("Save"))
        self.add_btn = QPushButton(self.tr("Add staff member"))
        self.hours_error, self.avail_errors = QLabel(), QLabel()
        form.insertRow(form.getWidgetPosition(self.avail)[0] + 1, "", self.avail_errors)
        form.insertRow(form.getWidgetPosition(self.max_h)[0] + 1, "", self.hours_error)
        # The form scrolls inside its pane; Save stays in sight below it.
        pane = QWidget()
        pane_lay = QVBoxLayout(pane)
        pane_lay.setContentsMargins(0, 0, 0, 0)
        pane_lay.addWidget(scrolled(detail, "staffDetailScroll"), 1)
        save_bar = QHBoxLayout()
        save_bar.addWidget(self.add_btn)
        save_bar.addStretch(1)
        save_bar.addWidget(self.save_btn)
        pane_lay.addLayout(save_bar)
        split.addWidget(pane)
        # checked as typed, with the scheduling service's own rules; Save waits until all are fine
        self.validator = FormValidator(self, submit=self.save_btn)
        self.validator.add(self.name, STAFF_RULES["name"], self.tr("Name"))
        self.validator.add(self.email, STAFF_RULES["email"], "E-mail")
        self.validator.add_check(lambda: hours_problem(self.min_h.value() * 60, self.max_h.value() * 60 or None),
                                 self.hours_error)
        self.validator.watch([self.min_h, self.max_h])
        self.avail_check = TableValidator(self.avail, {0: AVAILABILITY_TIME, 1: AVAILABILITY_TIME},
                                          self.avail_errors, row_used=lambda _r: True,
                                          names={0: "from", 1: "to"}, row_label=lambda r: WEEKDAYS[r])
        self.validator.add_check(lambda: self.tr("availability needs fixing") if self.avail_check.problems else None)
        self.avail_check.validity_changed.connect(lambda _ok: self.validator.revalidate())
        self.validator.set_allowed(ctx.can(Perm.EDIT_ROSTER))
        self.list.currentRowChanged.connect(self.show_person)
        if not ctx.can(Perm.EDIT_ROSTER):
            for w in (self.add_btn, self.p_add, self.p_remove):
                w.setEnabled(False)
            form.setRowVisible(self.account, False)       # who logs in as whom is the owner's business
            self.save_btn.setToolTip(self.tr("Only the owner changes staff details"))
        self.save_btn.clicked.connect(self.save)
        self.add_btn.clicked.connect(self.add)
        self.staff: list = []
        self.refresh()

    def refresh(self) -> None:
        app, viewer = self.ctx.app, self.ctx.actor
        self.ctx.tasks.run(lambda: (app.scheduling.list_staff(viewer=viewer), app.users.list()), on_done=self._loaded)

    def _loaded(self, res: tuple[list, list]) -> None:
        staff, users = res
        self.account.clear()
        self.account.addItem(self.tr("— none —"), None)
        for u in users:
            self.account.addItem(f"{u.username} ({u.display_name})", u.id)
        self.staff = staff
        self.list.clear()
        for p in staff:
            self.list.addItem(f"{p.name} — {p.role} ({', '.join(p.skills)})")
        if staff:
            self.list.setCurrentRow(0)

    def show_person(self, row: int) -> None:
        if not 0 <= row < len(self.staff):
            return
        p = self.staff[row]
        self.name.setText(p.name)
        self.skills.setText(", ".join(p.skills))
        self.role.setText(p.role)
        private = p.hourly_cost is None        # a colleague's pay, contract and e-mail: not for staff eyes
        for w in self.private_fields:
            self.form.setRowVisible(w, not private)
        self.email.setText(p.email or "")
        self.min_h.setValue((p.min_minutes or 0) // 60)
        self.max_h.setValue((p.max_minutes or 0) // 60)
        self.target_h.setValue((p.target_minutes or 0) // 60)
        self.max_run.setValue(p.max_consecutive_shifts or 0)
        self.max_weekends.setValue(-1 if p.max_weekends is None else p.max_weekends)
        self.min_rest.setValue(p.min_rest_minutes // 60)
        self.cost.setValue(float(p.hourly_cost or 0))
        self.account.setCurrentIndex(max(0, self.account.findData(p.user_id)) if p.user_id else 0)
        self.validator.reset()
        self.ctx.tasks.run(self.ctx.app.scheduling.availability, p.id, on_done=self._show_avail)
        self.load_prefs()

    def load_prefs(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.staff):
            return
        svc = self.ctx.app.scheduling
        pid = self.staff[row].id
        self.ctx.tasks.run(lambda: (svc.preferences(pid), svc.list_shift_types()), on_done=self._show_prefs)

    def _show_prefs(self, res: tuple[list, list]) -> None:
        prefs, types = res
        if self.p_shift.count() != len(types):
            self.p_shift.clear()
            self.p_shift.addItems([t.code for t in types])
        self.prefs.setRowCount(len(prefs))
        for r, (wd, code, want, weight) in enumerate(prefs):
            for c, v in enumerate((WEEKDAYS[wd], code, "wants" if want else self.tr("rather not"), str(weight))):
                self.prefs.setItem(r, c, QTableWidgetItem(v))

    def add_pref(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.staff) or not self.p_shift.currentText():
            return
        self.ctx.tasks.run(self.ctx.app.scheduling.set_preference, self.ctx.actor, self.staff[row].id,
                           self.p_day.currentIndex(), self.p_shift.currentText(), self.p_want.currentIndex() == 0,
                           self.p_weight.value(), on_done=lambda _r: self.load_prefs(),
                           on_error=lambda e: show_error(self, e))

    def remove_pref(self) -> None:
        row, r = self.list.currentRow(), self.prefs.currentRow()
        if not 0 <= row < len(self.staff) or r < 0:
            return
        wd = WEEKDAYS.index(self.prefs.item(r, 0).text())
        self.ctx.tasks.run(self.ctx.app.scheduling.remove_preference, self.ctx.actor, self.staff[row].id, wd,
                           self.prefs.item(r, 1).text(), on_done=lambda _r: self.load_prefs(),
                           on_error=lambda e: show_error(self, e))

    def _show_avail(self, windows: list[AvailabilityWindow]) -> None:
        for r in range(7):
            w = next((x for x in windows if x.weekday == r), None)
            self.avail.setItem(r, 0, QTableWidgetItem(hm(w.start_minute) if w else ""))
            self.avail.setItem(r, 1, QTableWidgetItem(hm(w.end_minute) if w else ""))

    def windows(self) -> list[AvailabilityWindow]:
        out = []
        for r in range(7):
            a, b = (self.avail.item(r, c).text().strip() if self.avail.item(r, c) else "" for c in (0, 1))
            if a and b:
                def mins(t: str) -> int:
                    h, _, m = t.partition(":")
                    return int(h) * 60 + int(m or 0)
                out.append(AvailabilityWindow(r, mins(a), mins(b)))
        return out

    def save(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.staff):
            return
        p = self.staff[row]
        try:
            windows = self.windows()
        except ValueError:
            show_error(self, self.tr("Write times like 09:00."))
            return
        svc = self.ctx.app.scheduling

        def work() -> None:
            svc.update_staff(self.ctx.actor, p.id, name=self.name.text(), role=self.role.text(),
                             email=self.email.text().strip(), skills=[s for s in self.skills.text().split(",")],
                             min_minutes=self.min_h.value() * 60, max_minutes=self.max_h.value() * 60 or None,
                             target_minutes=self.target_h.value() * 60 or None,
                             max_consecutive_shifts=self.max_run.value() or None,
                             max_weekends=None if self.max_weekends.value() < 0 else self.max_weekends.value(),
                             min_rest_minutes=self.min_rest.value() * 60, hourly_cost=f"{self.cost.value():.2f}",
                             user_id=self.account.currentData())
            svc.set_availability(self.ctx.actor, p.id, windows)
        self.ctx.tasks.run(work, on_done=lambda _r: (self.ctx.status(self.tr("saved {name}").format(name=p.name)), self.refresh()),
                           on_error=lambda e: show_error(self, e))

    def add(self) -> None:
        self.ctx.tasks.run(self.ctx.app.scheduling.add_staff, self.ctx.actor, name=self.tr("New person"),
                           on_done=lambda _r: self.refresh(),
                           on_error=lambda e: show_error(self, e))


class TimeOffTab(QWidget):
    def __init__(self, ctx: DesktopContext) -> None:
        super().__init__()
        self.ctx = ctx
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.person = QComboBox()
        self.start, self.end = QDateEdit(_qdate(ctx.app.today())), QDateEdit(_qdate(ctx.app.today()))
        for d in (self.start, self.end):
            d.setCalendarPopup(True)
            d.setDisplayFormat(ctx.formats.picker_format)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("reason"))
        self.request_btn = QPushButton(self.tr("Request time off"))
        for w in (self.person, self.start, self.end, self.reason, self.request_btn):
            bar.addWidget(w)
        lay.addLayout(bar)
        # the dates are checked as they are picked, with the rule request_time_off applies
        self.dates_error = QLabel()
        lay.addWidget(self.dates_error)
        self.validator = FormValidator(self, submit=[self.request_btn])
        self.validator.add(self.person, lambda v: None if v is not None else self.tr("choose a person"), self.tr("Staff"))
        self.validator.add_check(lambda: time_off_problem(_pydate(self.start.date()), _pydate(self.end.date())),
                                 label=self.dates_error)      # shown as soon as either date is picked
        self.validator.watch([self.start, self.end])
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("timeOffTable")
        self.table.setHorizontalHeaderLabels([self.tr("Staff"), self.tr("From"), self.tr("To"), self.tr("State"), self.tr("Reason")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        lay.addWidget(self.table)
        lay.addWidget(QLabel(self.tr("Requests are decided by the owner in the inbox.")))
        self.for_anyone = ctx.actor.role == "owner"
        if not ctx.can(Perm.REQUEST_TIME_OFF):
            for w in (self.person, self.start, self.end, self.reason, self.request_btn):
                w.setVisible(False)
        self.request_btn.clicked.connect(self.request)
        self.refresh()

    def refresh(self) -> None:
        svc, viewer = self.ctx.app.scheduling, self.ctx.actor
        self.ctx.tasks.run(lambda: (svc.list_staff(viewer=viewer), svc.time_off()), on_done=self._loaded)

    def _loaded(self, res: tuple[list, list]) -> None:
        staff, rows = res
        mine = next((p.id for p in staff if p.user_id is not None and p.user_id == self.ctx.actor.user_id), None)
        if not self.for_anyone:        # everyone but the owner asks only for themselves (core insists too)
            staff = [p for p in staff if p.id == mine]
        if self.person.count() != len(staff):
            self.person.clear()
            for p in staff:
                self.person.addItem(p.name, p.id)
            if mine is not None and self.person.findData(mine) >= 0:   # a linked staff member asks for themselves
                self.person.setCurrentIndex(self.person.findData(mine))
        self.validator.revalidate()
        if not self.for_anyone:
            self.validator.set_allowed(bool(staff))
            if not staff:
                self.request_btn.setToolTip(self.tr("Your login is not linked to a staff member yet: "
                                            "the owner links it under Schedule › Staff."))
        self.table.setRowCount(len(rows))
        colours = {"pending": "#ffe08a", "approved": "#a8d5a2", "rejected": "#f4a3a3"}
        for r, t in enumerate(rows):
            fm = self.ctx.formats
            for c, v in enumerate((t.staff_name, fm.date(t.start_date), fm.date(t.end_date),
                                   words(t.state, TIME_OFF_STATE_WORDS), t.reason)):
                item = QTableWidgetItem(v)
                if c == 3:
                    item.setBackground(QBrush(QColor(colours.get(t.state, "#ffffff"))))
                self.table.setItem(r, c, item)

    def request(self) -> None:
        self.ctx.tasks.run(self.ctx.app.scheduling.request_time_off, self.ctx.actor, self.person.currentData(),
                           _pydate(self.start.date()), _pydate(self.end.date()), self.reason.text(),
                           on_done=lambda _r: (self.ctx.status(self.tr("request sent to the inbox")), self.refresh()),
                           on_error=lambda e: show_error(self, e))


class SchedulePage(QWidget):
    def __init__(self, ctx: DesktopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("schedulePage")
        lay = QVBoxLayout(self)
        lay.addWidget(PageHeader(self.tr("Schedule"), self.tr("The week's roster, appointments, staff and their "
                                 "availability, time off, and the shifts the shop needs covered.")))
        self.tabs = QTabWidget()
        self.roster = RosterTab(ctx)
        self.appointments = AppointmentsTab(ctx)
        self.staff = StaffTab(ctx)
        self.time_off = TimeOffTab(ctx)
        from desktop.pages.schedule.setup import SetupTab
        self.setup = SetupTab(ctx)
        self.tabs.addTab(self.roster, self.tr("Roster"))
        self.tabs.addTab(self.appointments, self.tr("Appointments"))
        self.tabs.addTab(self.staff, self.tr("Staff"))
        self.tabs.addTab(self.time_off, self.tr("Time off"))
        self.tabs.addTab(self.setup, self.tr("Shifts && cover"))
        lay.addWidget(self.tabs)
        ctx.bridge.data_changed.connect(self._changed) if hasattr(ctx.bridge, "data_changed") else None

    def navigate_to(self, tab: str | None = None, day: date | None = None, appointment_id: int | None = None,
                    staff_id: int | None = None, **_kw: Any) -> None:
        """Open a tab at a day, with an appointment or a person's shift selected."""
        when = day or self.ctx.app.today()
        if isinstance(when, str):
            when = date.fromisoformat(when)
        if tab == "appointments":
            self.tabs.setCurrentWidget(self.appointments)
            self.appointments.show_day(when, appointment_id)
        elif tab == "roster":
            self.tabs.setCurrentWidget(self.roster)
            self.roster.show_day(when, staff_id)

    def _changed(self, area: str) -> None:
        if area in ("scheduling", "inbox"):
            self.roster.refresh()
