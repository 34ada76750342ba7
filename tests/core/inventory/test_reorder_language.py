"""A reorder suggestion reads fully in German and Spanish: its title, the supplier's card and each
line's card (issue 17), whatever language the job ran in."""
from __future__ import annotations

import re

from core.inbox.reason import render_text
from core.inbox.service import InboxFilter
from core.kernel.i18n import language

ENGLISH = ("not enough history", "safety stock", "order", "shift", "forecast", "reorder point", "position")


def _item(app, owner):
    r = app.automation.run_now(owner, "inventory.reorder", as_of=app.today())
    assert r.outcome == "ok", r.error
    return app.inbox.list(InboxFilter(kind="reorder"))[0].id


def _card_text(detail, sku: str) -> str:
    line = next(ln for ln in detail.payload["lines"] if ln["sku"] == sku)
    return render_text(line["reason"])


def _english_words(text: str) -> list[str]:
    return [w for w in ENGLISH if re.search(rf"\b{w}\b", text, re.IGNORECASE)]


def test_a_reorder_card_reads_fully_in_german(app, owner, shop):
    sid = _item(app, owner)
    with language("de"):
        d = app.inbox.get(sid)
        bread, muffin = _card_text(d, "BRD"), _card_text(d, "NEW")
        supplier = render_text(d.reason)
    assert d.title.startswith("Nachbestellung bei ") and d.title.endswith("2 Artikel")
    for text in (bread, muffin, supplier):
        assert not _english_words(text), (_english_words(text), text)
    assert "Meldebestand" in bread and "Sicherheitsbestand" in bread and "Ziel-Lieferbereitschaft" in bread
    assert "Verlässlichkeit: hoch" in bread or "Verlässlichkeit: mittel" in bread
    assert "zu wenig Verlauf: Min./Max. des Inhabers verwendet" in muffin
    line = next(ln for ln in d.payload["lines"] if ln["sku"] == "BRD")
    assert line["reason"]["chart"]["series"][0]["name"] == "Wöchentliche Verkäufe"
    assert dict(line["reason"]["inputs"])["Meldebestand"] == dict(
        next(ln for ln in app.inbox.get(sid).payload["lines"] if ln["sku"] == "BRD")["reason"]["inputs"])["Reorder point"]


def test_the_same_card_reads_in_spanish_and_stays_english_for_an_english_reader(app, owner, shop):
    sid = _item(app, owner)
    with language("es"):
        d = app.inbox.get(sid)
        muffin = _card_text(d, "NEW")
    assert "historial insuficiente: se usan el mín./máx. del propietario" in muffin
    assert "Punto de pedido" in _card_text(d, "BRD") and d.title.startswith("Reposición de ")
    english = app.inbox.get(sid)
    assert "not enough history: fell back to the owner's min/max" in _card_text(english, "NEW")
    assert english.title.startswith("Reorder from ") and english.title.endswith(": 2 products")


def test_approving_as_drafted_in_german_is_not_an_edit(app, owner, shop):
    """The desktop sends back the proposal as it reads it (cards in German): still 'approved'."""
    sid = _item(app, owner)
    with language("de"):
        payload = app.inbox.get(sid).payload
        result = app.inbox.decide(owner, sid, "edit", payload=payload)
    assert app.inbox.get(sid).decision == "approved"
    assert result.message.startswith("Bestellung PO-")


def test_an_unknown_field_is_named_with_its_count_in_words(app, owner) -> None:
    """No "field(s)": one unknown field reads singular, two plural, in German too."""
    import pytest

    from core.kernel.errors import DeskmateError
    from core.kernel.i18n import language
    with pytest.raises(DeskmateError, match=r"^unknown product field: colour$"):
        app.inventory.create_product(owner, "X1", "Thing", colour="red")
    with pytest.raises(DeskmateError, match=r"^unknown product fields: colour, size$"):
        app.inventory.create_product(owner, "X1", "Thing", colour="red", size="L")
    with language("de"), pytest.raises(DeskmateError, match=r"^unbekannte Produktfelder: colour, size$"):
        app.inventory.create_product(owner, "X1", "Thing", colour="red", size="L")
