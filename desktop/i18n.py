"""The desktop in the user's language: which language, and Qt's translators for it.

Every word the desktop shows goes through Qt's translation (``self.tr`` in widgets,
``QCoreApplication.translate`` elsewhere). This module picks the language and installs, before the
first widget is made, two translators: Deskmate's own catalogue (``desktop/translations/
deskmate_<lang>.qm``, made from the ``.ts`` files by ``scripts/i18n.py``) and Qt's ``qtbase_<lang>.qm``
from PySide6, so standard buttons ("Cancel", "Yes") and dialogs speak the same language.

English has a catalogue too: its plurals ("1 product" / "2 products") come from numerus forms.

The language is core's (``core.kernel.i18n``): ``--lang`` on the command line, else the preference
saved in Settings, else the system's locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``; where none of
them is set, as on Windows and macOS, Qt's view of the system locale). Installing it also sets
core's language, so core's messages on screen (errors, reason cards) speak it too. A language
Deskmate has no catalogue for falls back to English.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from core.kernel import i18n as core_i18n
from core.kernel.i18n import LANGUAGES, SOURCE_LANGUAGE, SYSTEM, normalise

log = logging.getLogger("deskmate.desktop")

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
DEFAULT = SOURCE_LANGUAGE
__all__ = ["LANGUAGES", "SYSTEM", "install", "uninstall", "resolve_language", "current_language", "normalise"]

_installed: list[QTranslator] = []
_current = DEFAULT


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The POSIX variables as core reads them; where none is set, Qt's system locale."""
    env = os.environ if environ is None else environ
    if any(env.get(v) for v in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")):
        return core_i18n.system_language(env)
    for tag in QLocale.system().uiLanguages():
        lang = normalise(tag)
        if lang:
            return lang
    return DEFAULT


def resolve_language(explicit: str | None = None, environ: Mapping[str, str] | None = None,
                     use_preference: bool = True) -> str:
    """``--lang``, then the Settings preference, then the system's language."""
    lang = normalise(explicit)
    if lang:
        return lang
    if use_preference:
        pref = core_i18n.language_preference()
        if pref != SYSTEM:
            return pref
    return system_language(environ)


def qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def install(lang: str, app: QCoreApplication | None = None) -> str:
    """Install Deskmate's and Qt's translators for ``lang`` (replacing any installed before);
    returns the language in use. Call before the first widget is made: widgets read their words
    when they are built."""
    global _current
    app = app or QCoreApplication.instance()
    lang = normalise(lang) or DEFAULT
    uninstall(app)
    for folder, name in ((TRANSLATIONS, f"deskmate_{lang}"), (qt_translations_dir(), f"qtbase_{lang}")):
        tr = QTranslator(app)
        if tr.load(name, str(folder)):
            app.installTranslator(tr)   # type: ignore[union-attr]
            _installed.append(tr)
        elif lang != DEFAULT or name.startswith("deskmate"):
            log.warning("no translation %s in %s", name, folder)
    _current = lang
    core_i18n.set_language(lang)
    # Dates and numbers Qt formats itself (date pickers, spin boxes) follow the language too,
    # unless the system's locale already speaks it (an en_GB system keeps its day/month order).
    if normalise(QLocale.system().name()) != lang:
        QLocale.setDefault(QLocale(lang))
    return lang


def uninstall(app: QCoreApplication | None = None) -> None:
    app = app or QCoreApplication.instance()
    while _installed:
        tr = _installed.pop()
        if app is not None:
            app.removeTranslator(tr)
    QLocale.setDefault(QLocale.system())


def translate_in(lang: str, context: str, text: str) -> str:
    """``text`` in ``lang`` whatever language is installed (the restart prompt says it in the
    language just chosen too); the text itself when that catalogue lacks it."""
    tr = QTranslator()
    if tr.load(f"deskmate_{lang}", str(TRANSLATIONS)):
        return tr.translate(context, text) or text
    return text


def current_language() -> str:
    """The language the desktop was started in (what Settings compares a new choice with)."""
    return _current
