"""The words core shows a person, in that person's language (gettext catalogues kept with Babel).

Why gettext and not Qt's translator here: core never imports Qt, and the command line, the worker
and the exports must speak the same language as the desktop without it. The desktop translates its
own widgets with Qt (``desktop/translations``); everything core says — errors, reason cards, job and
kind titles, export headers, PDF texts — goes through this module.

Why a context variable and not one global: the shop's screens are in the user's language while an
invoice for a Spanish customer is rendered in Spanish in the same process (``with language("es"):``),
and a background thread starts in the process's language, never in a document's.

Conventions (checked by tests/test_i18n_core.py):

* ``_("Text {name}").format(name=…)`` — never an f-string inside ``_()``: the catalogue needs the
  literal, and a translator needs the named placeholder to move it.
* ``ngettext("{n} product", "{n} products", n).format(n=n)`` for every count a person reads.
* ``N_("Reorder suggestion")`` marks a module-level literal (a registry title, a table of kinds) for
  extraction without translating it at import time; the code that shows it calls ``_(title)``.
* ``pgettext("inbox", "Open")`` where one English word has two meanings.

Catalogues: ``core/locale/<lang>/LC_MESSAGES/deskmate.po`` (edited by translators) and the compiled
``.mo`` beside it (shipped, so the wheel and the bundle need no build step). ``scripts/i18n.py``
extracts, updates and compiles them; the README's "Translating Deskmate" section is the workflow.
"""
from __future__ import annotations

import contextvars
import gettext
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

DOMAIN = "deskmate"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
SOURCE_LANGUAGE = "en"
#: Languages with a complete catalogue, and how each calls itself (the Settings list shows these).
LANGUAGES: Mapping[str, str] = {"en": "English", "de": "Deutsch", "es": "Español"}
#: The value of the preference that means "whatever the computer's locale says".
SYSTEM = "system"
PREFERENCES_FILE = "preferences.json"

_process_language = SOURCE_LANGUAGE
_current: contextvars.ContextVar[str | None] = contextvars.ContextVar("deskmate_language", default=None)


def normalise(tag: str | None) -> str | None:
    """``de_DE.UTF-8``, ``de-AT``, ``DE`` → ``de``; a language Deskmate has no catalogue for → None
    (the caller falls back), so an unknown ``LANG`` never breaks the app."""
    if not tag:
        return None
    base = tag.strip().split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return base if base in LANGUAGES else None


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The language the computer's locale asks for, as gettext reads it (``LANGUAGE`` may list
    several, first supported wins; then ``LC_ALL``, ``LC_MESSAGES``, ``LANG``); English otherwise."""
    env = os.environ if environ is None else environ
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var)
        if not value:
            continue
        for tag in value.split(":"):
            found = normalise(tag)
            if found:
                return found
        if var != "LANGUAGE":   # an explicit but unsupported locale (C, POSIX, fr_FR): English
            return SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


def _preferences_path() -> Path:
    from core.kernel.userconfig import config_dir
    return config_dir() / PREFERENCES_FILE


def language_preference() -> str:
    """The language chosen in Settings on this computer for this user (``system`` when none):
    a preference of the person at this computer, not of the shop, so two people sharing a shop on
    a server each read their own language."""
    from core.kernel.userconfig import read_json
    value = read_json(_preferences_path()).get("language", SYSTEM)
    return value if value == SYSTEM or value in LANGUAGES else SYSTEM


def set_language_preference(value: str) -> None:
    """Remember the language for the next start (the running app keeps its language until then)."""
    if value != SYSTEM and value not in LANGUAGES:
        raise ValueError(f"unknown language {value!r}; one of {', '.join([SYSTEM, *LANGUAGES])}")
    from core.kernel.userconfig import read_json, write_private_json
    path = _preferences_path()
    data = read_json(path)
    data["language"] = value
    write_private_json(path, data)


def resolve_language(explicit: str | None = None, *, use_preference: bool = True,
                     environ: Mapping[str, str] | None = None) -> str:
    """Which language to speak: ``--lang`` first, then the Settings preference (the desktop), then
    the system's locale. The command line passes ``use_preference=False``: it follows ``LANG`` /
    ``LC_MESSAGES`` like every other command-line tool."""
    chosen = normalise(explicit)
    if chosen:
        return chosen
    if use_preference:
        pref = language_preference()
        if pref != SYSTEM:
            return pref
    return system_language(environ)


def set_language(lang: str) -> None:
    """The process's language (at start-up: the app, the CLI, the worker)."""
    global _process_language
    _process_language = normalise(lang) or SOURCE_LANGUAGE


def current_language() -> str:
    return _current.get() or _process_language


@contextmanager
def language(lang: str | None) -> Iterator[str]:
    """Speak ``lang`` inside the block (a document for a customer), then the language before it.
    ``None`` or an unknown language keeps the current one."""
    chosen = normalise(lang) or current_language()
    token = _current.set(chosen)
    try:
        yield chosen
    finally:
        _current.reset(token)


@lru_cache(maxsize=None)
def translations(lang: str) -> gettext.NullTranslations:
    if lang == SOURCE_LANGUAGE:
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[lang], fallback=True)


def _(message: str) -> str:
    return translations(current_language()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return translations(current_language()).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    return translations(current_language()).pgettext(context, message)


def N_(message: str) -> str:  # noqa: N802 - the name gettext tools know
    """Marks ``message`` for the catalogue; translated later, where it is shown, with ``_()``."""
    return message
