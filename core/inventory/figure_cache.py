"""Figures worked out from the planner's fit, kept between runs and between processes.

The stock and forecast reports and the reorder job's measure on the Automation page need the
planner's fit of every product (seconds on a large shop); what they keep of it is small — each
product's order-up-to level, the forecast's error sums by week and demand class, a fill rate. So
those numbers are kept as plain JSON (data never becomes code) in ``planner_figures``, under the
planner-inputs stamp they were worked out on (:mod:`core.inventory.inputs_version`), and in this
process's memory. A new process, or a write that cannot move a figure (an invoice, an inbox
decision, a roster edit), reads them back; a sale, a product or supplier change or an inventory
setting renews the stamp, and the next report works them out again.

A row that does not parse, does not match its checksum or has not the expected shape is ignored
and rewritten; one under an
older stamp is never read and is removed by the next store. Storing is best-effort: a read-only or
busy database only means the figures are worked out again next time.
"""
from __future__ import annotations

import hashlib
import json
import logging
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from core.inventory import inputs_version
from core.inventory.models import PlannerFigures
from core.kernel.errors import DeskmateError

log = logging.getLogger(__name__)

#: Part of every key: bump it when a payload's shape or the arithmetic behind it changes, so rows
#: an older Deskmate kept are not read as this one's.
FORMAT = 1
MEMORY_KEPT = 64

#: (database url, key) → (stamp, payload): the same figures without a read, in this process.
_memory: dict[tuple[str, str], tuple[str, Any]] = {}
#: How many times figures were worked out (not found kept): tests count the fits with it.
computed = {"count": 0}


def kept(db: Any, s: Session, key: str, compute: Callable[[], Any], valid: Callable[[Any], bool]) -> Any:
    """The figures under ``key`` for the data ``s`` sees: kept ones when the planner's inputs are
    unchanged since, else ``compute()`` (which must read through ``s``, the same snapshot the stamp
    was read in), stored for the next time. ``valid(payload)`` checks a kept payload's shape."""
    stamp = inputs_version.current(s)
    if stamp is None:          # no stamp row (a database made without the migration): keep nothing
        computed["count"] += 1
        return compute()
    full = f"{FORMAT}|{key}"
    hit = _memory.get((db.url, full))
    if hit is not None and hit[0] == stamp:
        return hit[1]
    with one_at_a_time((db.url, full)):
        return _kept(db, s, full, stamp, compute, valid)


def _kept(db: Any, s: Session, full: str, stamp: str, compute: Callable[[], Any],
          valid: Callable[[Any], bool]) -> Any:
    hit = _memory.get((db.url, full))     # worked out by another thread while this one waited
    if hit is not None and hit[0] == stamp:
        return hit[1]
    row = s.execute(select(PlannerFigures.stamp, PlannerFigures.payload)
                    .where(PlannerFigures.key == full)).first()
    if row is not None and row.stamp == stamp:
        try:
            saved = json.loads(row.payload)
            payload = saved["figures"]
            ok = saved["sha256"] == _digest(payload) and valid(payload)
        except (ValueError, TypeError, KeyError, IndexError, ArithmeticError):
            ok = False
        if ok:
            _remember(db, full, stamp, payload)
            return payload
        log.warning("kept planner figures %r do not read back; working them out again", full)
    computed["count"] += 1
    payload = compute()
    _store(db, full, stamp, payload)
    _remember(db, full, stamp, payload)
    return payload


_guard = threading.Lock()
_locks: dict[Any, threading.Lock] = {}


def one_at_a_time(key: Any) -> threading.Lock:
    """A lock per key: the background warm-up and a page asking for the same figures at once fit
    the forecasts once; the second waits for the first and reads what it kept."""
    with _guard:
        lock = _locks.get(key)
        if lock is None:
            if len(_locks) > 4 * MEMORY_KEPT:
                _locks.clear()            # a lock only matters while its figures are worked out
            lock = _locks[key] = threading.Lock()
        return lock


def _digest(payload: Any) -> str:
    """The payload's checksum: a row changed by anything but this module (a damaged file, a hand
    edit) no longer matches it and is worked out again."""
    return hashlib.sha256(json.dumps(payload, separators=(",", ":"), sort_keys=True).encode()).hexdigest()


def _remember(db: Any, key: str, stamp: str, payload: Any) -> None:
    with _guard:               # the warm-up's worker thread and a page's may remember at once
        if len(_memory) >= MEMORY_KEPT:
            _memory.pop(next(iter(_memory)))
        _memory[(db.url, key)] = (stamp, payload)


def _store(db: Any, key: str, stamp: str, payload: Any) -> None:
    try:
        text = json.dumps({"figures": payload, "sha256": _digest(payload)}, separators=(",", ":"), allow_nan=False)
    except ValueError:         # not a finite number somewhere: nothing that could be read back
        return
    try:
        with db.uow() as w:
            if inputs_version.current(w) != stamp:
                return         # the inputs changed while the figures were worked out: keep nothing
            w.execute(delete(PlannerFigures).where(or_(PlannerFigures.key == key, PlannerFigures.stamp != stamp)))
            w.add(PlannerFigures(key=key, stamp=stamp, payload=text))
    except (SQLAlchemyError, DeskmateError) as exc:
        log.info("planner figures %r not kept: %s", key, exc)


def forget_memory() -> None:
    """Drop what this process holds (as a new process would start): tests and the benchmark."""
    _memory.clear()


# ---------------------------------------------------------------------- payload shapes
def is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def is_sums(v: Any) -> bool:
    """An accuracy's four sums: [sold, abs_error, over, days]."""
    return isinstance(v, list) and len(v) == 4 and all(is_number(x) for x in v)
