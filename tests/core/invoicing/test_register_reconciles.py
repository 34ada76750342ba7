"""The invoice register reconciles: on every row, credit notes included, gross = paid or credited +
open, and the Summary sheet states that identity with its figures (read back with openpyxl)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import openpyxl
from hypothesis import HealthCheck, given, settings, strategies as st
from inv_helpers import customer, lines

from core.io.book_exports import export

D0, D1 = date(2000, 1, 1), date(2030, 12, 31)


def read_register(path):
    wb = openpyxl.load_workbook(path)
    ws = wb["Invoice register"]
    headers = [c.value for c in ws[1]]
    col = {h: headers.index(h) for h in ("Number", "Type", "Gross", "Paid or credited", "Open")}
    rows = [r for r in ws.iter_rows(min_row=2, values_only=True) if r[0] != "Total"]
    summary = {r[0]: next((v for v in r[1:] if v is not None), None)
               for r in wb["Summary"].iter_rows(min_row=2, values_only=True)}
    return rows, col, summary


def money(v):
    return D(str(v or 0)).quantize(D("0.01"))


def check_reconciles(path):
    rows, col, summary = read_register(path)
    for r in rows:
        assert money(r[col["Gross"]]) == money(r[col["Paid or credited"]]) + money(r[col["Open"]]), r
    gross, paid, open_ = (money(summary[k]) for k in ("Gross total", "Paid or credited", "Open"))
    assert gross == paid + open_
    assert (gross, paid, open_) == tuple(sum((money(r[col[h]]) for r in rows), D(0))
                                         for h in ("Gross", "Paid or credited", "Open"))
    assert summary["Gross = paid or credited + open"] == f"{gross:,.2f} = {paid:,.2f} + {open_:,.2f}"
    return rows, col


STEP = st.tuples(st.sampled_from(["pay", "credit", "void", "overpay"]), st.integers(1, 400))


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(1, 50), st.decimals(D("0.05"), D("99"), places=2), STEP),
                min_size=1, max_size=5))
def test_every_register_row_reconciles_whatever_was_paid_credited_or_voided(app, owner, tmp_path_factory, docs):
    folder = tmp_path_factory.mktemp("reg")
    c = customer(app, owner)
    today = app.today()
    for qty, price, (step, cents) in docs:
        inv = app.invoicing.issue(owner, app.invoicing.create_draft(
            owner, c.id, lines(("Goods", str(qty), str(price), "standard"))).id)
        amount = min(D(cents) / 100 * qty, inv.gross)
        if step == "pay":
            app.invoicing.record_payment(owner, inv.id, amount, paid_on=today)
        elif step == "overpay":
            app.invoicing.record_payment(owner, inv.id, inv.gross + D(cents) / 100, paid_on=today)
        elif step == "credit":
            cn = app.invoicing.credit_note(owner, inv.id, lines(("Refund", "-1", str(amount), "standard")))
            app.invoicing.issue(owner, cn.id)
        else:
            app.invoicing.void(owner, inv.id, "typo")
    res = export(app, owner, "register", D0, D1, folder / "register.xlsx")
    check_reconciles(res.path)
