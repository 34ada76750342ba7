"""``deskmate import products|suppliers|stock|sales``, ``inventory ...`` and ``reorder ...``."""
from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from core.kernel.cli_support import actor_for, add_as, add_force, parse_date, print_json, print_table
from core.io.import_cli import add_import_kind, print_problems, print_report
from core.kernel.errors import ValidationError
from core.inventory.wording import order_status_words
from core.kernel.i18n import N_, _, ngettext


def _import(kind: str):  # noqa: ANN202
    def handler(args: argparse.Namespace, app: Any) -> int:
        actor = actor_for(app, args.as_user)
        try:
            report = app.inventory.import_file(actor, kind, args.file, mapping=args.map,
                                               dry_run=args.dry_run, skip_invalid=args.skip_invalid)
        except ValidationError as exc:
            if args.json:
                print_json({"ok": False, "error": str(exc), "problems": [p.as_dict() for p in exc.problems]})
            print_problems(exc, args.json)
            raise
        print_report(report, args.json)
        return 0
    return handler


def cmd_inventory_list(args: argparse.Namespace, app: Any) -> int:
    from core.inventory.service import ProductFilter
    f = ProductFilter(text=args.search, category=args.category, no_supplier=args.no_supplier,
                      on_order=args.on_order, below_reorder_point=args.below_reorder_point,
                      not_enough_history=args.not_enough_history, active_only=not args.all)
    rows = app.inventory.products(f)
    if args.json:
        print_json([r.__dict__ for r in rows])
    else:
        fm = app.formats()
        print_table([(r.sku, r.name, r.category, r.supplier or "", fm.quantity(r.on_hand),
                      fm.quantity(r.on_order), fm.money(r.cost), fm.money(r.price)) for r in rows],
                    (_("sku"), _("name"), _("category"), _("supplier"), _("on hand"), _("on order"), _("cost"), _("price")))
    return 0


def _po_by_number(app: Any, number: str) -> Any:
    from core.kernel.errors import NotFound
    for row in app.inventory.purchase_orders():
        if row.number.lower() == number.lower() or str(row.id) == number:
            return row
    raise NotFound(_("no purchase order {number}").format(number=number))


def cmd_orders(args: argparse.Namespace, app: Any) -> int:
    rows = app.inventory.purchase_orders(args.status)
    if args.json:
        print_json([r.__dict__ for r in rows])
    else:
        fm = app.formats()
        print_table([(r.number, r.supplier, order_status_words(r.status), fm.date(r.order_date), fm.date(r.expected_date), r.lines,
                      fm.money(r.total)) for r in rows],
                    (_("number"), _("supplier"), _("status"), _("ordered"), _("expected"), _("lines"), _("total")))
    return 0


def cmd_export_order(args: argparse.Namespace, app: Any) -> int:
    row = _po_by_number(app, args.number)
    path = app.inventory.export_purchase_order(row.id, args.file, force=args.force)
    print(_("{number} written to {path}").format(number=row.number, path=path))
    return 0


def cmd_receive(args: argparse.Namespace, app: Any) -> int:
    """Receive everything still to come on an order (or the given SKU=QTY quantities)."""
    from decimal import Decimal
    actor = actor_for(app, args.as_user)
    row = _po_by_number(app, args.number)
    po = app.inventory.purchase_order(row.id)
    wanted = {}
    for item in args.qty or []:
        sku, _sep, q = item.partition("=")
        wanted[sku.strip().lower()] = Decimal(q)
    qty = {ln.id: (wanted.get(ln.sku.lower(), Decimal(0)) if wanted else ln.remaining) for ln in po.lines}
    po = app.inventory.receive(actor, row.id, qty)
    print(_("{number}: now {status}").format(number=po.row.number, status=order_status_words(po.row.status)))
    return 0


def cmd_reorder_policy(args: argparse.Namespace, app: Any) -> int:
    rows = app.inventory.policy(args.as_of)
    if args.json:
        print_json(rows)
        return 0
    fm = app.formats()

    def qty(v: Any) -> str:
        return "" if v is None else fm.number(v, 1)

    def replay(r: dict[str, Any]) -> str:
        """The fill rate the product's own replay reached with its safety stock."""
        return "" if r.get("replay_fill_rate") is None else fm.percent(round(100 * r["replay_fill_rate"], 1))

    def note(r: dict[str, Any]) -> str:
        parts = [] if r["enough_history"] else [_("not enough history")]
        parts += [_("a sale of {quantity} on {day} left out").format(
            quantity=fm.quantity(x["quantity"]), day=fm.date(date.fromisoformat(x["day"])))
                  for x in r.get("excluded_sales", [])]
        return "; ".join(parts)

    if args.details:
        print_table([(r["sku"], r["demand_class"], r["method"], fm.number(r["forecast_daily"], 3),
                      fm.number(r["forecast_error_rmse"], 3), r["lead_time_days"], r["review_days"],
                      fm.percent(round(100 * r["fill_rate_target"], 1)), replay(r),
                      "" if r["safety_multiplier"] is None else fm.number(r["safety_multiplier"], 2),
                      fm.number(r["safety_factor"], 2), r["distribution"], qty(r["safety_stock"]),
                      qty(r["reorder_point"]), qty(r["order_up_to"]), note(r)) for r in rows],
                    (_("sku"), _("class"), _("method"), _("forecast/day"), _("error (RMSE)"), _("lead days"), _("review days"),
                     _("fill rate target"), _("replayed"), _("k"), _("safety factor"), _("safety stock from"),
                     _("safety stock"), _("reorder point"), _("order-up-to"), _("note")))
        return 0
    print_table([(r["sku"], r["name"], _(SELLS[r["demand_class"]]) if r["demand_class"] in SELLS else r["demand_pattern"],
                  qty(r["forecast_daily"]), _days(r["lead_time_days"]),
                  fm.percent(round(100 * r["fill_rate_target"], 1)), replay(r), qty(r["safety_stock"]),
                  qty(r["reorder_point"]), qty(r["order_up_to"]), qty(r["on_hand"]), note(r)) for r in rows],
                (_("sku"), _("product"), _("sells"), _("per day"), _("delivery"), _("fill rate"), _("replayed"), _("spare"),
                 _("reorder at"), _("order up to"), _("on hand"), _("note")))
    print(_("\nsells: how often and how evenly it sells; per day: expected sales; fill rate: the share of the units asked for that should be served from stock (the target you set); replayed: what this policy served when replayed on the product's own last 8 weeks; spare: stock kept for slow deliveries and busy days; reorder at: order when stock and open orders fall to this; order up to: fill up to this. --details shows the forecasting method and figures."))
    return 0


#: The demand pattern in two or three words, for a table column (the reason cards say it in full).
SELLS = {"smooth": N_("most days, steady"), "erratic": N_("most days, varies"),
         "intermittent": N_("some days, steady"), "lumpy": N_("some days, varies")}


def _days(n: Any) -> str:
    return ngettext("{n} day", "{n} days", int(n)).format(n=n)


def cmd_reorder_run(args: argparse.Namespace, app: Any) -> int:
    actor = actor_for(app, args.as_user)
    r = app.automation.run_now(actor, "inventory.reorder", as_of=args.as_of, trigger="cli")
    if args.json:
        print_json({"outcome": r.outcome, "created": r.created, "superseded": r.superseded,
                    "notes": r.notes, "error": r.error})
    else:
        print(ngettext("reorder run: {outcome}, {created} suggestion drafted into the inbox",
                       "reorder run: {outcome}, {created} suggestions drafted into the inbox", r.created).format(
            outcome=r.outcome, created=r.created)
              + (f"; {r.notes}" if r.notes else ""))
        if r.error:
            print(_("error: {error}").format(error=r.error), file=sys.stderr)
    return 0 if r.outcome == "ok" else 1


def comparison_lines(label: str, c: dict[str, Any]) -> list[str]:
    """Where a baseline sits against Deskmate's curve, in sentences; a baseline outside the curve
    (more fill rate than the highest target reached, or less stock than the lowest) says so."""
    out = []
    if c["stock_saving_pct"] is not None:
        out.append(f"To match {label}'s fill rate Deskmate needs {c['stock_to_match_baseline_fill_rate']} "
                   f"of stock ({c['stock_saving_pct']}% less).")
    if c["fill_rate_gain_points"] is not None:
        out.append(f"With {label}'s stock Deskmate reaches {100 * c['fill_rate_at_baseline_stock']:.1f}% "
                   f"fill rate ({c['fill_rate_gain_points']:+} points).")
    if not out:
        out.append(f"{label[0].upper()}{label[1:]} lies outside Deskmate's curve: compare the rows above.")
    return out


def cmd_reorder_backtest(args: argparse.Namespace, app: Any) -> int:
    from core.io.tabular import parse_map_args
    res = app.inventory.backtest_file(args.sales_file, args.cutoff, args.until, args.lead_time,
                                      args.fill_rate or None, parse_map_args(args.map))
    if args.json:
        print_json(res)
        return 0
    w = res["window"]
    print(_("Backtest of {file}: learn {learn_from}..{learn_to}, replay {replay_from}..{replay_to} ({days} days), {products} products, lead time (days) {lead_time_days}").format(file=res['file'], learn_from=w['learn_from'], learn_to=w['learn_to'], replay_from=w['replay_from'], replay_to=w['replay_to'], days=w['days'], products=res['products'], lead_time_days=res['lead_time_days']))
    fm = app.formats()
    print_table([(p["policy"], "" if p["fill_rate_target"] is None else fm.percent(round(100 * p["fill_rate_target"], 1)),
                  fm.percent(round(100 * p["fill_rate"], 1)),
                  p["stockout_product_days"], fm.money(p["average_stock_value"]), p["orders_placed"])
                 for p in res["policies"]],
                (_("policy"), _("fill rate target"), _("fill rate reached"), _("stockout product-days"), _("avg stock value"),
                 _("orders")))
    for label, key in (("the baseline", "comparison"), ("the careful baseline", "careful_comparison")):
        for line in comparison_lines(label, res[key]):
            print(line)
    print(_('Assumptions:'))
    for a in res["assumptions"]:
        print(f"  - {a}")
    return 0


def cmd_unusual(args: argparse.Namespace, app: Any) -> int:
    """The sales days the unusual-figures rule flags over a period, and the share of product-days
    that is: on a history believed clean, the false-alarm rate."""
    from core.kernel.i18n import _
    res = app.inventory.unusual_sales(args.days, args.as_of)
    if args.json:
        print_json({"first_day": res.first_day, "last_day": res.last_day, "product_days": res.product_days,
                    "flagged": len(res.flagged), "rate": res.rate,
                    "days": [r.__dict__ for r in res.flagged]})
        return 0
    fm = app.formats()
    print_table([(r.sku, r.name, fm.date(r.day), fm.quantity(r.sold),
                  _("{low} to {high}").format(low=fm.number(r.low, 1), high=fm.number(r.high, 1)))
                 for r in res.flagged], (_("sku"), _("name"), _("day"), _("sold"), _("usual range")))
    print(_("{flagged} of {judged} product-days from {first} to {last} flagged ({rate})").format(
        flagged=len(res.flagged), judged=res.product_days, first=fm.date(res.first_day),
        last=fm.date(res.last_day), rate=fm.percent(round(res.rate * 100, 3))))
    return 0


def cmd_history(args: argparse.Namespace, app: Any) -> int:
    """Check the reports' aggregates against the ledger (and rewrite them with --rebuild)."""
    actor = actor_for(app, args.as_user)
    if args.rebuild:
        rows, weeks = app.inventory.rebuild_history(actor)
        print(_("rebuilt from the ledger: {rows} closing rows, {weeks} weekly sales rows").format(
            rows=rows, weeks=weeks))
    wrong = app.inventory.verify_history(actor)
    if args.json:
        print_json([w.__dict__ for w in wrong])
    elif wrong:
        print_table([(str(w.product_id), w.table, str(w.day), "" if w.stored is None else str(w.stored / 10_000),
                      "" if w.expected is None else str(w.expected / 10_000)) for w in wrong],
                    (_("product"), _("table"), _("first day"), _("stored"), _("from the ledger")))
    if wrong:
        print(ngettext("{n} product's stock history disagrees with its ledger; run with --rebuild",
                       "{n} products' stock history disagrees with their ledger; run with --rebuild",
                       len(wrong)).format(n=len(wrong)), file=sys.stderr)
        return 1
    if not args.json:
        print(_("stock history agrees with the ledger: closing stock per day and sales per week"))
    return 0


def cmd_product(args: argparse.Namespace, app: Any) -> int:
    """Show a product's price, cost, stock and shelf life; ``--shelf-life-days`` changes the shelf life."""
    p = app.inventory.product_by_sku(args.sku)
    if args.shelf_life_days is not None:
        days = "" if args.shelf_life_days.strip().lower() in ("none", "-", "") else args.shelf_life_days
        p = app.inventory.update_product(actor_for(app, args.as_user), p.id, shelf_life_days=days)
    if args.json:
        print_json({"sku": p.sku, "name": p.name, "price": p.price, "cost": p.cost, "on_hand": p.on_hand,
                    "shelf_life_days": p.shelf_life_days})
        return 0
    fm = app.formats()
    life = (ngettext("{n} day", "{n} days", p.shelf_life_days).format(n=p.shelf_life_days)
            if p.shelf_life_days else _("keeps (no shelf life)"))
    print(_("{sku} {name}: price {price}, cost {cost}, on hand {on_hand}, shelf life {life}").format(
        sku=p.sku, name=p.name, price=fm.money(p.price), cost=fm.money(p.cost), on_hand=fm.quantity(p.on_hand),
        life=life))
    return 0


def register(sub: Any) -> None:
    for kind, text in (("products", "products (SKU, name, category, cost, price, pack, supplier...)"),
                       ("suppliers", "suppliers (name, contact, lead time, ordering days)"),
                       ("stock", "stock counts (SKU or name, counted quantity, date)"),
                       ("sales", "sales history (date, item or SKU, quantity; negative = return)")):
        add_import_kind(sub, kind, text, _import(kind))

    inv = sub.add_parser("inventory", help=_('products and stock')).add_subparsers(
        dest="inventory_cmd", metavar="ACTION", required=True)
    sp = inv.add_parser("list", help=_('list products with stock'))
    sp.add_argument("--search")
    sp.add_argument("--category")
    sp.add_argument("--no-supplier", action="store_true")
    sp.add_argument("--on-order", action="store_true")
    sp.add_argument("--below-reorder-point", action="store_true")
    sp.add_argument("--not-enough-history", action="store_true")
    sp.add_argument("--all", action="store_true", help=_('include inactive products'))
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(handler=cmd_inventory_list)
    sp = inv.add_parser("unusual", help=_("daily sales outside the product's usual weekday range over a period, and the share of product-days flagged"))
    sp.add_argument("--days", type=int, default=28, help=_('days before --as-of to scan (default 28)'))
    sp.add_argument("--as-of", type=parse_date)
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(handler=cmd_unusual)
    sp = inv.add_parser("history", help=_("check the closing stock per day and sales per week the reports read "
                                          "against the ledger; --rebuild rewrites them from it"))
    sp.add_argument("--rebuild", action="store_true", help=_("rewrite them from the ledger first"))
    sp.add_argument("--json", action="store_true")
    add_as(sp)
    sp.set_defaults(handler=cmd_history)

    sp = inv.add_parser("product", help=_("show a product's selling terms; change its shelf life"))
    sp.add_argument("sku")
    sp.add_argument("--shelf-life-days", metavar="DAYS",
                    help=_("days a unit can be sold after it is received (bread 1, milk 7); 'none' for a "
                           "product that keeps. Markdowns work such products by day on the stock that will "
                           "expire"))
    sp.add_argument("--json", action="store_true")
    add_as(sp)
    sp.set_defaults(handler=cmd_product)

    sp = inv.add_parser("orders", help=_('list purchase orders'))
    sp.add_argument("--status", help=_('open, draft, sent, partly_received, received or cancelled'))
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(handler=cmd_orders)
    sp = inv.add_parser("export-order", help=_("write a purchase order as PDF or XLSX (by the file's suffix)"))
    sp.add_argument("number", help=_('order number such as PO-00012'))
    sp.add_argument("file")
    add_force(sp)
    sp.set_defaults(handler=cmd_export_order)
    sp = inv.add_parser("receive", help=_('receive goods against a purchase order'))
    sp.add_argument("number")
    sp.add_argument("--qty", action="append", metavar="SKU=QTY",
                    help=_('quantity received per SKU (default: everything still to come)'))
    add_as(sp)
    sp.set_defaults(handler=cmd_receive)

    ro = sub.add_parser("reorder", help=_('reorder suggestions, policy and backtest')).add_subparsers(
        dest="reorder_cmd", metavar="ACTION", required=True)
    sp = ro.add_parser("run", help=_('run the reorder job now (drafts suggestions into the inbox)'))
    sp.add_argument("--as-of", type=parse_date)
    sp.add_argument("--json", action="store_true")
    add_as(sp)
    sp.set_defaults(handler=cmd_reorder_run)
    sp = ro.add_parser("policy", help=_('per product: demand class, forecast, error, safety stock, reorder point and order-up-to level'))
    sp.add_argument("--as-of", type=parse_date)
    sp.add_argument("--details", action="store_true",
                    help=_('the forecasting figures: demand class, method, error, fill rate target and the replayed fill rate, safety multiplier'))
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(handler=cmd_reorder_policy)
    sp = ro.add_parser("backtest", help=_('replay a sales file against the policy and a min/max baseline'))
    sp.add_argument("sales_file")
    sp.add_argument("--cutoff", type=parse_date, required=True, help=_('learn before this day, replay from it'))
    sp.add_argument("--until", type=parse_date, help=_('last day replayed (default: end of the file)'))
    sp.add_argument("--lead-time", type=int, default=2, help=_('days from order to shelf (default 2)'))
    sp.add_argument("--fill-rate", "--service-level", dest="fill_rate", type=float, nargs="+", metavar="P",
                    help=_('fill-rate targets to try (default 0.5 0.7 0.8 0.85 0.9 0.95 0.98 0.99 0.995); --service-level is the older name'))
    sp.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN")
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(handler=cmd_reorder_backtest, login="none")  # reads only the file
