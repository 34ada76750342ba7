"""Core speaks the person's language: nothing a person reads escapes the catalogues, every
catalogue is complete and compiled, and placeholders survive translation (issue 17)."""
from __future__ import annotations

import gettext
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from core.cli import run
from core.kernel import i18n
from core.kernel.errors import Problem
from core.kernel.i18n import _, language, ngettext, resolve_language, set_language, system_language
from tests.i18n_check import all_bare

LOCALE = Path(i18n.LOCALE_DIR)
TRANSLATED = [lang for lang in i18n.LANGUAGES if lang != i18n.SOURCE_LANGUAGE]

# Files whose words are not wrapped yet. This list only shrinks: a file leaves it when its words
# go through ``_()``; a new file never joins it. (Empty when issue 17 is done.)
PENDING = frozenset({
})


def test_no_new_file_shows_untranslated_words() -> None:
    bare = all_bare()
    new = {path: found for path, found in bare.items() if path not in PENDING}
    assert not new, "words a person reads, not wrapped in _():\n" + "\n".join(
        str(b) for found in new.values() for b in found[:5])


def test_pending_list_only_names_files_still_pending() -> None:
    done = sorted(PENDING - set(all_bare()))
    assert not done, f"these files are fully wrapped now: remove them from PENDING: {done}"


def _catalogue(lang: str):  # noqa: ANN202 - babel's Catalog
    with (LOCALE / lang / "LC_MESSAGES" / "deskmate.po").open("rb") as fh:
        return read_po(fh, locale=lang)


_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}")


def _placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


@pytest.mark.parametrize("lang", TRANSLATED)
def test_catalogue_is_complete_and_keeps_placeholders(lang: str) -> None:
    catalogue = _catalogue(lang)
    missing, broken = [], []
    for msg in catalogue:
        if not msg.id:
            continue
        sources = list(msg.id) if isinstance(msg.id, tuple) else [msg.id]
        targets = list(msg.string) if isinstance(msg.string, tuple) else [msg.string]
        if msg.fuzzy or not all(targets):
            missing.append(sources[0])
            continue
        for i, target in enumerate(targets):
            source = sources[min(i, len(sources) - 1)]
            if _placeholders(source) != _placeholders(target):
                broken.append(f"{source!r} -> {target!r}")
    assert not missing, f"{lang}: {len(missing)} untranslated or fuzzy, e.g. {missing[:5]}"
    assert not broken, f"{lang}: placeholders differ:\n" + "\n".join(broken[:10])


#: A printf directive as gettext's python-format check reads one: "92 % as drafted" holds "% a".
_PRINTF = re.compile(r"%(?:\([^)]*\))?[#0 +-]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa%]")


@pytest.mark.parametrize("lang", TRANSLATED)
def test_catalogue_compiles_without_warnings(lang: str) -> None:
    """``scripts/i18n.py compile`` warns when a message looks like a printf format and its
    translation's directives differ; a message whose "%" only reads as one (outside a ``{…}``
    placeholder: "{share} % of their points") is reworded, so the share carries its own sign."""
    catalogue = _catalogue(lang)
    assert not [(m.id, str(e)) for m, e in catalogue.check()]
    printf_like = []
    for msg in catalogue:
        for source in (msg.id if isinstance(msg.id, tuple) else (msg.id,)):
            if source and _PRINTF.search(re.sub(r"\{[^{}]*\}", "", source)):
                printf_like.append(source)
    assert not printf_like, f"reword so '%' does not look like a format: {printf_like[:5]}"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_compiled_catalogue_matches_its_source(lang: str) -> None:
    """The shipped .mo is what ``scripts/i18n.py compile`` makes of the .po (a translator who
    forgot to compile would ship the old words)."""
    with (LOCALE / lang / "LC_MESSAGES" / "deskmate.mo").open("rb") as fh:
        compiled = gettext.GNUTranslations(fh)
    stale = []
    for msg in _catalogue(lang):
        if not msg.id or msg.fuzzy:
            continue
        if isinstance(msg.id, tuple):
            got = compiled.ngettext(msg.id[0], msg.id[1], 1)
            want = msg.string[0]
        elif msg.context:
            got, want = compiled.pgettext(msg.context, msg.id), msg.string
        else:
            got, want = compiled.gettext(msg.id), msg.string
        if got != want:
            stale.append(msg.id)
    assert not stale, f"{lang}: run `python scripts/i18n.py compile`; stale: {stale[:5]}"


def test_catalogue_knows_every_message_in_the_code() -> None:
    """Every wrapped message of core is in each catalogue (run `scripts/i18n.py update`)."""
    from babel.messages.extract import extract_from_dir
    keywords = {"_": None, "N_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2), "tmsg": None,
                "stored": None, "tmsg_n": (1, 2), "stored_n": (1, 2)}
    in_code = set()
    for _file, _line, message, _comments, context in extract_from_dir(
            str(Path(i18n.__file__).resolve().parents[1]), keywords=keywords,
            method_map=[("**.py", "python")]):
        key = message if isinstance(message, str) else message[0]
        in_code.add((context, key))
    for lang in TRANSLATED:
        known = {(m.context, m.id if isinstance(m.id, str) else m.id[0]) for m in _catalogue(lang) if m.id}
        absent = sorted(k for _c, k in in_code - known)
        assert not absent, f"{lang}: not in the catalogue (run `scripts/i18n.py update`): {absent[:5]}"


def test_language_comes_from_the_flag_then_the_preference_then_the_locale() -> None:
    assert system_language({"LANG": "de_DE.UTF-8"}) == "de"
    assert system_language({"LANGUAGE": "fr:es", "LANG": "de_DE.UTF-8"}) == "es"
    assert system_language({"LC_ALL": "C", "LANG": "de_DE.UTF-8"}) == "en"
    assert system_language({"LANG": "fr_FR.UTF-8"}) == "en"
    assert system_language({}) == "en"
    env = {"LANG": "es_ES.UTF-8"}
    assert resolve_language(None, environ=env) == "es"
    i18n.set_language_preference("de")
    assert resolve_language(None, environ=env) == "de"
    assert resolve_language(None, use_preference=False, environ=env) == "es"
    assert resolve_language("en-GB", environ=env) == "en"
    i18n.set_language_preference(i18n.SYSTEM)
    assert resolve_language(None, environ=env) == "es"
    with pytest.raises(ValueError):
        i18n.set_language_preference("xx")


def test_a_document_speaks_its_own_language_then_the_screen_speaks_again() -> None:
    problem = Problem("bad", file="a.csv", row=3, column="qty")
    assert str(problem) == "a.csv, row 3, column 'qty': bad"
    with language("de"):
        assert str(problem) == "a.csv, Zeile 3, Spalte 'qty': bad"
        with language("es"):
            assert _("row {row}").format(row=2) == "fila 2"
        assert _("row {row}").format(row=2) == "Zeile 2"
    assert str(problem) == "a.csv, row 3, column 'qty': bad"
    set_language("es")
    assert _("interrupted") == "interrumpido"
    with language(None):     # None keeps the current language
        assert _("interrupted") == "interrumpido"


def test_plural_forms_follow_the_count() -> None:
    assert ngettext("{n} product", "{n} products", 1).format(n=1) == "1 product"
    assert ngettext("{n} product", "{n} products", 2).format(n=2) == "2 products"


def test_command_line_follows_lang_and_the_flag(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    i18n.set_language_preference("en")      # the Settings preference is the desktop's, not the CLI's
    run(["--lang", "es", "--version"])
    assert i18n.current_language() == "es"
    run(["--version"])
    assert i18n.current_language() == "de"
    run(["--lang=en", "--version"])
    assert i18n.current_language() == "en"


def test_no_message_counts_with_a_bracketed_plural() -> None:
    """"27 product(s)" is what issue 17 forbids: a count takes ngettext, and a list of names
    says how many it names, so no message of core ends a word in "(s)"."""
    with_brackets = sorted(m.id if isinstance(m.id, str) else m.id[0] for m in _catalogue("de")
                           if m.id and "(s)" in (m.id if isinstance(m.id, str) else " ".join(m.id)))
    assert not with_brackets, with_brackets


def test_field_rules_and_limits_speak_the_readers_language() -> None:
    """The message beside a field, and an importer's reason for a cell, are read in the person's
    language; a blank value is recognised by its flag, not by comparing words."""
    from core.inventory.fields import check_product
    from core.kernel import rules
    from core.kernel.errors import ValidationError
    from core.kernel.i18n import N_
    from core.kernel.parsers import p_int
    assert rules.money()("abc") == "'abc' is not a number"
    assert rules.money()("") == "enter a number"
    with language("de"):
        assert rules.money()("abc") == "'abc' ist keine Zahl"
        assert rules.money()("") == "geben Sie eine Zahl ein"
        assert rules.required(N_("enter a name"))(" ") == "geben Sie einen Namen ein"
        assert rules.quantity(negative=False)("-2") == "darf nicht negativ sein"
        with pytest.raises(ValidationError) as refused:
            check_product({"price": "x", "owner_min": "5", "owner_max": "2"})
        assert str(refused.value).startswith("Preis: 'x' ist keine Zahl")
        with pytest.raises(ValueError, match="^ist leer$"):
            p_int("")
    with language("es"):
        assert rules.between("0.5", "1", high_open=True, hint=N_("e.g. 0.95"))("2") == \
            "debe estar entre 0.5 y menos de 1 (p. ej., 0,95)"
