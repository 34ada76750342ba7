"""The shared tabular importer: CSV/XLSX in, validated typed rows out, with a report.

Any area imports files the same way (inventory: products, suppliers, stock counts, sales;
invoicing: historic invoices). An area declares a :class:`Schema` — its fields, how each value is
parsed, which headers usually hold it — and then:

    table = read_table(path)                                   # CSV or XLSX, headers + rows
    mapping = map_columns(table.headers, schema, {"sku": "Code"}, file=path.name)
    parsed = parse_rows(table, schema, mapping, progress=cb)   # typed rows + every problem
    # the area checks rows against its data (unknown SKU...) and adds Problems, then:
    check_all_or_nothing(parsed.problems, skip_invalid)        # raises ValidationError
    # ... and writes the valid rows in ONE unit of work, skipping known fingerprints.

Rules every importer follows (so users learn them once):

* Columns are found by header: the schema's aliases are compared after lower-casing and removing
  everything but letters and digits ("Unit Price" = "unit_price" = "UnitPrice"). ``--map
  FIELD=COLUMN`` overrides (and may name a column by header or by 1-based number).
* Every problem names file, row (the spreadsheet's row number, header = row 1), column and reason.
* All-or-nothing by default: one bad row and nothing is written; ``skip_invalid`` writes the valid
  rows and reports each skipped one.
* Idempotent: each row has a fingerprint (schema, the row's mapped cells, and how many identical
  rows came before it in the file) so importing the same file twice — or an export that overlaps
  the previous one — adds nothing twice; identical rows inside one file still count (two
  croissants in one receipt are two lines).
* ``progress`` (the kernel's progress protocol, ``core.kernel.progress``) hears every few thousand
  rows how far reading is, and is checked as often for a cancel: ``Cancelled`` propagates, so the
  caller's transaction rolls back and nothing is half-imported.
"""
from __future__ import annotations

import csv
import hashlib
import io
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from core.kernel.i18n import _, ngettext
from core.kernel.errors import DeskmateError, Problem, ValidationError
from core.kernel.parsers import SLASHED_DATE, p_text, parse_datetime
from core.kernel.progress import Progress

PROGRESS_EVERY = 5000


def norm_header(text: Any) -> str:
    return re.sub(r"[^a-z0-9]", "", str(text or "").lower())


# ----------------------------------------------------------------------------- schema

@dataclass(frozen=True)
class Field:
    name: str
    label: str
    parse: Callable[[Any], Any] = p_text
    required: bool = False
    aliases: tuple[str, ...] = ()
    default: Any = None
    help: str = ""
    # values of this field are dates: slashed dates are read day-first unless the column shows
    # otherwise (a first part above 12 anywhere means month-first is impossible, and vice versa)
    is_date: bool = False

    def matches(self, header: str) -> bool:
        h = norm_header(header)
        return h == norm_header(self.name) or h in {norm_header(a) for a in self.aliases}


@dataclass(frozen=True)
class Schema:
    kind: str
    title: str
    fields: tuple[Field, ...]
    # at least one of these groups must be mapped (e.g. a product by SKU or by name)
    one_of: tuple[tuple[str, ...], ...] = ()
    # fields that make up a row's identity for fingerprinting (default: all mapped fields)
    identity: tuple[str, ...] | None = None
    # the fields the fidelity report totals: a quantity, and a unit price (money = quantity x price)
    quantity: str | None = None
    price: str | None = None

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    def describe(self) -> list[dict[str, Any]]:
        return [{"field": f.name, "label": _(f.label), "required": f.required,
                 "headers": list(f.aliases), "help": _(f.help) if f.help else f.help} for f in self.fields]


# ----------------------------------------------------------------------------- reading files

@dataclass
class Table:
    file: str
    headers: list[str]
    rows: Callable[[], Iterator[tuple[int, list[Any]]]]   # (sheet row number, cells), restartable
    total: int
    # every row must have as many fields as the header (CSV: a wrong delimiter or a broken quote
    # shows up as a row of another width; XLSX rows are padded by the reader, so not checked)
    fixed_width: bool = False
    notes: list[str] = field(default_factory=list)        # e.g. "read as Windows-1252"


def read_table(path: str | Path, sheet: str | None = None) -> Table:
    """Open a CSV (encoding by byte-order mark, else UTF-8, else Windows-1252 with a note;
    delimiter sniffed among , ; tab |) or an XLSX file. The first non-empty row is the header
    row. Whatever the file holds, the only error raised is a one-line :class:`DeskmateError`."""
    p = Path(path)
    if not p.exists():
        raise DeskmateError(_("{path}: no such file").format(path=p))
    if p.is_dir():
        raise DeskmateError(_("{path}: is a folder, not a file").format(path=p))
    suffix = p.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(p, sheet)
    if suffix in (".csv", ".txt", ".tsv", ""):
        return _read_csv(p)
    raise DeskmateError(_("{file}: only CSV and XLSX files can be imported").format(file=p.name))


# byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one)
BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"), (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"),
        (b"\xef\xbb\xbf", "utf-8", "UTF-8"), (b"\xff\xfe", "utf-16-le", "UTF-16"),
        (b"\xfe\xff", "utf-16-be", "UTF-16"))
CHUNK = 1 << 20
DELIMITERS = ",;\t|"
# a single CSV field may be this long (a 1 MB line of ordinary fields is fine)
FIELD_LIMIT = 1 << 20


@dataclass(frozen=True)
class Encoding:
    codec: str
    skip: int          # bytes of byte-order mark to skip
    note: str = ""


def _line_of(p: Path, offset: int) -> int:
    """1-based line number of a byte offset (for errors about raw bytes)."""
    line = 1
    with p.open("rb") as f:
        done = 0
        while done < offset:
            chunk = f.read(min(CHUNK, offset - done))
            if not chunk:
                break
            line += chunk.count(b"\n")
            done += len(chunk)
    return line


def detect_encoding(p: Path) -> Encoding:
    """The file's text encoding: a byte-order mark says UTF-8/16/32; without one the whole file
    must be valid UTF-8, else it is read as Windows-1252 (the usual Excel "CSV" on Windows) and a
    note says so. NUL bytes outside UTF-16/32 mean a binary file (or UTF-16 saved without a
    byte-order mark): an error naming the row."""
    import codecs
    with p.open("rb") as f:
        head = f.read(4)
    for bom, codec, name in BOMS:
        if head.startswith(bom):
            dec = codecs.getincrementaldecoder(codec)()
            with p.open("rb") as f:
                f.seek(len(bom))
                row = 1
                try:
                    for chunk in iter(lambda: f.read(CHUNK), b""):
                        text = dec.decode(chunk)
                        if "\x00" in text:
                            raise DeskmateError(_("{file}: row {detail} contains NUL characters; is it really a {name} text file?").format(
                                                    file=p.name, detail=row + text[:text.index(chr(0))].count(chr(10)), name=name))
                        row += text.count("\n")
                    dec.decode(b"", final=True)
                except UnicodeDecodeError:
                    raise DeskmateError(_("{file}: row {row}: the file starts with a {name} byte-order mark but is not valid "
                                          "{name} (cut short, or damaged?)").format(
                                            file=p.name, row=row, name=name)) from None
            return Encoding(codec, len(bom))
    dec = codecs.getincrementaldecoder("utf-8")()
    utf8 = True
    offset = 0
    with p.open("rb") as f:
        for chunk in iter(lambda: f.read(CHUNK), b""):
            nul = chunk.find(b"\x00")
            if nul >= 0:
                raise DeskmateError(_("{file}: row {detail} contains NUL bytes: this is not a text file (or it is UTF-16 "
                                      "without a byte-order mark)").format(
                                        file=p.name, detail=_line_of(p, offset + nul)))
            if utf8:
                try:
                    dec.decode(chunk)
                except UnicodeDecodeError:
                    utf8 = False
            offset += len(chunk)
    if utf8:
        try:
            dec.decode(b"", final=True)
        except UnicodeDecodeError:
            utf8 = False
    if utf8:
        return Encoding("utf-8", 0)
    return Encoding("cp1252-lenient", 0, "the file is not valid UTF-8: it was read as Windows-1252 "
                                         "(check accented letters)")


def _cp1252_lenient(error: UnicodeDecodeError) -> tuple[str, int]:
    """The five bytes Windows-1252 leaves undefined are read as Latin-1 (as Windows itself does)."""
    return error.object[error.start:error.end].decode("latin-1"), error.end  # type: ignore[union-attr]


def _register_codec() -> None:
    import codecs
    codecs.register_error("deskmate-latin1", _cp1252_lenient)


_register_codec()


def _open_text(p: Path, enc: Encoding) -> Any:
    f = p.open("rb")
    f.seek(enc.skip)
    import io as _io
    if enc.codec == "cp1252-lenient":
        return _io.TextIOWrapper(f, encoding="cp1252", errors="deskmate-latin1", newline="")
    return _io.TextIOWrapper(f, encoding=enc.codec, newline="")


def _sniff(p: Path, enc: Encoding) -> Any:
    """The delimiter, from the first lines (at most 20, or 64 KB): , ; tab or |."""
    lines: list[str] = []
    size = 0
    with _open_text(p, enc) as f:
        for line in f:
            lines.append(line)
            size += len(line)
            if len(lines) >= 20 or size > 1 << 16:
                break
    sample = "".join(lines)[: 1 << 16]
    try:
        sniffed: Any = csv.Sniffer().sniff(sample, delimiters=DELIMITERS)
    except csv.Error:
        sniffed = csv.excel_tab if p.suffix.lower() == ".tsv" else csv.excel
    # The sniffer guesses from character frequencies and can be fooled by short or odd samples;
    # keep its guess when it splits the header into several columns and every sampled row has
    # that many, else take the delimiter that does best at exactly that.
    def fit(delimiter: str) -> tuple[float, int]:
        try:
            widths = [len(r) for r in csv.reader(io.StringIO(sample), delimiter=delimiter) if r]
        except csv.Error:
            return (0.0, 0)
        if len(lines) > 1 and not sample.endswith("\n"):
            widths = widths[:-1]        # the last sampled line may be cut short
        if not widths or widths[0] < 2:
            return (0.0, widths[0] if widths else 0)
        return (sum(w == widths[0] for w in widths) / len(widths), widths[0])
    chosen = sniffed.delimiter if sniffed.delimiter in DELIMITERS else ","
    if fit(chosen)[0] < 1.0:
        best = max(DELIMITERS, key=fit)
        if fit(best)[0] > fit(chosen)[0]:
            chosen = best

    # only the delimiter is taken from the sample: the sniffer's guesses about quoting are
    # unreliable on short samples, and spreadsheets all write standard CSV quoting
    class Dialect(csv.excel):
        delimiter = chosen
    return Dialect


def _csv_rows(p: Path, enc: Encoding, dialect: Any) -> Iterator[tuple[int, list[str]]]:
    """(row number, fields); a row the csv module cannot read (a field over the size limit) is
    a one-line error naming the row."""
    old = csv.field_size_limit()
    csv.field_size_limit(FIELD_LIMIT)
    try:
        with _open_text(p, enc) as f:
            reader = csv.reader(f, dialect)
            row = 0
            while True:
                row += 1     # the spreadsheet's row number: one per record
                try:
                    r = next(reader)
                except StopIteration:
                    return
                except csv.Error as exc:
                    raise DeskmateError(_("{file}: row {row}: cannot be read as CSV ({exc})").format(
                                            file=p.name, row=row, exc=exc)) from None
                yield row, r
    finally:
        csv.field_size_limit(old)


def _read_csv(p: Path) -> Table:
    enc = detect_encoding(p)
    dialect = _sniff(p, enc)
    headers: list[str] | None = None
    header_row = 0
    total = 0
    for i, r in _csv_rows(p, enc, dialect):
        if headers is None:
            if any(c.strip() for c in r):
                headers, header_row = [c.strip() for c in r], i
        else:
            total += 1
    if headers is None:
        raise DeskmateError(_("{file}: the file is empty").format(file=p.name))

    def rows() -> Iterator[tuple[int, list[Any]]]:
        for i, r in _csv_rows(p, enc, dialect):
            if i > header_row:
                yield i, r

    return Table(p.name, headers, rows, total, fixed_width=True, notes=[enc.note] if enc.note else [])


def _read_xlsx(p: Path, sheet: str | None) -> Table:
    from openpyxl import load_workbook

    def open_ws() -> Any:
        wb = load_workbook(p, read_only=True, data_only=True)
        if sheet is not None and sheet not in wb.sheetnames:
            raise DeskmateError(_("{file}: no sheet named '{sheet}'").format(file=p.name, sheet=sheet))
        return wb, (wb[sheet] if sheet else wb.worksheets[0])

    try:
        wb, ws = open_ws()
    except DeskmateError:
        raise
    except Exception as exc:  # noqa: BLE001 - a corrupt workbook is the user's problem to fix
        raise DeskmateError(_("{file}: not a readable XLSX workbook ({exc})").format(file=p.name, exc=exc)) from exc
    headers: list[str] | None = None
    header_row = 0
    i = 0
    try:
        for i, r in enumerate(ws.iter_rows(values_only=True), start=1):
            if any(c not in (None, "") for c in r):
                headers, header_row = [p_text(c) for c in r], i
                break
        total = max((ws.max_row or header_row) - header_row, 0)
    except Exception as exc:  # noqa: BLE001 - a damaged sheet (cut short, bad XML)
        raise DeskmateError(_("{file}: row {detail}: the workbook is damaged ({exc})").format(
                                file=p.name, detail=i + 1, exc=exc)) from exc
    finally:
        wb.close()
    if headers is None:
        raise DeskmateError(_("{file}: the workbook's first sheet is empty").format(file=p.name))

    def rows() -> Iterator[tuple[int, list[Any]]]:
        try:
            wb2, ws2 = open_ws()
        except DeskmateError:
            raise
        except Exception as exc:  # noqa: BLE001
            raise DeskmateError(_("{file}: not a readable XLSX workbook ({exc})").format(file=p.name, exc=exc)) from exc
        i = 0
        try:
            it = enumerate(ws2.iter_rows(values_only=True), start=1)
            while True:
                try:
                    i, r = next(it)
                except StopIteration:
                    return
                except Exception as exc:  # noqa: BLE001 - damaged further down
                    raise DeskmateError(_("{file}: row {detail}: the workbook is damaged ({exc})").format(
                                            file=p.name, detail=i + 1, exc=exc)) from exc
                if i <= header_row:
                    continue
                yield i, list(r)
        finally:
            wb2.close()

    return Table(p.name, headers, rows, total)


# ----------------------------------------------------------------------------- mapping

def parse_map_args(items: Sequence[str] | None) -> dict[str, str]:
    """``["sku=Code", "quantity=Qty"]`` -> {"sku": "Code", ...} (from ``--map FIELD=COLUMN``)."""
    out: dict[str, str] = {}
    for item in items or ():
        fld, sep, col = item.partition("=")
        if not sep or not fld.strip() or not col.strip():
            raise DeskmateError(_("--map expects FIELD=COLUMN, got '{item}'").format(item=item))
        out[fld.strip()] = col.strip()
    return out


def map_columns(headers: Sequence[str], schema: Schema, overrides: dict[str, str] | None = None,
                file: str | None = None) -> dict[str, int]:
    """Which column (0-based) holds each field. Overrides name a header or a 1-based column
    number; other fields are found by their aliases. Missing required fields are an error."""
    mapping: dict[str, int] = {}
    problems: list[Problem] = []
    used: set[int] = set()
    names = {f.name for f in schema.fields}
    for fld, col in (overrides or {}).items():
        if fld not in names:
            problems.append(Problem(_("--map names an unknown field '{fld}' (fields: {names})").format(
                                        fld=fld, names=', '.join(sorted(names))), file=file))
            continue
        idx = None
        if col.isdigit() and 1 <= int(col) <= len(headers):
            idx = int(col) - 1
        else:
            for i, h in enumerate(headers):
                if h == col or norm_header(h) == norm_header(col):
                    idx = i
                    break
        if idx is None:
            problems.append(Problem(_("--map {fld}={col}: no such column (columns: {names})").format(
                                        fld=fld, col=col, names=', '.join(headers)), file=file, column=col))
            continue
        mapping[fld] = idx
        used.add(idx)
    for f in schema.fields:
        if f.name in mapping:
            continue
        for i, h in enumerate(headers):
            if i not in used and f.matches(h):
                mapping[f.name] = i
                used.add(i)
                break
    for f in schema.fields:
        if f.required and f.name not in mapping:
            problems.append(Problem(_("no column for required field '{name}' ({label}); name it with --map {name}=COLUMN").format(
                                        name=f.name, label=_(f.label)), file=file, column=f.name))
    for group in schema.one_of:
        if not any(g in mapping for g in group):
            problems.append(Problem(_("needs a column for one of: {names}").format(names=', '.join(group)), file=file))
    if problems:
        raise ValidationError(_("{file}: the columns do not fit a {title} import").format(
                                  file=file or _("file"), title=_(schema.title)),
                              problems)
    return mapping


def detect_day_first(table: Table, column: int, limit: int = 200_000) -> bool:
    """Slashed dates: day-first unless some value's second part is above 12 (month-first)."""
    day_first_possible = month_first_possible = True
    seen = 0
    for _row, cells in table.rows():
        if column >= len(cells):
            continue
        v = cells[column]
        if not isinstance(v, str):
            continue
        m = SLASHED_DATE.match(v.strip())
        if m:
            a, b = int(m.group(1)), int(m.group(2))
            if a > 12:
                month_first_possible = False
            if b > 12:
                day_first_possible = False
        seen += 1
        if seen >= limit or not (day_first_possible and month_first_possible):
            break
    return day_first_possible or not month_first_possible


# ----------------------------------------------------------------------------- fidelity

@dataclass
class Tally:
    """Rows, and the quantity and money they carry (``None`` where nothing was measured)."""

    rows: int = 0
    quantity: Decimal | None = None
    money: Decimal | None = None

    def add(self, quantity: Decimal | None, money: Decimal | None, rows: int = 1) -> None:
        self.rows += rows
        if quantity is not None:
            self.quantity = (self.quantity or Decimal(0)) + quantity
        if money is not None:
            self.money = (self.money or Decimal(0)) + money

    def merge(self, other: Tally) -> None:
        self.add(other.quantity, other.money, other.rows)

    def as_dict(self) -> dict[str, Any]:
        return {"rows": self.rows, "quantity": _plain(self.quantity), "money": _plain(self.money)}


def _num(d: Decimal | None, places: int | None = None) -> str:
    """1234.5 -> "1,234.5" (money: "1,234.50"); nothing -> "—"."""
    if d is None:
        return "—"
    if places is not None:
        return f"{d:,.{places}f}"
    return f"{d.normalize():,f}" if d == d.to_integral() else f"{d:,f}".rstrip("0").rstrip(".")


def _plain(d: Decimal | None) -> str | None:
    return None if d is None else format(d.normalize() if d == d.to_integral() else d, "f")


_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")
_INVOICE = re.compile(r"^invoice [^:]+: ")
_ASIDE = re.compile(r"\s*\([^)]*\)")
_NUMBER = re.compile(r"(?<![\w.])-?\d[\d,.]*")


def reason_key(column: str | None, reason: str) -> str:
    """A problem's reason without the values it quotes, so equal reasons count together:
    "Qty: '…' is not a number" for "'one' is not a number" and "'two' is not a number"; asides in
    brackets (which row, which total) are left out."""
    text = _INVOICE.sub("", reason)
    text = _ASIDE.sub("", text)
    text = _QUOTED.sub("'…'", text)
    text = _NUMBER.sub("…", text)
    return f"{column}: {text}" if column else text


# ----------------------------------------------------------------------------- parsing

@dataclass(slots=True)
class ParsedRow:
    row: int
    values: dict[str, Any]
    key: str = ""
    # the row's quantity and money (quantity x unit price) for the fidelity report, if measured
    q: Decimal | None = None
    m: Decimal | None = None


@dataclass
class Parsed:
    file: str
    schema: Schema
    mapping: dict[str, int]
    headers: list[str]
    rows: list[ParsedRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    read: int = 0
    # rows whose values could be read, totalled (the fidelity report's "in the file")
    totals: Tally = field(default_factory=lambda: Tally())
    # rows that could not be read, by reason (uncapped, unlike ``problems``)
    failed: Counter[str] = field(default_factory=Counter)

    def bad_rows(self) -> set[int]:
        return {p.row for p in self.problems if p.row is not None}

    def valid_rows(self) -> list[ParsedRow]:
        bad = self.bad_rows()
        return [r for r in self.rows if r.row not in bad]

    def column_of(self, field_name: str) -> str:
        idx = self.mapping.get(field_name)
        return self.headers[idx] if idx is not None else field_name


_MISS = object()


def parse_rows(table: Table, schema: Schema, mapping: dict[str, int],
               progress: Progress | None = None, max_problems: int = 10_000) -> Parsed:
    """Parse every non-empty row into typed values; collect a Problem per bad cell."""
    out = Parsed(table.file, schema, mapping, list(table.headers))
    out.rows.extend(iter_rows(table, out, progress, max_problems))
    return out


def stream_rows(table: Table, schema: Schema, mapping: dict[str, int], progress: Progress | None = None,
                max_problems: int = 10_000) -> tuple[Parsed, Iterator[ParsedRow]]:
    """Like :func:`parse_rows`, for files too big to hold: the rows come one at a time from the
    iterator (``Parsed.rows`` stays empty) while problems, counts and totals gather in ``Parsed``
    — complete once the iterator is exhausted."""
    out = Parsed(table.file, schema, mapping, list(table.headers))
    return out, iter_rows(table, out, progress, max_problems)


def chunked(rows: Iterator[ParsedRow], size: int = 5000) -> Iterator[list[ParsedRow]]:
    chunk: list[ParsedRow] = []
    for r in rows:
        chunk.append(r)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def iter_rows(table: Table, out: Parsed, progress: Progress | None = None,
              max_problems: int = 10_000) -> Iterator[ParsedRow]:
    """The parsing loop: yields each good row, adds problems and totals to ``out``."""
    schema, mapping = out.schema, out.mapping
    fields = [(f, mapping[f.name]) for f in schema.fields if f.name in mapping]
    day_first = {}
    for f, col in fields:
        if f.is_date:
            day_first[f.name] = detect_day_first(table, col)
    defaults = {f.name: f.default for f in schema.fields if f.name not in mapping}
    # the fingerprint uses the row's raw mapped cells: cheap, and stable for the same
    # export read twice or an overlapping later export from the same till
    id_cols = [mapping[n] for n in (schema.identity or [f.name for f, _ in fields]) if n in mapping]
    plan = [(f.name, col, f.parse, f.is_date, f.required, f.default,
             table.headers[col] if col < len(table.headers) else f.name) for f, col in fields]
    ncols = max([c for _, c in fields] + id_cols + [0]) + 1
    seen: dict[int, int] = {}
    kind = schema.kind
    sha1 = hashlib.sha1
    problems = out.problems
    totals, failed = out.totals, out.failed
    qf, pf = schema.quantity, schema.price
    measured = qf is not None or pf is not None
    tq = tm = None
    one = Decimal(1)
    good = 0
    # parsed values are immutable (str, Decimal, datetime): cache them per field by raw text,
    # since exports repeat the same dates, codes and quantities over and over
    caches: dict[str, dict[Any, Any]] = {name: {} for name, *_ in plan}
    one_id = len(id_cols) == 1
    fixed, width = table.fixed_width, len(table.headers)
    for i, (rownum, cells) in enumerate(table.rows(), start=1):
        if progress is not None and i % PROGRESS_EVERY == 0:
            progress.check("import cancelled: nothing was written")
            progress.report(i, table.total, f"read {i:,} of {table.total:,} rows")
        if not any(cells):
            continue
        first = cells[0]
        if (first is None or (first.__class__ is str and not first.strip())) and \
                not any((c.strip() if c.__class__ is str else True) for c in cells if c):
            continue    # only blanks and spaces
        out.read += 1
        if fixed and len(cells) != width:
            failed[_("a row of another width than the header")] += 1
            if len(problems) < max_problems:
                problems.append(Problem(
                    ngettext("has {n} field but the header has {width} (a different delimiter, or a "
                             "quote left open?)",
                             "has {n} fields but the header has {width} (a different delimiter, or a "
                             "quote left open?)", len(cells)).format(n=len(cells), width=width),
                    file=table.file, row=rownum))
            continue
        if len(cells) < ncols:
            cells = list(cells) + [None] * (ncols - len(cells))
        values = dict(defaults)
        ok = True
        for name, col, parse, is_date, required, default, header in plan:
            raw = cells[col]
            cache = caches[name]
            try:
                hit = cache.get(raw, _MISS) if raw.__class__ is str else _MISS
                if hit is not _MISS:
                    values[name] = hit
                    continue
                if raw is None or (raw.__class__ is str and not raw.strip()):
                    if required:
                        raise ValueError("is empty")
                    val = default
                elif is_date:
                    val = parse_datetime(raw, day_first[name])
                else:
                    val = parse(raw)
                values[name] = val
                if raw.__class__ is str:
                    if len(cache) > 200_000:
                        cache.clear()
                    cache[raw] = val
            except ValueError as exc:
                if ok:
                    failed[reason_key(header, str(exc))] += 1
                ok = False
                if len(problems) < max_problems:
                    problems.append(Problem(str(exc), file=table.file, row=rownum, column=header))
        if not ok:
            continue
        ident = str(cells[id_cols[0]]) if one_id else "\x1f".join([str(cells[c]) for c in id_cols])
        # Repeats are counted by the identity's hash, not its text (8 bytes a row instead of the
        # text: half a million rows in a few tens of MB). Only this loop uses it: two different
        # rows sharing a 64-bit hash in one file (about 1 in 10^8 for half a million rows) would
        # only number a repeat differently.
        ik = hash(ident)
        n = seen.get(ik, 0)
        seen[ik] = n + 1
        key = sha1(f"{kind}\x1e{ident}\x1e{n}".encode()).hexdigest()[:32]
        good += 1
        if measured:
            q = values.get(qf) if qf else None
            p = values.get(pf) if pf else None
            m = (q if q is not None else one) * p if p is not None else None
            if q is not None:
                tq = q if tq is None else tq + q
            if m is not None:
                tm = m if tm is None else tm + m
            yield ParsedRow(rownum, values, key, q, m)
        else:
            yield ParsedRow(rownum, values, key)
    totals.rows, totals.quantity, totals.money = good, tq, tm
    if progress is not None:
        progress.report(table.total, table.total, f"read {out.read:,} rows")


def check_all_or_nothing(parsed: Parsed, skip_invalid: bool) -> None:
    """Refuse the whole import when any row is bad, unless the person asked to skip bad rows."""
    if parsed.problems and not skip_invalid:
        n = len(parsed.bad_rows()) or len(parsed.problems)
        raise ValidationError(
            ngettext("{file}: {n} row cannot be imported{detail}; nothing was written (fix it, or "
                     "import the valid rows with --skip-invalid)",
                     "{file}: {n} rows cannot be imported{detail}; nothing was written (fix them, or "
                     "import the valid rows with --skip-invalid)", n).format(
                file=parsed.file, n=n, detail=first_problem(parsed.problems)), parsed.problems)


def first_problem(problems: Sequence[Problem]) -> str:
    """", first at row 3, column 'cost': ..." — so the one-line error alone says where to look."""
    if not problems:
        return ""
    p = min(problems, key=lambda x: (x.row is None, x.row or 0))
    where = [_("row {row}").format(row=p.row)] if p.row is not None else []
    if p.column:
        where.append(_("column '{column}'").format(column=p.column))
    if not where:
        return f": {p.reason}"
    return _(", first at {where}: {reason}").format(where=", ".join(where), reason=p.reason)


def file_hash(path: str | Path) -> str:
    h = hashlib.sha256()
    with Path(path).open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


@dataclass
class ImportReport:
    """What an import did (or, for a dry run, would do)."""

    kind: str
    file: str
    dry_run: bool
    rows_read: int = 0
    rows_valid: int = 0
    rows_written: int = 0
    rows_duplicate: int = 0
    rows_skipped: int = 0
    created: int = 0
    updated: int = 0
    mapping: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # the fidelity report: every row read is imported, already there, or skipped for a reason;
    # quantity and money are totalled over the rows whose values could be read
    in_file: Tally = field(default_factory=Tally)
    imported: Tally = field(default_factory=Tally)
    already: Tally = field(default_factory=Tally)
    skipped: Tally = field(default_factory=Tally)
    skipped_reasons: Counter[str] = field(default_factory=Counter)
    stored: Tally | None = None           # read back from the database after writing
    stored_note: str = ""                 # what "stored" means for this kind
    measures: tuple[bool, bool] = (False, False)    # quantity, money measured for this kind
    unread: int = 0                       # rows whose values could not be read (not in the totals)

    def start(self, parsed: Parsed) -> None:
        """Take what parsing counted: the file's totals and the rows that could not be read."""
        self.measures = (parsed.schema.quantity is not None, parsed.schema.price is not None)
        self.in_file = Tally(parsed.read, parsed.totals.quantity, parsed.totals.money)
        self.unread = sum(parsed.failed.values())
        for reason, n in parsed.failed.items():
            self.skip(reason, rows=n)

    def count(self, outcome: str, rows: Sequence[ParsedRow]) -> None:
        """Parsed rows' outcome: ``imported`` or ``already``."""
        tally = getattr(self, outcome)
        q = m = None
        for r in rows:
            if r.q is not None:
                q = r.q if q is None else q + r.q
            if r.m is not None:
                m = r.m if m is None else m + r.m
        tally.add(q, m, len(rows))

    def skip(self, reason: str, row: ParsedRow | None = None, rows: int = 1) -> None:
        """Rows skipped for ``reason`` (a parsed row brings its amounts)."""
        self.skipped_reasons[reason] += rows
        self.skipped.add(row.q if row else None, row.m if row else None, rows)

    def fidelity(self) -> list[tuple[str, int | None, Decimal | None, Decimal | None]]:
        """The report's rows: (what, rows, quantity, money); reasons indented under "skipped"."""
        q, m = self.measures
        out: list[tuple[str, int | None, Decimal | None, Decimal | None]] = []

        def row(label: str, t: Tally) -> None:
            out.append((label, t.rows, (t.quantity or Decimal(0)) if q else None,
                        (t.money or Decimal(0)) if m else None))
        row(_("in the file"), self.in_file)
        row(_("would be imported") if self.dry_run else _("imported"), self.imported)
        row(_("already imported before"), self.already)
        row(_("skipped"), self.skipped)
        for reason, n in sorted(self.skipped_reasons.items(), key=lambda x: (-x[1], x[0])):
            out.append((f"  {reason}", n, None, None))
        if self.stored is not None:
            s = self.stored
            out.append((_("stored ({note})").format(note=_(self.stored_note)) if self.stored_note else _("stored"),
                        s.rows,
                        (s.quantity or Decimal(0)) if q else None, s.money if m else None))
        return out

    def fidelity_text(self) -> list[str]:
        """The fidelity report as aligned lines (the command line prints them)."""
        rows = self.fidelity()
        width = max(len(r[0]) for r in rows)
        q, m = self.measures
        head = (f"{'':<{width}}  {_('rows'):>9}" + (f"  {_('quantity'):>14}" if q else "")
                + (f"  {_('money'):>16}" if m else ""))
        lines = [head]
        for label, n, qty, money in rows:
            line = f"{label:<{width}}  {'' if n is None else f'{n:,}':>9}"
            if q:
                line += f"  {_num(qty):>14}"
            if m:
                line += f"  {_num(money, 2):>16}"
            lines.append(line.rstrip())
        if (q or m) and self.unread:
            lines.append(ngettext("{n} row could not be read: its quantity and money are not in the totals",
                                  "{n} rows could not be read: their quantity and money are not in the totals",
                                  self.unread).format(n=f"{self.unread:,}"))
        return lines

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "file": self.file, "dry_run": self.dry_run,
                "rows_read": self.rows_read, "rows_valid": self.rows_valid,
                "rows_written": self.rows_written, "rows_duplicate": self.rows_duplicate,
                "rows_skipped": self.rows_skipped, "created": self.created,
                "updated": self.updated, "mapping": self.mapping,
                "problems": [p.as_dict() for p in self.problems], "notes": self.notes,
                "fidelity": {"in_file": self.in_file.as_dict(), "imported": self.imported.as_dict(),
                             "already_imported": self.already.as_dict(), "skipped": self.skipped.as_dict(),
                             "skipped_by_reason": dict(self.skipped_reasons),
                             "stored": self.stored.as_dict() if self.stored is not None else None,
                             "stored_means": self.stored_note}}

    def summary(self) -> str:
        args = {"file": self.file, "n": self.rows_written, "total": self.rows_read}
        parts = [ngettext("{file}: would import {n} of {total} row", "{file}: would import {n} of {total} rows",
                          self.rows_read).format(**args) if self.dry_run else
                 ngettext("{file}: imported {n} of {total} row", "{file}: imported {n} of {total} rows",
                          self.rows_read).format(**args)]
        if self.rows_duplicate:
            parts.append(ngettext("{n} already imported before", "{n} already imported before",
                                  self.rows_duplicate).format(n=self.rows_duplicate))
        if self.rows_skipped:
            parts.append(ngettext("{n} invalid row skipped", "{n} invalid rows skipped",
                                  self.rows_skipped).format(n=self.rows_skipped))
        if self.created or self.updated:
            parts.append(_("{created} created, {updated} updated").format(created=self.created,
                                                                          updated=self.updated))
        return "; ".join(parts + self.notes)


def write_problems_csv(problems: Sequence[Problem]) -> str:
    """The validation report as CSV text (file,row,column,reason) for saving or showing.
    Text cells that a spreadsheet would run as a formula are prefixed with an apostrophe
    (:func:`core.io.outputs.csv_text`): a reason quotes the bad value, which came from the file."""
    from core.io.outputs import csv_text
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["file", "row", "column", "reason"])
    for p in problems:
        w.writerow([csv_text(p.file or ""), "" if p.row is None else p.row, csv_text(p.column or ""),
                    csv_text(p.reason)])
    return buf.getvalue()
