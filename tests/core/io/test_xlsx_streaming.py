"""StreamingWorkbook writes its own <row> XML: read it back with openpyxl to keep it honest."""
from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal as D

import openpyxl
import pytest

from core.io.xlsx import DATE_FMT, MONEY_FMT, Column, StreamingWorkbook
from core.kernel.progress import Cancelled, Tracker
from core.kernel.actor import Actor, Role


def test_streamed_sheet_reads_back_with_types_formats_panes_filter_and_totals(tmp_path):
    w = StreamingWorkbook()
    cols = [Column("No", 12), Column("Date", 12, DATE_FMT), Column("Text", 30), Column("Net", 12, MONEY_FMT),
            Column("Qty", 8, "#,##0.###")]
    rows = [("A1", date(2026, 1, 2), " x\x01y<&> ", D("1.50"), 3), ("A2", date(2026, 2, 3), "b", D("-2.25"), D("0.5"))]
    seen = []
    assert w.add_table("Lines", cols, rows, totals=[4, 5], progress=Tracker(lambda n, t, _s: seen.append(n)), every=1) == 2
    w.add_summary("Summary", [("Invoices", 2, None), ("Net", D("-0.75"), MONEY_FMT)])
    w.add_about("Lines", {"from": date(2026, 1, 1)}, Actor(1, "bea", Role.BOOKKEEPER),
                datetime(2026, 11, 25, 9, tzinfo=timezone.utc))
    path = w.save(tmp_path / "x.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["Lines"]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:E3"
    assert ws.column_dimensions["C"].width == 30
    assert ws["B2"].is_date and ws["B2"].number_format == DATE_FMT
    assert ws["C2"].value == " xy<&> "                     # control character removed, spaces kept
    assert ws["D3"].data_type == "n" and ws["D3"].value == -2.25 and ws["D3"].number_format == MONEY_FMT
    assert ws["A4"].value == "Total" and ws["D4"].value == "=SUM(D2:D3)" and ws["E4"].value == "=SUM(E2:E3)"
    assert ws["A1"].font.b and seen[-1] == 2
    assert wb["Summary"]["B3"].value == -0.75
    assert wb["About this export"]["B4"].value == "bea (bookkeeper)"


def test_cancel_leaves_no_file(tmp_path):
    w = StreamingWorkbook()
    progress = Tracker()
    rows = ((i,) if i < 25 else progress.cancel() or (i,) for i in range(100))   # Cancel pressed at row 26
    with pytest.raises(Cancelled, match="after 30 rows"):
        w.add_table("Big", [Column("n")], rows, progress=progress, every=10)
    assert not list(tmp_path.iterdir())
