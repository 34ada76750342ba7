"""Settings page: shop settings from the typed registry, and users (owner) / my account (others)."""
from __future__ import annotations

from desktop.registry import PageSpec, register_page


def _factory(ctx):  # noqa: ANN001, ANN202 - imported lazily to keep start-up fast
    from desktop.pages.settings.page import SettingsPage
    return SettingsPage(ctx)


register_page(PageSpec(key="settings", title="Settings", order=90, factory=_factory, icon="settings.svg"))
