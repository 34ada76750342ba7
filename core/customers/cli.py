"""`deskmate customer ...`: list, add, show (with history), privacy export and erasure."""
from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import Any

from core.kernel.cli_support import actor_for, add_as, add_force, print_json, print_table


def cmd_list(args: argparse.Namespace, app: Any) -> int:
    rows = app.customers.search(args.search or "", limit=args.limit, include_erased=args.all)
    if args.json:
        print_json([{k: v for k, v in asdict(c).items() if k != "contacts"} for c in rows])
    else:
        print_table([(c.id, c.name, c.email, c.phone, c.payment_terms_days) for c in rows],
                    ("id", "name", "e-mail", "phone", "terms"))
    return 0


def cmd_add(args: argparse.Namespace, app: Any) -> int:
    c = app.customers.create(actor_for(app, args.as_user), name=args.name, email=args.email or "",
                             phone=args.phone or "", billing_address=args.address or "",
                             tax_id=args.tax_id or "",
                             **({"payment_terms_days": args.terms} if args.terms is not None else {}))
    if args.json:
        print_json({k: v for k, v in asdict(c).items() if k != "contacts"})
    else:
        print(f"customer {c.id} {c.name} added")
    return 0


def cmd_show(args: argparse.Namespace, app: Any) -> int:
    c = app.customers.get(args.id)
    history = app.customers.history(args.id)
    if args.json:
        print_json({"customer": asdict(c), "history": [asdict(e) for e in history]})
        return 0
    fm = app.formats()
    print(f"#{c.id} {c.name}\n  e-mail {c.email or '-'}  phone {c.phone or '-'}  terms {c.payment_terms_days} days"
          f"  credit {fm.money(c.credit_balance)}")
    if c.billing_address:
        print("  " + c.billing_address.replace("\n", ", "))
    print_table([(fm.date(e.on), e.area, e.kind, e.title, fm.money(e.amount)) for e in history],
                ("date", "area", "what", "title", "amount"))
    return 0


def cmd_export(args: argparse.Namespace, app: Any) -> int:
    j, x = app.customers.privacy_export(actor_for(app, args.as_user), args.id, Path(args.output), force=args.force)
    print(f"written {j} and {x}")
    return 0


def cmd_erase(args: argparse.Namespace, app: Any) -> int:
    report = app.customers.erase(actor_for(app, args.as_user), args.id, args.reason)
    print(report.statement)
    return 0


def cmd_delete(args: argparse.Namespace, app: Any) -> int:
    app.customers.delete(actor_for(app, args.as_user), args.id)
    print(f"customer {args.id} deleted")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    cp = sub.add_parser("customer", help="customers: list, add, history, privacy export and erasure")
    cs = cp.add_subparsers(dest="customer_cmd", metavar="ACTION", required=True)
    sp = cs.add_parser("list", help="list or search customers")
    sp.add_argument("--search")
    sp.add_argument("--limit", type=int, default=500)
    sp.add_argument("--all", action="store_true", help="include erased customers")
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(handler=cmd_list)
    sp = cs.add_parser("add", help="add a customer")
    sp.add_argument("name")
    sp.add_argument("--email")
    sp.add_argument("--phone")
    sp.add_argument("--address")
    sp.add_argument("--tax-id")
    sp.add_argument("--terms", type=int, help="payment terms in days")
    sp.add_argument("--json", action="store_true")
    add_as(sp)
    sp.set_defaults(handler=cmd_add)
    sp = cs.add_parser("show", help="a customer with their history")
    sp.add_argument("id", type=int)
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(handler=cmd_show)
    sp = cs.add_parser("export", help="privacy export: everything held about a customer (JSON + XLSX)")
    sp.add_argument("id", type=int)
    sp.add_argument("-o", "--output", required=True, help="folder to write into")
    add_force(sp)
    add_as(sp)
    sp.set_defaults(handler=cmd_export)
    sp = cs.add_parser("delete", help="delete a customer entered by mistake (nothing may refer to it)")
    sp.add_argument("id", type=int)
    add_as(sp)
    sp.set_defaults(handler=cmd_delete)
    sp = cs.add_parser("erase", help="erase a customer's personal data (issued invoices are kept)")
    sp.add_argument("id", type=int)
    sp.add_argument("--reason", required=True)
    add_as(sp)
    sp.set_defaults(handler=cmd_erase)
