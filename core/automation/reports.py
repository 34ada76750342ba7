"""The automation payoff report: per job, how people decided its drafts week by week, why they
rejected them, how far edits moved them, and whether to keep it (``core/automation/payoff.py``)."""
from __future__ import annotations

from collections import Counter
from decimal import Decimal
from typing import TYPE_CHECKING

from core.automation.payoff import KEEP_SHARE, MIN_DECISIONS, REJECT_SHARE, job_payoffs, shares
from core.inbox.reports import decided_rows
from core.kernel.i18n import N_, _
from core.kernel.reports import (Computed, Figure, Period, ReportSpec, Series, Table, dec, register_report,
                                 shop_zone)

if TYPE_CHECKING:
    from core.app import Deskmate


def _payoff(app: "Deskmate", period: Period) -> Computed:
    jobs = job_payoffs(app, period)
    decided = sum(j.decided for j in jobs)
    approved, edited, rejected = (sum(getattr(j, k) for j in jobs) for k in ("approved", "edited", "rejected"))
    totals = _weekly_counts(app, period)

    def pct(x: int) -> Decimal | None:
        return dec(100 * x / decided, 1) if decided else None
    reasons = tuple((j.title, text, count) for j in jobs for text, count in j.reasons)
    return Computed(
        series=(Series(_("as drafted %"), "percent", shares(totals, "approved")),
                Series(_("after an edit %"), "percent", shares(totals, "edited")),
                Series(_("rejected %"), "percent", shares(totals, "rejected")),
                Series(_("decisions"), "count", tuple(Decimal(sum(w.values())) for w in totals))),
        figures=(Figure("decided", _("Automated drafts decided"), "count", Decimal(decided)),
                 Figure("approved_pct", _("Approved as drafted"), "percent", pct(approved), "up"),
                 Figure("edited_pct", _("Approved after an edit"), "percent", pct(edited)),
                 Figure("rejected_pct", _("Rejected"), "percent", pct(rejected), "down"),
                 Figure("jobs_keep", _("Jobs worth keeping"), "count",
                        Decimal(sum(1 for j in jobs if j.verdict == "keep")), "up")),
        tables=(Table(_("Per job"), (_("Job"), _("Mode"), _("Decided"), _("Approved as drafted %"), _("Edited %"),
                                  _("Rejected %"), _("Median edit to the quantity %"), _("Verdict"),
                                  _("Its own measure"), _("In pilot, against people's own work")),
                      ("text", "text", "count", "percent", "percent", "percent", "percent", "text", "text", "text"),
                      tuple((j.title, j.mode, j.decided, j.approved_pct, j.edited_pct, j.rejected_pct,
                             j.edit_change_pct, j.words, j.quality, j.pilot) for j in jobs)),
                Table(_("Rejection reasons"), (_("Job"), _("Reason"), _("Times")), ("text", "text", "count"), reasons)),
        how=(_("Only drafts made by a job count (not suggestions people wrote); a decision is counted in the "
               "week it was made: approved as drafted, approved after an edit, or rejected."),
             _("The weekly shares are of that week's decisions over every job together; a week without "
               "decisions has no share."),
             _("Median edit to the quantity: for edited drafts with order lines, the change of the total "
               "quantity from the proposal to what was approved, as a share of the proposal; the middle value."),
             _("Verdict: below {min} decisions in the period, \"not enough decisions yet\". Otherwise \"keep\" when "
               "at least {keep} percent are approved as drafted (or with edits, which then show what to tune), "
               "\"change its settings or switch it off\" from {reject} percent rejected, else \"watch it\".").format(
                 min=MIN_DECISIONS, keep=KEEP_SHARE, reject=REJECT_SHARE),
             _("Its own measure: where the area can tell whether the drafts helped (reminders: paid within 14 "
               "days of the reminder, counted once the 14 days are over)."),
             _("Rejection reasons: the same words (ignoring case and spaces) are counted together; the three "
               "most common per job."),
             _("In pilot: a job switched to pilot drafts as usual, but its drafts stay out of the inbox; they are "
               "compared with what people did by hand in the period (reorders: the purchase orders people sent, "
               "each product's first proposal against its first order, quantities agreeing within 10 %; "
               "reminders: the reminders people sent)."),
             _("Win-back notes are compared with the notes people wrote to customers, follow-ups with the "
               "follow-ups people sent after a visit, markdowns with the price cuts people made (within 5 "
               "points), and unusual figures with the corrections and data-quality findings people recorded.")))


def _weekly_counts(app: "Deskmate", period: Period) -> list[Counter[str]]:
    """Decisions on automated drafts per week, by decision."""
    zone = shop_zone(app)
    out: list[Counter[str]] = [Counter() for _week in period.weeks()]
    for r in decided_rows(app, period):
        if not r.job_id:
            continue
        i = period.week_index(r.decided_at.astimezone(zone).date())
        if i is not None:
            out[i][r.decision] += 1
    return out


register_report(ReportSpec("automation", N_("Automation payoff"), "automation",
                           N_("per job: approved, edited, rejected over time, why drafts were rejected, a verdict"),
                           _payoff, position=90, warm=True))

# the unusual-figures job's pilot (its figures against people's corrections and findings)
from core.automation import unusual_pilot as _unusual_pilot  # noqa: E402,F401
