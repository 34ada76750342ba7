"""Audit page: the append-only log, filtered, with before/after and an XLSX export."""
from __future__ import annotations

from core.users.permissions import Perm, allowed
from desktop.registry import PageSpec, register_page


def _factory(ctx):  # noqa: ANN001, ANN202 - imported lazily to keep start-up fast
    from desktop.pages.audit.page import AuditPage
    return AuditPage(ctx)


register_page(PageSpec(key="audit", title="Audit", order=70, factory=_factory, icon="audit.svg",
                       visible=lambda actor: allowed(actor, Perm.VIEW_AUDIT)))
