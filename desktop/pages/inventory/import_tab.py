"""The Import tab: sales, products, suppliers or stock from a CSV/XLSX file."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QProgressBar, QPushButton, QVBoxLayout, QWidget)

from core.users.permissions import Perm
from desktop.ui import show_error

if TYPE_CHECKING:
    from desktop.context import DesktopContext


class ImportTab(QWidget):
    """Import a CSV/XLSX file in the background, with progress and cancel; problems are listed."""

    finished = Signal(object)

    def __init__(self, ctx: DesktopContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.progress_handle: Any = None
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = QComboBox()
        for k in ("sales", "products", "suppliers", "stock"):
            self.kind.addItem(k)
        self.path = QLineEdit()
        browse = QPushButton("Choose file…")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.mapping = QLineEdit()
        self.mapping.setPlaceholderText("optional: sku=Code, quantity=Qty")
        self.dry_run = QCheckBox("Dry run (check only, write nothing)")
        self.skip_invalid = QCheckBox("Import the valid rows and skip invalid ones")
        form.addRow("What", self.kind)
        form.addRow("File", row)
        form.addRow("Column mapping", self.mapping)
        form.addRow("", self.dry_run)
        form.addRow("", self.skip_invalid)
        lay.addLayout(form)
        bar = QHBoxLayout()
        self.start = QPushButton("Import")
        self.cancel = QPushButton("Cancel")
        self.cancel.setEnabled(False)
        self.bar = QProgressBar()
        bar.addWidget(self.start)
        bar.addWidget(self.cancel)
        bar.addWidget(self.bar, 1)
        lay.addLayout(bar)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.problems = QListWidget()
        lay.addWidget(self.result)
        lay.addWidget(self.problems, 1)
        browse.clicked.connect(self._browse)
        self.start.clicked.connect(self.run_import)
        self.cancel.clicked.connect(self._cancel)
        self.start.setEnabled(ctx.can(Perm.IMPORT_DATA))

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Import file", "", "Tables (*.csv *.xlsx *.txt)")
        if path:
            self.path.setText(path)

    def run_import(self) -> None:
        from core.io.tabular import parse_map_args
        try:
            mapping = parse_map_args([m.strip() for m in self.mapping.text().split(",") if m.strip()])
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.problems.clear()
        self.result.setText("Importing…")
        self.start.setEnabled(False)
        self.cancel.setEnabled(True)
        self.bar.setRange(0, 0)
        inv = self.ctx.app.inventory
        self.progress_handle = self.ctx.tasks.run_with_progress(
            inv.import_file, self.ctx.actor, self.kind.currentText(), Path(self.path.text()),
            mapping=mapping, dry_run=self.dry_run.isChecked(), skip_invalid=self.skip_invalid.isChecked(),
            on_progress=self._progress, on_done=self._done, on_error=self._failed)

    def _progress(self, done: int, total: int, text: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, total))
        self.bar.setFormat(text)

    def _cancel(self) -> None:
        if self.progress_handle is not None:
            self.progress_handle.cancel()

    def _reset(self) -> None:
        self.start.setEnabled(True)
        self.cancel.setEnabled(False)
        self.bar.setRange(0, 1)
        self.bar.setValue(0)

    def _done(self, report: Any) -> None:
        self._reset()
        self.result.setText(report.summary())
        for p in report.problems:
            self.problems.addItem(str(p))
        self.finished.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self._reset()
        from desktop.tasks import Cancelled
        if isinstance(exc, Cancelled):
            self.result.setText("Import cancelled: nothing was written.")
        else:
            self.result.setText(str(exc))
            for p in getattr(exc, "problems", []):
                self.problems.addItem(str(p))
        self.finished.emit(exc)
