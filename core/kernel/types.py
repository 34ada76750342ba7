"""Column types that keep money exact and instants aware on every database.

``ScaledDecimal`` stores a Decimal as a scaled integer: exact on SQLite (whose NUMERIC is a float)
and on PostgreSQL alike, and ``func.sum`` over it comes back as a Decimal because SQL aggregates
keep the column type.
"""
from __future__ import annotations

import json
from dataclasses import fields, is_dataclass
from datetime import date, datetime, time, timezone
from decimal import Decimal
from enum import Enum
from pathlib import PurePath
from uuid import UUID
from typing import Any

from sqlalchemy import BigInteger, DateTime, Text
from sqlalchemy.types import TypeDecorator


class ScaledDecimal(TypeDecorator[Decimal]):
    impl = BigInteger
    cache_ok = True

    def __init__(self, scale: int = 4) -> None:
        super().__init__()
        self.scale = scale
        self._factor = Decimal(10) ** scale

    def process_bind_param(self, value: Any, dialect: Any) -> int | None:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("money and quantities are Decimal, never float")
        d = Decimal(value)
        scaled = (d * self._factor).to_integral_value()
        if scaled != d * self._factor:
            raise ValueError(f"{d} has more than {self.scale} decimal places")
        return int(scaled)

    def process_result_value(self, value: Any, dialect: Any) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(int(value)) / self._factor).quantize(Decimal(1).scaleb(-self.scale))


def Money() -> ScaledDecimal:  # noqa: N802 - reads like a type in model declarations
    return ScaledDecimal(4)


def Quantity() -> ScaledDecimal:  # noqa: N802
    return ScaledDecimal(4)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out; stored naive UTC for dialect neutrality."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime) or value.tzinfo is None:
            raise ValueError("instants must be timezone-aware datetimes")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc)


#: Values that are already plain JSON: returned at once (exact types only, so an IntEnum or a str
#: subclass still goes through the checks below). Payloads are mostly these: a reorder run's cards
#: hold close to a million of them, and testing each against every other type took seconds.
_PLAIN = frozenset({str, int, float, bool, type(None)})


def to_jsonable(value: Any) -> Any:
    """Plain JSON for audit snapshots and payloads: Decimal as string, dates in ISO 8601."""
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind is dict:                         # the containers payloads are made of, before the rest
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if kind is list:
        return [to_jsonable(v) for v in value]
    if isinstance(value, Decimal):
        # plain digits, never exponent form ("20", not "2E+1"): JSON readers parse it as written
        return format(value, "f") if value.is_finite() else str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, Enum):
        return to_jsonable(value.value)
    if is_dataclass(value) and not isinstance(value, type):  # a service DTO snapshot
        return {f.name: to_jsonable(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (PurePath, UUID, time)):
        return str(value) if not isinstance(value, time) else value.isoformat()
    return value


class JSONText(TypeDecorator[Any]):
    """JSON stored as TEXT (portable), with Decimal/date values turned into strings first."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        if value is None:
            return None
        return json.dumps(to_jsonable(value), ensure_ascii=False, sort_keys=True)

    def process_result_value(self, value: Any, dialect: Any) -> Any:
        if value is None:
            return None
        return json.loads(value)
