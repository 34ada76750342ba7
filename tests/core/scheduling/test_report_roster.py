"""The roster report on two hand-made published weeks: wage cost against sales, hours, cover gaps
and the fairness spread — every figure worked out by hand in the comments."""
from __future__ import annotations

import csv
from datetime import date, datetime, timezone
from decimal import Decimal as D

FROM, TO = date(2026, 11, 16), date(2026, 11, 29)


def test_roster_wage_cost_cover_and_fairness(app, owner, clock, tmp_path):
    clock.set(datetime(2026, 11, 12, 9, tzinfo=timezone.utc))
    sc = app.scheduling
    ann = sc.add_staff(owner, name="Ann", hourly_cost="20")
    ben = sc.add_staff(owner, name="Ben", hourly_cost="10")
    sc.add_shift_type(owner, "E", "Early", 8 * 60, 480, break_start_minute=240, break_minutes=30)   # 7.5 h paid
    sc.add_shift_type(owner, "L", "Late", 13 * 60, 480)                                            # 8 h, ends 21:00
    sc.set_cover(owner, 0, "E", 2)                                         # Mondays: two on the early shift
    w1 = sc.new_roster(owner, date(2026, 11, 16))
    sc.assign(owner, w1, ann.id, date(2026, 11, 16), "E")
    sc.assign(owner, w1, ben.id, date(2026, 11, 16), "L")
    sc.assign(owner, w1, ann.id, date(2026, 11, 21), "L")                  # a Saturday evening
    sc.publish(owner, w1)
    w2 = sc.new_roster(owner, date(2026, 11, 23))
    sc.assign(owner, w2, ben.id, date(2026, 11, 23), "E")
    sc.assign(owner, w2, ben.id, date(2026, 11, 29), "E")                  # a Sunday
    sc.publish(owner, w2)
    draft = sc.new_roster(owner, date(2026, 11, 30))                        # drafts do not count
    sc.assign(owner, draft, ann.id, date(2026, 11, 30), "E")
    inv = app.inventory
    inv.create_product(owner, "B", "Bread", cost="4", price="10")
    f = tmp_path / "sales.csv"
    with f.open("w", newline="") as fh:
        csv.writer(fh).writerows([["Date", "SKU", "Quantity"], ["2026-11-17", "B", "100"]])
    inv.import_file(owner, "sales", f)
    clock.set(datetime(2026, 11, 30, 9, tzinfo=timezone.utc))

    r = app.reports.run(owner, "roster", FROM, TO)
    s = {x.name: x.values for x in r.series}
    assert s["wage cost"] == (D("390.00"), D("150.00"))       # 150 + 80 + 160 ; 75 + 75
    assert s["sales value"] == (D("1000.00"), D("0.00"))
    assert s["wage cost as a share of sales"] == (D("39.0"), None)  # no sales in week 2: no share
    assert s["hours rostered"] == (D("23.5"), D("15.0"))
    assert s["people missing from cover"] == (1, 1)            # one early on each Monday of two asked for
    fig = {x.key: x for x in r.figures}
    assert fig["wage_cost"].value == D("540.00") and fig["wage_cost"].previous is None   # no roster before
    assert fig["wage_share"].value == D("54.0")               # 540 over the 1,000 sold in rostered weeks
    assert fig["cover_gaps"].value == 2 and fig["days"].value == 14
    assert fig["hours_spread"].value == D("7.5")              # Ben 23 h, Ann 15.5 h
    assert fig["weekend_spread"].value == 0 and fig["evening_spread"].value == 0   # one each
    people, gaps = r.tables
    assert people.rows == (("Ann", 2, D("15.5"), 1, 1, D("310.00")), ("Ben", 3, D("23.0"), 1, 1, D("230.00")))
    assert [(row[0], row[1], row[2]) for row in gaps.rows] == [(date(2026, 11, 16), "Early", 1),
                                                                (date(2026, 11, 23), "Early", 1)]


def test_staff_see_hours_and_gaps_but_no_wages(app, owner, staff):
    r = app.reports.run(staff, "roster", FROM, TO)
    assert [x.name for x in r.series][0] == "wage cost as a share of sales"
    assert "wage_cost" not in {x.key for x in r.figures} and r.hidden
