"""Demo inventory: a bakery-deli's 160 products from 4 suppliers with 18 months of daily sales.

Sales have weekday and yearly seasonality, trends, slow and intermittent movers and a few new
products; stock is replenished along the way (receipts), so today's on-hand is believable. A few
purchase orders are open (draft, sent) and some received. A handful of records carry problems on
purpose for the data-quality checks (no supplier, negative stock, price below cost, a duplicate).
Sales and ledger rows are written in bulk so the whole build takes a second or two.
"""
from __future__ import annotations

import math
import random
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import numpy as np
from sqlalchemy import select, text

from core.inventory import history, ledger
from core.inventory.models import (Product, PurchaseOrderLine, StockMovement, Supplier,
                                   SupplierProduct)
from core.kernel.audit import record
from core.kernel.i18n import _

if TYPE_CHECKING:
    from core.app import Deskmate

SUPPLIERS = (
    # name, contact, lead time, ordering days
    ("Lothian Flour Mill", "Morag Reid", 3, "0,3"),
    ("Borders Dairy", "Euan Scott", 1, ""),
    ("Highland Fine Foods", "Isla Fraser", 4, "1"),
    ("Capital Cash & Carry", "Ross Young", 2, ""),
)
CATEGORIES = {
    # category: (supplier index, items, typical daily units, cost range, margin)
    "Bread": (0, ["Sourdough loaf", "White tin loaf", "Wholemeal loaf", "Rye loaf", "Baguette",
                  "Ciabatta", "Focaccia", "Seeded batch", "Brioche loaf", "Bagel", "Morning roll",
                  "Soda bread", "Spelt loaf", "Olive bread", "Pitta pack", "Naan pack", "Tortilla wraps",
                  "Crumpets", "English muffins", "Oatcakes"], 12, (0.4, 1.8), 2.2),
    "Pastry": (0, ["Croissant", "Pain au chocolat", "Almond croissant", "Cinnamon bun",
                   "Danish pastry", "Apple turnover", "Eclair", "Custard slice", "Scone",
                   "Cheese scone", "Fruit scone", "Sausage roll", "Steak pie", "Bridie", "Mince pie",
                   "Macaron box", "Fudge doughnut", "Jam doughnut", "Millionaire shortbread",
                   "Empire biscuit"], 9, (0.3, 1.5), 2.5),
    "Dairy": (1, ["Whole milk 1l", "Semi-skimmed milk 1l", "Skimmed milk 1l", "Oat milk 1l",
                  "Soya milk 1l", "Double cream", "Single cream", "Butter 250g", "Salted butter 250g",
                  "Cheddar 200g", "Brie wedge", "Stilton wedge", "Mozzarella", "Greek yoghurt",
                  "Natural yoghurt", "Free-range eggs 6", "Free-range eggs 12", "Crowdie",
                  "Creme fraiche", "Halloumi"], 6, (0.5, 3.0), 1.5),
    "Deli": (2, ["Smoked salmon", "Haggis", "Black pudding", "Prosciutto", "Salami", "Chorizo",
                 "Olives tub", "Hummus", "Pesto jar", "Sundried tomatoes", "Artichokes jar",
                 "Stuffed peppers", "Pate", "Coleslaw", "Potato salad", "Quiche slice",
                 "Scotch egg", "Pork pie", "Caponata", "Anchovies"], 3, (1.5, 6.0), 1.6),
    "Drinks": (3, ["Coffee beans 250g", "Ground coffee 250g", "Tea bags 80", "Earl Grey 50",
                   "Green tea 40", "Hot chocolate tin", "Orange juice 1l", "Apple juice 1l",
                   "Sparkling water", "Still water", "Irn-Bru can", "Cola can", "Lemonade",
                   "Elderflower cordial", "Ginger beer", "Kombucha", "Iced coffee", "Smoothie",
                   "Chai latte mix", "Oat latte can"], 5, (0.3, 4.0), 1.8),
    "Groceries": (3, ["Porridge oats", "Muesli", "Granola", "Honey jar", "Strawberry jam",
                      "Marmalade", "Peanut butter", "Chocolate spread", "Pasta 500g",
                      "Basmati rice", "Chopped tomatoes", "Baked beans", "Chickpeas tin",
                      "Olive oil", "Rapeseed oil", "Balsamic vinegar", "Sea salt", "Black pepper",
                      "Plain flour", "Caster sugar"], 2, (0.5, 4.0), 1.5),
    "Household": (3, ["Kitchen roll", "Washing-up liquid", "Bin bags", "Foil", "Cling film",
                      "Napkins", "Paper cups", "Coffee lids", "Takeaway boxes", "Sponges",
                      "Paper bags", "Cake boxes", "Wooden forks", "Straws", "Hand soap",
                      "Bleach", "Dishwasher tabs", "Till rolls", "Labels", "Gloves"],
                  0.6, (0.5, 3.0), 1.4),
    "Seasonal": (2, ["Christmas pudding", "Stollen", "Hot cross buns", "Easter egg", "Shortbread tin",
                     "Black bun", "Pumpkin loaf", "Strawberry tart", "Picnic pie", "Clootie dumpling"],
                 1.5, (1.0, 5.0), 2.0),
}
PACKS = (1, 1, 1, 4, 6, 6, 10, 12)


def _dec(x: float, q: str = "0.01") -> Decimal:
    return Decimal(str(round(x, 4))).quantize(Decimal(q))


def build(app: "Deskmate", rng: random.Random, ctx: dict[str, Any]) -> None:
    owner = ctx["owner"]
    today: date = ctx["today"]
    start: date = ctx["start"]
    days = (today - start).days          # sales on start .. today-1
    nprng = np.random.default_rng(ctx.get("seed", 7) + 501)
    now = app.clock.now()
    with app.db.uow() as s:
        sups = []
        for name, contact, lead, order_days in SUPPLIERS:
            slug = name.lower().replace(" ", "").replace("&", "")
            sup = Supplier(name=name, contact=contact, email=f"orders@{slug}.example",
                           phone=f"0131 555 {rng.randint(1000, 9999)}", lead_time_days=lead,
                           ordering_days=order_days, active=True, created_at=now, updated_at=now)
            s.add(sup)
            sups.append(sup)
        s.flush()
        products: list[Product] = []
        params = []
        n_sku = 0
        for cat, (si, items, base, (c_lo, c_hi), margin) in CATEGORIES.items():
            for name in items:
                n_sku += 1
                cost = rng.uniform(c_lo, c_hi)
                kind = rng.random()
                # demand profile: fast smooth, medium, slow, intermittent
                if kind < 0.35:
                    level = base * rng.uniform(0.8, 2.5)
                elif kind < 0.7:
                    level = base * rng.uniform(0.25, 0.8)
                elif kind < 0.9:
                    level = rng.uniform(0.3, 1.2)
                else:
                    level = rng.uniform(0.05, 0.3)
                pack = rng.choice(PACKS) if level > 2 else 1
                p = Product(sku=f"{cat[:3].upper()}-{n_sku:03d}", name=name, category=cat,
                            unit="each", cost=_dec(cost), price=_dec(cost * margin * rng.uniform(0.9, 1.2)),
                            pack_size=Decimal(pack), min_order_qty=Decimal(pack * (2 if pack > 6 else 1)),
                            active=True, fill_rate_target=Decimal(rng.choice(("0.9", "0.95", "0.95", "0.98"))),
                            safety_factor=Decimal(1), supplier_id=sups[si].id, on_hand=Decimal(0),
                            created_at=now, updated_at=now)
                s.add(p)
                products.append(p)
                params.append((level, cat, kind))
        # a few new products (sales only in the last 2 weeks) with the owner's min/max
        for j, name in enumerate(("Matcha cookie", "Vegan sausage roll", "Sourdough pizza base",
                                  "Pistachio bun", "Gluten-free loaf")):
            p = Product(sku=f"NEW-{j + 1:03d}", name=name, category="Pastry", unit="each",
                        cost=_dec(rng.uniform(0.5, 1.5)), price=_dec(rng.uniform(2, 3.5)),
                        pack_size=Decimal(1), min_order_qty=Decimal(0), active=True,
                        fill_rate_target=Decimal("0.95"), safety_factor=Decimal(1),
                        owner_min=Decimal(4), owner_max=Decimal(12), supplier_id=sups[0].id,
                        on_hand=Decimal(0), created_at=now, updated_at=now)
            s.add(p)
            products.append(p)
            params.append((rng.uniform(1, 4), "new", 0.5))
        s.flush()

        # ---------------------------------------------------------------- demand simulation
        n = len(products)
        t = np.arange(days)
        dates = [start + timedelta(days=int(k)) for k in t]
        weekday = np.array([d.weekday() for d in dates])
        doy = np.array([d.timetuple().tm_yday for d in dates])
        week_shape = np.array([0.85, 0.85, 0.9, 0.95, 1.15, 1.45, 0.85])
        Y = np.zeros((n, days))
        for i, (level, cat, kind) in enumerate(params):
            trend = 1 + rng.uniform(-0.25, 0.35) * t / days
            yearly = 1 + rng.uniform(0.05, 0.25) * np.cos(2 * math.pi * (doy - rng.randint(150, 220)) / 365)
            if cat == "Seasonal":
                yearly = np.where((doy > 320) | (doy < 10) | ((doy > 80) & (doy < 110)), 6.0, 0.15)
            wk = week_shape ** rng.uniform(0.3, 1.5)
            lam = level * trend * yearly * wk[weekday]
            if kind >= 0.9:     # intermittent: occasional bulk purchases
                occurs = nprng.random(days) < np.clip(lam, 0, 1)
                Y[i] = occurs * nprng.integers(1, 6, days)
            else:
                Y[i] = nprng.poisson(np.clip(lam, 0, None))
            if cat == "new":
                Y[i, : days - 14] = 0
        # closed on Christmas day and New Year's day
        for k, d in enumerate(dates):
            if (d.month, d.day) in ((12, 25), (1, 1)):
                Y[:, k] = 0

        # ---------------------------------------------------------------- replenishment simulation
        lead = np.array([SUPPLIERS[[sp.id for sp in sups].index(p.supplier_id)][2] for p in products])
        avg = np.maximum(Y[:, :56].mean(axis=1), 0.05)
        pack = np.array([float(p.pack_size) for p in products])
        on_hand = np.ceil(avg * (lead + 7))
        pipeline = np.zeros((days + 10, n))
        served = np.zeros_like(Y)
        receipts: list[tuple[int, int, float]] = []
        for k in range(days):
            arr = pipeline[k]
            for i in np.flatnonzero(arr):
                receipts.append((i, k, float(arr[i])))
            on_hand += arr
            sold = np.minimum(on_hand, Y[:, k])
            served[:, k] = sold
            on_hand -= sold
            if k % 7 == 0:
                avg = np.maximum(Y[:, max(0, k - 28):k + 1].mean(axis=1), 0.02)
            pos = on_hand + pipeline[k + 1:].sum(axis=0)
            need = pos < np.maximum(avg * (lead + 3), 1)
            if k >= days - 5:   # the last days nobody ordered by hand: Deskmate's turn
                need &= lead >= 3
            q = np.ceil(np.maximum(np.maximum(avg * (lead + 10), 2) - pos, 0) / pack) * pack
            for i in np.flatnonzero(need & (q > 0)):
                pipeline[k + lead[i], i] += q[i]
        initial = np.ceil(Y[:, :56].mean(axis=1) * (lead + 7))

        # ---------------------------------------------------------------- bulk writes
        at = now
        mov = []
        for i, p in enumerate(products):
            mov.append({"product_id": p.id, "day": start - timedelta(days=1), "at": at, "kind": "stocktake",
                        "quantity": Decimal(int(initial[i])), "counted": Decimal(int(initial[i])),
                        "counts": True, "reason": "opening count", "reference": "", "purchase_order_id": None,
                        "import_batch_id": None, "username": owner.username})
        ii, kk = np.nonzero(served)
        for i, k in zip(ii.tolist(), kk.tolist()):
            mov.append({"product_id": products[i].id, "day": dates[k], "at": at, "kind": "sale",
                        "quantity": Decimal(-int(served[i, k])), "counted": None, "counts": True,
                        "reason": "", "reference": "till", "purchase_order_id": None,
                        "import_batch_id": None, "username": "till"})
        for i, k, q in receipts:
            mov.append({"product_id": products[i].id, "day": dates[k], "at": at, "kind": "receipt",
                        "quantity": Decimal(int(q)), "counted": None, "counts": True, "reason": "",
                        "reference": "delivery", "purchase_order_id": None, "import_batch_id": None,
                        "username": owner.username})
        s.execute(StockMovement.__table__.insert(), mov)
        s.execute(text("INSERT INTO sales_daily (product_id, day, quantity) VALUES (:p, :d, :q)"),
                  [{"p": products[i].id, "d": dates[k].isoformat(), "q": int(served[i, k]) * ledger.SCALE}
                   for i, k in zip(ii.tolist(), kk.tolist())])
        # the reports' aggregates, as ledger.post keeps them for every other write
        by_day: dict[int, dict[date, int]] = {}
        for r in mov:
            days_of = by_day.setdefault(r["product_id"], {})
            days_of[r["day"]] = days_of.get(r["day"], 0) + int(r["quantity"] * ledger.SCALE)
        history.apply_moves(s.connection(), by_day, {(products[i].id, dates[k]): int(served[i, k]) * ledger.SCALE
                                                     for i, k in zip(ii.tolist(), kk.tolist())})
        totals = np.zeros(n)
        for i, _day, q in receipts:
            totals[i] += q
        final = initial - served.sum(axis=1) + totals
        for i, p in enumerate(products):
            p.on_hand = Decimal(int(final[i]))
            p.last_count_day = start - timedelta(days=1)
        for p in products:
            s.add(SupplierProduct(supplier_id=p.supplier_id, product_id=p.id,
                                  supplier_sku=f"S-{p.sku}", price=p.cost, pack_size=p.pack_size))
        # in-transit orders of the simulation become open purchase orders
        open_lines: dict[int, list[dict[str, Any]]] = {}
        for k in range(days, days + 10):
            for i in np.flatnonzero(pipeline[k]):
                open_lines.setdefault(products[i].supplier_id, []).append(
                    {"product_id": products[i].id, "quantity": Decimal(int(pipeline[k, i])),
                     "unit_cost": products[i].cost})
        n_po = 0
        for j, (sup_id, lines) in enumerate(sorted(open_lines.items())):
            po = ledger.create_purchase_order(s, owner, sup_id, lines, at, today - timedelta(days=1),
                                              notes="demo: on its way")
            po.status = "sent" if j % 2 == 0 else "draft"
            n_po += 1
        # two received orders from last week, for the history
        for sup in sups[:2]:
            mine = [p for p in products if p.supplier_id == sup.id][:4]
            po = ledger.create_purchase_order(s, owner, sup.id, [
                {"product_id": p.id, "quantity": p.pack_size * 2, "unit_cost": p.cost} for p in mine],
                at, today - timedelta(days=8), notes="demo: delivered")
            s.flush()
            ledger.receive(s, owner, po.id, {ln.id: ln.quantity for ln in s.scalars(
                select(PurchaseOrderLine).where(PurchaseOrderLine.purchase_order_id == po.id))},
                at, today - timedelta(days=6))
            n_po += 1
        # deliberate problems for the data-quality checks
        products[3].supplier_id = None
        products[10].on_hand = Decimal(-3)
        products[25].price = products[25].cost - Decimal("0.10")
        dup = Product(sku="PAS-999", name="Croissants", category="Pastry", unit="each", cost=Decimal("0.45"),
                      price=Decimal("1.60"), pack_size=Decimal(1), min_order_qty=Decimal(0), active=True,
                      fill_rate_target=Decimal("0.95"), safety_factor=Decimal(1), supplier_id=sups[0].id,
                      on_hand=Decimal(0), created_at=now, updated_at=now)
        s.add(dup)
        record(s, owner, area="inventory", action="demo inventory", entity="product",
               after={"products": n + 1, "suppliers": len(sups), "sales_days": days},
               summary=_("demo: {value} products, {n} suppliers, {days} days of sales").format(value=n + 1, n=len(sups), days=days), at=now)
    ctx["summary"].append(_("{products} products from {suppliers} suppliers with {days} days of sales, {orders} "
                            "purchase orders").format(products=n + 1, suppliers=len(SUPPLIERS), days=days, orders=n_po))
    ctx["product_ids"] = [p.id for p in products]
