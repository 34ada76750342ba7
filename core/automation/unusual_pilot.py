"""The unusual-figures job's pilot: the figures it would have flagged against what people did by
hand in the same period.

What people did is read where every area leaves it, so this stays in the automation area without
knowing the areas' tables: a **correction** is a person's audited change to the flagged record (a
count, an adjustment or an accepted sales day on the product; a change to the customer) after the
figure was flagged; a **finding of their own** is a data-quality item about the same record that a
person approved (the daily data-quality check's, or one drafted by hand). A payment corrected
with a credit note on an invoice is not seen as a correction of the customer's payment: the audit
log names the invoice, not the customer.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

from core.automation.pilot import PilotComparison, PilotDraft, register_pilot_comparison
from core.inbox.models import Suggestion
from core.kernel.audit import AuditEntry
from core.kernel.i18n import N_, ngettext
from core.kernel.reports import Period, instant_bounds, shop_zone

if TYPE_CHECKING:
    from core.app import Deskmate

JOB = "automation.unusual_figures"
FINDING_KIND = "data_quality"

Subject = tuple[str, str]          # (subject type, id): ("product", "12"), ("customer", "3")


def compare_unusual(flagged: set[Subject], corrected: set[Subject], recorded: set[Subject]) -> str:
    """The records the pilot flagged against the records people corrected by hand after it would
    have flagged them, and those they recorded a data-quality finding about. Pure."""
    return ngettext("found {n} unusual figure; people corrected {corrected} of them by hand and recorded a "
                    "finding of their own about {recorded}; other records people recorded a finding about: {other}",
                    "found {n} unusual figures; people corrected {corrected} of them by hand and recorded a "
                    "finding of their own about {recorded}; other records people recorded a finding about: {other}",
                    len(flagged)).format(n=len(flagged), corrected=len(flagged & corrected),
                                         recorded=len(flagged & recorded), other=len(recorded - flagged))


def _pilot(app: "Deskmate", period: Period, drafts: list[PilotDraft]) -> str:
    lo, hi = instant_bounds(period, shop_zone(app))
    with app.db.read() as s:
        first: dict[Subject, datetime] = {}
        for stype, sid, at in s.execute(select(Suggestion.subject_type, Suggestion.subject_id, Suggestion.created_at)
                                        .where(Suggestion.id.in_([d.id for d in drafts]))
                                        .order_by(Suggestion.created_at)):
            first.setdefault((stype, sid), at)
        changes: dict[Subject, list[datetime]] = defaultdict(list)
        for entity, eid, at in s.execute(select(AuditEntry.entity, AuditEntry.entity_id, AuditEntry.at).where(
                AuditEntry.at >= lo, AuditEntry.at < hi, AuditEntry.user_id.is_not(None),
                AuditEntry.machine_drafted.is_(False), AuditEntry.entity.in_({t for t, _i in first}))):
            changes[(entity, str(eid))].append(at)
        recorded = {(t, i) for t, i in s.execute(select(Suggestion.subject_type, Suggestion.subject_id).where(
            Suggestion.kind == FINDING_KIND, Suggestion.state == "applied", Suggestion.decided_by.is_not(None),
            Suggestion.decided_at >= lo, Suggestion.decided_at < hi,
            Suggestion.job_id.is_distinct_from(JOB)))}
    corrected = {subj for subj, at in first.items() if any(c >= at for c in changes.get(subj, []))}
    return compare_unusual(set(first), corrected, recorded)


register_pilot_comparison(PilotComparison(JOB, N_("the corrections and findings people recorded by hand"), _pilot))
