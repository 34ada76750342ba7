"""The Invoices page, the inbox's invoice editor and the cash-flow / aging sections of Reports."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from typing import TYPE_CHECKING

from desktop.inbox_editors import register_editor
from desktop.registry import PageSpec, register_page

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.context import DesktopContext


def _factory(ctx: DesktopContext) -> QWidget:  # imported lazily to keep start-up fast
    from desktop.pages.invoices.page import InvoicesPage
    return InvoicesPage(ctx)


def _badge(ctx: DesktopContext) -> str:  # runs off the GUI thread
    n = ctx.app.invoicing.counts().get("overdue", 0)
    return QCoreApplication.translate("pages.invoices", "%n overdue", None, n) if n else ""


def _invoice_editor(parent):  # noqa: ANN001, ANN202
    from desktop.pages.invoices.editor import InvoiceProposalEditor
    return InvoiceProposalEditor(parent)


def _reminder_editor(parent):  # noqa: ANN001, ANN202
    from desktop.pages.invoices.editor import ReminderProposalEditor
    return ReminderProposalEditor(parent)


def _cashflow(ctx: DesktopContext) -> QWidget:
    from desktop.pages.invoices.reports import CashflowSection
    return CashflowSection(ctx)


def _aging(ctx: DesktopContext) -> QWidget:
    from desktop.pages.invoices.reports import AgingSection
    return AgingSection(ctx)


def _visible(actor):  # noqa: ANN001, ANN202
    from core.users.permissions import Perm, allowed
    return allowed(actor, Perm.EDIT_INVOICES) or allowed(actor, Perm.EDIT_CUSTOMERS)


register_page(PageSpec(key="invoices", title=QT_TRANSLATE_NOOP("pages", "Invoices"), order=40, factory=_factory, icon="invoices.svg",
                       badge=_badge, visible=_visible))
register_editor("invoice", _invoice_editor)
register_editor("reminder", _reminder_editor)
try:
    from desktop.pages.reports.registry import register_section
    register_section(QT_TRANSLATE_NOOP("reports", "Cash flow (next 8 weeks)"), 40, _cashflow)
    register_section(QT_TRANSLATE_NOOP("reports", "Receivables aging"), 41, _aging)
except ImportError:  # pragma: no cover - reports page not installed
    pass
