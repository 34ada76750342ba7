"""Historic invoice import: numbers kept, credit notes recognised, exact totals, all-or-nothing."""
from __future__ import annotations

import hashlib

from decimal import Decimal as D

import openpyxl
import pytest
from inv_helpers import lines
from hypothesis import HealthCheck, given, settings, strategies as st

from core.invoicing.importer import import_invoices
from core.kernel.errors import PermissionDenied, ValidationError

CSV = """Invoice No,Date,Customer,Item,Qty,Price,VAT %,Paid
2025-0041,03/02/2025,Leith Catering,Sourdough,10,3.25,0,32.50
2025-0041,03/02/2025,Leith Catering,Delivery,1,6.00,20,
2025-0042,04/02/2025,Ann Smith,Birthday cake,1,24.99,20,
CN-7,10/02/2025,Leith Catering,Sourdough returned,-2,3.25,0,
"""


def write(tmp_path, text, name="old.csv"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_import_keeps_numbers_detects_credit_notes_and_totals_are_exact(app, owner, tmp_path):
    rep = import_invoices(app, owner, write(tmp_path, CSV))
    assert rep.rows_written == 4 and rep.created == 3 and not rep.problems
    a = app.invoicing.by_number("2025-0041")
    assert a.gross == D("38.50") and a.status == "overdue" and a.open == D("6.00")
    assert a.gross == sum(ln.quantity * ln.unit_price for ln in a.lines)          # exact, tax inside
    assert a.issue_date.isoformat() == "2025-02-03" and a.paid == D("32.50")
    assert [(t.code, t.tax) for t in a.taxes] == [("standard", D("1.00")), ("zero", D("0"))]
    cn = app.invoicing.by_number("CN-7")
    assert cn.kind == "credit_note" and cn.gross == D("-6.50")
    assert {c.name for c in app.customers.search("")} == {"Leith Catering", "Ann Smith"}
    # Importing the same file again adds nothing.
    again = import_invoices(app, owner, write(tmp_path, CSV))
    assert again.rows_written == 0 and again.rows_duplicate == 4
    assert len(app.invoicing.list()) == 3


def test_customers_an_import_creates_are_the_customers_areas(app, owner, tmp_path):
    """The import asks the customers area for each customer: new ones get the shop's default terms
    and their own audit entry; an existing one (by e-mail, whatever the case) is reused; money paid
    beyond an invoice becomes credit through the customers area."""
    app.settings.update(owner, {"customers.default_terms_days": 30})
    known = app.customers.create(owner, name="Leith Catering Ltd", email="orders@leith.example")
    text = ("number,date,customer,customer_email,description,quantity,unit_price,paid\n"
            "A-1,2025-03-01,Leith Catering,ORDERS@leith.example,Bread,1,10,12\n"
            "A-2,2025-03-02,New Cafe,,Cake,1,5,\n")
    rep = import_invoices(app, owner, write(tmp_path, text))
    assert rep.created == 2 and "1 customer(s) created from the file" in rep.notes
    assert app.invoicing.by_number("A-1").customer_id == known.id
    assert app.customers.get(known.id).credit_balance == D("2")
    new = app.customers.search("New Cafe")[0]
    assert new.payment_terms_days == 30 and new.notes == "created by invoice import of old.csv"
    entries = [e for e in app.audit.list(owner) if e.entity == "customer" and e.entity_id == str(new.id)]
    assert [(e.area, e.action) for e in entries] == [("customers", "create customer")]


def test_bad_row_writes_nothing_and_names_file_row_column(app, owner, tmp_path):
    bad = CSV.replace("Birthday cake,1,24.99", "Birthday cake,one,24.99")
    with pytest.raises(ValidationError) as e:
        import_invoices(app, owner, write(tmp_path, bad))
    p = e.value.problems[0]
    assert (p.file, p.row, p.column) == ("old.csv", 4, "Qty")
    assert app.invoicing.list() == []
    # --skip-invalid: the bad row's whole invoice is skipped and reported, the others imported.
    rep = import_invoices(app, owner, write(tmp_path, bad), skip_invalid=True)
    assert {r.number for r in app.invoicing.list()} == {"2025-0041", "CN-7"}
    assert rep.rows_skipped == 1 and rep.problems


def test_mixed_sign_negative_invoice_is_refused(app, owner, tmp_path):
    text = "number,date,customer,description,quantity,unit_price\nX1,2025-01-01,A,Goods,1,5\nX1,2025-01-01,A,Refund,-1,9\n"
    with pytest.raises(ValidationError, match="cannot be imported") as e:
        import_invoices(app, owner, write(tmp_path, text))
    assert "credit note has only negative lines" in e.value.problems[0].reason


def test_dry_run_writes_nothing_and_map_overrides(app, owner, tmp_path):
    text = "Ref,When,Who,What,How many,Each\nA-1,2025-03-01,Bob,Tea,2,1.50\n"
    rep = import_invoices(app, owner, write(tmp_path, text), mapping={
        "number": "Ref", "date": "When", "customer": "Who", "description": "What", "quantity": "How many",
        "unit_price": "Each"}, dry_run=True)
    assert rep.rows_written == 1 and app.invoicing.list() == []


def test_xlsx_import_and_counter_moves_past_imported_numbers(app, owner, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Invoice", "Date", "Customer", "Description", "Qty", "Unit price", "Tax code"])
    ws.append(["2026-0001", "2026-01-05", "Ann Smith", "Cake", 1, 12, "standard"])
    ws.append(["2026-0002", "2026-01-06", "Ann Smith", "Cake", 2, 12, "standard"])
    wb.save(tmp_path / "old.xlsx")
    import_invoices(app, owner, tmp_path / "old.xlsx")
    c = app.customers.search("Ann")[0]
    d = app.invoicing.create_draft(owner, c.id, lines(("Tea", "1", "1", "zero")))
    assert app.invoicing.issue(owner, d.id).number == "2026-0003"


def test_staff_may_not_import_invoices(app, owner, staff, tmp_path):
    with pytest.raises(PermissionDenied):
        import_invoices(app, staff, write(tmp_path, CSV))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(-20, 50).filter(bool), st.decimals(D("0.01"), D("999"), places=2),
                          st.sampled_from(["0", "5", "20"])), min_size=1, max_size=8))
def test_imported_totals_are_exactly_the_sum_of_qty_times_price(app, owner, tmp_path_factory, rows):
    folder = tmp_path_factory.mktemp("imp")
    # not hash(): in CPython hash(-1) == hash(-2), so rows of -1 and -2 pieces shared one number
    number = f"H-{hashlib.sha256(repr(rows).encode()).hexdigest()[:12]}"
    text = "number,date,customer,description,quantity,unit_price,tax_rate\n" + "".join(
        f"{number},2025-05-01,Hyp,Line {i},{q},{p},{r}\n" for i, (q, p, r) in enumerate(rows))
    if sum(q * p for q, p, _ in rows) < 0 and not all(q < 0 for q, _, _ in rows):
        with pytest.raises(ValidationError):
            import_invoices(app, owner, write(folder, text))
        return
    import_invoices(app, owner, write(folder, text))
    inv = app.invoicing.by_number(number)
    assert inv.gross == sum(D(q) * p for q, p, _ in rows)
    assert inv.net + inv.tax == inv.gross
    assert inv.kind == ("credit_note" if all(q < 0 for q, _, _ in rows) else "invoice")
