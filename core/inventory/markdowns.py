"""Markdowns: price reductions for slow movers whose stock will not sell at the current pace,
drafted for a person; approving changes the price for a stated period, then it goes back.

**Slow movers by weeks of cover.** A product's cover is its stock on hand divided by a week of its
forecast demand (the reorder forecast, ``inventory.snapshot``). More than :data:`COVER_WEEKS`
weeks (half a year) is slow: the stock ties up money and shelf space and risks going stale. The job
proposes the smallest of :data:`STEPS` (10, 20, 30 % off) that brings the expected cover back
under :data:`COVER_WEEKS` weeks, never below cost; if none would, the largest above cost.

**Expected effect.** With no price history to learn from, demand is assumed to rise by
:data:`ELASTICITY` × the reduction (20 % off → +40 % demand; an assumption the card states). The
card shows the margin per unit before and after, the expected units sold and gross margin over the
period at both prices, and the expected **sell-through** (share of the stock sold in the period).

**For a stated period.** Approving sets the new price for :data:`PERIOD_DAYS` days (editable in
the proposal) and records a :class:`~core.inventory.models.PriceMarkdown`; when the period ends the
job puts the old price back (audited), unless someone changed the price in between. **Learning from rejections.** A person who rejects a markdown (with a reason: "it keeps", "the
season is coming") is heard: the job does not propose one for that product again until its cover
is :data:`RELEARN` × what it was when they said no.

**Perishables by day.** A product with a shelf life (``Product.shelf_life_days``) is not judged by
weeks of cover: its stock on hand is taken as the newest receipts (FIFO), each with its last day for
sale, and the forecast pace is sold from the oldest on; when some would expire unsold, the smallest
step that sells it in time is proposed for the days left (:func:`propose_perishable`).

**Stock that does not sell.** A product with stock on hand and no sale for :data:`NO_SALE_WEEKS`
weeks (having had stock for longer) has a cover with no end: rather than skipping it, the job
proposes the first step above cost and says on the card that no sale came in N weeks and that its
effect cannot be estimated (a wrong stock figure or a till that books it under another product
looks the same, so the card asks to check those first). A rejection holds it back until it has
gone :data:`RELEARN` × as many weeks without a sale. Products with too little history to judge,
without a price, or already marked down are left out.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import func, select

from core.automation.pilot import PilotComparison, register_pilot_comparison
from core.automation.registry import JobContext, job
from core.inbox.kinds import ApplyContext, KindSpec, register_kind
from core.inbox.models import Suggestion
from core.inbox.reason import reason_card
from core.inbox.texts import stored, tmsg
from core.inventory.models import PriceMarkdown, Product, SalesDaily, StockMovement
from core.kernel.actor import SYSTEM, Role
from core.kernel.audit import record
from core.kernel.errors import ConflictError, DeskmateError, NotFound
from core.kernel.formats import read_formats
from core.kernel.i18n import N_, _, ngettext
from core.users.permissions import Perm, require

KIND = "price_markdown"
JOB = "inventory.markdowns"
COVER_WEEKS = 26.0
STEPS = (Decimal("0.10"), Decimal("0.20"), Decimal("0.30"))
ELASTICITY = 2.0
PERIOD_DAYS = 28
RELEARN = 1.5             # after a rejection, propose again only at 1.5 × the cover then
NO_SALE_WEEKS = 8         # stock on hand and no sale for this long: its cover has no end


@dataclass(frozen=True)
class Markdown:
    """A proposed reduction for one product and what it is expected to do."""

    on_hand: float
    daily: float                  # forecast units a day at the current price
    price: Decimal
    cost: Decimal
    pct: Decimal                  # 0.20 = 20 % off
    new_price: Decimal
    days: int

    @property
    def cover_weeks(self) -> float:
        """Weeks the stock lasts at the pace; without sales it has no end (infinity)."""
        return self.on_hand / (7 * self.daily) if self.daily > 0 else math.inf

    @property
    def daily_after(self) -> float:
        return self.daily * (1 + ELASTICITY * float(self.pct))

    @property
    def cover_weeks_after(self) -> float:
        return self.on_hand / (7 * self.daily_after) if self.daily_after > 0 else math.inf

    def sold(self, daily: float) -> float:
        return min(self.on_hand, daily * self.days)

    @property
    def sell_through(self) -> tuple[float, float]:
        """Share of the stock expected to sell in the period: (at the current price, marked down)."""
        return self.sold(self.daily) / self.on_hand, self.sold(self.daily_after) / self.on_hand

    @property
    def margin(self) -> tuple[Decimal, Decimal]:
        """Gross margin per unit: (now, marked down)."""
        return self.price - self.cost, self.new_price - self.cost

    @property
    def period_margin(self) -> tuple[Decimal, Decimal]:
        """Expected gross margin over the period: (at the current price, marked down)."""
        now, after = self.margin
        return (now * Decimal(str(round(self.sold(self.daily), 2))),
                after * Decimal(str(round(self.sold(self.daily_after), 2))))


def _price(price: Decimal, pct: Decimal) -> Decimal:
    return (price * (1 - pct)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def propose(on_hand: float, daily: float, price: Decimal, cost: Decimal,
            days: int = PERIOD_DAYS) -> Markdown | None:
    """The markdown for a product, or None when it is not a slow mover or no step stays above cost."""
    if on_hand <= 0 or daily <= 0 or price <= 0 or not math.isfinite(daily):
        return None
    if on_hand / (7 * daily) <= COVER_WEEKS:
        return None
    allowed = [p for p in STEPS if _price(price, p) > cost]
    if not allowed:
        return None
    for p in allowed:
        if on_hand / (7 * daily * (1 + ELASTICITY * float(p))) <= COVER_WEEKS:
            return Markdown(on_hand, daily, price, cost, p, _price(price, p), days)
    p = allowed[-1]
    return Markdown(on_hand, daily, price, cost, p, _price(price, p), days)


def propose_first_step(on_hand: float, price: Decimal, cost: Decimal, days: int = PERIOD_DAYS) -> Markdown | None:
    """For stock that has not sold at all: the first step above cost (there is no pace to aim a
    cover at), or None without stock, price or a step above cost."""
    if on_hand <= 0 or price <= 0:
        return None
    p = next((p for p in STEPS if _price(price, p) > cost), None)
    return None if p is None else Markdown(on_hand, 0.0, price, cost, p, _price(price, p), days)


# ----------------------------------------------------------------------------- perishables by day
@dataclass(frozen=True)
class Lot:
    """Stock received on one day that is still on hand, and the last day it can be sold."""

    received: date
    quantity: float
    last_day: date


def lots_on_hand(receipts: list[tuple[date, float]], on_hand: float, shelf_life: int) -> list[Lot]:
    """The stock on hand as lots, oldest first, by FIFO: the oldest units sell first, so what is
    left is the newest receipts. A unit received on day r sells until r + shelf life − 1 (bread
    with one day sells on the day it came). Stock beyond the receipts known is left out (its age
    is unknown)."""
    out: list[Lot] = []
    left = on_hand
    for day, q in sorted(receipts, reverse=True):
        if left <= 0:
            break
        take = min(q, left)
        if take > 0:
            out.append(Lot(day, take, day + timedelta(days=shelf_life - 1)))
            left -= take
    return list(reversed(out))


def sell_by_day(lots: list[Lot], daily: float, as_of: date) -> tuple[float, float]:
    """(units sold, units that expire unsold) selling ``daily`` a day from ``as_of`` on, the oldest
    sellable lot first, each lot thrown away after its last day. Lots already past are left out."""
    live: list[list[Any]] = [[lot.last_day, lot.quantity] for lot in sorted(lots, key=lambda x: x.last_day)
                             if lot.last_day >= as_of]
    sold = waste = 0.0
    day = as_of
    while live:
        need = daily
        for lot in live:
            take = min(need, lot[1])
            lot[1] -= take
            need -= take
            sold += take
            if need <= 0:
                break
        waste += sum(q for last, q in live if last == day)
        live = [lot for lot in live if lot[0] > day and lot[1] > 0]
        day += timedelta(days=1)
    return sold, waste


@dataclass(frozen=True)
class PerishableMarkdown:
    """A reduction for the days left on stock that would otherwise expire unsold."""

    lots: tuple[Lot, ...]
    daily: float
    price: Decimal
    cost: Decimal
    pct: Decimal
    new_price: Decimal
    days: int                       # from today to the last day of the newest lot at risk
    sold: tuple[float, float]       # expected units sold: now, marked down
    expiring: tuple[float, float]   # expected units thrown away: now, marked down

    @property
    def daily_after(self) -> float:
        return self.daily * (1 + ELASTICITY * float(self.pct))

    @property
    def period_margin(self) -> tuple[Decimal, Decimal]:
        """Expected gross margin over the days left, expired units at their cost: now, marked down."""
        def margin(price: Decimal, sold: float, waste: float) -> Decimal:
            return ((price - self.cost) * Decimal(str(round(sold, 2))) - self.cost * Decimal(str(round(waste, 2))))
        return margin(self.price, self.sold[0], self.expiring[0]), margin(self.new_price, self.sold[1], self.expiring[1])


#: Less than this many units expected to expire is nothing to mark down for.
MIN_EXPIRING = 0.5


def propose_perishable(lots: list[Lot], daily: float, price: Decimal, cost: Decimal,
                       as_of: date) -> PerishableMarkdown | None:
    """The smallest step above cost that sells the stock before it expires at the expected pace
    (or the largest above cost when none does), for the days left; None when nothing would expire,
    there is no pace, or no step stays above cost."""
    live = [lot for lot in lots if lot.last_day >= as_of]
    if not live or daily <= 0 or not math.isfinite(daily) or price <= 0:
        return None
    sold_now, waste_now = sell_by_day(live, daily, as_of)
    if waste_now < MIN_EXPIRING:
        return None
    allowed = [p for p in STEPS if _price(price, p) > cost]
    if not allowed:
        return None
    tried = [(p, sell_by_day(live, daily * (1 + ELASTICITY * float(p)), as_of)) for p in allowed]
    pct, (sold_after, waste_after) = next(((p, r) for p, r in tried if r[1] < MIN_EXPIRING), tried[-1])
    at_risk = [lot for lot in live if lot.last_day >= as_of]
    days = (max(lot.last_day for lot in at_risk) - as_of).days + 1
    return PerishableMarkdown(tuple(live), daily, price, cost, pct, _price(price, pct), days,
                              (sold_now, sold_after), (waste_now, waste_after))


def _rejected_cover(s: Any) -> tuple[dict[int, float], dict[int, int]]:
    """Per product, what a person said no to at its latest rejected markdown: the weeks of cover,
    and (for stock that did not sell) the weeks without a sale."""
    cover: dict[int, float] = {}
    no_sale: dict[int, int] = {}
    for sid, payload in s.execute(select(Suggestion.subject_id, Suggestion.payload).where(
            Suggestion.kind == KIND, Suggestion.state == "rejected").order_by(Suggestion.id)):
        if isinstance(payload, dict) and payload.get("cover_weeks") is not None:
            cover[int(sid)] = float(payload["cover_weeks"])
        if isinstance(payload, dict) and payload.get("no_sale_weeks") is not None:
            no_sale[int(sid)] = int(payload["no_sale_weeks"])
    return cover, no_sale


def _not_selling(s: Any, snap: Any, as_of: Any) -> dict[int, tuple[Any, int]]:
    """Products with stock on hand that sold nothing in the last :data:`NO_SALE_WEEKS` weeks and
    have had stock for longer (a product just delivered has not had its chance): product id →
    (the last sale day or None, whole weeks without a sale — counted from the first stock
    movement when it never sold)."""
    recent = NO_SALE_WEEKS * 7
    idle = [p.id for i, p in enumerate(snap.products)
            if p.active and p.on_hand > 0 and float(snap.sales[i, -recent:].sum()) == 0.0]
    if not idle:
        return {}
    last = dict(s.execute(select(SalesDaily.product_id, func.max(SalesDaily.day))
                          .where(SalesDaily.product_id.in_(idle), SalesDaily.quantity > 0)
                          .group_by(SalesDaily.product_id)).all())
    first = dict(s.execute(select(StockMovement.product_id, func.min(StockMovement.day))
                           .where(StockMovement.product_id.in_(idle)).group_by(StockMovement.product_id)).all())
    out: dict[int, tuple[Any, int]] = {}
    for pid in idle:
        since = last.get(pid) or first.get(pid)
        if since is None or first.get(pid) is None or (as_of - first[pid]).days < recent:
            continue
        weeks = (as_of - since).days // 7
        if weeks >= NO_SALE_WEEKS:
            out[pid] = (last.get(pid), weeks)
    return out


def _restore(ctx: JobContext, s: Any) -> int:
    """Put the old price back on markdowns whose period ended; returns how many."""
    n = 0
    for m in s.scalars(select(PriceMarkdown).where(PriceMarkdown.restored_at.is_(None),
                                                   PriceMarkdown.end_day < ctx.as_of)):
        p = s.get(Product, m.product_id)
        m.restored_at = ctx.app.clock.now()
        if p is None or p.price != m.new_price:
            continue            # someone set another price meanwhile: theirs stands
        p.price = m.old_price
        record(s, SYSTEM, area="inventory", action="markdown ended", entity="product", entity_id=p.id,
               before={"price": m.new_price}, after={"price": m.old_price},
               summary=_("{sku}: the markdown ended, price back to {price}").format(sku=p.sku, price=m.old_price))
        n += 1
    return n


@job(id=JOB, title=N_("Markdown suggestions"),
     description=N_("Every morning: finds slow movers whose stock will not sell at the current pace "
                    "(more than half a year of cover) and proposes a price reduction for a stated "
                    "period, with the margin effect and the expected sell-through. Approving changes "
                    "the price for that period; when it ends the old price comes back."),
     area="inventory", kinds=(KIND,), schedule="cron:45 6 * * *")
def markdown_job(ctx: JobContext) -> None:
    with ctx.app.db.uow() as s:
        restored = _restore(ctx, s)
        snap = ctx.app.inventory.snapshot(s, ctx.as_of)
        fm = read_formats(s)
        running = set(s.scalars(select(PriceMarkdown.product_id).where(PriceMarkdown.restored_at.is_(None))))
        waiting = {int(i) for i in ctx.app.inbox.open_subject_ids(s, KIND)}
        rejected, rejected_idle = _rejected_cover(s)
        idle = _not_selling(s, snap, ctx.as_of)
        receipts = _receipts(s, snap, ctx.as_of)
        drafted = held = 0
        for i, p in enumerate(snap.products):
            r = snap.plan.row(i)
            if not p.active or p.id in running or p.id in waiting:
                continue
            if p.shelf_life_days and p.id not in idle:
                # perishables by day: the stock that will expire, not weeks of cover
                if r["enough_history"]:
                    lots = lots_on_hand(receipts.get(p.id, []), float(p.on_hand), p.shelf_life_days)
                    pm = propose_perishable(lots, float(str(r["forecast_daily"])), p.price, p.cost, ctx.as_of)
                    if pm is not None:
                        drafted += _draft_perishable(ctx, s, fm, p, pm)
                continue
            if p.id in idle:
                last_sale, weeks = idle[p.id]
                if p.id in rejected_idle and weeks < RELEARN * rejected_idle[p.id]:
                    held += 1   # a person said no at about this many weeks: ask again much later
                    continue
                drafted += _draft_not_selling(ctx, s, fm, p, last_sale, weeks)
                continue
            if not r["enough_history"]:
                continue
            m = propose(float(p.on_hand), float(str(r["forecast_daily"])), p.price, p.cost)
            if m is None:
                continue
            if p.id in rejected and m.cover_weeks < RELEARN * rejected[p.id]:
                held += 1       # a person said no at about this cover: ask again only when it is much worse
                continue
            st_now, st_after = m.sell_through
            mg_now, mg_after = m.margin
            pm_now, pm_after = m.period_margin
            pct = fm.percent(m.pct * 100)
            card = reason_card(
                explanation=tmsg("{name} has {weeks} weeks of stock at its current pace ({daily} a day); "
                                 "{pct} off for {days} days is expected to sell {after} of it instead "
                                 "of {before}.", name=p.name, weeks=fm.number(m.cover_weeks, 1),
                                 daily=fm.number(m.daily, 2), pct=pct, days=m.days,
                                 after=fm.percent(round(st_after * 100)), before=fm.percent(round(st_now * 100))),
                inputs={N_("on hand"): fm.quantity(p.on_hand), N_("forecast a day"): fm.number(m.daily, 2),
                        N_("weeks of cover now"): fm.number(m.cover_weeks, 1),
                        N_("weeks of cover after"): fm.number(m.cover_weeks_after, 1),
                        N_("price now"): fm.money(m.price), N_("marked-down price"): fm.money(m.new_price),
                        N_("cost"): fm.money(m.cost),
                        N_("margin a unit: now, after"): f"{fm.money(mg_now)}, {fm.money(mg_after)}",
                        N_("expected sell-through in the period: now, after"):
                            f"{fm.percent(round(st_now * 100))}, {fm.percent(round(st_after * 100))}",
                        N_("expected gross margin in the period: now, after"):
                            f"{fm.money(pm_now)}, {fm.money(pm_after)}"},
                window=tmsg("forecast as of {day}", day=fm.date(ctx.as_of)),
                formula=f"cover = on hand / (7 × d) > {fm.number(COVER_WEEKS)}; d' = d × (1 + {fm.number(ELASTICITY)} × off)",
                calculation=[tmsg("{on_hand} / (7 × {daily}) = {weeks} weeks > {limit}",
                                  on_hand=fm.quantity(p.on_hand), daily=fm.number(m.daily, 2),
                                  weeks=fm.number(m.cover_weeks, 1), limit=fm.number(COVER_WEEKS)),
                             tmsg("{pct} off: {daily} × (1 + {e} × {off}) = {after} a day, {weeks} weeks of cover",
                                  pct=pct, daily=fm.number(m.daily, 2), e=fm.number(ELASTICITY),
                                  off=fm.number(m.pct, 2), after=fm.number(m.daily_after, 2),
                                  weeks=fm.number(m.cover_weeks_after, 1))],
                confidence="medium",
                warnings=[tmsg("the demand uplift is an assumption ({e} × the reduction): Deskmate has no "
                               "price history to learn it from", e=fm.number(ELASTICITY))])
            new_id = ctx.draft(
                s, kind=KIND, subject_type="product", subject_id=p.id, occurrence=f"from-{m.price:.2f}-{int(m.cover_weeks)}w",
                subject_label=f"{p.sku} {p.name}",
                title=stored("Markdown {sku} {name}: {pct} off for {days} days ({weeks} weeks of stock)",
                             sku=p.sku, name=p.name, pct=pct, days=m.days, weeks=fm.number(m.cover_weeks, 0)),
                summary=stored("{old} → {new}", old=fm.money(m.price), new=fm.money(m.new_price)),
                payload={"product_id": p.id, "old_price": f"{m.price:.2f}", "new_price": f"{m.new_price:.2f}",
                         "days": m.days, "cover_weeks": round(m.cover_weeks, 1)},
                reason=card)
            drafted += new_id is not None
    ctx.note(stored("{n} markdowns proposed; {held} held back after a rejection; {restored} ended and "
                    "back at their old price", n=drafted, held=held, restored=restored))


def _receipts(s: Any, snap: Any, as_of: date) -> dict[int, list[tuple[date, float]]]:
    """Per product with a shelf life, its receipts recent enough to be on the shelf still (the
    ledger's receipts, newest matter: FIFO)."""
    lives = {p.id: p.shelf_life_days for p in snap.products if p.shelf_life_days and p.on_hand > 0}
    if not lives:
        return {}
    out: dict[int, list[tuple[date, float]]] = {}
    since = as_of - timedelta(days=max(lives.values()) + 7)
    for pid, day, q in s.execute(select(StockMovement.product_id, StockMovement.day, StockMovement.quantity).where(
            StockMovement.product_id.in_(list(lives)), StockMovement.kind == "receipt",
            StockMovement.quantity > 0, StockMovement.day >= since, StockMovement.day <= as_of)):
        out.setdefault(pid, []).append((day, float(q)))
    return out


def _draft_perishable(ctx: JobContext, s: Any, fm: Any, p: Product, m: PerishableMarkdown) -> int:
    """Draft a markdown for the days left on stock that would expire; 1 when a new item was drafted."""
    pct = fm.percent(m.pct * 100)
    mg_now, mg_after = m.price - m.cost, m.new_price - m.cost
    pm_now, pm_after = m.period_margin
    expiring = fm.number(m.expiring[0], 1)
    lots = ", ".join(f"{fm.number(lot.quantity, 1)} → {fm.date(lot.last_day)}" for lot in m.lots)
    card = reason_card(
        explanation=tmsg("{name}: {expiring} of the {on_hand} on hand will pass their {shelf} days of shelf life "
                         "unsold at the current pace ({daily} a day), the oldest sold first; {pct} off for the "
                         "{days} days left is expected to leave {after} unsold.", name=p.name, expiring=expiring,
                         on_hand=fm.quantity(p.on_hand), shelf=p.shelf_life_days, daily=fm.number(m.daily, 2),
                         pct=pct, days=m.days, after=fm.number(m.expiring[1], 1)),
        inputs={N_("on hand"): fm.quantity(p.on_hand), N_("shelf life (days)"): p.shelf_life_days,
                N_("forecast a day"): fm.number(m.daily, 2),
                N_("stock → its last day for sale, oldest first"): lots,
                N_("expected to expire unsold: now, after"): f"{expiring}, {fm.number(m.expiring[1], 1)}",
                N_("price now"): fm.money(m.price), N_("marked-down price"): fm.money(m.new_price),
                N_("cost"): fm.money(m.cost),
                N_("margin a unit: now, after"): f"{fm.money(mg_now)}, {fm.money(mg_after)}",
                N_("expected gross margin over the days left, expired stock at cost: now, after"):
                    f"{fm.money(pm_now)}, {fm.money(pm_after)}"},
        window=tmsg("forecast as of {day}", day=fm.date(ctx.as_of)),
        formula=tmsg("oldest stock sold first, each lot thrown away after its last day; d' = d × (1 + {e} × off)",
                     e=fm.number(ELASTICITY)),
        calculation=[tmsg("at {daily} a day: {sold} sold, {expiring} expire", daily=fm.number(m.daily, 2),
                          sold=fm.number(m.sold[0], 1), expiring=expiring),
                     tmsg("{pct} off: {daily} × (1 + {e} × {off}) = {after} a day: {sold} sold, {left} expire",
                          pct=pct, daily=fm.number(m.daily, 2), e=fm.number(ELASTICITY), off=fm.number(m.pct, 2),
                          after=fm.number(m.daily_after, 2), sold=fm.number(m.sold[1], 1),
                          left=fm.number(m.expiring[1], 1))],
        confidence="medium",
        warnings=[tmsg("the demand uplift is an assumption ({e} × the reduction): Deskmate has no "
                       "price history to learn it from", e=fm.number(ELASTICITY))])
    last = max(lot.last_day for lot in m.lots)
    new_id = ctx.draft(
        s, kind=KIND, subject_type="product", subject_id=p.id,
        occurrence=f"expiring-{m.price:.2f}-{last.isoformat()}", subject_label=f"{p.sku} {p.name}",
        title=stored("Markdown {sku} {name}: {pct} off for {days} days ({expiring} would expire unsold)",
                     sku=p.sku, name=p.name, pct=pct, days=m.days, expiring=expiring),
        summary=stored("{old} → {new}", old=fm.money(m.price), new=fm.money(m.new_price)),
        payload={"product_id": p.id, "old_price": f"{m.price:.2f}", "new_price": f"{m.new_price:.2f}",
                 "days": m.days, "cover_weeks": None, "expiring": round(m.expiring[0], 1)},
        reason=card, expires_on=last)
    return int(new_id is not None)


def _draft_not_selling(ctx: JobContext, s: Any, fm: Any, p: Product, last_sale: Any, weeks: int) -> int:
    """Draft the first step for stock that does not sell; 1 when a new item was drafted."""
    m = propose_first_step(float(p.on_hand), p.price, p.cost)
    if m is None:
        return 0
    mg_now, mg_after = m.margin
    pct = fm.percent(m.pct * 100)
    since = fm.date(last_sale) if last_sale is not None else tmsg("none recorded")
    card = reason_card(
        explanation=tmsg("{name} has not sold for {weeks} weeks with {on_hand} on hand, so its cover has no "
                         "end; {pct} off for {days} days is the first step to get it moving.", name=p.name,
                         weeks=weeks, on_hand=fm.quantity(p.on_hand), pct=pct, days=m.days),
        inputs={N_("on hand"): fm.quantity(p.on_hand), N_("last sale"): since,
                N_("weeks without a sale"): weeks,
                N_("weeks of cover now"): tmsg("no end (no sales)"),
                N_("price now"): fm.money(m.price), N_("marked-down price"): fm.money(m.new_price),
                N_("cost"): fm.money(m.cost),
                N_("margin a unit: now, after"): f"{fm.money(mg_now)}, {fm.money(mg_after)}",
                N_("expected sell-through in the period: now, after"):
                    tmsg("cannot be estimated: there are no sales to start from")},
        window=tmsg("sales as of {day}", day=fm.date(ctx.as_of)),
        formula=tmsg("no sale for {weeks} weeks or more, stock on hand → the first step above cost",
                     weeks=NO_SALE_WEEKS),
        calculation=[tmsg("{weeks} weeks without a sale ≥ {limit}; {pct} off: {old} → {new} (cost {cost})",
                          weeks=weeks, limit=NO_SALE_WEEKS, pct=pct, old=fm.money(m.price),
                          new=fm.money(m.new_price), cost=fm.money(m.cost))],
        confidence="low",
        warnings=[tmsg("with no sales Deskmate cannot tell how much a markdown will sell; if the product "
                       "should be selling, first check its stock figure and that the till records it "
                       "under this product")])
    new_id = ctx.draft(
        s, kind=KIND, subject_type="product", subject_id=p.id, occurrence=f"no-sale-{m.price:.2f}-{weeks}w",
        subject_label=f"{p.sku} {p.name}",
        title=stored("Markdown {sku} {name}: {pct} off for {days} days (no sale in {weeks} weeks)",
                     sku=p.sku, name=p.name, pct=pct, days=m.days, weeks=weeks),
        summary=stored("{old} → {new}", old=fm.money(m.price), new=fm.money(m.new_price)),
        payload={"product_id": p.id, "old_price": f"{m.price:.2f}", "new_price": f"{m.new_price:.2f}",
                 "days": m.days, "cover_weeks": None, "no_sale_weeks": weeks},
        reason=card)
    return int(new_id is not None)


def normalise(payload: Any) -> Any:
    if not isinstance(payload, dict) or "product_id" not in payload:
        raise DeskmateError(_("a markdown names its product"))
    try:
        new, old, days = Decimal(str(payload["new_price"])), Decimal(str(payload["old_price"])), int(payload["days"])
    except (KeyError, ArithmeticError, ValueError, TypeError):
        raise DeskmateError(_("a markdown needs the old and the new price and a number of days")) from None
    if not (0 < new < old):
        raise DeskmateError(_("the marked-down price must be above 0 and below the old price"))
    if not 1 <= days <= 90:
        raise DeskmateError(_("a markdown lasts from 1 to 90 days"))
    return {**payload, "product_id": int(payload["product_id"]), "new_price": str(new.quantize(Decimal("0.01"))),
            "old_price": f"{old:.2f}", "days": days}


def apply(ctx: ApplyContext, payload: dict[str, Any]) -> str:
    require(ctx.actor, Perm.EDIT_INVENTORY)
    s = ctx.session
    p = s.get(Product, payload["product_id"])
    if p is None:
        raise NotFound(_("the product no longer exists"))
    old, new, days = Decimal(payload["old_price"]), Decimal(payload["new_price"]), int(payload["days"])
    if p.price != old:
        raise ConflictError(_("{sku} sells for {price} now, not {old}: the markdown was worked out for the "
                              "old price").format(sku=p.sku, price=p.price, old=old))
    today = ctx.app.today()
    end = today + timedelta(days=days - 1)
    p.price = new
    s.add(PriceMarkdown(product_id=p.id, old_price=old, new_price=new, start_day=today, end_day=end,
                        approved_by=ctx.actor.username))
    record(s, ctx.actor, area="inventory", action="markdown", entity="product", entity_id=p.id,
           before={"price": old}, after={"price": new, "until": end.isoformat()},
           summary=_("{sku}: price {old} → {new} until {end}").format(sku=p.sku, old=old, new=new, end=end))
    fm = read_formats(s)
    return _("{sku} now sells for {new} until {end}, then {old} again").format(
        sku=p.sku, new=fm.money(new), end=fm.date(end), old=fm.money(old))


register_kind(KindSpec(
    kind=KIND, area="inventory", title=N_("Markdown"), apply=apply, default_roles=frozenset({Role.OWNER}),
    plural=N_("markdowns"),
    normalise=normalise,
    description=N_("A price reduction for a slow mover for a stated period; approving changes the price "
                   "until the period ends, then the old price comes back.")))


# ----------------------------------------------------------------------------- its pilot
#: A person's price cut agrees with the pilot's when its share is within this many points of it.
SHARE_TOLERANCE = Decimal("0.05")


def compare_markdowns(drafted: dict[int, Decimal], cut: dict[int, Decimal]) -> str:
    """The products the pilot would have marked down (product → its reduction, 0.20 = 20 %) against
    the price cuts people made by hand in the period (product → their first cut's share). Pure."""
    both = set(drafted) & set(cut)
    close = sum(1 for pid in both if abs(drafted[pid] - cut[pid]) <= SHARE_TOLERANCE)
    return ngettext("would have marked down {n} product; people cut the price of {both} of them by hand, {close} "
                    "by about the same share (within {points} points); other products people cut: {other}",
                    "would have marked down {n} products; people cut the price of {both} of them by hand, {close} "
                    "by about the same share (within {points} points); other products people cut: {other}",
                    len(drafted)).format(n=len(drafted), both=len(both), close=close,
                                         points=int(SHARE_TOLERANCE * 100), other=len(set(cut) - set(drafted)))


def _money(v: Any) -> Decimal | None:
    try:
        return Decimal(str(v)) if v not in (None, "") else None
    except ArithmeticError:
        return None


def _pilot(app: Any, period: Any, drafts: list[Any]) -> str:
    from core.kernel.audit import AuditEntry
    from core.kernel.reports import instant_bounds, shop_zone
    drafted: dict[int, Decimal] = {}
    for d in drafts:
        if isinstance(d.payload, dict) and d.payload.get("product_id") is not None:
            old, new = _money(d.payload.get("old_price")), _money(d.payload.get("new_price"))
            if old and new is not None:
                drafted.setdefault(int(d.payload["product_id"]), (old - new) / old)
    lo, hi = instant_bounds(period, shop_zone(app))
    cut: dict[int, Decimal] = {}
    with app.db.read() as s:
        for pid, before, after in s.execute(
                select(AuditEntry.entity_id, AuditEntry.before, AuditEntry.after).where(
                    AuditEntry.at >= lo, AuditEntry.at < hi, AuditEntry.entity == "product",
                    AuditEntry.action == "update product", AuditEntry.user_id.is_not(None))
                .order_by(AuditEntry.at, AuditEntry.id)):
            old = _money(before.get("price")) if isinstance(before, dict) else None
            new = _money(after.get("price")) if isinstance(after, dict) else None
            if pid and old and new is not None and new < old:
                cut.setdefault(int(pid), (old - new) / old)
    return compare_markdowns(drafted, cut)


register_pilot_comparison(PilotComparison(JOB, N_("the price cuts people made by hand"), _pilot))
