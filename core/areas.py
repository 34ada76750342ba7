"""The areas of the business, in dependency order.

Each area is a package under ``core/`` that may hold ``models`` (tables), ``jobs`` (automation),
``appliers`` (what approving an inbox suggestion of its kinds does), ``cli`` (sub-commands, a
``register(subparsers)`` function) and ``demo`` (its part of the demo shop). Wiring is by this list
instead of scattered imports, so adding an area is one line here.
"""
from __future__ import annotations

import importlib
import importlib.util
from types import ModuleType

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
    import core.kernel.settings  # noqa: F401

    area_modules("models")


def load_settings() -> None:
    """Register every area's settings (``core/<area>/settings.py``) so reading, changing and the
    Settings page know them from the start, whichever services have been used yet."""
    import core.io.mail  # noqa: F401 - the shared mail.* settings

    area_modules("settings")
