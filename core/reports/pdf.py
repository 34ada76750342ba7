"""A trend report as a PDF to print or send: the title and period, the chart (drawn with fpdf2's
lines, see ``pdf_chart.py``) beside the figures against the previous period, the weeks, the
report's tables, and how it was worked out — the same words and formats as the Reports page.

Core fonts only (Windows-1252: Latin letters, €, dashes), like the purchase-order and roster PDFs,
so the file looks the same on every machine; what they cannot draw is replaced, never fatal.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.kernel.i18n import _
from core.kernel.reports import ReportResult
from core.reports.pdf_chart import draw_chart
from core.reports.presentation import change_with_verdict, upper_first, value_text

if TYPE_CHECKING:
    from fpdf import FPDF

    from core.kernel.formats import Formats

MARGIN = 12.0
HEAD_FILL = (232, 238, 246)
#: Characters the shop's number formats use that Windows-1252 lacks, and what stands in for them.
_SPACES = {"\u202f": " ", "\u2009": " ", "\u2212": "-", "\u2011": "-"}


def pdf_text(value: Any) -> str:
    """Text the core fonts can draw."""
    s = "" if value is None else str(value)
    for a, b in _SPACES.items():
        s = s.replace(a, b)
    return s.encode("cp1252", "replace").decode("cp1252")


def _table(pdf: "FPDF", title: str, headings: list[str], rows: list[list[str]], numeric: list[bool],
           width: float | None = None, align: str = "LEFT", widths: list[float] | None = None) -> None:
    if title and pdf.get_y() > pdf.h - pdf.b_margin - 30:
        pdf.add_page()            # a heading never sits alone at the foot of a page
    if title:
        pdf.set_font(style="B", size=10)
        pdf.cell(0, 6, pdf_text(title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(style="", size=8)
    if not rows:
        pdf.set_text_color(110, 110, 110)
        pdf.cell(0, 5, pdf_text(_("None in this period.")), new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(2)
        return
    widths = widths or [1.0 if n else 2.2 for n in numeric]
    if width is None:       # a few columns do not stretch across the whole landscape page
        width = min(pdf.w - pdf.l_margin - pdf.r_margin, 40.0 * sum(widths))
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(col_widths=widths, width=width, align=align, line_height=4.2, headings_style=_headings(),
                   text_align=tuple("RIGHT" if n else "LEFT" for n in numeric), padding=(0.6, 1.2)) as table:
        table.row([pdf_text(h) for h in headings])
        for r in rows:
            table.row([pdf_text(c) for c in r])
    pdf.ln(3)


def _headings() -> Any:
    from fpdf.fonts import FontFace
    return FontFace(emphasis="B", fill_color=HEAD_FILL)


def report_pdf(r: ReportResult, chart: dict[str, Any], fm: "Formats", path: Path, shop: str,
               made_by: str, made_at: datetime) -> int:
    """Write report ``r`` to ``path``; returns the number of pages."""
    from fpdf import FPDF

    pdf = FPDF(orientation="L", format="A4")
    pdf.core_fonts_encoding = "cp1252"
    pdf.set_margins(MARGIN, MARGIN, MARGIN)
    pdf.set_auto_page_break(True, margin=MARGIN + 4)
    pdf.set_title(pdf_text(r.title))
    pdf.set_creator("Deskmate")
    footer = pdf_text(_("{shop} · {title}, {start} to {end} · made by {user}, {at}").format(
        shop=shop, title=r.title, start=fm.date(r.period.start), end=fm.date(r.period.end), user=made_by,
        at=fm.datetime(made_at)))

    def page_footer() -> None:
        pdf.set_y(-MARGIN)
        pdf.set_font("Helvetica", "", 7)
        pdf.set_text_color(110, 110, 110)
        # {nb} is fpdf2's alias for the page count, filled in when the file is written
        pdf.cell(0, 4, pdf_text(_("{footer} · page {page} of {pages}").format(
            footer=footer, page=pdf.page_no(), pages="{nb}")), align="C")
        pdf.set_text_color(0, 0, 0)
    pdf.footer = page_footer  # type: ignore[method-assign]
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 8, pdf_text(r.title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    period = _("{start} to {end}, compared with {previous_start} to {previous_end}").format(
        start=fm.date(r.period.start), end=fm.date(r.period.end), previous_start=fm.date(r.previous.start),
        previous_end=fm.date(r.previous.end))
    pdf.cell(0, 5, pdf_text(_("{shop}: {period}").format(shop=shop, period=period) if shop else period),
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    # the chart on the left half, the figures on the right (as on the page)
    top = pdf.get_y()
    usable = pdf.w - 2 * MARGIN
    chart_w = usable * 0.56
    draw_chart(pdf, chart, MARGIN, top, chart_w, 82, fm, pdf_text)
    pdf.set_font("Helvetica", "", 8)
    pdf.set_xy(MARGIN + chart_w + 4, top)
    pdf.set_left_margin(MARGIN + chart_w + 4)
    _table(pdf, "", [_("Figure"), _("This period"), _("Previous"), _("Change")],
           [[f.label, value_text(fm, f.value, f.unit), value_text(fm, f.previous, f.unit),
             change_with_verdict(fm, f.change, f.unit, f.verdict)] for f in r.figures],
           [False, True, True, True], width=usable - chart_w - 4, align="LEFT", widths=[2.0, 1.0, 1.0, 1.5])
    figures_end = pdf.get_y() if pdf.page_no() == 1 else top + 82
    pdf.set_left_margin(MARGIN)
    pdf.set_xy(MARGIN, max(top + 86, figures_end))

    _table(pdf, _("By week"), [_("Week of"), *(upper_first(s.name) for s in r.series)],
           [[fm.date(w), *(value_text(fm, s.values[i], s.unit) for s in r.series)] for i, w in enumerate(r.weeks)],
           [False, *(True for _ in r.series)])
    for t in r.tables:
        _table(pdf, t.title, list(t.columns),
               [[value_text(fm, v, u) for v, u in zip(row, t.units)] for row in t.rows],
               [u not in ("text", "date") for u in t.units])
    if pdf.get_y() > pdf.h - pdf.b_margin - 30:
        pdf.add_page()
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, pdf_text(_("How it was worked out")), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8.5)
    for line in r.how:
        pdf.multi_cell(0, 4.2, pdf_text(f"- {line}"), new_x="LMARGIN", new_y="NEXT")
    for h in r.hidden:
        pdf.set_font("Helvetica", "I", 8.5)
        pdf.multi_cell(0, 4.2, pdf_text(_("Not shown: {what}.").format(what=h)), new_x="LMARGIN", new_y="NEXT")
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return pdf.pages_count
