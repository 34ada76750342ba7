"""One Reports page section per trend report core declares (``core/<area>/reports.py``), ahead of
the areas' own sections, in the reports' order."""
from __future__ import annotations

from typing import TYPE_CHECKING

from core.kernel.reports import ReportSpec, report_specs
from desktop.pages.reports.registry import register_section

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.context import DesktopContext


def _factory(spec: ReportSpec):  # type: ignore[no-untyped-def]
    def make(ctx: "DesktopContext") -> "QWidget":
        from desktop.pages.reports.trend import TrendReportSection   # imported lazily
        return TrendReportSection(ctx, spec.name, spec.chart)
    return make


for _i, _spec in enumerate(report_specs()):
    register_section(_spec.title, 1 + _i, _factory(_spec))
