"""Demo invoicing: a catalogue, six months of invoices (most paid, some late, some overdue), a few
credit notes and a void, open drafts, and recurring agreements for the business customers."""
from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from core.kernel.i18n import _, ngettext
from core.invoicing.lines import LineDraft

if TYPE_CHECKING:
    from core.app import Deskmate

CATALOGUE = (
    ("BRD-SD", "Sourdough loaf", "item", "loaf", "4.20", "zero", False),
    ("BRD-RY", "Rye bread", "item", "loaf", "3.80", "zero", False),
    ("PST-CR", "Croissant (box of 6)", "item", "box", "9.00", "zero", False),
    ("CAK-BD", "Birthday cake", "item", "pc", "36.00", "standard", True),
    ("CAK-WD", "Wedding cake tier", "item", "tier", "120.00", "standard", True),
    ("CAT-PL", "Catering platter", "item", "platter", "45.00", "standard", False),
    ("CAT-SW", "Sandwich platter", "item", "platter", "32.00", "standard", False),
    ("DRK-CF", "Coffee urn (40 cups)", "item", "urn", "28.00", "standard", False),
    ("SRV-DL", "Delivery", "service", "trip", "8.50", "standard", False),
    ("SRV-WS", "Baking workshop", "service", "seat", "55.00", "standard", True),
    ("SRV-TS", "Cake tasting", "service", "visit", "24.00", "standard", True),
    ("SRV-ST", "Event staff (hour)", "service", "h", "22.00", "standard", False),
)


def build(app: "Deskmate", rng: random.Random, ctx: dict[str, Any]) -> None:
    owner = ctx["owner"]
    bea = ctx["users"].get("bea", owner)
    svc = app.invoicing
    items = [svc.add_item(owner, code, name, Decimal(price), tax, kind=kind, unit=unit, price_includes_tax=incl)
             for code, name, kind, unit, price, tax, incl in CATALOGUE]
    app.settings.update(owner, {"invoicing.appointment_item": "SRV-TS",
                                "invoicing.payment_details": "Bank transfer to Corner Bakery & Deli Ltd\n"
                                                             "Sort code 80-00-00, account 12345678",
                                "invoicing.legal_footer": "Corner Bakery & Deli Ltd · registered in Scotland SC123456"})
    customers = ctx.get("customer_ids") or []
    if not customers:
        return
    business = ctx.get("business_customer_ids") or customers[:20]
    today = ctx["today"]
    # How each business pays: most on time, some a little late, one in thirty not at all lately.
    habit = {cid: 60 if rng.random() < 0.035 else rng.choice((-3, 0, 0, 0, 2, 2, 5, 12, 25))
             for cid in customers}
    n_inv = n_paid = 0
    drafts: list[tuple[Any, Any, tuple[Any, ...] | None]] = []
    with app.db.uow() as s:
        for k in range(420):
            days_ago = int(rng.triangular(0, 185, 20))
            issued = today - timedelta(days=days_ago)
            cid = rng.choice(business) if rng.random() < 0.7 else rng.choice(customers)
            picks = rng.sample(items, rng.randint(1, 4))
            lines = [LineDraft(it.name, Decimal(rng.choice((1, 1, 2, 3, 6, 10))), it.unit_price, it.tax_code,
                               Decimal(rng.choice((0, 0, 0, 5, 10))), it.price_includes_tax, it.id, it.unit)
                     for it in picks]
            inv = svc.create_draft_in(s, bea, cid, lines, notes="")
            n_inv += 1
            paid_on = issued + timedelta(days=inv.terms_days + habit[cid] + rng.randint(-2, 4))
            payment = None
            if habit[cid] >= 60 and days_ago < 120:
                pass                                       # the chronic late payer: still open
            elif paid_on <= today:
                amount = inv.gross_total if rng.random() > 0.08 else (inv.gross_total / 2).quantize(Decimal("0.01"))
                if rng.random() < 0.02:
                    amount += Decimal("10.00")             # an overpayment becomes credit
                payment = (amount, paid_on, rng.choice(("bank transfer", "card", "cash")), f"REF{k:04d}")
                n_paid += 1
            drafts.append((issued, inv, payment))
        # Numbers follow dates: issue in date order (history, so the dates are confirmed).
        for issued, inv, _payment in sorted(drafts, key=lambda d: (d[0], d[1].id)):
            svc.issue_in(s, bea, inv.id, issue_date=issued, confirm_date=True)
        for _issued, inv, payment in drafts:
            if payment is not None:
                svc.record_payment_in(s, bea, inv.id, *payment)
        s.flush()
    # A few corrections: credit notes and a void.
    issued = [r for r in svc.list() if r.status == "paid" and r.kind == "invoice"][:3]
    for r in sorted(issued, key=lambda r: r.issue_date):
        cn = svc.credit_note(bea, r.id, [LineDraft("Goodwill credit: late delivery", Decimal(-1), Decimal("5.00"),
                                                   "standard")])
        svc.issue(bea, cn.id, issue_date=min(today, r.issue_date + timedelta(days=3)), confirm_date=True)
    open_ones = [r for r in svc.list() if r.status in ("issued",)]
    if open_ones:
        svc.void(bea, open_ones[-1].id, "issued to the wrong customer; re-issued")
    # Drafts waiting for a person, one of them machine-drafted.
    for cid in customers[40:43]:
        svc.create_draft(bea, cid, [LineDraft("Birthday cake", Decimal(1), Decimal("36.00"), "standard",
                                              Decimal(0), True)])
    # Recurring agreements for regular business customers.
    for cid, title, freq, lines in (
        (business[0], "Weekly bread delivery", "weekly",
         [LineDraft("Sourdough loaf", Decimal(12), Decimal("4.20"), "zero"), LineDraft("Delivery", Decimal(1), Decimal("8.50"), "standard")]),
        (business[1], "Monthly cafe supply", "monthly",
         [LineDraft("Croissant (box of 6)", Decimal(20), Decimal("9.00"), "zero")]),
        (business[3], "Monthly staff lunch platters", "monthly",
         [LineDraft("Sandwich platter", Decimal(4), Decimal("32.00"), "standard")]),
        (business[5], "Yearly sponsorship: club dinner", "yearly",
         [LineDraft("Catering platter", Decimal(10), Decimal("45.00"), "standard", Decimal(10))]),
    ):
        start = today - timedelta(days=rng.randint(20, 70))
        svc.add_agreement(owner, cid, title, freq, start, lines)
    # Let the jobs draft what they would this morning: invoice drafts from agreements and completed
    # appointments, and payment reminders, waiting in the inbox.
    drafted = 0
    for job_id in ("invoicing.recurring_drafts", "invoicing.appointment_drafts", "invoicing.dunning"):
        drafted += app.automation.run_now(owner, job_id).created
    ctx["summary"].append(_("{invoices} invoices ({paid} paid), {credit_notes} credit notes, {agreements} recurring "
                            "agreements, {items} catalogue items").format(
        invoices=n_inv, paid=n_paid, credit_notes=len(issued), agreements=4, items=len(CATALOGUE)))
    ctx["summary"].append(ngettext("{n} invoicing suggestion in the inbox", "{n} invoicing suggestions in the inbox",
                                   drafted).format(n=drafted))
