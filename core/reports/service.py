"""Reading reports as a person: the role check, hiding money from roles that do not see it, and the
typed XLSX export with its "About this export" sheet (audited like every export)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.io.outputs import Site, writing
from core.kernel.actor import Actor
from core.kernel.audit import record
from core.kernel.errors import DeskmateError
from core.kernel.i18n import N_, _
from core.kernel.reports import (Period, ReportResult, report_spec, report_specs, run_report, weeks_to_today,
                                 whole_weeks)
from core.reports.pdf import report_pdf
from core.reports.presentation import chart_of, verdict_label
from core.users.permissions import Perm, allowed, require

if TYPE_CHECKING:
    from core.app import Deskmate

#: The Reports page opens on this week so far and the weeks before it, this many in all.
OPENING_WEEKS = 8
#: The files a report is written to, chosen by the name's suffix.
EXPORT_SUFFIXES = (".xlsx", ".pdf")
MONEY_HIDDEN = N_("amounts of money (your role does not see money in reports)")
#: What a figure's unit is called in the export's Figures sheet.
UNIT_WORDS = {"money": N_("money"), "count": N_("count"), "units": N_("units"), "days": N_("days"),
              "hours": N_("hours"), "percent": N_("percent"), "ratio": N_("ratio"), "date": N_("date"),
              "number": N_("number"), "text": N_("text")}


def excel_formats() -> dict[str, str]:
    """Excel number formats per unit. (The workbook library loads on the first export, not with
    the first report: it takes a third of a second.)"""
    from core.io.xlsx import DATE_FMT, MONEY_FMT
    return {"money": MONEY_FMT, "count": "#,##0", "units": "#,##0.##", "days": "#,##0.#",
            "hours": "#,##0.0", "percent": "0.0", "ratio": "0.00", "date": DATE_FMT}


@dataclass(frozen=True)
class ReportInfo:
    name: str
    title: str
    area: str
    help: str


def _without_money(r: ReportResult) -> ReportResult:
    keep = [i for i, s in enumerate(r.series) if s.unit != "money"]
    tables = []
    for t in r.tables:
        cols = [i for i, u in enumerate(t.units) if u != "money"]
        tables.append(replace(t, columns=tuple(t.columns[i] for i in cols), units=tuple(t.units[i] for i in cols),
                              rows=tuple(tuple(row[i] for i in cols) for row in t.rows)))
    hidden = len(keep) < len(r.series) or any(f.unit == "money" for f in r.figures) or any(
        "money" in t.units for t in r.tables)
    return replace(r, series=tuple(r.series[i] for i in keep),
                   previous_series=tuple(r.previous_series[i] for i in keep),
                   figures=tuple(f for f in r.figures if f.unit != "money"), tables=tuple(tables),
                   hidden=(_(MONEY_HIDDEN),) if hidden else ())


class ReportsService:
    def __init__(self, app: "Deskmate") -> None:
        self.app = app

    def list(self, actor: Actor) -> list[ReportInfo]:
        require(actor, Perm.VIEW_REPORTS)
        return [ReportInfo(s.name, _(s.title), s.area, _(s.help)) for s in report_specs()]

    def default_period(self, weeks: int = 8) -> Period:
        """The last ``weeks`` whole weeks, Monday to Sunday, up to the last Sunday (today if it is
        one): whole weeks make every bucket, and the previous period's, comparable."""
        return whole_weeks(self.app.today(), weeks)

    def opening_period(self) -> Period:
        """The period the Reports page opens on: this week so far and the 7 before it."""
        return weeks_to_today(self.app.today(), OPENING_WEEKS)

    def warm(self) -> tuple[str, ...]:
        """Work out what makes a first report slow before anybody asks: the reports marked ``warm``
        (they fit the reorder planner's forecasts) for the period the Reports page opens on, and the
        Automation page's payoff. Their figures are kept (in memory, and the planner's in the
        database: ``core/inventory/figure_cache.py``), so the pages then open at once. The desktop
        calls it on a worker thread after logging in; it shows nothing and needs no permission.
        Returns the names worked out."""
        period = self.opening_period()
        done = tuple(spec.name for spec in report_specs() if spec.warm)
        for name in done:
            run_report(self.app, name, period)
        self.app.automation.payoff()
        return done

    def run(self, actor: Actor, name: str, date_from: date, date_to: date) -> ReportResult:
        """Report ``name`` for the period, compared with the previous period of equal length;
        money is left out for roles that do not see it (and the result says so)."""
        require(actor, Perm.VIEW_REPORTS)
        result = run_report(self.app, name, Period(date_from, date_to))
        return result if allowed(actor, Perm.VIEW_MONEY_REPORTS) else _without_money(result)

    def export_xlsx(self, actor: Actor, name: str, date_from: date, date_to: date, path: str | Path,
                    force: bool = False) -> Path:
        """The report as a typed workbook: Weeks (this and the previous period side by side), Figures,
        one sheet per table, How it was worked out, and About this export."""
        from core.io.xlsx import DATE_FMT, Column, add_about_sheet, add_table_sheet, new_workbook
        formats = excel_formats()
        r = self.run(actor, name, date_from, date_to)
        spec = report_spec(name)
        wb = new_workbook()
        cols = [Column(N_("Week of"), 12, DATE_FMT)]
        for s in r.series:
            cols.append(Column(s.name, 16, formats.get(s.unit)))
        cols.append(Column(N_("Previous period, week of"), 14, DATE_FMT))
        for s in r.previous_series:
            cols.append(Column(_("{series} (previous)").format(series=s.name), 16, formats.get(s.unit)))
        prev_weeks = [w.start for w in r.previous.weeks()]
        n = max(len(r.weeks), len(prev_weeks))

        def at(seq: Sequence[Any], i: int) -> Any:
            return seq[i] if i < len(seq) else None
        add_table_sheet(wb, N_("Weeks"), cols, (
            [at(r.weeks, i), *(at(s.values, i) for s in r.series), at(prev_weeks, i),
             *(at(s.values, i) for s in r.previous_series)] for i in range(n)))
        add_table_sheet(wb, N_("Figures"), [Column(N_("Figure"), 34), Column(N_("This period"), 16),
                                            Column(N_("Previous period"), 16), Column(N_("Change"), 14),
                                            Column(N_("Unit"), 10), Column(N_("Better or worse"), 14)],
                        ([f.label, f.value, f.previous, f.change, _(UNIT_WORDS.get(f.unit, f.unit)),
                          verdict_label(f.verdict)] for f in r.figures))
        fig = wb[_("Figures")[:31]]
        for row, f in enumerate(r.figures, start=2):
            fmt = formats.get(f.unit)
            if fmt:
                for c in (2, 3, 4):
                    fig.cell(row=row, column=c).number_format = fmt
        for t in r.tables:
            add_table_sheet(wb, t.title[:31], [Column(c, 26 if u == "text" else 14, formats.get(u))
                                              for c, u in zip(t.columns, t.units)], t.rows)
        add_table_sheet(wb, N_("How it was worked out"), [Column(N_("How it was worked out"), 120)],
                        ([line] for line in (*r.how, *(_("Not shown: {what}").format(what=h) for h in r.hidden))))
        add_about_sheet(wb, r.title, {N_("report"): name, N_("period from"): r.period.start,
                                      N_("period to"): r.period.end, N_("compared with"): r.previous.text(),
                                      N_("currency"): self.app.settings.get("shop.currency")},
                        actor, self.app.clock.now())
        with writing(Site.of(self.app), path, force=force) as part:
            wb.save(part)
        return self._exported(actor, spec.area, r, path, "xlsx")

    def export_pdf(self, actor: Actor, name: str, date_from: date, date_to: date, path: str | Path,
                   force: bool = False) -> Path:
        """The report to print: its chart (this period and the previous one), the figures compared,
        the weeks, its tables and how it was worked out, in the shop's formats."""
        r = self.run(actor, name, date_from, date_to)
        spec = report_spec(name)
        fm = self.app.formats()
        with writing(Site.of(self.app), path, force=force) as part:
            report_pdf(r, chart_of(r, fm, spec.chart), fm, part, self.app.settings.get("shop.name"),
                       actor.username, self.app.clock.now())
        return self._exported(actor, spec.area, r, path, "pdf")

    def export(self, actor: Actor, name: str, date_from: date, date_to: date, path: str | Path,
               force: bool = False) -> Path:
        """Write the report to ``path``, as PDF or XLSX by its suffix (``.pdf``, ``.xlsx``)."""
        suffix = Path(path).suffix.lower()
        if suffix not in EXPORT_SUFFIXES:
            raise DeskmateError(_("a report is written to a .xlsx or a .pdf file, not '{name}'").format(
                name=suffix or Path(path).name))
        writer = self.export_pdf if suffix == ".pdf" else self.export_xlsx
        return writer(actor, name, date_from, date_to, path, force=force)

    def _exported(self, actor: Actor, area: str, r: ReportResult, path: str | Path, fmt: str) -> Path:
        out = Path(path)
        with self.app.db.uow() as session:
            record(session, actor, area=area, action="export", entity="report", entity_id=r.name,
                   after={"report": r.name, "from": r.period.start, "to": r.period.end, "file": str(out),
                          "format": fmt},
                   summary=f"{r.title}: {r.period.text()} ({fmt.upper()})", at=self.app.clock.now())
        return out
