"""Workbooks for the bookkeeper: one registry of export kinds, each declared by the area that owns
its data, and one way to write any of them.

An area declares its kinds in ``core/<area>/exports.py``::

    register_export(BookExport("stock", "Stock valuation", "stock valuation at cost",
                               area="inventory", write=_stock, position=50))

``write(app, wb, date_from, date_to, progress)`` adds the data sheets to the streaming
workbook and returns ``(title, rows, figures, filters)``; :func:`export` adds the "Summary" and
"About this export" sheets, writes the file through :func:`core.io.outputs.writing` and audits
the export under the owning area. ``deskmate export KIND`` and the invoices page's "Export for the
bookkeeper" dialog list whatever is registered, in ``position`` order.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.kernel.i18n import N_, _
from core.io.outputs import Site, check_target, writing
from core.io.xlsx import StreamingWorkbook
from core.kernel.progress import Progress
from core.kernel.actor import Actor
from core.kernel.audit import record
from core.kernel.errors import DeskmateError
from core.kernel.registry import AreaRegistry
from core.users.permissions import Perm, require

if TYPE_CHECKING:
    from core.app import Deskmate

# (title, rows in the main table, summary figures as (label, value, number format), filters for "About")
Written = tuple[str, int, list[Any], dict[str, Any]]
Writer = Callable[["Deskmate", StreamingWorkbook, date, date, Progress | None], Written]


@dataclass(frozen=True)
class BookExport:
    kind: str            # the command name: ``deskmate export KIND``
    title: str           # what the dialog's list shows
    help: str            # one line for ``deskmate export --help``
    area: str            # the area that owns the data (and is named in the audit entry)
    write: Writer
    position: int = 100  # order in lists: smaller first


@dataclass(frozen=True)
class ExportResult:
    kind: str
    path: Path
    rows: int
    summary: tuple[tuple[str, Any], ...]


_EXPORTS: AreaRegistry[BookExport] = AreaRegistry("exports", key=lambda e: e.kind)


def register_export(spec: BookExport) -> BookExport:
    return _EXPORTS.register(spec)


def book_exports() -> list[BookExport]:
    """Every registered kind, in list order."""
    return sorted(_EXPORTS.values(), key=lambda e: (e.position, e.kind))


def book_export(kind: str) -> BookExport:
    spec = _EXPORTS.get(kind)
    if spec is None:
        raise DeskmateError(_("unknown export '{kind}': choose {names}").format(
                                kind=kind, names=', '.join(e.kind for e in book_exports())))
    return spec


def export(app: "Deskmate", actor: Actor, kind: str, date_from: date, date_to: date, path: str | Path,
           progress: Progress | None = None, force: bool = False) -> ExportResult:
    """Write one workbook to ``path`` (see :func:`core.io.outputs.writing`: never over the
    database or a backup; an existing file only with ``force``)."""
    require(actor, Perm.EXPORT_BOOKS)
    spec = book_export(kind)
    if date_to < date_from:
        raise DeskmateError(_("the period ends ({date_to}) before it starts ({date_from})").format(
                                date_to=date_to, date_from=date_from))
    site = Site.of(app)
    out = check_target(site, path, force=force)
    with writing(site, out, force=force) as part:
        wb = StreamingWorkbook()
        title, n, figures, filters = spec.write(app, wb, date_from, date_to, progress)
        wb.add_summary(N_("Summary"), figures)
        wb.add_about(title, {N_("period from"): date_from, N_("period to"): date_to, **filters,
                             N_("currency"): app.settings.get("shop.currency")}, actor, app.clock.now())
        wb.save(part, atomic=False)
    with app.db.uow() as s:
        record(s, actor, area=spec.area, action="export", entity="export", entity_id=kind,
               after={"kind": kind, "from": date_from, "to": date_to, "rows": n, "file": str(out)},
               summary=_("{title}: {n} rows, {date_from} to {date_to}").format(
                           title=_(title), n=n, date_from=date_from, date_to=date_to), at=app.clock.now())
    return ExportResult(kind, out, n, tuple((label, value) for label, value, _fmt in figures))


def period_text(date_from: date, date_to: date) -> str:
    """The period as the summary sheets print it."""
    return _("{start} to {end}").format(start=date_from.isoformat(), end=date_to.isoformat())
