"""Routing inbox items to a named person, not only a role, with a stand-in while they are away.

The owner routes a kind ("payment reminders go to Bea") or one job's items ("the win-back notes go
to Sam") to a person; a job's route wins over its kind's. While that person is away — time off the
roster knows, declared by the scheduling area in ``core/scheduling/routing.py`` with
:func:`register_away` — their stand-in decides instead, and the item says "for Anna (standing in
for Ben)". Roles stay enforced: the person and the stand-in must each be allowed to decide the kind,
and a routed item is decided by its person (or the stand-in while they are away) and the owner.

Routes are read when items are listed and decided (they are few), so a new route moves the items
already waiting, and a person's time off moves them to the stand-in and back without rewriting any.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, false, not_, or_, select
from sqlalchemy.orm import Session

from core.inbox.models import Route, Suggestion
from core.kernel.i18n import _
from core.kernel.registry import AreaRegistry

if TYPE_CHECKING:
    pass

#: away(session, user ids, day) -> the ones away that day; areas declare one in ``routing.py``
AwayFn = Callable[[Session, Iterable[int], date], set[int]]
AWAY: AreaRegistry[AwayFn] = AreaRegistry("routing", key=lambda fn: f"{fn.__module__}.{fn.__name__}")


def register_away(fn: AwayFn) -> AwayFn:
    return AWAY.register(fn)


@dataclass(frozen=True)
class RouteInfo:
    id: int
    kind: str | None
    job_id: str | None
    user_id: int
    user_name: str
    standin_user_id: int | None
    standin_name: str | None


@dataclass(frozen=True)
class Effective:
    """Who decides a routed item today."""

    route: RouteInfo
    decider_id: int
    decider_name: str
    away: bool          # the named person is away: the stand-in decides

    def label(self) -> str:
        """"for Anna", or "for Anna (standing in for Ben)" while Ben is away."""
        if self.away:
            return _("for {standin} (standing in for {name})").format(
                standin=self.decider_name, name=self.route.user_name)
        return _("for {name}").format(name=self.decider_name)


def away_users(session: Session, user_ids: Iterable[int], day: date) -> set[int]:
    ids = set(user_ids)
    out: set[int] = set()
    for fn in AWAY.values():
        out |= fn(session, ids, day)
    return out


def routes(session: Session) -> list[RouteInfo]:
    from core.users.models import User
    names = dict(session.execute(select(User.id, User.display_name)).all())
    logins = dict(session.execute(select(User.id, User.username)).all())

    def name(uid: int | None) -> str | None:
        return None if uid is None else (names.get(uid) or logins.get(uid) or str(uid))
    return [RouteInfo(r.id, r.kind, r.job_id, r.user_id, name(r.user_id) or "", r.standin_user_id,
                      name(r.standin_user_id))
            for r in session.scalars(select(Route).order_by(Route.kind, Route.job_id))]


class Router:
    """Routes and who is away today, read once per unit of work."""

    def __init__(self, session: Session, today: date) -> None:
        self.routes = routes(session)
        self.by_job = {r.job_id: r for r in self.routes if r.job_id}
        self.by_kind = {r.kind: r for r in self.routes if r.kind}
        people = {r.user_id for r in self.routes}
        self.away = away_users(session, people, today) if people else set()

    def effective(self, r: RouteInfo) -> Effective:
        if r.user_id in self.away and r.standin_user_id is not None:
            return Effective(r, r.standin_user_id, r.standin_name or "", True)
        return Effective(r, r.user_id, r.user_name, False)

    def for_item(self, kind: str, job_id: str | None) -> Effective | None:
        r = (self.by_job.get(job_id) if job_id else None) or self.by_kind.get(kind)
        return self.effective(r) if r is not None else None

    def _routed(self, r: RouteInfo) -> Any:
        if r.job_id:
            return Suggestion.job_id == r.job_id
        jobs = [j for j in self.by_job]
        clause = Suggestion.kind == r.kind
        return and_(clause, or_(Suggestion.job_id.is_(None), not_(Suggestion.job_id.in_(jobs)))) if jobs else clause

    def clause_for(self, user_id: int) -> Any:
        """SQL: items that are not routed to somebody else than ``user_id`` today."""
        others = [self._routed(r) for r in self.routes if self.effective(r).decider_id != user_id]
        return not_(or_(*others)) if others else not_(false())
