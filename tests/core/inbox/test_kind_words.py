"""Every inbox kind says how people call one and several of it, in each language (issue 17): the
English "+s" rule would show "Zahlungserinnerungs" nowhere but also "payment reminders" in English to
a German owner — so each kind declares its plural, and the catalogues translate both."""
from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from core.inbox.kinds import load_kinds
from core.kernel import i18n
from core.kernel.i18n import language

TRANSLATED = [lang for lang in i18n.LANGUAGES if lang != i18n.SOURCE_LANGUAGE]


def test_every_kind_declares_its_plural() -> None:
    missing = sorted(k for k, spec in load_kinds().items() if not spec.plural)
    assert not missing, f"declare plural=N_(...) for: {missing}"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_kinds_title_and_plural_is_translated(lang: str) -> None:
    with (Path(i18n.LOCALE_DIR) / lang / "LC_MESSAGES" / "deskmate.po").open("rb") as fh:
        known = {m.id: m.string for m in read_po(fh, locale=lang) if m.id and not m.context}
    absent = sorted(w for spec in load_kinds().values() for w in (spec.title, spec.plural) if not known.get(w))
    assert not absent, f"{lang}: not translated: {absent}"


def test_invoicing_kinds_in_german_and_spanish() -> None:
    kinds = load_kinds()
    with language("de"):
        assert kinds["payment_reminder"].plural_title == "Zahlungserinnerungen"
        assert kinds["invoice_draft"].plural_title == "Rechnungsentwürfe"
        assert kinds["winback_note"].plural_title == "Rückgewinnungsnachrichten"
    with language("es"):
        assert kinds["payment_reminder"].plural_title == "recordatorios de pago"
    assert kinds["payment_reminder"].plural_title == "payment reminders"
