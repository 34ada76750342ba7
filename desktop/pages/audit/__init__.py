"""Audit page: the append-only log, filtered, with before/after and an XLSX export."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from typing import TYPE_CHECKING

from core.users.permissions import Perm, allowed
from desktop.registry import PageSpec, register_page

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.context import DesktopContext


def _factory(ctx: DesktopContext) -> QWidget:  # imported lazily to keep start-up fast
    from desktop.pages.audit.page import AuditPage
    return AuditPage(ctx)


register_page(PageSpec(key="audit", title=QT_TRANSLATE_NOOP("pages", "Audit"), order=70, factory=_factory, icon="audit.svg",
                       visible=lambda actor: allowed(actor, Perm.VIEW_AUDIT)))
