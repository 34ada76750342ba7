from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import numpy as np
import pytest

from core.inventory import ledger


@pytest.fixture
def shop(app, owner):
    """A supplier with three products and 120 days of daily sales ending yesterday."""
    inv = app.inventory
    sup = inv.create_supplier(owner, "Bakers Ltd", lead_time_days=2, email="orders@bakers.example")
    a = inv.create_product(owner, "BRD", "Sourdough loaf", category="Bread", cost="1.20", price="3.50",
                           pack_size="6", supplier_id=sup.id)
    b = inv.create_product(owner, "CRS", "Croissant", category="Pastry", cost="0.40", price="1.60",
                           pack_size="12", supplier_id=sup.id)
    c = inv.create_product(owner, "NEW", "New muffin", category="Pastry", cost="0.50", price="2.00",
                           supplier_id=sup.id, owner_min="5", owner_max="20")
    today = app.today()
    rng = np.random.default_rng(5)
    moves = []
    for k in range(1, 121):
        d = today - timedelta(days=k)
        moves.append(ledger.Move(a.id, d, "sale", -Decimal(int(rng.poisson(20)))))
        moves.append(ledger.Move(b.id, d, "sale", -Decimal(int(rng.poisson(30)))))
    moves.append(ledger.Move(c.id, today - timedelta(days=3), "sale", Decimal(-2)))
    with app.db.uow() as s:
        ledger.post(s, owner, [m for m in moves if m.quantity != 0], app.clock.now())
    inv.stocktake(owner, {a.id: 10, b.id: 400, c.id: 1})
    return {"supplier": sup, "bread": a, "croissant": b, "muffin": c, "today": today}
