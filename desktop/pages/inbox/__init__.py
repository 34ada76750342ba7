"""The Review Inbox page: every automated draft waits here for a person's decision."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from typing import TYPE_CHECKING

from desktop.registry import PageSpec, register_page

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.context import DesktopContext


def _factory(ctx: DesktopContext) -> QWidget:  # imported lazily to keep start-up fast
    from desktop.pages.inbox.page import InboxPage
    return InboxPage(ctx)


def _badge(ctx: DesktopContext) -> str:  # runs on a worker thread
    """Items waiting for this person's role (the per-kind split is in the item's tooltip and
    the inbox's kind filter)."""
    counts = ctx.app.inbox.waiting_counts(ctx.actor.role, ctx.actor.user_id)
    total = sum(counts.values())
    return str(total) if total else ""


def _keys() -> list[tuple[str, str]]:
    from desktop.pages.inbox.keys import key_help
    return key_help()


register_page(PageSpec(key="inbox", title=QT_TRANSLATE_NOOP("pages", "Inbox"), order=10, factory=_factory, icon="inbox.svg",
                       badge=_badge, keys=_keys))
