"""Invoicing service rules: drafts, issuing, immutability, credit notes, voids, payments, aging."""
from __future__ import annotations

from datetime import timedelta
from decimal import Decimal as D

import pytest
from inv_helpers import customer, lines

from core.invoicing.models import Invoice, InvoiceLine
from core.invoicing.service import InvoiceFilter
from core.kernel.audit import AuditFilter
from core.kernel.errors import ConflictError, PermissionDenied, ValidationError


@pytest.fixture
def cust(app, owner):
    return customer(app, owner)


def draft(app, actor, cust, *specs):
    return app.invoicing.create_draft(actor, cust.id, lines(*(specs or [("Bread", "3", "2.50", "standard")])))


def test_draft_totals_and_tax_summary(app, owner, cust):
    inv = draft(app, owner, cust, ("Bread", "3", "2.50", "standard"), ("Cake", "1", "12", "reduced", "10", True))
    assert (inv.net, inv.tax, inv.gross) == (D("17.79"), D("2.01"), D("19.80"))
    assert [(t.code, t.tax) for t in inv.taxes] == [("standard", D("1.50")), ("reduced", D("0.51"))]
    assert inv.status == "draft" and inv.number is None


def test_unknown_tax_code_names_the_line(app, owner, cust):
    with pytest.raises(ValidationError) as e:
        draft(app, owner, cust, ("Bread", "1", "1", "standard"), ("X", "1", "1", "luxury"))
    assert e.value.problems[0].row == 2 and "luxury" in str(e.value)


def test_numbers_are_sequential_per_series_and_only_on_issue(app, owner, cust):
    a, b, c = (draft(app, owner, cust) for _ in range(3))
    app.invoicing.delete_draft(owner, b.id)                 # a deleted draft never had a number
    assert app.invoicing.issue(owner, c.id).number == "2026-0001"
    assert app.invoicing.issue(owner, a.id).number == "2026-0002"
    app.settings.update(owner, {"invoicing.series": "INV{year}/{seq:05d}"})
    assert app.invoicing.issue(owner, draft(app, owner, cust).id).number == "INV2026/00001"
    with pytest.raises(ConflictError):
        app.invoicing.issue(owner, a.id)                    # issuing twice


def test_issued_invoice_is_immutable_in_the_service(app, owner, cust):
    inv = app.invoicing.issue(owner, draft(app, owner, cust).id)
    with pytest.raises(ConflictError, match="credit note"):
        app.invoicing.update_draft(owner, inv.id, lines=lines(("Other", "1", "1", "standard")))
    with pytest.raises(ConflictError):
        app.invoicing.update_draft(owner, inv.id, notes="changed")
    with pytest.raises(ConflictError):
        app.invoicing.delete_draft(owner, inv.id)
    # Any other path that tries is refused at flush time, and nothing changes.
    with pytest.raises(ConflictError):
        with app.db.uow() as s:
            s.get(Invoice, inv.id).gross_total = D("1")
    with pytest.raises(ConflictError):
        with app.db.uow() as s:
            s.query(InvoiceLine).filter_by(invoice_id=inv.id).one().unit_price = D("0.01")
    after = app.invoicing.get(inv.id)
    assert after.gross == inv.gross and after.lines == inv.lines


def test_credit_note_references_original_and_settles_it(app, owner, cust):
    inv = app.invoicing.issue(owner, draft(app, owner, cust, ("Bread", "3", "2.50", "standard")).id)
    cn = app.invoicing.credit_note(owner, inv.id)
    assert cn.kind == "credit_note" and cn.gross == -inv.gross and cn.state == "draft"
    cn = app.invoicing.issue(owner, cn.id)
    assert cn.number == "CN2026-0001" and cn.credit_of_number == inv.number
    assert app.invoicing.get(inv.id).status == "paid" and app.invoicing.get(inv.id).open == 0
    assert inv.gross + cn.gross == 0 and inv.tax + cn.tax == 0


def test_void_keeps_the_number_and_needs_a_reason(app, owner, cust):
    inv = app.invoicing.issue(owner, draft(app, owner, cust).id)
    with pytest.raises(Exception, match="why"):
        app.invoicing.void(owner, inv.id, "")
    v = app.invoicing.void(owner, inv.id, "wrong customer")
    assert v.status == "void" and v.number == inv.number and v.void_reason == "wrong customer"
    nxt = app.invoicing.issue(owner, draft(app, owner, cust).id)
    assert nxt.number == "2026-0002"                          # the voided number is not reused


def test_payments_partial_full_and_overpayment_as_credit(app, owner, cust):
    inv = app.invoicing.issue(owner, draft(app, owner, cust, ("Job", "1", "100", "zero")).id)
    app.invoicing.record_payment(owner, inv.id, D("40"))
    assert app.invoicing.get(inv.id).status == "part paid"
    p = app.invoicing.record_payment(owner, inv.id, D("70"), reference="bank 123")
    assert (p.applied, p.to_credit) == (D("60"), D("10"))
    assert app.invoicing.get(inv.id).status == "paid"
    assert app.customers.get(cust.id).credit_balance == D("10")
    second = app.invoicing.issue(owner, draft(app, owner, cust, ("Job", "1", "25", "zero")).id)
    used = app.invoicing.use_credit(owner, second.id)
    assert used.applied == D("10") and app.customers.get(cust.id).credit_balance == 0
    assert app.invoicing.get(second.id).open == D("15")
    rows = app.audit.list(owner, AuditFilter(area="invoicing", text="payment"))
    assert len(rows) == 3


def test_staff_may_not_issue_or_record_payments(app, owner, staff, cust):
    d = draft(app, owner, cust)
    with pytest.raises(PermissionDenied):
        app.invoicing.issue(staff, d.id)
    inv = app.invoicing.issue(owner, d.id)
    with pytest.raises(PermissionDenied):
        app.invoicing.record_payment(staff, inv.id, D("1"))


def test_status_overdue_filters_and_aging_buckets(app, owner, cust, clock):
    today = app.today()
    amounts = {}
    for days_ago, amount in ((200, "40"), (75, "30"), (40, "20"), (5, "10")):   # numbers follow dates
        d = app.invoicing.create_draft(owner, cust.id, lines(("Job", "1", amount, "zero")), terms_days=0)
        amounts[days_ago] = app.invoicing.issue(owner, d.id, issue_date=today - timedelta(days=days_ago),
                                                confirm_date=True)
    current = app.invoicing.issue(owner, draft(app, owner, cust, ("Job", "1", "5", "zero")).id)
    assert {r.id for r in app.invoicing.list(InvoiceFilter(status="overdue"))} == {i.id for i in amounts.values()}
    assert [r.id for r in app.invoicing.list(InvoiceFilter(status="issued"))] == [current.id]
    assert app.invoicing.counts()["overdue"] == 4
    rep = app.invoicing.aging()
    assert rep.totals == {"current": D("5"), "1-30": D("10"), "31-60": D("20"), "61-90": D("30"), "over 90": D("40")}
    assert rep.total == D("105") and rep.rows[0].customer_id == cust.id
    in_range = app.invoicing.list(InvoiceFilter(date_from=today - timedelta(days=50), date_to=today - timedelta(days=30)))
    assert [r.id for r in in_range] == [amounts[40].id]


def test_cashflow_shifts_receipts_by_customer_payment_record(app, owner, cust):
    today = app.today()
    late = customer(app, owner, "Late Larry", email="l@example.com")
    # Larry paid an earlier invoice 14 days after it fell due.
    old = app.invoicing.create_draft(owner, late.id, lines(("Job", "1", "50", "zero")), terms_days=10)
    old = app.invoicing.issue(owner, old.id, issue_date=today - timedelta(days=60), confirm_date=True)
    app.invoicing.record_payment(owner, old.id, D("50"), paid_on=old.due_date + timedelta(days=14))
    a = app.invoicing.create_draft(owner, cust.id, lines(("Job", "1", "100", "zero")), terms_days=7)
    app.invoicing.issue(owner, a.id)
    b = app.invoicing.create_draft(owner, late.id, lines(("Job", "1", "200", "zero")), terms_days=7)
    app.invoicing.issue(owner, b.id)
    rep = app.invoicing.cashflow()
    assert len(rep.weeks) == 8 and rep.customer_delays[late.id] == 14
    due = today + timedelta(days=7)
    week_of = lambda d: (d - rep.start).days // 7  # noqa: E731
    assert rep.weeks[week_of(due)].expected_in == D("100")
    assert rep.weeks[week_of(due + timedelta(days=14))].expected_in == D("200")
    assert rep.weeks[-1].cumulative == D("300")


def test_erasure_keeps_issued_invoices_and_says_so(app, owner, cust):
    inv = app.invoicing.issue(owner, draft(app, owner, cust).id)
    d = draft(app, owner, cust)
    report = app.customers.erase(owner, cust.id, "customer asked by e-mail")
    assert inv.number in report.statement and "tax law" in report.statement
    kept = app.invoicing.get(inv.id)
    assert kept.customer_name == "Ann Smith" and "High Street" in kept.billing_address
    assert app.invoicing.get(d.id).customer_name == "(erased customer)"


def test_customer_history_composes_invoices_payments(app, owner, cust):
    inv = app.invoicing.issue(owner, draft(app, owner, cust).id)
    app.invoicing.record_payment(owner, inv.id, D("1"))
    areas = {e.area for e in app.customers.history(cust.id)}
    assert {"invoices", "payments"} <= areas


def test_cashflow_counts_sent_purchase_orders_from_inventory(app, owner, cust):
    """Invoicing reads supplier payments through inventory's public purchase_orders_due."""
    sup = app.inventory.create_supplier(owner, "Mill & Co", lead_time_days=3)
    prod = app.inventory.create_product(owner, "FLR-001", "Flour", supplier_id=sup.id, cost=D("2.50"))
    draft = app.inventory.create_purchase_order(owner, sup.id, [{"product_id": prod.id, "quantity": 40,
                                                                 "unit_cost": D("2.50")}])
    assert sum(w.due_out for w in app.invoicing.cashflow().weeks) == 0     # a draft is no commitment
    app.inventory.set_po_status(owner, draft.row.id, "sent")
    rep = app.invoicing.cashflow()
    due = app.today() + timedelta(days=3)
    week = rep.weeks[(due - rep.start).days // 7]
    assert week.due_out == D("100.00") and any("Mill & Co" in p for p in week.payables)
    assert any("purchase orders" in n for n in rep.notes)
