"""A paid invoice's PDF thanks the customer and shows the payment; it never asks for money again."""
from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pypdf
from inv_helpers import customer, lines


def text_of(path):
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)


def _issued(app, owner):
    app.settings.update(owner, {"shop.currency": "GBP", "invoicing.payment_details": "IBAN GB11 2222"})
    cust = customer(app, owner)
    d = app.invoicing.create_draft(owner, cust.id, lines(("Wedding cake", "1", "326.94", "zero")))
    return app.invoicing.issue(owner, d.id)


def test_paid_invoice_pdf_says_paid_in_full_with_the_payment_not_please_pay(app, owner, tmp_path):
    inv = _issued(app, owner)
    app.invoicing.record_payment(owner, inv.id, D("326.94"), paid_on=date(2026, 11, 20), method="card")
    text = text_of(app.invoicing.pdf(inv.id, tmp_path / "paid.pdf"))
    assert "Please pay" not in text
    assert "Paid in full — thank you" in text
    assert "Received £326.94 20 November 2026 (card)" in text
    assert "Amount due" in text and "£0.00" in text


def test_part_paid_invoice_asks_only_for_what_is_open(app, owner, tmp_path):
    inv = _issued(app, owner)
    app.invoicing.record_payment(owner, inv.id, D("100"))
    text = text_of(app.invoicing.pdf(inv.id, tmp_path / "part.pdf"))
    assert "Please pay £226.94" in text and "Paid in full" not in text


def test_unpaid_and_draft_invoices_ask_for_the_total_and_void_ones_ask_for_nothing(app, owner, tmp_path):
    inv = _issued(app, owner)
    assert "Please pay £326.94" in text_of(app.invoicing.pdf(inv.id, tmp_path / "open.pdf"))
    draft = app.invoicing.create_draft(owner, inv.customer_id, lines(("Bread", "2", "5", "zero")))
    assert "Please pay £10.00" in text_of(app.invoicing.pdf(draft.id, tmp_path / "draft.pdf"))
    app.invoicing.void(owner, inv.id, "entered twice")
    text = text_of(app.invoicing.pdf(inv.id, tmp_path / "void.pdf"))
    assert "Please pay" not in text and "Paid in full" not in text
