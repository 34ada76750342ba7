"""``deskmate inbox list|show|decide``."""
from __future__ import annotations

import argparse
import json
from typing import Any

from core.kernel.cli_support import actor_for, add_as, parse_date, print_json, print_table
from core.inbox.reason import render_text
from core.kernel.errors import DeskmateError
from core.kernel.i18n import _


def _row_dict(r: Any) -> dict[str, Any]:
    return {"id": r.id, "kind": r.kind, "area": r.area, "title": r.title,
            "subject": r.subject_label, "state": r.state, "decision": r.decision, "job_id": r.job_id,
            "machine_drafted": r.machine_drafted, "assigned_role": r.assigned_role, "value": r.value,
            "created_at": r.created_at, "snoozed_until": r.snoozed_until, "last_error": r.last_error,
            "due_at": r.due_at}


def cmd_list(args: argparse.Namespace, app: Any) -> int:
    from core.inbox.service import OPEN_STATES, InboxFilter, State
    role = args.role
    user_id = None
    if args.mine:
        # exactly the desktop's default view and badge: waiting items this person may decide
        me = actor_for(app, args.as_user)
        role, user_id = me.role, me.user_id
    default_states = (State.NEW.value, State.ESCALATED.value) if args.mine else OPEN_STATES
    states = default_states if args.state in (None, "open") else (None if args.state == "all" else (args.state,))
    f = InboxFilter(states=states, kind=args.kind, job_id=args.job, assigned_role=role,
                    text=args.search, user_id=user_id)
    app.inbox.refresh()
    rows = app.inbox.list(f, sort=args.sort, limit=args.limit)
    if args.json:
        print_json([_row_dict(r) for r in rows])
    else:
        fm = app.formats()
        print_table([(r.id, r.kind, r.state_label, r.title[:70], fm.datetime(r.due_at),
                      fm.date(r.created_at)) for r in rows],
                    (_("id"), _("kind"), _("state"), _("title"), _("due"), _("created")))
    return 0


def cmd_route(args: argparse.Namespace, app: Any) -> int:
    """``inbox route --kind K --to USER [--standin USER]``, ``--remove``, or the list of routes."""
    from core.kernel.cli_support import UsageError
    if args.to or args.remove:
        if not (args.kind or args.job):
            raise UsageError(_("name the kind (--kind) or the job (--job) to route"))
        actor = actor_for(app, args.as_user)
        if args.remove:
            app.inbox.remove_route(actor, kind=args.kind, job_id=args.job)
        else:
            kinds = app.automation.job(args.job).kinds if args.job else ()
            app.inbox.set_route(actor, args.to, kind=args.kind, job_id=args.job, job_kinds=kinds,
                                standin=args.standin)
    rows = app.inbox.routes()
    if args.json:
        print_json([r.__dict__ for r in rows])
        return 0
    print_table([(r.kind or "", r.job_id or "", r.user_name, r.standin_name or "") for r in rows],
                (_("kind"), _("job"), _("person"), _("stand-in")))
    return 0


def cmd_show(args: argparse.Namespace, app: Any) -> int:
    d = app.inbox.get(args.id, viewer=actor_for(app, args.as_user))
    if args.json:
        data = dict(d.__dict__)
        data["events"] = [e.__dict__ for e in d.events]
        print_json(data)
        return 0
    from core.inbox.service import state_words
    print(f"#{d.id} {d.title}")
    origin = _("machine-drafted") if d.machine_drafted else _("by hand")
    print(_("kind {kind} · state {state} · job {job} · {origin}").format(
        kind=d.kind, state=state_words(d.state, d.decision), job=d.job_id or _("manual"), origin=origin))
    if d.routed:
        print(d.routed)
    if d.summary:
        print(d.summary)
    print("\n" + _("Why:") + "\n" + render_text(d.reason))
    print("\n" + _("Proposal:") + "\n" + json.dumps(d.payload, indent=2, ensure_ascii=False))
    if d.applied_payload is not None and d.applied_payload != d.payload:
        print("\n" + _("Applied version:") + "\n" + json.dumps(d.applied_payload, indent=2, ensure_ascii=False))
    if d.result:
        print("\n" + _("Result: {result}").format(result=d.result))
    if d.last_error:
        print("\n" + _("Last error: {error}").format(error=d.last_error))
    print("\n" + _("History:"))
    fm = app.formats()
    for e in d.events:
        print(f"  {e.words(fm)} ({state_words(e.from_state) if e.from_state else '-'} -> {state_words(e.to_state)})")
    return 0


def cmd_decide(args: argparse.Namespace, app: Any) -> int:
    from core.inbox.service import state_words
    actor = actor_for(app, args.as_user)
    payload = None
    if args.payload:
        try:
            payload = json.loads(args.payload)
        except json.JSONDecodeError as exc:
            raise DeskmateError(_("--payload is not valid JSON: {error}").format(error=exc)) from None
    action = "edit" if payload is not None and args.action == "approve" else args.action
    results = (app.inbox.decide_many(actor, args.ids, action, reason=args.reason, until=args.until)
               if len(args.ids) > 1 else
               [app.inbox.decide(actor, args.ids[0], action, payload=payload, reason=args.reason,
                                 until=args.until)])
    failed = 0
    for r in results:
        print(_("#{id}: {state} — {message}").format(
            id=r.id, state=state_words(r.state) if r.ok else _("not done"), message=r.message))
        failed += not r.ok
    return 1 if failed else 0


def cmd_roles(args: argparse.Namespace, app: Any) -> int:
    if args.kind:
        if args.default == bool(args.set is not None):
            raise DeskmateError(_("say --set ROLE[,ROLE] or --default"))
        roles = None if args.default else [r for r in (x.strip() for x in args.set.split(",")) if r]
        rows = app.inbox.set_decision_roles(actor_for(app, args.as_user), args.kind, roles)
    else:
        rows = app.inbox.decision_roles()
    if args.json:
        print_json([r.__dict__ for r in rows])
    else:
        print_table([(r.kind, r.title, ", ".join(r.roles), _("owner") if r.customised else _("default"),
                      r.value_limit_setting or "") for r in rows],
                    (_("kind"), _("title"), _("may decide"), _("set by"), _("value limit")))
    return 0


def register(sub: Any) -> None:
    ip = sub.add_parser("inbox", help=_("the review inbox: list, show and decide suggestions"))
    isub = ip.add_subparsers(dest="inbox_cmd", metavar="ACTION", required=True)

    sp = isub.add_parser("list", help=_("list inbox items (open ones by default)"))
    sp.add_argument("--state", help=_("open (default), all, or one of new, snoozed, escalated, "
                                      "applied, rejected, superseded, expired"))
    sp.add_argument("--kind")
    sp.add_argument("--job")
    sp.add_argument("--role", choices=["owner", "staff", "bookkeeper"], help=_("items this role may decide"))
    sp.add_argument("--mine", action="store_true",
                    help=_("only items waiting for a decision that you (--as USER) may decide"))
    sp.add_argument("--search")
    sp.add_argument("--sort", default="due",
                    choices=["due", "newest", "oldest", "kind", "value", "title", "state"],
                    help=_("due (default): urgent kinds first, each kind by due time, none last"))
    sp.add_argument("--limit", type=int, default=None)
    sp.add_argument("--json", action="store_true")
    add_as(sp)
    sp.set_defaults(handler=cmd_list)

    sp = isub.add_parser("show", help=_("one item with its reason card, proposal and history"))
    sp.add_argument("id", type=int)
    sp.add_argument("--json", action="store_true")
    add_as(sp)
    sp.set_defaults(handler=cmd_show)

    sp = isub.add_parser("roles", help=_("who may decide which kind (owner: change it)"))
    sp.add_argument("kind", nargs="?")
    sp.add_argument("--set", metavar="ROLES", help=_("comma-separated roles besides the owner, e.g. staff,bookkeeper"))
    sp.add_argument("--default", action="store_true", help=_("back to the kind's default"))
    sp.add_argument("--json", action="store_true")
    add_as(sp)
    sp.set_defaults(handler=cmd_roles)

    sp = isub.add_parser("route", help=_("route a kind, or a job's items, to a named person with a "
                                          "stand-in while they are away (owner); without a person: list"))
    g = sp.add_mutually_exclusive_group()
    g.add_argument("--kind")
    g.add_argument("--job")
    sp.add_argument("--to", metavar="USER", help=_("the person who decides them"))
    sp.add_argument("--standin", metavar="USER", help=_("who decides while that person is away (time off)"))
    sp.add_argument("--remove", action="store_true", help=_("back to deciding by role"))
    sp.add_argument("--json", action="store_true")
    add_as(sp)
    sp.set_defaults(handler=cmd_route)

    sp = isub.add_parser("decide", help=_("approve, edit, reject, snooze or escalate items"))
    sp.add_argument("ids", type=int, nargs="+", metavar="ID")
    sp.add_argument("action", choices=["approve", "edit", "reject", "snooze", "escalate"])
    sp.add_argument("--reason", help=_("why (required to reject)"))
    sp.add_argument("--until", type=parse_date, help=_("snooze until this day"))
    sp.add_argument("--payload", help=_("the edited proposal as JSON (approve with changes)"))
    add_as(sp)
    sp.set_defaults(handler=cmd_decide)
