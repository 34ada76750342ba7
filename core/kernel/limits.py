"""The limits every quantity and money amount must keep — checked here, and only here.

Quantities and money are exact Decimals stored as 64-bit integers scaled by 10⁴
(:func:`core.kernel.types.Money` / :func:`~core.kernel.types.Quantity`). A 64-bit integer holds
±9,223,372,036,854,775,807, i.e. ±922,337,203,685,477.5807 units: a sum of a few large values
would overflow it, and SQLite then silently turns the result into a float (or raises "integer
overflow" in ``SUM``). So every value that enters the database is checked against limits chosen
with a wide margin:

==================  ===============================  =========
what                largest absolute value           decimals
==================  ===============================  =========
quantity            1,000,000,000 (10⁹) units        4
money amount        1,000,000,000 (10⁹)              4
stock on hand       1,000,000,000 (10⁹) units        4
==================  ===============================  =========

With every row at most 10⁹ (scaled: 10¹³), a scaled sum cannot overflow before 922,337 rows
*all* at the maximum — far beyond any real shop's ledger, where a typical row is a few units.
Stock on hand is bounded too: a movement that would take a product's on-hand beyond ±10⁹ is
refused, so ``product.on_hand`` can never overflow or change type.

Two ways in, one rule:

* parsers (imports, CSV backtests) call :func:`quantity_value` / :func:`money_value`, which raise
  :class:`LimitError` (a ``ValueError``) with a short reason; the importer names file, row and
  column;
* service methods and forms call :func:`check_quantity` / :func:`check_money`, which raise the
  kernel's :class:`~core.kernel.errors.ValidationError` naming the field.
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from core.kernel.i18n import _, ngettext
from core.kernel.errors import Problem, ValidationError

QUANTITY_PLACES = 4
MONEY_PLACES = 4
QUANTITY_MAX = Decimal(10) ** 9
MONEY_MAX = Decimal(10) ** 9
ON_HAND_MAX = QUANTITY_MAX
SCALE = 10 ** 4
INT64_MAX = 2 ** 63 - 1
# how many rows at the very maximum a scaled 64-bit sum holds (documentation and `check`)
ROWS_AT_MAX = INT64_MAX // int(max(QUANTITY_MAX, MONEY_MAX) * SCALE)


class LimitError(ValueError):
    """A value outside the documented limits; ``str()`` is a short reason for a person, in their
    language. ``empty`` says the value was blank (callers word that case themselves: "enter a
    number"), so nobody compares the translated words."""

    def __init__(self, message: str, *, empty: bool = False) -> None:
        super().__init__(message)
        self.empty = empty


def empty_value() -> LimitError:
    return LimitError(_("is empty"), empty=True)


def _fmt(limit: Decimal) -> str:
    return f"{int(limit):,}"


def _show(raw: Any) -> str:
    """A cell's text as quoted in a one-line reason: whitespace folded, at most 40 characters."""
    text = " ".join(str(raw).split())
    return text if len(text) <= 40 else text[:37] + "..."


show = _show


def _decimal(raw: Any, places: int) -> Decimal:
    """Any number-like value as an exact Decimal. Floats (spreadsheet cells, spin boxes) carry
    binary noise such as 0.30000000000000004: they are rounded to ``places`` when that changes
    the value by less than a billionth, otherwise their extra decimals are refused like text."""
    if isinstance(raw, bool):
        raise LimitError(_("'{value}' is not a number").format(value=raw))
    if isinstance(raw, Decimal):
        d = raw
    elif isinstance(raw, int):
        d = Decimal(raw)
    elif isinstance(raw, float):
        d = Decimal(repr(raw))
        if d.is_finite() and d.as_tuple().exponent < -places:  # type: ignore[operator]
            try:
                q = d.quantize(Decimal(1).scaleb(-places))
            except InvalidOperation:
                q = d
            if abs(q - d) <= Decimal("1e-9") * max(Decimal(1), abs(d)):
                d = q
    else:
        text = str(raw if raw is not None else "").strip()
        if not text:
            raise empty_value()
        try:
            d = Decimal(text)
        except InvalidOperation:
            raise LimitError(_("'{value}' is not a number").format(value=_show(raw))) from None
    if not d.is_finite():
        raise LimitError(_("'{value}' is not a number").format(value=_show(raw)))
    return d


def _within(raw: Any, d: Decimal, limit: Decimal, places: int, what: str,
            negative: bool, shown: Any = None) -> Decimal:
    raw = raw if shown is None else shown
    if abs(d) > limit:
        raise LimitError((_("'{value}' is beyond the largest quantity Deskmate accepts ({limit})") if what == "quantity"
                          else _("'{value}' is beyond the largest amount Deskmate accepts ({limit})")).format(
                             value=_show(raw), limit=_fmt(limit)))
    if d.as_tuple().exponent < -places:  # type: ignore[operator]
        d2 = d.normalize()
        if d2.as_tuple().exponent < -places:  # type: ignore[operator]
            raise LimitError(ngettext("'{value}' has more than {n} decimal", "'{value}' has more than {n} decimals",
                                      places).format(value=_show(raw), n=places))
        d = d2
    if not negative and d < 0:
        raise LimitError(_("'{value}' is negative").format(value=_show(raw)))
    # one canonical form: no exponent notation in what is stored or shown (1E+3 -> 1000)
    return d.quantize(Decimal(1).scaleb(min(0, d.as_tuple().exponent)))  # type: ignore[arg-type]


def quantity_value(raw: Any, *, negative: bool = True, shown: Any = None) -> Decimal:
    """A quantity within the limits (±10⁹ units, at most 4 decimals), or :class:`LimitError`.
    ``shown`` is the text quoted in the reason when ``raw`` was already parsed from it."""
    return _within(raw, _decimal(raw, QUANTITY_PLACES), QUANTITY_MAX, QUANTITY_PLACES,
                   "quantity", negative, shown)


def money_value(raw: Any, *, negative: bool = False, shown: Any = None) -> Decimal:
    """A money amount within the limits (±10⁹, at most 4 decimals), or :class:`LimitError`.
    Amounts are not negative unless ``negative`` (a refund, a correction)."""
    return _within(raw, _decimal(raw, MONEY_PLACES), MONEY_MAX, MONEY_PLACES, "amount", negative,
                   shown)


def _raise(exc: LimitError, field: str) -> ValidationError:
    return ValidationError(f"{field}: {exc}", [Problem(str(exc), column=field)])


def check_quantity(value: Any, field: str = "quantity", *, negative: bool = True) -> Decimal:
    """The quantity as a Decimal, or :class:`ValidationError` naming ``field`` — for service
    methods and form fields (the same rule as imports)."""
    try:
        return quantity_value(value, negative=negative)
    except LimitError as exc:
        raise _raise(exc, field) from None


def check_money(value: Any, field: str = "amount", *, negative: bool = False) -> Decimal:
    """The amount as a Decimal, or :class:`ValidationError` naming ``field``."""
    try:
        return money_value(value, negative=negative)
    except LimitError as exc:
        raise _raise(exc, field) from None


def check_on_hand(value: Decimal, label: str) -> None:
    """Refuse a stock level beyond ±10⁹: the movement that would cause it is not written."""
    if abs(value) > ON_HAND_MAX:
        raise ValidationError(
            _("{label}: this would make stock on hand {value}, beyond the largest stock "
              "Deskmate keeps ({limit}); nothing was changed").format(
                label=label, value=f"{value.normalize():f}", limit=_fmt(ON_HAND_MAX)))


def describe() -> list[str]:
    """The limits in words, for help texts and documentation."""
    return [f"quantities: at most {_fmt(QUANTITY_MAX)} units either way, {QUANTITY_PLACES} decimals",
            f"money amounts: at most {_fmt(MONEY_MAX)}, {MONEY_PLACES} decimals",
            f"stock on hand: at most {_fmt(ON_HAND_MAX)} units either way"]
