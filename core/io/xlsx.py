"""Writing workbooks a bookkeeper can use as they are.

Every sheet: real dates and numbers with formats, frozen header row, autofilter, sensible widths,
and an "About this export" sheet recording filters, time and who exported. Characters Excel
refuses (C0 control characters) are removed from text.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, fields, is_dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from core.kernel.actor import Actor

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
DATE_FMT = "yyyy-mm-dd"
DATETIME_FMT = "yyyy-mm-dd hh:mm"
MONEY_FMT = "#,##0.00"
QTY_FMT = "#,##0.####"


def clean_text(value: str) -> str:
    return _ILLEGAL.sub("", value)


def cell_value(value: Any) -> Any:
    """Excel-native values: Decimal stays a number, aware datetimes become naive local-free UTC."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, datetime):
        return value.replace(tzinfo=None) if value.tzinfo else value
    if isinstance(value, (dict, list)):
        import json
        return clean_text(json.dumps(value, ensure_ascii=False, default=str))
    return value


@dataclass(frozen=True)
class Column:
    title: str
    width: int = 14
    fmt: str | None = None  # number format; None = General


def add_table_sheet(wb: Workbook, title: str, columns: Sequence[Column], rows: Iterable[Sequence[Any]],
                    totals: Sequence[int] = ()) -> int:
    """A sheet of rows with header, formats, frozen header, autofilter and optional SUM row."""
    ws = wb.create_sheet(title)
    ws.append([c.title for c in columns])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    n = 0
    for row in rows:
        ws.append([cell_value(v) for v in row])
        n += 1
    for idx, col in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(idx)].width = col.width
        if col.fmt:
            for (cell,) in ws.iter_rows(min_row=2, max_row=n + 1, min_col=idx, max_col=idx):
                cell.number_format = col.fmt
    ws.freeze_panes = "A2"
    last = get_column_letter(len(columns))
    ws.auto_filter.ref = f"A1:{last}{max(n + 1, 1)}"
    if totals and n:
        total_row = n + 2
        ws.cell(row=total_row, column=1, value="Total").font = Font(bold=True)
        for idx in totals:
            letter = get_column_letter(idx)
            c = ws.cell(row=total_row, column=idx, value=f"=SUM({letter}2:{letter}{n + 1})")
            c.font = Font(bold=True)
            if columns[idx - 1].fmt:
                c.number_format = columns[idx - 1].fmt
    return n


def add_about_sheet(wb: Workbook, title: str, filters: dict[str, Any], actor: Actor, at: datetime) -> None:
    ws = wb.create_sheet("About this export")
    ws.append(["Export", title])
    ws.append(["Exported at (UTC)", at.replace(tzinfo=None)])
    ws["B2"].number_format = DATETIME_FMT
    ws.append(["Exported by", f"{actor.username} ({actor.role})"])
    for k, v in filters.items():
        ws.append([f"Filter: {k}", cell_value(v) if v not in (None, "") else "(all)"])
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 40
    for cell in ws["A"]:
        cell.font = Font(bold=True)


def new_workbook() -> Workbook:
    wb = Workbook()
    wb.remove(wb.active)
    return wb


def audit_workbook(rows: Sequence[Any], f: Any, actor: Actor, at: datetime, path: Path) -> None:
    wb = new_workbook()
    cols = [Column("When (UTC)", 18, DATETIME_FMT), Column("User", 14), Column("Area", 12),
            Column("Action", 22), Column("Record", 14), Column("Record id", 10),
            Column("Summary", 40), Column("Before", 40), Column("After", 40), Column("Machine-drafted", 10)]
    add_table_sheet(wb, "Audit log", cols, (
        (r.at, r.username, r.area, r.action, r.entity, r.entity_id, r.summary, r.before, r.after,
         "yes" if r.machine_drafted else "") for r in rows))
    filters = asdict(f) if is_dataclass(f) else dict(f)
    add_about_sheet(wb, "Audit log", filters, actor, at)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
