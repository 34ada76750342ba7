"""``deskmate today``: the Today page on the command line (what needs you today)."""
from __future__ import annotations

import argparse
from typing import Any

from core.kernel.cli_support import actor_for, add_as, print_json
from core.kernel.i18n import _, current_language


def cmd_today(args: argparse.Namespace, app: Any) -> int:
    from core.today.service import TodayService
    report = TodayService(app).report(actor_for(app, args.as_user), as_of=args.as_of)
    if args.json:
        print_json(report.as_dict())
        return 0
    from babel.dates import format_date
    day = format_date(report.as_of, "full", locale=current_language())     # "Monday, 30 November 2026"
    print(_("Today, {day}, for {username} ({role})").format(day=day, username=report.username, role=report.role))
    for s in report.sections:
        print(f"\n{s.title}: {s.summary}")
        for ln in s.lines:
            print(f"  {'! ' if ln.urgent else '  '}{ln.text}" + (f" — {ln.detail}" if ln.detail else ""))
        if s.more:
            print(_("    … and {more} more").format(more=s.more))
    return 0


def register(sub: Any) -> None:
    from core.kernel.cli_support import parse_date
    sp = sub.add_parser("today", help=_('what needs you today: decisions, appointments, cover, stock, overdue invoices, failed jobs'))
    sp.add_argument("--as-of", type=parse_date, default=None, help=_('another business day (default today)'))
    sp.add_argument("--json", action="store_true")
    add_as(sp)
    sp.set_defaults(handler=cmd_today)
