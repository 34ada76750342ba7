"""Which language a customer's documents are written in, and how their dates and money look.

The shop's screens speak the language of the person using them; a letter speaks the customer's.
Each customer may have a language (empty: the shop's document language, a setting that itself
defaults to the language of the shop's locale). Invoices, credit notes, reminders and appointment
messages are drafted and rendered inside ``with language(document_language(...)):`` and format dates
and money with :func:`document_formats`: the customer's language with the shop's currency and time
zone (a Spanish customer of a German shop reads "30 nov 2026" and "15,12 €").
"""
from __future__ import annotations

from typing import Any

from core.kernel.formats import Formats
from core.kernel.i18n import LANGUAGES, N_, _, normalise

#: The locale a language's documents use when the shop's own locale is in another language.
DEFAULT_LOCALES = {"en": "en_GB", "de": "de_DE", "es": "es_ES"}
#: What people type for a language besides its code (in English, and as the language calls itself).
_NAMES = {"english": "en", "englisch": "en", "inglés": "en", "ingles": "en",
          "german": "de", "deutsch": "de", "alemán": "de", "aleman": "de",
          "spanish": "es", "spanisch": "es", "español": "es", "espanol": "es", "castellano": "es"}
#: The empty language: the shop's.
SHOP = ""
SHOP_LABEL = N_("the shop's language")


def parse_language(value: Any) -> str:
    """``de``, ``de_DE``, ``German`` or ``Deutsch`` → ``de``; empty → the shop's (``""``).
    Raises ValueError naming the languages there are."""
    text = "" if value is None else str(value).strip()
    if not text:
        return SHOP
    found = normalise(text) or _NAMES.get(text.lower())
    if found is None:
        raise ValueError(_("'{value}' is not a language Deskmate writes documents in: {choices} (or empty "
                           "for the shop's)").format(value=text, choices=", ".join(LANGUAGES)))
    return found


def language_problem(value: Any) -> str | None:
    """The customer form's rule: None when ``value`` names a language (or is empty)."""
    try:
        parse_language(value)
    except ValueError as exc:
        return str(exc)
    return None


def language_name(code: str) -> str:
    """How the language calls itself (``Deutsch``), or the shop's language for the empty one."""
    return LANGUAGES.get(code, "") if code else _(SHOP_LABEL)


def shop_document_language(session: Any) -> str:
    """The shop's document language: the setting, else the language of the shop's locale."""
    from core.kernel.settings import SettingsService
    chosen = SettingsService.read(session, "customers.document_language")
    return chosen or normalise(SettingsService.read(session, "shop.locale")) or "en"


def document_language(session: Any, customer: Any) -> str:
    """The language a document for ``customer`` (a row, an info, or an id) is written in."""
    if isinstance(customer, int):
        from core.customers.models import Customer
        customer = session.get(Customer, customer)
    own = getattr(customer, "language", "") if customer is not None else ""
    return own or shop_document_language(session)


def document_locale(session: Any, lang: str) -> str:
    """The shop's locale when it is in ``lang`` (a German shop in Austria keeps de_AT), else the
    language's usual locale."""
    from core.kernel.settings import SettingsService
    shop_locale = str(SettingsService.read(session, "shop.locale"))
    return shop_locale if normalise(shop_locale) == lang else DEFAULT_LOCALES.get(lang, shop_locale)


def document_formats(session: Any, lang: str) -> Formats:
    """Dates and money as a reader of ``lang`` writes them, in the shop's currency and time zone."""
    from core.kernel.settings import SettingsService
    return Formats(document_locale(session, lang), SettingsService.read(session, "shop.currency"),
                   SettingsService.read(session, "shop.timezone"))
