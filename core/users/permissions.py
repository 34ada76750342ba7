"""The role matrix, enforced in core: services call :func:`require` before they change anything.

The README's role table is generated from ``MATRIX`` so documentation and enforcement agree.
"""
from __future__ import annotations

from enum import StrEnum

from core.kernel.actor import Actor, Role
from core.kernel.errors import PermissionDenied


class Perm(StrEnum):
    MANAGE_USERS = "manage users"
    CHANGE_SETTINGS = "change shop settings"
    VIEW_AUDIT = "view and export the audit log"
    BACKUP_RESTORE = "back up and restore"
    MANAGE_AUTOMATION = "configure automation jobs"
    RUN_AUTOMATION = "run a job now"
    DECIDE_INBOX = "decide inbox items (per kind, see settings)"
    EDIT_INVENTORY = "edit products, suppliers, stock"
    IMPORT_DATA = "import data"
    MANAGE_PURCHASE_ORDERS = "create and receive purchase orders"
    EDIT_ROSTER = "edit and publish rosters"
    REQUEST_TIME_OFF = "request time off and shift swaps"
    BOOK_APPOINTMENTS = "book and confirm appointments"
    EDIT_CUSTOMERS = "edit customers"
    PRIVACY = "export or erase a customer's data"
    EDIT_INVOICES = "write invoice drafts"
    ISSUE_INVOICES = "issue, void and credit invoices"
    RECORD_PAYMENTS = "record payments"
    EXPORT_BOOKS = "bookkeeping exports"
    VIEW_REPORTS = "view reports"
    VIEW_MONEY_REPORTS = "see money in reports (sales, stock value)"


_ALL = frozenset(Perm)
MATRIX: dict[Role, frozenset[Perm]] = {
    Role.OWNER: _ALL,
    Role.STAFF: frozenset({
        Perm.DECIDE_INBOX, Perm.EDIT_INVENTORY, Perm.MANAGE_PURCHASE_ORDERS, Perm.REQUEST_TIME_OFF,
        Perm.BOOK_APPOINTMENTS, Perm.EDIT_CUSTOMERS, Perm.RUN_AUTOMATION, Perm.VIEW_REPORTS,
        Perm.IMPORT_DATA,
    }),
    Role.BOOKKEEPER: frozenset({
        Perm.DECIDE_INBOX, Perm.EDIT_CUSTOMERS, Perm.EDIT_INVOICES, Perm.ISSUE_INVOICES,
        Perm.RECORD_PAYMENTS, Perm.EXPORT_BOOKS, Perm.VIEW_REPORTS, Perm.VIEW_MONEY_REPORTS, Perm.VIEW_AUDIT,
        Perm.RUN_AUTOMATION, Perm.IMPORT_DATA,
    }),
}


def allowed(actor: Actor, perm: Perm) -> bool:
    return perm in MATRIX[Role(actor.role)]


def require(actor: Actor, perm: Perm) -> None:
    if not allowed(actor, perm):
        raise PermissionDenied(f"{actor.username} ({actor.role}) may not {perm.value}")
