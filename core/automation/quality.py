"""Data-quality findings: what areas' checks report, and the fixes they offer.

An area adds ``core/<area>/quality.py`` with ``CHECKS = [fn(session, app) -> list[Finding]]`` and,
for findings that can be fixed by a click, registers the fix function here::

    register_fix("inventory.set_stock_zero", fix_fn)   # in appliers.py; fix_fn(session, app, actor, args) -> str

A finding whose ``fix`` is None asks a person to look at it; approving it records that they did.
The daily data-quality job (``core/automation/jobs.py``) drafts one suggestion per finding.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from core.kernel.actor import Actor
from core.kernel.registry import AreaRegistry, area_modules

if TYPE_CHECKING:
    from core.app import Deskmate

KIND = "data_quality"


@dataclass(frozen=True)
class Finding:
    subject_type: str               # "product", "customer", ...
    subject_id: object
    subject_label: str              # what a person recognises ("Oat milk 1 l", "Ann Smith")
    # problem and suggested fix: words a person reads, best as stored messages
    # (``core.inbox.texts.stored``) so each reader reads them in their own language
    problem: str                    # "stock is -3 pcs"
    suggested_fix: str              # "set stock to 0 after a count", or "look at it"
    fix: dict[str, Any] | None = None   # {"action": "<registered fix>", ...args}; None = look at it
    check: str = ""                 # short code of the check; defaults to the function name
    area: str = ""                  # owning area, for filtering and the reason card
    details: dict[str, Any] = field(default_factory=dict)  # figures shown on the reason card
    # what identifies the problem whatever the shop's formats: the problem in a fixed form, so a
    # changed locale or currency neither re-opens a dismissed finding nor drafts it twice
    key: str | None = None
    # for statistical findings: the rule in symbols, the same with the figures filled in, a chart
    formula: str | None = None
    calculation: tuple[Any, ...] = ()     # texts or stored messages (core.inbox.texts.tmsg)
    chart: dict[str, Any] | None = None

    def fingerprint(self) -> str:
        """Part of the dedupe key: the same problem stays one item; a different one is new."""
        if self.key:
            return hashlib.sha1(self.key.encode("utf-8")).hexdigest()[:10]
        from core.inbox.texts import shown
        from core.kernel.i18n import language
        with language("en"):    # the same problem in any language (and as older versions wrote it)
            problem = shown(self.problem)
        return hashlib.sha1(problem.encode("utf-8")).hexdigest()[:10]


CheckFn = Callable[[Session, "Deskmate"], list[Finding]]
# fix(session, app, actor, args) -> one-line result; raise DeskmateError to refuse
FixFn = Callable[[Session, "Deskmate", Actor, dict[str, Any]], str]

#: Fix functions by action, declared with the kinds in the areas' ``appliers.py``.
FIXES: AreaRegistry[FixFn] = AreaRegistry("appliers")
# Checks registered directly (tests, plug-ins); areas' quality.CHECKS are found by module name.
EXTRA_CHECKS: list[CheckFn] = []


def register_fix(action: str, fn: FixFn) -> FixFn:
    FIXES[action] = fn
    return fn


def register_check(fn: CheckFn) -> CheckFn:
    if fn not in EXTRA_CHECKS:
        EXTRA_CHECKS.append(fn)
    return fn


def unregister_check(fn: CheckFn) -> None:
    if fn in EXTRA_CHECKS:
        EXTRA_CHECKS.remove(fn)


def all_checks(submodule: str = "quality") -> list[tuple[str, CheckFn]]:
    """(area, check) for every area's ``<submodule>.CHECKS``; for ``quality`` plus directly
    registered checks. ``unusual`` holds the statistical checks of the unusual-figures job (kept
    apart so that job has its own owner, switch and run history)."""
    found: list[tuple[str, CheckFn]] = []
    for mod in area_modules(submodule):
        area = mod.__name__.split(".")[1]
        for fn in getattr(mod, "CHECKS", []):
            found.append((area, fn))
    if submodule == "quality":
        for fn in EXTRA_CHECKS:
            found.append((getattr(fn, "__module__", "").split(".")[-1] or "other", fn))
    return found


def check_code(fn: CheckFn) -> str:
    return getattr(fn, "check_code", None) or fn.__name__
