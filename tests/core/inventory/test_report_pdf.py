"""A trend report as PDF, read back: its words (title, figures, tables, how it was worked out), its
pages, and its chart — the bars and the previous period's dashed line found in the page's drawing
operations — from the service and from ``deskmate report NAME -o FILE.pdf``."""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

from core import cli
from core.kernel.charts import PALETTE
from core.kernel.errors import DeskmateError
from core.reports.pdf_chart import rgb
from tests.core.inventory.test_report_inventory import FROM, TO, trend_shop  # noqa: F401

SHOTS = os.environ.get("DESKMATE_REPORT_SHOTS")   # a folder: keep each PDF there to look at


def text_of(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


def drawing(path: Path, page: int = 0) -> list[tuple[str, list]]:
    """The page's drawing operations, in order: (operator, operands)."""
    reader = PdfReader(path)
    ops = ContentStream(reader.pages[page].get_contents(), reader).operations
    return [(op.decode(), list(args)) for args, op in ops]


def filled_rects(ops: list[tuple[str, list]], colour: str) -> int:
    """Rectangles filled in ``colour`` (the chart's bars and the legend's swatch)."""
    want = tuple(round(c / 255, 2) for c in rgb(colour))
    fill, n = None, 0
    for i, (op, args) in enumerate(ops):
        if op == "rg":
            fill = tuple(round(float(a), 2) for a in args)
        elif op == "re" and i + 1 < len(ops) and ops[i + 1][0] == "f" and fill == want:
            n += 1
    return n


def keep(path: Path) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        (Path(SHOTS) / path.name).write_bytes(path.read_bytes())


def test_sales_report_pdf_has_its_chart_figures_tables_and_explanation(app, owner, trend_shop, tmp_path):
    out = app.reports.export(owner, "sales", FROM, TO, tmp_path / "sales.pdf")
    keep(out)
    pages = len(PdfReader(out).pages)
    text = text_of(out)
    for words in ("Sales by week and group", "compared with", "Sales value", "Units sold", "By product group",
                  "Drinks", "Fastest movers", "A Apple juice", "How it was worked out", f"page {pages} of {pages}"):
        assert words in text, words
    assert "Sales value €115.00 €20.00 +€95.00 (better)" in text      # 115 against 20 before
    ops = drawing(out)
    # two weeks of sales value bars in the first colour, and its legend swatch
    assert filled_rects(ops, PALETTE[0]) == 3
    # the previous period: a dashed line (a dash pattern set, then line segments)
    dashes = [args for op, args in ops if op == "d" and len(args[0]) > 0]
    assert dashes, "the previous period is drawn dashed"
    assert "Sales value by week" in text                          # the chart's title


def test_a_long_period_runs_over_pages_and_staff_see_no_money(app, owner, staff, trend_shop, tmp_path):
    out = app.reports.export(owner, "stock", date(2025, 12, 1), TO, tmp_path / "stock-year.pdf")
    keep(out)
    pages = len(PdfReader(out).pages)
    assert pages >= 2 and f"page {pages} of {pages}" in text_of(out)
    staff_pdf = app.reports.export(staff, "sales", FROM, TO, tmp_path / "sales-staff.pdf")
    text = text_of(staff_pdf)
    assert "Units sold" in text and "Sales value by week" not in text and "€" not in text
    assert "Not shown: amounts of money" in text
    assert filled_rects(drawing(staff_pdf), PALETTE[0]) == 3   # units sold: two bars and the swatch


def test_every_report_writes_a_pdf_even_when_empty(app, owner, tmp_path):
    for info in app.reports.list(owner):
        out = app.reports.export(owner, info.name, FROM, TO, tmp_path / f"{info.name}.pdf")
        assert out.read_bytes().startswith(b"%PDF") and info.title.split(":")[0] in text_of(out)


def test_suffix_picks_the_format_and_the_export_is_audited(app, owner, trend_shop, tmp_path):
    with pytest.raises(DeskmateError, match=r"\.xlsx or a \.pdf"):
        app.reports.export(owner, "sales", FROM, TO, tmp_path / "sales.csv")
    app.reports.export(owner, "sales", FROM, TO, tmp_path / "sales.PDF")
    with pytest.raises(DeskmateError):
        app.reports.export(owner, "sales", FROM, TO, tmp_path / "sales.PDF")       # exists: needs force
    app.reports.export(owner, "sales", FROM, TO, tmp_path / "sales.PDF", force=True)
    from core.kernel.audit import AuditFilter
    entries = app.audit.list(owner, AuditFilter(entity="report", entity_id="sales"))
    assert len(entries) == 2 and all("(PDF)" in e.summary for e in entries)


def test_cli_writes_pdf_by_suffix(app, owner, trend_shop, data_dir, cli_login, capsys, clock, tmp_path):
    cli_login("olivia", clock=clock)
    out = tmp_path / "sales.pdf"
    assert cli.run(["--data-dir", str(data_dir), "report", "sales", "--from", "2026-11-16", "--to", "2026-11-29",
                    "-o", str(out), "--as", "olivia"], clock=clock) == 0
    assert f"wrote {out}" in capsys.readouterr().out
    assert "Sales by week and group" in text_of(out) and filled_rects(drawing(out), PALETTE[0]) == 3
