"""Choosing where to write a file, the way a person expects: ask before replacing one.

Core refuses the database, backups and other data-folder files whatever the GUI says
(:mod:`core.io.outputs`); these helpers only make sure an existing file elsewhere is replaced after
a "Replace" from the person, never silently. A save dialog asks by itself, but not about the name
it returned when Deskmate then adds a missing suffix, nor about a path typed into a field.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_replace(parent: QWidget | None, path: Path) -> bool:
    """"X already exists. Replace it?" with Cancel as the default; True = replace."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("files", "Replace the file?"),
                      QCoreApplication.translate("files", "{name} already exists in {parent}.\nReplace it with this export?").format(name=path.name, parent=path.parent),
                      QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("replaceConfirm")
    replace = box.addButton(QCoreApplication.translate("files", "Replace"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is replace


def dialog_target(parent: QWidget | None, chosen: str, suffix: str) -> tuple[Path, bool] | None:
    """(path, replace allowed) for a name a save dialog returned, adding ``suffix`` if missing;
    None when the person declined to replace an existing file."""
    if chosen.lower().endswith(suffix.lower()):
        return Path(chosen), True            # the dialog asked before returning an existing file
    path = Path(chosen + suffix)
    if path.exists():
        return (path, True) if confirm_replace(parent, path) else None
    return path, False
