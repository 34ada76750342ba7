"""Inventory data-quality checks, found by the automation area's data-quality job."""
from __future__ import annotations

from decimal import Decimal

from core.automation.quality import all_checks
from core.inventory import quality


def test_checks_find_each_problem(app, owner):
    inv = app.inventory
    sup = inv.create_supplier(owner, "Mill")
    a = inv.create_product(owner, "A1", "Oat milk 1l", supplier_id=sup.id, cost="1.00", price="0.80")
    b = inv.create_product(owner, "A2", "oat milk 1L", supplier_id=sup.id)
    c = inv.create_product(owner, "C1", "Candles")
    inv.adjust_stock(owner, c.id, Decimal(-3), "sold before counting")
    with app.db.read() as s:
        found = {fn.__name__: fn(s, app) for fn in quality.CHECKS}
    assert [f.subject_id for f in found["products_without_supplier"]] == [c.id]
    assert [f.subject_id for f in found["negative_stock"]] == [c.id]
    assert "-3" in found["negative_stock"][0].problem
    assert [f.subject_id for f in found["price_below_cost"]] == [a.id]
    dup = found["likely_duplicates"]
    assert len(dup) == 1 and dup[0].details["products"] == [a.id, b.id]
    assert ("inventory", quality.negative_stock) in all_checks()
