"""What approving inventory suggestions does (runs inside the inbox's transaction)."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any


from core.automation.quality import register_fix
from core.inbox.kinds import ApplyContext, DueContext, KindSpec, register_kind
from core.inbox.texts import stored, stored_n
from core.inventory import ledger
from core.inventory.cover import runs_out_on
from core.inventory.fields import ORDER_QUANTITY
from core.inventory.models import Product, ReorderOverride, Supplier
from core.inventory.service import PARAM_KIND, REORDER_KIND, SUPPLIER_DAYS_KIND
from core.kernel.audit import record
from core.kernel.actor import Role
from core.kernel.errors import DeskmateError, NotFound
from core.kernel.i18n import N_, _
from core.kernel.limits import check_quantity


def _dec(v: Any, what: str) -> Decimal:
    """An edited quantity within :mod:`core.kernel.limits` (a ValidationError names it)."""
    return check_quantity(v, what)


def normalise_reorder(payload: Any) -> Any:
    """Check an edited order: quantities are numbers ≥ 0 in whole packs and at least the minimum
    order; lines set to 0 are dropped; at least one line must remain."""
    if not isinstance(payload, dict) or not isinstance(payload.get("lines"), list):
        raise DeskmateError(_("a reorder needs a supplier and lines"))
    lines = []
    for ln in payload["lines"]:
        label = ln.get("sku") or ln.get("product_id")
        problem = ORDER_QUANTITY(ln.get("quantity"))   # the rule the reorder editor checks as it is typed
        if problem:
            raise DeskmateError(_("{line}: order quantity {problem}").format(line=label, problem=problem))
        q = _dec(ln.get("quantity"), _("{line} quantity").format(line=label))
        if q == 0:
            continue
        pack = _dec(ln.get("pack_size") or 1, _("{line} pack size").format(line=label))
        moq = _dec(ln.get("min_order_qty") or 0, _("{line} minimum order").format(line=label))
        if pack > 0 and (q / pack) != (q / pack).to_integral_value():
            raise DeskmateError(_("{line}: {quantity} is not a whole number of packs of {pack}").format(
                line=label, quantity=format(q.normalize(), "f"), pack=format(pack.normalize(), "f")))
        if q < moq:
            raise DeskmateError(_("{line}: {quantity} is below the minimum order of {moq}").format(
                line=label, quantity=format(q.normalize(), "f"), moq=format(moq.normalize(), "f")))
        lines.append({**ln, "quantity": str(q.normalize())})
    if not lines:
        raise DeskmateError(_("every line is 0: reject the suggestion instead"))
    return {**payload, "lines": lines}


def reorder_value(payload: Any) -> Decimal:
    return sum((_dec(ln["quantity"], _("quantity")) * _dec(ln.get("unit_cost") or 0, _("unit cost"))
                for ln in payload.get("lines", [])), Decimal(0)).quantize(Decimal("0.01"))


def apply_reorder(ctx: ApplyContext, payload: Any) -> str:
    s, actor = ctx.session, ctx.actor
    now = ctx.app.clock.now()
    proposed = {int(ln["product_id"]): Decimal(str(ln.get("proposed", ln["quantity"])))
                for ln in (ctx.suggestion.payload or {}).get("lines", [])}
    on_order = ledger.open_order_quantities(s)
    for ln in payload["lines"]:
        if on_order.get(int(ln["product_id"]), 0) > 0 and int(ln["product_id"]) in proposed:
            raise DeskmateError(_("{sku} is already on order since this was drafted; reject this suggestion "
                                  "or remove that line").format(sku=ln.get("sku")))
    po = ledger.create_purchase_order(
        s, actor, int(payload["supplier_id"]),
        [{"product_id": ln["product_id"], "quantity": ln["quantity"], "unit_cost": ln.get("unit_cost")}
         for ln in payload["lines"]], now, ctx.app.today(),
        notes=_("From inbox suggestion {id}").format(id=ctx.suggestion.id), suggestion_id=ctx.suggestion.id,
        machine_drafted=True)
    # overrides: every line whose quantity differs from the proposal (removed lines count as 0)
    applied = {int(ln["product_id"]): Decimal(str(ln["quantity"])) for ln in payload["lines"]}
    reasons = {int(ln["product_id"]): ln.get("override_reason") or "" for ln in payload["lines"]}
    n_over = 0
    for pid, prop in proposed.items():
        got = applied.get(pid, Decimal(0))
        if got != prop:
            s.add(ReorderOverride(product_id=pid, suggestion_id=ctx.suggestion.id, at=now,
                                  username=actor.username, proposed=prop, applied=got,
                                  reason=reasons.get(pid) or payload.get("reason") or ""))
            n_over += 1
    if n_over:
        return stored_n("Purchase order {number} created (draft) for {supplier}; {n} quantity change recorded "
                        "for learning", "Purchase order {number} created (draft) for {supplier}; {n} quantity "
                        "changes recorded for learning", n_over, number=po.number,
                        supplier=payload.get("supplier", ""))
    return stored("Purchase order {number} created (draft) for {supplier}", number=po.number,
                  supplier=payload.get("supplier", ""))


def apply_parameter_change(ctx: ApplyContext, payload: Any) -> str:
    s = ctx.session
    p = s.get(Product, int(payload["product_id"]))
    if p is None:
        raise NotFound(_("product {id} no longer exists").format(id=payload["product_id"]))
    # a suggestion drafted before the rename still says service_level: it means the fill-rate target
    change = {("fill_rate_target" if k == "service_level" else k): _dec(v, k)
              for k, v in (payload.get("change") or {}).items()}
    allowed = {"safety_factor", "fill_rate_target", "owner_min", "owner_max"}
    if not change or set(change) - allowed:
        raise DeskmateError(_("only {names} can be changed this way").format(names=", ".join(sorted(allowed))))
    if "safety_factor" in change and not 0 <= change["safety_factor"] <= 5:
        raise DeskmateError(_("the safety factor is between 0 and 5"))
    if "fill_rate_target" in change and not Decimal("0.5") <= change["fill_rate_target"] < 1:
        raise DeskmateError(_("the fill rate target is between 0.5 and 0.999"))
    mn = change.get("owner_min", p.owner_min)
    mx = change.get("owner_max", p.owner_max)
    if mn is not None and mx is not None and mx < mn:
        raise DeskmateError(_("max {max} is below min {min}").format(max=mx, min=mn))
    ctx.app.inventory.change_product_in(
        s, ctx.actor, p.id, change, ctx.app.clock.now(),
        summary=_("{sku}: {parameter} {old} → {new} (learnt from overrides)").format(
            sku=p.sku, parameter=payload.get("parameter"), old=payload.get("from"),
            new=", ".join(f"{k}={v}" for k, v in change.items())))
    return f"{p.sku}: " + ", ".join(f"{k} = {v}" for k, v in change.items())


def normalise_parameter(payload: Any) -> Any:
    if not isinstance(payload, dict) or "product_id" not in payload:
        raise DeskmateError(_("a parameter change names a product"))
    for k, v in (payload.get("change") or {}).items():
        _dec(v, k)
    return payload


def normalise_ordering_days(payload: Any) -> Any:
    """An edited ordering-day change: the weekdays as 0-6 (Monday 0), comma-separated, at least one."""
    from core.inventory import importers as imp
    if not isinstance(payload, dict) or "supplier_id" not in payload:
        raise DeskmateError(_("an ordering-day change names a supplier"))
    days = imp.p_weekdays(payload.get("ordering_days"))
    if not days:
        raise DeskmateError(_("name at least one ordering day (0 = Monday ... 6 = Sunday)"))
    return {**payload, "ordering_days": days}


def apply_ordering_days(ctx: ApplyContext, payload: Any) -> str:
    """Order from the supplier on the learnt days only (the reorder job drafts on those days)."""
    s = ctx.session
    sup = s.get(Supplier, int(payload["supplier_id"]))
    if sup is None:
        raise NotFound(_("supplier {id} no longer exists").format(id=payload["supplier_id"]))
    before = sup.ordering_days
    sup.ordering_days = normalise_ordering_days(payload)["ordering_days"]
    record(s, ctx.actor, area="inventory", action="update supplier", entity="supplier", entity_id=sup.id,
           before={"ordering_days": before}, after={"ordering_days": sup.ordering_days},
           summary=_("{supplier}: ordering days {old} → {new} (learnt from rejections)").format(
               supplier=sup.name, old=before or _("every day"), new=sup.ordering_days), at=ctx.app.clock.now())
    return stored("{supplier}: ordering days {days}", supplier=sup.name, days=sup.ordering_days)


def _line_runs_out(line: dict[str, Any], as_of: date) -> date | None:
    if line.get("runs_out_on"):
        return date.fromisoformat(str(line["runs_out_on"]))
    # drafted before lines carried it: the line's reason card has the stock and the forecast
    inputs = (line.get("reason") or {}).get("inputs") or {}
    try:
        on_hand = Decimal(str(inputs["On hand"]).replace(",", ""))
        daily = Decimal(str(inputs["Forecast per day"]).replace(",", ""))
    except (KeyError, InvalidOperation):
        return None
    return runs_out_on(as_of, on_hand, daily)


def due_reorder(ctx: DueContext, payload: Any) -> datetime | None:
    """A reorder is due when its first product is projected to run out."""
    as_of = date.fromisoformat(str(payload.get("as_of") or ctx.occurrence)[:10])
    days = [d for d in (_line_runs_out(ln, as_of) for ln in payload.get("lines", [])) if d is not None]
    return ctx.start_of(min(days)) if days else None


register_kind(KindSpec(
    kind=REORDER_KIND, area="inventory", title=N_("Reorder (draft purchase order)"), apply=apply_reorder,
    default_roles=frozenset({Role.OWNER, Role.STAFF}), value_limit_setting="inbox.staff_order_limit",
    normalise=normalise_reorder, value=reorder_value, editor="reorder", due=due_reorder,
    plural=N_("reorder suggestions"),
    description=N_("Approving creates the purchase order; changed quantities are recorded as overrides.")))

register_kind(KindSpec(
    kind=PARAM_KIND, area="inventory", title=N_("Reorder parameter change"), apply=apply_parameter_change,
    default_roles=frozenset({Role.OWNER}), normalise=normalise_parameter, editor="json",
    plural=N_("reorder parameter changes"),
    description=N_("Learnt from repeated overrides; approving changes the product's parameter.")))

def accept_sale(session: Any, app: Any, actor: Any, args: dict[str, Any]) -> str:
    """The data-quality fix of a sales outlier finding (core/inventory/quality.py): count the
    sale. (The outlier module, and numpy with it, loads when a finding is approved.)"""
    from core.inventory import outliers
    return outliers.accept_sale(session, app, actor, args)


ACCEPT_SALE = "inventory.accept_sale"
register_fix(ACCEPT_SALE, accept_sale)

register_kind(KindSpec(
    kind=SUPPLIER_DAYS_KIND, area="inventory", title=N_("Supplier ordering days change"), apply=apply_ordering_days,
    default_roles=frozenset({Role.OWNER}), normalise=normalise_ordering_days, editor="json",
    plural=N_("supplier ordering days changes"),
    description=N_("Learnt from repeated rejections naming the same weekdays; approving sets the supplier's "
                   "ordering days, so reorders are drafted on those days only.")))


# the markdown kind is declared with its job (core/inventory/markdowns.py)
from core.inventory import markdowns as _markdowns  # noqa: E402,F401
