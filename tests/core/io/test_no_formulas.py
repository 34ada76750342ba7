"""No formulas from data (issue 10): whatever a product, customer, user, staff member or invoice
line is called, every export writes it as a text cell, and the text reads back as it was stored.

Every exporter is driven through its service (the way the CLI and the GUI call it) and every file
is read back with openpyxl: no cell may be a formula except Deskmate's own ``=SUM(...)`` totals.
"""
from __future__ import annotations

import csv
import io
import itertools
import re
from datetime import date, timedelta
from decimal import Decimal as D
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from core.io.book_exports import export
from core.invoicing.service import LineDraft
from core.io.outputs import csv_text
from core.io.tabular import write_problems_csv
from core.kernel import rules
from core.io.xlsx import Column, StreamingWorkbook, add_table_sheet, clean_text, new_workbook
from core.kernel.actor import Role
from core.kernel.audit import AuditFilter
from core.kernel.errors import Problem

D0, D1 = date(2026, 1, 1), date(2026, 12, 31)
WEEK = date(2026, 11, 30)
HYPERLINK = '=HYPERLINK("http://x.example","x")'
LONG_PW = "a long enough password 1"
TOTAL = re.compile(r"^=SUM\([A-Z]+\d+:[A-Z]+\d+\)$")
BOOK_KINDS = ("register", "lines", "payments", "aging", "stock", "purchase-orders")

# Text that starts the way a formula (or a CSV injection) does, followed by anything at all.
dangerous = st.builds(lambda head, body: head + body,
                      st.sampled_from(["=", "+", "-", "@", "\t", "\r", "=HYPERLINK(", "=cmd|' /C calc'!A0", ""]),
                      st.text(max_size=30)).filter(lambda s: rules.required()(s) is None and "\x00" not in s)
# (a name nobody can read — only blanks or control characters — is refused as missing, and a text
# holding NUL before it is stored: tests/core/kernel/test_rules.py, test_unstorable_text.py)


def cells(path: Path) -> list[openpyxl.cell.cell.Cell]:
    wb = openpyxl.load_workbook(path)
    return [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None]


def assert_no_formulas_from_data(path: Path) -> list[str]:
    """Every formula is one of Deskmate's totals; every string cell is text. Returns the texts."""
    texts = []
    for c in cells(path):
        if c.data_type == "f":
            assert TOTAL.match(str(c.value)), (path.name, c.coordinate, c.value)
        elif isinstance(c.value, str):
            assert c.data_type == "s", (path.name, c.coordinate, c.value, c.data_type)
            texts.append(c.value)
    return texts


# ----------------------------------------------------------------------------- the writers alone

@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=40), min_size=1, max_size=5))
@example(["\x08=1+1", "\x1f@SUM(A1)"])     # a control character the workbook drops hid the "="
def test_both_workbook_writers_keep_any_text_as_text(tmp_path_factory, values):
    folder = tmp_path_factory.mktemp("w")
    sw = StreamingWorkbook()
    sw.add_table("T", [Column(f"c{i}") for i in range(len(values))], [values])
    sw.save(folder / "s.xlsx")
    wb = new_workbook()
    add_table_sheet(wb, "T", [Column(f"c{i}") for i in range(len(values))], [values])
    wb.save(folder / "n.xlsx")
    for name in ("s.xlsx", "n.xlsx"):
        ws = openpyxl.load_workbook(folder / name)["T"]
        for i, v in enumerate(values, start=1):
            cell = ws.cell(2, i)
            expected = clean_text(v)
            assert (cell.value or "") == expected, (name, v)
            if expected:
                assert cell.data_type == "s", (name, v)
                assert bool(cell.quotePrefix) == expected.startswith(("=", "+", "-", "@", "\t", "\n")), (name, v)


@given(st.text(st.characters(blacklist_characters="\x00"), max_size=40))
def test_csv_cells_that_could_run_get_an_apostrophe(value):
    out = csv_text(value)
    assert out == ("'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value)
    text = write_problems_csv([Problem(value, file=value, row=3, column=value)])
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[1] == [out, "3", out, out]   # the csv module quotes; the text itself is intact


def test_problem_report_csv_never_starts_a_cell_with_a_formula():
    text = write_problems_csv([Problem(f"bad value {HYPERLINK}", file="=evil.csv", row=2, column="+SUM(A1)")])
    row = list(csv.reader(io.StringIO(text)))[1]
    assert row == ["'=evil.csv", "2", "'+SUM(A1)", f"bad value {HYPERLINK}"]


# ----------------------------------------------------------------------------- every exporter

class Shop:
    """A small shop whose names are whatever the test says; each call adds one more of each."""

    def __init__(self, app, owner):
        self.app, self.owner = app, owner
        self.n = itertools.count(1)
        self.bookkeeper = app.users.add(owner, "bea", Role.BOOKKEEPER, LONG_PW, "Bea Books").actor
        sched = app.scheduling
        sched.add_shift_type(owner, "OPN", "Open", 8 * 60, 8 * 60)
        self.roster = sched.new_roster(owner, WEEK)

    def add(self, text: str) -> dict[str, str]:
        """Put ``text`` into every kind of name; returns what the services stored."""
        app, owner, i = self.app, self.owner, next(self.n)
        inv = app.inventory
        sup = inv.create_supplier(owner, f"{text} #{i}")   # supplier names are unique
        product = inv.create_product(owner, f"SKU-{i}", text, cost=D("2"), price=D("3"), supplier_id=sup.id,
                                     category=text)
        self.po = inv.create_purchase_order(owner, sup.id, [{"product_id": product.id, "quantity": "2",
                                                             "unit_cost": "2"}]).row.id
        cust = app.customers.create(owner, name=text, email="c@example.com")
        lines = [LineDraft(text, D(1), D(10), "standard", D(0), False)]
        draft = app.invoicing.create_draft(owner, cust.id, lines, terms_days=0)
        issued = app.invoicing.issue(owner, draft.id, issue_date=app.today() - timedelta(days=40), confirm_date=True)
        app.invoicing.record_payment(owner, issued.id, D("1"), paid_on=app.today(), reference=text)
        user = app.users.add(owner, f"user{i}", Role.STAFF, LONG_PW, text)
        staff = app.scheduling.add_staff(owner, code=f"T{i}", name=text, min_minutes=0, max_minutes=40 * 60)
        app.scheduling.assign(owner, self.roster, staff.id, WEEK, "OPN")
        return {"product": product.name, "customer": cust.name, "line": app.invoicing.get(issued.id).lines[0].description,
                "user": user.display_name, "staff": staff.name, "supplier": sup.name, "customer_id": str(cust.id)}

    def export_everything(self, folder: Path, customer_id: int) -> dict[str, Path]:
        app = self.app
        files = {}
        for kind in BOOK_KINDS:
            files[kind] = export(app, self.bookkeeper, kind, D0, D1, folder / f"{kind}.xlsx").path
        _json, files["privacy"] = app.customers.privacy_export(self.owner, customer_id, folder)
        app.audit.export_xlsx(self.owner, AuditFilter(), folder / "audit.xlsx")
        files["audit"] = folder / "audit.xlsx"
        from core.scheduling.exports import export_roster
        files["roster"] = export_roster(app, self.owner, WEEK, folder / "roster.xlsx")
        files["po-document"] = app.inventory.export_purchase_order(self.po, folder / "po.xlsx")
        return files


#: Which export must show which stored name as a whole cell.
EXPECTED = {"stock": ("product", "supplier"), "purchase-orders": ("product", "supplier"),
            "register": ("customer",), "lines": ("customer", "line"), "payments": ("customer",),
            "aging": ("customer",), "privacy": ("customer",), "roster": ("staff",), "po-document": ("supplier",)}


def check_exports(files: dict[str, Path], stored: dict[str, str]) -> None:
    for kind, path in files.items():
        texts = set(assert_no_formulas_from_data(path))
        for field in EXPECTED.get(kind, ()):
            assert clean_text(stored[field]) in texts, (kind, field, stored[field])
    # The audit export records each name inside its summary / before / after text.
    audit = " ".join(assert_no_formulas_from_data(files["audit"]))
    assert clean_text(stored["product"]) in audit


def test_hyperlink_in_product_customer_user_and_line_is_text_in_every_export(app, owner, tmp_path):
    shop = Shop(app, owner)
    stored = shop.add(HYPERLINK)
    assert stored["product"] == stored["customer"] == stored["line"] == stored["user"] == HYPERLINK
    files = shop.export_everything(tmp_path, int(stored["customer_id"]))
    check_exports(files, stored)
    for kind in ("stock", "register", "lines", "privacy", "audit"):
        hits = [c for c in cells(files[kind]) if isinstance(c.value, str) and c.value.startswith("=HYPERLINK")]
        assert hits, kind
        assert all(c.data_type == "s" and c.quotePrefix for c in hits), kind
    # the user's display name reaches the audit export as text, not a formula
    assert any(HYPERLINK in str(c.value) for c in cells(files["audit"]))


@pytest.mark.slow
@settings(max_examples=6, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate],
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=dangerous)
def test_any_name_is_text_in_every_export(app, owner, tmp_path_factory, text):
    shop = getattr(app, "_formula_shop", None)
    if shop is None:
        shop = app._formula_shop = Shop(app, owner)
    stored = shop.add(text)
    files = shop.export_everything(tmp_path_factory.mktemp("x"), int(stored["customer_id"]))
    check_exports(files, stored)
