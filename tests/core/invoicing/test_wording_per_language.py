"""The shop's own reminder wording per language (issue 17): a German customer's reminder uses the
German wording the shop wrote, a Spanish customer without a Spanish wording gets the shop's default,
and with no wording of the shop's a customer gets Deskmate's own letter in their language. The
payment details printed on a letter and an invoice follow the same rule. Set in Settings and with
``deskmate settings set KEY --language LANG``."""
from __future__ import annotations

import json
from datetime import date, datetime, timezone

import pytest
from pypdf import PdfReader

from core import cli
from core.kernel.errors import DeskmateError, ValidationError
from core.kernel.settings import language_key
from tests.core.invoicing.inv_helpers import customer, lines

GERMAN_LETTER = [{"subject": "Bitte zahlen Sie Rechnung {number}", "body": "Guten Tag {customer},\n"
                  "Rechnung {number} ist seit {days_overdue} Tagen offen: {open}.\n{payment_details}\n{shop}"}]
SHOP_DEFAULT = {"level": 1, "days_overdue": 7, "subject": "Invoice {number}: a reminder from {shop}",
                "body": "Hello {customer}, {open} is still open.\n{payment_details}"}


def overdue_invoices(app, owner, clock):
    clock.set(datetime(2026, 10, 1, 9, tzinfo=timezone.utc))
    out = {}
    for name, lang in (("Anna Schulz", "de"), ("Lucía Pérez", "es"), ("Ann Smith", "")):
        c = customer(app, owner, name=name, language=lang, email="")
        out[lang or "en"] = app.invoicing.issue(owner, app.invoicing.create_draft(
            owner, c.id, lines(("Cake", "1", "20", "standard"))).id, issue_date=date(2026, 10, 1))
    clock.set(datetime(2026, 11, 30, 9, tzinfo=timezone.utc))
    return out


def drafted_letters(app):
    app.automation.run_now(app.users.by_name("olivia").actor, "invoicing.dunning", as_of=app.today())
    items = [i for i in app.inbox.list() if i.kind == "payment_reminder"]
    return {app.inbox.get(i.id).payload["language"]: app.inbox.get(i.id).payload for i in items}


def test_each_customer_gets_their_languages_wording_else_the_shops_default(app, owner, clock):
    overdue_invoices(app, owner, clock)
    app.settings.update(owner, {"invoicing.reminders": [SHOP_DEFAULT],
                                "invoicing.payment_details": "IBAN GB00 1234",
                                language_key("invoicing.reminders", "de"): GERMAN_LETTER,
                                language_key("invoicing.payment_details", "de"): "Überweisung auf IBAN DE00 1234"})
    letters = drafted_letters(app)
    de, es = letters["de"], letters["es"]
    assert de["subject"].startswith("Bitte zahlen Sie Rechnung ")
    assert de["body"].startswith("Guten Tag Anna Schulz,\nRechnung ") and "Überweisung auf IBAN DE00 1234" in de["body"]
    assert "24,00" in de["body"]                                  # the customer's formats, the shop's words
    assert es["subject"].startswith("Invoice ") and ": a reminder from " in es["subject"]
    assert es["body"].startswith("Hello Lucía Pérez,") and "IBAN GB00 1234" in es["body"]   # no Spanish: the default
    assert letters["en"]["body"].startswith("Hello Ann Smith,")


def test_without_the_shops_own_wording_a_customer_gets_deskmates_letter_in_their_language(app, owner, clock):
    overdue_invoices(app, owner, clock)
    app.settings.update(owner, {language_key("invoicing.reminders", "de"): GERMAN_LETTER})
    letters = drafted_letters(app)
    assert letters["de"]["subject"].startswith("Bitte zahlen Sie Rechnung ")
    assert letters["es"]["subject"].startswith("Recordatorio")          # the built-in letter, in Spanish
    assert letters["en"]["subject"].startswith("Friendly reminder: invoice ")


def test_a_language_version_is_checked_removed_and_audited(app, owner, clock):
    key = language_key("invoicing.reminders", "de")
    with pytest.raises(ValidationError, match="unknown placeholder 'kunde'"):
        app.settings.update(owner, {key: [{"subject": "Rechnung {number}", "body": "Hallo {kunde}"}]})
    with pytest.raises(DeskmateError, match="no version per language"):
        app.settings.update(owner, {language_key("shop.currency", "de"): "EUR"})
    with pytest.raises(DeskmateError, match="not a language Deskmate speaks"):
        app.settings.update(owner, {language_key("invoicing.reminders", "fr"): GERMAN_LETTER})
    app.settings.update(owner, {key: GERMAN_LETTER})
    assert app.settings.get(key)[0]["subject"] == "Bitte zahlen Sie Rechnung {number}"
    app.settings.update(owner, {key: ""})
    assert app.settings.get(key) is None
    from core.kernel.audit import AuditFilter
    entries = app.audit.list(owner, AuditFilter(entity="setting", entity_id=key))
    assert [e.summary for e in entries] == ["Payment reminder letters for readers of Deutsch changed"] * 2


def test_the_invoice_prints_the_payment_details_of_the_customers_language(app, owner, clock, tmp_path):
    invs = overdue_invoices(app, owner, clock)
    app.settings.update(owner, {"invoicing.payment_details": "IBAN GB00 1234",
                                language_key("invoicing.payment_details", "es"): "Transferencia a ES00 1234"})
    es = app.invoicing.pdf(invs["es"].id, tmp_path / "es.pdf")
    en = app.invoicing.pdf(invs["en"].id, tmp_path / "en.pdf")
    assert "Transferencia a ES00 1234" in PdfReader(es).pages[0].extract_text()
    assert "IBAN GB00 1234" in PdfReader(en).pages[0].extract_text()


def test_the_command_line_sets_lists_and_removes_a_language_version(app, owner, data_dir, cli_login, clock, capsys):
    cli_login("olivia", clock=clock)
    base = ["--data-dir", str(data_dir)]
    assert cli.run([*base, "settings", "set", "invoicing.reminders", json.dumps(GERMAN_LETTER), "--language", "de",
                    "--as", "olivia"], clock=clock) == 0
    assert capsys.readouterr().out.strip() == "Payment reminder letters (Deutsch) set"
    assert cli.run([*base, "settings", "list", "--json", "--as", "olivia"], clock=clock) == 0
    listed = {r["key"]: r for r in json.loads(capsys.readouterr().out)}
    assert listed["invoicing.reminders@de"]["label"] == "Payment reminder letters (Deutsch)"
    assert listed["invoicing.reminders@de"]["value"][0]["subject"] == "Bitte zahlen Sie Rechnung {number}"
    assert cli.run([*base, "settings", "set", "--language", "de", "invoicing.reminders", "", "--as", "olivia"],
                   clock=clock) == 0
    assert capsys.readouterr().out.strip() == "Payment reminder letters (Deutsch) removed"
    assert app.settings.get("invoicing.reminders@de") is None
    assert cli.run([*base, "settings", "set", "shop.currency", "EUR", "--language", "de", "--as", "olivia"],
                   clock=clock) == 1
    assert "no version per language" in capsys.readouterr().err
