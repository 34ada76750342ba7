"""Automation's settings, declared here and registered when the settings registry is first read (see
``core.kernel.registry``): the only place the area declares settings."""
from __future__ import annotations

from typing import Any

from core.kernel.i18n import N_
from core.kernel.settings import SettingSpec, register


def _p_areas_off(v: Any) -> list[str]:
    if isinstance(v, str):
        v = [x.strip() for x in v.split(",") if x.strip()]
    return sorted({str(a) for a in v})


register(SettingSpec("automation.areas_off", [], N_("Automation that runs on its own"),
                     N_("Untick an area to stop its jobs running on schedule; Run now on the Automation "
                        "page still works. Stored as the areas switched off."),
                     _p_areas_off, area="automation", kind="json"))
