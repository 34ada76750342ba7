"""Shift types and cover requirements (the rules the optimiser plans against)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem,
                               QTimeEdit, QVBoxLayout, QWidget)
from PySide6.QtCore import QSize, QTime

from core.scheduling.dto import ShiftTypeInfo, hm
from core.scheduling.service import WEEKDAYS
from desktop.ui import show_error
from desktop.widgets.colour import ColourButton, swatch_icon
from desktop.widgets.flow import FlowLayout

if TYPE_CHECKING:
    from desktop.context import DesktopContext


class ShiftTypeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, shift: ShiftTypeInfo | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Shift type"))
        form = QFormLayout(self)
        self.code, self.name, self.skills, self.forbidden = (QLineEdit() for _ in range(4))
        self.color = ColourButton("#9bc4e2")
        self.start = QTimeEdit(QTime(9, 0))
        self.start.setDisplayFormat("HH:mm")
        self.length, self.break_at, self.break_len = QSpinBox(), QSpinBox(), QSpinBox()
        self.length.setRange(15, 24 * 60)
        self.length.setSingleStep(15)
        self.length.setValue(480)
        self.break_at.setRange(0, 24 * 60)
        self.break_len.setRange(0, 180)
        self.closing = QCheckBox(self.tr("closes the shop"))
        for label, w in ((self.tr("Code"), self.code), (self.tr("Name"), self.name), (self.tr("Start"), self.start),
                         (self.tr("Length (min)"), self.length), (self.tr("Break after (min)"), self.break_at),
                         (self.tr("Break length (min)"), self.break_len), (self.tr("Skills needed (comma separated)"), self.skills),
                         (self.tr("May not be followed next day by (codes)"), self.forbidden), ("", self.closing),
                         (self.tr("Colour"), self.color)):
            form.addRow(label, w)
        if shift is not None:
            self.code.setText(shift.code)
            self.code.setEnabled(False)
            self.name.setText(shift.name)
            self.start.setTime(QTime(shift.start_minute // 60, shift.start_minute % 60))
            self.length.setValue(shift.length_minutes)
            self.break_at.setValue(shift.break_start_minute or 0)
            self.break_len.setValue(shift.break_minutes)
            self.skills.setText(", ".join(shift.skills))
            self.forbidden.setText(", ".join(shift.forbidden_next))
            self.closing.setChecked(shift.closing)
            self.color.set_colour(shift.color)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, Any]:
        split = lambda w: [x.strip() for x in w.text().split(",") if x.strip()]  # noqa: E731
        t = self.start.time()
        return {"name": self.name.text().strip() or self.code.text().strip(),
                "start_minute": t.hour() * 60 + t.minute(), "length_minutes": self.length.value(),
                "break_start_minute": self.break_at.value() if self.break_len.value() else None,
                "break_minutes": self.break_len.value(), "skills": split(self.skills),
                "forbidden_next": split(self.forbidden), "closing": self.closing.isChecked(),
                "color": self.color.colour()}


class SetupTab(QWidget):
    def __init__(self, ctx: DesktopContext) -> None:
        super().__init__()
        self.ctx = ctx
        lay = QVBoxLayout(self)
        box = QGroupBox(self.tr("Shift types"))
        bl = QVBoxLayout(box)
        self.shifts = QTableWidget(0, 8)
        self.shifts.setObjectName("shiftTypeTable")
        self.shifts.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name"), self.tr("Hours"), self.tr("Break"), self.tr("Skills"), self.tr("Not followed by"),
                                               self.tr("Closing"), self.tr("Colour")])
        self.shifts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.shifts.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.shifts.setIconSize(QSize(28, 14))           # the colour swatches, at full size
        bl.addWidget(self.shifts)
        row = QHBoxLayout()
        self.add_shift_btn, self.edit_shift_btn = QPushButton(self.tr("Add shift type…")), QPushButton(self.tr("Edit…"))
        row.addWidget(self.add_shift_btn)
        row.addWidget(self.edit_shift_btn)
        row.addStretch(1)
        bl.addLayout(row)
        lay.addWidget(box, 1)
        box = QGroupBox(self.tr("Cover: how many people each shift needs, per weekday"))
        bl = QVBoxLayout(box)
        self.cover = QTableWidget(0, 7)
        self.cover.setObjectName("coverTable")
        self.cover.setHorizontalHeaderLabels([self.tr("Weekday"), self.tr("Shift"), self.tr("Skill"), self.tr("Wanted"), self.tr("Mandatory minimum"),
                                              self.tr("Cost per person short"), self.tr("Cost per person extra")])
        self.cover.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.cover.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        bl.addWidget(self.cover)
        form = FlowLayout()
        self.c_day, self.c_shift, self.c_skill = QComboBox(), QComboBox(), QLineEdit()
        self.c_day.addItems([self.tr("every day")] + WEEKDAYS)
        self.c_skill.setPlaceholderText(self.tr("skill (optional)"))
        self.c_req, self.c_min, self.c_under, self.c_over = QSpinBox(), QSpinBox(), QSpinBox(), QSpinBox()
        for sb, v in ((self.c_req, 1), (self.c_min, 0), (self.c_under, 100), (self.c_over, 10)):
            sb.setRange(0, 100000)
            sb.setValue(v)
        self.set_cover_btn, self.remove_cover_btn = QPushButton(self.tr("Set")), QPushButton(self.tr("Remove selected"))
        for label, w in (("", self.c_day), ("", self.c_shift), ("", self.c_skill), ("wanted", self.c_req),
                         ("minimum", self.c_min), ("short", self.c_under), ("extra", self.c_over)):
            if label:
                form.addWidget(QLabel(label))
            form.addWidget(w)
        form.addWidget(self.set_cover_btn)
        form.addWidget(self.remove_cover_btn)
        bl.addLayout(form)
        lay.addWidget(box, 2)
        self.add_shift_btn.clicked.connect(lambda: self.edit_shift(None))
        self.edit_shift_btn.clicked.connect(self._edit_selected)
        self.shifts.cellDoubleClicked.connect(lambda *_: self._edit_selected())
        self.set_cover_btn.clicked.connect(self.set_cover)
        self.remove_cover_btn.clicked.connect(self.remove_cover)
        from core.users.permissions import Perm
        if not ctx.can(Perm.EDIT_ROSTER):
            for w in (self.add_shift_btn, self.edit_shift_btn, self.set_cover_btn, self.remove_cover_btn):
                w.setEnabled(False)
        self.types: list[ShiftTypeInfo] = []
        self.covers: list = []
        self.refresh()

    def refresh(self) -> None:
        svc = self.ctx.app.scheduling
        self.ctx.tasks.run(lambda: (svc.list_shift_types(), svc.list_cover()), on_done=self._loaded)

    def _loaded(self, res: tuple[list, list]) -> None:
        self.types, self.covers = res
        self.shifts.setRowCount(len(self.types))
        for r, t in enumerate(self.types):
            brk = self.tr("{hm} {break_minutes} min").format(hm=hm(t.start_minute + (t.break_start_minute or 0)), break_minutes=t.break_minutes) if t.break_minutes else ""
            for c, v in enumerate((t.code, t.name, t.hours_label, brk, ", ".join(t.skills),
                                   ", ".join(t.forbidden_next), "yes" if t.closing else "", t.color)):
                item = QTableWidgetItem(v)
                if c == 7:          # the colour itself, not its code (which stays in the tooltip)
                    item.setText("")
                    item.setIcon(swatch_icon(t.color))
                    item.setToolTip(self.tr("The roster grid shows {code} in this colour ({color})").format(code=t.code, color=t.color))
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("colour {color}").format(color=t.color))
                self.shifts.setItem(r, c, item)
        current = self.c_shift.currentText()
        self.c_shift.clear()
        self.c_shift.addItems([t.code for t in self.types])
        if current:
            self.c_shift.setCurrentText(current)
        self.cover.setRowCount(len(self.covers))
        for r, c in enumerate(self.covers):
            for col, v in enumerate((WEEKDAYS[c.weekday], c.shift_code, c.skill or "anyone", c.required,
                                     c.hard_minimum or "", c.under_weight, c.over_weight)):
                item = QTableWidgetItem(str(v))
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                self.cover.setItem(r, col, item)
        self.cover.resizeColumnsToContents()

    def _edit_selected(self) -> None:
        r = self.shifts.currentRow()
        if 0 <= r < len(self.types):
            self.edit_shift(self.types[r])

    def edit_shift(self, shift: ShiftTypeInfo | None) -> None:
        dlg = ShiftTypeDialog(self, shift)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        v = dlg.values()
        svc = self.ctx.app.scheduling
        if shift is None:
            code = dlg.code.text().strip()
            self.ctx.tasks.run(svc.add_shift_type, self.ctx.actor, code, **v, on_done=lambda _r: self.refresh(),
                               on_error=self._error)
        else:
            self.ctx.tasks.run(svc.update_shift_type, self.ctx.actor, shift.code, **v,
                               on_done=lambda _r: self.refresh(), on_error=self._error)

    def set_cover(self) -> None:
        days = range(7) if self.c_day.currentIndex() == 0 else [self.c_day.currentIndex() - 1]
        code, skill = self.c_shift.currentText(), self.c_skill.text().strip() or None
        if not code:
            show_error(self, self.tr("Add a shift type first."))
            return
        svc, a = self.ctx.app.scheduling, self.ctx.actor
        req, mini, under, over = self.c_req.value(), self.c_min.value(), self.c_under.value(), self.c_over.value()

        def work() -> None:
            for d in days:
                svc.set_cover(a, d, code, req, skill=skill, hard_minimum=mini, under_weight=under, over_weight=over)
        self.ctx.tasks.run(work, on_done=lambda _r: self.refresh(), on_error=self._error)

    def remove_cover(self) -> None:
        ids = {self.cover.item(i.row(), 0).data(Qt.ItemDataRole.UserRole) for i in self.cover.selectedIndexes()}
        svc, a = self.ctx.app.scheduling, self.ctx.actor
        self.ctx.tasks.run(lambda: [svc.remove_cover(a, i) for i in ids], on_done=lambda _r: self.refresh(),
                           on_error=self._error)

    def _error(self, exc: BaseException) -> None:
        show_error(self, exc)
        self.refresh()
