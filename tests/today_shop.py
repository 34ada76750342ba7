"""One of everything the Today page reports on (for the core and the desktop tests)."""
from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

from inbox_mix import draft_mix

from core.inventory import ledger
from tests.core.invoicing.inv_helpers import customer, lines
from tests.core.scheduling.sched_helpers import WEEK, small_shop

sys.path.insert(0, str(Path(__file__).resolve().parent / "core" / "automation"))
import automation_testkit as kit  # noqa: E402

MON = WEEK                       # Monday 30 Nov: the shop is built as of 07:00 that morning


def build_today_shop(app: Any, owner: Any, bookkeeper: Any, staff: Any, clock: Any) -> dict[str, Any]:
    """One of everything Today reports on, on Monday 30 Nov at 07:00."""
    clock.set(datetime(2026, 11, 30, 7, 0, tzinfo=timezone.utc))
    a, b, _c = small_shop(app, owner)
    sched = app.scheduling
    rid = sched.new_roster(owner, WEEK)
    sched.assign(owner, rid, a.id, MON, "OPN")
    sched.assign(owner, rid, b.id, MON, "CLS")
    sched.assign(owner, rid, b.id, MON + timedelta(days=1), "OPN")   # Tue: no closer
    sched.publish(owner, rid)
    svc = sched.add_service(owner, "Tasting", 45, skill="baker", price="25.00")
    cust = app.customers.create(owner, name="Carla Client", email="carla@x.example")
    appt = sched.book(owner, cust.id, svc.id, a.id, MON, 9 * 60)
    # stock: bread sells 20 a day, 30 on hand, 3 days from the supplier; flour has plenty
    inv = app.inventory
    sup = inv.create_supplier(owner, "Bakers Ltd", lead_time_days=3)
    bread = inv.create_product(owner, "BRD", "Sourdough loaf", cost="1.20", price="3.50", supplier_id=sup.id)
    flour = inv.create_product(owner, "FLR", "Flour", cost="1.00", price="2.00", supplier_id=sup.id)
    moves = [ledger.Move(p, MON - timedelta(days=k), "sale", Decimal(-20 if p == bread.id else -1))
             for k in range(1, 91) for p in (bread.id, flour.id)]
    with app.db.uow() as s:
        ledger.post(s, owner, moves, app.clock.now())
    inv.stocktake(owner, {bread.id: 30, flour.id: 500})
    # an invoice 30 days overdue on Monday
    c = customer(app, bookkeeper)
    draft = app.invoicing.create_draft(bookkeeper, c.id, lines(("Cake", "2", "50.00", "standard")))
    issued = app.invoicing.issue(bookkeeper, draft.id, issue_date=MON - timedelta(days=60), confirm_date=True)
    # a failed job the bookkeeper is responsible for, and inbox items of several kinds
    app.automation.update_job(owner, kit.BROKEN, owner_user_id=bookkeeper.user_id)
    app.automation.run_now(owner, kit.BROKEN)
    mix = draft_mix(app, escalate_as=staff)
    return {"appointment": appt, "bread": bread, "invoice": issued, "mix": mix, "ann": a, "bob": b}


