"""Scheduling settings, declared here and registered when the settings registry is first read (see
``core.kernel.registry``): the only place the area declares settings."""
from __future__ import annotations

from core.kernel.parsers import p_int
from core.kernel.i18n import N_
from core.kernel.settings import SettingSpec, register

AREA = "scheduling"

for _spec in (
    SettingSpec("scheduling.horizon_days", 7, N_("Roster horizon (days)"),
                N_("How many days the weekly auto-roster plans (7 = one week)."), p_int, area=AREA, kind="int"),
    SettingSpec("scheduling.time_limit", 10, N_("Time to plan a roster (seconds)"),
                N_("How long the optimiser may think about a draft roster; longer can find a better one."), p_int, area=AREA, kind="int"),
    SettingSpec("scheduling.fair_weekends", 20, N_("Fairness weight: weekends"),
                N_("Penalty per weekend of difference between the most and least loaded person."), p_int,
                area=AREA, kind="int"),
    SettingSpec("scheduling.fair_evenings", 10, N_("Fairness weight: evenings"),
                N_("Penalty per evening shift of spread between people."), p_int, area=AREA, kind="int"),
    SettingSpec("scheduling.fair_closings", 10, N_("Fairness weight: closings"),
                N_("Penalty per closing shift of spread between people."), p_int, area=AREA, kind="int"),
    SettingSpec("scheduling.fair_hours", 2, N_("Fairness weight: hours vs contract"),
                N_("Penalty per hour away from each person's contracted hours."), p_int, area=AREA, kind="int"),
    SettingSpec("scheduling.publish_days_ahead", 3, N_("Publish rosters ahead (days)"),
                N_("Each week's roster should be published at least this many days before the week "
                   "starts; a draft roster is due in the inbox by then."), p_int, area=AREA, kind="int"),
    SettingSpec("scheduling.slot_step", 15, N_("Appointment slots every (minutes)"),
                N_("Free appointment times are offered at this spacing, e.g. 15 gives 09:00, 09:15, 09:30."), p_int,
                area=AREA, kind="int"),
):
    register(_spec)


def _p_followups(v: object) -> dict[str, int]:
    """{service name: days after the visit} for the follow-up job; a service not named gets none."""
    if not isinstance(v, dict):
        raise ValueError("expected {service: days}")
    out = {}
    for name, days in v.items():
        d = int(days)
        if not 0 <= d <= 60:
            raise ValueError(f"{name}: days after the visit from 0 to 60")
        out[str(name)] = d
    return out


register(SettingSpec("scheduling.followup_days", {}, "Follow up after a visit (days, per service)",
                     "For each service that should get a follow-up after a completed appointment, how many "
                     "days after the visit the note is drafted (e.g. {\"Cake tasting\": 2}). Services not "
                     "named get none.", _p_followups, area=AREA, kind="json"))
