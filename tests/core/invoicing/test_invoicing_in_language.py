"""Issue 17: invoicing speaks the reader's language — the bookkeeper's workbook in the language of the
person exporting it; the English default stays."""
from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import openpyxl
from inv_helpers import customer, lines

from core.io.book_exports import export
from core.kernel.i18n import language


def test_a_german_bookkeeper_gets_a_german_workbook_and_the_english_default_stays(
        app, owner, tmp_path) -> None:
    c = customer(app, owner, "Ann Smith")
    inv = app.invoicing.issue(owner, app.invoicing.create_draft(owner, c.id, lines(("Bread", "3", "2.50", "standard"))).id)
    app.invoicing.record_payment(owner, inv.id, D("5"), paid_on=app.today())
    d0, d1 = date(2000, 1, 1), date(2100, 1, 1)
    with language("de"):
        export(app, owner, "payments", d0, d1, tmp_path / "de.xlsx")
    export(app, owner, "payments", d0, d1, tmp_path / "en.xlsx")
    de = openpyxl.load_workbook(tmp_path / "de.xlsx")
    assert de.sheetnames == ["Zahlungen", "Zusammenfassung", "Über diesen Export"]
    assert [c.value for c in de["Zahlungen"][1]][:4] == ["Datum", "Rechnung", "Kunde", "Eingegangen"]
    assert de["Zahlungen"].cell(3, 1).value == "Summe"
    about = {r[0].value: r[1].value for r in de["Über diesen Export"].iter_rows()}
    assert about["Export"] == "Zahlungen" and about["Exportiert von"].startswith("olivia")
    assert about["Filter: Zeitraum von"] is not None and "Filter: Währung" in about
    figures = {r[0].value for r in de["Zusammenfassung"].iter_rows(min_row=2)}
    assert {"Zeitraum", "Eingegangen", "Als Kundenguthaben behalten"} <= figures
    en = openpyxl.load_workbook(tmp_path / "en.xlsx")
    assert en.sheetnames == ["Payments", "Summary", "About this export"]
    assert [c.value for c in en["Payments"][1]][:2] == ["Date", "Invoice"]


def _text(path) -> str:
    import pypdf
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages).replace("\xa0", " ")


def _reminder_ids(app) -> list[int]:
    from sqlalchemy import select

    from core.inbox.models import Suggestion
    with app.db.read() as s:
        return list(s.scalars(select(Suggestion.id).where(Suggestion.kind == "payment_reminder")))


def _overdue_invoice(app, owner, name: str, lang: str):
    cust = customer(app, owner, name, email=f"{name.split()[0].lower()}@example.com", language=lang)
    d = app.invoicing.create_draft(owner, cust.id, lines(("Torte", "1", "1234.5", "zero")), terms_days=0)
    inv = app.invoicing.issue(owner, d.id, issue_date=date(2026, 11, 2), confirm_date=True)
    return cust, inv


def test_each_customer_gets_invoices_and_reminders_in_their_language_while_the_screens_stay_english(
        app, owner, bookkeeper, tmp_path) -> None:
    from datetime import timedelta

    from core.automation.registry import JobContext
    from core.invoicing import jobs
    app.settings.update(owner, {"invoicing.payment_details": "IBAN DE11 2222"})   # shop: en_GB, EUR
    _, de = _overdue_invoice(app, owner, "Greta Becker", "de")
    _, es = _overdue_invoice(app, owner, "Lucía Gómez", "es")
    _, en = _overdue_invoice(app, owner, "Ann Smith", "")          # the shop's language

    text = _text(app.invoicing.pdf(de.id, tmp_path / "de.pdf"))
    assert "RECHNUNG" in text and "Gesamtbetrag" in text and "1.234,50 €" in text
    assert "02.11.2026" in text and "Bitte zahlen Sie 1.234,50 €" in text and "INVOICE" not in text
    text = _text(app.invoicing.pdf(es.id, tmp_path / "es.pdf"))
    assert "FACTURA" in text and "Base imponible" in text and "1.234,50 €" in text
    assert "2 nov 2026" in text and "Por favor, pague" in text
    text = _text(app.invoicing.pdf(en.id, tmp_path / "en.pdf"))
    assert "INVOICE" in text and "€1,234.50" in text and "Please pay €1,234.50" in text

    # The dunning job drafts each letter in its customer's language; the card stays in the user's.
    ctx = JobContext(app=app, job_id="invoicing.dunning", run_id=None, as_of=app.today() + timedelta(days=40),
                     started_at=app.clock.now())
    jobs.dunning(ctx)
    assert ctx.created == 3
    drafts = {d.payload["invoice_id"]: d for d in map(app.inbox.get, _reminder_ids(app))}
    letter = {k: str(v).replace("\xa0", " ") for k, v in drafts[de.id].payload.items()}
    assert letter["subject"] == f"Freundliche Zahlungserinnerung: Rechnung {de.number}"
    assert letter["body"].startswith("Sehr geehrte(r) Greta Becker,") and "1.234,50 €" in letter["body"]
    assert drafts[es.id].payload["subject"] == f"Recordatorio amistoso: factura {es.number}"
    assert drafts[en.id].payload["subject"] == f"Friendly reminder: invoice {en.number}"
    assert "days overdue" in drafts[de.id].reason["explanation"]        # the shop's screen: English
    # every word on the card follows the reader: a German reader sees it German, whoever drafted it
    from core.inbox.reason import card_shown
    from core.kernel.i18n import language
    with language("de"):
        card = card_shown(app.inbox.get(drafts[de.id].id).reason)
    labels = [label for label, _value in card["inputs"]]
    assert labels == ["Rechnung", "Fälligkeitsdatum", "Tage überfällig", "offen", "gesendete Mahnungen",
                      "E-Mail des Kunden"]
    assert card["formula"].startswith("nächste Stufe") and " bis " in card["window"]
    assert "Stufe 1" in card["calculation"][0]

    app.inbox.decide(bookkeeper, drafts[de.id].id, "approve")
    pdf, = app.paths.outbox.glob(f"reminder-{de.number}-level1-*.pdf")
    text = _text(pdf)
    assert "ZAHLUNGSERINNERUNG" in text and "Noch offen" in text and "1.234,50 €" in text


def test_a_shops_own_reminder_words_are_used_as_written(app, owner) -> None:
    from core.invoicing.reminders import letter_texts
    from core.invoicing.settings import DEFAULT_REMINDERS
    own = {**DEFAULT_REMINDERS[0], "subject": "Kleine Erinnerung: {number}"}
    with language("es"):
        assert letter_texts(own)[0] == "Kleine Erinnerung: {number}"
        assert letter_texts(DEFAULT_REMINDERS[0])[0] == "Recordatorio amistoso: factura {number}"
