"""Scheduling settings, declared here and registered when the settings registry is first read (see
``core.kernel.registry``): the only place the area declares settings."""
from __future__ import annotations

from core.kernel.parsers import p_int
from core.kernel.settings import SettingSpec, register

AREA = "scheduling"

for _spec in (
    SettingSpec("scheduling.horizon_days", 7, "Roster horizon (days)",
                "How many days the weekly auto-roster plans (7 = one week).", p_int, area=AREA, kind="int"),
    SettingSpec("scheduling.time_limit", 10, "Time to plan a roster (seconds)",
                "How long the optimiser may think about a draft roster; longer can find a better one.", p_int, area=AREA, kind="int"),
    SettingSpec("scheduling.fair_weekends", 20, "Fairness weight: weekends",
                "Penalty per weekend of difference between the most and least loaded person.", p_int,
                area=AREA, kind="int"),
    SettingSpec("scheduling.fair_evenings", 10, "Fairness weight: evenings",
                "Penalty per evening shift of spread between people.", p_int, area=AREA, kind="int"),
    SettingSpec("scheduling.fair_closings", 10, "Fairness weight: closings",
                "Penalty per closing shift of spread between people.", p_int, area=AREA, kind="int"),
    SettingSpec("scheduling.fair_hours", 2, "Fairness weight: hours vs contract",
                "Penalty per hour away from each person's contracted hours.", p_int, area=AREA, kind="int"),
    SettingSpec("scheduling.publish_days_ahead", 3, "Publish rosters ahead (days)",
                "Each week's roster should be published at least this many days before the week "
                "starts; a draft roster is due in the inbox by then.", p_int, area=AREA, kind="int"),
    SettingSpec("scheduling.slot_step", 15, "Appointment slots every (minutes)",
                "Free appointment times are offered at this spacing, e.g. 15 gives 09:00, 09:15, 09:30.", p_int,
                area=AREA, kind="int"),
):
    register(_spec)
