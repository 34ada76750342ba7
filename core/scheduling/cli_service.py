"""CLI handlers that need the shop's database (plan, slots, export)."""
from __future__ import annotations

import argparse
from datetime import timedelta
from pathlib import Path
from typing import Any, Callable

from core.cli import actor_for, add_as, parse_date, print_json, print_table
from core.scheduling.dto import hm
from core.scheduling.service import parse_iso_week


def cmd_plan(args: argparse.Namespace, app: Any) -> int:
    week = parse_iso_week(args.week)
    if args.draft:
        actor = actor_for(app, getattr(args, "as_user", None))
        rid, sug = app.scheduling.draft_week(actor, week, args.time_limit)
        print(f"roster {rid} drafted; inbox item {sug}")
        return 0
    plan = app.scheduling.plan(week, args.time_limit)
    names = {p.id: p.name for p in app.scheduling.list_staff()}
    roster: dict[str, list[str | None]] = {}
    days = [week + timedelta(days=i) for i in range(plan.days)]
    for sid, name in names.items():
        roster[name] = [plan.cells.get((sid, d)) for d in days]
    out = {"week": args.week, "status": plan.status, "objective": plan.penalty, "bound": plan.bound,
           "seconds": plan.seconds, "penalties": plan.penalty_by_rule, "conflicts": list(plan.conflicts),
           "warnings": [w.message for w in plan.warnings], "uncovered": list(plan.uncovered),
           "preferences_missed": list(plan.preferences_missed), "roster": roster}
    if args.json:
        print_json(out)
    else:
        print(f"{plan.status}: penalty {plan.penalty} (bound {plan.bound}) in {plan.seconds} s")
        print_table([[n] + [c or "" for c in row] for n, row in roster.items()],
                    ["staff"] + [d.strftime("%a %d") for d in days])
        for line in list(plan.conflicts) + list(plan.uncovered) + list(plan.preferences_missed):
            print("  " + line)
    return 0


def cmd_slots(args: argparse.Namespace, app: Any) -> int:
    slots = app.scheduling.slots(args.service, args.date, args.staff)
    rows = [{"staff_id": s.staff_id, "staff": s.staff_name, "date": s.day.isoformat(),
             "start": hm(s.start_minute), "end": hm(s.end_minute)} for s in slots]
    if args.json:
        print_json(rows)
    else:
        print_table([[r["start"], r["end"], r["staff"]] for r in rows], ["start", "end", "staff"])
    return 0


def cmd_export_roster(args: argparse.Namespace, app: Any) -> int:
    from core.scheduling.exports import export_roster
    actor = actor_for(app, getattr(args, "as_user", None))
    path = export_roster(app, actor, parse_iso_week(args.week), Path(args.output), args.staff)
    print(f"wrote {path}")
    return 0


def register(sub: argparse._SubParsersAction, roster: argparse._SubParsersAction,
             get_or_add: Callable[..., argparse._SubParsersAction]) -> None:
    sp = roster.add_parser("plan", help="plan a week with the optimiser (prints it; --draft puts it in the inbox)")
    sp.add_argument("--week", required=True, metavar="YYYY-Www")
    sp.add_argument("--time-limit", type=float, default=None, metavar="S")
    sp.add_argument("--draft", action="store_true", help="store as a draft roster and add it to the inbox")
    sp.add_argument("--json", action="store_true")
    add_as(sp)
    sp.set_defaults(handler=cmd_plan)
    ap = sub.add_parser("appointments", help="appointments").add_subparsers(dest="appointments_cmd",
                                                                           metavar="ACTION", required=True)
    sp = ap.add_parser("slots", help="free slots for a service on a day")
    sp.add_argument("--service", type=int, required=True, metavar="ID")
    sp.add_argument("--date", type=parse_date, required=True, metavar="DATE")
    sp.add_argument("--staff", type=int, default=None, metavar="ID")
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(handler=cmd_slots)
    ex = get_or_add(sub, "export", "export data to files", "export_cmd")
    sp = ex.add_parser("roster", help="a week's roster to .xlsx, .pdf or .ics")
    sp.add_argument("--week", required=True, metavar="YYYY-Www")
    sp.add_argument("-o", "--output", required=True, metavar="FILE")
    sp.add_argument("--staff", type=int, default=None, metavar="ID", help=".ics: one person's feed")
    add_as(sp)
    sp.set_defaults(handler=cmd_export_roster)
