"""The areas of the business and the order between them: the one place that says who may use whom.

Each area is a package under ``core/`` that may hold ``models`` (tables), ``settings``,
``appliers`` (what approving an inbox suggestion of its kinds does), ``jobs`` (automation),
``customer_data``, ``handlers`` (domain events), ``quality``, ``reports`` (trend reports), ``cli``
(sub-commands, a ``register(subparsers)`` function) and ``demo`` (its part of the demo shop), found
by name.

``LAYERS`` is a contract, not a comment: ``tests/test_architecture.py`` turns it into an
import-linter layers contract over ``core``, so an import (at the top of a module or inside a
function) from an area to one on a later line, or between two areas on the same line, fails the
suite. A lower area that needs something from a higher one gets it by registration (settings,
inbox kinds, jobs, customer-data providers, event handlers), never by importing it.
"""
from __future__ import annotations

from core.kernel import registry

#: The areas from the most basic to the most dependent. An area may import areas on earlier lines
#: only; areas on the same line are independent of each other.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("kernel",),                    # units of work, types, audit, settings, registries
    ("users",),                     # accounts, roles, permissions
    ("io", "inbox"),                # files in and out (imports, exports, backups, mail); the Review Inbox
    ("automation",),                # jobs, which draft into the inbox
    ("customers",),
    ("inventory", "scheduling"),
    ("invoicing",),                 # bills what inventory sells and scheduling books
)

#: core's top-level modules, which put the areas together into a program; above every area,
#: from the least to the most dependent (same reading as ``LAYERS``).
WIRING: tuple[tuple[str, ...], ...] = (
    ("areas", "audit_service", "today", "reports"),  # reports: trend reports the areas declare
    ("app",),                       # Deskmate: opens the store, creates each area's service
    ("demo", "migrations", "move"),  # the demo shop; the schema; moving a shop to another database
    ("cli",),
)

AREAS: tuple[str, ...] = tuple(area for layer in LAYERS for area in layer)

registry.set_areas(AREAS)
area_modules = registry.area_modules


def load_models() -> None:
    """Import every table definition so ``Base.metadata`` is complete."""
    import core.kernel.audit  # noqa: F401
    import core.kernel.identity  # noqa: F401
    import core.kernel.settings  # noqa: F401 - the setting table

    area_modules("models")


def load_settings() -> None:
    """Register every area's settings (``core/<area>/settings.py``) so reading, changing and the
    Settings page know them from the start, whichever services have been used yet."""
    from core.kernel.settings import REGISTRY

    REGISTRY.load()


def contract_layers() -> list[str]:
    """``WIRING`` and ``LAYERS`` as import-linter layers under ``core``, the most dependent first
    (``a | b``: independent siblings), for the contract ``tests/test_architecture.py`` checks."""
    return [" | ".join(layer) for layer in reversed(LAYERS + WIRING)]
