"""Reading and exporting the audit log (writing happens in every service via ``audit.record``).

Reading it needs ``Perm.VIEW_AUDIT`` (owner, bookkeeper). Date filters are whole days in the
shop's time zone, because that is what a person means by "on the 3rd".
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from core.kernel.i18n import _
from core.kernel.actor import Actor
from core.kernel.audit import AuditEntry, AuditFilter, AuditRow, _filtered, query, to_row
from core.users.permissions import Perm, require

if TYPE_CHECKING:
    from core.app import Deskmate
    from core.kernel.audit_chain import ChainReport


class AuditService:
    def __init__(self, app: "Deskmate") -> None:
        self.app = app

    def _tz(self) -> str:
        return str(self.app.settings.get("shop.timezone"))

    def list(self, actor: Actor, f: AuditFilter = AuditFilter(), limit: int | None = 1000,
             offset: int = 0) -> list[AuditRow]:
        """Entries matching ``f``, newest first."""
        require(actor, Perm.VIEW_AUDIT)
        tz = self._tz()
        with self.app.db.read() as s:
            return query(s, f, limit, offset, tz=tz)

    def count(self, actor: Actor, f: AuditFilter = AuditFilter()) -> int:
        require(actor, Perm.VIEW_AUDIT)
        tz = self._tz()
        with self.app.db.read() as s:
            return s.scalar(select(func.count()).select_from(_filtered(f, tz).subquery())) or 0

    def ids(self, actor: Actor, f: AuditFilter = AuditFilter()) -> list[int]:
        """Matching ids, newest first: a lazy table keeps these and fetches rows as they scroll in."""
        require(actor, Perm.VIEW_AUDIT)
        tz = self._tz()
        with self.app.db.read() as s:
            q = _filtered(f, tz).with_only_columns(AuditEntry.id).order_by(AuditEntry.id.desc())
            return list(s.scalars(q))

    def rows(self, actor: Actor, ids: Sequence[int]) -> list[AuditRow]:
        """The entries with these ids, in the order given."""
        require(actor, Perm.VIEW_AUDIT)
        with self.app.db.read() as s:
            found = {e.id: to_row(e) for e in s.scalars(select(AuditEntry).where(AuditEntry.id.in_(list(ids))))}
        return [found[i] for i in ids if i in found]

    def chain(self, actor: Actor) -> "ChainReport":
        """Verify the whole hash chain (one read snapshot); see :mod:`core.kernel.audit_chain`."""
        require(actor, Perm.VIEW_AUDIT)
        from core.kernel.audit_chain import verify
        with self.app.db.read() as s:
            return verify(s.connection())

    def facets(self) -> tuple[list[str], list[str]]:
        """Users and areas that appear in the log, for filter drop-downs."""
        with self.app.db.read() as s:
            users = list(s.scalars(select(AuditEntry.username).distinct().order_by(AuditEntry.username)))
            areas = list(s.scalars(select(AuditEntry.area).distinct().order_by(AuditEntry.area)))
        return users, areas

    def export_xlsx(self, actor: Actor, f: AuditFilter, path: Path, force: bool = False) -> int:
        """Write the matching entries to an XLSX workbook; returns how many were written.
        Through :func:`core.io.outputs.writing`: never over the database; an existing file only
        with ``force``."""
        require(actor, Perm.VIEW_AUDIT)
        from core.io.outputs import Site, check_target, writing
        from core.io.xlsx import audit_workbook
        site = Site.of(self.app)
        out = check_target(site, path, force=force)
        rows = self.list(actor, f, limit=None)
        try:
            with writing(site, out, force=force) as part:
                audit_workbook(rows, f, actor, self.app.clock.now(), part)
        except OSError as exc:
            from core.kernel.errors import DeskmateError
            raise DeskmateError(_("could not write {path}: {reason}").format(path=path, reason=exc.strerror or exc)) from None
        return len(rows)
