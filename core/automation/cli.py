"""``deskmate automation ...`` and ``deskmate worker``."""
from __future__ import annotations

import argparse
from typing import Any

from core.automation.pilot import mode_word
from core.kernel.cli_support import actor_for, add_as, parse_date, print_json, print_table
from core.kernel.i18n import _, ngettext, pgettext


def _job_dict(j: Any) -> dict[str, Any]:
    return {"id": j.id, "title": j.title, "area": j.area, "kinds": list(j.kinds),
            "schedule": j.schedule, "schedule_text": j.schedule_text,
            "default_schedule": j.default_schedule, "enabled": j.enabled, "mode": j.mode,
            "pilot_supported": j.pilot_supported,
            "area_enabled": j.area_enabled, "active": j.active, "owner": j.owner_name,
            "owner_user_id": j.owner_user_id, "occurrence_based": j.occurrence_based,
            "last_run_at": j.last_run_at, "last_outcome": j.last_outcome, "next_run_at": j.next_run_at,
            "description": j.description}


def _run_dict(r: Any) -> dict[str, Any]:
    return {"id": r.id, "job_id": r.job_id, "trigger": r.trigger, "started_at": r.started_at,
            "finished_at": r.finished_at, "outcome": r.outcome, "as_of": r.as_of,
            "occurrence": r.occurrence, "created": r.created, "superseded": r.superseded,
            "error": r.error, "notes": r.notes}


def _on_off(on: bool) -> str:
    return pgettext("switch", "on") if on else pgettext("switch", "off")


def _state_word(j: Any) -> str:
    """Whether a job runs on schedule: on, off, or pilot (on, its drafts kept out of the inbox)."""
    return mode_word("pilot") if j.active and j.mode == "pilot" else _on_off(j.active)


def outcome_word(outcome: str | None) -> str:
    """How a run ended, in words ("ok", "failed", "running", "interrupted")."""
    words = {"ok": pgettext("run outcome", "ok"), "failed": pgettext("run outcome", "failed"),
             "running": pgettext("run outcome", "running"), "interrupted": pgettext("run outcome", "interrupted")}
    return words.get(outcome or "", outcome or "")


def cmd_list(args: argparse.Namespace, app: Any) -> int:
    jobs = app.automation.list_jobs()
    if args.json:
        print_json([_job_dict(j) for j in jobs])
    else:
        fm = app.formats()
        print_table([(j.id, j.title, j.schedule_text, _state_word(j), j.owner_name,
                      outcome_word(j.last_outcome), fm.datetime(j.next_run_at)) for j in jobs],
                    (_("job"), _("title"), _("schedule"), _("state"), _("owner"), _("last run"), _("next run")))
    return 0


def cmd_run(args: argparse.Namespace, app: Any) -> int:
    actor = actor_for(app, args.as_user)
    r = app.automation.run_now(actor, args.job, as_of=args.as_of, trigger="cli")
    if args.json:
        print_json(_run_dict(r))
    else:
        print(ngettext("{job}: {outcome}, {n} new suggestion, {superseded} superseded",
                       "{job}: {outcome}, {n} new suggestions, {superseded} superseded", r.created).format(
            job=r.job_id, outcome=outcome_word(r.outcome), n=r.created, superseded=r.superseded)
              + (f"\n{r.notes}" if r.notes else ""))
        if r.error:
            print(_("error: {error}").format(error=r.error))
    return 0 if r.outcome == "ok" else 1


def cmd_history(args: argparse.Namespace, app: Any) -> int:
    runs = app.automation.history(args.job, limit=args.limit)
    if args.json:
        print_json([_run_dict(r) for r in runs])
    else:
        fm = app.formats()
        print_table([(r.id, r.job_id, fm.datetime(r.started_at), r.trigger, outcome_word(r.outcome),
                      r.created, r.superseded, (r.error or r.notes).replace("\n", "; ")[:80])
                     for r in runs],
                    (_("run"), _("job"), _("started"), _("trigger"), _("outcome"), _("new"), _("superseded"),
                     _("notes")))
    return 0


def cmd_set(args: argparse.Namespace, app: Any) -> int:
    actor = actor_for(app, args.as_user)
    owner_id = app.users.by_name(args.owner).id if args.owner else None
    j = app.automation.update_job(actor, args.job, enabled=args.enabled, schedule=args.schedule,
                                  owner_user_id=owner_id, mode=args.mode)
    print(_("{job}: {state}, {schedule} ({schedule_text}), owner {owner}").format(
        job=j.id, state=mode_word(j.mode), schedule=j.schedule, schedule_text=j.schedule_text, owner=j.owner_name))
    return 0


def cmd_area(args: argparse.Namespace, app: Any) -> int:
    areas = app.automation.set_area_enabled(actor_for(app, args.as_user), args.area, args.state == "on")
    print(", ".join(f"{a}: {_on_off(on)}" for a, on in areas.items()))
    return 0


def cmd_stats(args: argparse.Namespace, app: Any) -> int:
    stats = app.automation.stats()
    if args.json:
        print_json([s.as_dict() for s in stats])
    else:
        def pct(x: float | None) -> str:
            return "-" if x is None else f"{x:.0%}"
        print_table([(s.job_id, s.kind, s.drafted, s.decided, pct(s.acceptance_rate), pct(s.edit_rate),
                      pct(s.rejection_rate), "-" if s.median_hours_to_decision is None
                      else f"{s.median_hours_to_decision} h") for s in stats],
                    (_("job"), _("kind"), _("drafted"), _("decided"), _("accepted"), _("edited"), _("rejected"),
                     _("median wait")))
    return 0


def cmd_worker(args: argparse.Namespace, app: Any) -> int:
    from core.automation.worker import run_worker
    from core.kernel.logs import configure
    log_file = configure(app.paths.root)
    if log_file is not None:
        print(_("logging to {file}").format(file=log_file))
    options = {}
    if args.heartbeat:
        options["heartbeat_seconds"] = args.heartbeat
        options["lease_seconds"] = max(args.heartbeat * 3, 1.0)
    return run_worker(app, **options)


def register(sub: Any) -> None:
    ap = sub.add_parser("automation", help=_("automation jobs: list, run now, history, configure"))
    asub = ap.add_subparsers(dest="automation_cmd", metavar="ACTION", required=True)

    sp = asub.add_parser("list", help=_("list jobs with schedule, state and owner"))
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(handler=cmd_list)

    sp = asub.add_parser("run", help=_("run a job now (it only drafts suggestions into the inbox)"))
    sp.add_argument("job")
    sp.add_argument("--as-of", type=parse_date, help=_("the business day to run for (default today)"))
    sp.add_argument("--json", action="store_true")
    add_as(sp)
    sp.set_defaults(handler=cmd_run)

    sp = asub.add_parser("history", help=_("run history, newest first"))
    sp.add_argument("--job")
    sp.add_argument("--limit", type=int, default=50)
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(handler=cmd_history)

    sp = asub.add_parser("set", help=_("switch a job on/off, change its schedule or owner (owner only)"))
    sp.add_argument("job")
    g = sp.add_mutually_exclusive_group()
    g.add_argument("--enable", dest="enabled", action="store_const", const=True, default=None)
    g.add_argument("--disable", dest="enabled", action="store_const", const=False)
    g.add_argument("--mode", choices=["off", "pilot", "on"], default=None,
                   help=_("pilot: the job drafts as usual but its drafts stay out of the inbox; its payoff "
                          "(deskmate report automation) compares them with what people did by hand"))
    sp.add_argument("--schedule", help=_("cron:MIN HOUR DOM MON DOW or interval:SECONDS"))
    sp.add_argument("--owner", help=_("user name of the person responsible"))
    add_as(sp)
    sp.set_defaults(handler=cmd_set)

    sp = asub.add_parser("area", help=_("switch all automation of an area on or off (owner only)"))
    sp.add_argument("area")
    sp.add_argument("state", choices=["on", "off"])
    add_as(sp)
    sp.set_defaults(handler=cmd_area)

    sp = asub.add_parser("stats", help=_("how people decided each job's suggestions"))
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(handler=cmd_stats)

    sp = sub.add_parser("worker", help=_("run the automation scheduler headless until SIGTERM/Ctrl+C"))
    sp.add_argument("--heartbeat", type=float, default=None, help=argparse.SUPPRESS)
    sp.set_defaults(handler=cmd_worker, login="none")  # acts as the automation system user
