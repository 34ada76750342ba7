"""The Customers page: shared by scheduling (appointments) and invoicing, so it is a page of its
own rather than a tab of either."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from typing import TYPE_CHECKING

from desktop.registry import PageSpec, register_page

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.context import DesktopContext


def _factory(ctx: DesktopContext) -> QWidget:  # imported lazily to keep start-up fast
    from desktop.pages.customers.page import CustomersPage
    return CustomersPage(ctx)


def _visible(actor):  # noqa: ANN001, ANN202
    from core.users.permissions import Perm, allowed
    return allowed(actor, Perm.EDIT_CUSTOMERS)


register_page(PageSpec(key="customers", title=QT_TRANSLATE_NOOP("pages", "Customers"), order=45, factory=_factory, icon="customers.svg",
                       visible=_visible))
