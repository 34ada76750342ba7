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
from functools import lru_cache
from statistics import median
from typing import Any

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.inbox.reason import reason_card
from core.inbox.texts import stored, stored_n, tmsg, tmsg_n
from core.inventory import ledger, planner
from core.inventory.cover import runs_out_on
from core.inventory.fillrate import FLOOR_GAP
from core.inventory.models import Product, ReorderOverride, Supplier, SupplierProduct
from core.inventory.service import PARAM_KIND, REORDER_KIND, SUPPLIER_DAYS_KIND, PolicySnapshot
from core.inventory.wording import method_message, pattern_explanation, pattern_message
from core.kernel.formats import Formats, read_formats
from core.kernel.i18n import N_

MIN_OVERRIDES = 3


def _q(x: float, places: str = "0.01") -> Decimal:
    return Decimal(str(float(x))).quantize(Decimal(places), rounding=ROUND_HALF_UP)


def _fmt(x: float, fm: Formats | None = None) -> str:
    """A figure in a reason card: at most two decimals, the shop's grouping and decimal sign."""
    x = float(x)
    if not math.isfinite(x):
        return "—"
    return _number(fm or Formats(), x, repr(x))


@lru_cache(maxsize=1 << 16)
def _number(fm: Formats, x: float, _key: str) -> str:
    """``fm.number(x, 2)``, remembered: a reorder run formats some 60,000 figures, most of them
    repeated (packs, lead times, small counts), and each costs babel a pattern walk. ``_key`` (the
    float's repr) keeps -0.0 apart from 0.0, which compare equal."""
    return fm.number(x, 2)


@lru_cache(maxsize=64)
def _week_labels(fm: Formats, as_of: date, weeks: int) -> tuple[str, ...]:
    """The chart's axis: the first days of the last ``weeks`` weeks and of the next 4 (the same
    for every line of a run, so formatted once)."""
    return tuple([fm.short_day(as_of - timedelta(days=7 * (weeks - j))) for j in range(weeks)]
                 + [fm.short_day(as_of + timedelta(days=7 * j)) for j in range(4)])


@lru_cache(maxsize=1 << 14)
def _percent(fm: Formats, value: Decimal | float, _key: str) -> str:
    """``fm.percent(value)``, remembered (a few distinct rates per run, thousands of cards);
    ``_key`` is the value's repr, so 20 and 20.0 and Decimal('20') stay apart."""
    return fm.percent(value)


def _pct(fm: Formats, value: Decimal | float) -> str:
    return _percent(fm, value, f"{type(value).__name__}:{value!r}")


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
    labels = list(_week_labels(fm, snap.as_of, k))
    # names are the catalogue's keys: the inbox shows them in the reader's language
    return {"type": "line", "title": N_("Weekly sales, forecast and reorder point"), "x": labels,
            "series": [{"name": N_("Weekly sales"), "values": sales + [None] * 4},
                       {"name": N_("Forecast"), "values": [None] * (k - 1) + [sales[-1] if sales else None]
                        + [round(weekly_fc, 2)] * 4}],
            "markers": [{"name": N_("Reorder point"), "value": round(rop, 2)}]}


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
    pct = lambda x: _pct(fm, round(100 * x, 1))  # noqa: E731
    target = _pct(fm, Decimal(str(sl)) * 100)
    # every text is a message kept with its figures: the inbox shows it in the reader's language
    warnings: list[Any] = []
    if not r["enough_history"]:
        warnings.append(tmsg("not enough history: fell back to the owner's min/max"))
    for o in snap.excluded.get(p.id, []):
        warnings.append(tmsg("left out of the forecast: {outlier} — counted as a typical day until someone "
                             "accepts its data-quality finding in the inbox", outlier=o.message(fm)))
    calc: list[Any] = [tmsg("position = on hand {on_hand} + on order {on_order} + in inbox {in_inbox} = {position}",
                            on_hand=_f(on_hand), on_order=_f(on_order), in_inbox=_f(in_inbox), position=_f(position))]
    if r["distribution"] == "owner min/max":
        formula: Any = tmsg("order when position < min, up to max")
        calc += [tmsg("min = {min}, max = {max} (set by the owner)", min=_f(rop), max=_f(upto))]
        days_sold = int(snap.sales[i].astype(bool).sum())
        explanation = tmsg_n("{name}: only {n} day of sales — not enough history, so the owner's min/max is used.",
                             "{name}: only {n} days of sales — not enough history, so the owner's min/max is used.",
                             days_sold, name=p.name)
        confidence = "low"
    else:
        k, sf = r["safety_multiplier"], float(p.safety_factor)
        formula = tmsg("ROP = μ_P + k·σ_P·safety factor, rounded up;  σ_P = σ₁·√Σ(1+αj)²;  k from replaying "
                       "the recent sales so that the products sharing the fill-rate target meet it")
        safety = (tmsg("SS = k {k} × σ_P {sd} × safety factor {sf} → {ss} (the ROP rounded up to whole units)",
                       k=_f(k), sd=_f(r["sd_lt"]), sf=_f(sf), ss=_f(r["safety_stock"])) if sf != 1 else
                  tmsg("SS = k {k} × σ_P {sd} → {ss} (the ROP rounded up to whole units)",
                       k=_f(k), sd=_f(r["sd_lt"]), ss=_f(r["safety_stock"])))
        days_p = int(P)   # type: ignore[call-overload]
        calc += [tmsg_n("μ_P = forecast over {n} day = {mean}", "μ_P = forecast over {n} days = {mean}", days_p,
                        mean=_f(r["mean_lt"])),
                 f"σ_P = {_f(r['sigma1'])} × √Σ(1+{r['alpha']}j)² = {_f(r['sd_lt'])}",
                 tmsg("k = {k}: replayed on the last {days} days this product served {own} of the units asked "
                      "for, and all products with the target {target} together {group} (k is set where a unit "
                      "of fill costs least stock, never more than {gap} below the target)",
                      k=_f(k), days=r["replay_days"], own=pct(rf), target=target, group=pct(pf),
                      gap=_pct(fm, round(100 * FLOOR_GAP))),
                 safety,
                 f"ROP = {_f(r['mean_lt'])} + {_f(r['safety_stock'])} = {_f(rop)}"]
        calc += [tmsg("order-up-to S = ROP + cycle stock = {upto}", upto=_f(upto))]
        explanation = tmsg("{name}: position {position} is below the reorder point {rop}; forecast {daily}/day; "
                           "it {pattern}. Fill rate target {target}: replayed on the last {days} days, the "
                           "products with this target served {group} of the units asked for ({name}: {own}).",
                           name=p.name, position=_f(position), rop=_f(rop), daily=_f(r["forecast_daily"]),
                           pattern=pattern_message(str(r["class"])), target=target, days=r["replay_days"],
                           group=pct(pf), own=pct(rf))
        confidence = "high" if r["class"] == "smooth" else "medium"
    calc += [tmsg("order = S − position = {upto} − {position} = {raw}", upto=_f(upto), position=_f(position),
                  raw=_f(raw)),
             tmsg("rounded up to packs of {pack}, minimum {moq} → {qty}", pack=_f(pack), moq=_f(moq), qty=_f(qty))
             if moq else tmsg("rounded up to packs of {pack} → {qty}", pack=_f(pack), qty=_f(qty))]
    adi, cv2 = float(r["adi"]), float(r["cv2"])   # type: ignore[arg-type]
    inputs = {N_("Sold in the last 28 days"): _f(last28), N_("Forecast per day"): _f(r["forecast_daily"]),
              N_("How it sells"): pattern_message(str(r["class"])) if np.isfinite(r["adi"]) else tmsg("no sales"),
              N_("Measured as"): pattern_explanation(adi, cv2, fm),
              N_("Forecast from"): method_message(str(r["method"])),
              N_("Forecast error σ₁ (RMSE/day)"): _f(r["sigma1"]),
              N_("Lead time (days)"): L, N_("Days until next ordering day"): R,
              N_("Fill rate target"): target,
              N_("Fill rate in the replay"): ("—" if not r["enough_history"] else
                                              tmsg("{group} for the products with this target, {own} for this "
                                                   "one (last {days} days)", group=pct(pf), own=pct(rf),
                                                   days=r["replay_days"])),
              N_("Safety factor"): fm.number(p.safety_factor),
              N_("Safety stock"): _f(r["safety_stock"]), N_("Reorder point"): _f(rop),
              N_("Order-up-to level"): _f(upto), N_("On hand"): _f(on_hand),
              N_("On order"): _f(on_order), N_("In open suggestions"): _f(in_inbox),
              N_("Position"): _f(position)}
    return reason_card(
        explanation=explanation, inputs=inputs,
        window=tmsg("sales {start} to {end}, {days} days", start=fm.date(snap.window_start),
                    end=fm.date(snap.as_of - timedelta(days=1)), days=fm.number(snap.sales.shape[1])),
        formula=formula, calculation=calc, confidence=confidence, warnings=warnings,
        chart=weekly_chart(snap, i, rop if np.isfinite(rop) else 0.0, fm=fm))


#: The product parameters a learnt change may adjust, as people call them.
PARAM_WORDS = {"safety_factor": N_("safety factor"), "owner_min/owner_max": N_("minimum / maximum stock")}


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
    skipped: dict[str, int] = defaultdict(int)    # why -> how many (the catalogue's keys)
    ordering: dict[int, set[str]] = {}              # per supplier, read once (not once per product)
    for i, p in enumerate(snap.products):
        if qty[i] <= 0:
            continue
        if p.supplier_id is None:
            skipped[N_("{n} without supplier")] += 1
        elif oo[i] > 0:
            skipped[N_("{n} already on order")] += 1      # not proposed again
        elif ib[i] > 0:
            skipped[N_("{n} already in an open suggestion")] += 1
        else:
            if p.supplier_id not in ordering:
                ordering[p.supplier_id] = _ordering_days(session, p.supplier_id)
            if str(snap.as_of.weekday()) not in ordering[p.supplier_id]:
                skipped[N_("{n} supplier not ordered today")] += 1
            else:
                by_supplier[p.supplier_id].append(i)
    if hasattr(ctx, "note"):
        due = sum(len(v) for v in by_supplier.values()) + sum(skipped.values())
        ctx.note(stored_n("{n} product below the reorder point", "{n} products below the reorder point", due))
        for why, count in skipped.items():
            ctx.note(stored(why, n=count))
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
            explanation=tmsg_n("{n} product from {supplier} is at or below its reorder point on {day}. "
                               "Each line explains its quantity.",
                               "{n} products from {supplier} are at or below their reorder point on {day}. "
                               "Each line explains its quantity.", len(lines), supplier=name,
                               day=fm.date(snap.as_of)),
            inputs={N_("Supplier"): name, N_("Lines"): len(lines), N_("Order value"): fm.money(value)},
            window=tmsg("sales {start} to {end}", start=fm.date(snap.window_start),
                        end=fm.date(snap.as_of - timedelta(days=1))),
            formula=tmsg("per line: order up to S when position < ROP, rounded up to packs and minimum order"),
            calculation=[tmsg_n("order value = Σ quantity × unit cost over {n} line = {value}",
                                "order value = Σ quantity × unit cost over {n} lines = {value}", len(lines),
                                value=fm.money(value)),
                         tmsg("each line's own card (select it in the proposal) shows its arithmetic")],
            confidence="medium",
            warnings=[tmsg_n("{n} line uses the owner's min/max: not enough history",
                             "{n} lines use the owner's min/max: not enough history", flagged)] if flagged else [])
        new = ctx.draft(session, kind=REORDER_KIND, subject_type="supplier", subject_id=sup_id,
                        occurrence=snap.as_of.isoformat(), subject_label=name,
                        title=stored_n("Reorder from {supplier}: {n} product", "Reorder from {supplier}: {n} products",
                                       len(lines), supplier=name),
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
        what = tmsg(PARAM_WORDS[param])
        explain = (N_("People changed the suggested order of {name} up {n} times in a row (median ×{ratio}). "
                      "Proposed: {parameter} {old} → {new}.") if last_dir else
                   N_("People changed the suggested order of {name} down {n} times in a row (median ×{ratio}). "
                      "Proposed: {parameter} {old} → {new}."))
        card = reason_card(
            explanation=tmsg(explain, name=p.name, n=len(run), ratio=fm.number(ratio, 2), parameter=what,
                             old=old, new=new),
            inputs={N_("Product"): f"{p.sku} {p.name}", N_("Overrides in the same direction"): len(run),
                    N_("Overrides up / down (unused)"): f"{len(ups)} / {len(downs)}",
                    N_("Median applied ÷ proposed"): fm.number(ratio, 2)},
            formula=tmsg("new value = old value × median(applied ÷ proposed), bounded to ×0.5..×2"),
            calculation=[tmsg("{parameter}: {old} × {ratio} → {new}", parameter=what, old=old,
                              ratio=fm.number(ratio, 2), new=new)],
            confidence="medium" if len(run) >= 5 else "low", evidence=evidence)
        title = (N_("Adjust the {parameter} of {name} (up)") if last_dir else
                 N_("Adjust the {parameter} of {name} (down)"))
        new_id = ctx.draft(session, kind=PARAM_KIND, subject_type="product", subject_id=p.id,
                           occurrence=f"override-{run[-1].id}", subject_label=f"{p.sku} {p.name}",
                           title=stored(title, parameter=what, name=p.name),
                           summary=stored("{parameter} {old} → {new}", parameter=what, old=old, new=new),
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
        old_words: Any = _days_text(frozenset(int(x) for x in old.split(",") if x), fm) if old else tmsg("every day")
        new_words = _days_text(days, fm)
        card = reason_card(
            explanation=tmsg("People rejected the reorder from {supplier} {n} times in a row, each time naming "
                             "{days} in their reason. Proposed: order from {supplier} on {days} only (now: {now}).",
                             supplier=sup.name, n=len(run), days=new_words, now=old_words),
            inputs={N_("Supplier"): sup.name, N_("Rejections naming these days"): len(run),
                    N_("Ordering days now"): old_words, N_("Proposed ordering days"): new_words},
            formula=tmsg("{n} or more rejections in a row within {days} days whose reasons name the same weekdays",
                         n=MIN_REJECTIONS, days=REJECTION_WINDOW_DAYS),
            calculation=[f"\"{r.decision_reason}\" ({r.username or '?'}, {fm.date(r.decided_at)})" for r in run],
            confidence="medium" if len(run) >= 5 else "low",
            evidence=[{"date": fm.date(r.decided_at), "user": r.username or "", "reason": r.decision_reason}
                      for r in run])
        new_id = ctx.draft(session, kind=SUPPLIER_DAYS_KIND, subject_type="supplier", subject_id=sup.id,
                           occurrence=f"rejection-{run[-1].id}", subject_label=sup.name,
                           title=stored("Order from {supplier} on {days} only", supplier=sup.name, days=new_words),
                           summary=stored("ordering days {old} → {new}", old=old_words, new=new_words),
                           payload={"supplier_id": sup.id, "ordering_days": new, "from": old,
                                    "rejections": [r.id for r in run]},
                           reason=card)
        if new_id is not None:
            made += 1
    return made
