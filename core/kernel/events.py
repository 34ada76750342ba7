"""Domain events inside one unit of work: side effects that follow a change in another area.

When invoicing voids an invoice, the appointments it billed become billable again — scheduling's
business, in scheduling's tables. Invoicing does not reach into them: it publishes
``invoice.released_appointments`` in its own transaction, and scheduling's handler (declared in
``core/scheduling/handlers.py``) does the rest in the same transaction, so both happen or neither.
Handlers must not commit, open their own unit of work or call the outside world; a handler that
raises rolls the whole change back, like any other failure in the unit of work.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from core.kernel.registry import AreaRegistry


@dataclass(frozen=True)
class EventContext:
    session: Session
    actor: Any          # core.kernel.actor.Actor
    app: Any            # core.app.Deskmate


Handler = Callable[[EventContext, dict[str, Any]], None]


@dataclass(frozen=True)
class Subscription:
    event: str
    area: str
    handler: Handler

    @property
    def key(self) -> str:
        return f"{self.event}:{self.area}"


SUBSCRIPTIONS: AreaRegistry[Subscription] = AreaRegistry("handlers", key=lambda sub: sub.key)


def subscribe(event: str, area: str, handler: Handler) -> Subscription:
    return SUBSCRIPTIONS.register(Subscription(event, area, handler))


def publish(ctx: EventContext, event: str, **data: Any) -> int:
    """Call every handler of ``event`` in the caller's transaction; returns how many ran."""
    ran = 0
    for sub in SUBSCRIPTIONS.values():
        if sub.event == event:
            sub.handler(ctx, data)
            ran += 1
    return ran
