"""What every page is given: the core app, who is logged in, the task runner and the bridge."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from core.app import Deskmate
from core.kernel.actor import Actor
from core.kernel.formats import Formats
from core.users.permissions import Perm, allowed
from desktop.bridge import Bridge
from desktop.tasks import TaskRunner


@dataclass
class DesktopContext:
    app: Deskmate
    actor: Actor
    tasks: TaskRunner
    bridge: Bridge
    status: Callable[[str], None] = lambda _msg: None
    # Filled by the shell: show another page, e.g. ctx.navigate("inbox", item_id=12)
    navigate: Callable[..., None] = lambda _key, **_kw: None
    extras: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # pages refresh from what core says changed (see core.kernel.changes)
        self.bridge.attach_changes(self.app.db.changes)

    @property
    def formats(self) -> Formats:
        """The shop's number and date formats (cached in core until a setting changes): every
        money, quantity, percentage and date a page shows goes through it."""
        return self.app.formats()

    def can(self, perm: Perm) -> bool:
        return allowed(self.actor, perm)
