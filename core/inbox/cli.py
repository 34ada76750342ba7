"""``deskmate inbox list|show|decide``."""
from __future__ import annotations

import argparse
import json
from typing import Any

from core.kernel.cli_support import actor_for, add_as, parse_date, print_json, print_table
from core.inbox.reason import render_text
from core.kernel.errors import DeskmateError


def _row_dict(r: Any) -> dict[str, Any]:
    return {"id": r.id, "kind": r.kind, "area": r.area, "title": r.title,
            "subject": r.subject_label, "state": r.state, "decision": r.decision, "job_id": r.job_id,
            "machine_drafted": r.machine_drafted, "assigned_role": r.assigned_role, "value": r.value,
            "created_at": r.created_at, "snoozed_until": r.snoozed_until, "last_error": r.last_error,
            "due_at": r.due_at}


def cmd_list(args: argparse.Namespace, app: Any) -> int:
    from core.inbox.service import OPEN_STATES, InboxFilter, State
    role = args.role
    if args.mine:
        # exactly the desktop's default view and badge: waiting items this person may decide
        role = actor_for(app, args.as_user).role
    default_states = (State.NEW.value, State.ESCALATED.value) if args.mine else OPEN_STATES
    states = default_states if args.state in (None, "open") else (None if args.state == "all" else (args.state,))
    f = InboxFilter(states=states, kind=args.kind, job_id=args.job, assigned_role=role,
                    text=args.search)
    app.inbox.refresh()
    rows = app.inbox.list(f, sort=args.sort, limit=args.limit)
    if args.json:
        print_json([_row_dict(r) for r in rows])
    else:
        fm = app.formats()
        print_table([(r.id, r.kind, r.state_label, r.title[:70], fm.datetime(r.due_at),
                      fm.date(r.created_at)) for r in rows],
                    ("id", "kind", "state", "title", "due", "created"))
    return 0


def cmd_show(args: argparse.Namespace, app: Any) -> int:
    d = app.inbox.get(args.id, viewer=actor_for(app, args.as_user))
    if args.json:
        data = dict(d.__dict__)
        data["events"] = [e.__dict__ for e in d.events]
        print_json(data)
        return 0
    print(f"#{d.id} {d.title}")
    print(f"kind {d.kind} · state {d.state}" + (f" ({d.decision})" if d.decision else "")
          + f" · job {d.job_id or 'manual'} · {'machine-drafted' if d.machine_drafted else 'by hand'}")
    if d.summary:
        print(d.summary)
    print("\nWhy:\n" + render_text(d.reason))
    print("\nProposal:\n" + json.dumps(d.payload, indent=2, ensure_ascii=False))
    if d.applied_payload is not None and d.applied_payload != d.payload:
        print("\nApplied version:\n" + json.dumps(d.applied_payload, indent=2, ensure_ascii=False))
    if d.result:
        print(f"\nResult: {d.result}")
    if d.last_error:
        print(f"\nLast error: {d.last_error}")
    print("\nHistory:")
    fm = app.formats()
    for e in d.events:
        print(f"  {e.words(fm)} ({e.from_state or '-'} -> {e.to_state})")
    return 0


def cmd_decide(args: argparse.Namespace, app: Any) -> int:
    actor = actor_for(app, args.as_user)
    payload = None
    if args.payload:
        try:
            payload = json.loads(args.payload)
        except json.JSONDecodeError as exc:
            raise DeskmateError(f"--payload is not valid JSON: {exc}") from None
    action = "edit" if payload is not None and args.action == "approve" else args.action
    results = (app.inbox.decide_many(actor, args.ids, action, reason=args.reason, until=args.until)
               if len(args.ids) > 1 else
               [app.inbox.decide(actor, args.ids[0], action, payload=payload, reason=args.reason,
                                 until=args.until)])
    failed = 0
    for r in results:
        print(f"#{r.id}: {r.state if r.ok else 'not done'} — {r.message}")
        failed += not r.ok
    return 1 if failed else 0


def cmd_roles(args: argparse.Namespace, app: Any) -> int:
    if args.kind:
        if args.default == bool(args.set is not None):
            raise DeskmateError("say --set ROLE[,ROLE] or --default")
        roles = None if args.default else [r for r in (x.strip() for x in args.set.split(",")) if r]
        rows = app.inbox.set_decision_roles(actor_for(app, args.as_user), args.kind, roles)
    else:
        rows = app.inbox.decision_roles()
    if args.json:
        print_json([r.__dict__ for r in rows])
    else:
        print_table([(r.kind, r.title, ", ".join(r.roles), "owner" if r.customised else "default",
                      r.value_limit_setting or "") for r in rows],
                    ("kind", "title", "may decide", "set by", "value limit"))
    return 0


def register(sub: Any) -> None:
    ip = sub.add_parser("inbox", help="the review inbox: list, show and decide suggestions")
    isub = ip.add_subparsers(dest="inbox_cmd", metavar="ACTION", required=True)

    sp = isub.add_parser("list", help="list inbox items (open ones by default)")
    sp.add_argument("--state", help="open (default), all, or one of new, snoozed, escalated, "
                                    "applied, rejected, superseded, expired")
    sp.add_argument("--kind")
    sp.add_argument("--job")
    sp.add_argument("--role", choices=["owner", "staff", "bookkeeper"], help="items this role may decide")
    sp.add_argument("--mine", action="store_true",
                    help="only items waiting for a decision that you (--as USER) may decide")
    sp.add_argument("--search")
    sp.add_argument("--sort", default="due",
                    choices=["due", "newest", "oldest", "kind", "value", "title", "state"],
                    help="due (default): urgent kinds first, each kind by due time, none last")
    sp.add_argument("--limit", type=int, default=None)
    sp.add_argument("--json", action="store_true")
    add_as(sp)
    sp.set_defaults(handler=cmd_list)

    sp = isub.add_parser("show", help="one item with its reason card, proposal and history")
    sp.add_argument("id", type=int)
    sp.add_argument("--json", action="store_true")
    add_as(sp)
    sp.set_defaults(handler=cmd_show)

    sp = isub.add_parser("roles", help="who may decide which kind (owner: change it)")
    sp.add_argument("kind", nargs="?")
    sp.add_argument("--set", metavar="ROLES", help="comma-separated roles besides the owner, e.g. staff,bookkeeper")
    sp.add_argument("--default", action="store_true", help="back to the kind's default")
    sp.add_argument("--json", action="store_true")
    add_as(sp)
    sp.set_defaults(handler=cmd_roles)

    sp = isub.add_parser("decide", help="approve, edit, reject, snooze or escalate items")
    sp.add_argument("ids", type=int, nargs="+", metavar="ID")
    sp.add_argument("action", choices=["approve", "edit", "reject", "snooze", "escalate"])
    sp.add_argument("--reason", help="why (required to reject)")
    sp.add_argument("--until", type=parse_date, help="snooze until this day")
    sp.add_argument("--payload", help="the edited proposal as JSON (approve with changes)")
    add_as(sp)
    sp.set_defaults(handler=cmd_decide)
