"""Exact money and quantities, aware instants and JSON text, through a real database: an SQLite file,
or a PostgreSQL database when the suite runs on a server (both read back exactly)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
from sqlalchemy import Column, Integer, MetaData, Table, func, insert, select, type_coerce

from core.kernel.actor import Role
from core.kernel.db import make_engine
from core.kernel.types import JSONText, Money, Quantity, UTCDateTime, to_jsonable
from tests import pg_databases

meta = MetaData()
ledger = Table("ledger", meta, Column("id", Integer, primary_key=True), Column("amount", Money()),
               Column("at", UTCDateTime()), Column("doc", JSONText()), Column("settled", Quantity()))


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest):
    server = pg_databases.create_test_database(request.config) if pg_databases.server_url() else None
    e = make_engine(server or f"sqlite:///{Path(tmp_path_factory.mktemp('types')) / 't.sqlite3'}")
    meta.create_all(e)
    yield e
    e.dispose()
    if server:
        pg_databases.drop_database(server)


amounts = st.decimals(min_value=Decimal("-99999999999.9999"), max_value=Decimal("99999999999.9999"),
                      places=4, allow_nan=False, allow_infinity=False)


@settings(max_examples=80, deadline=None)
@given(st.lists(amounts, min_size=1, max_size=20))
def test_money_round_trips_and_sums_exactly(engine, values: list[Decimal]) -> None:
    with engine.begin() as c:
        c.execute(ledger.delete())
        c.execute(insert(ledger), [{"amount": v} for v in values])
        back = [r[0] for r in c.execute(select(ledger.c.amount).order_by(ledger.c.id))]
        total = c.execute(select(func.sum(ledger.c.amount))).scalar()
    assert back == values and all(isinstance(v, Decimal) for v in back)
    assert total == sum(values)  # exact, unlike SQLite's floating NUMERIC


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(amounts, amounts), min_size=1, max_size=20))
def test_sums_of_differences_come_back_exactly_when_coerced(engine, pairs: list[tuple[Decimal, Decimal]]) -> None:
    """``a - b`` over scaled columns is integer arithmetic (its type is the impl's): the sum must be
    coerced back to the column type, as ``open_order_quantities`` does. Uncoerced, SQLite returns the
    scaled int and PostgreSQL's SUM(bigint) a numeric: 10,000 times the amount either way."""
    with engine.begin() as c:
        c.execute(ledger.delete())
        c.execute(insert(ledger), [{"amount": a, "settled": b} for a, b in pairs])
        coerced = c.execute(select(type_coerce(func.sum(ledger.c.amount - ledger.c.settled), Money()))).scalar()
        raw = c.execute(select(func.sum(ledger.c.amount - ledger.c.settled))).scalar()
    expected = sum(a - b for a, b in pairs)
    assert coerced == expected and isinstance(coerced, Decimal)
    assert Decimal(raw) == expected * 10_000


def test_money_refuses_floats_and_extra_places(engine) -> None:
    with pytest.raises(Exception, match="never float"):
        with engine.begin() as c:
            c.execute(insert(ledger), {"amount": 0.1})
    with pytest.raises(Exception, match="more than 4 decimal places"):
        with engine.begin() as c:
            c.execute(insert(ledger), {"amount": Decimal("0.00001")})


def test_instants_are_aware_utc_and_naive_ones_are_refused(engine) -> None:
    cet = timezone(timedelta(hours=1))
    with engine.begin() as c:
        c.execute(ledger.delete())
        c.execute(insert(ledger), {"at": datetime(2026, 3, 29, 2, 30, tzinfo=cet)})
        back = c.execute(select(ledger.c.at)).scalar()
    assert back == datetime(2026, 3, 29, 1, 30, tzinfo=timezone.utc) and back.tzinfo == timezone.utc
    with pytest.raises(Exception, match="timezone-aware"):
        with engine.begin() as c:
            c.execute(insert(ledger), {"at": datetime(2026, 1, 1)})


def test_json_text_keeps_decimals_dates_enums_and_dataclasses_readable(engine) -> None:
    @dataclass(frozen=True)
    class Line:
        qty: Decimal
        on: date
        role: Role

    doc = {"lines": [Line(Decimal("1.50"), date(2026, 1, 2), Role.STAFF)], "path": Path("/tmp/x")}
    with engine.begin() as c:
        c.execute(ledger.delete())
        c.execute(insert(ledger), {"doc": doc})
        back = c.execute(select(ledger.c.doc)).scalar()
    assert back == {"lines": [{"qty": "1.50", "on": "2026-01-02", "role": "staff"}], "path": "/tmp/x"}
    assert to_jsonable({1: {2, 3}}) in ({"1": [2, 3]}, {"1": [3, 2]})


def test_to_jsonable_passes_plain_values_and_still_converts_their_subclasses():
    """Exact str/int/float/bool/None return at once; an IntEnum or StrEnum (subclasses of int and
    str) still becomes its value, a bool stays a bool."""
    from enum import Enum, IntEnum

    class Level(IntEnum):
        HIGH = 3

    class Colour(str, Enum):
        RED = "red"

    out = to_jsonable({"n": 1, "x": 1.5, "s": "a", "b": True, "none": None, "level": Level.HIGH,
                       "colour": Colour.RED, "amount": Decimal("2.50"), "nested": [Level.HIGH, (1, "b")]})
    assert out == {"n": 1, "x": 1.5, "s": "a", "b": True, "none": None, "level": 3, "colour": "red",
                   "amount": "2.50", "nested": [3, [1, "b"]]}
    assert type(out["level"]) is int and type(out["colour"]) is str and out["b"] is True
