"""The areas of the business, in dependency order.

Each area is a package under ``core/`` that may hold ``models`` (tables), ``jobs`` (automation),
``appliers`` (what approving an inbox suggestion of its kinds does), ``cli`` (sub-commands, a
``register(subparsers)`` function) and ``demo`` (its part of the demo shop). Wiring is by this list
instead of scattered imports, so adding an area is one line here.
"""
from __future__ import annotations

import importlib
import importlib.util
import threading
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Generic, TypeVar

T = TypeVar("T")

AREAS: tuple[str, ...] = (
    "kernel", "users", "inbox", "automation", "customers", "inventory", "scheduling", "invoicing",
)


def area_modules(submodule: str) -> list[ModuleType]:
    """Import ``core.<area>.<submodule>`` for every area that has it."""
    found = []
    for area in AREAS:
        name = f"core.{area}.{submodule}"
        try:
            spec = importlib.util.find_spec(name)
        except ModuleNotFoundError:
            spec = None
        if spec is not None:
            found.append(importlib.import_module(name))
    return found


def load_models() -> None:
    """Import every table definition so ``Base.metadata`` is complete."""
    import core.kernel.audit  # noqa: F401
    import core.kernel.identity  # noqa: F401
    import core.kernel.settings  # noqa: F401

    area_modules("models")


def load_settings() -> None:
    """Register every area's settings (``core/<area>/settings.py``) so reading, changing and the
    Settings page know them from the start, whichever services have been used yet."""
    import core.io.mail  # noqa: F401 - the shared mail.* settings

    area_modules("settings")


class AreaRegistry(Generic[T]):
    """Things the areas declare in one named module each (``core/<area>/<submodule>.py``), kept by
    key and loaded on first use: the areas register themselves, core lists nobody by hand.

    ``load()`` imports every area's module once (thread-safe); a module registers its items at
    import time with ``registry.register(item)``."""

    def __init__(self, submodule: str, key: Callable[[T], str]) -> None:
        self.submodule = submodule
        self._key = key
        self._items: dict[str, T] = {}
        self._loaded = False
        self._lock = threading.Lock()

    def register(self, item: T) -> T:
        self._items[self._key(item)] = item
        return item

    def unregister(self, key: str) -> None:
        self._items.pop(key, None)

    def load(self) -> dict[str, T]:
        if not self._loaded:
            with self._lock:
                if not self._loaded:
                    area_modules(self.submodule)
                    self._loaded = True
        return self._items

    def __iter__(self) -> Iterator[T]:
        return iter(list(self.load().values()))

    def get(self, key: str) -> T | None:
        return self.load().get(key)
