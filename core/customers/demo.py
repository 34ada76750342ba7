"""Demo customers: 200 believable people and businesses, a few with gaps for the quality checks."""
from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

from core.kernel.i18n import ngettext

if TYPE_CHECKING:
    from core.app import Deskmate

FIRST = ("Ann", "Ben", "Cara", "David", "Ella", "Finn", "Grace", "Hamish", "Isla", "Jack", "Kirsty",
         "Liam", "Morag", "Niall", "Orla", "Peter", "Rhona", "Stuart", "Tara", "Uma", "Victor",
         "Wendy", "Yusuf", "Zoe", "Aileen", "Callum", "Fiona", "Euan", "Heather", "Ross")
LAST = ("Smith", "Brown", "Wilson", "Campbell", "Stewart", "Thomson", "Robertson", "Anderson",
        "MacDonald", "Scott", "Reid", "Murray", "Taylor", "Clark", "Ross", "Watson", "Morrison",
        "Paterson", "Young", "Mitchell", "Fraser", "Gray", "Hamilton", "Kerr", "Graham")
BUSINESS = ("Leith Catering", "Old Town Cafe", "Meadows Sports Club", "Royal Mile Hotel",
            "Stockbridge Nursery", "Portobello Primary School", "Canongate Offices",
            "Bruntsfield Dental", "Morningside Book Club", "Haymarket Co-working",
            "Grassmarket Events", "Dean Village Gallery", "Newington Care Home", "Quartermile Gym",
            "Abbeyhill Church Hall", "Marchmont Letting", "Tollcross Theatre", "Gorgie Farm Shop",
            "Corstorphine Golf Club", "Inverleith Tennis Club")
STREETS = ("High Street", "Leith Walk", "Easter Road", "Dalry Road", "Comiston Road", "Ferry Road",
           "Queen Street", "George Street", "Lothian Road", "Broughton Street")


def build(app: "Deskmate", rng: random.Random, ctx: dict[str, Any]) -> None:
    rows = []
    for i, biz in enumerate(BUSINESS):
        slug = biz.lower().replace(" ", "").replace("-", "")
        rows.append({"name": f"{biz} Ltd" if i % 3 == 0 else biz, "email": f"accounts@{slug}.example",
                     "phone": f"0131 555 {1000 + i:04d}",
                     "billing_address": f"{rng.randint(1, 200)} {rng.choice(STREETS)}\nEdinburgh EH{rng.randint(1, 17)}",
                     "tax_id": f"GB{rng.randint(100000000, 999999999)}" if i % 2 == 0 else "",
                     "payment_terms_days": rng.choice((14, 30, 30)), "notes": ""})
    while len(rows) < 200:
        first, last = rng.choice(FIRST), rng.choice(LAST)
        n = len(rows)
        gap = n % 37 == 5            # a few customers nobody could reach
        rows.append({"name": f"{first} {last}",
                     "email": "" if gap or n % 4 == 1 else f"{first}.{last}{n}@mail.example".lower(),
                     "phone": "" if gap else f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
                     "billing_address": f"{rng.randint(1, 120)} {rng.choice(STREETS)}\nEdinburgh",
                     "tax_id": "", "payment_terms_days": 14,
                     "notes": rng.choice(("", "", "", "prefers e-mail", "gluten-free orders"))})
    for n, row in enumerate(rows):
        # A few customers read their letters in German or Spanish, whatever the shop's language
        # (no random draw: the rest of the demo stays the same shop).
        row["language"] = "de" if n % 10 == 3 else "es" if n % 10 == 7 else ""
    ids = app.customers.create_many(ctx["owner"], rows)
    business_ids = ids[:len(BUSINESS)]
    for cid in business_ids[:8]:
        app.customers.add_contact(ctx["owner"], cid, f"{rng.choice(FIRST)} {rng.choice(LAST)}", "accounts")
    ctx["customer_ids"] = ids
    ctx["business_customer_ids"] = business_ids
    ctx["summary"].append(ngettext("{n} customer", "{n} customers", len(ids)).format(n=len(ids)))
