"""Errors a person can act on.

Every error raised deliberately by core derives from :class:`DeskmateError`; the CLI prints its
message on one line and exits 1, the GUI shows it in plain words. Anything else is a bug.
"""
from __future__ import annotations

from core.kernel.i18n import _


class DeskmateError(Exception):
    """A problem the user can fix; ``str(err)`` is the one-line message shown to them."""


class PermissionDenied(DeskmateError):
    """The acting user's role does not allow this operation (enforced in core services)."""


class NotFound(DeskmateError):
    pass


class ValidationError(DeskmateError):
    """Bad input. ``problems`` lists every problem found, each naming where it is."""

    def __init__(self, message: str, problems: list["Problem"] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


class Problem:
    """One bad value in an input: where it is (file, row, column) and why it was refused."""

    __slots__ = ("file", "row", "column", "reason")

    def __init__(self, reason: str, file: str | None = None, row: int | None = None,
                 column: str | None = None) -> None:
        self.file, self.row, self.column, self.reason = file, row, column, reason

    def __str__(self) -> str:
        where = []
        if self.file:
            where.append(self.file)
        if self.row is not None:
            where.append(_("row {row}").format(row=self.row))
        if self.column:
            where.append(_("column '{column}'").format(column=self.column))
        return (", ".join(where) + ": " if where else "") + self.reason

    def for_form(self, field: str | None = None) -> str:
        """The problem as a form shows it, naming the field as a person reads it — "Reason: enter
        why …", "Line 2, unit price: …" — where ``str()`` (the CLI, import reports) says "column
        'reason'". ``field`` is the form's own label for the field, when the form knows it. A
        problem in a file keeps its file, row and column: that is where the person looks."""
        if self.file:
            return str(self)
        where = [_("line {row}").format(row=self.row)] if self.row is not None else []
        name = field or (self.column or "").replace("_", " ").strip()
        if name:
            where.append(name)
        text = ", ".join(where)
        return (text[:1].upper() + text[1:] + ": " if text else "") + self.reason

    def as_dict(self) -> dict[str, object]:
        return {"file": self.file, "row": self.row, "column": self.column, "reason": self.reason}


class ConflictError(DeskmateError):
    """The record changed underneath (double booking, already decided, already issued...)."""


class StorageError(DeskmateError):
    """The database cannot be opened as it is: too new, corrupt, or the folder is unwritable.

    Raised before anything is changed on disk.
    """


class UpgradeNeedsOwner(StorageError):
    """A shop on a server whose schema is older than this Deskmate, opened as a role that may not
    change the schema (the desktop role of ``deskmate server init``): only the database's owner
    may upgrade it. Nothing was changed; the message says what to run."""
