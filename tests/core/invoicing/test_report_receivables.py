"""The receivables report on hand-made invoices, payments and purchase orders: aging at each
week's end, what fell due and what came in, DSO, and purchase orders due — worked out by hand."""
from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal as D

from inv_helpers import customer, lines

FROM, TO = date(2026, 11, 16), date(2026, 11, 29)        # weeks ending 22 and 29 Nov


def issued(app, owner, cust, amount, on, terms):
    d = app.invoicing.create_draft(owner, cust.id, lines(("Job", "1", amount, "zero")), terms_days=terms)
    return app.invoicing.issue(owner, d.id, issue_date=on, confirm_date=True)


def test_receivables_aging_over_time_dso_and_cash_flow(app, owner, clock):
    clock.set(datetime(2026, 11, 24, 9, tzinfo=timezone.utc))
    cust = customer(app, owner)
    i1 = issued(app, owner, cust, "100", date(2026, 11, 2), 14)      # due 16 Nov
    issued(app, owner, cust, "200", date(2026, 11, 10), 7)           # due 17 Nov, never paid
    issued(app, owner, cust, "50", date(2026, 11, 24), 30)           # due 24 Dec
    app.invoicing.record_payment(owner, i1.id, D("40"), paid_on=date(2026, 11, 20))
    app.invoicing.record_payment(owner, i1.id, D("60"), paid_on=date(2026, 11, 27))
    inv = app.inventory
    sup = inv.create_supplier(owner, "Mill", lead_time_days=2)
    p = inv.create_product(owner, "F", "Flour", cost="3", price="5", supplier_id=sup.id)
    po = inv.create_purchase_order(owner, sup.id, [{"product_id": p.id, "quantity": "10", "unit_cost": "3"}])
    inv.set_po_status(owner, po.row.id, "sent")                         # ordered 24 Nov, expected 26 Nov
    inv.create_purchase_order(owner, sup.id, [{"product_id": p.id, "quantity": "99", "unit_cost": "3"}])  # a draft
    clock.set(datetime(2026, 11, 30, 9, tzinfo=timezone.utc))

    r = app.reports.run(owner, "receivables", FROM, TO)
    s = {x.name: x.values for x in r.series}
    assert s["due from customers"] == (D("300.00"), D("0.00"))       # I1 100 + I2 200 fall due in week 1
    assert s["received"] == (D("40.00"), D("60.00"))
    assert s["purchase orders due"] == (D("0.00"), D("30.00"))       # 10 × 3; the draft is no commitment
    assert s["open, 1-30 days overdue"] == (D("260.00"), D("200.00"))  # I1 60 + I2 200 ; I2 alone
    assert s["open, not yet due"] == (D("0.00"), D("50.00"))          # I3 from 24 Nov
    f = {x.key: x for x in r.figures}
    assert f["open"].value == D("250.00") and f["overdue"].value == D("200.00")
    assert f["invoiced"].value == D("50.00")                         # only I3 was issued in the period
    assert f["dso"].value == D("70.0")                               # 250 × 14 / 50
    assert f["received"].value == D("100.00") and f["orders_due"].value == D("30.00")
    assert f["open"].previous == D("300.00")                         # 15 Nov: I1 100 (current) + I2 200
    aging = r.tables[0]
    assert aging.rows[1] == (date(2026, 11, 29), D("50.00"), D("200.00"), D("0.00"), D("0.00"), D("0.00"),
                             D("250.00"))
    chart_names = [x.name for x in r.series if x.drawn]
    assert chart_names == ["due from customers", "received", "purchase orders due"]
