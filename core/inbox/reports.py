"""The inbox report: how much was drafted, how much decided, and how long people took to decide —
by week, per kind and per person. Read from the suggestion table's indexed times."""
from __future__ import annotations

from collections import Counter, defaultdict
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from core.inbox.kinds import kind_spec
from core.inbox.models import Suggestion
from core.kernel.i18n import N_, _
from core.kernel.reports import (Computed, Figure, Period, ReportSpec, Series, Table, dec, instant_bounds,
                                 median, register_report, shop_zone)
from core.users.models import User

if TYPE_CHECKING:
    from core.app import Deskmate

DECISIONS = ("approved", "edited", "rejected")


def _hours(a: datetime, b: datetime) -> float:
    return (b - a).total_seconds() / 3600


def kind_title(kind: str) -> str:
    spec = kind_spec(kind)
    return _(spec.title) if spec is not None else kind


def _pct(part: int, whole: int) -> Decimal | None:
    return dec(100 * part / whole, 1) if whole else None


def decided_rows(app: "Deskmate", period: Period) -> list[Any]:
    """Suggestions decided (approved, edited, rejected) in the period: kind, job, decision, reason,
    created, decided, who — on the decided_at index."""
    lo, hi = instant_bounds(period, shop_zone(app))
    with app.db.read() as s:
        return list(s.execute(
            select(Suggestion.kind, Suggestion.job_id, Suggestion.decision, Suggestion.decision_reason,
                   Suggestion.created_at, Suggestion.decided_at, User.username, Suggestion.payload,
                   Suggestion.applied_payload)
            .outerjoin(User, User.id == Suggestion.decided_by)
            .where(Suggestion.decided_at >= lo, Suggestion.decided_at < hi,
                   Suggestion.decision.in_(DECISIONS))).all())


def _inbox(app: "Deskmate", period: Period) -> Computed:
    zone = shop_zone(app)
    lo, hi = instant_bounds(period, zone)
    n = len(period.weeks())
    with app.db.read() as s:
        drafted = list(s.execute(select(Suggestion.kind, Suggestion.created_at)
                                 .where(Suggestion.created_at >= lo, Suggestion.created_at < hi,
                                        Suggestion.state != "pilot")).all())
    decided = decided_rows(app, period)
    drafted_w = [0] * n
    for _kind, at in drafted:
        i = period.week_index(at.astimezone(zone).date())
        if i is not None:
            drafted_w[i] += 1
    decided_w = [0] * n
    hours_w: list[list[float]] = [[] for _week in range(n)]
    per_kind: dict[str, Counter[str]] = defaultdict(Counter)
    kind_hours: dict[str, list[float]] = defaultdict(list)
    per_person: dict[str, Counter[str]] = defaultdict(Counter)
    person_hours: dict[str, list[float]] = defaultdict(list)
    for kind, _at in drafted:
        per_kind[kind]["drafted"] += 1
    for kind, _job, decision, _reason, created, at, who, *_rest in decided:
        i = period.week_index(at.astimezone(zone).date())
        if i is None:
            continue
        h = _hours(created, at)
        decided_w[i] += 1
        hours_w[i].append(h)
        per_kind[kind][decision] += 1
        kind_hours[kind].append(h)
        person = who or _("(someone since removed)")
        per_person[person][decision] += 1
        person_hours[person].append(h)
    all_hours = [h for hs in hours_w for h in hs]
    counts = Counter(r.decision for r in decided)
    total = len(decided)
    kind_rows = tuple(
        (kind_title(k), c["drafted"], sum(c[d] for d in DECISIONS), c["approved"], c["edited"], c["rejected"],
         dec(median(kind_hours[k]), 1))
        for k, c in sorted(per_kind.items(), key=lambda kv: kind_title(kv[0])))
    person_rows = tuple(
        (p, sum(c[d] for d in DECISIONS), c["approved"], c["edited"], c["rejected"], dec(median(person_hours[p]), 1))
        for p, c in sorted(per_person.items()))
    return Computed(
        series=(Series(_("drafted"), "count", tuple(Decimal(v) for v in drafted_w)),
                Series(_("decided"), "count", tuple(Decimal(v) for v in decided_w)),
                Series(_("median hours to a decision"), "hours",
                       tuple(dec(median(h), 1) for h in hours_w), kind="line")),
        figures=(Figure("drafted", _("Items drafted"), "count", Decimal(len(drafted))),
                 Figure("decided", _("Items decided"), "count", Decimal(total)),
                 Figure("approved_pct", _("Approved as drafted"), "percent", _pct(counts["approved"], total), "up"),
                 Figure("edited_pct", _("Approved after an edit"), "percent", _pct(counts["edited"], total)),
                 Figure("rejected_pct", _("Rejected"), "percent", _pct(counts["rejected"], total), "down"),
                 Figure("median_hours", _("Median hours to a decision"), "hours", dec(median(all_hours), 1), "down")),
        tables=(Table(_("Per kind"), (_("Kind"), _("Drafted"), _("Decided"), _("Approved"), _("Edited"),
                                      _("Rejected"), _("Median hours")),
                      ("text", "count", "count", "count", "count", "count", "hours"), kind_rows),
                Table(_("Per person"), (_("Person"), _("Decided"), _("Approved"), _("Edited"), _("Rejected"),
                                        _("Median hours")),
                      ("text", "count", "count", "count", "count", "hours"), person_rows)),
        how=(_("Drafted: inbox items created in the week (by a job or a person), by the shop's calendar."),
             _("Decided: items approved as drafted, approved after an edit, or rejected in the week; snoozing "
               "and escalating are not decisions, and items that expired or were replaced are not counted."),
             _("Hours to a decision: from the moment the item was drafted to the moment it was decided, "
               "including nights and weekends; the median is the middle value, so one forgotten item does "
               "not hide how quickly most are decided."),
             _("Per person: who made the decision.")))


register_report(ReportSpec("inbox", N_("Inbox: drafted and decided"), "inbox",
                           N_("items drafted, decided and the median hours to a decision, per kind and person"),
                           _inbox, position=80))
