"""The Review Inbox service: drafting suggestions idempotently and applying people's decisions.

Where an inbox decision is applied: :meth:`InboxService.decide` -> ``_apply`` -> the kind's
applier (``core/<area>/appliers.py``), all in one unit of work with the audit entry.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
import builtins
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, and_, false, func, or_, select, true
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core.inbox.due import compute_due
from core.inbox.kinds import ApplyContext, KindSpec, ViewContext, kind_spec, load_kinds
from core.inbox.models import Route, Suggestion, SuggestionEvent
from core.inbox.reason import card_shown
from core.inbox.routing import RouteInfo, Router, routes
from core.inbox.texts import shown, shown_or_none, stored
from core.kernel.actor import SYSTEM, Actor, Role, who_words
from core.kernel.audit import record
from core.kernel.clock import local_today
from core.kernel.db import AUDIT_EXEMPT
from core.kernel.errors import ConflictError, DeskmateError, NotFound, PermissionDenied, ValidationError
from core.kernel.formats import Formats, read_formats
from core.kernel.i18n import N_, _, ngettext, pgettext
from core.kernel.settings import SettingsService
from core.users.permissions import Perm, require
from core.kernel.types import to_jsonable

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from core.app import Deskmate


class State(StrEnum):
    NEW = "new"
    SNOOZED = "snoozed"
    ESCALATED = "escalated"
    APPLIED = "applied"
    REJECTED = "rejected"
    SUPERSEDED = "superseded"
    EXPIRED = "expired"
    PILOT = "pilot"          # drafted by a job in pilot: never in the inbox, compared with what people did


class Action(StrEnum):
    APPROVE = "approve"
    EDIT = "edit"
    REJECT = "reject"
    SNOOZE = "snooze"
    ESCALATE = "escalate"


OPEN_STATES = (State.NEW.value, State.SNOOZED.value, State.ESCALATED.value)


def dedupe_key(job_id: str | None, subject_type: str, subject_id: object, occurrence: str) -> str:
    return f"{job_id or 'manual'}|{subject_type}:{subject_id}|{occurrence}"


@dataclass(frozen=True)
class SuggestionRow:
    id: int
    kind: str
    area: str
    title: str
    subject_label: str
    state: str
    decision: str | None
    job_id: str | None
    machine_drafted: bool
    assigned_role: str | None
    value: Decimal | None
    created_at: datetime
    snoozed_until: date | None
    last_error: str | None
    due_at: datetime | None = None

    @property
    def state_label(self) -> str:
        return state_words(self.state, self.decision)


def state_words(state: str, decision: str | None = None) -> str:
    """An item's state as a person reads it ("applied (edited)"), in their language."""
    if state == State.APPLIED.value and decision:
        if decision == "approved":
            return pgettext("inbox state", "applied (approved)")
        if decision == "edited":
            return pgettext("inbox state", "applied (edited)")
    words = {"new": pgettext("inbox state", "new"), "snoozed": pgettext("inbox state", "snoozed"),
             "escalated": pgettext("inbox state", "escalated"), "applied": pgettext("inbox state", "applied"),
             "rejected": pgettext("inbox state", "rejected"), "superseded": pgettext("inbox state", "superseded"),
             "expired": pgettext("inbox state", "expired"),
             # decisions, where one is named alone ("item 4 is already approved")
             "approved": pgettext("inbox state", "approved"), "edited": pgettext("inbox state", "edited")}
    return words.get(str(state), str(state))


def role_word(role: Role | str) -> str:
    """A role as a sentence names it ("above the 500 that staff may approve")."""
    return {"owner": pgettext("role", "the owner"), "staff": pgettext("role", "staff"),
            "bookkeeper": pgettext("role", "the bookkeeper")}.get(str(role), str(role))


@dataclass(frozen=True)
class SuggestionEventRow:
    at: datetime
    username: str
    action: str
    from_state: str
    to_state: str
    reason: str | None

    def words(self, fm: Formats, job_title: str | None = None) -> str:
        """The event as a line of the item's history: "30 Nov 2026, 09:00 Payment reminders
        (automatic): drafted" — the shop's date format, the automation by the drafting job's title."""
        action = _(ACTION_WORDS[self.action]) if self.action in ACTION_WORDS else self.action
        line = _("{when} {who}: {what}").format(when=fm.datetime(self.at),
                                                who=who_words(self.username, job_title), what=action)
        return line + (f" — {shown(self.reason)}" if self.reason else "")


#: What happened to an item, as its history reads (the stored action is a verb's stem).
ACTION_WORDS = {"draft": N_("drafted"), "approve": N_("approved"), "edit": N_("edited and applied"),
                "reject": N_("rejected"), "snooze": N_("snoozed"), "escalate": N_("sent to the owner"),
                "supersede": N_("replaced"), "wake": N_("back from snooze"), "expire": N_("expired")}


@dataclass(frozen=True)
class SuggestionDetail:
    id: int
    kind: str
    area: str
    title: str
    summary: str
    subject_type: str
    subject_id: str
    subject_label: str
    occurrence: str
    state: str
    decision: str | None
    decision_reason: str | None
    job_id: str | None
    machine_drafted: bool
    assigned_role: str | None
    value: Decimal | None
    payload: Any
    applied_payload: Any
    reason: dict[str, Any]
    created_at: datetime
    decided_at: datetime | None
    decided_by: int | None
    snoozed_until: date | None
    result: str | None
    last_error: str | None
    events: tuple[SuggestionEventRow, ...] = ()
    due_at: datetime | None = None
    # the person the owner routed it to: "for Anna", "for Anna (standing in for Ben)"; None = by role
    routed: str | None = None

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES


@dataclass(frozen=True)
class InboxFilter:
    states: tuple[str, ...] | None = OPEN_STATES
    kind: str | None = None
    job_id: str | None = None
    assigned_role: str | None = None
    # with assigned_role: leave out what the owner routed to somebody else (core/inbox/routing.py)
    user_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    text: str | None = None
    decision: str | None = None


# Urgency first: kinds ordered by their most urgent item, then each kind's items by due time
# (items without one last, newest first), so a list reads as groups of one kind, the most pressing
# group on top.
_KIND_FIRST_DUE = func.min(Suggestion.due_at).over(partition_by=Suggestion.kind)
SORTS = {
    "due": (_KIND_FIRST_DUE.asc().nulls_last(), Suggestion.kind.asc(), Suggestion.due_at.asc().nulls_last(),
            Suggestion.id.desc()),
    "newest": (Suggestion.id.desc(),),
    "oldest": (Suggestion.id.asc(),),
    "kind": (Suggestion.kind.asc(), Suggestion.id.desc()),
    "value": (Suggestion.value.desc(), Suggestion.id.desc()),
    "title": (Suggestion.title.asc(), Suggestion.id.desc()),
    "state": (Suggestion.state.asc(), Suggestion.id.desc()),
}


@dataclass(frozen=True)
class KindRoles:
    """Who may decide one kind of suggestion: its default and what the owner set."""

    kind: str
    title: str
    area: str
    default_roles: tuple[str, ...]
    roles: tuple[str, ...]
    customised: bool
    value_limit_setting: str | None


@dataclass(frozen=True)
class KindGroup:
    """One kind's share of a list sorted by urgency: the list's rows come in these groups."""

    kind: str
    title: str
    count: int
    first_due: datetime | None


@dataclass(frozen=True)
class DecideRight:
    """Whether a person may decide an item, and if not, who does (for disabled buttons)."""

    may: bool
    deciders: str            # "the bookkeeper or the owner"
    reason: str              # the refusal, empty when ``may``
    # only the value limit stands in the way: an edit bringing the value under it may be applied
    may_edit: bool = False


@dataclass(frozen=True)
class DecisionResult:
    id: int
    ok: bool
    state: str
    message: str


# The list's columns only: fetching rows for the table must not decode every payload and reason
# card (JSON) it never shows.
ROW_COLUMNS = (Suggestion.id, Suggestion.kind, Suggestion.area, Suggestion.title, Suggestion.subject_label,
               Suggestion.state, Suggestion.decision, Suggestion.job_id, Suggestion.machine_drafted,
               Suggestion.assigned_role, Suggestion.value, Suggestion.created_at, Suggestion.snoozed_until,
               Suggestion.last_error, Suggestion.due_at)


def _row(s: Any) -> SuggestionRow:
    return SuggestionRow(s.id, s.kind, s.area, shown(s.title), s.subject_label, s.state, s.decision,
                         s.job_id, s.machine_drafted, s.assigned_role, s.value, s.created_at,
                         s.snoozed_until, s.last_error, s.due_at)


def _aware(d: Any) -> datetime | None:
    """A UTC instant read back through an aggregate (which loses the column's type)."""
    if d is None:
        return None
    if isinstance(d, str):
        d = datetime.fromisoformat(d)
    return d if d.tzinfo is not None else d.replace(tzinfo=UTC)


def _payload_shown(payload: Any) -> Any:
    """A proposal whose lines carry their own reason cards (a reorder's lines), with those cards
    in the reader's language."""
    if not isinstance(payload, dict) or not isinstance(payload.get("lines"), list):
        return payload
    lines = [{**ln, "reason": card_shown(ln["reason"])} if isinstance(ln, dict) and isinstance(ln.get("reason"), dict)
             else ln for ln in payload["lines"]]
    return {**payload, "lines": lines}


def _without_cards(payload: Any) -> Any:
    """A proposal without its lines' reason cards: what a person can change (an edit sends the
    cards back as they read them, in their language)."""
    if not isinstance(payload, dict) or not isinstance(payload.get("lines"), list):
        return payload
    return {**payload, "lines": [{k: v for k, v in ln.items() if k != "reason"} if isinstance(ln, dict) else ln
                                 for ln in payload["lines"]]}


def _detail(s: Suggestion, events: Sequence[SuggestionEvent] = ()) -> SuggestionDetail:
    """The item in the reader's language: stored messages are translated here (see texts.py)."""
    return SuggestionDetail(
        id=s.id, kind=s.kind, area=s.area, title=shown(s.title), summary=shown(s.summary),
        subject_type=s.subject_type, subject_id=s.subject_id, subject_label=s.subject_label,
        occurrence=s.occurrence, state=s.state, decision=s.decision,
        decision_reason=s.decision_reason, job_id=s.job_id, machine_drafted=s.machine_drafted,
        assigned_role=s.assigned_role, value=s.value, payload=_payload_shown(s.payload),
        applied_payload=s.applied_payload, reason=card_shown(s.reason or {}), created_at=s.created_at,
        decided_at=s.decided_at, decided_by=s.decided_by, snoozed_until=s.snoozed_until,
        result=shown_or_none(s.result), last_error=shown_or_none(s.last_error), due_at=s.due_at,
        events=tuple(SuggestionEventRow(e.at, e.username, e.action, e.from_state, e.to_state, e.reason)
                     for e in events))


class InboxService:
    def __init__(self, app: "Deskmate") -> None:
        self.app = app
        self.db = app.db
        self.clock = app.clock

    # ------------------------------------------------------------------ drafting (jobs, areas)
    def draft(self, session: Session, *, kind: str, subject_type: str, subject_id: object,
              title: str, payload: Any, reason: dict[str, Any], occurrence: str = "",
              job_id: str | None = None, subject_label: str = "", summary: str = "",
              value: Decimal | None = None, machine_drafted: bool = True,
              created_by: Actor | None = None, expires_on: date | None = None, pilot: bool = False) -> int | None:
        """Add a suggestion unless one with the same (job, subject, occurrence) exists.

        Returns the new id, or None when it already existed. The unique constraint on the key is
        the final guard for a second process racing this one. A ``pilot`` draft is kept out of
        the inbox (state "pilot"): nobody decides it; the job's payoff compares it with what people did.
        """
        spec = kind_spec(kind)
        if spec is None:
            raise DeskmateError(_("no area has registered the suggestion kind '{kind}'").format(kind=kind))
        key = dedupe_key(job_id, subject_type, subject_id, occurrence)
        if session.scalar(select(Suggestion.id).where(Suggestion.dedupe_key == key)) is not None:
            return None
        now = self.clock.now()
        plain = to_jsonable(payload)          # once: a reorder payload holds thousands of figures
        due_at = compute_due(session, spec, subject_type=subject_type, subject_id=subject_id,
                             occurrence=occurrence, drafted_at=now, payload=plain)
        row = Suggestion(
            kind=kind, area=spec.area, job_id=job_id, machine_drafted=machine_drafted, due_at=due_at,
            created_by=created_by.user_id if created_by else None, dedupe_key=key,
            subject_type=subject_type, subject_id=str(subject_id), subject_label=subject_label,
            occurrence=occurrence, title=title, summary=summary, payload=plain,
            reason=to_jsonable(reason), value=value, state=(State.PILOT if pilot else State.NEW).value,
            assigned_role=None, expires_on=expires_on, created_at=now, updated_at=now)
        try:
            with session.begin_nested():
                session.add(row)
                session.flush()
        except IntegrityError:
            return None
        who = created_by or SYSTEM
        self._event(session, row, who, "draft", "", row.state, None)
        record(session, who, area="inbox", action="draft suggestion", entity="suggestion",
               entity_id=row.id, after={"kind": kind, "title": shown(title), "job": job_id},
               summary=shown(title), at=now, machine_drafted=machine_drafted)
        return row.id

    def supersede_open(self, session: Session, *, subject_type: str, subject_id: object,
                       reason: str, actor: Actor = SYSTEM, kind: str | None = None,
                       except_id: int | None = None, only_id: int | None = None) -> int:
        """Close open suggestions about a subject that changed underneath them."""
        q = select(Suggestion).where(Suggestion.subject_type == subject_type,
                                     Suggestion.subject_id == str(subject_id),
                                     Suggestion.state.in_(OPEN_STATES))
        if kind:
            q = q.where(Suggestion.kind == kind)
        if except_id is not None:
            q = q.where(Suggestion.id != except_id)
        if only_id is not None:
            q = q.where(Suggestion.id == only_id)
        n = 0
        for s in session.scalars(q):
            old = s.state
            s.state = State.SUPERSEDED.value
            s.decision_reason = reason
            s.updated_at = self.clock.now()
            self._event(session, s, actor, "supersede", old, s.state, reason)
            record(session, actor, area="inbox", action="supersede suggestion", entity="suggestion",
                   entity_id=s.id, before={"state": old}, after={"state": s.state},
                   summary=f"{shown(s.title)}: {shown(reason)}", at=self.clock.now())
            n += 1
        return n

    def open_subject_ids(self, session: Session, kind: str) -> set[str]:
        """Subjects with an open suggestion of a kind (e.g. products already proposed for order)."""
        return set(session.scalars(select(Suggestion.subject_id).where(
            Suggestion.kind == kind, Suggestion.state.in_(OPEN_STATES))))

    def open_payloads(self, session: Session, kind: str) -> list[Any]:
        return list(session.scalars(select(Suggestion.payload).where(
            Suggestion.kind == kind, Suggestion.state.in_(OPEN_STATES))))

    # ------------------------------------------------------------------ reading
    def _today(self, session: Session) -> date:
        return local_today(self.clock, SettingsService.read(session, "shop.timezone"))

    def wake_snoozed(self, session: Session) -> int:
        """Snoozed items whose date has come are new again; expired ones are closed. Each change
        is an event on the item and the batch is one audit entry (the scheduler calls this on
        every heartbeat, so it must be cheap when there is nothing to do)."""
        today = self._today(session)
        now = self.clock.now()
        changed: list[tuple[Suggestion, str, str, str]] = []
        for s in session.scalars(select(Suggestion).where(
                Suggestion.state == State.SNOOZED.value, Suggestion.snoozed_until <= today)):
            changed.append((s, s.state, State.NEW.value,
                            stored("snoozed until {day} — back", day=str(s.snoozed_until))))
            s.state = State.NEW.value
        for s in session.scalars(select(Suggestion).where(
                Suggestion.state.in_(OPEN_STATES), Suggestion.expires_on.is_not(None),
                Suggestion.expires_on < today)):
            changed.append((s, s.state, State.EXPIRED.value, stored("expired on {day}", day=str(s.expires_on))))
            s.state = State.EXPIRED.value
        for s, old, new, why in changed:
            s.updated_at = now
            self._event(session, s, SYSTEM, "wake" if new == State.NEW.value else "expire", old, new, why)
        if changed:
            record(session, SYSTEM, area="inbox", action="wake or expire suggestions", entity="suggestion",
                   after={"ids": [s.id for s, *_ in changed], "states": [n for *_, n, _w in changed]},
                   summary=ngettext("{n} inbox item woke up or expired", "{n} inbox items woke up or expired",
                                    len(changed)).format(n=len(changed)), at=now, machine_drafted=True)
        return len(changed)

    def _query(self, f: InboxFilter, session: Session) -> Select[Any]:
        q = select(Suggestion)
        if f.states:
            q = q.where(Suggestion.state.in_(f.states))
        else:       # "everything" is everything people saw: a pilot's drafts never reached the inbox
            q = q.where(Suggestion.state != State.PILOT.value)
        if f.kind:
            q = q.where(Suggestion.kind == f.kind)
        if f.job_id:
            q = q.where(Suggestion.job_id == f.job_id)
        if f.decision:
            q = q.where(Suggestion.decision == f.decision)
        if f.assigned_role:
            q = q.where(self._role_clause(session, Role(f.assigned_role)))
            if f.user_id is not None and f.assigned_role != Role.OWNER.value:
                q = q.where(Router(session, self._today(session)).clause_for(f.user_id))
        if f.date_from or f.date_to:
            zone = ZoneInfo(SettingsService.read(session, "shop.timezone"))
            if f.date_from:
                q = q.where(Suggestion.created_at >= datetime.combine(f.date_from, time(), zone))
            if f.date_to:
                q = q.where(Suggestion.created_at < datetime.combine(f.date_to + timedelta(days=1), time(), zone))
        if f.text:
            like = f"%{f.text}%"
            q = q.where(or_(Suggestion.title.ilike(like), Suggestion.subject_label.ilike(like),
                            Suggestion.summary.ilike(like)))
        return q

    def _role_clause(self, session: Session, role: Role) -> Any:
        """Items a role may decide: escalated ones only the owner; the others for every role that
        may decide their kind (per the owner's setting or the kind's default) and, for kinds with
        a value limit, only up to that limit. The same rule as :meth:`check_may_decide`, in SQL, so
        "waiting for me", the sidebar badge and the decision buttons agree."""
        if role == Role.OWNER:
            return true()
        plain: list[str] = []
        limited: list[Any] = []
        for k, spec in list(load_kinds().items()):
            if role not in self.roles_for(session, spec):
                continue
            if spec.value_limit_setting:
                limit = Decimal(str(SettingsService.read(session, spec.value_limit_setting)))
                limited.append(and_(Suggestion.kind == k,
                                    or_(Suggestion.value.is_(None), Suggestion.value <= limit)))
            else:
                plain.append(k)
        kinds = or_(Suggestion.kind.in_(plain), *limited) if (plain or limited) else false()
        return and_(kinds, or_(Suggestion.assigned_role.is_(None), Suggestion.assigned_role != Role.OWNER.value))

    def kind_groups(self, f: InboxFilter = InboxFilter()) -> list[KindGroup]:
        """The kinds in a filtered list with their counts, most urgent kind first: the groups the
        ``"due"`` sort lays its rows out in."""
        titles = self.kind_titles()
        with self.db.read() as s:
            sub = self._query(f, s).with_only_columns(Suggestion.kind, Suggestion.due_at).subquery()
            rows = s.execute(select(sub.c.kind, func.count(), func.min(sub.c.due_at))
                             .group_by(sub.c.kind)).all()
        groups = [KindGroup(k, titles.get(k, k), n, _aware(d)) for k, n, d in rows]
        return sorted(groups, key=lambda g: (g.first_due is None, g.first_due or datetime.min.replace(tzinfo=UTC),
                                              g.kind))

    def ids(self, f: InboxFilter = InboxFilter(), sort: str = "newest") -> list[int]:
        """Just the ids in display order: the lazy table model fetches rows as they scroll in."""
        with self.db.read() as s:
            q = self._query(f, s).with_only_columns(Suggestion.id).order_by(*SORTS[sort])
            return list(s.scalars(q))

    def rows(self, ids: Sequence[int]) -> list[SuggestionRow]:
        if not ids:
            return []
        with self.db.read() as s:
            found = {r.id: _row(r) for r in s.execute(select(*ROW_COLUMNS).where(Suggestion.id.in_(ids)))}
        return [found[i] for i in ids if i in found]

    def list(self, f: InboxFilter = InboxFilter(), sort: str = "newest", limit: int | None = None,
             offset: int = 0) -> list[SuggestionRow]:
        with self.db.read() as s:
            q = self._query(f, s).with_only_columns(*ROW_COLUMNS).order_by(*SORTS[sort]).offset(offset)
            if limit is not None:
                q = q.limit(limit)
            return [_row(r) for r in s.execute(q)]

    def get(self, suggestion_id: int, *, viewer: Actor | None = None) -> SuggestionDetail:
        """One item with its reason card, proposal and history, as ``viewer`` may see it: a kind
        that quotes private figures (a colleague's contract hours) redacts them for a staff
        viewer through its ``for_viewer``. ``None`` is the system itself and sees everything."""
        with self.db.read() as s:
            row = s.get(Suggestion, suggestion_id)
            if row is None:
                raise NotFound(_("no inbox item {id}").format(id=suggestion_id))
            events = s.scalars(select(SuggestionEvent).where(
                SuggestionEvent.suggestion_id == suggestion_id).order_by(SuggestionEvent.id)).all()
            detail = _detail(row, events)
            effective = Router(s, self._today(s)).for_item(row.kind, row.job_id)
            if effective is not None:
                detail = replace(detail, routed=effective.label())
            spec = kind_spec(detail.kind)
            if viewer is not None and spec is not None and spec.for_viewer is not None:
                detail = spec.for_viewer(ViewContext(s, viewer), detail)
            return detail

    def counts_by_kind(self) -> dict[str, int]:
        with self.db.read() as s:
            return dict(s.execute(select(Suggestion.kind, func.count(Suggestion.id)).where(
                Suggestion.state.in_((State.NEW.value, State.ESCALATED.value)))
                .group_by(Suggestion.kind)).all())

    def waiting_counts(self, role: Role | str | None = None, user_id: int | None = None) -> dict[str, int]:
        """Open items waiting for a decision (new or escalated) per kind; with ``role``, only
        those that role may decide (with ``user_id`` also not routed to somebody else). Feeds
        the sidebar badge and the inbox's kind filter."""
        with self.db.read() as s:
            q = select(Suggestion.kind, func.count(Suggestion.id)).where(
                Suggestion.state.in_((State.NEW.value, State.ESCALATED.value)))
            if role is not None:
                q = q.where(self._role_clause(s, Role(role)))
                if user_id is not None and Role(role) != Role.OWNER:
                    q = q.where(Router(s, self._today(s)).clause_for(user_id))
            return dict(s.execute(q.group_by(Suggestion.kind)).all())

    def decision_roles(self) -> list[KindRoles]:
        """Every kind with the roles that may decide it (the owner always may)."""
        order = [r.value for r in Role]
        with self.db.read() as s:
            configured = SettingsService.read(s, "inbox.decide_roles")
            out = []
            for kind, spec in sorted(list(load_kinds().items()), key=lambda kv: (kv[1].area, kv[1].title)):
                roles = self.roles_for(s, spec)
                out.append(KindRoles(kind, _(spec.title), spec.area,
                                     tuple(r for r in order if r in spec.default_roles | {Role.OWNER}),
                                     tuple(r for r in order if r in roles), kind in configured,
                                     spec.value_limit_setting))
            return out

    def set_decision_roles(self, actor: Actor, kind: str, roles: Iterable[Role | str] | None) -> list[KindRoles]:
        """Owner: set who may decide a kind (None = back to its default). Audited as a setting."""
        if kind_spec(kind) is None:
            raise NotFound(_("no suggestion kind '{kind}'").format(kind=kind))
        current = dict(self.app.settings.get("inbox.decide_roles"))
        if roles is None:
            current.pop(kind, None)
        else:
            current[kind] = sorted({Role(r).value for r in roles} | {Role.OWNER.value})
        self.app.settings.update(actor, {"inbox.decide_roles": current})
        return self.decision_roles()

    # ------------------------------------------------------------------ routing to a person
    def routes(self) -> "builtins.list[RouteInfo]":
        with self.db.read() as s:
            return routes(s)

    def set_route(self, actor: Actor, user: str, *, kind: str | None = None, job_id: str | None = None,
                  job_kinds: Sequence[str] = (), standin: str | None = None) -> RouteInfo:
        """Route a kind, or one job's items (``job_kinds``: the kinds that job drafts, which the
        inbox cannot look up: jobs live above it), to a named person with a stand-in while they
        are away. Owner only; each person must be allowed to decide the kinds (roles stay
        enforced)."""
        require(actor, Perm.MANAGE_AUTOMATION)
        if (kind is None) == (job_id is None):
            raise ValidationError(_("route either a kind or a job's items"))
        if kind is not None and kind_spec(kind) is None:
            raise NotFound(_("no inbox kind {kind}").format(kind=kind))
        kinds = [kind] if kind is not None else list(job_kinds)
        from core.users.models import User
        with self.db.uow() as s:
            def person(name: str) -> Any:
                u = s.scalars(select(User).where(User.username == name)).first()
                if u is None or not u.active:
                    raise NotFound(_("no active user {name}").format(name=name))
                for k in kinds:
                    spec = kind_spec(k)
                    if spec is not None and Role(u.role) not in self.roles_for(s, spec):
                        raise PermissionDenied(_("{name} may not decide {kinds}: they are decided by "
                                                 "{deciders}").format(name=name, kinds=spec.plural_title,
                                                                      deciders=self.deciders(s, spec)))
                return u
            main = person(user)
            stand = person(standin) if standin is not None else None
            if stand is not None and stand.id == main.id:
                raise ValidationError(_("the stand-in must be somebody else"))
            row = s.scalars(select(Route).where(Route.kind == kind) if kind is not None
                            else select(Route).where(Route.job_id == job_id)).first()
            before = None if row is None else {"user_id": row.user_id, "standin_user_id": row.standin_user_id}
            if row is None:
                row = Route(kind=kind, job_id=job_id, created_at=self.clock.now(), created_by=actor.username)
                s.add(row)
            row.user_id = main.id
            row.standin_user_id = stand.id if stand is not None else None
            s.flush()
            record(s, actor, area="inbox", action="route", entity="inbox_route", entity_id=row.id,
                   before=before, after={"kind": kind, "job": job_id, "user": user, "standin": standin},
                   summary=_("{what} routed to {user}").format(what=kind or job_id, user=user))
            return next(r for r in routes(s) if r.id == row.id)

    def remove_route(self, actor: Actor, *, kind: str | None = None, job_id: str | None = None) -> bool:
        """Back to deciding by role. True when there was a route."""
        require(actor, Perm.MANAGE_AUTOMATION)
        with self.db.uow() as s:
            row = s.scalars(select(Route).where(Route.kind == kind) if kind is not None
                            else select(Route).where(Route.job_id == job_id)).first()
            if row is None:
                return False
            record(s, actor, area="inbox", action="unroute", entity="inbox_route", entity_id=row.id,
                   before={"kind": row.kind, "job": row.job_id, "user_id": row.user_id},
                   summary=_("{what} decided by role again").format(what=kind or job_id))
            s.delete(row)
            return True

    def kind_titles(self) -> dict[str, str]:
        """Every kind's title in the reader's language."""
        return {k: _(spec.title) for k, spec in list(load_kinds().items())}

    def refresh(self) -> int:
        with self.db.uow() as s:
            return self.wake_snoozed(s)

    # ------------------------------------------------------------------ permissions
    def roles_for(self, session: Session, spec: KindSpec) -> frozenset[Role]:
        configured = SettingsService.read(session, "inbox.decide_roles").get(spec.kind)
        roles = frozenset(Role(r) for r in configured) if configured else spec.default_roles
        return roles | {Role.OWNER}

    def deciders(self, session: Session, spec: KindSpec) -> str:
        """Who decides a kind, in words: "the bookkeeper or the owner" (each combination a whole
        phrase, so a translator sees it whole)."""
        roles = self.roles_for(session, spec)
        staff, bookkeeper = Role.STAFF in roles, Role.BOOKKEEPER in roles
        if staff and bookkeeper:
            return _("staff, the bookkeeper or the owner")
        if staff:
            return _("staff or the owner")
        if bookkeeper:
            return _("the bookkeeper or the owner")
        return _("the owner")

    def check_may_decide(self, session: Session, actor: Actor, s: Suggestion,
                         value: Decimal | None = None, *, kind_only: bool = False) -> None:
        """Refuse (PermissionDenied) unless ``actor`` may decide the item. ``kind_only`` checks
        everything but the value limit (an edit may still bring the value under it)."""
        if actor.is_system:
            raise PermissionDenied(_("automation drafts; only a person decides"))
        role = Role(actor.role)
        if role == Role.OWNER:
            return
        if s.assigned_role == Role.OWNER.value:
            raise PermissionDenied(_("item {id} was escalated to the owner: the owner decides it now").format(id=s.id))
        effective = Router(session, self._today(session)).for_item(s.kind, s.job_id)
        if effective is not None and effective.decider_id != actor.user_id:
            raise PermissionDenied(_("item {id} is {who}: they or the owner decide it").format(
                id=s.id, who=effective.label()))
        spec = kind_spec(s.kind)
        if spec is None:
            raise PermissionDenied(_("You may not decide '{kind}' items: this version of Deskmate "
                                     "does not know them").format(kind=s.kind))
        if role not in self.roles_for(session, spec):
            raise PermissionDenied(_("You may not decide {kinds}: they are decided by {deciders}").format(
                kinds=spec.plural_title, deciders=self.deciders(session, spec)))
        if spec.value_limit_setting and not kind_only:
            limit = Decimal(str(SettingsService.read(session, spec.value_limit_setting)))
            amount = value if value is not None else s.value
            if amount is not None and amount > limit:
                raise PermissionDenied(_("item {id} is worth {amount}, above the {limit} that {role} may "
                                         "approve; escalate it to the owner").format(
                    id=s.id, amount=amount, limit=limit, role=role_word(role)))

    def may_decide(self, actor: Actor, suggestion_id: int) -> bool:
        return self.decide_right(actor, suggestion_id).may

    def decide_right(self, actor: Actor, suggestion_id: int) -> DecideRight:
        """May this person decide the item, and if not, who does (the desktop disables its
        decision buttons and names the deciders in their tooltip)."""
        with self.db.read() as s:
            row = s.get(Suggestion, suggestion_id)
            if row is None:
                raise NotFound(_("no inbox item {id}").format(id=suggestion_id))
            spec = kind_spec(row.kind)
            if row.assigned_role == Role.OWNER.value:
                who = _("the owner (escalated)")
            elif spec is not None and spec.value_limit_setting and actor.role != Role.OWNER:
                limit = Decimal(str(SettingsService.read(s, spec.value_limit_setting)))
                over = row.value is not None and row.value > limit
                who = _("the owner (above the value limit)") if over else self.deciders(s, spec)
            else:
                who = self.deciders(s, spec) if spec is not None else _("nobody in this version")
            try:
                self.check_may_decide(s, actor, row)
            except PermissionDenied as exc:
                try:
                    self.check_may_decide(s, actor, row, kind_only=True)
                except PermissionDenied:
                    return DecideRight(False, who, str(exc))
                return DecideRight(False, who, str(exc), may_edit=True)
            return DecideRight(True, who, "", may_edit=True)

    # ------------------------------------------------------------------ deciding
    def decide(self, actor: Actor, suggestion_id: int, action: Action | str, *,
               payload: Any = None, reason: str | None = None, until: date | None = None) -> DecisionResult:
        """Apply one decision in its own unit of work. A failed apply leaves everything as it was
        and stores the error on the item (in a separate small transaction) for people to see."""
        action = Action(action)
        require(actor, Perm.DECIDE_INBOX)
        try:
            with self.db.uow() as s:
                return self._decide(s, actor, suggestion_id, action, payload, reason, until)
        except DeskmateError as exc:
            if isinstance(exc, (PermissionDenied, NotFound, ConflictError)) or action not in (Action.APPROVE, Action.EDIT):
                raise
            self._store_error(suggestion_id, str(exc))
            raise

    def decide_many(self, actor: Actor, ids: Iterable[int], action: Action | str, *,
                    reason: str | None = None, until: date | None = None) -> list[DecisionResult]:
        """A batch in one transaction, each item in its own savepoint: one failure does not undo
        the others, and is reported beside them."""
        action = Action(action)
        require(actor, Perm.DECIDE_INBOX)
        if action == Action.EDIT:
            raise DeskmateError(_("edits are made one item at a time"))
        results: list[DecisionResult] = []
        errors: list[tuple[int, str]] = []
        with self.db.uow() as s:
            for sid in ids:
                try:
                    with s.begin_nested():
                        results.append(self._decide(s, actor, sid, action, None, reason, until))
                except DeskmateError as exc:
                    results.append(DecisionResult(sid, False, "", str(exc)))
                    # only a failed apply is the item's problem; a refusal is the decider's
                    if action in (Action.APPROVE, Action.EDIT) and not isinstance(
                            exc, (PermissionDenied, NotFound, ConflictError)):
                        errors.append((sid, str(exc)))
            for sid, msg in errors:
                row = s.get(Suggestion, sid)
                if row is not None and row.state in OPEN_STATES:
                    row.last_error = msg
            if not any(r.ok for r in results):
                s.info[AUDIT_EXEMPT] = True   # only notes of failed applies: nobody changed anything
        return results

    @staticmethod
    def _decided_by(s: Session, row: Suggestion) -> str:
        """`` by Sam Staff`` for an item a person decided (another desktop, a moment ago)."""
        if row.decided_by is None:
            return ""
        from core.users.models import User
        user = s.get(User, row.decided_by)
        return (user.display_name or user.username) if user is not None else _("someone else")

    def _decide(self, s: Session, actor: Actor, sid: int, action: Action, payload: Any,
                reason: str | None, until: date | None) -> DecisionResult:
        # Locked for the rest of the transaction (PostgreSQL; SQLite's writer already holds the
        # database): two desktops deciding the same item at once are served one after the other,
        # and the second reads the first one's decision instead of applying it again.
        row = s.get(Suggestion, sid, with_for_update=True, populate_existing=True)
        if row is None:
            raise NotFound(_("no inbox item {id}").format(id=sid))
        if row.state not in OPEN_STATES:
            done = state_words(row.decision if row.state == State.APPLIED.value and row.decision else row.state)
            by = self._decided_by(s, row)
            if by:
                raise ConflictError(_("item {id} is already {state} by {person}; nothing to decide").format(
                    id=sid, state=done, person=by))
            raise ConflictError(_("item {id} is already {state}; nothing to decide").format(id=sid, state=done))
        spec = kind_spec(row.kind)
        if spec is None:
            raise DeskmateError(_("no area handles '{kind}' items in this version of Deskmate").format(kind=row.kind))
        now = self.clock.now()
        before = row.state
        if action in (Action.APPROVE, Action.EDIT):
            applied = row.payload if action == Action.APPROVE or payload is None else payload
            # who may decide comes before whether the proposal is valid: a refusal is the answer
            self.check_may_decide(s, actor, row, kind_only=True)
            if spec.normalise is not None:
                applied = to_jsonable(spec.normalise(applied))
            value = spec.value(applied) if spec.value is not None else row.value
            self.check_may_decide(s, actor, row, value)
            edited = action == Action.EDIT and _without_cards(to_jsonable(applied)) != _without_cards(row.payload)
            decision = "edited" if edited else "approved"
            detail = _detail(row)
            try:
                result = spec.apply(ApplyContext(s, actor, self.app, detail), applied)
            except DeskmateError:
                raise
            except Exception as exc:  # noqa: BLE001 - an applier bug must not half-apply either
                log.exception("applying suggestion %s (%s) failed", row.id, row.kind)
                raise DeskmateError(_("could not apply: {error}").format(error=exc)) from exc
            row.applied_payload = to_jsonable(applied)
            row.state, row.decision, row.result = State.APPLIED.value, decision, result
            row.decision_reason = reason
            row.applied_at = now
            row.last_error = None
            if value is not None:
                row.value = value
        elif action == Action.REJECT:
            self.check_may_decide(s, actor, row)
            if not reason or not reason.strip():
                raise DeskmateError(_("say why it is rejected: the reason teaches the automation"))
            if spec.on_reject is not None:
                spec.on_reject(ApplyContext(s, actor, self.app, _detail(row)), reason)
            row.state, row.decision, row.decision_reason = State.REJECTED.value, "rejected", reason
        elif action == Action.SNOOZE:
            self.check_may_decide(s, actor, row)
            today = self._today(s)
            until = until or today + timedelta(days=1)
            if until <= today:
                raise DeskmateError(_("snooze until a day after today"))
            row.state, row.snoozed_until = State.SNOOZED.value, until
            reason = reason or stored("until {day}", day=read_formats(s).date(until))
        elif action == Action.ESCALATE:
            if actor.is_system:
                raise PermissionDenied(_("automation drafts; only a person decides"))
            row.state, row.assigned_role = State.ESCALATED.value, Role.OWNER.value
            row.decision_reason = reason
        if row.state not in OPEN_STATES:
            row.decided_by, row.decided_at = actor.user_id, now
        row.updated_at = now
        self._event(s, row, actor, action.value, before, row.state, reason,
                    {"proposal": row.payload, "applied": row.applied_payload}
                    if action in (Action.APPROVE, Action.EDIT) else None)
        record(s, actor, area="inbox", action=f"{action.value} suggestion", entity="suggestion",
               entity_id=row.id, before={"state": before, "proposal": row.payload if action == Action.EDIT else None},
               after={"state": row.state, "decision": row.decision, "applied": row.applied_payload,
                      "reason": reason, "result": row.result},
               summary=f"{shown(row.title)} — {action.value}" + (f": {shown(reason)}" if reason else ""), at=now)
        return DecisionResult(row.id, True, row.state, shown(row.result) if row.result else state_words(row.state))

    def _event(self, s: Session, row: Suggestion, actor: Actor, action: str, from_state: str,
               to_state: str, reason: str | None, detail: Any = None) -> None:
        s.add(SuggestionEvent(suggestion_id=row.id, at=self.clock.now(), user_id=actor.user_id,
                              username=actor.username, action=action, from_state=from_state,
                              to_state=to_state, reason=reason, detail=detail))

    def _store_error(self, sid: int, message: str) -> None:
        with self.db.uow() as s:
            s.info[AUDIT_EXEMPT] = True   # a note on the item, not a change: the failed apply left nothing
            row = s.get(Suggestion, sid)
            if row is not None and row.state in OPEN_STATES:
                row.last_error = message
