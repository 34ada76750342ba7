"""Is a job worth keeping? Per job: how people decided what it drafted (approved as drafted, after an
edit, rejected), the most common rejection reasons, how far edits moved its order quantities, and a
verdict in plain words with the evidence beside it.

The verdict is only given from :data:`MIN_DECISIONS` decisions in the period on; below that it
says "not enough decisions yet", because three approvals in a row say little about a job.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from core.automation.models import JobConfig
from core.automation.pilot import pilot_summary
from core.automation.registry import load_jobs
from core.kernel.i18n import _, ngettext
from core.kernel.registry import AreaRegistry
from core.inbox.reports import decided_rows
from core.kernel.reports import Period, dec, median, shop_zone

if TYPE_CHECKING:
    from core.app import Deskmate

#: Fewer decisions than this in the period: no verdict, "not enough decisions yet".
MIN_DECISIONS = 10
#: From this share approved as drafted (or approved with edits, when edits are frequent): keep.
KEEP_SHARE = Decimal(80)
#: From this share rejected: rethink the job or switch it off.
REJECT_SHARE = Decimal(50)
TOP_REASONS = 3
#: The verdict's code for a job in pilot with too few decisions to judge otherwise.
PILOT_VERDICT = "pilot"


@dataclass(frozen=True)
class JobQuality:
    """A job's own measure of whether its drafts helped, declared by the area that owns the data
    (``core/<area>/reports.py``): ``measure(app, period)`` returns the sentence to show, or None
    when there is nothing to measure yet."""

    job_id: str
    measure: Callable[["Deskmate", Period], str | None]


_QUALITY: AreaRegistry[JobQuality] = AreaRegistry("reports", key=lambda q: q.job_id)


def register_job_quality(q: JobQuality) -> JobQuality:
    return _QUALITY.register(q)


@dataclass(frozen=True)
class JobPayoff:
    job_id: str
    title: str
    decided: int
    approved: int
    edited: int
    rejected: int
    weekly_approved_pct: tuple[Decimal | None, ...]    # approved as drafted, % of the week's decisions
    weekly_edited_pct: tuple[Decimal | None, ...]
    weekly_rejected_pct: tuple[Decimal | None, ...]
    reasons: tuple[tuple[str, int], ...]               # most common rejection reasons, with counts
    edit_change_pct: Decimal | None                    # median change of the order quantity by an edit, %
    edit_change_units: Decimal | None
    verdict: str                                        # keep | watch | rethink | too few | pilot
    words: str                                          # the verdict in a sentence
    evidence: str                                       # the figures behind it
    quality: str = ""                                   # the job's own measure, where it has one
    mode: str = "on"                                    # off | pilot | on
    pilot: str = ""                                     # its pilot drafts against people's own work

    def pct(self, n: int) -> Decimal | None:
        return dec(100 * n / self.decided, 1) if self.decided else None

    @property
    def approved_pct(self) -> Decimal | None:
        return self.pct(self.approved)

    @property
    def edited_pct(self) -> Decimal | None:
        return self.pct(self.edited)

    @property
    def rejected_pct(self) -> Decimal | None:
        return self.pct(self.rejected)


def _quantity_total(payload: Any) -> Decimal | None:
    """The sum of the ``quantity`` of a proposal's lines (reorders, purchase orders); None if it has none."""
    if not isinstance(payload, dict) or not isinstance(payload.get("lines"), list):
        return None
    total, seen = Decimal(0), False
    for ln in payload["lines"]:
        if isinstance(ln, dict) and ln.get("quantity") not in (None, ""):
            try:
                total += Decimal(str(ln["quantity"]))
                seen = True
            except ArithmeticError:
                continue
    return total if seen else None


def _fmt(v: Decimal | None) -> str:
    return "–" if v is None else f"{v.normalize():f}"


def _pct(v: Decimal | None) -> str:
    """A share with its sign, "92 %": the sign travels in the argument, so no message reads "% a"
    (gettext would take it for a python-format directive)."""
    return f"{_fmt(v)} %"


def verdict(decided: int, approved: int, edited: int, rejected: int,
            reasons: tuple[tuple[str, int], ...] = ()) -> tuple[str, str]:
    """(verdict, sentence) from the counts: the rule in one place, stated in its own words (in the
    reader's language: payoffs are worked out when read, never stored)."""
    if decided < MIN_DECISIONS:
        return "too few", ngettext(
            "not enough decisions yet ({n} of the {needed} a verdict needs); keep deciding its drafts",
            "not enough decisions yet ({n} of the {needed} a verdict needs); keep deciding its drafts",
            decided).format(n=decided, needed=MIN_DECISIONS)
    a, e, r = (Decimal(100 * n) / decided for n in (approved, edited, rejected))
    a1, e1, r1 = (_pct(dec(x, 0)) for x in (a, e, r))
    if a >= KEEP_SHARE:
        return "keep", _("people approve {share} as drafted; keep").format(share=a1)
    if r >= REJECT_SHARE:
        if reasons:
            return "rethink", _("people reject {share} (most often: \"{reason}\"); change its settings "
                                "or switch it off").format(share=r1, reason=reasons[0][0])
        return "rethink", _("people reject {share}; change its settings or switch it off").format(share=r1)
    if a + e >= KEEP_SHARE:
        return "keep", _("people approve {share}, {edited} after an edit; keep, and look at what they "
                         "change").format(share=_pct(dec(a + e, 0)), edited=e1)
    return "watch", _("mixed: {approved} approved as drafted, {edited} edited, {rejected} rejected; "
                      "watch it").format(approved=a1, edited=e1, rejected=r1)


def shares(weekly: list[Counter[str]], decision: str) -> tuple[Decimal | None, ...]:
    """Each week's share of ``decision`` among its decisions, % (None: no decisions that week)."""
    return tuple(dec(100 * w[decision] / sum(w.values()), 1) if w else None for w in weekly)


def job_payoffs(app: "Deskmate", period: Period) -> list[JobPayoff]:
    """Every job that drafted something decided in the period (and every declared job that drafts
    kinds, with no decisions), most decisions first."""
    jobs = load_jobs()
    rows = [r for r in decided_rows(app, period) if r.job_id]
    n = len(period.weeks())
    by_job: dict[str, list[Any]] = defaultdict(list)
    for r in rows:
        by_job[r.job_id].append(r)
    zone = shop_zone(app)
    with app.db.read() as s:
        modes = {c.job_id: ("off" if c.enabled is False else "pilot" if c.pilot else "on")
                 for c in s.scalars(select(JobConfig))}
    out = []
    for job_id in sorted(set(by_job) | {j for j, spec in jobs.items() if spec.kinds}):
        rs = by_job.get(job_id, [])
        counts = Counter(r.decision for r in rs)
        weekly: list[Counter[str]] = [Counter() for _ in range(n)]
        for r in rs:
            i = period.week_index(r.decided_at.astimezone(zone).date())
            if i is not None:
                weekly[i][r.decision] += 1
        texts: dict[str, str] = {}
        reason_counts: Counter[str] = Counter()
        for r in rs:
            if r.decision == "rejected" and (r.decision_reason or "").strip():
                key = " ".join(r.decision_reason.split()).lower()
                texts.setdefault(key, " ".join(r.decision_reason.split()))
                reason_counts[key] += 1
        reasons = tuple((texts[k], c) for k, c in sorted(reason_counts.items(), key=lambda kv: (-kv[1], kv[0]))
                        [:TOP_REASONS])
        changes_pct, changes_units = [], []
        for r in rs:
            if r.decision != "edited":
                continue
            before, after = _quantity_total(r.payload), _quantity_total(r.applied_payload)
            if before is not None and after is not None:
                changes_units.append(float(after - before))
                if before:
                    changes_pct.append(float(100 * (after - before) / before))
        decided = sum(counts[d] for d in ("approved", "edited", "rejected"))
        kind, words = verdict(decided, counts["approved"], counts["edited"], counts["rejected"], reasons)
        p = JobPayoff(job_id, jobs[job_id].title if job_id in jobs else job_id, decided, counts["approved"],
                      counts["edited"], counts["rejected"], shares(weekly, "approved"), shares(weekly, "edited"),
                      shares(weekly, "rejected"), reasons, dec(median(changes_pct), 1), dec(median(changes_units), 1),
                      kind, words, "")
        q = _QUALITY.get(job_id)
        measured = q.measure(app, period) if q is not None else None
        mode = modes.get(job_id, "on" if job_id not in jobs or jobs[job_id].enabled_by_default else "off")
        p = replace(p, quality=measured or "", mode=mode, pilot=pilot_summary(app, job_id, period))
        if mode == "pilot" and decided < MIN_DECISIONS:
            p = replace(p, verdict=PILOT_VERDICT, words=_("in pilot; switch it on when it would have helped"))
        out.append(_with_evidence(p, len(changes_units)))
    return sorted(out, key=lambda p: (-p.decided, p.title))


def _with_evidence(p: JobPayoff, edits_measured: int) -> JobPayoff:
    if not p.decided:
        parts = [x for x in (_("nothing it drafted was decided in the period"), p.pilot, p.quality) if x]
        return replace(p, evidence=". ".join(s[:1].upper() + s[1:] for s in parts) + ".")
    parts = [ngettext("{n} decision: {approved} approved as drafted ({approved_share}), {edited} after an edit "
                      "({edited_share}), {rejected} rejected ({rejected_share})",
                      "{n} decisions: {approved} approved as drafted ({approved_share}), {edited} after an edit "
                      "({edited_share}), {rejected} rejected ({rejected_share})", p.decided).format(
                 n=p.decided, approved=p.approved, approved_share=_pct(p.approved_pct), edited=p.edited,
                 edited_share=_pct(p.edited_pct), rejected=p.rejected, rejected_share=_pct(p.rejected_pct))]
    if p.edit_change_units is not None:
        sign = "+" if p.edit_change_units > 0 else ""
        units = sign + _fmt(p.edit_change_units)
        if p.edit_change_pct is None:
            parts.append(ngettext("edits moved the order quantity by a median of {units} units, over {n} edited draft",
                                  "edits moved the order quantity by a median of {units} units, over {n} edited "
                                  "drafts", edits_measured).format(units=units, n=edits_measured))
        else:
            parts.append(ngettext("edits moved the order quantity by a median of {units} units ({share}), over {n} "
                                  "edited draft",
                                  "edits moved the order quantity by a median of {units} units ({share}), over {n} "
                                  "edited drafts", edits_measured).format(
                                      units=units, share=sign + _pct(p.edit_change_pct), n=edits_measured))
    if p.reasons:
        parts.append(_("rejected most often because: {reasons}").format(reasons="; ".join(
            _("\"{reason}\" ({n}×)").format(reason=t, n=c) for t, c in p.reasons)))
    if p.pilot:
        parts.append(p.pilot)
    if p.quality:
        parts.append(p.quality)
    return replace(p, evidence=". ".join(s[:1].upper() + s[1:] for s in parts) + ".")
