"""Editors for typed settings, chosen from the setting's key or its ``kind``.

The Settings page and the first-run wizard both build their forms from
``core.kernel.settings.REGISTRY`` with these editors, so a setting an area registers later appears
on the Settings page without any GUI code: ``text``, ``multiline``, ``int``, ``decimal``, ``bool``,
``choice`` and ``json`` each have a generic editor; the shop's currency, locale, time zone, tax
rates, week start and opening hours get purpose-built ones.

Every editor has ``value()`` (what to hand to ``SettingSpec.parse``; may raise ValueError),
``set_value(v)``, ``set_editable(bool)`` and a ``changed`` signal.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, QTime, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QCompleter, QFormLayout, QStackedWidget,
                               QGridLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QSpinBox, QTableWidget,
                               QTableWidgetItem, QTimeEdit, QVBoxLayout, QWidget)

from core.kernel.i18n import _
from core.kernel.settings import DAYS, SECRET_NOT_SET, SECRET_SET, SettingSpec
from desktop.ui import AREA_WORDS, words

DAY_NAMES = (QT_TRANSLATE_NOOP("pages.settings.fields", "Monday"), QT_TRANSLATE_NOOP("pages.settings.fields", "Tuesday"), QT_TRANSLATE_NOOP("pages.settings.fields", "Wednesday"), QT_TRANSLATE_NOOP("pages.settings.fields", "Thursday"), QT_TRANSLATE_NOOP("pages.settings.fields", "Friday"), QT_TRANSLATE_NOOP("pages.settings.fields", "Saturday"), QT_TRANSLATE_NOOP("pages.settings.fields", "Sunday"))

# Locales most small shops will pick; anything else babel knows can be typed in.
COMMON_LOCALES = (
    "en_GB", "en_US", "en_IE", "en_AU", "en_CA", "en_NZ", "de_DE", "de_AT", "de_CH", "fr_FR",
    "fr_BE", "fr_CH", "fr_CA", "nl_NL", "nl_BE", "it_IT", "es_ES", "es_MX", "pt_PT", "pt_BR",
    "da_DK", "sv_SE", "nb_NO", "fi_FI", "pl_PL", "cs_CZ", "sk_SK", "hu_HU", "ro_RO", "el_GR",
    "tr_TR", "ja_JP", "zh_CN", "ko_KR", "hi_IN", "ar_AE", "he_IL", "ru_RU", "uk_UA",
)


@lru_cache(maxsize=1)
def currency_items() -> list[tuple[str, str]]:
    from babel import Locale
    names = Locale.parse("en").currencies
    return sorted((code, name) for code, name in names.items() if len(code) == 3 and code.isalpha())


@lru_cache(maxsize=1)
def locale_items() -> list[tuple[str, str]]:
    from babel import Locale
    out = []
    for ident in COMMON_LOCALES:
        try:
            out.append((ident, Locale.parse(ident).get_display_name("en") or ident))
        except Exception:  # noqa: BLE001 - a locale missing from this babel just isn't offered
            continue
    return out


@lru_cache(maxsize=1)
def timezone_items() -> list[str]:
    from zoneinfo import available_timezones
    return sorted(z for z in available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/")))


class Editor(QWidget):
    changed = Signal()

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def set_editable(self, editable: bool) -> None:
        self.setEnabled(editable)

    def focus_widget(self) -> QWidget:
        return self


def _wrap(editor: Editor, inner: QWidget) -> None:
    lay = QHBoxLayout(editor)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.addWidget(inner)
    editor.setFocusProxy(inner)


class TextEditor(Editor):
    def __init__(self, spec: SettingSpec | None = None) -> None:
        super().__init__()
        self.edit = QLineEdit()
        self.edit.textChanged.connect(self.changed)
        _wrap(self, self.edit)

    def value(self) -> Any:
        return self.edit.text()

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))


class SecretEditor(Editor):
    """A password or key: never shown, only "set" / "not set", and a Change button that opens a
    password field. An empty field saved after Change clears the secret."""

    def __init__(self, spec: SettingSpec | None = None) -> None:
        super().__init__()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel(SECRET_NOT_SET)
        self.status.setObjectName("secretStatus")
        self.status.setMinimumWidth(60)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setPlaceholderText(self.tr("new value (empty to remove)"))
        self.edit.textChanged.connect(self.changed)
        self.edit.hide()
        self.change_button = QPushButton(self.tr("Change…"))
        self.change_button.setObjectName("secretChange")
        self.change_button.clicked.connect(self._toggle)
        lay.addWidget(self.status)
        lay.addWidget(self.edit, 1)
        lay.addWidget(self.change_button)
        lay.addStretch(0)
        self.setFocusProxy(self.change_button)
        self._loaded = SECRET_NOT_SET
        self.changing = False

    def _toggle(self) -> None:
        self.changing = not self.changing
        self.edit.clear()
        self.edit.setVisible(self.changing)
        self.status.setVisible(not self.changing)
        self.change_button.setText(self.tr("Cancel") if self.changing else self.tr("Change…"))
        if self.changing:
            self.setFocusProxy(self.edit)
            self.edit.setFocus()
        else:
            self.setFocusProxy(self.change_button)
        self.changed.emit()

    def value(self) -> Any:
        return self.edit.text() if self.changing else self._loaded

    def set_value(self, value: Any) -> None:
        self._loaded = SECRET_SET if value == SECRET_SET else SECRET_NOT_SET
        self.status.setText(self._loaded)
        if self.changing:
            self._toggle()

    def set_editable(self, editable: bool) -> None:
        self.change_button.setEnabled(editable)
        self.edit.setEnabled(editable)


class MultilineEditor(Editor):
    def __init__(self, spec: SettingSpec | None = None) -> None:
        super().__init__()
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 4 + 14)
        self.edit.textChanged.connect(self.changed)
        _wrap(self, self.edit)

    def value(self) -> Any:
        return self.edit.toPlainText()

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))


class IntEditor(Editor):
    def __init__(self, spec: SettingSpec | None = None) -> None:
        super().__init__()
        self.spin = QSpinBox()
        self.spin.setRange(-1_000_000_000, 1_000_000_000)
        if spec is not None and spec.key == "app.backups_keep":
            self.spin.setRange(1, 3650)
        self.spin.setMaximumWidth(140)
        self.spin.valueChanged.connect(self.changed)
        _wrap(self, self.spin)
        self.layout().addStretch(1)

    def value(self) -> Any:
        return self.spin.value()

    def set_value(self, value: Any) -> None:
        try:
            self.spin.setValue(int(value))
        except (TypeError, ValueError):
            self.spin.setValue(0)


class DecimalEditor(TextEditor):
    def __init__(self, spec: SettingSpec | None = None) -> None:
        super().__init__(spec)
        self.edit.setMaximumWidth(160)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.layout().addStretch(1)


class BoolEditor(Editor):
    def __init__(self, spec: SettingSpec | None = None) -> None:
        super().__init__()
        self.box = QCheckBox(spec.label if spec else "")
        self.box.toggled.connect(self.changed)
        _wrap(self, self.box)

    def value(self) -> Any:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))


class ChoiceEditor(Editor):
    def __init__(self, spec: SettingSpec | None = None,
                 items: list[tuple[Any, str]] | None = None) -> None:
        super().__init__()
        self.combo = QComboBox()
        if items is None:      # the spec's plain words for each choice, never the stored code
            items = [(c, spec.choice_label(c)) for c in (spec.choices or ())] if spec else []
        for data, text in items:
            self.combo.addItem(text, data)
        self.combo.currentIndexChanged.connect(self.changed)
        self.combo.setMinimumWidth(200)
        _wrap(self, self.combo)
        self.layout().addStretch(1)

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        for i in range(self.combo.count()):
            if self.combo.itemData(i) == value:
                self.combo.setCurrentIndex(i)
                return
        self.combo.addItem(str(value), value)
        self.combo.setCurrentIndex(self.combo.count() - 1)


class WeekStartEditor(ChoiceEditor):
    def __init__(self, spec: SettingSpec | None = None) -> None:
        super().__init__(spec, [(i, QCoreApplication.translate("pages.settings.fields", name)) for i, name in enumerate(DAY_NAMES)])


class CodeComboEditor(Editor):
    """An editable drop-down of "CODE — name" items; the value is the code (typed or picked)."""

    def __init__(self, items: list[tuple[str, str]]) -> None:
        super().__init__()
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMinimumWidth(280)
        for code, name in items:
            self.combo.addItem(f"{code} — {name}" if name else code, code)
        completer = QCompleter(self.combo.model(), self.combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.combo.setCompleter(completer)
        self.combo.currentTextChanged.connect(self.changed)
        _wrap(self, self.combo)
        self.layout().addStretch(1)

    def value(self) -> Any:
        text = self.combo.currentText().strip()
        return text.split(" — ", 1)[0].strip()

    def set_value(self, value: Any) -> None:
        i = self.combo.findData(value)
        if i >= 0:
            self.combo.setCurrentIndex(i)
        else:
            self.combo.setEditText("" if value is None else str(value))


class CurrencyEditor(CodeComboEditor):
    def __init__(self, spec: SettingSpec | None = None) -> None:
        super().__init__(currency_items())


class LocaleEditor(CodeComboEditor):
    def __init__(self, spec: SettingSpec | None = None) -> None:
        super().__init__(locale_items())


class TimezoneEditor(CodeComboEditor):
    def __init__(self, spec: SettingSpec | None = None) -> None:
        super().__init__([(z, "") for z in timezone_items()])


class TaxRatesEditor(Editor):
    """A small table of tax codes, names and percentages, with Add and Remove."""

    def __init__(self, spec: SettingSpec | None = None) -> None:
        super().__init__()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("taxRates")
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name"), self.tr("Rate %")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.table.itemChanged.connect(lambda _i: self.changed.emit())
        lay.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add rate"))
        self.add_button.clicked.connect(self.add_rate)
        self.remove_button = QPushButton(self.tr("Remove selected"))
        self.remove_button.clicked.connect(self.remove_selected)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        lay.addLayout(row)
        self.setFocusProxy(self.table)

    def _append(self, code: str, name: str, rate: str) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, text in enumerate((code, name, rate)):
            item = QTableWidgetItem(text)
            if c == 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, c, item)

    def _fit_height(self) -> None:
        """As tall as its rows (at least three, at most eight), so no empty band or scrolling."""
        rows = min(max(self.table.rowCount(), 3), 8)
        h = self.table.horizontalHeader().sizeHint().height()
        row_h = self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(h + rows * row_h + 2 * self.table.frameWidth() + 8)

    def add_rate(self) -> None:
        self._append("", "", "0")
        self._fit_height()
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.table.editItem(self.table.item(self.table.rowCount() - 1, 0))
        self.changed.emit()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for r in rows:
            self.table.removeRow(r)
        self._fit_height()
        if rows:
            self.changed.emit()

    def value(self) -> Any:
        out = []
        for r in range(self.table.rowCount()):
            code, name, rate = ((self.table.item(r, c).text().strip() if self.table.item(r, c) else "")
                                for c in range(3))
            if not (code or name) and rate in ("", "0"):
                continue   # an empty row someone added and left
            out.append({"code": code, "name": name or code, "rate": rate.replace("%", "").strip()})
        return out

    def set_value(self, value: Any) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for item in value or []:
            rate = str(item.get("rate", ""))
            try:
                rate = format(Decimal(rate).normalize(), "f")
            except Exception:  # noqa: BLE001 - show what is stored, the parser will complain
                pass
            self._append(str(item.get("code", "")), str(item.get("name", "")), rate)
        self.table.blockSignals(False)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(0, max(self.table.columnWidth(0), 110))
        self._fit_height()

    def set_editable(self, editable: bool) -> None:
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers if editable
                                   else QAbstractItemView.EditTrigger.NoEditTriggers)
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable)


class OpeningHoursEditor(Editor):
    """One row per weekday: open or closed, and from/until times."""

    def __init__(self, spec: SettingSpec | None = None) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        self.rows: dict[str, tuple[QCheckBox, QTimeEdit, QTimeEdit]] = {}
        for i, (day, name) in enumerate(zip(DAYS, DAY_NAMES)):
            open_box = QCheckBox(QCoreApplication.translate("pages.settings.fields", name))
            open_box.setMinimumWidth(110)
            opens, closes = QTimeEdit(QTime(9, 0)), QTimeEdit(QTime(17, 30))
            for t in (opens, closes):
                t.setDisplayFormat("HH:mm")
                t.timeChanged.connect(self.changed)
            open_box.toggled.connect(self._sync)
            open_box.toggled.connect(self.changed)
            grid.addWidget(open_box, i, 0)
            grid.addWidget(opens, i, 1)
            grid.addWidget(QLabel(self.tr("until")), i, 2)
            grid.addWidget(closes, i, 3)
            self.rows[day] = (open_box, opens, closes)
        grid.setColumnStretch(4, 1)
        self._editable = True
        self.setFocusProxy(self.rows["mon"][0])

    def _sync(self) -> None:
        for box, opens, closes in self.rows.values():
            opens.setEnabled(self._editable and box.isChecked())
            closes.setEnabled(self._editable and box.isChecked())

    def value(self) -> Any:
        return {day: ([o.time().toString("HH:mm"), c.time().toString("HH:mm")] if box.isChecked() else [])
                for day, (box, o, c) in self.rows.items()}

    def set_value(self, value: Any) -> None:
        value = value or {}
        for day, (box, opens, closes) in self.rows.items():
            span = value.get(day) or []
            box.setChecked(bool(span))
            if span:
                opens.setTime(QTime.fromString(span[0], "HH:mm"))
                closes.setTime(QTime.fromString(span[1], "HH:mm"))
        self._sync()

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        for box, _o, _c in self.rows.values():
            box.setEnabled(editable)
        self._sync()


class LettersEditor(Editor):
    """Letter templates (payment reminders): per level the days overdue, a subject line and the
    letter as multi-line text — the stored list of dicts never shows as JSON."""

    MAX_LEVELS = 3

    def __init__(self, spec: SettingSpec | None = None, wording_only: bool = False) -> None:
        """``wording_only``: a language version — each letter's subject and text; when each is sent
        stays the shop's one setting, and a letter left empty is the default one."""
        super().__init__()
        from PySide6.QtWidgets import QGroupBox
        self.wording_only = wording_only
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.levels: list[tuple[QGroupBox, QSpinBox, QLineEdit, QPlainTextEdit]] = []
        for i in range(self.MAX_LEVELS):
            box = QGroupBox(self.tr("Letter {number}").format(number=i + 1))
            box.setCheckable(i > 0 and not wording_only)   # the first letter is always sent; later ones may be left out
            form = QFormLayout(box)
            days = QSpinBox()
            days.setRange(1, 365)
            days.setSuffix(self.tr(" days overdue"))
            days.setMaximumWidth(180)
            subject = QLineEdit()
            body = QPlainTextEdit()
            body.setTabChangesFocus(True)
            body.setMinimumHeight(body.fontMetrics().lineSpacing() * 6 + 14)
            for w, label in ((days, self.tr("Send when")), (subject, self.tr("Subject")), (body, self.tr("Letter"))):
                if w is days and wording_only:
                    days.hide()
                    continue
                form.addRow(label, w)
            days.valueChanged.connect(self.changed)
            subject.textChanged.connect(self.changed)
            body.textChanged.connect(self.changed)
            box.toggled.connect(self.changed)
            lay.addWidget(box)
            self.levels.append((box, days, subject, body))
        self.setFocusProxy(self.levels[0][1])

    def value(self) -> Any:
        out = []
        if self.wording_only:
            letters = [{"level": i, "subject": subject.text(), "body": body.toPlainText()}
                       for i, (_box, _days, subject, body) in enumerate(self.levels, start=1)]
            return letters if any(x["subject"].strip() or x["body"].strip() for x in letters) else []
        for box, days, subject, body in self.levels:
            if box.isCheckable() and not box.isChecked():
                continue
            out.append({"level": len(out) + 1, "days_overdue": days.value(), "subject": subject.text(),
                        "body": body.toPlainText()})
        return out

    def set_value(self, value: Any) -> None:
        items = list(value or [])
        for i, (box, days, subject, body) in enumerate(self.levels):
            item = items[i] if i < len(items) else {}
            if box.isCheckable():
                box.setChecked(bool(item))
            days.setValue(int(item.get("days_overdue", 7 * (i + 1) * (i + 1))))
            subject.setText(str(item.get("subject", "")))
            body.setPlainText(str(item.get("body", "")))

    def set_editable(self, editable: bool) -> None:
        for box, _days, subject, body in self.levels:
            box.setEnabled(editable)
            subject.setReadOnly(not editable)
            body.setReadOnly(not editable)


def placeholder_text(spec: SettingSpec) -> str:
    """The placeholders a template accepts, one per line: "{customer} — the customer's name" (the
    meaning in the user's language, the name as it is typed)."""
    return "\n".join(f"{{{name}}} — {_(meaning)}" for name, meaning in spec.placeholders)


class JsonEditor(Editor):
    """Fallback for structured settings no purpose-built editor knows: JSON text."""

    def __init__(self, spec: SettingSpec | None = None) -> None:
        super().__init__()
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 6 + 14)
        self.edit.textChanged.connect(self.changed)
        _wrap(self, self.edit)

    def value(self) -> Any:
        try:
            return json.loads(self.edit.toPlainText() or "null")
        except json.JSONDecodeError as exc:
            raise ValueError(self.tr("not valid JSON (line {lineno}, column {colno}: {msg})").format(lineno=exc.lineno, colno=exc.colno, msg=exc.msg)) from None

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText(json.dumps(value, indent=2, ensure_ascii=False))


ROLE_CHOICES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("pages.settings.fields", "Owner only"), ("owner",)),
    (QT_TRANSLATE_NOOP("pages.settings.fields", "Owner and staff"), ("owner", "staff")),
    (QT_TRANSLATE_NOOP("pages.settings.fields", "Owner and bookkeeper"), ("bookkeeper", "owner")),
    (QT_TRANSLATE_NOOP("pages.settings.fields", "Owner, staff and bookkeeper"), ("bookkeeper", "owner", "staff")),
)


def _roles_words(roles: Any) -> str:
    wanted = tuple(sorted(str(r) for r in roles))
    return next((QCoreApplication.translate("pages.settings.fields", label) for label, rs in ROLE_CHOICES if rs == wanted), ", ".join(wanted))


class DecideRolesEditor(Editor):
    """Who decides which kind of suggestion: one line per kind (its title) with a choice of roles.
    A kind left on "As usual" keeps the default its area gave it; the stored value lists only the
    others."""

    def __init__(self, spec: SettingSpec | None = None) -> None:
        super().__init__()
        from core.inbox.kinds import load_kinds          # the registry only: no database
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        specs = sorted(load_kinds().values(), key=lambda k: (k.area, k.title_shown.lower()))
        self.boxes: dict[str, QComboBox] = {}
        self.titles: dict[str, QLabel] = {}
        self._extra: dict[str, Any] = {}
        for r, k in enumerate(specs):
            title = QLabel(k.title_shown)
            title.setWordWrap(True)
            title.setToolTip(_(k.description) if k.description else k.title_shown)
            box = QComboBox()
            box.setObjectName(f"decide_{k.kind}")
            box.setAccessibleName(self.tr("Who decides: {title}").format(title=k.title_shown))
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(27)
            box.addItem(self.tr("As usual ({roles})").format(roles=_roles_words((r_.value for r_ in k.default_roles)).lower()), None)
            for label, roles in ROLE_CHOICES:
                box.addItem(QCoreApplication.translate("pages.settings.fields", label), list(roles))
            if k.value_limit_setting:
                box.setToolTip(self.tr("Staff decide only up to the order limit set below; above it the owner."))
            box.currentIndexChanged.connect(lambda _i: self.changed.emit())
            title.setBuddy(box)
            grid.addWidget(title, r, 0)
            grid.addWidget(box, r, 1)
            self.boxes[k.kind] = box
            self.titles[k.kind] = title
        grid.setColumnStretch(0, 1)
        first = next(iter(self.boxes.values()), None)
        if first is not None:
            self.setFocusProxy(first)

    def value(self) -> Any:
        out = dict(self._extra)                     # kinds no area registers now are kept as they are
        for kind, box in self.boxes.items():
            roles = box.currentData()
            if roles is not None:
                out[kind] = list(roles)
        return out

    def set_value(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        self._extra = {k: v for k, v in value.items() if k not in self.boxes}
        for kind, box in self.boxes.items():
            box.blockSignals(True)
            roles = value.get(kind)
            index = 0
            if roles is not None:
                wanted = sorted(set(map(str, roles)) | {"owner"})
                index = next((i for i in range(1, box.count()) if sorted(box.itemData(i)) == wanted), 0)
            box.setCurrentIndex(index)
            box.blockSignals(False)

    def set_editable(self, editable: bool) -> None:
        for box in self.boxes.values():
            box.setEnabled(editable)


class AreasOffEditor(Editor):
    """Which areas' automation runs on schedule: a tick per area, its jobs named beside it. The
    setting stores the areas switched off (unticked)."""

    def __init__(self, spec: SettingSpec | None = None) -> None:
        super().__init__()
        from core.automation.registry import load_jobs    # the registry only: no database
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        by_area: dict[str, list[str]] = {}
        for job in load_jobs().values():
            by_area.setdefault(job.area, []).append(_(job.title))
        self.boxes: dict[str, QCheckBox] = {}
        self._extra: list[str] = []
        for r, area in enumerate(sorted(by_area)):
            area_name = words(area, AREA_WORDS)
            box = QCheckBox(area_name[:1].upper() + area_name[1:])
            box.setObjectName(f"area_{area}")
            box.setAccessibleName(self.tr("{area} automation runs on schedule").format(area=area_name))
            box.toggled.connect(lambda _on: self.changed.emit())
            jobs = QLabel(", ".join(sorted(by_area[area])))
            jobs.setObjectName("fieldHelp")
            jobs.setWordWrap(True)
            jobs.setBuddy(box)
            grid.addWidget(box, r, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(jobs, r, 1)
            self.boxes[area] = box
        grid.setColumnStretch(1, 1)
        first = next(iter(self.boxes.values()), None)
        if first is not None:
            self.setFocusProxy(first)

    def value(self) -> Any:
        return sorted(set(self._extra) | {a for a, box in self.boxes.items() if not box.isChecked()})

    def set_value(self, value: Any) -> None:
        off = {str(a) for a in (value or [])}
        self._extra = sorted(off - set(self.boxes))
        for area, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(area not in off)
            box.blockSignals(False)

    def set_editable(self, editable: bool) -> None:
        for box in self.boxes.values():
            box.setEnabled(editable)


BY_KEY: dict[str, Callable[[SettingSpec], Editor]] = {
    "shop.currency": CurrencyEditor,
    "shop.locale": LocaleEditor,
    "shop.timezone": TimezoneEditor,
    "shop.tax_rates": TaxRatesEditor,
    "shop.week_start": WeekStartEditor,
    "shop.opening_hours": OpeningHoursEditor,
    "invoicing.reminders": LettersEditor,
    "inbox.decide_roles": DecideRolesEditor,
    "automation.areas_off": AreasOffEditor,
}

BY_KIND: dict[str, Callable[[SettingSpec], Editor]] = {
    "text": TextEditor, "multiline": MultilineEditor, "int": IntEditor, "decimal": DecimalEditor,
    "bool": BoolEditor, "choice": ChoiceEditor, "json": JsonEditor, "currency": CurrencyEditor,
    "locale": LocaleEditor, "timezone": TimezoneEditor, "weekday": WeekStartEditor,
}


def editor_for(spec: SettingSpec) -> Editor:
    if spec.secret:
        return SecretEditor(spec)
    if spec.key in BY_KEY:
        return BY_KEY[spec.key](spec)
    if spec.kind == "choice" and not spec.choices:
        return TextEditor(spec)
    return BY_KIND.get(spec.kind, TextEditor)(spec)


class SettingsForm(QWidget):
    """A form of settings: label, editor, help line and an error line under each field."""

    changed = Signal()
    validity_changed = Signal(bool)   # False while a field holds a value its setting refuses

    def __init__(self, specs: list[SettingSpec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.specs = {s.key: s for s in specs}
        self.editors: dict[str, Editor] = {}
        self.errors: dict[str, QLabel] = {}
        self.placeholders: dict[str, QLabel] = {}
        self.invalid: dict[str, str] = {}   # key -> message shown beside the field right now
        self._loaded: dict[str, Any] = {}
        form = QFormLayout(self)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(16)
        self.form = form
        for spec in specs:
            editor = editor_for(spec)
            editor.setObjectName(f"setting:{spec.key}")
            editor.changed.connect(self.changed)
            editor.changed.connect(lambda k=spec.key: self.check_field(k))
            box = QWidget()
            col = QVBoxLayout(box)
            col.setContentsMargins(0, 0, 0, 0)
            col.setSpacing(2)
            col.addWidget(editor)
            if spec.help:
                help_label = QLabel(spec.help)
                help_label.setObjectName("fieldHelp")
                help_label.setWordWrap(True)
                col.addWidget(help_label)
            if spec.placeholders:
                places = QLabel(self.tr("Placeholders you can use:\n") + placeholder_text(spec))
                places.setObjectName("fieldHelp")
                places.setAccessibleName(self.tr("Placeholders for {label}").format(label=spec.label))
                places.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                col.addWidget(places)
                self.placeholders[spec.key] = places
            err = QLabel()
            err.setObjectName("fieldError")
            err.setWordWrap(True)
            err.hide()
            col.addWidget(err)
            label = "" if isinstance(editor, BoolEditor) else spec.label
            lbl = QLabel(label)
            lbl.setBuddy(editor)
            form.addRow(lbl, box)
            self.editors[spec.key] = editor
            self.errors[spec.key] = err
            if spec.per_language:
                self._add_language_versions(spec, editor)

    def _add_language_versions(self, spec: SettingSpec, editor: Editor) -> None:
        """A row under a setting the shop may word per language (reminder letters, payment
        details): pick a language, write what customers who read it get; left empty, they get the
        value above. Each version is its own field (``KEY@LANG``) saved with the form."""
        from core.kernel.i18n import LANGUAGES
        from core.kernel.settings import language_key
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        pick = QComboBox()
        pick.setObjectName(f"languages:{spec.key}")
        pick.setAccessibleName(self.tr("{label}: the version for customers who read").format(label=spec.label))
        pick.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        stack = QStackedWidget()
        col.addWidget(pick, 0, Qt.AlignmentFlag.AlignLeft)
        col.addWidget(stack)
        for lang, name in LANGUAGES.items():
            key = language_key(spec.key, lang)
            version = LettersEditor(spec, wording_only=True) if isinstance(editor, LettersEditor) else editor_for(spec)
            version.setObjectName(f"setting:{key}")
            version.setAccessibleName(self.tr("{label} for customers who read {language}").format(
                label=spec.label, language=name))
            version.changed.connect(self.changed)
            version.changed.connect(lambda k=key: self.check_field(k))
            pick.addItem(name, key)
            stack.addWidget(version)
            err = QLabel()
            err.setObjectName("fieldError")
            err.setWordWrap(True)
            err.hide()
            col.addWidget(err)
            self.specs[key] = spec
            self.editors[key] = version
            self.errors[key] = err
        pick.currentIndexChanged.connect(stack.setCurrentIndex)
        note = QLabel(self.tr("Customers who read the language chosen get this version; left empty, they get "
                              "the one above."))
        note.setObjectName("fieldHelp")
        note.setWordWrap(True)
        col.addWidget(note)
        lbl = QLabel(self.tr("{label}, per language").format(label=spec.label))
        lbl.setWordWrap(True)
        lbl.setBuddy(pick)
        self.form.addRow(lbl, box)

    def _parse(self, key: str, raw: Any) -> Any:
        """``raw`` as the setting stores it; a language version left empty is None (removed)."""
        spec = self.specs[key]
        if "@" in key:
            if raw in (None, "", []) or (isinstance(raw, str) and not raw.strip()):
                return None
            return (spec.parse_language or spec.parse)(raw)
        value = spec.parse(raw)
        if spec.choices is not None and value not in spec.choices:
            raise ValueError(self.tr("'{v}' is not one of the choices").format(v=raw))
        return value

    def set_values(self, values: dict[str, Any]) -> None:
        for key, editor in self.editors.items():
            v = values.get(key, None if "@" in key else self.specs[key].default)
            editor.blockSignals(True)
            editor.set_value(v)
            editor.blockSignals(False)
            self._loaded[key] = v
        self.clear_errors()

    def set_editable(self, can_edit: Callable[[SettingSpec], bool]) -> None:
        for key, editor in self.editors.items():
            editor.set_editable(can_edit(self.specs[key]))

    def raw_values(self) -> tuple[dict[str, Any], dict[str, str]]:
        values, errors = {}, {}
        for key, editor in self.editors.items():
            try:
                values[key] = editor.value()
            except ValueError as exc:
                errors[key] = str(exc)
        return values, errors

    def validate(self) -> tuple[dict[str, Any], dict[str, str]]:
        """(parsed values, errors by key) using each setting's own parser from core."""
        raw, errors = self.raw_values()
        parsed = {}
        for key, v in raw.items():
            try:
                parsed[key] = self._parse(key, v)
            except (ValueError, TypeError, KeyError, IndexError, AttributeError, ArithmeticError) as exc:
                errors[key] = str(exc) or self.tr("invalid value")
        return parsed, errors

    def changed_values(self) -> tuple[dict[str, Any], dict[str, str]]:
        """Only what differs from the loaded values (so an unchanged form writes nothing)."""
        parsed, errors = self.validate()
        loaded = {}
        for key in list(parsed):
            editor = self.editors[key]
            if isinstance(editor, SecretEditor):   # a secret changes only when Change was used
                if not editor.changing:
                    del parsed[key]
                continue
            try:
                loaded[key] = (self._parse(key, self._loaded.get(key)) if "@" in key else
                               self.specs[key].parse(self._loaded.get(key, self.specs[key].default)))
            except Exception:  # noqa: BLE001 - a stored value the parser dislikes counts as changed
                loaded[key] = object()
        return {k: v for k, v in parsed.items() if k not in loaded or loaded[k] != v}, errors

    def check_field(self, key: str) -> str | None:
        """Check one field as it is edited, with its setting's own parser from core (the same
        check ``SettingsService.update`` makes), and show the message under it at once."""
        editor = self.editors[key]
        msg: str | None = None
        if editor.isEnabled():
            try:
                self._parse(key, editor.value())
            except (ValueError, TypeError, KeyError, IndexError, AttributeError, ArithmeticError) as exc:
                msg = str(exc) or self.tr("invalid value")
        was_valid = not self.invalid
        if msg:
            self.invalid[key] = msg
        else:
            self.invalid.pop(key, None)
        self._mark(key, msg)
        if was_valid != (not self.invalid):
            self.validity_changed.emit(not self.invalid)
        return msg

    def _mark(self, key: str, msg: str | None) -> None:
        label, editor = self.errors[key], self.editors[key]
        label.setText(msg or "")
        label.setVisible(bool(msg))
        field = editor.focusProxy() or editor   # the line edit or box inside, which the style marks
        if bool(field.property("invalid")) != bool(msg):
            field.setProperty("invalid", bool(msg))
            field.style().unpolish(field)
            field.style().polish(field)
        field.setAccessibleDescription(msg or "")

    def show_errors(self, errors: dict[str, str]) -> None:
        was_valid = not self.invalid
        self.invalid = dict(errors)
        for key in self.errors:
            self._mark(key, errors.get(key))
        if was_valid != (not self.invalid):
            self.validity_changed.emit(not self.invalid)
        if errors:
            first = next(k for k in self.editors if k in errors)
            self.editors[first].setFocus()

    def clear_errors(self) -> None:
        self.show_errors({})

    def key_for_label(self, label: str) -> str | None:
        for key, spec in self.specs.items():
            if spec.label == label:
                return key
        return None
