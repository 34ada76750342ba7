"""The roster week grid (staff × days): colours per shift type, skills in tooltips, assign / move /
remove with live rule warnings and penalty, and the inbox editor built on it."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QListWidget, QPushButton, QSplitter,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from core.kernel.formats import Formats
from core.scheduling.dto import RosterView
from core.scheduling.problem import cells_from_json, jsonable_cells
from core.scheduling.wording import own_week, roster_header
from desktop.inbox_editors import ProposalEditor

OFF = QT_TRANSLATE_NOOP("pages.schedule.grid", "— off —")
SKILL_MARK = {"key-holder": "K", "baker": "Bk", "barista": "Br", "till": "T"}


def skill_tags(skills: tuple[str, ...]) -> str:
    """Short marks for skills in the grid's row headers (unknown skills: their first letter)."""
    return "[" + " ".join(SKILL_MARK.get(s, s[:2].title()) for s in skills) + "]" if skills else ""


def cover_lines(view: RosterView, cells: dict[tuple[int, date], str], day: date, compact: bool = False) -> list[str]:
    """The cover cell of one day: "Open 2", "Close 1 ⚠" (short of people) — one line per shift,
    by the shift's name (its first four letters in a narrow pane)."""
    out = []
    for t in view.shift_types:
        n = sum(1 for p in view.staff if cells.get((p.id, day)) == t.code)
        name = t.name[:4] if compact and len(t.name) > 5 else t.name
        out.append(f"{name} {n}" + (" ⚠" if view.short_by_shift.get((day, t.code)) else ""))
    return out


def cover_tooltip(view: RosterView, cells: dict[tuple[int, date], str], day: date, fm: Formats) -> str:
    """Who works each shift that day, and what is missing ("Open 07:00–15:00: 2 — Ann, Bob;
    1 more needed")."""
    lines = [fm.day(day)]
    for t in view.shift_types:
        names = [p.name for p in view.staff if cells.get((p.id, day)) == t.code]
        short = view.short_by_shift.get((day, t.code), 0)
        line = (f"{t.name} {fm.clock(t.start_minute)}–{fm.clock(t.end_minute)}: {len(names)}"
                + (f" — {', '.join(names)}" if names else ""))
        if short:
            line += QCoreApplication.translate("pages.schedule.grid", "; {short} more needed").format(short=short)
        lines.append(line)
    missing = [m for m in view.penalty_items if fm.day(day) in m and "needed" in m]
    if missing:
        lines += ["", *missing]
    return "\n".join(lines)


class RosterGrid(QWidget):
    """Shows a RosterView; edits change ``cells`` and emit ``edited`` (the owner decides saving)."""

    edited = Signal(int, object, object)      # staff id, day, shift code or None

    def __init__(self, parent: QWidget | None = None, compact: bool = False,
                 formats: Callable[[], Formats] = Formats) -> None:
        super().__init__(parent)
        self.compact = compact            # narrow panes (the inbox): codes only, times in tooltips
        self.formats = formats            # the shop's number and date formats (asked when shown)
        # a member of staff reads their own week above the grid (shifts, hours), not the score
        self.personal_for: int | None = None      # the viewer's user id when they are staff
        self.view: RosterView | None = None
        self.cells: dict[tuple[int, date], str] = {}
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.shift_box = QComboBox()
        self.shift_box.setObjectName("shiftBox")
        self.shift_box.setMinimumWidth(220)
        self.assign_btn = QPushButton(self.tr("&Assign"))
        self.remove_btn = QPushButton(self.tr("&Remove"))
        self.move_btn = QPushButton(self.tr("&Move here"))
        self.move_btn.setToolTip(self.tr("Ctrl+X on a shift, then Ctrl+V (or this button) on the target cell"))
        self.assign_btn.setToolTip(self.tr("Or type the first letter of a shift code in the grid; '-' makes a day off"))
        self.shift_label = QLabel(self.tr("Shift:"))
        self.shift_label.setBuddy(self.shift_box)
        for w in (self.shift_label, self.shift_box, self.assign_btn, self.remove_btn, self.move_btn):
            bar.addWidget(w)
        self.penalty_label = QLabel("")
        self.penalty_label.setObjectName("penaltyLabel")
        # the roster's quality in words can be long: it wraps instead of widening the window
        self.penalty_label.setWordWrap(True)
        if compact:     # a narrow pane: the words get a line of their own, under the buttons
            bar.addStretch(1)
            lay.addLayout(bar)
            lay.addWidget(self.penalty_label)
        else:
            self.penalty_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            bar.addWidget(self.penalty_label, 1)
            lay.addLayout(bar)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("rosterGrid")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        if not compact:
            lay.addWidget(self.table, 3)
        self.warnings = QListWidget()
        self.warnings.setObjectName("rosterWarnings")
        self.penalties = QListWidget()
        self.penalties.setObjectName("rosterPenalties")
        below = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(QLabel(self.tr("Rule checks (hard rules):")))
        left.addWidget(self.warnings)
        self.penalties_title = QLabel(self.tr("What lowers the score (cover, wishes, fairness):"))
        right.addWidget(self.penalties_title)
        right.addWidget(self.penalties)
        below.addLayout(left)
        below.addLayout(right)
        if compact:
            # in the inbox's pane the grid gets the room; the checks below it are dragged open
            checks = QWidget()
            checks.setLayout(below)
            below.setContentsMargins(0, 0, 0, 0)
            self.split = QSplitter(Qt.Orientation.Vertical)
            self.split.setObjectName("rosterEditorSplit")
            self.split.setChildrenCollapsible(False)
            self.split.addWidget(self.table)
            self.split.addWidget(checks)
            self.split.setStretchFactor(0, 3)
            self.split.setStretchFactor(1, 1)
            for w in (self.warnings, self.penalties):
                w.setMinimumHeight(36)
            lay.addWidget(self.split, 1)
        else:
            lay.addLayout(below, 1)
        self._clip: tuple[int, date] | None = None
        self.assign_btn.clicked.connect(self.assign_selected)
        self.remove_btn.clicked.connect(lambda: self._set_selected(None))
        self.move_btn.clicked.connect(self.paste)
        self.table.cellDoubleClicked.connect(lambda *_: self.assign_selected())
        self.table.installEventFilter(self)
        QShortcut(QKeySequence.StandardKey.Cut, self.table, self.cut)
        QShortcut(QKeySequence.StandardKey.Paste, self.table, self.paste)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, lambda: self._set_selected(None))

    # ---- display -------------------------------------------------------------------------
    def set_view(self, view: RosterView, previous_penalty: int | None = None) -> None:
        self.view = view
        self.cells = dict(view.cells)
        current = self.shift_box.currentText()
        self.shift_box.clear()
        for t in view.shift_types:
            self.shift_box.addItem(f"{t.code} {t.name} {t.hours_label}", t.code)
        self.shift_box.addItem(QCoreApplication.translate("pages.schedule.grid", OFF), None)
        i = self.shift_box.findText(current)
        if i >= 0:
            self.shift_box.setCurrentIndex(i)
        types = {t.code: t for t in view.shift_types}
        n_days = len(view.days)
        self.table.setRowCount(len(view.staff) + 1)
        self.table.setColumnCount(n_days + 1)
        fm = self.formats()
        heading = fm.weekday if self.compact else fm.day
        self.table.setHorizontalHeaderLabels([heading(d) for d in view.days] + [self.tr("Hours")])
        self.table.setVerticalHeaderLabels([f"{p.name}  {skill_tags(p.skills)}" for p in view.staff] + [self.tr("Cover")])
        flagged = {(w.staff_id, d) for w in view.warnings for d in w.days}
        flagged_people = {w.staff_id for w in view.warnings if not w.days}
        for r, p in enumerate(view.staff):
            contract = "" if p.min_minutes is None else \
                self.tr("; {number}–{number2} h per week").format(number=fm.number(p.min_minutes / 60, 2), number2=fm.number((p.max_minutes or 0) / 60, 2))
            head = self.table.verticalHeaderItem(r)
            head.setToolTip(self.tr("{role}; skills: {skills}").format(role=p.role, skills=', '.join(p.skills) or self.tr('none')) + contract)
            if self.personal_for is not None and p.user_id == self.personal_for:
                font = head.font()
                font.setBold(True)                # a member of staff finds their own row at once
                head.setFont(font)
                head.setToolTip(self.tr("You — ") + head.toolTip())
            minutes = 0
            for c, d in enumerate(view.days):
                code = self.cells.get((p.id, d))
                t = types.get(code)
                hours = f"{fm.clock(t.start_minute)}–{fm.clock(t.end_minute)}" if t else ""
                item = QTableWidgetItem((t.code if self.compact else f"{t.name}  {hours}") if t else "")
                if t is not None:
                    minutes += t.length_minutes
                    item.setBackground(QBrush(QColor(t.color)))
                    item.setForeground(QBrush(QColor("#111111")))
                    item.setToolTip(self.tr("{name} ({code}) {hours}; needs {skills}").format(name=t.name, code=t.code, hours=hours, skills=', '.join(t.skills) or self.tr('no skill')))
                if (p.id, d) in flagged or (p.id in flagged_people and t is not None):
                    item.setText(item.text() + "  ⚠")
                    item.setToolTip("\n".join(w.message for w in view.warnings
                                               if w.staff_id == p.id and (d in w.days or not w.days)))
                item.setData(Qt.ItemDataRole.UserRole, (p.id, d))
                self.table.setItem(r, c, item)
            hours = QTableWidgetItem(fm.number(minutes / 60, 2))
            hours.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if (p.max_minutes is not None and minutes > p.max_minutes) or minutes < (p.min_minutes or 0):
                hours.setForeground(QBrush(QColor("#b00020")))
            self.table.setItem(r, n_days, hours)
        # the cover row: how many people on each shift that day, one shift a line, by name; a
        # shift still short of people is marked, and the tooltip says who is missing
        last = len(view.staff)
        for c, d in enumerate(view.days):
            item = QTableWidgetItem("\n".join(cover_lines(view, self.cells, d, self.compact)))
            item.setForeground(QBrush(QColor("#444444")))
            item.setToolTip(cover_tooltip(view, self.cells, d, fm))
            self.table.setItem(last, c, item)
        self.table.setItem(last, n_days, QTableWidgetItem(""))
        lines = max(1, len(view.shift_types))
        self.table.setRowHeight(last, lines * self.table.fontMetrics().lineSpacing() + 8)
        self.table.verticalHeaderItem(last).setToolTip(
            self.tr("People on each shift that day; ⚠ marks a shift still short of people (hover for who)"))
        self.penalties.clear()
        for m in view.penalty_items:
            self.penalties.addItem(m)
        if not view.penalty_items:
            self.penalties.addItem(self.tr("no penalties"))
        if self.personal_for is not None:
            # staff: their own shifts and hours, whether the shop is short — no score, no points
            mine = next((p.id for p in view.staff if p.user_id == self.personal_for), None)
            text, tip = own_week(view, mine, fm)
        else:
            # the quality in words first, then the score with what it means, then the wage cost
            text, tip = roster_header(view, fm, previous_penalty, with_quality=not self.compact)
        self.penalty_label.setText(text)
        self.penalty_label.setToolTip(tip)
        self.penalties.setVisible(self.personal_for is None)
        self.penalties_title.setVisible(self.personal_for is None)
        self.warnings.clear()
        for w in view.warnings:
            self.warnings.addItem(f"⚠ {w.title}: {w.message}")
        if not view.warnings:
            self.warnings.addItem(self.tr("✓ every hard rule holds"))

    # ---- editing -------------------------------------------------------------------------
    def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802 - Qt API
        """Keyboard first: typing a shift code's first letter assigns it; '-' or '0' makes a day off."""
        from PySide6.QtCore import QEvent
        if obj is self.table and event.type() == QEvent.Type.KeyPress and self.assign_btn.isVisible() \
                and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            text = event.text().upper()
            if text in ("-", "0"):
                self._set_selected(None)
                return True
            if text.isalpha() and self.view is not None:
                matches = [t.code for t in self.view.shift_types if t.code.upper().startswith(text)]
                if len(matches) == 1:
                    self.choose_shift(matches[0])
                    self._set_selected(matches[0])
                    return True
        return super().eventFilter(obj, event)

    def selected_cell(self) -> tuple[int, date] | None:
        item = self.table.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def select(self, staff_id: int, day: date) -> None:
        assert self.view is not None
        r = [p.id for p in self.view.staff].index(staff_id)
        c = list(self.view.days).index(day)
        self.table.setCurrentCell(r, c)

    def choose_shift(self, code: str | None) -> None:
        self.shift_box.setCurrentIndex(self.shift_box.findData(code) if code else self.shift_box.findData(None))

    def assign_selected(self) -> None:
        self._set_selected(self.shift_box.currentData())

    def _set_selected(self, code: str | None) -> None:
        cell = self.selected_cell()
        if cell is not None:
            self.edited.emit(cell[0], cell[1], code)

    def cut(self) -> None:
        self._clip = self.selected_cell()

    def paste(self) -> None:
        src, dst = self._clip, self.selected_cell()
        if src is None or dst is None or src == dst or src not in self.cells:
            return
        code = self.cells[src]
        self._clip = None
        self.edited.emit(src[0], src[1], None)
        self.edited.emit(dst[0], dst[1], code)


class RosterProposalEditor(ProposalEditor):
    """The inbox's editor for kind "roster": the same grid, edits stay in the proposal until approved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rosterEditor")
        self.ctx = _find_ctx(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.grid = RosterGrid(self, compact=True,
                               formats=lambda: self.ctx.formats if self.ctx is not None else Formats())
        lay.addWidget(self.grid)
        self._payload: dict[str, Any] = {}
        self._base_penalty: int | None = None
        self.grid.edited.connect(self._edit)

    def set_payload(self, payload: Any) -> None:
        self._original = payload
        self._payload = dict(payload or {})
        self._base_penalty = None
        if "roster_id" in self._payload:
            self._refresh()

    def _refresh(self) -> None:
        cells = cells_from_json(self._payload.get("cells", []))
        rid = int(self._payload["roster_id"])
        if self.ctx is None:
            return

        def done(view: RosterView) -> None:
            if self._base_penalty is None:
                self._base_penalty = view.penalty
            self.grid.set_view(view, self._base_penalty)
        self.ctx.tasks.run_latest(self, self.ctx.app.scheduling.view, rid, None, cells, viewer=self.ctx.actor,
                                  on_done=done)

    def _edit(self, staff_id: int, day: date, code: str | None) -> None:
        cells = cells_from_json(self._payload.get("cells", []))
        if code is None:
            cells.pop((staff_id, day), None)
        else:
            cells[(staff_id, day)] = code
        self._payload["cells"] = jsonable_cells(cells)
        self.grid.cells = cells
        self._refresh()
        self.changed.emit()

    def payload(self) -> Any:
        return dict(self._payload)

    def set_read_only(self, read_only: bool) -> None:
        for w in (self.grid.assign_btn, self.grid.remove_btn, self.grid.move_btn, self.grid.shift_box):
            w.setEnabled(not read_only)


def _find_ctx(widget: Any) -> Any:
    while widget is not None:
        ctx = getattr(widget, "ctx", None)
        if ctx is not None:
            return ctx
        widget = widget.parent() if hasattr(widget, "parent") else None
    return None
