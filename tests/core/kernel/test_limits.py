"""Numbers within limits: one rule (core.kernel.limits) for imports, services and forms."""
from __future__ import annotations

import hashlib
from decimal import Decimal

import pytest
from hypothesis import given, settings, strategies as st
from sqlalchemy import text

from core.cli import run
from core.kernel import parsers
from core.kernel import limits
from core.kernel.errors import ValidationError

LIMIT = int(limits.QUANTITY_MAX)


# ----------------------------------------------------------------------------- the rule itself

@given(st.decimals(min_value=-LIMIT, max_value=LIMIT, places=4, allow_nan=False, allow_infinity=False))
def test_values_within_the_limits_come_back_unchanged(d: Decimal) -> None:
    assert limits.quantity_value(d) == d
    assert limits.money_value(d, negative=True) == d
    assert limits.quantity_value(str(d)) == d
    # and they always fit the scaled 64-bit column with room to sum ROWS_AT_MAX of them
    assert abs(int(d * limits.SCALE)) * limits.ROWS_AT_MAX <= limits.INT64_MAX


@given(st.integers(min_value=LIMIT * 10**4 + 1, max_value=10**40), st.integers(min_value=0, max_value=30),
       st.booleans())
def test_values_beyond_the_limits_are_refused(scaled: int, shift: int, negative: bool) -> None:
    d = Decimal(-scaled if negative else scaled).scaleb(shift - 4)
    with pytest.raises(limits.LimitError, match="beyond the largest"):
        limits.quantity_value(d)
    with pytest.raises(ValidationError, match="^cost: .*beyond the largest amount"):
        limits.check_money(d, "cost", negative=True)


@given(st.integers(min_value=-10**8, max_value=10**8), st.integers(min_value=1, max_value=9))
def test_more_than_four_decimals_are_refused(whole: int, digit: int) -> None:
    raw = f"{whole}.0000{digit}"
    with pytest.raises(limits.LimitError, match="more than 4 decimals"):
        limits.quantity_value(raw)


@given(st.text(max_size=60))
@settings(max_examples=300)
def test_any_text_is_a_value_or_a_short_reason(raw: str) -> None:
    for parse in (limits.quantity_value, limits.money_value, parsers.p_quantity, parsers.p_money):
        try:
            d = parse(raw)
        except ValueError as exc:      # LimitError is a ValueError: the importer names the cell
            assert str(exc) and "\n" not in str(exc) and len(str(exc)) < 200
        else:
            assert isinstance(d, Decimal) and d.is_finite() and abs(d) <= LIMIT


@given(st.floats(allow_nan=True, allow_infinity=True))
def test_spreadsheet_floats_are_rounded_only_for_binary_noise(f: float) -> None:
    try:
        d = parsers.p_quantity(f)
    except ValueError:
        return
    assert abs(d) <= LIMIT and d.as_tuple().exponent >= -4
    assert abs(float(d) - f) <= 1e-9 * max(1.0, abs(f))


def test_float_noise_is_rounded_and_exponents_are_written_out() -> None:
    assert parsers.p_money(0.1 + 0.2) == Decimal("0.3")
    assert limits.quantity_value("1E+3") == Decimal(1000) and "E" not in str(limits.quantity_value("1E+3"))
    assert limits.quantity_value("2.50000") == Decimal("2.5")
    with pytest.raises(limits.LimitError, match="is negative"):
        limits.money_value("-1")
    for bad in ("nan", "inf", "-Infinity", "1e30", "", "12abc"):
        with pytest.raises(limits.LimitError):
            limits.quantity_value(bad)


# ----------------------------------------------------------------------------- services

def test_services_refuse_values_beyond_the_limits(app, owner) -> None:
    inv = app.inventory
    with pytest.raises(ValidationError, match="price: '1000000000000000' is beyond the largest amount"):
        inv.create_product(owner, "X1", "Thing", price=10**15)
    with pytest.raises(ValidationError, match="cost: '1e30'"):
        inv.create_product(owner, "X1", "Thing", cost="1e30")
    p = inv.create_product(owner, "X1", "Thing", price="2.50")
    with pytest.raises(ValidationError, match="more than 4 decimals"):
        inv.update_product(owner, p.id, pack_size="1.00001")
    with pytest.raises(ValidationError, match="quantity: .* beyond the largest quantity"):
        inv.adjust_stock(owner, p.id, "922337203685477", "found")
    with pytest.raises(ValidationError, match="counted quantity"):
        inv.stocktake(owner, {p.id: "0.123456"})
    assert inv.product(p.id).on_hand == 0


def test_stock_on_hand_can_never_pass_the_limit(app, owner) -> None:
    inv = app.inventory
    p = inv.create_product(owner, "BIG", "Bulk sand")
    inv.adjust_stock(owner, p.id, "900000000", "delivery")
    with pytest.raises(ValidationError, match="BIG: this would make stock on hand 1800000000"):
        inv.adjust_stock(owner, p.id, "900000000", "delivery")
    assert inv.product(p.id).on_hand == Decimal(900000000)
    with app.db.read() as s:
        kind = "typeof(on_hand)" if app.db.is_sqlite else "pg_typeof(on_hand)::text"
        assert s.execute(text(f"SELECT {kind} FROM product WHERE id=:i"), {"i": p.id}).scalar() in ("integer",
                                                                                                   "bigint")
        assert s.execute(text("SELECT count(*) FROM stock_movement WHERE product_id=:i"), {"i": p.id}).scalar() == 1


def test_invoice_lines_and_payments_within_the_limits(app, owner) -> None:
    from core.invoicing.service import LineDraft
    code = next(iter(app.invoicing.tax_rates()))
    huge = LineDraft("Gold", Decimal(1000), Decimal(10**8), code)
    with pytest.raises(ValidationError, match="line 1: quantity × unit price is beyond"):
        app.invoicing.preview([huge])
    with pytest.raises(ValidationError, match="line 1: '0.000001' has more than 4 decimals"):
        app.invoicing.preview([LineDraft("Tea", Decimal("0.000001"), Decimal(1), code)])
    with pytest.raises(ValidationError, match="price '1E\\+15'|price '1000000000000000'"):
        app.invoicing.add_item(owner, "G", "Gold", Decimal(10**15), code)


# ----------------------------------------------------------------------------- imports, exact cases

def _db_state(data_dir) -> tuple[str, str]:
    """Row counts of the tables an import writes, and the stock ledger's content hash."""
    from core.kernel.connection import saved_url
    from tests.raw_db import raw
    url = saved_url(data_dir) or f"sqlite:///{data_dir / 'deskmate.sqlite3'}"
    kind = "typeof(on_hand)" if url.startswith("sqlite") else "pg_typeof(on_hand)::text"
    with raw(url) as con:
        counts = ",".join(str(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
                          for t in ("product", "supplier", "stock_movement", "sales_daily", "import_row",
                                    "audit_entry"))
        ledger = hashlib.sha256(repr(con.execute(
            f"SELECT id, on_hand, {kind} FROM product ORDER BY id").fetchall()).encode()).hexdigest()
    return counts, ledger


@pytest.mark.parametrize("name, content, where, why", [
    ("qty.csv", "Date,SKU,Quantity\n2026-11-20,BRE-001,1.00001\n",
     "row 2, column 'Quantity'", "'1.00001' has more than 4 decimals"),
    ("cost.csv", "SKU,Name,Cost\nBRE-009,Rye,1e30\n",
     "row 2, column 'Cost'", "'1e30' is beyond the largest amount Deskmate accepts (1,000,000,000)"),
    ("price.csv", "SKU,Name,Price\nBRE-009,Rye,1000000000000000\n",
     "row 2, column 'Price'", "'1000000000000000' is beyond the largest amount"),
    ("huge.csv", "Date,SKU,Quantity\n2026-11-20,BRE-001,922337203685477\n",
     "row 2, column 'Quantity'", "'922337203685477' is beyond the largest quantity"),
    ("count.csv", "SKU,Counted\nBRE-001,0.000015\n",
     "row 2, column 'Counted'", "more than 4 decimals"),
])
def test_the_issue_cases_are_one_line_errors(app, owner, data_dir, tmp_path, capsys, cli_login,
                                            name, content, where, why) -> None:
    app.inventory.create_product(owner, "BRE-001", "Bread")
    app.close()
    cli_login("olivia")
    kind = {"qty.csv": "sales", "huge.csv": "sales", "count.csv": "stock"}.get(name, "products")
    f = tmp_path / name
    f.write_text(content)
    before = _db_state(data_dir)
    for _ in range(2):     # "imported twice": refused both times, nothing written
        capsys.readouterr()
        assert run(["--data-dir", str(data_dir), "import", kind, str(f)]) == 1
        err = capsys.readouterr().err
        assert len(err.splitlines()) == 1
        first = err.splitlines()[0]
        assert first.startswith(f"deskmate: {name}: 1 row cannot be imported, first at {where}: ")
        assert why in first and "Traceback" not in err
    assert _db_state(data_dir) == before


def test_check_reports_ledger_columns_that_changed_type_or_overflow(app, owner, data_dir, capsys,
                                                                   cli_login) -> None:
    """A BIGINT column on a server cannot turn into floats; its sum overflowing is checked on both."""
    from core.io.backup import backup_now
    from tests.conftest import raw_uow
    a = app.inventory.create_product(owner, "BRE-001", "Bread")
    b = app.inventory.create_product(owner, "BRE-002", "Rye")
    backup_now(app)
    app.close()
    cli_login("olivia")
    assert run(["--data-dir", str(data_dir), "check", "--json"]) == 0
    assert '"number_columns": "ok"' in capsys.readouterr().out
    from core.app import Deskmate
    app = Deskmate.open(data_dir)
    if app.db.is_sqlite:
        with raw_uow(app) as s:   # what the old code let happen: on_hand turned into a float
            s.execute(text("UPDATE product SET on_hand = 1.8446744073709552e+19 WHERE id=:i"), {"i": a.id})
        app.close()
        assert run(["--data-dir", str(data_dir), "check"]) == 1
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1
        assert "product.on_hand: 1 value(s) stored as real instead of exact integers" in err
        app = Deskmate.open(data_dir)
    with raw_uow(app) as s:   # two values that fit one by one but not in a 64-bit sum
        s.execute(text("UPDATE product SET on_hand = 9000000000000000000 WHERE id IN (:a, :b)"),
                  {"a": a.id, "b": b.id})
    app.close()
    assert run(["--data-dir", str(data_dir), "check"]) == 1
    assert "product.on_hand: its values add up beyond what a 64-bit sum holds" in capsys.readouterr().err
