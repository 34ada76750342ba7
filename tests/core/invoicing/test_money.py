"""The pure money/tax module: exact examples and properties (hypothesis)."""
from __future__ import annotations

from decimal import Decimal as D

from hypothesis import given, settings, strategies as st

from core.invoicing.money import LineInput, Rounding, aging_bucket, allocate_payment, compute

RATES = {"standard": D("20"), "reduced": D("5"), "zero": D("0"), "odd": D("7.7")}


def line(q, p, code="standard", disc="0", incl=False):
    return LineInput(D(q), D(p), code, RATES[code], D(disc), incl)


def test_line_mode_example():
    t = compute([line("3", "1.99"), line("1", "10.00", "reduced", disc="10")], "line")
    assert [x.net for x in t.lines] == [D("5.97"), D("9.00")]
    assert [x.tax for x in t.lines] == [D("1.19"), D("0.45")]
    assert (t.net, t.tax, t.gross) == (D("14.97"), D("1.64"), D("16.61"))
    assert [(r.code, r.net, r.tax) for r in t.tax_summary] == [("standard", D("5.97"), D("1.19")),
                                                               ("reduced", D("9.00"), D("0.45"))]
    assert t.discount == D("1.00")


def test_invoice_mode_rounds_once_per_rate_and_lines_still_add_up():
    lines = [line("1", "0.03")] * 3          # line tax 0.006 -> 0.01 each = 0.03 in line mode
    assert compute(lines, "line").tax == D("0.03")
    t = compute(lines, "invoice")
    assert t.tax == D("0.02")                  # 0.09 x 20 % = 0.018 -> 0.02
    assert sum(x.tax for x in t.lines) == D("0.02")


def test_tax_included_prices():
    t = compute([line("1", "12.00", incl=True)], "line")
    assert (t.net, t.tax, t.gross) == (D("10.00"), D("2.00"), D("12.00"))


def test_half_up_is_the_default_and_rule_is_configurable():
    l1 = [line("1", "0.125", "zero")]
    assert compute(l1).gross == D("0.13")
    assert compute(l1, rounding=Rounding(2, "half-even")).gross == D("0.12")
    assert compute(l1, rounding=Rounding(0, "half-up")).gross == D("0")


def test_payment_allocation_and_aging():
    assert allocate_payment(D("100"), D("120")) == (D("100"), D("20"))
    assert allocate_payment(D("100"), D("30")) == (D("30"), D("0"))
    assert [aging_bucket(d) for d in (0, 1, 30, 31, 61, 91)] == ["current", "1-30", "1-30", "31-60", "61-90", "over 90"]


money = st.decimals(min_value=D("0"), max_value=D("10000"), places=4)
qty = st.decimals(min_value=D("-50"), max_value=D("500"), places=3)
lines_st = st.lists(st.builds(
    LineInput, quantity=qty, unit_price=money, tax_code=st.sampled_from(sorted(RATES)),
    tax_rate=st.just(D(0)), discount_pct=st.decimals(min_value=D(0), max_value=D(100), places=2),
    price_includes_tax=st.booleans()).map(lambda x: LineInput(x.quantity, x.unit_price, x.tax_code,
                                                              RATES[x.tax_code], x.discount_pct,
                                                              x.price_includes_tax)),
    min_size=0, max_size=25)
modes = st.sampled_from(["line", "invoice"])
roundings = st.builds(Rounding, st.sampled_from([0, 2, 3]), st.sampled_from(["half-up", "half-even"]))


@settings(max_examples=300, deadline=None)
@given(lines_st, modes, roundings)
def test_lines_always_add_up_to_the_totals(lines, mode, r):
    t = compute(lines, mode, r)
    assert sum((x.net for x in t.lines), D(0)) == t.net
    assert sum((x.tax for x in t.lines), D(0)) == t.tax
    assert sum((x.gross for x in t.lines), D(0)) == t.gross == t.net + t.tax
    assert sum((x.net for x in t.tax_summary), D(0)) == t.net
    assert sum((x.tax for x in t.tax_summary), D(0)) == t.tax
    for x in t.lines:
        assert x.net == r(x.net) and x.tax == r(x.tax)     # every amount is in minor units


@settings(max_examples=300, deadline=None)
@given(lines_st, modes)
def test_invoice_plus_its_full_credit_note_is_zero(lines, mode):
    inv = compute(lines, mode)
    credit = compute([ln.negated() for ln in lines], mode)
    assert inv.net + credit.net == 0 and inv.tax + credit.tax == 0 and inv.gross + credit.gross == 0
    for a, b in zip(inv.tax_summary, credit.tax_summary):
        assert a.code == b.code and a.tax + b.tax == 0
