"""Checks where a value is typed: the message beside the field, Save disabled while a form is wrong.

A form registers each field with a *rule* — a plain function from the field's value to a message
(or ``None`` when the value is fine). The rules come from core (``core.kernel.rules``), the same
functions the services run before they write, so the form and the service can never disagree;
the form just says it earlier, next to the field, instead of in a dialog after Save.

    v = FormValidator(self, submit=[save_button])
    v.add(self.name, rules.required(self.tr("enter a shop name")))
    v.add(self.price, rules.money())

* The field gets the dynamic property ``invalid`` (the style sheet draws a red border) and its
  accessible description carries the message for screen readers.
* The message appears in a small label *under* the field (in a QFormLayout: a row below it; in a
  box layout: right after it) once the person has changed the field, or for every field after
  :meth:`FormValidator.show_all`; a new, empty form does not greet anyone with errors.
* The submit buttons are disabled while any rule fails, with a tooltip listing what is wrong;
  ``set_allowed(False)`` keeps them disabled for other reasons (no permission, nothing changed).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QBoxLayout, QComboBox, QDateEdit,
                               QDoubleSpinBox, QFormLayout, QLabel, QLayout, QLineEdit, QPlainTextEdit,
                               QSpinBox, QTextEdit, QWidget)

Rule = Callable[[Any], "str | None"]


def value_of(widget: QWidget) -> Any:
    """What the person entered, as the rule sees it: text for text fields (stripped by the rule),
    the number of a spin box, the selected item's data (or text) of a combo box."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.toPlainText()
    if isinstance(widget, QDateEdit):
        return widget.date().toPython()
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        return widget.value()
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        return data if data is not None else (widget.currentText() if widget.isEditable() else None)
    raise TypeError(f"no value for {type(widget).__name__}")


def _connect(widget: QWidget, slot: Callable[..., None]) -> None:
    if isinstance(widget, QLineEdit):
        widget.textChanged.connect(slot)
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QDateEdit):
        widget.dateChanged.connect(slot)
    elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        widget.valueChanged.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(slot)
        if widget.isEditable():
            widget.editTextChanged.connect(slot)
    elif isinstance(widget, QAbstractSpinBox):
        widget.editingFinished.connect(slot)


def _place(widget: QWidget, label: QLabel) -> None:
    """Put the message label under (or beside) the field in whatever layout holds it."""
    parent = widget.parentWidget()
    layout = _layout_holding(parent.layout() if parent is not None else None, widget)
    if isinstance(layout, QFormLayout):
        row, _role = layout.getWidgetPosition(widget)
        if row < 0:  # the field sits inside a row's own layout
            for r in range(layout.rowCount()):
                item = layout.itemAt(r, QFormLayout.ItemRole.FieldRole)
                if item is not None and item.layout() is not None and _layout_holding(item.layout(), widget):
                    row = r
                    break
        layout.insertRow(row + 1, "", label)
    elif isinstance(layout, QBoxLayout):
        layout.insertWidget(layout.indexOf(widget) + 1, label)
    elif layout is not None:
        layout.addWidget(label)


def _layout_holding(layout: QLayout | None, widget: QWidget) -> QLayout | None:
    """The (possibly nested) layout that directly holds ``widget``."""
    if layout is None:
        return None
    if layout.indexOf(widget) >= 0:
        return layout
    for i in range(layout.count()):
        child = layout.itemAt(i).layout()
        found = _layout_holding(child, widget) if child is not None else None
        if found is not None:
            return found
    return None


@dataclass
class _Field:
    widget: QWidget
    rule: Rule
    label: QLabel
    name: str
    touched: bool = False
    message: str | None = None
    enabled: Callable[[], bool] = field(default=lambda: True)


class FormValidator(QObject):
    """Validates registered fields as they change; see the module docstring."""

    validity_changed = Signal(bool)

    def __init__(self, parent: QObject, submit: QAbstractButton | Sequence[QAbstractButton] = ()) -> None:
        super().__init__(parent)
        self.fields: list[_Field] = []
        self.submit: list[QAbstractButton] = [submit] if isinstance(submit, QAbstractButton) else list(submit)
        self._allowed = True
        self._valid = True
        self._form_checks: list[Callable[[], str | None]] = []
        self.form_label: QLabel | None = None

    # ------------------------------------------------------------------ set-up
    def add(self, widget: QWidget, rule: Rule, name: str = "", *, label: QLabel | None = None,
            when: Callable[[], bool] | None = None) -> QLabel:
        """Check ``widget`` with ``rule`` from now on. ``name`` prefixes the message in the Save
        button's tooltip ("Price: 'abc' is not a number"); ``when`` turns the rule off while it
        returns False (a field that only matters in some modes). Returns the message label."""
        if label is None:
            label = QLabel()
            label.setObjectName("fieldError")
            label.setWordWrap(True)
            _place(widget, label)
        label.setVisible(False)
        f = _Field(widget, rule, label, name or widget.accessibleName() or widget.objectName())
        if when is not None:
            f.enabled = when
        self.fields.append(f)

        def changed(*_args: Any) -> None:
            f.touched = True
            self.revalidate()
        _connect(widget, changed)
        self.revalidate()
        return label

    def add_check(self, check: Callable[[], str | None], label: QLabel | None = None) -> None:
        """A rule about several fields at once (e.g. max ≥ min); its message goes in ``label``."""
        self._form_checks.append(check)
        if label is not None:
            self.form_label = label
            label.setObjectName("fieldError")
            label.setVisible(False)
        self.revalidate()

    def set_allowed(self, allowed: bool) -> None:
        """Whether submitting is allowed for other reasons (permissions, nothing to save)."""
        self._allowed = allowed
        self._apply_buttons()

    # ------------------------------------------------------------------ checking
    def revalidate(self) -> bool:
        for f in self.fields:
            f.message = self._check(f)
            shown = f.message if f.touched else None
            f.label.setText(shown or "")
            f.label.setVisible(bool(shown))
            if bool(f.widget.property("invalid")) != bool(shown):
                f.widget.setProperty("invalid", bool(shown))
                f.widget.style().unpolish(f.widget)
                f.widget.style().polish(f.widget)
            f.widget.setAccessibleDescription(shown or "")
        form_messages = [m for m in (c() for c in self._form_checks) if m]
        if self.form_label is not None:
            self.form_label.setText("\n".join(form_messages))
            self.form_label.setVisible(bool(form_messages))
        valid = not any(f.message for f in self.fields) and not form_messages
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)
        self._apply_buttons()
        return valid

    def _check(self, f: _Field) -> str | None:
        if not f.enabled() or not f.widget.isEnabled():
            return None
        try:
            return f.rule(value_of(f.widget))
        except (ValueError, TypeError) as exc:   # a rule that raises instead of returning
            return str(exc) or self.tr("not a valid value")

    def _apply_buttons(self) -> None:
        problems = self.problems()
        for b in self.submit:
            b.setEnabled(self._allowed and not problems)
            b.setToolTip(self.tr("Fix first:") + "\n" + "\n".join(problems) if problems and self._allowed else "")

    def show_all(self) -> bool:
        """Show every field's message (e.g. when a form opens with stored values)."""
        for f in self.fields:
            f.touched = True
        return self.revalidate()

    # ------------------------------------------------------------------ reading
    def is_valid(self) -> bool:
        return self.revalidate()

    def problems(self) -> list[str]:
        out = [f"{f.name}: {f.message}" if f.name else f.message for f in self.fields if f.message]
        out += [m for m in (c() for c in self._form_checks) if m]
        return [m for m in out if m]

    def field_for(self, column: str) -> _Field | None:
        """The registered field a core problem's column names ("reason", "pack_size", "Shop
        name"), matched on the field's name without case, blanks or underscores mattering."""
        key = _plain_key(column)
        return next((f for f in self.fields if key and _plain_key(f.name) == key), None) if key else None

    def show_refusal(self, f: _Field, message: str) -> None:
        """Show a refusal from core beside its field (as if typed there) until the field changes:
        a rule only the service knows (a stricter check, a value taken meanwhile) still ends up
        where the person fixes it."""
        f.touched = True
        f.label.setText(message)
        f.label.setVisible(True)
        f.widget.setProperty("invalid", True)
        f.widget.style().unpolish(f.widget)
        f.widget.style().polish(f.widget)
        f.widget.setAccessibleDescription(message)

    def message_for(self, widget: QWidget) -> str | None:
        """The message currently shown beside ``widget`` (None when it is fine or untouched)."""
        for f in self.fields:
            if f.widget is widget:
                return f.label.text() or None
        raise KeyError(widget)

    def reset(self) -> None:
        """A freshly loaded form: nothing touched yet."""
        for f in self.fields:
            f.touched = False
        self.revalidate()

    def watch(self, widgets: Iterable[QWidget]) -> None:
        """Re-run the checks when these other widgets change (fields a rule depends on)."""
        for w in widgets:
            _connect(w, lambda *_a: self.revalidate())


def _plain_key(name: str) -> str:
    return " ".join(name.replace("_", " ").replace("&", "").lower().split())


def mark_refused_fields(widget: QWidget, problems: Sequence[Any]) -> dict[int, str]:
    """Put each of core's field problems (no file, no line) beside the form field it names, in
    the nearest form around ``widget`` (its own validators first, then its parents'); returns the
    form's name for each problem it placed ({id(problem): "Reason"})."""
    placed: dict[int, str] = {}
    todo = [p for p in problems if not getattr(p, "file", None) and getattr(p, "row", None) is None
            and getattr(p, "column", None)]
    w: QWidget | None = widget
    while todo and w is not None:
        for v in w.findChildren(FormValidator):
            for p in list(todo):
                f = v.field_for(p.column)
                if f is not None and f.widget.isVisibleTo(w.window()):
                    v.show_refusal(f, p.reason)
                    placed[id(p)] = f.name
                    todo.remove(p)
        if w.isWindow():
            break
        w = w.parentWidget()
    return placed


class TableValidator(QObject):
    """The same idea for a table of lines (order lines, invoice lines): each checked column has a
    rule; a refused cell is tinted and carries the message as its tooltip, the messages are listed
    in ``label`` under the table ("Line 2, quantity: must be more than 0"), and the submit
    buttons wait until every line is fine. Rows for which ``row_used`` is False (blank lines at
    the end) are not checked."""

    validity_changed = Signal(bool)

    def __init__(self, table: Any, rules: dict[int, Rule], label: QLabel,
                 submit: QAbstractButton | Sequence[QAbstractButton] = (),
                 row_used: Callable[[int], bool] | None = None, names: dict[int, str] | None = None,
                 text_of: Callable[[int, int], str] | None = None,
                 row_label: Callable[[int], str] | None = None) -> None:
        super().__init__(table)
        self.row_label = row_label or (lambda r: self.tr("Line {number}").format(number=r + 1))
        self.table, self.rules, self.label = table, rules, label
        self.submit = [submit] if isinstance(submit, QAbstractButton) else list(submit)
        self.names = names or {c: table.horizontalHeaderItem(c).text().lower()
                               for c in rules if table.horizontalHeaderItem(c) is not None}
        self.row_used = row_used or self._row_has_text
        self.text_of = text_of or self._cell_text
        self._allowed = True
        self._valid = True
        self.problems: list[tuple[int, int, str]] = []
        label.setObjectName("fieldError")
        label.setWordWrap(True)
        label.setVisible(False)
        table.itemChanged.connect(lambda _item: self.revalidate())
        self.revalidate()

    def _cell_text(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text() if item is not None else ""

    def _row_has_text(self, row: int) -> bool:
        return any(self._cell_text(row, c).strip() for c in range(self.table.columnCount()))

    def set_allowed(self, allowed: bool) -> None:
        self._allowed = allowed
        self._apply()

    def revalidate(self) -> bool:
        from PySide6.QtGui import QBrush, QColor
        self.problems = []
        blocked = self.table.blockSignals(True)   # tinting a cell is itself an itemChanged
        try:
            for r in range(self.table.rowCount()):
                used = self.row_used(r)
                for c, rule in self.rules.items():
                    msg = rule(self.text_of(r, c)) if used else None
                    item = self.table.item(r, c)
                    if msg:
                        self.problems.append((r, c, msg))
                    if item is not None:
                        item.setBackground(QBrush(QColor("#fde2e1")) if msg else QBrush())
                        item.setToolTip(msg or "")
        finally:
            self.table.blockSignals(blocked)
        lines = [f"{self.row_label(r)}, {self.names.get(c, '')}: {m}" for r, c, m in self.problems]
        self.label.setText("\n".join(lines))
        self.label.setVisible(bool(lines))
        valid = not self.problems
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)
        self._apply()
        return valid

    def _apply(self) -> None:
        for b in self.submit:
            b.setEnabled(self._allowed and self._valid)

    def is_valid(self) -> bool:
        return self.revalidate()
