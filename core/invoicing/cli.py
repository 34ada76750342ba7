"""`deskmate invoice ...`, `deskmate item ...`, `deskmate agreement ...`, `deskmate export ...` and
`deskmate import invoices ...`."""
from __future__ import annotations

import argparse
from dataclasses import asdict
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from core.invoicing.receivables import status_words
from core.kernel.i18n import _, ngettext, pgettext
from core.kernel.cli_support import UsageError, actor_for, add_as, add_force, parse_date, print_json, print_table


def _dec(text: str) -> Decimal:
    try:
        return Decimal(text)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None


def parse_line(text: str) -> Any:
    """"Description;qty;unit price;tax code[;discount %[;incl]]" -> LineDraft."""
    from core.invoicing.lines import LineDraft
    parts = [p.strip() for p in text.split(";")]
    if len(parts) < 4:
        raise argparse.ArgumentTypeError(f"--line '{text}': write DESCRIPTION;QTY;PRICE;TAXCODE[;DISCOUNT%[;incl]]")
    try:
        return LineDraft(parts[0], Decimal(parts[1]), Decimal(parts[2]), parts[3],
                         Decimal(parts[4]) if len(parts) > 4 and parts[4] else Decimal(0),
                         len(parts) > 5 and parts[5].lower() in ("incl", "yes", "true", "1"))
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"--line '{text}': quantity, price and discount are numbers") from None


def _row_json(r: Any) -> dict[str, Any]:
    d = {k: v for k, v in asdict(r).items() if k not in ("lines", "taxes", "payments", "source_detail")}
    for k in ("net", "tax", "gross", "paid", "credited", "open", "discount"):
        if k in d:
            d[k] = d[k].quantize(Decimal("0.01"))
    d["label"] = r.label
    return d


def cmd_list(args: argparse.Namespace, app: Any) -> int:
    from core.invoicing.reads import InvoiceFilter
    rows = app.invoicing.list(InvoiceFilter(status=args.status, customer_id=args.customer, date_from=args.date_from,
                                            date_to=args.date_to, text=args.search), limit=args.limit)
    if args.json:
        print_json([_row_json(r) for r in rows])
    else:
        fm = app.formats()
        print_table([(r.id, r.number or "-", fm.date(r.issue_date), r.customer_name, fm.money(r.gross),
                      fm.money(r.open), status_words(r.status)) for r in rows],
                    (_("id"), _("number"), _("date"), _("customer"), _("gross"), pgettext("invoice amount", "open"),
                     _("status")))
    return 0


def cmd_show(args: argparse.Namespace, app: Any) -> int:
    inv = app.invoicing.get(args.id)
    if args.json:
        d = _row_json(inv)
        d["lines"] = [asdict(ln) for ln in inv.lines]
        d["taxes"] = [asdict(t) for t in inv.taxes]
        d["payments"] = [asdict(p) for p in inv.payments]
        print_json(d)
        return 0
    fm = app.formats()
    cur = inv.currency

    def money(v: Decimal) -> str:
        return fm.money(v, cur)

    print(f"{inv.label} — {inv.customer_name} — {status_words(inv.status)}")
    if inv.issue_date:
        print(_("issued {issued}, due {due}").format(issued=fm.date(inv.issue_date), due=fm.date(inv.due_date)))
    print_table([(ln.position, ln.description, fm.quantity(ln.quantity), money(ln.unit_price),
                  fm.percent(ln.discount_pct) if ln.discount_pct else "", ln.tax_code, money(ln.gross))
                 for ln in inv.lines], ("#", "description", "qty", "price", "disc", "tax", "amount"))
    for t in inv.taxes:
        print("  " + _("tax {code} {percent}: net {net} tax {tax}").format(
            code=t.code, percent=fm.percent(t.rate), net=money(t.net), tax=money(t.tax)))
    print(_("net {net}  tax {tax}  total {total}  paid {paid}  open {open}").format(
        net=money(inv.net), tax=money(inv.tax), total=money(inv.gross), paid=money(inv.paid + inv.credited),
        open=money(inv.open)))
    return 0


def cmd_new(args: argparse.Namespace, app: Any) -> int:
    if not args.line:
        raise UsageError(_("give at least one --line DESCRIPTION;QTY;PRICE;TAXCODE"))
    actor = actor_for(app, args.as_user)
    inv = app.invoicing.create_draft(actor, args.customer, args.line, notes=args.notes or "",
                                     terms_days=args.terms, kind="credit_note" if args.credit_note else "invoice")
    if args.issue:
        inv = app.invoicing.issue(actor, inv.id)
    print(_("{label} ({id}) for {customer_name}: {money}").format(
              label=inv.label, id=inv.id, customer_name=inv.customer_name, money=app.formats().money(inv.gross, inv.currency)))
    return 0


def cmd_issue(args: argparse.Namespace, app: Any) -> int:
    from core.invoicing.dates import IssueDateNeedsConfirmation
    from core.kernel.errors import DeskmateError
    try:
        inv = app.invoicing.issue(actor_for(app, args.as_user), args.id, args.date, confirm_date=args.confirm_date)
    except IssueDateNeedsConfirmation as exc:
        raise DeskmateError(_("{problem} with --confirm-date; nothing was issued").format(problem=exc)) from None
    if args.json:
        print_json(_row_json(inv))
    else:
        fm = app.formats()
        print(_("{label} issued to {customer_name}: {money}, due {date}").format(
                  label=inv.label, customer_name=inv.customer_name, money=fm.money(inv.gross, inv.currency), date=fm.date(inv.due_date)))
    return 0


def cmd_void(args: argparse.Namespace, app: Any) -> int:
    inv = app.invoicing.void(actor_for(app, args.as_user), args.id, args.reason)
    print(_("{label} voided: {void_reason}").format(label=inv.label, void_reason=inv.void_reason))
    return 0


def cmd_credit(args: argparse.Namespace, app: Any) -> int:
    actor = actor_for(app, args.as_user)
    cn = app.invoicing.credit_note(actor, args.id, args.line or None)
    if args.issue:
        cn = app.invoicing.issue(actor, cn.id)
    print(f"{cn.label} ({cn.id}): {app.formats().money(cn.gross, cn.currency)}")
    return 0


def cmd_pay(args: argparse.Namespace, app: Any) -> int:
    p = app.invoicing.record_payment(actor_for(app, args.as_user), args.id, args.amount, args.on,
                                     args.method, args.reference or "")
    fm = app.formats()
    print((_("payment {money} recorded on {invoice_number}; {credit} kept as customer credit") if p.to_credit
           else _("payment {money} recorded on {invoice_number}")).format(
              money=fm.money(p.received), invoice_number=p.invoice_number, credit=fm.money(p.to_credit)))
    return 0


def cmd_pdf(args: argparse.Namespace, app: Any) -> int:
    path = app.invoicing.pdf(args.id, Path(args.output), force=args.force)
    print(_("written {path}").format(path=path))
    return 0


def cmd_aging(args: argparse.Namespace, app: Any) -> int:
    rep = app.invoicing.aging(args.as_of)
    if args.json:
        print_json(asdict(rep))
        return 0
    from core.invoicing.money import AGING_BUCKETS
    m = app.formats().money
    print_table([(r.customer_name, *(m(r.buckets[b]) for b in AGING_BUCKETS), m(r.total))
                 for r in rep.rows] + [("TOTAL", *(m(rep.totals[b]) for b in AGING_BUCKETS), m(rep.total))],
                ("customer", *AGING_BUCKETS, "total"))
    return 0


def cmd_cashflow(args: argparse.Namespace, app: Any) -> int:
    rep = app.invoicing.cashflow(args.weeks)
    if args.json:
        print_json(asdict(rep))
        return 0
    fm = app.formats()
    m = fm.money
    print_table([(fm.date(w.week_start), m(w.expected_in), m(w.due_out), m(w.net), m(w.cumulative))
                 for w in rep.weeks], ("week of", "expected in", "due out", "net", "cumulative"))
    for n in rep.notes:
        print(n)
    return 0


def cmd_item_add(args: argparse.Namespace, app: Any) -> int:
    it = app.invoicing.add_item(actor_for(app, args.as_user), args.code, args.name, args.price, args.tax,
                                kind="service" if args.service else "item", unit=args.unit,
                                price_includes_tax=args.incl_tax)
    print(_("item {code} {name} {money} ({tax_code}) added").format(
              code=it.code, name=it.name, money=app.formats().money(it.unit_price), tax_code=it.tax_code))
    return 0


def cmd_item_list(args: argparse.Namespace, app: Any) -> int:
    items = app.invoicing.items(active_only=not args.all)
    if args.json:
        print_json([asdict(i) for i in items])
    else:
        m = app.formats().money
        print_table([(i.id, i.code, i.name, i.kind, m(i.unit_price), "incl" if i.price_includes_tax else "excl",
                      i.tax_code) for i in items], ("id", "code", "name", "kind", "price", "tax", "tax code"))
    return 0


def cmd_agreement_add(args: argparse.Namespace, app: Any) -> int:
    if not args.line:
        raise UsageError(_("give at least one --line DESCRIPTION;QTY;PRICE;TAXCODE"))
    a = app.invoicing.add_agreement(actor_for(app, args.as_user), args.customer, args.title, args.every,
                                    args.start, args.line, args.end)
    print(_("agreement {id} '{title}' ({frequency} from {date}) for {customer_name}").format(
              id=a.id, title=a.title, frequency=a.frequency, date=app.formats().date(a.start_date), customer_name=a.customer_name))
    return 0


def cmd_agreement_list(args: argparse.Namespace, app: Any) -> int:
    rows = app.invoicing.agreements()
    if args.json:
        print_json([asdict(a) for a in rows])
    else:
        fm = app.formats()
        print_table([(a.id, a.customer_name, a.title, a.frequency, fm.date(a.start_date), fm.date(a.end_date),
                      "yes" if a.active else "paused") for a in rows],
                    ("id", "customer", "title", "every", "from", "until", "active"))
    return 0


def cmd_export(args: argparse.Namespace, app: Any) -> int:
    from core.io.book_exports import export
    from core.kernel.progress import TerminalProgress
    progress = TerminalProgress()
    res = export(app, actor_for(app, args.as_user), args.kind, args.date_from, args.date_to, Path(args.output),
                 progress=progress, force=args.force)
    progress.end()
    print(ngettext("{n} row written to {path}", "{n} rows written to {path}", res.rows).format(
        n=f"{res.rows:,}", path=res.path))
    return 0


def cmd_import(args: argparse.Namespace, app: Any) -> int:
    from core.invoicing.importer import import_invoices
    from core.io.import_cli import print_problems, print_report
    from core.kernel.errors import ValidationError
    try:
        rep = import_invoices(app, actor_for(app, args.as_user), args.file, args.map, dry_run=args.dry_run,
                              skip_invalid=args.skip_invalid)
    except ValidationError as exc:
        print_problems(exc, args.json)
        raise
    print_report(rep, args.json)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    from core.invoicing.receivables import STATUSES
    from core.invoicing.winback import register_cli as register_winback
    register_winback(sub)
    from core.io.import_cli import add_import_kind
    add_import_kind(sub, "invoices", "historic invoices (one row per line; same number = same invoice)", cmd_import,
                    "Import invoices from a previous system or a point-of-sale export. Fields: number, date, "
                    "customer or customer_email (none: the cash-sales customer), item_code, description "
                    "(blank: the item code), quantity, unit_price, tax_rate or tax_code, price_includes_tax, "
                    "due_date, paid, credit_of; the headers each field recognises are listed in "
                    "docs/sections/importing.md. Numbers are kept; all-negative invoices are credit notes; "
                    "totals are exactly the sum of quantity x unit price.")

    ip = sub.add_parser("invoice", help=_("invoices and credit notes: list, show, write, issue, pay, void, PDF"))
    isub = ip.add_subparsers(dest="invoice_cmd", metavar="ACTION", required=True)
    sp = isub.add_parser("list", help=_("list invoices (newest first)"))
    sp.add_argument("--status", choices=[*STATUSES, "open"])
    sp.add_argument("--from", dest="date_from", type=parse_date, help=_("issue date from (drafts: created)"))
    sp.add_argument("--to", dest="date_to", type=parse_date)
    sp.add_argument("--customer", type=int)
    sp.add_argument("--search")
    sp.add_argument("--limit", type=int)
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(handler=cmd_list)
    sp = isub.add_parser("show", help=_("one invoice with lines, tax summary and payments"))
    sp.add_argument("id", type=int)
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(handler=cmd_show)
    sp = isub.add_parser("new", help=_("write a draft invoice (or credit note) by hand"))
    sp.add_argument("--customer", type=int, required=True)
    sp.add_argument("--line", action="append", type=parse_line, metavar="DESC;QTY;PRICE;TAX[;DISC%[;incl]]")
    sp.add_argument("--notes")
    sp.add_argument("--terms", type=int, help=_("payment terms in days (default: the customer's)"))
    sp.add_argument("--credit-note", action="store_true", help=_("a credit note (negative quantities)"))
    sp.add_argument("--issue", action="store_true", help=_("issue it at once"))
    add_as(sp)
    sp.set_defaults(handler=cmd_new)
    sp = isub.add_parser("issue", help=_("issue a draft: it gets the next number and can no longer change"))
    sp.add_argument("id", type=int)
    sp.add_argument("--date", type=parse_date, help=_("issue date (default today)"))
    sp.add_argument("--confirm-date", action="store_true",
                    help=_("the date is right even though it is far from today (see invoicing.issue_date_window_days)"))
    sp.add_argument("--json", action="store_true")
    add_as(sp)
    sp.set_defaults(handler=cmd_issue)
    sp = isub.add_parser("void", help=_("void an issued, unpaid invoice (the number stays used)"))
    sp.add_argument("id", type=int)
    sp.add_argument("--reason", required=True)
    add_as(sp)
    sp.set_defaults(handler=cmd_void)
    sp = isub.add_parser("credit", help=_("draft a credit note for an issued invoice (all of it by default)"))
    sp.add_argument("id", type=int)
    sp.add_argument("--line", action="append", type=parse_line, help=_("credit only these (negative quantities)"))
    sp.add_argument("--issue", action="store_true")
    add_as(sp)
    sp.set_defaults(handler=cmd_credit)
    sp = isub.add_parser("pay", help=_("record a payment (overpayment is kept as customer credit)"))
    sp.add_argument("id", type=int)
    sp.add_argument("amount", type=_dec)
    sp.add_argument("--on", type=parse_date, help=_("payment date (default today)"))
    sp.add_argument("--method", default="bank transfer")
    sp.add_argument("--reference")
    add_as(sp)
    sp.set_defaults(handler=cmd_pay)
    sp = isub.add_parser("pdf", help=_("render an invoice as PDF"))
    sp.add_argument("id", type=int)
    sp.add_argument("-o", "--output", required=True)
    add_force(sp)
    sp.set_defaults(handler=cmd_pdf)
    sp = isub.add_parser("aging", help=_("open receivables by days overdue"))
    sp.add_argument("--as-of", type=parse_date)
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(handler=cmd_aging)
    sp = isub.add_parser("cashflow", help=_("expected receipts vs purchase orders due, per week"))
    sp.add_argument("--weeks", type=int, default=8)
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(handler=cmd_cashflow)

    tp = sub.add_parser("item", help=_("the catalogue of items and services"))
    tsub = tp.add_subparsers(dest="item_cmd", metavar="ACTION", required=True)
    sp = tsub.add_parser("add", help=_("add an item or service"))
    sp.add_argument("code")
    sp.add_argument("name")
    sp.add_argument("price", type=_dec)
    sp.add_argument("tax", help=_("tax code (see shop.tax_rates)"))
    sp.add_argument("--service", action="store_true")
    sp.add_argument("--unit", default="pc")
    sp.add_argument("--incl-tax", action="store_true", help=_("the price includes tax"))
    add_as(sp)
    sp.set_defaults(handler=cmd_item_add)
    sp = tsub.add_parser("list", help=_("list items"))
    sp.add_argument("--all", action="store_true")
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(handler=cmd_item_list)

    gp = sub.add_parser("agreement", help=_("recurring billing agreements (weekly, monthly, yearly)"))
    gsub = gp.add_subparsers(dest="agreement_cmd", metavar="ACTION", required=True)
    sp = gsub.add_parser("add", help=_("add an agreement; the daily job drafts one invoice per occurrence"))
    sp.add_argument("--customer", type=int, required=True)
    sp.add_argument("--title", required=True)
    sp.add_argument("--every", choices=["weekly", "monthly", "yearly"], required=True)
    sp.add_argument("--start", type=parse_date, required=True)
    sp.add_argument("--end", type=parse_date)
    sp.add_argument("--line", action="append", type=parse_line)
    add_as(sp)
    sp.set_defaults(handler=cmd_agreement_add)
    sp = gsub.add_parser("list", help=_("list agreements"))
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(handler=cmd_agreement_list)

    # Every bookkeeping workbook any area registered (core/<area>/exports.py), invoicing's first.
    from core.io.book_exports import book_exports
    ex = _export_group(sub)
    for spec in book_exports():
        ep = ex.add_parser(spec.kind, help=_(spec.help))
        ep.set_defaults(kind=spec.kind)
        ep.add_argument("--from", dest="date_from", type=parse_date, required=True)
        ep.add_argument("--to", dest="date_to", type=parse_date, required=True)
        ep.add_argument("-o", "--output", required=True, help=_("the .xlsx file to write"))
        add_force(ep)
        add_as(ep)
        ep.set_defaults(handler=cmd_export)


def _export_group(sub: argparse._SubParsersAction) -> argparse._SubParsersAction:
    """``deskmate export WHAT``: a command group shared with other areas (scheduling's roster)."""
    parser = sub.choices.get("export")
    if parser is None:
        parser = sub.add_parser("export", help=_("export data to files (bookkeeping workbooks, rosters...)"))
    for action in parser._actions:  # noqa: SLF001 - argparse keeps sub-parsers here
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            return action
    return parser.add_subparsers(dest="export_cmd", metavar="WHAT", required=True)
