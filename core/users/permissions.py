"""The role matrix, enforced in core: services call :func:`require` before they change anything.

The README's role table is generated from ``MATRIX`` so documentation and enforcement agree.
"""
from __future__ import annotations

from enum import StrEnum

from core.kernel.i18n import N_, _
from core.kernel.actor import Actor, Role
from core.kernel.errors import PermissionDenied


class Perm(StrEnum):
    MANAGE_USERS = N_("manage users")
    CHANGE_SETTINGS = N_("change shop settings")
    VIEW_AUDIT = N_("view and export the audit log")
    BACKUP_RESTORE = N_("back up and restore")
    MANAGE_AUTOMATION = N_("configure automation jobs")
    RUN_AUTOMATION = N_("run a job now")
    DECIDE_INBOX = N_("decide inbox items (per kind, see settings)")
    EDIT_INVENTORY = N_("edit products, suppliers, stock")
    IMPORT_DATA = N_("import data")
    MANAGE_PURCHASE_ORDERS = N_("create and receive purchase orders")
    EDIT_ROSTER = N_("edit and publish rosters")
    REQUEST_TIME_OFF = N_("request time off and shift swaps")
    BOOK_APPOINTMENTS = N_("book and confirm appointments")
    EDIT_CUSTOMERS = N_("edit customers")
    PRIVACY = N_("export or erase a customer's data")
    EDIT_INVOICES = N_("write invoice drafts")
    ISSUE_INVOICES = N_("issue, void and credit invoices")
    RECORD_PAYMENTS = N_("record payments")
    EXPORT_BOOKS = N_("bookkeeping exports")
    VIEW_REPORTS = N_("view reports")
    VIEW_MONEY_REPORTS = N_("see money in reports (sales, stock value)")

    @property
    def label(self) -> str:
        """What the permission lets a person do, in their language (the value is the English key)."""
        return _(self.value)


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
        raise PermissionDenied(_("{user} ({role}) may not {what}").format(
                                   user=actor.username, role=actor.role, what=_(perm.value)))
