"""The Today page: the landing page for every role — what needs this person today."""
from __future__ import annotations

from desktop.registry import PageSpec, register_page


def _factory(ctx):  # noqa: ANN001, ANN202 - imported lazily to keep start-up fast
    from desktop.pages.today.page import TodayPage
    return TodayPage(ctx)


register_page(PageSpec(key="today", title="Today", order=5, factory=_factory, icon="today.svg"))
