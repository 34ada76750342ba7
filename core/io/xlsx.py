"""Writing workbooks a bookkeeper can use as they are.

Every sheet: real dates and numbers with formats, frozen header row, autofilter, sensible widths,
and an "About this export" sheet recording filters, time and who exported. Characters Excel
refuses (C0 control characters) are removed from text.

No formulas from data: every text value is written as a text cell (openpyxl ``data_type 's'``,
an inline string in the XML), whatever it starts with (``= + - @``, a tab...), so a product or
customer named ``=HYPERLINK(...)`` is shown, never run. Text that a spreadsheet would read as a
formula if typed also gets Excel's "quote prefix" style (what Excel itself records when a person
types ``'=...``), so it stays text even when the cell is edited. The only formulas Deskmate writes
are its own totals rows.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, is_dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from core.kernel.i18n import N_, _
from core.kernel.actor import Actor

DATE_FMT = "yyyy-mm-dd"
DATETIME_FMT = "yyyy-mm-dd hh:mm"
MONEY_FMT = "#,##0.00"
QTY_FMT = "#,##0.####"


_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
#: Text starting with one of these would be read as a formula if typed into a cell.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def clean_text(value: str) -> str:
    """Remove characters a workbook cannot hold (C0 controls other than tab and newline,
    U+FFFE/U+FFFF and lone surrogates): Excel refuses files that contain them. Line breaks
    become ``\n`` (a workbook's XML would turn a bare CR into one anyway)."""
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _XML_ILLEGAL.sub("", value)


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def append_row(ws: Any, values: Sequence[Any]) -> None:
    """``ws.append`` for a normal-mode sheet, with every text value kept as text.

    openpyxl turns a string starting with ``=`` into a formula (and ``#N/A`` into an error
    value) on assignment; here the cell's type is set back to text explicitly."""
    ws.append([cell_value(v) for v in values])
    for cell in ws[ws.max_row]:
        if isinstance(cell.value, str):
            text_cell(cell)


def text_cell(cell: Any) -> Any:
    cell.data_type = "s"
    if looks_like_formula(cell.value):
        cell.quotePrefix = True
    return cell


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
    ws = wb.create_sheet(_(title)[:31])
    append_row(ws, [_(c.title) for c in columns])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    n = 0
    for row in rows:
        append_row(ws, row)
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
        ws.cell(row=total_row, column=1, value=_("Total")).font = Font(bold=True)
        for idx in totals:
            letter = get_column_letter(idx)
            c = ws.cell(row=total_row, column=idx, value=f"=SUM({letter}2:{letter}{n + 1})")
            c.font = Font(bold=True)
            if columns[idx - 1].fmt:
                c.number_format = columns[idx - 1].fmt
    return n


def about_rows(title: str, filters: dict[str, Any], actor: Actor, at: datetime) -> list[tuple[str, Any]]:
    """What every "About this export" sheet says: what, when, who, with which Deskmate, which filters.
    The version lets a bookkeeper tell which release produced a file when a figure is questioned."""
    from core.kernel.version import app_version
    rows: list[tuple[str, Any]] = [(_("Export"), _(title)), (_("Exported at (UTC)"), at.replace(tzinfo=None)),
                                   (_("Exported by"), f"{actor.username} ({actor.role})"),
                                   (_("Deskmate version"), app_version())]
    for k, v in filters.items():
        rows.append((_("Filter: {name}").format(name=_(k)),
                     cell_value(v) if v not in (None, "") else _("(all)")))
    return rows


def add_about_sheet(wb: Workbook, title: str, filters: dict[str, Any], actor: Actor, at: datetime) -> None:
    ws = wb.create_sheet(_("About this export")[:31])
    for row in about_rows(title, filters, actor, at):
        append_row(ws, list(row))
    ws["B2"].number_format = DATETIME_FMT
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
    cols = [Column(N_("When (UTC)"), 18, DATETIME_FMT), Column(N_("User"), 14), Column(N_("Area"), 12),
            Column(N_("Action"), 22), Column(N_("Record"), 14), Column(N_("Record id"), 10),
            Column(N_("Summary"), 40), Column(N_("Before"), 40), Column(N_("After"), 40),
            Column(N_("Machine-drafted"), 10)]
    add_table_sheet(wb, N_("Audit log"), cols, (
        (r.at, r.username, r.area, r.action, r.entity, r.entity_id, r.summary, r.before, r.after,
         "yes" if r.machine_drafted else "") for r in rows))
    filters = asdict(f) if is_dataclass(f) else dict(f)
    add_about_sheet(wb, N_("Audit log"), filters, actor, at)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)


# ----------------------------------------------------------------------------- big exports
# openpyxl's write-only mode keeps memory flat, but builds an XML element per cell, which makes a
# million-row sheet several times slower than xlsxwriter. StreamingWorkbook keeps openpyxl's
# write-only workbook (styles, package, views, autofilter, column widths) and only serialises the
# <row> elements of its table sheets itself: same XML openpyxl would write, one string per row.
# tests/core/io/test_xlsx_streaming.py reads the result back with openpyxl to keep it honest.

import os as _os  # noqa: E402 - the streaming writer's imports sit with it (see above)
import tempfile as _tempfile  # noqa: E402
from datetime import time as _time  # noqa: E402
from xml.sax.saxutils import escape as _escape  # noqa: E402

from openpyxl.cell import WriteOnlyCell as _WriteOnlyCell  # noqa: E402
from openpyxl.utils.datetime import to_excel as _to_excel  # noqa: E402

from core.kernel.progress import Progress as _Progress  # noqa: E402


_NEEDS_ESCAPE = re.compile("[<>&\x00-\x08\x0b-\x1f\ufffe\uffff\ud800-\udfff]")


def _xml_text(value: str) -> str:
    text = _escape(clean_text(value)) if _NEEDS_ESCAPE.search(value) else value
    if text[:1].isspace() or text[-1:].isspace():
        return f'<is><t xml:space="preserve">{text}</t></is>'
    return f"<is><t>{text}</t></is>"


class StreamingWorkbook:
    """A write-only workbook for exports of any size, in bounded memory.

    ``add_table`` streams rows (any iterable) with formats, frozen header row, autofilter, column
    widths and an optional SUM totals row. Every ``every`` rows it reports to ``progress`` (the
    kernel's progress protocol) and checks it for a cancel (which raises ``Cancelled``). ``save``
    writes to a temporary file first and renames it, so a cancelled or failed export leaves no
    half file.
    """

    def __init__(self) -> None:
        self.wb = Workbook(write_only=True)
        self.sheets: dict[str, int] = {}

    def _style_id(self, ws: Any, fmt: str | None, bold: bool = False, quote: bool = False) -> int:
        cell = _WriteOnlyCell(ws)
        if fmt:
            cell.number_format = fmt
        if bold:
            cell.font = Font(bold=True)
        if quote:
            cell.quotePrefix = True
        return cell.style_id if (fmt or bold or quote) else 0

    def add_table(self, title: str, columns: Sequence[Column], rows: Iterable[Sequence[Any]],
                  totals: Sequence[int] = (), progress: _Progress | None = None,
                  expected: int | None = None, every: int = 5000, freeze: bool = True) -> int:
        if progress is not None:
            progress.check(_("export cancelled; nothing was written"))
        title = _(title)
        ws = self.wb.create_sheet(title[:31])
        for idx, col in enumerate(columns, start=1):
            ws.column_dimensions[get_column_letter(idx)].width = col.width
        if freeze:
            ws.freeze_panes = "A2"
        letters = [get_column_letter(i) for i in range(1, len(columns) + 1)]
        styles = [self._style_id(ws, c.fmt) for c in columns]
        quoted = [f'<c s="{self._style_id(ws, c.fmt, quote=True)}" r="{letter}'
                  for letter, c in zip(letters, columns)]
        bold = self._style_id(ws, None, bold=True)
        bold_fmt = [self._style_id(ws, c.fmt, bold=True) for c in columns]
        epoch = self.wb.epoch
        ws._get_writer()   # noqa: SLF001 - see the note above the class
        xf = ws._writer.xf.send(True)  # noqa: SLF001
        write = xf._file  # noqa: SLF001 - et_xmlfile's raw writer
        n = 0
        with xf.element("sheetData"):
            write('<row r="1">' + "".join(
                f'<c r="{letter}1" s="{bold}" t="inlineStr">{_xml_text(_(c.title))}</c>'
                for letter, c in zip(letters, columns)) + "</row>")
            r = 1
            heads = [(f'<c s="{s}" r="{letter}', letter, q) for letter, s, q in zip(letters, styles, quoted)]
            dates: dict[Any, str] = {}
            for row in rows:
                r += 1
                rs = str(r)
                parts = ['<row r="', rs, '">']
                for (head, letter, quote), v in zip(heads, row):
                    if v is None:
                        continue
                    t = type(v)
                    if t is str:
                        # Always a text cell, whatever it starts with: never a formula from data.
                        # The check reads the text as the cell will hold it: a removed control
                        # character must not hide a leading "=".
                        shown = clean_text(v) if _NEEDS_ESCAPE.search(v) else v
                        parts.append(f'{quote if shown.startswith(FORMULA_STARTS) else head}{rs}" '
                                     f't="inlineStr">{_xml_text(v)}</c>')
                    elif t is Decimal:
                        parts.append(f'{head}{rs}" t="n"><v>{v:f}</v></c>')
                    elif t is int or t is float:
                        parts.append(f'{head}{rs}" t="n"><v>{v!r}</v></c>')
                    elif t is date:
                        serial = dates.get(v)
                        if serial is None:
                            serial = dates[v] = repr(_to_excel(v, epoch))
                        parts.append(f'{head}{rs}" t="n"><v>{serial}</v></c>')
                    else:
                        parts.append(_xml_cell(f"{letter}{r}", int(head.split('"')[1]), v, epoch))
                parts.append("</row>")
                write("".join(parts))
                n += 1
                if n % every == 0 and progress is not None:
                    progress.check(_("export cancelled after {n} rows; nothing was written").format(n=f"{n:,}"))
                    progress.report(n, expected, _("{title}: {n} rows").format(title=title, n=f"{n:,}"))
            if totals and n:
                r += 1
                cells = [f'<c r="A{r}" s="{bold}" t="inlineStr">{_xml_text(_("Total"))}</c>'] if 1 not in totals else []
                for idx in totals:
                    letter = letters[idx - 1]
                    cells.append(f'<c r="{letter}{r}" s="{bold_fmt[idx - 1]}"><f>SUM({letter}2:{letter}{n + 1})</f></c>')
                write(f'<row r="{r}">' + "".join(cells) + "</row>")
        ws._writer.xf.send(None)  # noqa: SLF001
        ws._rows = _closed_rows()  # noqa: SLF001 - close() then finishes the sheet normally
        ws.auto_filter.ref = f"A1:{letters[-1]}{n + 1}"
        if progress is not None:
            progress.report(n, expected, _("{title}: {n} rows").format(title=title, n=f"{n:,}"))
        self.sheets[ws.title] = n
        return n

    def add_summary(self, title: str, figures: Sequence[tuple[str, Any, str | None]]) -> None:
        """Figures Deskmate computed itself: (label, value, number format)."""
        rows = []
        for label, value, fmt in figures:
            rows.append((label, value if fmt == MONEY_FMT else None,
                         value if fmt != MONEY_FMT and not isinstance(value, (str, date)) else None,
                         value if isinstance(value, (str, date)) else None))
        self.add_table(title, [Column(N_("Figure"), 34), Column(N_("Amount"), 16, MONEY_FMT),
                               Column(N_("Count"), 14, "#,##0"), Column(N_("Text / date"), 26, DATE_FMT)],
                       [(_(label), *rest) for label, *rest in rows])

    def add_about(self, title: str, filters: dict[str, Any], actor: Actor, at: datetime) -> None:
        self.add_table(N_("About this export"), [Column(N_("What"), 26), Column(N_("Value"), 44, DATETIME_FMT)],
                       about_rows(title, filters, actor, at))

    def save(self, path: Path, atomic: bool = True) -> Path:
        """Write the workbook. ``atomic=False`` writes straight to ``path``: for a caller that
        already writes to a temporary file of its own (:func:`core.io.outputs.writing`)."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not atomic:
            self.wb.save(path)
            return path
        fd, tmp = _tempfile.mkstemp(prefix=".export-", suffix=".xlsx", dir=path.parent)
        _os.close(fd)
        try:
            self.wb.save(tmp)
            _os.replace(tmp, path)
        except BaseException:
            if _os.path.exists(tmp):
                _os.unlink(tmp)
            raise
        return path


def _closed_rows() -> Any:
    def gen() -> Any:
        try:
            while True:
                yield
        except GeneratorExit:
            return
    g = gen()
    next(g)
    return g


def _xml_cell(ref: str, s: int, v: Any, epoch: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, str):   # a str subclass (an enum...): text too, never a formula
        return f'<c r="{ref}" s="{s}" t="inlineStr">{_xml_text(str(v))}</c>'
    if isinstance(v, bool):
        return f'<c r="{ref}" s="{s}" t="b"><v>{int(v)}</v></c>'
    if isinstance(v, Decimal):
        return f'<c r="{ref}" s="{s}" t="n"><v>{v:f}</v></c>'
    if isinstance(v, (int, float)):
        return f'<c r="{ref}" s="{s}" t="n"><v>{v!r}</v></c>'
    if isinstance(v, datetime):
        v = v.replace(tzinfo=None) if v.tzinfo else v
        return f'<c r="{ref}" s="{s}" t="n"><v>{_to_excel(v, epoch)!r}</v></c>'
    if isinstance(v, (date, _time)):
        return f'<c r="{ref}" s="{s}" t="n"><v>{_to_excel(v, epoch)!r}</v></c>'
    return f'<c r="{ref}" s="{s}" t="inlineStr">{_xml_text(str(cell_value(v)))}</c>'
