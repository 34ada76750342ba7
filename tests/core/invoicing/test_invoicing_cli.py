"""The invoicing CLI end to end: items, invoices, issue, pay, list --json, pdf, export, import."""
from __future__ import annotations

import io
import json
from decimal import Decimal as D
from pathlib import Path

import openpyxl
import pypdf
import pytest

from core import cli

PW = "secret-pw-2026"


@pytest.fixture
def run(tmp_path: Path, clock, capsys, monkeypatch):
    data = tmp_path / "data"

    def _run(*argv: str, stdin: str | None = None):
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin or ""))
        rc = cli.run(["--data-dir", str(data), *argv], clock=clock)
        out, err = capsys.readouterr()
        return rc, out, err
    assert _run("init", "--owner", "olivia", "--password-stdin", stdin=PW + "\n")[0] == 0
    assert _run("user", "add", "bea", "--role", "bookkeeper", "--password-stdin", "--as", "olivia",
                stdin=PW + "\n")[0] == 0
    assert _run("login", "bea", "--password-stdin", stdin=PW + "\n")[0] == 0

    def as_someone(*argv: str, stdin: str | None = None):
        """olivia and bea are both logged in: a command without --as reads as bea."""
        return _run(*argv, *(() if "--as" in argv else ("--as", "bea")), stdin=stdin)
    return as_someone


def test_invoice_workflow_from_the_command_line(run, tmp_path):
    assert run("customer", "add", "Ann Smith", "--email", "ann@example.com", "--as", "olivia")[0] == 0
    assert run("item", "add", "BRD", "Sourdough", "3.20", "reduced", "--as", "bea")[0] == 0
    rc, out, err = run("invoice", "new", "--customer", "1", "--line", "Sourdough;2;3.20;reduced",
                       "--line", "Cake;1;12;standard;10;incl", "--as", "bea")
    assert rc == 0, err
    rc, out, _ = run("invoice", "list", "--json", "--status", "draft")
    (row,) = json.loads(out)
    assert row["status"] == "draft" and row["gross"] == "17.52" and row["number"] is None
    rc, out, err = run("invoice", "issue", str(row["id"]), "--as", "bea")
    assert rc == 0 and "2026-0001 issued" in out, err
    rc, out, err = run("invoice", "issue", str(row["id"]), "--as", "bea")
    assert rc == 1 and "already issued" in err and err.count("\n") == 1
    assert run("invoice", "pay", "1", "20", "--as", "bea")[1].strip().endswith("2.48 kept as customer credit")
    rc, out, _ = run("invoice", "list", "--json", "--from", "2026-11-01", "--to", "2026-11-30")
    assert json.loads(out)[0]["status"] == "paid"
    assert run("invoice", "list", "--json", "--status", "overdue")[1].strip() == "[]"
    pdf = tmp_path / "inv.pdf"
    assert run("invoice", "pdf", "1", "-o", str(pdf))[0] == 0
    assert "2026-0001" in pypdf.PdfReader(pdf).pages[0].extract_text()
    xlsx = tmp_path / "reg.xlsx"
    rc, out, err = run("export", "register", "--from", "2026-01-01", "--to", "2026-12-31", "-o", str(xlsx), "--as", "bea")
    assert rc == 0, err
    assert openpyxl.load_workbook(xlsx)["Invoice register"]["A2"].value == "2026-0001"
    rc, _, err = run("export", "lines", "--from", "2026-01-01", "--to", "2026-12-31", "-o", str(xlsx), "--as", "olivia")
    assert rc == 1 and "already exists; add --force" in err       # an existing file is never replaced silently
    rc, _, err = run("export", "lines", "--from", "2026-01-01", "--to", "2026-12-31", "-o", str(xlsx), "--as", "olivia",
                     "--force")
    assert rc == 0, err
    assert run("invoice", "void", "1", "--reason", "x", "--as", "bea")[0] == 1   # paid: credit note instead


def test_import_invoices_command(run, tmp_path):
    f = tmp_path / "old.csv"
    f.write_text("Ref,Date,Client,Item,Qty,Price\nA-1,2025-03-01,Bob,Tea,2,1.50\nA-2,2025-03-02,Bob,Tea,x,1\n")
    rc, out, err = run("import", "invoices", str(f), "--map", "number=Ref", "--as", "bea")
    assert rc == 1 and "row 3" in err and "Qty" in err
    rc, out, err = run("import", "invoices", str(f), "--map", "number=Ref", "--dry-run", "--skip-invalid", "--as", "bea")
    assert rc == 0 and "would import 1" in out
    assert json.loads(run("invoice", "list", "--json")[1]) == []
    rc, out, err = run("import", "invoices", str(f), "--map", "number=Ref", "--skip-invalid", "--as", "bea")
    assert rc == 0 and "imported 1" in out
    assert [r["number"] for r in json.loads(run("invoice", "list", "--json")[1])] == ["A-1"]


def test_invoice_show_and_customer_show_print_money_and_percent_for_people(run):
    """`invoice show` printed the tax rate as "2E+1 %" and `customer show` the credit as "25.0000"."""
    assert run("customer", "add", "Ann Smith", "--as", "olivia")[0] == 0
    rc, out, err = run("invoice", "new", "--customer", "1", "--line", "Cake;2;12.50;standard",
                       "--line", "Tea;1;3;reduced;10", "--issue", "--as", "bea")
    assert rc == 0, err
    assert "€32.84" in out                                      # 25 + 20 % and 2.70 + 5 %, rounded per line
    rc, out, err = run("invoice", "show", "1")
    assert rc == 0, err
    assert "E+" not in out and "E-" not in out
    assert "tax standard 20%: net €25.00 tax €5.00" in out
    assert "tax reduced 5%: net €2.70 tax €0.14" in out
    assert "issued 25 Nov 2026, due 9 Dec 2026" in out
    assert "10%" in out                                         # the line discount
    rc, out, _ = run("invoice", "show", "1", "--json")
    shown = json.loads(out)
    assert "E+" not in out and shown["issue_date"] == "2026-11-25"           # JSON stays machine-readable
    assert [D(t["rate"]) for t in shown["taxes"]] == [20, 5] and shown["gross"] == "32.84"
    assert run("invoice", "pay", "1", "57.84", "--as", "bea")[0] == 0     # 25.00 more than is open
    rc, out, err = run("customer", "show", "1")
    assert rc == 0, err
    assert "credit €25.00" in out and "25.0000" not in out
    rc, out, _ = run("customer", "show", "1", "--json")
    assert D(json.loads(out)["customer"]["credit_balance"]) == 25
