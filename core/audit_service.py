"""Reading and exporting the audit log (writing happens in every service via ``audit.record``)."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import distinct, func, select

from core.kernel.actor import Actor
from core.kernel.audit import AuditEntry, AuditFilter, AuditRow, query
from core.users.permissions import Perm, require

if TYPE_CHECKING:
    from core.app import Deskmate


class AuditService:
    def __init__(self, app: "Deskmate") -> None:
        self.app = app

    def list(self, actor: Actor, f: AuditFilter = AuditFilter(), limit: int | None = 1000,
             offset: int = 0) -> list[AuditRow]:
        require(actor, Perm.VIEW_AUDIT)
        with self.app.db.read() as s:
            return query(s, f, limit, offset)

    def count(self, actor: Actor, f: AuditFilter = AuditFilter()) -> int:
        require(actor, Perm.VIEW_AUDIT)
        from core.kernel.audit import _filtered
        with self.app.db.read() as s:
            return s.scalar(select(func.count()).select_from(_filtered(f).subquery())) or 0

    def facets(self) -> tuple[list[str], list[str]]:
        """Users and areas that appear in the log, for filter drop-downs."""
        with self.app.db.read() as s:
            users = list(s.scalars(select(distinct(AuditEntry.username)).order_by(AuditEntry.username)))
            areas = list(s.scalars(select(distinct(AuditEntry.area)).order_by(AuditEntry.area)))
        return users, areas

    def export_xlsx(self, actor: Actor, f: AuditFilter, path: Path) -> int:
        require(actor, Perm.VIEW_AUDIT)
        from core.io.xlsx import audit_workbook
        rows = self.list(actor, f, limit=None)
        audit_workbook(rows, f, actor, self.app.clock.now(), path)
        return len(rows)
