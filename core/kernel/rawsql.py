"""Reading many small rows fast: what reports and aggregates use instead of the ORM when they read
tens of thousands of rows of scaled integers and dates.

On SQLite the rows come through the DBAPI cursor of the session's own connection (same transaction),
without SQLAlchemy's per-value result processing — on the 20× shop that processing was most of a
report's time. Values come back raw: money and quantities as the scaled integers they are stored as
(``core.kernel.types.ScaledDecimal``, 4 places: ``Decimal(v).scaleb(-4)``), dates as ISO text on
SQLite and dates elsewhere (:func:`as_date` reads both). Other databases go through ``text()``.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import Date, bindparam, text
from sqlalchemy.engine import Connection


@lru_cache(maxsize=8192)
def _parse_day(v: str) -> date:
    return date.fromisoformat(v[:10])


def as_date(v: Any) -> date:
    """A date column as the driver returns it read raw (SQLite: ISO text; PostgreSQL: a date)."""
    return v if isinstance(v, date) else _parse_day(str(v))


def raw_connection(conn: Connection) -> Any | None:
    """The DBAPI connection on SQLite (bulk work skips per-row parameter processing), else None."""
    if conn.dialect.name != "sqlite":
        return None
    return conn.connection.dbapi_connection


def fetch(conn: Connection, sql: str, params: list[Any]) -> list[Any]:
    """Rows of ``sql`` (``?`` placeholders; dates passed as dates) read without SQLAlchemy's per-row
    processing on SQLite — the reports read tens of thousands of small rows — and through
    ``text()`` elsewhere. Values come back raw: scaled integers, dates as :func:`as_date` reads them."""
    raw = raw_connection(conn)
    if raw is not None:
        cur = raw.cursor()
        try:
            return cur.execute(sql, [p.isoformat() if isinstance(p, date) else p for p in params]).fetchall()
        finally:
            cur.close()
    names = [f"p{i}" for i in range(len(params))]
    parts = sql.split("?")
    stmt = text("".join(a + (f":{n}" if n else "") for a, n in zip(parts, [*names, ""])))
    stmt = stmt.bindparams(*(bindparam(n, type_=Date) for n, p in zip(names, params) if isinstance(p, date)))
    return list(conn.execute(stmt, dict(zip(names, params))).all())


def marks(values: Iterable[Any]) -> str:
    """``?, ?, ?`` for an IN list of ``values``."""
    return ", ".join("?" for _ in values)
