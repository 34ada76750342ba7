"""Kinds of suggestion and their appliers: how an area plugs into the inbox.

The inbox never imports an area. Each area registers, in its ``appliers`` module, a
:class:`KindSpec` for every kind of suggestion it produces: who may decide it by default, and the
function that applies an approved (or edited) proposal through the area's own service code, inside
the inbox's transaction.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from core.kernel.actor import Actor, Role
from core.kernel.i18n import _
from core.kernel.registry import AreaRegistry

if TYPE_CHECKING:
    from core.app import Deskmate
    from core.inbox.service import SuggestionDetail


@dataclass(frozen=True)
class ApplyContext:
    """What an applier gets: the open unit of work, who decided, the app's services, the clock."""

    session: Session
    actor: Actor
    app: "Deskmate"
    suggestion: "SuggestionDetail"


@dataclass(frozen=True)
class DueContext:
    """What a kind's ``due`` function may look at when an item is drafted (or backfilled): the
    drafting unit of work, the item's subject, when it was drafted and the shop's time zone."""

    session: Session
    subject_type: str
    subject_id: str
    occurrence: str
    drafted_at: datetime
    zone: ZoneInfo

    def start_of(self, day: date | str, minute: int = 0) -> datetime:
        """The instant a business day (plus minutes after midnight) begins in the shop's zone."""
        if isinstance(day, str):
            day = date.fromisoformat(day[:10])
        local = datetime.combine(day, time(), self.zone) + timedelta(minutes=minute)
        return local.astimezone(ZoneInfo("UTC"))


# apply(ctx, payload) -> a one-line result shown in the inbox ("Purchase order PO-0012 created").
# It raises DeskmateError when the proposal can no longer be applied; the inbox then rolls back.
ApplyFn = Callable[[ApplyContext, Any], str]
# normalise(payload) -> payload: validates a person's edit before it is applied (raise to refuse).
NormaliseFn = Callable[[Any], Any]
# value(payload) -> money value of an edited proposal (for per-role value limits).
ValueFn = Callable[[Any], Decimal | None]
# on_reject(ctx, reason): optional follow-up when rejected (e.g. a time-off request is refused).
RejectFn = Callable[[ApplyContext, str], None]
# due(ctx, payload) -> when the item must be decided by (aware UTC), or None when it has no due
# time (findings, learnt parameters). The inbox stores it on the item when drafted and sorts by it.
DueFn = Callable[[DueContext, Any], datetime | None]


@dataclass(frozen=True)
class ViewContext:
    """What a kind's ``for_viewer`` function may look at when someone opens an item: a read-only
    session and who is looking (``None`` is the system itself, which sees everything)."""

    session: Session
    viewer: Actor | None


# for_viewer(ctx, detail) -> detail: the item as the viewer may see it (e.g. a roster card without
# colleagues' contract hours for staff). Core applies it to every detail it returns for a viewer,
# so the desktop, the CLI and exports show the same thing.
ViewFn = Callable[[ViewContext, "SuggestionDetail"], "SuggestionDetail"]


@dataclass(frozen=True)
class KindSpec:
    kind: str
    area: str
    title: str            # the catalogue's English key: N_("Reorder suggestion"); shown with _()
    apply: ApplyFn
    default_roles: frozenset[Role] = field(default_factory=lambda: frozenset({Role.OWNER}))
    # Setting key holding a money limit up to which non-owners may decide (e.g. order value).
    value_limit_setting: str | None = None
    normalise: NormaliseFn | None = None
    value: ValueFn | None = None
    on_reject: RejectFn | None = None
    # Which proposal editor the desktop shows ("json" is the generic fallback).
    editor: str = "json"
    description: str = ""
    due: DueFn | None = None
    # How people say several of them ("payment reminders", marked ``N_``); every kind declares it
    # (tests/core/inbox/test_kind_words.py): the English "+s" rule below reads well in English only.
    plural: str = ""
    for_viewer: ViewFn | None = None

    @property
    def plural_title(self) -> str:
        """How people say several, in the reader's language. ``title`` and ``plural`` are the
        catalogue's English keys (marked ``N_`` where the kind is registered); a kind without a
        ``plural`` falls back on the English rule, which only reads well in English."""
        if self.plural:
            return _(self.plural)
        english = f"{self.title[:1].lower()}{self.title[1:]}s"
        return _(english)

    @property
    def title_shown(self) -> str:
        """The title in the reader's language."""
        return _(self.title)


#: Every kind by name, declared in the areas' ``appliers.py`` (imported once, when first read:
#: deciding 1,000 items must not search modules 1,000 times).
KINDS: AreaRegistry[KindSpec] = AreaRegistry("appliers", key=lambda spec: spec.kind)


def register_kind(spec: KindSpec) -> KindSpec:
    return KINDS.register(spec)


def load_kinds() -> dict[str, KindSpec]:
    return KINDS.load()


def kind_spec(kind: str) -> KindSpec | None:
    return KINDS.get(kind)
