"""The one import panel every area uses (inventory's Import tab, invoicing's Import dialog…).

The person chooses what to import and the file, optionally says which column holds which field,
and then either *checks* the file (a dry run: every problem listed, nothing written) or *imports*
it (all or nothing, unless they chose to skip invalid rows). The work runs off the GUI thread with
a progress bar and a Cancel button (the kernel's progress protocol, ``core.kernel.progress``);
problems are listed one per row with the file, row and column they are in.

Nothing here announces a change: pages refresh from what core says it wrote. ``imported`` is for
the caller's own follow-up (e.g. select what arrived), and is emitted only when rows were written.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QProgressBar, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from core.kernel.errors import Problem
from core.kernel.progress import Cancelled, Progress

if TYPE_CHECKING:
    from core.io.tabular import ImportReport
    from desktop.context import DesktopContext

# run(path, mapping, dry_run, skip_invalid, progress) -> ImportReport, on a worker thread
ImportRun = Callable[[Path, dict[str, str], bool, bool, Progress], "ImportReport"]
PROBLEM_COLUMNS = (QT_TRANSLATE_NOOP("ImportPanel", "File"), QT_TRANSLATE_NOOP("ImportPanel", "Row"),
                   QT_TRANSLATE_NOOP("ImportPanel", "Column"), QT_TRANSLATE_NOOP("ImportPanel", "Problem"))
FIDELITY_COLUMNS = ("", QT_TRANSLATE_NOOP("ImportPanel", "Rows"), QT_TRANSLATE_NOOP("ImportPanel", "Quantity"),
                    QT_TRANSLATE_NOOP("ImportPanel", "Money"))


@dataclass(frozen=True)
class ImportTarget:
    """One thing that can be imported: its name in the list, how to run it, a mapping example."""

    key: str
    title: str
    run: ImportRun
    mapping_hint: str = ""
    allowed: bool = True


class ImportPanel(QWidget):
    finished = Signal(object)      # the report, or the exception (Cancelled included)
    imported = Signal(object)      # a report of an import that wrote (never after "Check file")

    def __init__(self, ctx: DesktopContext, targets: Sequence[ImportTarget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPanel")
        self.ctx = ctx
        self.targets = list(targets)
        self.progress_handle: Any = None
        self.last_report: Any = None
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("importKind")
        for t in self.targets:
            self.kind.addItem(t.title, t.key)
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.setPlaceholderText(self.tr("a CSV or XLSX file"))
        self.browse = QPushButton(self.tr("Choose file…"))
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        self.mapping = QLineEdit()
        self.mapping.setObjectName("importMapping")
        self.skip_invalid = QCheckBox(self.tr("Import the valid rows and skip invalid ones"))
        self.skip_invalid.setObjectName("importSkipInvalid")
        if len(self.targets) > 1:
            form.addRow(self.tr("What"), self.kind)
        else:
            self.kind.hide()
        form.addRow(self.tr("File"), row)
        form.addRow(self.tr("Column mapping"), self.mapping)
        form.addRow("", self.skip_invalid)
        lay.addLayout(form)
        bar = QHBoxLayout()
        self.check_btn = QPushButton(self.tr("Check file"))
        self.check_btn.setObjectName("importCheck")
        self.check_btn.setToolTip(self.tr("Read the file and list every problem; nothing is written"))
        self.import_btn = QPushButton(self.tr("Import"))
        self.import_btn.setObjectName("importApply")
        self.cancel_btn = QPushButton(self.tr("Cancel"))
        self.cancel_btn.setObjectName("importCancel")
        self.cancel_btn.setEnabled(False)
        self.bar = QProgressBar()
        self.bar.setObjectName("importProgress")
        self.bar.setTextVisible(True)
        keep = self.bar.sizePolicy()
        keep.setRetainSizeWhenHidden(True)        # shown only while working; the row does not jump
        self.bar.setSizePolicy(keep)
        for w in (self.check_btn, self.import_btn, self.cancel_btn):
            bar.addWidget(w)
        bar.addWidget(self.bar, 1)
        lay.addLayout(bar)
        self.result = QLabel()
        self.result.setObjectName("importResult")
        self.result.setWordWrap(True)
        self.problems = QTableWidget(0, len(PROBLEM_COLUMNS))
        self.problems.setObjectName("importProblems")
        self.problems.setHorizontalHeaderLabels([self.tr(c) for c in PROBLEM_COLUMNS])
        self.problems.verticalHeader().setVisible(False)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for c, w in ((0, 140), (1, 50), (2, 120)):
            self.problems.setColumnWidth(c, w)
        self.fidelity = QTableWidget(0, len(FIDELITY_COLUMNS))
        self.fidelity.setObjectName("importFidelity")
        self.fidelity.setAccessibleName(self.tr("Fidelity report: rows read, imported and skipped, with their totals"))
        self.fidelity.setHorizontalHeaderLabels([self.tr(c) if c else "" for c in FIDELITY_COLUMNS])
        self.fidelity.verticalHeader().setVisible(False)
        self.fidelity.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fidelity.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fidelity.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, len(FIDELITY_COLUMNS)):
            self.fidelity.horizontalHeader().setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.fidelity.setVisible(False)
        self.fidelity_note = QLabel()
        self.fidelity_note.setObjectName("importFidelityNote")
        self.fidelity_note.setWordWrap(True)
        self.fidelity_note.setVisible(False)
        lay.addWidget(self.result)
        lay.addWidget(self.fidelity)
        lay.addWidget(self.fidelity_note)
        lay.addWidget(self.problems, 1)
        self.browse.clicked.connect(self._browse)
        self.check_btn.clicked.connect(lambda: self.start(dry_run=True))
        self.import_btn.clicked.connect(lambda: self.start(dry_run=False))
        self.cancel_btn.clicked.connect(self.cancel)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed(self.kind.currentIndex())

    # ------------------------------------------------------------------ choosing
    def target(self) -> ImportTarget:
        return self.targets[max(self.kind.currentIndex(), 0)]

    def set_kind(self, key: str) -> None:
        i = self.kind.findData(key)
        if i < 0:
            raise KeyError(f"no import called {key!r} here")
        self.kind.setCurrentIndex(i)

    def _kind_changed(self, _index: int) -> None:
        t = self.target()
        self.mapping.setPlaceholderText(self.tr("optional: {mapping_hint}").format(mapping_hint=t.mapping_hint) if t.mapping_hint else self.tr("optional"))
        self._set_running(False)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import: {what}").format(what=self.target().title), "",
                                              self.tr("Tables (*.csv *.xlsx *.txt)"))
        if path:
            self.path.setText(path)

    # ------------------------------------------------------------------ running
    def start(self, dry_run: bool) -> None:
        from core.io.tabular import parse_map_args
        from desktop.ui import show_error
        try:
            mapping = parse_map_args([m.strip() for m in self.mapping.text().split(",") if m.strip()])
        except Exception as exc:  # noqa: BLE001 - shown to the person
            show_error(self, exc)
            return
        if not self.path.text().strip():
            self.result.setText(self.tr("Choose a file first."))
            return
        target, path, skip = self.target(), Path(self.path.text().strip()), self.skip_invalid.isChecked()
        self.show_problems([])
        self.show_fidelity(None)
        self.result.setText(self.tr("Checking…") if dry_run else self.tr("Importing…"))
        self._set_running(True)
        self.bar.setRange(0, 0)
        self.progress_handle = self.ctx.tasks.run_with_progress(
            lambda progress: target.run(path, mapping, dry_run, skip, progress),
            on_progress=self._progress, on_done=self._done, on_error=self._failed)

    def cancel(self) -> None:
        if self.progress_handle is not None:
            self.progress_handle.cancel()

    def _set_running(self, running: bool) -> None:
        allowed = self.target().allowed
        self.check_btn.setEnabled(allowed and not running)
        self.import_btn.setEnabled(allowed and not running)
        self.cancel_btn.setEnabled(running)
        self.kind.setEnabled(not running)
        self.bar.setVisible(running)
        if not running:
            self.bar.setRange(0, 1)
            self.bar.setValue(0)
            self.bar.setFormat("")

    def _progress(self, done: int, total: int | None, text: str) -> None:
        self.bar.setRange(0, max(total or 0, 1))
        self.bar.setValue(min(done, total or done))
        self.bar.setFormat(text)

    def _done(self, report: Any) -> None:
        self._set_running(False)
        self.progress_handle = None
        self.last_report = report
        self.result.setText(report.summary())
        self.show_fidelity(report)
        self.show_problems(report.problems)
        if not report.dry_run and report.rows_written:
            self.imported.emit(report)
        self.finished.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self._set_running(False)
        self.progress_handle = None
        self.show_fidelity(None)
        if isinstance(exc, Cancelled):
            self.result.setText(self.tr("Import cancelled: nothing was written."))
            self.show_problems([])
        else:
            from desktop.ui import plain_words
            problems = getattr(exc, "problems", [])
            # an import's own refusal is the result; anything else is explained like any error
            self.result.setText(str(exc) if problems or not _is_bug(exc) else " ".join(plain_words(exc)))
            self.show_problems(problems)
            if _is_bug(exc):
                from desktop.ui import show_error
                show_error(self, exc)
        self.finished.emit(exc)

    # ------------------------------------------------------------------ fidelity
    def show_fidelity(self, report: Any) -> None:
        """Rows read, imported, already there and skipped (by reason), with the file's quantity
        and money beside what was stored — the same figures the command line prints."""
        from PySide6.QtCore import Qt
        rows = report.fidelity() if report is not None else []
        fm = self.ctx.formats
        q_on, m_on = report.measures if report is not None else (False, False)
        self.fidelity.setRowCount(len(rows))
        for r, (label, n, qty, money) in enumerate(rows):
            cells = (label, "" if n is None else fm.number(n), fm.quantity(qty) if qty is not None else "",
                     fm.amount(money) if money is not None else "")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.fidelity.setItem(r, c, item)
        self.fidelity.setColumnHidden(2, not q_on)
        self.fidelity.setColumnHidden(3, not m_on)
        self.fidelity.setVisible(bool(rows))
        if rows:     # as tall as its rows: a report, not a list to scroll
            self.fidelity.resizeRowsToContents()
            self.fidelity.setFixedHeight(self.fidelity.horizontalHeader().sizeHint().height()
                                         + sum(self.fidelity.rowHeight(i) for i in range(len(rows)))
                                         + 2 * self.fidelity.frameWidth() + 2)
        unread = report.unread if report is not None and (q_on or m_on) else 0
        self.fidelity_note.setText(QCoreApplication.translate(
            "ImportPanel", "{number} row(s) could not be read: their quantity and money are not in the totals.",
            None, unread).format(number=fm.number(unread)) if unread else "")
        self.fidelity_note.setVisible(bool(unread))

    def fidelity_texts(self) -> list[list[str]]:
        """The fidelity table's cells, row by row (as shown)."""
        return [[self.fidelity.item(r, c).text() for c in range(self.fidelity.columnCount())
                 if not self.fidelity.isColumnHidden(c)] for r in range(self.fidelity.rowCount())]

    # ------------------------------------------------------------------ problems
    def show_problems(self, problems: Sequence[Any]) -> None:
        self.problems.setRowCount(len(problems))
        for r, p in enumerate(problems):
            cells = ((p.file or "", "" if p.row is None else str(p.row), p.column or "", p.reason)
                     if isinstance(p, Problem) else ("", "", "", str(p)))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(p))
                self.problems.setItem(r, c, item)
        self.problems.setVisible(bool(problems))

    def problem_texts(self) -> list[str]:
        """Each listed problem as one line, as the command line prints it."""
        return [self.problems.item(r, 0).toolTip() for r in range(self.problems.rowCount())]


def _is_bug(exc: BaseException) -> bool:
    from core.kernel.errors import DeskmateError
    return not isinstance(exc, DeskmateError)
