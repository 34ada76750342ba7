"""Drafting reorder suggestions and parameter changes (used by the jobs in ``jobs.py``).

Reorder: one suggestion per supplier and day with a draft purchase order; every line carries its
reason card (recent demand, forecast, lead time, fill-rate target and the fill rate its replay
reached, safety stock, reorder point,
position and the arithmetic) and a chart of weekly sales, forecast and reorder point. Inventory
position = on hand + open purchase orders + quantities in reorder suggestions still in the inbox;
products already on order or already proposed are not proposed again.

Learning: three or more overrides of a product's suggested quantity in the same direction (not yet
used as evidence) produce a ``parameter_change`` suggestion with the evidence.
"""
from __future__ import annotations

import math
from collections import defaultdict
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from statistics import median
from typing import Any

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.inbox.reason import reason_card
from core.inventory import ledger, planner
from core.inventory.cover import runs_out_on
from core.inventory.fillrate import FLOOR_GAP
from core.inventory.models import Product, ReorderOverride, Supplier, SupplierProduct
from core.inventory.service import PARAM_KIND, REORDER_KIND, SUPPLIER_DAYS_KIND, PolicySnapshot
from core.inventory.wording import method_words, pattern_explained, pattern_words
from core.kernel.formats import Formats, read_formats

MIN_OVERRIDES = 3


def _q(x: float, places: str = "0.01") -> Decimal:
    return Decimal(str(float(x))).quantize(Decimal(places), rounding=ROUND_HALF_UP)


def _fmt(x: float, fm: Formats | None = None) -> str:
    """A figure in a reason card: at most two decimals, the shop's grouping and decimal sign."""
    if not math.isfinite(float(x)):
        return "—"
    return (fm or Formats()).number(float(x), 2)


def open_suggested_quantities(session: Session, app: Any) -> dict[int, Decimal]:
    out: dict[int, Decimal] = defaultdict(Decimal)
    for payload in app.inbox.open_payloads(session, REORDER_KIND):
        for ln in (payload or {}).get("lines", []):
            out[int(ln["product_id"])] += Decimal(str(ln["quantity"]))
    return out


def weekly_chart(snap: PolicySnapshot, i: int, rop: float, weeks: int = 12,
                 fm: Formats | None = None) -> dict[str, Any]:
    """Weekly sales for the last ``weeks`` weeks, then the forecast for the next 4 weeks; the
    axis labels are the weeks' first days in the shop's format ("30 Nov")."""
    fm = fm or Formats()
    y = snap.sales[i]
    T = y.shape[0]
    k = min(weeks, T // 7)
    sales = [float(y[T - 7 * (k - j): T - 7 * (k - j - 1)].sum()) for j in range(k)]
    weekly_fc = float(snap.plan.daily[i].sum())
    labels = [fm.short_day(snap.as_of - timedelta(days=7 * (k - j))) for j in range(k)]
    labels += [fm.short_day(snap.as_of + timedelta(days=7 * j)) for j in range(4)]
    return {"type": "line", "title": "Weekly sales, forecast and reorder point", "x": labels,
            "series": [{"name": "Weekly sales", "values": sales + [None] * 4},
                       {"name": "Forecast", "values": [None] * (k - 1) + [sales[-1] if sales else None]
                        + [round(weekly_fc, 2)] * 4}],
            "markers": [{"name": "Reorder point", "value": round(rop, 2)}]}


def line_card(snap: PolicySnapshot, i: int, on_hand: float, on_order: float, in_inbox: float,
              raw: float, qty: float, pack: float, moq: float, fm: Formats | None = None) -> dict[str, Any]:
    """One reorder line's reason card, its figures in the shop's formats (``fm``)."""
    fm = fm or Formats()
    _f = lambda x: _fmt(x, fm)  # noqa: E731 - the one formatter every figure below goes through
    p = snap.products[i]
    r = snap.plan.row(i)
    y = snap.sales[i]
    last28 = float(y[-28:].sum())
    position = on_hand + on_order + in_inbox
    rop, upto = r["reorder_point"], r["order_up_to"]
    L, R, P = int(snap.lead_time[i]), int(snap.review_days[i]), r["protection_days"]
    rf, pf = float(snap.plan.replay_fill[i]), float(snap.plan.pool_fill[i])   # this product's, its group's
    sl = float(p.fill_rate_target)
    warnings = []
    if not r["enough_history"]:
        warnings.append("not enough history: fell back to the owner's min/max")
    for o in snap.excluded.get(p.id, []):
        warnings.append(f"left out of the forecast: {o.text(fm)} — counted as a typical day until "
                        f"someone accepts its data-quality finding in the inbox")
    calc = [f"position = on hand {_f(on_hand)} + on order {_f(on_order)} + in inbox "
            f"{_f(in_inbox)} = {_f(position)}"]
    if r["distribution"] == "owner min/max":
        formula = "order when position < min, up to max"
        calc += [f"min = {_f(rop)}, max = {_f(upto)} (set by the owner)"]
        explanation = (f"{p.name}: only {int(snap.sales[i].astype(bool).sum())} day(s) of sales — not "
                       f"enough history, so the owner's min/max is used.")
        confidence = "low"
    else:
        k, sf = r["safety_multiplier"], float(p.safety_factor)
        formula = ("ROP = μ_P + k·σ_P·safety factor, rounded up;  σ_P = σ₁·√Σ(1+αj)²;  k from replaying "
                   "the recent sales so that the products sharing the fill-rate target meet it")
        calc += [f"μ_P = forecast over {P} day(s) = {_f(r['mean_lt'])}",
                 f"σ_P = {_f(r['sigma1'])} × √Σ(1+{r['alpha']}j)² = {_f(r['sd_lt'])}",
                 f"k = {_f(k)}: replayed on the last {r['replay_days']} days this product served "
                 f"{fm.percent(round(100 * rf, 1))} of the units asked for, and all "
                 f"products with the target {fm.percent(Decimal(str(sl)) * 100)} together "
                 f"{fm.percent(round(100 * pf, 1))} (k is set where a unit of fill "
                 f"costs least stock, never more than {fm.percent(round(100 * FLOOR_GAP))} below "
                 f"the target)",
                 f"SS = k {_f(k)} × σ_P {_f(r['sd_lt'])}" + (f" × safety factor {_f(sf)}" if sf != 1 else "")
                 + f" → {_f(r['safety_stock'])} (the ROP rounded up to whole units)",
                 f"ROP = {_f(r['mean_lt'])} + {_f(r['safety_stock'])} = {_f(rop)}"]
        calc += [f"order-up-to S = ROP + cycle stock = {_f(upto)}"]
        explanation = (f"{p.name}: position {_f(position)} is below the reorder point {_f(rop)}; "
                       f"forecast {_f(r['forecast_daily'])}/day; it {pattern_words(r['class'])}. "
                       f"Fill rate target {fm.percent(Decimal(str(sl)) * 100)}: replayed on the last "
                       f"{r['replay_days']} days, the products with this target served "
                       f"{fm.percent(round(100 * pf, 1))} of the units asked for "
                       f"({p.name}: {fm.percent(round(100 * rf, 1))}).")
        confidence = "high" if r["class"] == "smooth" else "medium"
    calc += [f"order = S − position = {_f(upto)} − {_f(position)} = {_f(raw)}",
             f"rounded up to packs of {_f(pack)}" + (f", minimum {_f(moq)}" if moq else "")
             + f" → {_f(qty)}"]
    inputs = {"Sold in the last 28 days": _f(last28), "Forecast per day": _f(r["forecast_daily"]),
              "How it sells": pattern_words(r["class"]) if np.isfinite(r["adi"]) else "no sales",
              "Measured as": pattern_explained(r["adi"], r["cv2"], fm),
              "Forecast from": method_words(r["method"]),
              "Forecast error σ₁ (RMSE/day)": _f(r["sigma1"]),
              "Lead time (days)": L, "Days until next ordering day": R,
              "Fill rate target": fm.percent(Decimal(str(sl)) * 100),
              "Fill rate in the replay": ("—" if not r["enough_history"] else
                                          f"{fm.percent(round(100 * pf, 1))} for the products "
                                          f"with this target, {fm.percent(round(100 * rf, 1))} "
                                          f"for this one (last {r['replay_days']} days)"),
              "Safety factor": fm.number(p.safety_factor),
              "Safety stock": _f(r["safety_stock"]), "Reorder point": _f(rop),
              "Order-up-to level": _f(upto), "On hand": _f(on_hand),
              "On order": _f(on_order), "In open suggestions": _f(in_inbox),
              "Position": _f(position)}
    return reason_card(
        explanation=explanation, inputs=inputs,
        window=f"sales {fm.date(snap.window_start)} to {fm.date(snap.as_of - timedelta(days=1))}, "
               f"{fm.number(snap.sales.shape[1])} days",
        formula=formula, calculation=calc, confidence=confidence, warnings=warnings,
        chart=weekly_chart(snap, i, rop if np.isfinite(rop) else 0.0, fm=fm))


#: The product parameters a learnt change may adjust, as people call them.
PARAM_WORDS = {"safety_factor": "safety factor", "owner_min/owner_max": "minimum / maximum stock"}


def draft_reorders(ctx: Any, session: Session, snap: PolicySnapshot) -> int:
    """Draft one reorder suggestion per supplier. Returns the number of lines proposed."""
    app = ctx.app
    on_order = ledger.open_order_quantities(session)
    in_inbox = open_suggested_quantities(session, app)
    P = snap.plan
    n = len(snap.products)
    if n == 0:
        return 0
    fm = read_formats(session)
    on_hand = np.array([float(p.on_hand) for p in snap.products])
    oo = np.array([float(on_order.get(p.id, 0)) for p in snap.products])
    ib = np.array([float(in_inbox.get(p.id, 0)) for p in snap.products])
    # the supplier's own pack size and price for the product win over the product's defaults
    terms = {(sp.supplier_id, sp.product_id): sp for sp in session.scalars(select(SupplierProduct))}

    def term(p: Product) -> tuple[Decimal, Decimal]:
        sp = terms.get((p.supplier_id, p.id))
        pack_ = sp.pack_size if sp is not None and sp.pack_size and sp.pack_size > 0 else (p.pack_size or Decimal(1))
        cost_ = sp.price if sp is not None and sp.price is not None and sp.price > 0 else p.cost
        return pack_, cost_
    pack_cost = [term(p) for p in snap.products]
    pack = np.array([float(pc[0]) for pc in pack_cost])
    moq = np.array([float(p.min_order_qty or 0) for p in snap.products])
    raw, qty = planner.order_quantities(P, on_hand + oo + ib, pack, moq, snap.rule)
    by_supplier: dict[int, list[int]] = defaultdict(list)
    skipped: dict[str, int] = defaultdict(int)
    for i, p in enumerate(snap.products):
        if qty[i] <= 0:
            continue
        if p.supplier_id is None:
            skipped["without supplier"] += 1
        elif oo[i] > 0:
            skipped["already on order"] += 1      # not proposed again
        elif ib[i] > 0:
            skipped["already in an open suggestion"] += 1
        elif str(snap.as_of.weekday()) not in _ordering_days(session, p.supplier_id):
            skipped["supplier not ordered today"] += 1
        else:
            by_supplier[p.supplier_id].append(i)
    if hasattr(ctx, "note"):
        due = sum(len(v) for v in by_supplier.values()) + sum(skipped.values())
        ctx.note(f"{due} product(s) below the reorder point" + "".join(f"; {n} {why}" for why, n in skipped.items()))
    lines_total = 0
    for sup_id, idx in by_supplier.items():
        lines, cards = [], []
        value = Decimal(0)
        for i in idx:
            p = snap.products[i]
            q = _q(qty[i], "0.0001").normalize()
            lc = line_card(snap, i, on_hand[i], oo[i], ib[i], raw[i], qty[i], pack[i], moq[i], fm)
            # the draft purchase order carries each line's reason card with it
            out_on = runs_out_on(snap.as_of, on_hand[i], P.row(i)["forecast_daily"])
            lines.append({"product_id": p.id, "sku": p.sku, "name": p.name, "quantity": str(q),
                          "proposed": str(q), "unit_cost": str(pack_cost[i][1]),
                          "runs_out_on": out_on.isoformat() if out_on else None,
                          "pack_size": str(pack_cost[i][0]),
                          "min_order_qty": str(p.min_order_qty), "reason": lc})
            cards.append({"product_id": p.id, "sku": p.sku, "name": p.name, "card": lc})
            value += q * pack_cost[i][1]
        name = snap.supplier_names.get(sup_id, str(sup_id))
        flagged = sum(1 for c in cards if c["card"]["warnings"])
        card = reason_card(
            explanation=f"{len(lines)} product(s) from {name} are at or below their reorder point "
                        f"on {fm.date(snap.as_of)}. Each line explains its quantity.",
            inputs={"Supplier": name, "Lines": len(lines), "Order value": fm.money(value)},
            window=f"sales {fm.date(snap.window_start)} to {fm.date(snap.as_of - timedelta(days=1))}",
            formula="per line: order up to S when position < ROP, rounded up to packs and minimum order",
            calculation=[f"order value = Σ quantity × unit cost over {len(lines)} line(s) = "
                         f"{fm.money(value)}",
                         "each line's own card (select it in the proposal) shows its arithmetic"],
            confidence="medium",
            warnings=[f"{flagged} line(s) use the owner's min/max: not enough history"] if flagged else [])
        new = ctx.draft(session, kind=REORDER_KIND, subject_type="supplier", subject_id=sup_id,
                        occurrence=snap.as_of.isoformat(), subject_label=name,
                        title=f"Reorder from {name}: {len(lines)} product(s)",
                        summary=", ".join(f"{ln['sku']} × {ln['quantity']}" for ln in lines[:6]),
                        payload={"supplier_id": sup_id, "supplier": name, "as_of": snap.as_of.isoformat(),
                                 "lines": lines},
                        reason=card, value=value.quantize(Decimal("0.01")))
        if new is not None:
            lines_total += len(lines)
    return lines_total


def _ordering_days(session: Session, supplier_id: int) -> set[str]:
    from core.inventory.models import Supplier
    sup = session.get(Supplier, supplier_id)
    days = {d for d in (sup.ordering_days if sup else "").split(",") if d}
    return days or {str(d) for d in range(7)}


def draft_parameter_changes(ctx: Any, session: Session, as_of: date) -> int:
    """Three or more same-direction overrides of a product -> a parameter-change suggestion."""
    overrides = list(session.scalars(select(ReorderOverride).where(ReorderOverride.learnt_in.is_(None))
                                     .order_by(ReorderOverride.product_id, ReorderOverride.id)))
    by_product: dict[int, list[ReorderOverride]] = defaultdict(list)
    for o in overrides:
        if o.applied != o.proposed:
            by_product[o.product_id].append(o)
    made, fm = 0, read_formats(session)
    for pid, rows in by_product.items():
        ups = [o for o in rows if o.applied > o.proposed]
        downs = [o for o in rows if o.applied < o.proposed]
        # the most recent run of the same direction
        last_dir = rows[-1].applied > rows[-1].proposed
        run = []
        for o in reversed(rows):
            if (o.applied > o.proposed) == last_dir:
                run.append(o)
            else:
                break
        if len(run) < MIN_OVERRIDES:
            continue
        run.reverse()
        p = session.get(Product, pid)
        if p is None:
            continue
        ratios = [float(o.applied) / float(o.proposed) if o.proposed > 0 else 2.0 for o in run]
        ratio = min(max(median(ratios), 0.5), 2.0)
        evidence = [{"date": fm.date(o.at), "user": o.username, "proposed": str(o.proposed),
                     "applied": str(o.applied), "reason": o.reason or ""} for o in run]
        direction = "up" if last_dir else "down"
        if p.owner_min is not None and p.owner_max is not None and _uses_minmax(session, p):
            new_min = _q(float(p.owner_min) * ratio, "1")
            new_max = max(_q(float(p.owner_max) * ratio, "1"), new_min)
            param, old, new = "owner_min/owner_max", f"{p.owner_min}/{p.owner_max}", f"{new_min}/{new_max}"
            change = {"owner_min": str(new_min), "owner_max": str(new_max)}
        else:
            new_sf = _q(min(max(float(p.safety_factor) * ratio, 0.0), 5.0), "0.05")
            if new_sf == p.safety_factor:
                new_sf = p.safety_factor + (Decimal("0.05") if last_dir else Decimal("-0.05"))
            param, old, new = "safety_factor", str(p.safety_factor), str(new_sf)
            change = {"safety_factor": str(new_sf)}
        card = reason_card(
            explanation=f"People changed the suggested order of {p.name} {direction} {len(run)} times in a "
                        f"row (median ×{fm.number(ratio, 2)}). Proposed: {PARAM_WORDS[param]} {old} → {new}.",
            inputs={"Product": f"{p.sku} {p.name}", "Overrides in the same direction": len(run),
                    "Overrides up / down (unused)": f"{len(ups)} / {len(downs)}",
                    "Median applied ÷ proposed": fm.number(ratio, 2)},
            formula="new value = old value × median(applied ÷ proposed), bounded to ×0.5..×2",
            calculation=[f"{PARAM_WORDS[param]}: {old} × {fm.number(ratio, 2)} → {new}"],
            confidence="medium" if len(run) >= 5 else "low", evidence=evidence)
        new_id = ctx.draft(session, kind=PARAM_KIND, subject_type="product", subject_id=p.id,
                           occurrence=f"override-{run[-1].id}", subject_label=f"{p.sku} {p.name}",
                           title=f"Adjust the {PARAM_WORDS[param]} of {p.name} ({direction})",
                           summary=f"{PARAM_WORDS[param]} {old} → {new}",
                           payload={"product_id": p.id, "parameter": param, "from": old, "to": new,
                                    "change": change, "override_ids": [o.id for o in run]},
                           reason=card)
        if new_id is not None:
            for o in run:
                o.learnt_in = new_id
            made += 1
    return made


def _uses_minmax(session: Session, p: Product) -> bool:
    from core.inventory.models import SalesDaily
    first = session.scalar(select(SalesDaily.day).where(SalesDaily.product_id == p.id,
                                                        SalesDaily.quantity > 0).order_by(SalesDaily.day).limit(1))
    return first is None


# ---------------------------------------------------------------------- learning from rejections
#: Rejections of a supplier's reorders naming the same weekdays, in a row, before a change is proposed.
MIN_REJECTIONS = 3
#: Only rejections decided within this many days count (an old habit says little about today).
REJECTION_WINDOW_DAYS = 90
#: The languages whose day names a rejection reason is read in (the shop's people may write in any).
REASON_LANGUAGES = ("en", "de", "es")


def _day_words() -> dict[str, int]:
    """Every way of naming a weekday the reasons are read for: wide and abbreviated names, and
    English plurals ("Mondays"), lower-cased, in each of :data:`REASON_LANGUAGES` (0 = Monday)."""
    from babel.dates import get_day_names
    out: dict[str, int] = {}
    for lang in REASON_LANGUAGES:
        for width in ("wide", "abbreviated"):
            for day, name in get_day_names(width, locale=lang).items():
                word = name.lower().rstrip(".")
                if len(word) >= 3:
                    out[word] = day
                    if lang == "en" and width == "wide":
                        out[word + "s"] = day
    return out


def weekdays_named(text: str | None) -> frozenset[int]:
    """The weekdays a rejection reason names ("supplier delivers Mondays only" -> {0})."""
    import re
    if not text:
        return frozenset()
    words = _day_words()
    return frozenset(words[w] for w in re.findall(r"[^\W\d_]+", text.lower()) if w in words)


def _days_text(days: frozenset[int] | set[int], fm: Formats) -> str:
    from babel.dates import get_day_names
    names = get_day_names("wide", locale=fm.locale)
    return ", ".join(names[d] for d in sorted(days))


def draft_ordering_day_changes(ctx: Any, session: Session, as_of: date) -> int:
    """Three rejections in a row of a supplier's reorders whose reasons name the same weekdays
    ("supplier delivers Mondays only") -> propose ordering from that supplier on those days."""
    from datetime import datetime, time, timezone
    from zoneinfo import ZoneInfo

    from core.inbox.models import Suggestion
    from core.kernel.settings import SettingsService
    from core.users.models import User
    zone = ZoneInfo(SettingsService.read(session, "shop.timezone"))
    since = datetime.combine(as_of - timedelta(days=REJECTION_WINDOW_DAYS), time(0), zone).astimezone(timezone.utc)
    rows = session.execute(
        select(Suggestion.id, Suggestion.subject_id, Suggestion.decision_reason, Suggestion.decided_at, User.username)
        .outerjoin(User, User.id == Suggestion.decided_by)
        .where(Suggestion.kind == REORDER_KIND, Suggestion.decision == "rejected", Suggestion.decided_at >= since)
        .order_by(Suggestion.decided_at, Suggestion.id)).all()
    by_supplier: dict[str, list[Any]] = defaultdict(list)
    for r in rows:
        by_supplier[r.subject_id].append(r)
    made, fm = 0, read_formats(session)
    for sup_id, rs in by_supplier.items():
        named = [(r, weekdays_named(r.decision_reason)) for r in rs]
        named = [(r, d) for r, d in named if d]
        if not named:
            continue
        days = named[-1][1]
        run = []
        for r, d in reversed(named):          # the latest rejections naming these very days, in a row
            if d != days:
                break
            run.append(r)
        if len(run) < MIN_REJECTIONS:
            continue
        run.reverse()
        sup = session.get(Supplier, int(sup_id)) if sup_id.isdigit() else None
        if sup is None:
            continue
        new = ",".join(str(d) for d in sorted(days))
        old = sup.ordering_days or ""
        if new == old:
            continue
        old_words = _days_text(frozenset(int(x) for x in old.split(",") if x), fm) if old else "every day"
        new_words = _days_text(days, fm)
        card = reason_card(
            explanation=f"People rejected the reorder from {sup.name} {len(run)} times in a row, each time "
                        f"naming {new_words} in their reason. Proposed: order from {sup.name} on {new_words} "
                        f"only (now: {old_words}).",
            inputs={"Supplier": sup.name, "Rejections naming these days": len(run),
                    "Ordering days now": old_words, "Proposed ordering days": new_words},
            formula=f"{MIN_REJECTIONS} or more rejections in a row within {REJECTION_WINDOW_DAYS} days whose "
                    "reasons name the same weekdays",
            calculation=[f"\"{r.decision_reason}\" ({r.username or '?'}, {fm.date(r.decided_at)})" for r in run],
            confidence="medium" if len(run) >= 5 else "low",
            evidence=[{"date": fm.date(r.decided_at), "user": r.username or "", "reason": r.decision_reason}
                      for r in run])
        new_id = ctx.draft(session, kind=SUPPLIER_DAYS_KIND, subject_type="supplier", subject_id=sup.id,
                           occurrence=f"rejection-{run[-1].id}", subject_label=sup.name,
                           title=f"Order from {sup.name} on {new_words} only",
                           summary=f"ordering days {old_words} → {new_words}",
                           payload={"supplier_id": sup.id, "ordering_days": new, "from": old,
                                    "rejections": [r.id for r in run]},
                           reason=card)
        if new_id is not None:
            made += 1
    return made
