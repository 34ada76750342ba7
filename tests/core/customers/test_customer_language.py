"""Issue 17: each customer has the language of their documents — set from the command line, the
customer form's service, an imported file's language column — and the shop has a document language
that defaults to its locale's."""
from __future__ import annotations

import pytest

from core.cli import run
from core.customers.languages import document_language, document_locale, parse_language
from core.invoicing.importer import import_invoices
from core.kernel.errors import ValidationError


def test_languages_are_read_as_people_write_them() -> None:
    assert [parse_language(v) for v in ("de", "de_AT", "German", "Deutsch", "español", " ES ", "", None)] == \
        ["de", "de", "de", "de", "es", "es", "", ""]
    with pytest.raises(ValueError, match="'fr' is not a language Deskmate writes documents in: en, de, es"):
        parse_language("fr")


def test_the_document_language_is_the_customers_else_the_shops_setting_else_its_locale(app, owner) -> None:
    greta = app.customers.create(owner, name="Greta", language="Deutsch")
    ann = app.customers.create(owner, name="Ann")
    assert (greta.language, ann.language) == ("de", "")
    with pytest.raises(ValidationError) as err:
        app.customers.update(owner, ann.id, language="Klingon")
    assert err.value.problems[0].column == "language"
    with app.db.read() as s:
        assert (document_language(s, greta.id), document_language(s, ann.id)) == ("de", "en")
        assert document_locale(s, "de") == "de_DE" and document_locale(s, "en") == "en_GB"
    app.settings.update(owner, {"shop.locale": "es_MX"})
    with app.db.read() as s:
        assert document_language(s, ann.id) == "es" and document_locale(s, "es") == "es_MX"
    app.settings.update(owner, {"customers.document_language": "de"})
    with app.db.read() as s:
        assert document_language(s, ann.id) == "de"
    assert app.customers.update(owner, greta.id, language="").language == ""


def test_the_command_line_adds_edits_and_shows_a_customers_language(
        data_dir, owner, cli_login, capsys: pytest.CaptureFixture[str]) -> None:
    cli_login("olivia")
    base = ["--data-dir", str(data_dir), "customer"]
    assert run([*base, "add", "Lucía Gómez", "--language", "es"]) == 0
    cid = int(capsys.readouterr().out.split()[1])
    assert run([*base, "show", str(cid)]) == 0
    assert "documents in Español" in capsys.readouterr().out
    assert run([*base, "edit", str(cid), "--language", "de"]) == 0
    assert run(["--lang", "de", *base, "show", str(cid)]) == 0
    assert "Dokumente auf Deutsch" in capsys.readouterr().out.split("\n", 2)[2]
    assert run([*base, "edit", str(cid), "--language", "fr"]) == 1
    assert "'fr' is not a language" in capsys.readouterr().err
    assert run([*base, "edit", str(cid), "--language", ""]) == 0
    assert run([*base, "show", str(cid)]) == 0
    assert "documents in the shop's language" in capsys.readouterr().out
    assert run([*base, "edit", str(cid)]) == 2
    assert "say what to change" in capsys.readouterr().err


def test_an_imported_language_column_gives_new_customers_their_language(app, owner, tmp_path) -> None:
    keep = app.customers.create(owner, name="Leith Catering", language="en")
    f = tmp_path / "alt.csv"
    f.write_text("Rechnungsnummer,Date,Customer,Sprache,Item,Qty,Price,VAT %\n"
                 "A-1,03/02/2025,Greta Becker,Deutsch,Torte,1,30,0\n"
                 "A-2,04/02/2025,Lucía Gómez,es,Tarta,1,20,0\n"
                 "A-3,05/02/2025,Leith Catering,de,Bread,1,5,0\n"
                 "A-4,06/02/2025,Ann Smith,,Cake,1,5,0\n".replace("Rechnungsnummer", "Invoice No"), encoding="utf-8")
    rep = import_invoices(app, owner, f)
    assert not rep.problems and rep.mapping.get("customer_language") == "Sprache"
    langs = {c.name: c.language for c in app.customers.search("")}
    assert langs == {"Greta Becker": "de", "Lucía Gómez": "es", "Leith Catering": "en", "Ann Smith": ""}
    assert app.customers.get(keep.id).language == "en"     # a chosen language is kept
    bad = tmp_path / "bad.csv"
    bad.write_text("Invoice No,Date,Customer,Idioma,Item,Qty,Price\nB-1,03/02/2025,X,Latein,Y,1,1\n", encoding="utf-8")
    with pytest.raises(ValidationError) as err:
        import_invoices(app, owner, bad)
    assert "'Latein' is not a language" in str(err.value.problems[0])
