"""The Schedule page (rosters, appointments, staff, time off) and the inbox's roster editor."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from typing import TYPE_CHECKING

from desktop.inbox_editors import register_editor
from desktop.registry import PageSpec, register_page

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.context import DesktopContext


def _factory(ctx: DesktopContext) -> QWidget:  # imported lazily to keep start-up fast
    from desktop.pages.schedule.page import SchedulePage
    return SchedulePage(ctx)


def _roster_editor(parent):  # noqa: ANN001, ANN202
    from desktop.pages.schedule.grid import RosterProposalEditor
    return RosterProposalEditor(parent)


def _badge(ctx: DesktopContext) -> str:  # runs on a worker thread
    """Rule warnings in this week's roster (e.g. time off approved after publishing)."""
    from core.scheduling.service import monday
    svc = ctx.app.scheduling
    rid = svc.roster_for_week(monday(ctx.app.today()), prefer="published")
    if rid is None:
        return ""
    n = len(svc.view(rid).warnings)
    return f"⚠ {n}" if n else ""


register_page(PageSpec(key="schedule", title=QT_TRANSLATE_NOOP("pages", "Schedule"), order=20, factory=_factory, icon="schedule.svg",
                       badge=_badge))
register_editor("roster", _roster_editor)


def _fairness_section(ctx: DesktopContext) -> QWidget:
    from desktop.pages.schedule.fairness import FairnessReport
    return FairnessReport(ctx)


try:
    from desktop.pages.reports.registry import register_section
    register_section(QT_TRANSLATE_NOOP("reports", "Roster fairness"), 40, _fairness_section)
except ImportError:  # pragma: no cover - the reports page is optional
    pass
