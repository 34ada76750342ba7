"""`deskmate customer ...`: list, add, show (with history), privacy export and erasure."""
from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import Any

from core.customers.languages import language_name
from core.kernel.cli_support import UsageError, actor_for, add_as, add_force, print_json, print_table
from core.kernel.i18n import LANGUAGES, _


def cmd_list(args: argparse.Namespace, app: Any) -> int:
    rows = app.customers.search(args.search or "", limit=args.limit, include_erased=args.all)
    if args.json:
        print_json([{k: v for k, v in asdict(c).items() if k != "contacts"} for c in rows])
    else:
        print_table([(c.id, c.name, c.email, c.phone, c.payment_terms_days, c.language or "-") for c in rows],
                    (_("id"), _("name"), _("e-mail"), _("phone"), _("terms"), _("language")))
    return 0


def cmd_add(args: argparse.Namespace, app: Any) -> int:
    c = app.customers.create(actor_for(app, args.as_user), name=args.name, email=args.email or "",
                             phone=args.phone or "", billing_address=args.address or "",
                             tax_id=args.tax_id or "", language=args.language or "",
                             **({"payment_terms_days": args.terms} if args.terms is not None else {}))
    if args.json:
        print_json({k: v for k, v in asdict(c).items() if k != "contacts"})
    else:
        print(_("customer {id} {name} added").format(id=c.id, name=c.name))
    return 0


_EDIT_OPTIONS = {"name": "name", "email": "email", "phone": "phone", "address": "billing_address",
                 "tax_id": "tax_id", "terms": "payment_terms_days", "language": "language"}


def cmd_edit(args: argparse.Namespace, app: Any) -> int:
    values = {field: getattr(args, opt) for opt, field in _EDIT_OPTIONS.items() if getattr(args, opt) is not None}
    if not values:
        raise UsageError(_("say what to change: --name, --email, --phone, --address, --tax-id, --terms or --language"))
    c = app.customers.update(actor_for(app, args.as_user), args.id, **values)
    if args.json:
        print_json({k: v for k, v in asdict(c).items() if k != "contacts"})
    else:
        print(_("customer {id} {name} changed").format(id=c.id, name=c.name))
    return 0


def cmd_show(args: argparse.Namespace, app: Any) -> int:
    c = app.customers.get(args.id)
    history = app.customers.history(args.id)
    if args.json:
        print_json({"customer": asdict(c), "history": [asdict(e) for e in history]})
        return 0
    fm = app.formats()
    print(f"#{c.id} {c.name}")
    print("  " + _("e-mail {email}  phone {phone}  terms {days} days  credit {credit}  documents in {language}").format(
        email=c.email or "-", phone=c.phone or "-", days=c.payment_terms_days, credit=fm.money(c.credit_balance),
        language=language_name(c.language)))
    if c.billing_address:
        print("  " + c.billing_address.replace("\n", ", "))
    print_table([(fm.date(e.on), e.area, e.kind, e.title, fm.money(e.amount)) for e in history],
                (_("date"), _("area"), _("what"), _("title"), _("amount")))
    return 0


def cmd_export(args: argparse.Namespace, app: Any) -> int:
    j, x = app.customers.privacy_export(actor_for(app, args.as_user), args.id, Path(args.output), force=args.force)
    print(_("written {json} and {xlsx}").format(json=j, xlsx=x))
    return 0


def cmd_erase(args: argparse.Namespace, app: Any) -> int:
    report = app.customers.erase(actor_for(app, args.as_user), args.id, args.reason)
    print(report.statement)
    return 0


def cmd_delete(args: argparse.Namespace, app: Any) -> int:
    app.customers.delete(actor_for(app, args.as_user), args.id)
    print(_("customer {id} deleted").format(id=args.id))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    cp = sub.add_parser("customer", help=_("customers: list, add, history, privacy export and erasure"))
    cs = cp.add_subparsers(dest="customer_cmd", metavar="ACTION", required=True)
    sp = cs.add_parser("list", help=_("list or search customers"))
    sp.add_argument("--search")
    sp.add_argument("--limit", type=int, default=500)
    sp.add_argument("--all", action="store_true", help=_("include erased customers"))
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(handler=cmd_list)
    sp = cs.add_parser("add", help=_("add a customer"))
    sp.add_argument("name")
    sp.add_argument("--email")
    sp.add_argument("--phone")
    sp.add_argument("--address")
    sp.add_argument("--tax-id")
    sp.add_argument("--terms", type=int, help=_("payment terms in days"))
    sp.add_argument("--language", metavar="LANG",
                    help=_("the language of their invoices, reminders and messages: {choices} "
                           "(default: the shop's)").format(choices=", ".join(LANGUAGES)))
    sp.add_argument("--json", action="store_true")
    add_as(sp)
    sp.set_defaults(handler=cmd_add)
    sp = cs.add_parser("edit", help=_("change a customer's details (only the options given)"))
    sp.add_argument("id", type=int)
    sp.add_argument("--name")
    sp.add_argument("--email")
    sp.add_argument("--phone")
    sp.add_argument("--address")
    sp.add_argument("--tax-id")
    sp.add_argument("--terms", type=int, help=_("payment terms in days"))
    sp.add_argument("--language", metavar="LANG",
                    help=_("the language of their documents: {choices}; \"\" for the shop's").format(
                        choices=", ".join(LANGUAGES)))
    sp.add_argument("--json", action="store_true")
    add_as(sp)
    sp.set_defaults(handler=cmd_edit)
    sp = cs.add_parser("show", help=_("a customer with their history"))
    sp.add_argument("id", type=int)
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(handler=cmd_show)
    sp = cs.add_parser("export", help=_("privacy export: everything held about a customer (JSON + XLSX)"))
    sp.add_argument("id", type=int)
    sp.add_argument("-o", "--output", required=True, help=_("folder to write into"))
    add_force(sp)
    add_as(sp)
    sp.set_defaults(handler=cmd_export)
    sp = cs.add_parser("delete", help=_("delete a customer entered by mistake (nothing may refer to it)"))
    sp.add_argument("id", type=int)
    add_as(sp)
    sp.set_defaults(handler=cmd_delete)
    sp = cs.add_parser("erase", help=_("erase a customer's personal data (issued invoices are kept)"))
    sp.add_argument("id", type=int)
    sp.add_argument("--reason", required=True)
    add_as(sp)
    sp.set_defaults(handler=cmd_erase)
