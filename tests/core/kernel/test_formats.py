"""The one formatting module: money with its currency, locale-correct numbers, one date format."""
from __future__ import annotations

import decimal
import re
from datetime import date, datetime, timezone
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.kernel.formats import Formats, qt_date_format

GB = Formats("en_GB", "GBP", "Europe/London")
DE = Formats("de_DE", "EUR", "Europe/Berlin")
JP = Formats("ja_JP", "JPY", "Asia/Tokyo")

decimals = st.decimals(allow_nan=False, allow_infinity=False, min_value=Decimal("-1e40"),
                       max_value=Decimal("1e40"))
any_exponent = st.builds(lambda digits, exp, neg: Decimal((int(neg), tuple(int(c) for c in str(digits)), exp)),
                         st.integers(0, 10**12), st.integers(-30, 30), st.booleans())


def test_money_has_symbol_and_currency_decimals() -> None:
    assert GB.money(Decimal("1234.5")) == "£1,234.50"
    assert GB.money(Decimal("25.0000")) == "£25.00"
    assert DE.money(Decimal("1234.5")) == "1.234,50\xa0€"
    assert JP.money(Decimal("1234.5")) == "￥1,235"
    assert GB.money(Decimal("10"), "EUR") == "€10.00"     # an invoice in another currency
    assert GB.money(None) == ""


def test_numbers_and_percent_never_in_exponent_form() -> None:
    assert GB.percent(Decimal("2E+1")) == "20%"
    assert DE.percent(Decimal("2E+1")) == "20\xa0%"
    assert GB.percent(Decimal("5.50")) == "5.5%"
    assert GB.quantity(Decimal("25.0000")) == "25"
    assert GB.quantity(Decimal("2E+3")) == "2,000"
    assert DE.quantity(Decimal("2.5")) == "2,5"
    assert GB.signed_quantity(Decimal("3")) == "+3" and GB.signed_quantity(Decimal("-3")) == "-3"
    assert GB.amount(Decimal("-1E+3")) == "-1,000.00"


def test_one_table_date_and_picker_format_from_the_locale() -> None:
    d = date(2026, 11, 30)
    assert GB.date(d) == "30 Nov 2026"
    assert DE.date(d) == "30.11.2026"
    assert GB.picker_format == "dd/MM/yyyy"
    assert DE.picker_format == "dd.MM.yyyy"
    assert Formats("en_US", "USD").picker_format == "M/d/yyyy"
    assert JP.picker_format == "yyyy/MM/dd"
    assert GB.day(d) == "Mon 30 Nov"


def test_instants_in_the_shop_time_zone() -> None:
    at = datetime(2026, 11, 30, 23, 30, tzinfo=timezone.utc)
    assert GB.datetime(at) == "30 Nov 2026, 23:30"
    assert DE.datetime(at) == "01.12.2026, 00:30"       # Berlin is already on the next day
    assert DE.date(at) == "01.12.2026"


def test_qt_format_keeps_literals_and_widens_the_year() -> None:
    assert qt_date_format("d.M.yy") == "d.M.yyyy"
    assert qt_date_format("y-MM-dd") == "yyyy-MM-dd"
    assert qt_date_format("EEE d MMM y") == "ddd d MMM yyyy"


def test_not_a_number_is_refused() -> None:
    with pytest.raises(ValueError):
        GB.money("abc")
    with pytest.raises(ValueError):
        GB.money(Decimal("NaN"))


@given(any_exponent)
def test_money_has_exactly_the_currency_decimals_and_no_exponent(d: Decimal) -> None:
    for fm, places, sep in ((GB, 2, "."), (DE, 2, ","), (JP, 0, ".")):
        text = fm.money(d)
        assert "E" not in text and "e" not in text
        digits = re.sub(r"[^0-9" + re.escape(sep) + "]", "", text)
        if places:
            assert re.fullmatch(r"\d+" + re.escape(sep) + r"\d{" + str(places) + "}", digits), text
        else:
            assert digits.isdigit(), text
        # the shown amount is the value rounded to the currency's decimals
        back = Decimal(digits.replace(sep, "."))
        with decimal.localcontext(prec=200):
            want = abs(d).quantize(Decimal(1).scaleb(-places), rounding=decimal.ROUND_HALF_UP)
        assert back == want, (d, text)


@given(decimals)
def test_quantity_and_percent_read_back_exactly(d: Decimal) -> None:
    q = GB.quantity(d)
    assert "E" not in q and "e" not in q
    assert Decimal(q.replace(",", "")) == d
    p = GB.percent(d)
    assert "E" not in p and p.endswith("%")
    assert Decimal(p[:-1].replace(",", "")) == d


def test_the_shops_formats_follow_its_settings(app, owner) -> None:
    assert app.formats().money(Decimal("5")) == "€5.00"          # defaults: en_GB, EUR
    app.settings.update(owner, {"shop.locale": "de_DE", "shop.currency": "CHF"})
    fm = app.formats()
    assert (fm.locale, fm.currency) == ("de_DE", "CHF")
    assert fm.money(Decimal("5")) == "5,00\xa0CHF"
    assert app.formats() is fm                                     # cached until the next change


@given(any_exponent)
def test_json_decimals_are_plain_digits(d: Decimal) -> None:
    from core.kernel.types import to_jsonable
    text = to_jsonable(d)
    assert "E" not in text and Decimal(text) == d
