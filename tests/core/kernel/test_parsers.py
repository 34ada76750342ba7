"""The one parser family (core/kernel/parsers.py), used by imports and settings alike.

Properties rather than examples: whatever a person types, a parser returns its type or refuses
with a ValueError (never another exception, which would surface as a crash instead of a reason);
numbers round-trip through the ways people write them; settings and imports agree."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.io import tabular
from core.kernel import parsers
from core.kernel.parsers import (p_bool, p_date, p_decimal, p_decimal_text, p_int, p_money, p_positive_int,
                                 p_quantity, p_required_text, p_secret, p_text)
from core.kernel.settings import spec_for

FINITE = st.decimals(allow_nan=False, allow_infinity=False, min_value=Decimal("-1e12"), max_value=Decimal("1e12"),
                     places=4)
TYPED = {p_text: str, p_secret: str, p_required_text: str, p_decimal: Decimal, p_decimal_text: str, p_int: int,
         p_positive_int: int, p_bool: bool, p_date: date, p_money: Decimal, p_quantity: Decimal}


@pytest.mark.parametrize("parse", list(TYPED), ids=lambda f: f.__name__)
@given(raw=st.one_of(st.text(max_size=30), st.integers(), st.decimals(), st.floats(), st.booleans(), st.none()))
def test_any_input_gives_the_type_or_a_reason(parse, raw) -> None:
    try:
        value = parse(raw)
    except ValueError as exc:
        assert str(exc), "a refusal says why"
    else:
        assert isinstance(value, TYPED[parse])


@given(FINITE)
def test_decimals_read_back_however_they_are_written(d: Decimal) -> None:
    assert p_decimal(d) == d
    assert p_decimal(str(d)) == d
    assert p_decimal(f"{d:,}") == d                       # 1,234,567.8900
    assert p_decimal(f" {d} ") == d
    assert p_decimal(f"€{abs(d)}") == abs(d)
    assert p_decimal(f"({abs(d)})") == -abs(d)            # accountants' negative
    assert p_decimal_text(str(d)) == str(d) and Decimal(p_decimal_text(f"{d:,}")) == d


@given(st.integers(min_value=-10**12, max_value=10**12))
def test_whole_numbers_read_back_and_fractions_are_refused(n: int) -> None:
    assert p_int(n) == p_int(str(n)) == p_int(f"{n:,}") == p_int(f"{n}.0") == n
    with pytest.raises(ValueError, match="whole number"):
        p_int(f"{n}.5")
    if n >= 1:
        assert p_positive_int(str(n)) == n
    else:
        with pytest.raises(ValueError, match="at least 1"):
            p_positive_int(n)


@given(st.sampled_from(["1", "true", "Yes", " y ", "ON", "active"]), st.sampled_from(["0", "false", "No", "n", "off",
                                                                                       "inactive", ""]))
def test_yes_and_no_in_any_case(yes: str, no: str) -> None:
    assert p_bool(yes) is True and p_bool(yes.upper()) is True
    assert p_bool(no) is False and p_bool(no.upper()) is False


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_dates_iso_and_day_first(d: date) -> None:
    assert p_date(d.isoformat()) == d
    assert p_date(f"{d.day}/{d.month}/{d.year}") == d
    assert parsers.parse_datetime(f"{d.month}/{d.day}/{d.year}", day_first=False).date() == d


@given(FINITE)
def test_settings_and_imports_read_a_number_alike(d: Decimal) -> None:
    """A decimal setting (stored as text in JSON) holds exactly the number an import would read."""
    text = f"{d:,}"
    assert Decimal(spec_for("inbox.staff_order_limit").parse(text)) == p_decimal(text)
    assert Decimal(spec_for("inventory.holding_rate").parse(text)) == p_decimal(text)


def test_one_family_the_importer_and_settings_share_it() -> None:
    """The tabular importer has no parsers of its own, and settings' integers are the family's."""
    assert not [name for name in vars(tabular) if name.startswith("p_") and name != "p_text"]
    assert tabular.p_text is p_text
    assert spec_for("scheduling.horizon_days").parse is p_int
    assert spec_for("mail.smtp_port").parse("587") == 587
