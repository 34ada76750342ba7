"""``deskmate report``: list the trend reports, print one (or ``--json``), or write it to XLSX."""
from __future__ import annotations

import argparse
from datetime import timedelta
from typing import Any

from core.kernel.cli_support import actor_for, add_as, parse_date, print_json
from core.kernel.i18n import _


def _num(v: Any, unit: str) -> str:
    if v is None:
        return "—"
    if unit == "percent":
        return f"{v} %"
    if unit == "money":
        return f"{v:,.2f}"
    if unit == "date":
        return v.isoformat()
    return f"{v:,}"


def cmd_report(args: argparse.Namespace, app: Any) -> int:
    actor = actor_for(app, args.as_user)
    if args.name in (None, "list"):
        infos = app.reports.list(actor)
        if args.json:
            print_json([{"name": i.name, "title": i.title, "area": i.area, "help": i.help} for i in infos])
        else:
            for i in infos:
                print(f"{i.name:<20} {i.title} — {i.help}")
        return 0
    default = app.reports.default_period()
    date_to = args.date_to or (args.date_from + timedelta(days=default.days - 1) if args.date_from else default.end)
    date_from = args.date_from or date_to - timedelta(days=default.days - 1)
    if args.output:
        out = app.reports.export(actor, args.name, date_from, date_to, args.output, force=args.force)
        print(_("wrote {out}").format(out=out))
        return 0
    r = app.reports.run(actor, args.name, date_from, date_to)
    if args.json:
        print_json(r.as_dict())
        return 0
    print(_("{title}, {text} (compared with {text2})").format(title=r.title, text=r.period.text(), text2=r.previous.text()))
    width = max((len(f.label) for f in r.figures), default=10)
    for f in r.figures:
        change = "" if f.change is None else f"  ({'+' if f.change > 0 else ''}{_num(f.change, f.unit)}"
        change += f", {f.verdict})" if change and f.verdict else (")" if change else "")
        print("  " + _("{label}  {value}   previous {previous}{change}").format(
            label=f.label.ljust(width), value=_num(f.value, f.unit).rjust(14),
            previous=_num(f.previous, f.unit).rjust(12), change=change))
    if r.series:
        widths = [max(len(s.name), 12) + 2 for s in r.series]
        print("\n  " + f"{_('week of'):<12}" + "".join(f"{s.name:>{w}}" for s, w in zip(r.series, widths)))
        for i, week in enumerate(r.weeks):
            print("  " + f"{week.isoformat():<12}"
                  + "".join(f"{_num(s.values[i], s.unit):>{w}}" for s, w in zip(r.series, widths)))
    for t in r.tables:
        print(f"\n  {t.title}")
        print("  " + " | ".join(t.columns))
        for row in t.rows:
            print("  " + " | ".join(_num(v, u) if u != "text" else str(v) for v, u in zip(row, t.units)))
    print(_('\nHow it was worked out:'))
    for line in r.how:
        print(f"  {line}")
    for h in r.hidden:
        print(_("  Not shown: {h}").format(h=h))
    return 0


def register(sub: Any) -> None:
    sp = sub.add_parser("report", help=_('trend reports by week, compared with the previous period (deskmate report list)'))
    sp.add_argument("name", nargs="?", help=_('the report (see: deskmate report list)'))
    sp.add_argument("--from", dest="date_from", type=parse_date, default=None,
                    help=_('first day (default: 8 weeks before --to)'))
    sp.add_argument("--to", dest="date_to", type=parse_date, default=None, help=_('last day (default today)'))
    sp.add_argument("--json", action="store_true", help=_('print the report as JSON'))
    sp.add_argument("-o", "--output", help=_('write the report to this file instead of printing it: .xlsx (a typed workbook) or .pdf (with its chart), by the suffix'))
    sp.add_argument("--force", action="store_true", help=_('replace an existing file'))
    add_as(sp)
    sp.set_defaults(handler=cmd_report)

