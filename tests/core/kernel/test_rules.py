"""Field rules shared by services and forms: short messages, never a crash on odd input."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.kernel import rules
from core.kernel.errors import ValidationError


def test_messages_stand_beside_a_field() -> None:
    assert rules.required("enter a name")("  ") == "enter a name"
    assert rules.required("enter a name")("Bread") is None
    assert rules.money()("abc") == "'abc' is not a number"
    assert rules.money()("-1") == "cannot be negative"
    assert rules.money(negative=True)("-1") is None
    assert rules.money(blank_ok=True)("") is None
    assert rules.money()("") == "enter a number"
    assert rules.quantity(positive=True)("0") == "must be more than 0"
    assert rules.quantity(whole=True)("1.5") == "must be a whole number"
    assert rules.quantity(maximum=365)("400") == "must be at most 365"
    assert rules.between("0.5", "1", high_open=True)("1") == "must be from 0.5 to below 1"
    assert "beyond the largest" in rules.money()("1e12")


@pytest.mark.parametrize("unreadable", ["\x03", "\t\x1b ", "\u200b", "\u2028", "\x7f\u00a0"])
def test_a_name_nobody_can_read_is_missing(unreadable: str) -> None:
    """Only control, format or space characters: every export would show an empty cell."""
    assert rules.required("enter a name")(unreadable) == "enter a name"


def test_a_name_with_something_visible_is_kept_as_typed() -> None:
    for name in ("\x03Bread", "Ann\u200bMarie", "😀", "李", "\u0301e"):
        assert rules.required("enter a name")(name) is None


def test_a_customer_named_with_control_characters_only_is_refused(app, owner) -> None:
    with pytest.raises(ValidationError, match="a customer needs a name"):
        app.customers.create(owner, name="\x03", email="c@example.com")


def test_check_names_every_bad_field_at_once() -> None:
    with pytest.raises(ValidationError) as exc:
        rules.check({"name": ("", rules.required("enter a name")), "price": ("abc", rules.money()),
                     "cost": ("1.20", rules.money())})
    assert str(exc.value) == "name: enter a name; price: 'abc' is not a number"
    assert [p.column for p in exc.value.problems] == ["name", "price"]


@given(st.one_of(st.text(max_size=30), st.decimals(allow_nan=True), st.integers(), st.none(),
                 st.floats(allow_nan=True)))
def test_rules_answer_anything_with_a_message_or_none(value) -> None:
    for rule in (rules.money(), rules.quantity(positive=True, whole=True), rules.between("0", "5"),
                 rules.required()):
        out = rule(value)
        assert out is None or (isinstance(out, str) and out)


@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("999999"), places=2))
def test_ordinary_prices_pass(d: Decimal) -> None:
    assert rules.money()(str(d)) is None and rules.money()(d) is None
