"""The demo shop's scheduling: 8 staff, shifts and cover of a bakery-café, a published roster for
this week, a draft for next week in the inbox, services and appointments."""
from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from core.kernel.actor import SYSTEM
from core.kernel.i18n import _
from core.scheduling.dto import AvailabilityWindow
from core.scheduling.service import monday

STAFF = [
    # name, role, skills, min h, max h, target h, max weekends in 4 weeks
    ("Alice Baker", "Head baker", ["baker", "key-holder"], 30, 40, 38, 4),
    ("Ben Okafor", "Baker", ["baker"], 24, 40, 32, 3),
    ("Chloe Martin", "Shift lead", ["key-holder", "till", "barista"], 30, 40, 38, 3),
    ("Dev Patel", "Barista", ["barista", "till", "key-holder"], 16, 32, 24, 2),
    ("Emma Rossi", "Barista", ["barista", "till", "key-holder"], 24, 40, 32, 3),
    ("Sam Walsh", "Sales", ["till"], 8, 24, 16, 0),      # the demo login "sam"
    ("Grace Lee", "Sales", ["till", "barista"], 16, 32, 24, 2),
    ("Hugo Brandt", "Weekend help", ["till"], 0, 16, 16, 4),
]


def build(app: Any, rng: random.Random, ctx: dict[str, Any]) -> None:
    svc = app.scheduling
    owner = ctx["owner"]
    ids = []
    for i, (name, role, skills, lo, hi, target, wk) in enumerate(STAFF):
        info = svc.add_staff(owner, code=f"S{i + 1:02d}", name=name, role=role, skills=skills,
                             email=name.split()[0].lower() + "@cornerbakery.example",
                             hourly_cost=f"{11.5 + len(skills) * 0.75:.2f}", min_minutes=lo * 60,
                             max_minutes=hi * 60, target_minutes=target * 60, max_consecutive_shifts=5,
                             min_consecutive_days_off=1, min_rest_minutes=11 * 60, max_weekends=wk,
                             user_id=_login(ctx, name))
        ids.append(info.id)
    # Sam only on weekday afternoons, Hugo only at weekends
    svc.set_availability(owner, ids[5], [AvailabilityWindow(d, 12 * 60, 20 * 60) for d in range(5)])
    svc.set_availability(owner, ids[7], [AvailabilityWindow(d, 6 * 60, 20 * 60) for d in (5, 6)])
    svc.add_shift_type(owner, "BAK", "Bake", 5 * 60, 8 * 60, skills=["baker"], color="#f4c27a",
                       break_start_minute=4 * 60, break_minutes=30)
    svc.add_shift_type(owner, "OPN", "Open", 7 * 60, 8 * 60, color="#a8d5a2", break_start_minute=4 * 60,
                       break_minutes=30)
    svc.add_shift_type(owner, "CLS", "Close", 12 * 60, 8 * 60, closing=True, forbidden_next=["BAK"],
                       color="#9bb7e0", break_start_minute=4 * 60, break_minutes=30)
    for wd in range(7):
        weekend = wd >= 5
        svc.set_cover(owner, wd, "BAK", 1, under_weight=200)
        svc.set_cover(owner, wd, "OPN", 2 if not weekend else 3, under_weight=100, over_weight=20)
        svc.set_cover(owner, wd, "OPN", 1, skill="key-holder", hard_minimum=1, under_weight=300)
        svc.set_cover(owner, wd, "CLS", 2, under_weight=100, over_weight=20)
        svc.set_cover(owner, wd, "CLS", 1, skill="key-holder", under_weight=150)
        svc.set_cover(owner, wd, "OPN", 1, skill="barista", under_weight=80)
    svc.set_preference(owner, ids[3], 6, "OPN", want=False, weight=3)
    svc.set_preference(owner, ids[1], 0, "BAK", want=True, weight=2)
    svc.set_preference(owner, ids[6], 4, "CLS", want=True, weight=2)
    today = ctx["today"]
    this_week = monday(today)
    svc.request_time_off(owner, ids[4], this_week + timedelta(days=9), this_week + timedelta(days=10),
                         "family visit")
    # published rosters for the last three weeks and this one (planned, then approved by the owner),
    # so the fairness report and the weekend limits have history
    for k in (3, 2, 1, 0):
        plan = svc.plan(this_week - timedelta(days=7 * k), time_limit=3)
        with app.db.uow() as s:
            rid, _unused = svc.draft_roster_in(s, SYSTEM, plan)
        svc.publish(owner, rid)
    # draft for next week waiting in the inbox
    svc.draft_week(SYSTEM, this_week + timedelta(days=7), time_limit=3)
    # appointment services and appointments
    cake = svc.add_service(owner, "Wedding cake tasting", 45, 10, 15, skill="baker", price="25.00")
    order = svc.add_service(owner, "Custom order consultation", 30, 0, 10, skill="key-holder", price="0.00")
    customers = ctx.get("customer_ids") or []
    n = 0
    if customers:
        for offset in range(0, 5):
            day = today + timedelta(days=offset - 2)
            if not (this_week <= day < this_week + timedelta(days=7)):
                continue
            for service in (cake, order):
                slots = svc.slots(service.id, day, include_past=day < today)
                if not slots:
                    continue
                slot = slots[rng.randrange(len(slots))]
                a = svc.book(owner, customers[rng.randrange(len(customers))], service.id, slot.staff_id, day,
                             slot.start_minute, notes="demo booking")
                n += 1
                if day < today:         # only a confirmed booking can be completed
                    svc.confirm(owner, a.id)
                    svc.complete(owner, a.id)
    ctx["staff_ids"] = ids
    ctx.setdefault("summary", []).append(_(
        "{staff} staff, rosters published for 4 weeks to {week}, draft for next week in the inbox, {n} "
        "appointments").format(staff=len(ids), week=this_week, n=n))


def _login(ctx: dict[str, Any], name: str) -> int | None:
    """The demo login whose staff record this is (so "sam" asks for time off as Sam Walsh)."""
    user = ctx.get("users", {}).get(name.split()[0].lower())
    return None if user is None else user.user_id


