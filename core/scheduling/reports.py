"""The roster report: wage cost against sales by week, cover gaps, and how fairly weekends,
evenings and hours were shared — from the published rosters of the period.

Sales come from inventory through the "sales value" weekly measure (``core.kernel.reports``), so
scheduling does not read another area's tables; without it the report shows the roster alone.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from core.automation.payoff import JobQuality, register_job_quality
from core.kernel.i18n import N_, _, ngettext
from core.kernel.reports import (Computed, Figure, Period, ReportSpec, Series, Table, dec, register_report,
                                 weekly_measure)
from core.scheduling import models as m
from core.scheduling.roster import EVENING_END

if TYPE_CHECKING:
    from core.app import Deskmate

ROSTER_DAYS_MAX = 31


def _rosters(s: Any, period: Period) -> list[m.Roster]:
    """The published rosters with a day in the period (on the week_start index)."""
    q = select(m.Roster).where(m.Roster.state == "published",
                               m.Roster.week_start <= period.end,
                               m.Roster.week_start > period.start - timedelta(days=ROSTER_DAYS_MAX))
    return [ro for ro in s.scalars(q) if ro.week_start + timedelta(days=ro.days - 1) >= period.start]


def _spread(values: list[Decimal]) -> Decimal | None:
    return max(values) - min(values) if len(values) > 1 else None


def _roster(app: "Deskmate", period: Period) -> Computed:
    n = len(period.weeks())
    wage_w = [Decimal(0)] * n
    hours_w = [Decimal(0)] * n
    gaps_w = [0] * n
    people: dict[int, dict[str, Any]] = defaultdict(lambda: {"shifts": 0, "hours": Decimal(0), "weekend_days": 0,
                                                             "evenings": 0, "wage": Decimal(0)})
    gap_rows: list[tuple[Any, ...]] = []
    rostered_w = [0] * n          # days with a published roster, per week
    with app.db.read() as s:
        staff = {p.id: p for p in s.scalars(select(m.StaffMember))}
        types = {t.id: t for t in s.scalars(select(m.ShiftType))}
        cover = list(s.scalars(select(m.CoverRequirement).where(m.CoverRequirement.required > 0)))
        rosters = {ro.id: ro for ro in _rosters(s, period)}
        cells = list(s.execute(select(m.RosterShift.staff_id, m.RosterShift.day, m.RosterShift.shift_type_id)
                               .where(m.RosterShift.roster_id.in_(list(rosters)),
                                      m.RosterShift.day >= period.start, m.RosterShift.day <= period.end)))
    days_rostered = {ro.week_start + timedelta(days=d) for ro in rosters.values() for d in range(ro.days)}
    days_rostered = {d for d in days_rostered if period.start <= d <= period.end}
    for d in days_rostered:
        rostered_w[period.week_index(d) or 0] += 1
    on_shift: dict[tuple[date, int], list[int]] = defaultdict(list)     # (day, shift type) -> staff ids
    for sid, day, type_id in cells:
        i = period.week_index(day)
        t, p = types.get(type_id), staff.get(sid)
        if i is None or t is None or p is None:
            continue
        on_shift[(day, type_id)].append(sid)
        hours = Decimal(t.length_minutes - (t.break_minutes or 0)) / 60
        wage = hours * p.hourly_cost
        wage_w[i] += wage
        hours_w[i] += hours
        row = people[sid]
        row["shifts"] += 1
        row["hours"] += hours
        row["wage"] += wage
        row["weekend_days"] += day.weekday() >= 5
        row["evenings"] += t.start_minute + t.length_minutes >= EVENING_END
    # cover gaps: what each requirement asks for on a rostered day, minus the people on that shift
    # who have its skill (the roster check's "cover_under", counted without building the whole problem)
    for day in sorted(days_rostered):
        for req in cover:
            if req.weekday != day.weekday():
                continue
            there = on_shift.get((day, req.shift_type_id), [])
            if req.skill:
                there = [sid for sid in there if req.skill in (staff[sid].skills or [])]
            missing = req.required - len(there)
            if missing > 0:
                t = types.get(req.shift_type_id)
                name = t.name if t else str(req.shift_type_id)
                gaps_w[period.week_index(day) or 0] += missing
                what = (_("{shift} ({skill}): {asked} asked for, {rostered} rostered").format(
                            shift=name, skill=req.skill, asked=req.required, rostered=len(there)) if req.skill
                        else _("{shift}: {asked} asked for, {rostered} rostered").format(
                            shift=name, asked=req.required, rostered=len(there)))
                gap_rows.append((day, name, Decimal(missing), what))
    sales = weekly_measure("sales value", app, period)
    sales_w = sales[1] if sales else (None,) * n
    covered_days = sum(rostered_w)
    # a week without a published roster has no wage cost to compare (not a cost of 0)
    share_w = tuple(dec(100 * w / v, 1) if v and days else None for w, v, days in zip(wage_w, sales_w, rostered_w))
    wage, sold = sum(wage_w, Decimal(0)), sum((v for v in sales_w if v is not None), Decimal(0))
    rows = sorted(people.items(), key=lambda kv: staff[kv[0]].name)
    hours_spread = _spread([r["hours"] for _, r in rows])
    weekend_spread = _spread([Decimal(r["weekend_days"]) for _, r in rows])
    evening_spread = _spread([Decimal(r["evenings"]) for _, r in rows])
    series = [Series(_("wage cost"), "money", tuple(dec(v) if days else None for v, days in zip(wage_w, rostered_w)))]
    if sales:
        series.append(Series(_("sales value"), "money", sales_w, kind="line"))
    series += [Series(_("wage cost as a share of sales"), "percent", share_w, kind="line"),
               Series(_("hours rostered"), "hours", tuple(dec(v, 1) for v in hours_w)),
               Series(_("people missing from cover"), "count", tuple(Decimal(v) for v in gaps_w))]
    sold_rostered = sum((v for v, days in zip(sales_w, rostered_w) if v is not None and days), Decimal(0))
    figures = [Figure("wage_cost", _("Wage cost"), "money", dec(wage) if covered_days else None, "down"),
               Figure("wage_share", _("Wage cost as a share of sales (weeks with a roster)"), "percent",
                      dec(100 * wage / sold_rostered, 1) if sales and sold_rostered and covered_days else None, "down"),
               Figure("hours", _("Hours rostered"), "hours", dec(sum(hours_w, Decimal(0)), 1)),
               Figure("cover_gaps", _("People missing from the cover asked for"), "count", Decimal(sum(gaps_w)),
                      "down", _("Cover gaps: for every day and shift, the people the cover requirement asks for "
                                "minus those rostered, added up.")),
               Figure("hours_spread", _("Hours: most minus fewest per person"), "hours", dec(hours_spread, 1), "down"),
               Figure("weekend_spread", _("Weekend days: most minus fewest per person"), "count", weekend_spread, "down"),
               Figure("evening_spread", _("Evening shifts: most minus fewest per person"), "count", evening_spread,
                      "down"),
               Figure("days", _("Days with a published roster"), "days", Decimal(covered_days))]
    if sales:
        figures.insert(1, Figure("sales", _("Sales value"), "money", dec(sold), "up"))
    return Computed(
        series=tuple(series), figures=tuple(figures),
        tables=(Table(_("Per person"), (_("Person"), _("Shifts"), _("Hours"), _("Weekend days"), _("Evening shifts"),
                                        _("Wage cost")),
                      ("text", "count", "hours", "count", "count", "money"),
                      tuple((staff[sid].name, Decimal(r["shifts"]), dec(r["hours"], 1), Decimal(r["weekend_days"]),
                             Decimal(r["evenings"]), dec(r["wage"])) for sid, r in rows)),
                Table(_("Cover gaps"), (_("Day"), _("Shift"), _("People missing"), _("What was missing")),
                      ("date", "text", "count", "text"),
                      tuple((d, name, size, msg) for d, name, size, msg in sorted(gap_rows)))),
        how=(_("Only published rosters count (drafts are not what people worked to); a day without one adds "
               "nothing."),
             _("Wage cost: each rostered shift's paid hours (its length minus its unpaid break) times the person's "
               "hourly cost, in the week of the shift."),
             _("{sales} Wage cost as a share of sales is the week's wage cost over its sales value; over the "
               "period, only weeks with a published roster count.").format(sales=_(sales[0].about)) if sales
             else _("No sales are recorded by any area, so wage cost is shown alone."),
             _("Cover gaps: for every rostered day and shift, the people the cover requirements ask for (per "
               "skill: only people with that skill count) minus those rostered."),
             _("Fairness spread: among the people rostered in the period, the most minus the fewest — hours, "
               "weekend days (Saturdays and Sundays worked) and evening shifts (ending at {hour}:00 or later); 0 "
               "means shared evenly (part-timers widen the hours spread by design).").format(
                 hour=EVENING_END // 60)))


register_report(ReportSpec("roster", N_("Roster: wage cost, cover and fairness"), "scheduling",
                           N_("wage cost against sales by week, cover gaps, and the spread of hours, weekends and "
                              "evenings"),
                           _roster, position=40))


# ---------------------------------------------------------------------- the roster job's own measure
def roster_gap(app: "Deskmate", period: Period) -> str | None:
    """"Drafted rosters: 2 of 3 proven best possible; median gap to the bound 6 points (4 %)": how far
    the rosters the job drafted in the period were from the best any roster could score."""
    from core.kernel.reports import instant_bounds, median, shop_zone
    lo, hi = instant_bounds(period, shop_zone(app))
    with app.db.read() as s:
        found = [ro.explanation["solver"] for ro in s.scalars(
            select(m.Roster).where(m.Roster.created_at >= lo, m.Roster.created_at < hi))
            if isinstance(ro.explanation, dict) and isinstance(ro.explanation.get("solver"), dict)]
    if not found:
        return None
    best = sum(1 for x in found if x.get("status") == "OPTIMAL")
    gaps = [(int(x["penalty"]) - int(x["bound"]), int(x["penalty"])) for x in found
            if x.get("status") != "OPTIMAL" and x.get("bound") is not None and x.get("penalty") is not None]
    if not gaps:
        return ngettext("Drafted rosters: {best} of {n} proven best possible",
                        "Drafted rosters: {best} of {n} proven best possible", len(found)).format(
                            best=best, n=len(found))
    points = median([float(g) for g, _unused in gaps])
    share = median([100 * g / p if p else 0.0 for g, p in gaps])
    # the share carries its own "%" so no msgid reads "% o" (a python-format directive to gettext)
    return ngettext("Drafted rosters: {best} of {n} proven best possible; the others a median {points} points "
                    "above the best any roster could score ({share} of their points)",
                    "Drafted rosters: {best} of {n} proven best possible; the others a median {points} points "
                    "above the best any roster could score ({share} of their points)", len(found)).format(
                        best=best, n=len(found), points=dec(points, 0), share=f"{dec(share, 0)} %")


register_job_quality(JobQuality("scheduling.auto_roster", roster_gap))


# the satisfaction report is declared with the follow-ups (core/scheduling/followups.py)
from core.scheduling import followups as _followups  # noqa: E402,F401
