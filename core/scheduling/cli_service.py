"""CLI handlers that need the shop's database (plan, slots, export)."""
from __future__ import annotations

import argparse
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Callable

from core.kernel.cli_support import UsageError, actor_for, add_as, add_force, parse_date, print_json, print_table
from core.kernel.actor import Role
from core.kernel.errors import NotFound
from core.scheduling.dto import hm
from core.scheduling.service import parse_iso_week
from core.kernel.i18n import _, ngettext


def cmd_plan(args: argparse.Namespace, app: Any) -> int:
    week = parse_iso_week(args.week)
    if args.draft:
        actor = actor_for(app, getattr(args, "as_user", None))
        rid, sug = app.scheduling.draft_week(actor, week, args.time_limit)
        print(_("roster {rid} drafted; inbox item {sug}").format(rid=rid, sug=sug))
        return 0
    plan = app.scheduling.plan(week, args.time_limit)
    people = app.scheduling.list_staff()
    seen = [p.name for p in people]
    names = {p.id: (p.name if seen.count(p.name) == 1 else f"{p.name} ({p.code})") for p in people}
    roster: dict[str, list[str | None]] = {}
    days = [week + timedelta(days=i) for i in range(plan.days)]
    for sid, name in names.items():
        roster[name] = [plan.cells.get((sid, d)) for d in days]
    out = {"week": args.week, "status": plan.status, "quality": plan.status_words, "summary": plan.quality,
           "objective": plan.penalty, "bound": plan.bound,
           "seconds": plan.seconds, "penalties": plan.penalty_by_rule, "conflicts": list(plan.conflicts),
           "warnings": [w.message for w in plan.warnings], "uncovered": list(plan.uncovered),
           "preferences_missed": list(plan.preferences_missed), "roster": roster}
    if args.json:
        print_json(out)
    else:
        _print_plan(app, plan, roster, days, details=args.details)
    return 0


def _print_plan(app: Any, plan: Any, roster: dict[str, list[str | None]], days: list[date],
                *, details: bool) -> None:
    """The week as a person reads it: the quality in words, each person's shifts by name, what is
    missing; the optimiser's points, timing and shift codes only with ``--details``."""
    from core.scheduling import wording
    fm = app.formats()
    types = {t.code: t for t in app.scheduling.list_shift_types()}
    shift = (lambda c: c or "") if details else (lambda c: types[c].name if c in types else (c or ""))
    print(f"{plan.quality[:1].upper()}{plan.quality[1:]} — {plan.status_words}.")
    print_table([[n] + [shift(c) for c in row] for n, row in roster.items()],
                ["staff"] + [fm.weekday(d) for d in days])
    missing = list(plan.conflicts) + list(plan.uncovered) + list(plan.preferences_missed)
    if missing:
        print(_('\nStill open:'))
        for line in missing:
            print("  " + line)
    if not details:
        print(_("\n(--details: the optimiser's points per rule, shift codes and timing)"))
        return
    print(f"\n{wording.status_detail(plan.status, plan.bound, plan.penalty)}.")
    print(_("{number} points in total (lower is better), planned in {number2} s").format(number=fm.number(plan.penalty), number2=fm.number(plan.seconds, 1)))
    for line in wording.points_lines(plan.penalty_by_rule):
        print("  " + line)
    if types:
        print(_('Shift codes: ') + ", ".join(f"{c} = {t.name}" for c, t in types.items()))
    for w in plan.warnings:
        print(_('  warning: ') + w.message)


def cmd_slots(args: argparse.Namespace, app: Any) -> int:
    slots = app.scheduling.slots(args.service, args.date, args.staff)
    rows = [{"staff_id": s.staff_id, "staff": s.staff_name, "date": s.day.isoformat(),
             "start": hm(s.start_minute), "end": hm(s.end_minute)} for s in slots]
    if args.json:
        print_json(rows)
    else:
        print_table([[r["start"], r["end"], r["staff"]] for r in rows], [_("start"), _("end"), _("staff")])
    return 0


def _minute(text: str) -> int:
    try:
        h, _sep, m = text.partition(":")
        value = int(h) * 60 + int(m or 0)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a time like 09:30") from None
    if not 0 <= value < 24 * 60:
        raise argparse.ArgumentTypeError(f"'{text}' is not a time of day")
    return value


def _appointment_row(a: Any) -> dict[str, Any]:
    return {"id": a.id, "date": a.day.isoformat(), "start": hm(a.start_minute), "end": hm(a.end_minute),
            "service": a.service_name, "customer": a.customer_name, "customer_id": a.customer_id,
            "staff": a.staff_name, "staff_id": a.staff_id, "state": a.state, "price": a.price,
            "billable": a.billable, "invoice_id": a.invoice_id}


def cmd_appointments_list(args: argparse.Namespace, app: Any) -> int:
    first = args.date_from or app.today()
    last = args.date_to or first + timedelta(days=7)
    rows = [_appointment_row(a) for a in app.scheduling.appointments(first, last, args.staff, args.customer)]
    if args.json:
        print_json(rows)
    else:
        fm = app.formats()
        print_table([[r["id"], fm.date(date.fromisoformat(r["date"])), r["start"], r["service"], r["customer"],
                      r["staff"], r["state"]] for r in rows],
                    [_("id"), _("date"), _("start"), _("service"), _("customer"), _("staff"), _("state")])
    return 0


def cmd_appointments_book(args: argparse.Namespace, app: Any) -> int:
    actor = actor_for(app, getattr(args, "as_user", None))
    a = app.scheduling.book(actor, args.customer, args.service, args.staff, args.date, args.time, args.notes or "")
    print(_("appointment {id} booked (pending until confirmed in the inbox): {day} {hm} {service_name} with {staff_name}").format(id=a.id, day=a.day, hm=hm(a.start_minute), service_name=a.service_name, staff_name=a.staff_name))
    return 0


def cmd_appointments_set(args: argparse.Namespace, app: Any) -> int:
    actor = actor_for(app, getattr(args, "as_user", None))
    fn = {"confirmed": app.scheduling.confirm, "completed": app.scheduling.complete,
          "no-show": app.scheduling.no_show}.get(args.state)
    a = app.scheduling.cancel(actor, args.id, args.reason or "") if args.state == "cancelled" else fn(actor, args.id)
    print(_("appointment {id} is now {state}").format(id=a.id, state=a.state))
    return 0


def cmd_roster_show(args: argparse.Namespace, app: Any) -> int:
    week = parse_iso_week(args.week)
    rid = app.scheduling.roster_for_week(week)
    if rid is None:
        raise NotFound(_("there is no roster for {week}").format(week=args.week))
    viewer = actor_for(app, getattr(args, "as_user", None))
    view = app.scheduling.view(rid, viewer=viewer)
    out = {"roster_id": rid, "week": args.week, "state": view.state, "summary": view.quality,
           "penalty": view.penalty,
           "penalties": view.penalty_by_rule, "warnings": [w.message for w in view.warnings],
           **({} if view.cost is None else {"wage_cost": view.cost}),
           "roster": {(p.name if [x.name for x in view.staff].count(p.name) == 1 else f"{p.name} ({p.code})"):
                      [view.cells.get((p.id, d)) for d in view.days] for p in view.staff}}
    if args.json:
        print_json(out)
    else:
        # the line the roster page shows: staff read their own week, the owner the quality, score
        # and wage cost in words; the grid names the shifts (codes stay in --json)
        from core.scheduling import wording
        fm = app.formats()
        if viewer.role == Role.STAFF:
            mine = next((p.id for p in view.staff if p.user_id == viewer.user_id), None)
            line, _tip = wording.own_week(view, mine, fm)
        else:
            line, _tip = wording.roster_header(view, fm)
        print(_("roster {rid}: {line}").format(rid=rid, line=line))
        names = {t.code: t.name for t in view.shift_types}
        print_table([[n] + [names.get(c, c) if c else "" for c in row] for n, row in out["roster"].items()],
                    ["staff"] + [fm.weekday(d) for d in view.days])
        for w in out["warnings"]:
            print("  ! " + w)
    return 0


def _hours(minutes: int | None) -> str | None:
    return None if minutes is None else f"{minutes / 60:g}"


def cmd_staff_list(args: argparse.Namespace, app: Any) -> int:
    viewer = actor_for(app, getattr(args, "as_user", None))
    people = app.scheduling.list_staff(include_inactive=args.all, viewer=viewer)
    rows = [{"id": p.id, "code": p.code, "name": p.name, "role": p.role, "skills": list(p.skills),
             "email": p.email,
             "hourly_cost": None if p.hourly_cost is None else f"{p.hourly_cost:.2f}", "min_hours": _hours(p.min_minutes),
             "max_hours": _hours(p.max_minutes), "contract_hours": _hours(p.target_minutes), "active": p.active}
            for p in people]
    if args.json:
        print_json(rows)
        return 0
    hidden = "—"
    print_table([[r["id"], r["name"], r["role"], ", ".join(r["skills"]), r["email"] or hidden,
                  r["hourly_cost"] or hidden,
                  hidden if p.min_minutes is None else f"{r['min_hours']}–{r['max_hours'] or '∞'}"]
                 for r, p in zip(rows, people)],
                [_("id"), _("name"), _("role"), _("skills"), _("e-mail"), _("hourly cost"), _("hours/week")])
    return 0


def cmd_roster_publish(args: argparse.Namespace, app: Any) -> int:
    actor = actor_for(app, getattr(args, "as_user", None))
    rid = app.scheduling.roster_for_week(parse_iso_week(args.week))
    if rid is None:
        raise NotFound(_("there is no roster for {week}").format(week=args.week))
    print(app.scheduling.publish(actor, rid))
    return 0


def cmd_time_off(args: argparse.Namespace, app: Any) -> int:
    actor = actor_for(app, getattr(args, "as_user", None))
    staff = args.staff if args.staff is not None else app.scheduling.own_staff_id(actor)
    if staff is None:
        raise UsageError(_("{username}'s login is not linked to a staff member: say whose with --staff ID").format(username=actor.username))
    rid = app.scheduling.request_time_off(actor, staff, args.date_from, args.date_to or args.date_from,
                                          args.reason or "")
    print(_("time-off request {rid} is waiting for the owner in the inbox").format(rid=rid))
    return 0


def cmd_swap(args: argparse.Namespace, app: Any) -> int:
    actor = actor_for(app, getattr(args, "as_user", None))
    week = args.date - timedelta(days=args.date.weekday())
    rid = app.scheduling.roster_for_week(week)
    if rid is None:
        raise NotFound(_("there is no roster for the week of {week}").format(week=week))
    sid = app.scheduling.request_swap(actor, rid, args.date, args.from_staff, args.to_staff, args.reason or "")
    print(_("swap request {sid} is waiting for a decision in the inbox").format(sid=sid))
    return 0


def cmd_export_roster(args: argparse.Namespace, app: Any) -> int:
    from core.scheduling.exports import export_roster
    actor = actor_for(app, getattr(args, "as_user", None))
    week = parse_iso_week(args.week)
    out = Path(args.output)
    if args.per_staff:
        if out.suffix.lower() != ".ics":
            raise UsageError(_('--per-staff writes iCalendar feeds: give -o NAME.ics'))
        for p in app.scheduling.list_staff():
            path = export_roster(app, actor, week, out.with_name(f"{out.stem}-{p.code}.ics"), p.id, force=args.force)
            print(_("wrote {path} ({name})").format(path=path, name=p.name))
        return 0
    path = export_roster(app, actor, week, out, args.staff, force=args.force)
    print(_("wrote {path}").format(path=path))
    return 0


def cmd_export_appointments(args: argparse.Namespace, app: Any) -> int:
    from core.scheduling.exports import export_appointments
    first = args.date_from or app.today()
    last = args.date_to or first + timedelta(days=90)
    out = Path(args.output)
    if out.suffix.lower() != ".ics":
        raise UsageError(_('appointments are exported as iCalendar: give -o FILE.ics'))
    out, n = export_appointments(app, first, last, out, args.staff, force=args.force)
    print(ngettext("wrote {out} ({n} appointment)", "wrote {out} ({n} appointments)", n).format(out=out, n=n))
    return 0


def register(sub: argparse._SubParsersAction, roster: argparse._SubParsersAction,
             get_or_add: Callable[..., argparse._SubParsersAction]) -> None:
    sp = roster.add_parser("plan", help=_('plan a week with the optimiser (prints it; --draft puts it in the inbox)'))
    sp.add_argument("--week", required=True, metavar="YYYY-Www")
    sp.add_argument("--time-limit", type=float, default=None, metavar="S")
    sp.add_argument("--draft", action="store_true", help=_('store as a draft roster and add it to the inbox'))
    sp.add_argument("--details", action="store_true",
                    help=_("also the optimiser's points per rule, shift codes and planning time"))
    sp.add_argument("--json", action="store_true")
    add_as(sp)
    sp.set_defaults(handler=cmd_plan)
    sp = roster.add_parser("show", help=_("a week's roster (published, else the draft) with its rule checks"))
    sp.add_argument("--week", required=True, metavar="YYYY-Www")
    sp.add_argument("--json", action="store_true")
    add_as(sp)
    sp.set_defaults(handler=cmd_roster_show)
    sp = roster.add_parser("publish", help=_("publish a week's draft roster (the manual path of approving it)"))
    sp.add_argument("--week", required=True, metavar="YYYY-Www")
    add_as(sp)
    sp.set_defaults(handler=cmd_roster_publish)
    sp = roster.add_parser("staff", help=_('the staff list (staff see colleagues without pay, contract or e-mail)'))
    sp.add_argument("--all", action="store_true", help=_('include people who no longer work here'))
    sp.add_argument("--json", action="store_true")
    add_as(sp)
    sp.set_defaults(handler=cmd_staff_list)
    sp = roster.add_parser("time-off", help=_('ask for time off (the owner decides in the inbox)'))
    sp.add_argument("--staff", type=int, metavar="ID", help=_('whose (default: your own staff record)'))
    sp.add_argument("--from", dest="date_from", type=parse_date, required=True, metavar="DATE")
    sp.add_argument("--to", dest="date_to", type=parse_date, metavar="DATE")
    sp.add_argument("--reason")
    add_as(sp)
    sp.set_defaults(handler=cmd_time_off)
    sp = roster.add_parser("swap", help=_('ask to hand a shift to a colleague (decided in the inbox)'))
    sp.add_argument("--date", type=parse_date, required=True, metavar="DATE")
    sp.add_argument("--from-staff", type=int, required=True, metavar="ID")
    sp.add_argument("--to-staff", type=int, required=True, metavar="ID")
    sp.add_argument("--reason")
    add_as(sp)
    sp.set_defaults(handler=cmd_swap)
    ap = sub.add_parser("appointments", help=_('appointments')).add_subparsers(dest="appointments_cmd",
                                                                           metavar="ACTION", required=True)
    from core.scheduling.followups import register_cli as register_followups
    register_followups(ap)
    sp = ap.add_parser("slots", help=_('free slots for a service on a day'))
    sp.add_argument("--service", type=int, required=True, metavar="ID")
    sp.add_argument("--date", type=parse_date, required=True, metavar="DATE")
    sp.add_argument("--staff", type=int, default=None, metavar="ID")
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(handler=cmd_slots)
    sp = ap.add_parser("list", help=_('appointments in a date range (default: the next 7 days)'))
    sp.add_argument("--from", dest="date_from", type=parse_date, metavar="DATE")
    sp.add_argument("--to", dest="date_to", type=parse_date, metavar="DATE")
    sp.add_argument("--staff", type=int, default=None, metavar="ID")
    sp.add_argument("--customer", type=int, default=None, metavar="ID")
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(handler=cmd_appointments_list)
    sp = ap.add_parser("book", help=_('book a slot (pending until someone confirms it in the inbox)'))
    sp.add_argument("--service", type=int, required=True, metavar="ID")
    sp.add_argument("--customer", type=int, required=True, metavar="ID")
    sp.add_argument("--staff", type=int, required=True, metavar="ID")
    sp.add_argument("--date", type=parse_date, required=True, metavar="DATE")
    sp.add_argument("--time", type=_minute, required=True, metavar="HH:MM")
    sp.add_argument("--notes")
    add_as(sp)
    sp.set_defaults(handler=cmd_appointments_book)
    sp = ap.add_parser("set", help=_('record that an appointment was confirmed, completed, a no-show or cancelled'))
    sp.add_argument("id", type=int)
    sp.add_argument("state", choices=["confirmed", "completed", "no-show", "cancelled"])
    sp.add_argument("--reason")
    add_as(sp)
    sp.set_defaults(handler=cmd_appointments_set)
    ex = get_or_add(sub, "export", "export data to files", "export_cmd")
    sp = ex.add_parser("roster", help=_("a week's roster to .xlsx, .pdf or .ics"))
    sp.add_argument("--week", required=True, metavar="YYYY-Www")
    sp.add_argument("-o", "--output", required=True, metavar="FILE")
    sp.add_argument("--staff", type=int, default=None, metavar="ID", help=_(".ics: one person's feed"))
    sp.add_argument("--per-staff", action="store_true", help=_('.ics: one feed per staff member (NAME-CODE.ics)'))
    add_force(sp)
    add_as(sp)
    sp.set_defaults(handler=cmd_export_roster)
    sp = ex.add_parser("appointments", help=_('appointments to an iCalendar file'))
    sp.add_argument("--from", dest="date_from", type=parse_date, metavar="DATE")
    sp.add_argument("--to", dest="date_to", type=parse_date, metavar="DATE")
    sp.add_argument("--staff", type=int, default=None, metavar="ID")
    sp.add_argument("-o", "--output", required=True, metavar="FILE.ics")
    add_force(sp)
    sp.set_defaults(handler=cmd_export_appointments)
