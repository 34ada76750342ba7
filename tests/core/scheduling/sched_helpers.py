"""A tiny shop for scheduling tests: two shift types, three staff, cover, one service."""
from __future__ import annotations

from datetime import date

WEEK = date(2026, 11, 30)   # a Monday, the week after the fixture clock's


def small_shop(app, owner):
    svc = app.scheduling
    app.settings.update(owner, {"shop.opening_hours": {d: ["07:00", "21:00"] for d in
                                                       ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}})
    a = svc.add_staff(owner, code="A", name="Ann", skills=["key-holder", "baker"], min_minutes=0,
                      max_minutes=40 * 60, max_consecutive_shifts=5, max_weekends=1, email="ann@x.example")
    b = svc.add_staff(owner, code="B", name="Bob", skills=["key-holder"], min_minutes=0, max_minutes=40 * 60,
                      max_consecutive_shifts=5, max_weekends=1)
    c = svc.add_staff(owner, code="C", name="Cy", skills=["till"], min_minutes=0, max_minutes=40 * 60,
                      max_consecutive_shifts=5, max_weekends=1)
    svc.add_shift_type(owner, "OPN", "Open", 8 * 60, 8 * 60, break_start_minute=4 * 60, break_minutes=30)
    svc.add_shift_type(owner, "CLS", "Close", 12 * 60, 8 * 60, closing=True, forbidden_next=["OPN"])
    for wd in range(7):
        svc.set_cover(owner, wd, "OPN", 1, skill="key-holder", hard_minimum=1, under_weight=200)
        svc.set_cover(owner, wd, "CLS", 1, under_weight=100)
    return a, b, c
