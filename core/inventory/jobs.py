"""Inventory automation: the daily reorder run and the learning job (drafts only)."""
from __future__ import annotations

from core.automation.registry import JobContext, job
from core.inbox.texts import stored_n
from core.inventory.service import PARAM_KIND, REORDER_KIND, SUPPLIER_DAYS_KIND
from core.kernel.i18n import N_


@job(id="inventory.reorder", title=N_("Reorder suggestions"),
     description=N_("Every morning: forecast each product's demand from its sales, compare the stock "
                    "position with the reorder point and draft one purchase order per supplier into "
                    "the inbox, every line explained."),
     area="inventory", kinds=(REORDER_KIND,), schedule="cron:0 6 * * *")
def reorder_job(ctx: JobContext) -> None:
    from core.inventory.reorder import draft_reorders
    with ctx.app.db.uow() as s:
        snap = ctx.app.inventory.snapshot(s, ctx.as_of)
        lines = draft_reorders(ctx, s, snap)
    ctx.note(stored_n("{n} product planned; lines proposed: {lines}", "{n} products planned; lines proposed: {lines}",
                      len(snap.products), lines=lines))


@job(id="inventory.learn", title=N_("Learn from reorder overrides"),
     description=N_("When people change a product's suggested quantity in the same direction three "
                    "times or more, propose a parameter change (safety factor or min/max) with the "
                    "evidence; when they reject a supplier's reorders three times in a row naming the same "
                    "weekdays (\"supplier delivers Mondays only\"), propose ordering on those days."),
     area="inventory", kinds=(PARAM_KIND, SUPPLIER_DAYS_KIND), schedule="cron:30 6 * * *")
def learn_job(ctx: JobContext) -> None:
    from core.inventory.reorder import draft_ordering_day_changes, draft_parameter_changes
    with ctx.app.db.uow() as s:
        n = draft_parameter_changes(ctx, s, ctx.as_of)
        days = draft_ordering_day_changes(ctx, s, ctx.as_of)
    ctx.note(stored_n("{n} parameter change proposed", "{n} parameter changes proposed", n))
    ctx.note(stored_n("{n} ordering-day change learnt from rejections", "{n} ordering-day changes learnt from rejections",
                      days))


# the markdown job and its kind live beside their rules
from core.inventory import markdowns as _markdowns  # noqa: E402,F401
