"""The demo shop's scheduling part: believable, within the rules, deterministic."""
from __future__ import annotations

import random

from core.scheduling import demo


def test_demo_part_builds_a_consistent_schedule(app, owner):
    customers = [app.customers.create(owner, name=f"Customer {i}", email=f"c{i}@x.example").id for i in range(5)]
    ctx = {"owner": owner, "today": app.today(), "customer_ids": customers, "summary": []}
    demo.build(app, random.Random(7), ctx)
    assert len(ctx["staff_ids"]) == 8 and "8 staff" in ctx["summary"][0]
    rosters = app.scheduling.rosters()
    assert [state for _, _, state, _ in rosters].count("published") == 4
    assert [state for _, _, state, _ in rosters].count("draft") == 1
    for rid, _, _, _ in rosters:
        assert app.scheduling.view(rid).warnings == ()          # every week keeps the hard rules
    kinds = {i.kind for i in app.inbox.list()}
    assert {"roster", "time_off", "appointment_confirmation"} <= kinds
    assert app.scheduling.billable_appointments(None)          # past appointments completed
    services = app.scheduling.list_services()
    assert {s.name for s in services} == {"Wedding cake tasting", "Custom order consultation"}
