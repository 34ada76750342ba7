"""The seams the invoicing split exposes: the configuration read in one place, and the cash-flow
arithmetic as a pure function of receipts and payables."""
from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.invoicing.config import read_config
from core.invoicing.receivables import Receipt, cashflow, week_edges


def test_config_is_one_frozen_value_of_the_settings(app, owner):
    with app.db.read() as s:
        cfg = read_config(s)
    assert (cfg.currency, cfg.series, cfg.credit_series, cfg.issue_date_window_days) == (
        "EUR", "{year}-{seq:04d}", "CN{year}-{seq:04d}", 7)
    assert cfg.series_for("credit_note") == cfg.credit_series and cfg.series_for("invoice") == cfg.series
    assert cfg.rates["standard"][1] == D("20") and cfg.rounding.minor_unit == 2
    with pytest.raises(dataclasses.FrozenInstanceError):
        cfg.series = "X{seq}"            # type: ignore[misc]
    with pytest.raises(TypeError):
        cfg.rates["new"] = ("New", D(1))  # type: ignore[index]
    app.settings.update(owner, {"invoicing.series": "INV{year}-{seq:05d}", "invoicing.issue_date_window_days": 30,
                                "shop.currency": "JPY"})
    with app.db.read() as s:
        cfg = read_config(s)
    assert (cfg.series, cfg.issue_date_window_days, cfg.currency, cfg.rounding.minor_unit) == (
        "INV{year}-{seq:05d}", 30, "JPY", 0)
    assert app.invoicing.tax_rates()["standard"][1] == D("20")


class _Payable:
    def __init__(self, due: date, amount: D, label: str) -> None:
        self.due, self.amount, self.label = due, amount, label


amounts = st.decimals(min_value=D("0.01"), max_value=D("99999"), places=2)
offsets = st.integers(min_value=-30, max_value=90)


@settings(max_examples=60, deadline=None)
@given(today=st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)),
       weeks=st.integers(min_value=1, max_value=12),
       ins=st.lists(st.tuples(offsets, amounts), max_size=12),
       outs=st.lists(st.tuples(offsets, amounts), max_size=12))
def test_cashflow_puts_each_amount_in_its_week_once(today, weeks, ins, outs):
    receipts = [Receipt(max(today + timedelta(days=o), today), a, f"r{i}") for i, (o, a) in enumerate(ins)]
    payables = [_Payable(today + timedelta(days=o), a, f"p{i}") for i, (o, a) in enumerate(outs)]
    rep = cashflow(today, weeks, receipts, payables, {})
    edges = week_edges(today, weeks)
    assert rep.start == edges[0] and rep.start.weekday() == 0 and len(rep.weeks) == weeks
    # Everything due before the end of the last week is counted exactly once (overdue payables this week).
    assert sum((w.expected_in for w in rep.weeks), D(0)) == sum(
        (r.amount for r in receipts if r.expected < edges[-1]), D(0))
    assert sum((w.due_out for w in rep.weeks), D(0)) == sum(
        (p.amount for p in payables if max(p.due, today) < edges[-1]), D(0))
    running = D(0)
    for i, w in enumerate(rep.weeks):
        assert w.week_start == edges[i] and w.net == w.expected_in - w.due_out
        running += w.net
        assert w.cumulative == running
        assert len(w.receipts) == sum(1 for r in receipts if edges[i] <= r.expected < edges[i + 1])
