"""The Schedule page (rosters, appointments, staff, time off) and the inbox's roster editor."""
from __future__ import annotations

from desktop.inbox_editors import register_editor
from desktop.registry import PageSpec, register_page


def _factory(ctx):  # noqa: ANN001, ANN202 - imported lazily to keep start-up fast
    from desktop.pages.schedule.page import SchedulePage
    return SchedulePage(ctx)


def _roster_editor(parent):  # noqa: ANN001, ANN202
    from desktop.pages.schedule.grid import RosterProposalEditor
    return RosterProposalEditor(parent)


register_page(PageSpec(key="schedule", title="Schedule", order=20, factory=_factory, icon="calendar.svg"))
register_editor("roster", _roster_editor)
