"""PDF invoices open in a PDF reader and say what they should (text extracted back with pypdf)."""
from __future__ import annotations

from decimal import Decimal as D

import pypdf
from inv_helpers import customer, lines


def text_of(path):
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)


def test_issued_invoice_pdf_has_legal_fields_lines_tax_summary_and_payment(app, owner, tmp_path):
    app.settings.update(owner, {"shop.name": "Corner Bakery", "shop.tax_id": "GB123456789",
                                "shop.currency": "GBP", "invoicing.payment_details": "IBAN GB11 2222",
                                "invoicing.legal_footer": "Registered in Scotland SC000001"})
    cust = customer(app, owner, tax_id="GB999")
    d = app.invoicing.create_draft(owner, cust.id, lines(("Sourdough loaf", "3", "2.50", "standard"),
                                                         ("Birthday cake", "1", "12", "reduced", "10", True)))
    inv = app.invoicing.issue(owner, d.id)
    app.invoicing.record_payment(owner, inv.id, D("5"))
    path = app.invoicing.pdf(inv.id, tmp_path / "inv.pdf")
    text = text_of(path)
    for expected in ("Corner Bakery", "GB123456789", "INVOICE", inv.number, "Ann Smith", "GB999",
                     "Sourdough loaf", "Birthday cake", "Tax summary", "20 %", "5 %", "£1.50", "£0.51",
                     "£19.80", "Amount due", "£14.80", "IBAN GB11 2222", "Registered in Scotland"):
        assert expected in text, expected
    assert "DRAFT" not in text
    assert (path.parent / "inv.pdf").exists() and not list(tmp_path.glob(".*.tmp"))


def test_machine_drafted_draft_is_marked_until_issued(app, owner, tmp_path):
    cust = customer(app, owner)
    with app.db.uow() as s:
        inv = app.invoicing.create_draft_in(s, owner, cust.id, lines(("Bread box", "1", "30", "reduced")),
                                            machine_drafted=True)
        iid = inv.id
    assert "DRAFT — machine-drafted" in text_of(app.invoicing.pdf(iid, tmp_path / "d.pdf"))
    app.invoicing.issue(owner, iid)
    assert "DRAFT" not in text_of(app.invoicing.pdf(iid, tmp_path / "i.pdf"))


def test_credit_note_and_void_pdfs(app, owner, tmp_path):
    cust = customer(app, owner)
    inv = app.invoicing.issue(owner, app.invoicing.create_draft(owner, cust.id, lines(("Job", "2", "10", "zero"))).id)
    cn = app.invoicing.issue(owner, app.invoicing.credit_note(owner, inv.id).id)
    t = text_of(app.invoicing.pdf(cn.id, tmp_path / "cn.pdf"))
    assert "CREDIT NOTE" in t and inv.number in t and cn.number in t
    other = app.invoicing.issue(owner, app.invoicing.create_draft(owner, cust.id, lines(("Job", "1", "1", "zero"))).id)
    app.invoicing.void(owner, other.id, "duplicate of an earlier invoice")
    t = text_of(app.invoicing.pdf(other.id, tmp_path / "v.pdf"))
    assert "VOID" in t and "duplicate of an earlier invoice" in t and other.number in t
