"""Registries the areas fill from one named module each, and the discovery of those modules.

Settings (``settings.py``), inbox kinds (``appliers.py``), jobs (``jobs.py``), customer-data
providers (``customer_data.py``) and domain-event handlers (``handlers.py``) are each declared by
the areas in a module of that name, and kept here by key. A registry imports every area's module
the first time it is read (once, thread-safe), so nobody lists the areas by hand and nothing
depends on which services happened to be used first.

The kernel knows no area: the list of area packages is handed to it from above, by
``core/areas.py`` (which holds the order) when it is imported — as ``core.app`` and every entry
point do. Reading a registry before that is a programming error and says so.
"""
from __future__ import annotations

import importlib
import importlib.util
import threading
from collections.abc import Callable, Iterator, MutableMapping, Sequence
from types import ModuleType
from typing import Generic, TypeVar

T = TypeVar("T")

_areas: tuple[str, ...] | None = None


def set_areas(names: Sequence[str]) -> None:
    """Hand the kernel the area packages under ``core``, from the most basic to the most
    dependent (called by ``core.areas``)."""
    global _areas
    _areas = tuple(names)


def areas() -> tuple[str, ...]:
    if _areas is None:
        raise RuntimeError("the list of areas is not known yet: import core.areas first "
                           "(core.app, the command line and the desktop do)")
    return _areas


def area_modules(submodule: str) -> list[ModuleType]:
    """Import ``core.<area>.<submodule>`` for every area that has it, in the areas' order."""
    found = []
    for area in areas():
        name = f"core.{area}.{submodule}"
        try:
            spec = importlib.util.find_spec(name)
        except ModuleNotFoundError:
            spec = None
        if spec is not None:
            found.append(importlib.import_module(name))
    return found


class AreaRegistry(MutableMapping[str, T], Generic[T]):
    """Things the areas declare in ``core/<area>/<submodule>.py``, by key.

    A module registers its items when it is imported (``registry.register(item)``); reading the
    registry in any way first imports every area's module once. Tests may add and remove items
    like in a dict (``registry[key] = item``, ``registry.pop(key)``)."""

    def __init__(self, submodule: str, key: Callable[[T], str] | None = None) -> None:
        self.submodule = submodule
        self._key = key
        self._items: dict[str, T] = {}
        self._loaded = False
        self._loading = threading.local()
        self._lock = threading.RLock()

    def register(self, item: T) -> T:
        """Add ``item`` under its key (items without one are added with ``registry[key] = item``)."""
        if self._key is None:
            raise TypeError(f"the '{self.submodule}' registry keeps items by a key given with them")
        self._items[self._key(item)] = item
        return item

    def unregister(self, key: str) -> None:
        self._items.pop(key, None)

    def load(self) -> dict[str, T]:
        """Import every area's module once; returns the items by key."""
        if not self._loaded and not getattr(self._loading, "active", False):
            with self._lock:
                if not self._loaded:
                    self._loading.active = True   # an area module that reads us while loading
                    try:
                        area_modules(self.submodule)
                        self._loaded = True
                    finally:
                        self._loading.active = False
        return self._items

    def __getitem__(self, key: str) -> T:
        return self.load()[key]

    def __setitem__(self, key: str, item: T) -> None:
        self._items[key] = item

    def __delitem__(self, key: str) -> None:
        del self._items[key]

    def __iter__(self) -> Iterator[str]:
        return iter(list(self.load()))

    def __len__(self) -> int:
        return len(self.load())

    def __contains__(self, key: object) -> bool:
        return key in self.load()
