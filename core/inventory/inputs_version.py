"""The planner-inputs stamp: changes exactly when what the reorder planner reads changed.

Fitting every product's forecast (the planner's snapshot) takes seconds on a large shop, and the
trend reports and the Automation page's payoff need it. Its figures can be kept while nothing the
planner reads has changed — but "any audited write" (an invoice, an inbox decision, a roster edit)
is far too often. So a unit of work that writes one of the planner's inputs gives the single row
of ``planner_inputs_version`` a fresh random stamp, in the same transaction (committed with the
change or not at all); :mod:`core.inventory.figure_cache` keeps figures under the stamp they were
worked out on.

What counts as an input: the tables in :data:`PLANNER_TABLES` written through the session (ORM
objects or statements on those tables) and the ``inventory.*`` settings. Bulk paths that write
through the raw DBAPI cursor (the ledger's ``post``, the aggregates' rebuild) call :func:`mark`.
"""
from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import event, insert, inspect, select, update
from sqlalchemy.orm import Session

from core.inventory.models import PlannerInputsVersion
from core.kernel.settings import SettingRow

#: What the planner's snapshot and the reports' stock levels read.
PLANNER_TABLES = frozenset({"product", "supplier", "sales_daily", "stock_movement", "stock_closing",
                            "product_week", "sales_outlier_accepted"})
#: The settings the planner reads are inventory's.
SETTING_PREFIX = "inventory."
_MARK = "deskmate_planner_inputs_changed"
ROW_ID = 1


def mark(session: Session) -> None:
    """This unit of work changed the planner's inputs (for writers that bypass the session)."""
    session.info[_MARK] = True


def current(session: Session) -> str | None:
    """The stamp as this session sees it; None when the row is missing (then nothing is kept)."""
    return session.scalar(select(PlannerInputsVersion.stamp).where(PlannerInputsVersion.id == ROW_ID))


def new_stamp() -> str:
    return uuid.uuid4().hex


def _has_stamp_table(session: Session) -> bool:
    """Asked each time (one catalogue read, beside a write that is far dearer): a database may be
    taken back to an older schema and upgraded again within one process."""
    return bool(inspect(session.connection()).has_table(PlannerInputsVersion.__tablename__))


def _is_input(obj: Any) -> bool:
    if isinstance(obj, SettingRow):
        return str(obj.key).startswith(SETTING_PREFIX)
    table = getattr(obj, "__table__", None)
    return table is not None and table.name in PLANNER_TABLES


def _note_flush(session: Session, _ctx: Any) -> None:
    if session.info.get(_MARK):
        return
    if any(_is_input(o) for o in (*session.new, *session.deleted)) or any(
            _is_input(o) and session.is_modified(o, include_collections=False) for o in session.dirty):
        mark(session)


def _note_execute(state: Any) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    name = getattr(getattr(state.statement, "table", None), "name", None)
    if name in PLANNER_TABLES or name == SettingRow.__tablename__:
        mark(state.session)


def _bump(session: Session) -> None:
    if session.in_nested_transaction():
        return
    session.flush()            # pending objects are noted by the flush
    if not session.info.pop(_MARK, False):
        return
    if not _has_stamp_table(session):
        return                 # a database not upgraded this far yet (a data migration on another branch)
    stamp = new_stamp()
    done = session.execute(update(PlannerInputsVersion).where(PlannerInputsVersion.id == ROW_ID)
                           .values(stamp=stamp).execution_options(synchronize_session=False))
    if not getattr(done, "rowcount", 0):
        session.execute(insert(PlannerInputsVersion).values(id=ROW_ID, stamp=stamp))


for _name, _fn in (("after_flush", _note_flush), ("do_orm_execute", _note_execute),
                   ("before_commit", _bump)):
    if not event.contains(Session, _name, _fn):
        event.listen(Session, _name, _fn)
