"""Issue 17: what the kernel and the import/export layer say reaches a person in their language —
errors on the command line, the import's fidelity report, and the workbook a bookkeeper opens
(sheet names, column headers, the "About this export" sheet) — while the English default stays."""
from __future__ import annotations

import pytest

from core.cli import run
from core.io.tabular import ImportReport, Parsed, check_all_or_nothing, read_table
from core.kernel.errors import DeskmateError, Problem, ValidationError
from core.kernel.i18n import language


def test_a_missing_file_is_reported_in_the_language_of_the_command_line(
        data_dir, owner, cli_login, capsys: pytest.CaptureFixture[str]) -> None:
    cli_login("olivia")
    assert run(["--lang", "de", "--data-dir", str(data_dir), "import", "products", "/no/such.csv"]) == 1
    assert "/no/such.csv: Datei nicht gefunden" in capsys.readouterr().err
    assert run(["--lang", "es", "--data-dir", str(data_dir), "import", "products", "/no/such.csv"]) == 1
    assert "/no/such.csv: no existe el archivo" in capsys.readouterr().err
    assert run(["--data-dir", str(data_dir), "import", "products", "/no/such.csv"]) == 1
    assert "/no/such.csv: no such file" in capsys.readouterr().err


def test_counts_take_the_plural_the_language_needs(tmp_path) -> None:
    parsed = Parsed.__new__(Parsed)     # only what the all-or-nothing check reads
    parsed.file, parsed.problems = "sales.csv", [Problem("bad", file="sales.csv", row=4, column="qty")]
    for lang, want in (("en", "sales.csv: 1 row cannot be imported, first at row 4, column 'qty': bad; "
                               "nothing was written (fix it,"),
                       ("de", "sales.csv: 1 Zeile kann nicht importiert werden, zuerst in Zeile 4, Spalte 'qty': "
                              "bad; nichts wurde geschrieben"),
                       ("es", "sales.csv: 1 fila no se puede importar, la primera en fila 4, columna 'qty': bad")):
        with language(lang), pytest.raises(ValidationError) as err:
            check_all_or_nothing(parsed, skip_invalid=False)
        assert str(err.value).startswith(want), str(err.value)
    report = ImportReport(kind="sales", file="sales.csv", dry_run=True)
    report.rows_read, report.rows_written, report.rows_skipped = 3, 2, 1
    with language("de"):
        assert report.summary() == "sales.csv: würde 2 von 3 Zeilen importieren; 1 ungültige Zeile übersprungen"
        assert [r[0] for r in report.fidelity()][:4] == ["in der Datei", "würde importiert",
                                                        "bereits früher importiert", "übersprungen"]
    with language("es"), pytest.raises(DeskmateError, match="es una carpeta, no un archivo"):
        read_table(tmp_path)
