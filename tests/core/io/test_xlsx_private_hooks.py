"""The streaming XLSX writer uses a few private parts of openpyxl and et_xmlfile (see the note in
core/io/xlsx.py). Both are pinned to tested ranges in pyproject.toml; this test fails loudly, and
says what moved, if an upgrade changes any of them, before an export silently breaks."""
from __future__ import annotations

import inspect
from importlib.metadata import version

from openpyxl import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet


def test_pinned_versions_are_the_tested_ones():
    major_minor = tuple(int(p) for p in version("openpyxl").split(".")[:2])
    assert major_minor == (3, 1), f"openpyxl {version('openpyxl')}: re-check core/io/xlsx.py's hooks"
    assert int(version("et_xmlfile").split(".")[0]) in (1, 2), f"et_xmlfile {version('et_xmlfile')}"


def test_write_only_worksheet_still_has_the_hooks_the_streaming_writer_uses():
    assert callable(getattr(WriteOnlyWorksheet, "_get_writer", None)), "WriteOnlyWorksheet._get_writer moved"
    source = inspect.getsource(WriteOnlyWorksheet)
    assert "self._rows" in source, "WriteOnlyWorksheet._rows (the row generator close() drains) moved"
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("hooks")
    ws._get_writer()
    writer = ws._writer
    assert hasattr(writer, "xf"), "the worksheet writer's xf coroutine moved"
    xf = writer.xf.send(True)
    assert hasattr(xf, "element") and callable(xf.element), "et_xmlfile xmlfile.element moved"
    raw = getattr(xf, "_file", None)
    assert callable(raw), "et_xmlfile's raw writer (xf._file) moved"
    with xf.element("sheetData"):
        raw('<row r="1"><c r="A1" t="inlineStr"><is><t>ok</t></is></c></row>')
    writer.xf.send(None)
