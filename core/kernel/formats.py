"""How numbers and dates are shown to a person: one place, from the shop's locale and currency.

Every table, label and human (non-JSON) CLI line formats money, quantities, percentages, dates and
instants through a :class:`Formats`, so a shop in Germany sees ``1.234,50 €`` and ``30.11.2026``
and a shop in Britain ``€1,234.50`` and ``30 Nov 2026`` — never ``2E+1`` or ``25.0000``. Machine
output (``--json``, exports) does not come here: it stays ISO dates and plain decimal strings.

The rules, chosen once:

* money: the currency's symbol (or code where the locale has no symbol) and exactly the currency's
  decimals (``get_currency_precision``: 2 for EUR, 0 for JPY), rounded half-up as invoices are;
* quantities and plain numbers: as many decimals as the value has, trailing zeros dropped;
* percentages: the locale's percent sign and spacing (``20%`` in en_GB, ``20 %`` in de_DE/fr_FR);
* one date format in tables (the locale's medium date, ``30 Nov 2026``), one in date pickers (the
  locale's short numeric date with a four-digit year, ``dd/MM/yyyy``), and ``30 Nov 2026, 09:00``
  for instants, shown in the shop's time zone;
* day headings in calendars and rosters use the locale's short weekday-day-month (``Mon 30 Nov``).

Babel works on Decimals with the current context's precision (28 digits), which is too little to
quantize a large amount; every call here runs in a wider local context, so no input ever comes out
in exponent notation or raises.
"""
from __future__ import annotations

import copy
import decimal
import re
import threading
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone
from datetime import date as _date   # inside Formats, "date" is the method of that name
from decimal import Decimal
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from babel import Locale
from babel import dates as bdates
from babel import numbers as bnumbers

DEFAULT_LOCALE = "en_GB"
DEFAULT_CURRENCY = "EUR"
DEFAULT_TIMEZONE = "Europe/London"
_PRECISION = 400  # digits: wide enough to quantize anything a person could type


def _dec(value: Any) -> Decimal:
    """A finite Decimal from a Decimal, int or numeric string (floats through ``str`` so 0.1
    stays 0.1). Raises ValueError for anything that is not a finite number."""
    if isinstance(value, Decimal):
        d = value
    elif isinstance(value, bool):
        raise ValueError(f"{value!r} is not a number")
    elif isinstance(value, (int, float, str)):
        try:
            d = Decimal(str(value).strip())
        except decimal.InvalidOperation:
            raise ValueError(f"{value!r} is not a number") from None
    else:
        raise ValueError(f"{value!r} is not a number")
    if not d.is_finite():
        raise ValueError(f"{value!r} is not a number")
    return d


@lru_cache(maxsize=32)
def _locale(name: str) -> Locale:
    try:
        return Locale.parse(name.replace("-", "_"))
    except (ValueError, TypeError, LookupError):
        return Locale.parse(DEFAULT_LOCALE)


@lru_cache(maxsize=64)
def currency_decimals(currency: str) -> int:
    """The currency's minor unit (2 for EUR and GBP, 0 for JPY, 3 for KWD)."""
    return bnumbers.get_currency_precision(currency)


_PATTERN_TOKEN = re.compile(r"'(?:[^']|'')*'|([A-Za-z])\1*|[^A-Za-z']+")


def qt_date_format(ldml: str) -> str:
    """Turn a CLDR (LDML) date pattern into a Qt display format for a date picker: day and month
    as numbers or names as the locale has them, the year always with four digits (a two-digit year
    is ambiguous when typed), quoted literals kept."""
    out = []
    for m in _PATTERN_TOKEN.finditer(ldml):
        tok = m.group(0)
        ch = tok[0]
        if ch == "'":
            out.append(tok)
        elif ch == "y" or ch == "Y" or ch == "u":
            out.append("yyyy")
        elif ch in "ML":
            out.append("M" * min(len(tok), 4))
        elif ch == "d":
            out.append("d" * min(len(tok), 2))
        elif ch in "Ec":
            out.append("dddd" if len(tok) >= 4 else "ddd")
        elif ch.isalpha():
            continue  # eras, quarters, week numbers: not in a picker
        else:
            out.append(tok)
    return "".join(out).strip()


@dataclass(frozen=True)
class Formats:
    """Formatting for one shop (locale, currency, time zone). Cheap to call per table cell."""

    locale: str = DEFAULT_LOCALE
    currency: str = DEFAULT_CURRENCY
    timezone: str = DEFAULT_TIMEZONE
    _loc: Locale = field(init=False, repr=False, compare=False)
    _tz: ZoneInfo = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_loc", _locale(self.locale))
        try:
            tz = ZoneInfo(self.timezone)
        except (ValueError, LookupError):
            tz = ZoneInfo(DEFAULT_TIMEZONE)
        object.__setattr__(self, "_tz", tz)

    # ------------------------------------------------------------------ numbers
    def decimals(self, currency: str | None = None) -> int:
        return currency_decimals(currency or self.currency)

    def money(self, amount: Any, currency: str | None = None) -> str:
        """``€1,234.50``: the currency's symbol and exactly its decimals; empty for ``None``."""
        if amount is None:
            return ""
        d = _dec(amount)
        code = (currency or self.currency).upper()
        with decimal.localcontext(prec=_PRECISION):
            d = d.quantize(Decimal(1).scaleb(-currency_decimals(code)), rounding=decimal.ROUND_HALF_UP)
            return bnumbers.format_currency(d, code, locale=self._loc)

    def amount(self, amount: Any, currency: str | None = None) -> str:
        """``1,234.50``: money without the symbol, for a column whose header names the currency or
        an editable field; the currency's decimals."""
        if amount is None:
            return ""
        d = _dec(amount)
        places = currency_decimals((currency or self.currency).upper())
        with decimal.localcontext(prec=_PRECISION):
            d = d.quantize(Decimal(1).scaleb(-places), rounding=decimal.ROUND_HALF_UP)
            return _fixed_pattern(self.locale, places).apply(d, self._loc)

    def fixed(self, value: Any, places: int) -> str:
        """``1.0``, ``0.16``: a statistic with exactly ``places`` decimals (rounded half-up), the
        locale's grouping and decimal sign."""
        if value is None:
            return ""
        d = _dec(value)
        with decimal.localcontext(prec=_PRECISION):
            d = d.quantize(Decimal(1).scaleb(-places), rounding=decimal.ROUND_HALF_UP)
            return _fixed_pattern(self.locale, places).apply(d, self._loc)

    def number(self, value: Any, max_decimals: int | None = None) -> str:
        """``1,234.5``: grouped, as many decimals as the value has (trailing zeros dropped), or at
        most ``max_decimals``."""
        if value is None:
            return ""
        d = _dec(value)
        with decimal.localcontext(prec=_PRECISION):
            if max_decimals is not None:
                d = d.quantize(Decimal(1).scaleb(-max_decimals), rounding=decimal.ROUND_HALF_UP)
            d = _strip(d)
            return bnumbers.format_decimal(d, locale=self._loc, decimal_quantization=False)

    def quantity(self, value: Any) -> str:
        """A stock or line quantity: ``12``, ``2.5``, ``1,200`` (never ``12.0000``)."""
        return self.number(value)

    def signed_quantity(self, value: Any) -> str:
        """A stock movement: ``+12`` / ``-2.5``."""
        if value is None:
            return ""
        text = self.number(value)
        return text if _dec(value) < 0 else f"+{text}"

    def percent(self, value: Any) -> str:
        """A percentage given as the number of percent (20 for 20 %): ``20%`` in en_GB, ``20 %`` in
        de_DE, ``5.5%`` — the locale's sign and spacing, the value's own decimals."""
        if value is None:
            return ""
        d = _dec(value)
        with decimal.localcontext(prec=_PRECISION):
            d = _strip(d / 100)
            return bnumbers.format_percent(d, locale=self._loc, decimal_quantization=False)

    # ------------------------------------------------------------------ dates and times
    def date(self, value: date | datetime | None) -> str:
        """The one date format in tables and labels: the locale's medium date (``30 Nov 2026``)."""
        if value is None:
            return ""
        if isinstance(value, datetime):
            value = self.local(value).date()
        return bdates.format_date(value, "medium", locale=self._loc)

    def day(self, value: date | None) -> str:
        """A day heading in calendars and rosters: ``Mon 30 Nov``."""
        if value is None:
            return ""
        return bdates.format_skeleton("MMMEd", value, locale=self._loc)

    def weekday(self, value: date | None) -> str:
        """A short day heading: ``Mon 30``."""
        if value is None:
            return ""
        return bdates.format_skeleton("Ed", value, locale=self._loc)

    def month(self, value: date | None) -> str:
        """``Nov 2026``."""
        if value is None:
            return ""
        return bdates.format_skeleton("yMMM", value, locale=self._loc)

    def long_month(self, value: _date | None) -> str:
        """A month named in full, for a billing period: ``March 2026`` (``März 2026``)."""
        if value is None:
            return ""
        return bdates.format_skeleton("yMMMM", value, locale=self._loc)

    def short_day(self, value: _date | None) -> str:
        """A day in a chart axis or a short list: ``30 Nov``."""
        if value is None:
            return ""
        return bdates.format_skeleton("MMMd", value, locale=self._loc)

    def weekday_name(self, value: _date | None) -> str:
        """Just the day's short name: ``Wed``."""
        if value is None:
            return ""
        return bdates.format_skeleton("E", value, locale=self._loc)

    def clock(self, minutes: int | None) -> str:
        """A time of day given as minutes after midnight (how shifts and bookings store it):
        ``09:30`` (or ``9:30 AM``)."""
        if minutes is None:
            return ""
        minutes %= 24 * 60
        return self.time(time(minutes // 60, minutes % 60))

    def time(self, value: time | datetime | None) -> str:
        """``09:00`` (or ``9:00 AM`` where the locale says so)."""
        if value is None:
            return ""
        if isinstance(value, datetime):
            value = self.local(value).time()
        return bdates.format_time(value, "short", locale=self._loc)

    def datetime(self, value: datetime | None) -> str:
        """An instant in the shop's time zone: ``30 Nov 2026, 09:00``."""
        if value is None:
            return ""
        local = self.local(value)
        glue = bdates.get_datetime_format("medium", locale=self._loc)
        return str(glue).replace("{1}", self.date(local.date())).replace("{0}", self.time(local.time()))

    def local(self, value: datetime) -> datetime:
        """An aware instant in the shop's time zone (naive values are taken as UTC)."""
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value.astimezone(self._tz)

    @property
    def picker_format(self) -> str:
        """The Qt display format for date pickers, from the locale's short date (``dd/MM/yyyy``)."""
        return _picker_format(self.locale)

    @property
    def currency_symbol(self) -> str:
        return bnumbers.get_currency_symbol(self.currency, locale=self._loc)


@lru_cache(maxsize=16)
def _picker_format(locale: str) -> str:
    return qt_date_format(bdates.get_date_format("short", locale=_locale(locale)).pattern)


@lru_cache(maxsize=32)
def _fixed_pattern(locale: str, places: int) -> Any:
    """The locale's decimal pattern (its grouping and signs) with exactly ``places`` decimals."""
    pattern = copy.copy(_locale(locale).decimal_formats[None])
    pattern.frac_prec = (places, places)
    return pattern


def _strip(d: Decimal) -> Decimal:
    """Drop trailing zeros without switching to exponent form (``Decimal('2E+1')`` -> ``20``)."""
    if d == d.to_integral_value():
        return d.quantize(Decimal(1))
    return d.normalize()


# ---------------------------------------------------------------------- the shop's formats
def read_formats(session: Any) -> Formats:
    """The shop's formats read inside an open session (e.g. while writing a PDF or an export)."""
    from core.kernel.settings import SettingsService

    return Formats(SettingsService.read(session, "shop.locale"), SettingsService.read(session, "shop.currency"),
                   SettingsService.read(session, "shop.timezone"))


class ShopFormats:
    """The shop's current :class:`Formats`, rebuilt only after a setting changed (the settings
    module counts writes), so a table can ask for it per cell without touching the database."""

    def __init__(self, db: Any) -> None:
        self._db = db
        self._cached: tuple[int, Formats] | None = None
        self._lock = threading.Lock()

    def __call__(self) -> Formats:
        from core.kernel.settings import generation

        gen = generation()
        cached = self._cached
        if cached is not None and cached[0] == gen:
            return cached[1]
        with self._lock, self._db.read() as s:
            fm = read_formats(s)
        self._cached = (gen, fm)
        return fm
