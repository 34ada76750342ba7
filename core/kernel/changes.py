"""What a committed unit of work changed, told to whoever listens (after Anki's OpChanges).

The unit of work already notes which tables it wrote (for the audit watch). After the commit it
publishes them, with the areas that own them, to the listeners of ``Database.changes``: the
desktop turns that into its ``data_changed(area)`` signal, so a page refreshes because its data
changed — whoever changed it, a dialog, an inbox decision or a background job — not because a
widget remembered to say so. Listeners are called on the committing thread, after the commit,
outside any transaction; a failing listener is logged and never undoes the change.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Changes:
    tables: frozenset[str]
    areas: frozenset[str]
    #: Made by another process (another desktop, the worker): see :mod:`core.kernel.live`.
    remote: bool = False

    def touches(self, *areas: str) -> bool:
        return bool(self.areas.intersection(areas))


Listener = Callable[[Changes], None]


class ChangeHub:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._listeners: list[Listener] = []

    def subscribe(self, fn: Listener) -> None:
        with self._lock:
            self._listeners.append(fn)

    def unsubscribe(self, fn: Listener) -> None:
        with self._lock:
            if fn in self._listeners:
                self._listeners.remove(fn)

    def publish(self, tables: set[str] | frozenset[str], remote: bool = False) -> Changes | None:
        if not tables:
            return None
        return self._tell(Changes(frozenset(tables), frozenset(filter(None, (area_of_table(t) for t in tables))),
                                  remote))

    def publish_areas(self, areas: set[str] | frozenset[str]) -> Changes | None:
        """Another process changed these areas (which tables exactly is not known: SQLite's poll)."""
        if not areas:
            return None
        return self._tell(Changes(frozenset(), frozenset(areas), remote=True))

    def _tell(self, changes: Changes) -> Changes:
        with self._lock:
            listeners = list(self._listeners)
        for fn in listeners:
            try:
                fn(changes)
            except Exception:  # noqa: BLE001 - the change is committed; a listener bug must not hide that
                log.exception("a change listener failed on %s", sorted(changes.tables))
        return changes


@lru_cache(maxsize=None)
def _table_areas() -> dict[str, str]:
    """Table name → area, from the module that maps it (``core.<area>.models``)."""
    from core.kernel.db import Base
    found: dict[str, str] = {}
    for mapper in Base.registry.mappers:
        parts = mapper.class_.__module__.split(".")
        table = getattr(mapper, "local_table", None)
        if table is not None and len(parts) > 1 and parts[0] == "core":
            found[table.name] = parts[1]
    return found


def table_areas() -> dict[str, str]:
    """Every mapped table with the area that owns it."""
    return dict(_table_areas())


def area_of_table(table: str) -> str | None:
    area = _table_areas().get(table)
    if area is None:
        _table_areas.cache_clear()     # a models module imported since the last look
        area = _table_areas().get(table)
    return area
