"""The value parsers: what a person typed (a setting, a command-line value) or a file held (a CSV
cell as text, an XLSX cell already typed) to the value the code works with.

One family for the whole program, so "yes", "1,234.50" or "31/01/2017" mean the same in an import,
a setting and the command line. Each parser returns the value or raises ``ValueError`` with a short
reason a person can act on (callers add where: the file, row and column, or the setting's name).
Numbers come back as ``Decimal`` (never float); :func:`p_decimal_text` is the same number as text,
for settings, which are stored as JSON.
"""
from __future__ import annotations

import re
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from typing import Any

from core.kernel.i18n import _
from core.kernel.limits import empty_value, money_value, quantity_value, show


def p_text(v: Any) -> str:
    """Text without surrounding spaces; nothing (None) is empty text."""
    return "" if v is None else str(v).strip()


def p_secret(v: Any) -> str:
    """A password or key exactly as typed (spaces count), without a trailing line break."""
    return "" if v is None else str(v).strip("\r\n")


def p_required_text(v: Any) -> str:
    s = p_text(v)
    if not s:
        raise empty_value()
    return s


def p_decimal(v: Any) -> Decimal:
    """A finite number: 12, 12.5, "1,234.50", "12,5", "(5)" (negative), "€5"."""
    if isinstance(v, bool):
        raise ValueError(_("'{value}' is not a number").format(value=show(v)))
    if isinstance(v, (int, Decimal, float)):
        d = Decimal(repr(v)) if isinstance(v, float) else Decimal(v)
        if not d.is_finite():   # an XLSX cell or JSON value can hold inf / NaN
            raise ValueError(_("'{value}' is not a number").format(value=show(v)))
        return d
    if isinstance(v, str) and "," not in v and "(" not in v:
        try:   # fast path: plain numbers, the vast majority of cells
            d = Decimal(v)
            if d.is_finite():
                return d
        except InvalidOperation:
            pass
    s = p_text(v).replace("\u00a0", "").replace(" ", "")
    if not s:
        raise empty_value()
    neg = s.startswith("(") and s.endswith(")")
    s = s.strip("()")
    s = re.sub(r"^[£$€]|[£$€]$", "", s)
    if re.fullmatch(r"-?\d{1,3}(,\d{3})+(\.\d+)?", s):
        s = s.replace(",", "")
    elif re.fullmatch(r"-?\d+,\d+", s):
        s = s.replace(",", ".")
    try:
        d = Decimal(s)
    except InvalidOperation:
        raise ValueError(_("'{value}' is not a number").format(value=show(v))) from None
    if not d.is_finite():
        raise ValueError(_("'{value}' is not a number").format(value=show(v)))
    return -d if neg else d


def p_money(v: Any) -> Decimal:
    """A money amount within :mod:`core.kernel.limits` (±10⁹, 4 decimals); may be negative
    (refunds) — importers that need it not negative check that themselves."""
    return money_value(v if isinstance(v, float) else p_decimal(v), negative=True, shown=v)


def p_quantity(v: Any) -> Decimal:
    """A quantity within :mod:`core.kernel.limits` (±10⁹ units, 4 decimals); may be negative."""
    return quantity_value(v if isinstance(v, float) else p_decimal(v), negative=True, shown=v)


def p_decimal_text(v: Any) -> str:
    """:func:`p_decimal` as canonical text ("12.50" stays "12.50"), for values stored as JSON."""
    return str(p_decimal(v))


def p_int(v: Any) -> int:
    """A whole number (12, "12", "12.0", "1,200")."""
    try:
        d = p_decimal(v)
    except ValueError as exc:
        if getattr(exc, "empty", False):
            raise
        raise ValueError(_("'{value}' is not a whole number").format(value=show(v))) from None
    if d != d.to_integral_value():
        raise ValueError(_("'{value}' is not a whole number").format(value=show(v)))
    return int(d)


def p_positive_int(v: Any) -> int:
    n = p_int(v)
    if n < 1:
        raise ValueError(_("{n} is too small: at least 1").format(n=n))
    return n


ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?")
SLASHED_DATE = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?")


def parse_datetime(v: Any, day_first: bool = True) -> datetime:
    """ISO dates (2017-01-31, 2017-01-31 10:05[:33]) or slashed dates (31/01/2017 or 01/31/2017
    by ``day_first``), with an optional time; naive (shop-local) result."""
    if isinstance(v, datetime):
        return v.replace(tzinfo=None)
    if isinstance(v, date):
        return datetime.combine(v, time())
    s = p_text(v)
    if not s:
        raise empty_value()
    m = ISO_DATE.match(s)
    try:
        if m:
            y, mo, d, hh, mm, ss = m.groups()
            return datetime(int(y), int(mo), int(d), int(hh or 0), int(mm or 0), int(ss or 0))
        m = SLASHED_DATE.match(s)
        if m:
            a, b, y, hh, mm, ss = m.groups()
            yy = int(y) + (2000 if len(y) == 2 else 0)
            d, mo = (int(a), int(b)) if day_first else (int(b), int(a))
            return datetime(yy, mo, d, int(hh or 0), int(mm or 0), int(ss or 0))
    except ValueError:
        raise ValueError(_("'{value}' is not a valid date").format(value=show(s))) from None
    raise ValueError(_("'{value}' is not a date like 2026-11-25").format(value=show(s)))


def p_date(v: Any) -> date:
    return parse_datetime(v).date()


def p_bool(v: Any) -> bool:
    """Yes or no: true/false, yes/no, y/n, on/off, 1/0, active/inactive; empty is no."""
    if isinstance(v, bool):
        return v
    s = p_text(v).lower()
    if s in ("1", "true", "yes", "y", "on", "active"):
        return True
    if s in ("0", "false", "no", "n", "off", "inactive", ""):
        return False
    raise ValueError(_("'{value}' is not yes or no").format(value=show(v)))
