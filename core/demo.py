"""The demo shop: deterministic (seeded), believable, and built only through the services.

Each area contributes its part in ``core/<area>/demo.py`` with a ``build(app, rng, ctx)`` function,
called in area order; ``ctx`` is a dict areas use to pass ids along (customers to invoicing...).
"""
from __future__ import annotations

import random
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from core.areas import area_modules
from core.kernel.actor import Role
from core.kernel.i18n import _, current_language, language, ngettext, normalise
from core.kernel.identity import DEMO_PASSWORD

if TYPE_CHECKING:
    from core.app import Deskmate

DEMO_MORNING_JOBS = ("inventory.reorder", "automation.data_quality", "scheduling.reminders")
DEMO_USERS = (
    ("owner", "Olivia Owner", Role.OWNER),
    ("sam", "Sam Staff", Role.STAFF),
    ("bea", "Bea Bookkeeper", Role.BOOKKEEPER),
)
DEMO_SETTINGS = {
    "shop.name": "Corner Bakery & Deli",
    "shop.address": "12 Market Street\nEdinburgh EH1 1AA",
    "shop.tax_id": "GB123456789",
    "shop.email": "hello@cornerbakery.example",
    "shop.phone": "0131 555 0100",
    "shop.currency": "GBP",
    "shop.locale": "en_GB",
    "shop.timezone": "Europe/London",
}
#: The demo shop in another language: that language's locale, the euro and a time zone there (names,
#: products and the address stay as they are). ``deskmate --lang de init --demo`` builds it.
DEMO_SETTINGS_BY_LANGUAGE: dict[str, dict[str, str]] = {
    "en": {},
    "de": {"shop.locale": "de_DE", "shop.currency": "EUR", "shop.timezone": "Europe/Berlin"},
    "es": {"shop.locale": "es_ES", "shop.currency": "EUR", "shop.timezone": "Europe/Madrid"},
}


def mark_as_demo(app: "Deskmate") -> None:
    """The demo shop says it is one (login dialog, window title), and only there may users keep
    the short documented password."""
    from core.kernel.actor import SYSTEM
    from core.kernel.audit import record
    from core.kernel.identity import mark_demo

    with app.db.uow() as s:
        mark_demo(s)
        record(s, SYSTEM, area="settings", action="mark demo shop", entity="database",
               summary=_("this is the demo shop: every user's password is '{password}'").format(
                   password=DEMO_PASSWORD))


def build_demo(app: "Deskmate", seed: int = 7, scale: int = 1,
               timings: dict[str, float] | None = None, lang: str | None = None) -> str:
    """Create the demo shop in an empty store. Returns a one-line summary.

    ``lang`` (default: the language being spoken, i.e. ``--lang`` / ``LANG``) picks the shop's
    locale, currency and time zone (:data:`DEMO_SETTINGS_BY_LANGUAGE`); the drafted work and the
    summary are in that language too. The same seed builds the same shop in every language.

    ``scale`` (ctx["scale"]) asks areas for that many times their usual volume (products, sales,
    customers, invoices...) — ``benchmarks/generate_large.py`` uses 20. Areas that ignore it
    simply build the normal shop. ``timings`` receives seconds spent per area."""
    import time

    from core.kernel.errors import ConflictError

    if scale < 1:
        raise ValueError("scale is a whole number from 1")
    if app.users.has_users():
        raise ConflictError(_("{folder} already holds a shop; use an empty --data-dir for the demo").format(
            folder=app.paths.root))
    lang = normalise(lang) or current_language()
    rng = random.Random(seed)
    mark_as_demo(app)
    owner_name, owner_display, _role = DEMO_USERS[0]
    owner = app.users.create_first_owner(owner_name, DEMO_PASSWORD, owner_display).actor
    users = {owner_name: owner}
    for name, display, role in DEMO_USERS[1:]:
        users[name] = app.users.add(owner, name, role, DEMO_PASSWORD, display).actor
    app.settings.update(owner, DEMO_SETTINGS | DEMO_SETTINGS_BY_LANGUAGE.get(lang, {}))
    ctx: dict[str, Any] = {"owner": owner, "users": users, "today": app.today(), "language": lang,
                           "start": app.today() - timedelta(days=548), "seed": seed, "scale": scale,
                           "summary": []}
    with language(lang):
        for mod in area_modules("demo"):
            started = time.perf_counter()
            mod.build(app, rng, ctx)
            if timings is not None:
                timings[mod.__name__.split(".")[1]] = time.perf_counter() - started
        # This morning's drafting, so the Review Inbox shows every kind of work from the first minute.
        # (Invoicing and scheduling ran their own jobs above; drafting is idempotent anyway.)
        drafted = 0
        for job_id in DEMO_MORNING_JOBS:
            drafted += app.automation.run_now(owner, job_id).created
        ctx["summary"].append(ngettext("{n} reorder or data-quality suggestion in the inbox",
                                       "{n} reorder and data-quality suggestions in the inbox", drafted).format(n=drafted))
        parts = [_("users {names} (password '{password}')").format(names=", ".join(users), password=DEMO_PASSWORD),
                 *ctx["summary"]]
    return "; ".join(parts)
