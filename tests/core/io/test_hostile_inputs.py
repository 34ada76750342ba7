"""Files read as they are: encodings, delimiters, and no input file ever ends in a traceback."""
from __future__ import annotations

import csv
import hashlib
import io
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from core.cli import run
from core.io import tabular
from core.kernel.errors import DeskmateError

# ----------------------------------------------------------------------------- reading as it is

ROWS = [["SKU", "Name", "Cost"], ["CAF-1", "Café crème", "1.50"], ["ZUC-2", "Zürich Brötchen", "0.80"]]


def _csv_text(rows: list[list[str]], delimiter: str = ",") -> str:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


def _read_all(path: Path) -> tuple[list[str], list[list[str]], list[str]]:
    t = tabular.read_table(path)
    return t.headers, [cells for _, cells in t.rows()], t.notes


@pytest.mark.parametrize("codec, bom", [("utf-8", b"\xef\xbb\xbf"), ("utf-8", b""),
                                        ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
                                        ("utf-32-le", b"\xff\xfe\x00\x00"), ("utf-32-be", b"\x00\x00\xfe\xff")])
def test_unicode_files_are_read_by_their_byte_order_mark(tmp_path, codec, bom) -> None:
    f = tmp_path / "p.csv"
    f.write_bytes(bom + _csv_text(ROWS).encode(codec))
    assert _read_all(f) == (ROWS[0], ROWS[1:], [])


def test_not_utf8_is_read_as_windows_1252_with_a_note(app, owner, tmp_path) -> None:  # noqa: D103
    f = tmp_path / "p.csv"
    f.write_bytes(_csv_text(ROWS + [["EUR-3", "Price in € \x81", "2"]]).encode("cp1252", errors="ignore")
                  + b"X,\x81 odd,1\r\n")   # 0x81 is undefined in Windows-1252: read as Latin-1
    headers, rows, notes = _read_all(f)
    assert rows[0][1] == "Café crème" and rows[2][1].startswith("Price in €") and rows[3][1] == "\x81 odd"
    assert notes == ["the file is not valid UTF-8: it was read as Windows-1252 (check accented letters)"]
    rep = app.inventory.import_file(owner, "products", f)
    assert "read as Windows-1252" in rep.summary() and rep.created == 4


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_the_delimiter_is_sniffed(tmp_path, delimiter) -> None:
    f = tmp_path / "p.csv"
    f.write_text(_csv_text(ROWS, delimiter), encoding="utf-8")
    assert _read_all(f)[:2] == (ROWS[0], ROWS[1:])


cell = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=12)


@given(st.lists(st.lists(cell, min_size=3, max_size=3), min_size=1, max_size=8),
       st.sampled_from([",", ";", "\t", "|"]),
       st.sampled_from([("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"),
                        ("utf-32-be", b"\x00\x00\xfe\xff")]))
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_table_reads_back_as_written(tmp_path, rows, delimiter, enc) -> None:
    header = ["SKU", "Name", "Cost"]
    f = tmp_path / "h.csv"
    text = _csv_text([header] + rows, delimiter)
    f.write_bytes(enc[1] + text.encode(enc[0]))
    t = tabular.read_table(f)
    assert t.headers == header
    got = {tuple(c) for _, c in t.rows() if any(x.strip() for x in c)}
    # rows that are blank after stripping are skipped by importers; every other row comes back
    # exactly — or, where the sniffer could not tell the delimiter, as a row of another width,
    # which the importer refuses naming the row
    for r in rows:
        if any(x.strip() for x in r) and tuple(r) not in got:
            parsed = tabular.parse_rows(t, tabular.Schema("x", "x", (tabular.Field("sku", "SKU"),)), {"sku": 0})
            assert parsed.problems and all("but the header has" in p.reason for p in parsed.problems)
            break


# ----------------------------------------------------------------------------- the hostile corpus

def _xlsx_bytes() -> bytes:
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.append(["SKU", "Name", "Cost"])
    for i in range(2000):
        ws.append([f"S{i}", f"Thing {i}", i])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def hostile_corpus(folder: Path) -> dict[str, Path]:
    """Files no command may choke on. Each must be refused in one line."""
    xlsx = _xlsx_bytes()
    mb = 1 << 20
    files: dict[str, bytes] = {
        "empty.csv": b"",
        "blank-lines.csv": b"\r\n \r\n,,\r\n",
        "binary.csv": bytes(range(256)) * 64,
        "binary.xlsx": bytes(range(255, -1, -1)) * 64,
        "truncated.xlsx": xlsx[: len(xlsx) // 2],
        "text-named.xlsx": b"SKU,Name\nA,B\n",
        "utf16-no-bom.csv": "SKU,Name,Cost\r\nA,Bread,1\r\n".encode("utf-16-le"),
        "utf16-bom-cut.csv": b"\xff\xfe" + "SKU,Name,Cost\r\nA,Bread,1\r\n".encode("utf-16-le")[:-1],
        "utf8-bom-then-nul.csv": b"\xef\xbb\xbfSKU,Name\r\nA\x00B,Bread\r\n",
        "nul-bytes.csv": b"SKU,Name,Cost\nA,Bread,1\nB\x00,Rye,2\n",
        "comma-header-semicolon-rows.csv": b"SKU,Name,Cost,Date,Quantity\nA;Bread;1.0;2026-11-20;3\n"
                                           b"B;Rye;2.0;2026-11-20;4\n",
        "row-too-long.csv": b"SKU,Name,Cost,Date,Quantity\nA,Bread,1,2026-11-20,3,extra\n",
        "quote-left-open.csv": b'SKU,Name,Cost,Date,Quantity\n"A,Bread,1,2026-11-20,3\nB,Rye,2,2026-11-20,4\n',
        "one-mb-field.csv": b"SKU,Name,Cost,Date,Quantity\nA," + b"x" * (mb + 10) + b",1,2026-11-20,3\n",
        "one-mb-line.csv": b"SKU,Name,Cost,Date,Quantity\n" + b"1," * (mb // 2) + b"1\n",
        "huge-numbers.csv": b"Date,SKU,Name,Cost,Price,Quantity,Counted,Supplier,Lead time,"
                            b"Invoice number,Invoice date,Customer,Item,Unit price\n"
                            b"2026-11-20,BRE-001,Bread,1e30,1000000000000000,922337203685477,1e20,Mill,"
                            b"1e30,A-1,2026-01-05,Bob,Tea,1000000000000000\n",
        "directory-like.csv/": b"",
    }
    out = {}
    for name, data in files.items():
        p = folder / name.rstrip("/")
        if name.endswith("/"):
            p.mkdir()
        else:
            p.write_bytes(data)
        out[name.rstrip("/")] = p
    return out


def _db_digest(data_dir: Path) -> str:
    """Every table's rows, hashed: the database content, whatever the file's page layout."""
    con = sqlite3.connect(data_dir / "deskmate.sqlite3")
    try:
        h = hashlib.sha256()
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        for t in tables:
            for row in con.execute(f'SELECT * FROM "{t}" ORDER BY 1'):
                h.update(repr((t, row)).encode())
        return h.hexdigest()
    finally:
        con.close()


COMMANDS = {"import products": ["import", "products"], "import suppliers": ["import", "suppliers"],
            "import stock": ["import", "stock"], "import sales": ["import", "sales"],
            "import invoices": ["import", "invoices"],
            "reorder backtest": ["reorder", "backtest", "--cutoff", "2026-11-01"],
            "roster benchmark": ["roster", "benchmark", "--time-limit", "1"], "restore": ["restore"]}


@pytest.fixture
def shop_dir(app, owner, data_dir, cli_login):
    sup = app.inventory.create_supplier(owner, "Mill")
    app.inventory.create_product(owner, "BRE-001", "Bread", supplier_id=sup.id, cost="1.00")
    app.close()
    cli_login("olivia")
    return data_dir


@pytest.mark.slow
@pytest.mark.parametrize("command", list(COMMANDS))
def test_no_input_file_ends_in_a_traceback(shop_dir, tmp_path, capsys, command) -> None:
    """Every file of the corpus, through one command (every import kind and every command that
    reads a file): exit 1, exactly one line on stderr, and the database unchanged."""
    corpus = hostile_corpus(tmp_path)
    before = _db_digest(shop_dir)
    for name, path in corpus.items():
        argv = COMMANDS[command][:2] + [str(path)] + COMMANDS[command][2:]
        capsys.readouterr()
        try:
            rc = run(["--data-dir", str(shop_dir), *argv])
        except BaseException as exc:  # noqa: BLE001 - the point of the test
            pytest.fail(f"{name}: deskmate {command} raised {exc!r}")
        _, err = capsys.readouterr()
        what = f"{name}: deskmate {command}"
        assert rc == 1, f"{what} exited {rc}; stderr {err!r}"
        lines = err.splitlines()
        assert len(lines) == 1 and lines[0].startswith("deskmate: "), f"{what}: {err!r}"
        assert "Traceback" not in err and len(lines[0]) < 600, what
    assert (shop_dir / "deskmate.sqlite3").exists()
    assert _db_digest(shop_dir) == before


def test_hostile_files_are_explained(shop_dir, tmp_path, capsys) -> None:
    corpus = hostile_corpus(tmp_path)
    for name, fragment in [("utf16-no-bom.csv", "row 1 contains NUL bytes"),
                           ("nul-bytes.csv", "row 3 contains NUL bytes"),
                           ("comma-header-semicolon-rows.csv", "first at row 2: has 1 field but the header has 5"),
                           ("row-too-long.csv", "first at row 2: has 6 fields but the header has 5"),
                           ("one-mb-field.csv", "row 2: cannot be read as CSV"),
                           ("truncated.xlsx", "truncated.xlsx: not a readable XLSX workbook"),
                           ("empty.csv", "empty.csv: the file is empty")]:
        assert run(["--data-dir", str(shop_dir), "import", "products", str(corpus[name])]) == 1
        err = capsys.readouterr().err
        assert fragment in err, (name, err)


def test_read_table_raises_only_deskmate_errors(tmp_path) -> None:
    for name, path in hostile_corpus(tmp_path).items():
        try:
            t = tabular.read_table(path)
            for _ in t.rows():
                pass
        except DeskmateError as exc:
            assert "\n" not in str(exc).strip() or name.endswith(".xlsx"), name
