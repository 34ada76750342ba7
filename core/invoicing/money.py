"""Money and tax, pure: Decimal in, Decimal out, no database, no settings lookups.

Two ways of computing tax, as tax authorities allow:

* ``line``    each line's tax is rounded on its own; the invoice tax is the sum of line taxes.
* ``invoice`` tax is computed once per rate on the sum of that rate's line amounts, then shared
  out over the lines (largest remainder), so the lines still add up to the totals exactly.

Prices are either without tax (net) or with tax included (gross). A line's amount is
``quantity x unit price x (1 - discount %)``, rounded to the currency's minor unit with the
configured rule (half-up by default). ``ROUND_HALF_UP`` in Decimal rounds half away from zero, so
an invoice and its negated credit note round to exactly opposite amounts.
"""
from __future__ import annotations

import decimal
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from core.kernel.i18n import _

ROUNDING_RULES = {
    "half-up": decimal.ROUND_HALF_UP,
    "half-even": decimal.ROUND_HALF_EVEN,
    "half-down": decimal.ROUND_HALF_DOWN,
    "up": decimal.ROUND_UP,
    "down": decimal.ROUND_DOWN,
}
TAX_MODES = ("line", "invoice")
HUNDRED = Decimal(100)
ZERO = Decimal(0)


@dataclass(frozen=True)
class Rounding:
    minor_unit: int = 2          # decimals of the currency (babel: get_currency_precision)
    rule: str = "half-up"

    def __call__(self, value: Decimal) -> Decimal:
        return value.quantize(Decimal(1).scaleb(-self.minor_unit), rounding=ROUNDING_RULES[self.rule])

    @property
    def unit(self) -> Decimal:
        return Decimal(1).scaleb(-self.minor_unit)


@dataclass(frozen=True)
class LineInput:
    quantity: Decimal
    unit_price: Decimal
    tax_code: str
    tax_rate: Decimal            # percent, 20 for 20 %
    discount_pct: Decimal = ZERO
    price_includes_tax: bool = False

    def negated(self) -> "LineInput":
        return LineInput(-self.quantity, self.unit_price, self.tax_code, self.tax_rate,
                         self.discount_pct, self.price_includes_tax)

    @property
    def base(self) -> Decimal:
        """Unrounded amount of the line after discount, in the price's own terms (net or gross)."""
        return self.quantity * self.unit_price * (HUNDRED - self.discount_pct) / HUNDRED


@dataclass(frozen=True)
class LineAmounts:
    net: Decimal
    tax: Decimal
    gross: Decimal
    discount: Decimal            # money taken off by the line discount (in the price's terms)


@dataclass(frozen=True)
class TaxRow:
    code: str
    rate: Decimal
    net: Decimal
    tax: Decimal

    @property
    def gross(self) -> Decimal:
        return self.net + self.tax


@dataclass(frozen=True)
class Totals:
    lines: tuple[LineAmounts, ...]
    tax_summary: tuple[TaxRow, ...]
    net: Decimal
    tax: Decimal
    gross: Decimal
    discount: Decimal

    @property
    def is_credit(self) -> bool:
        return bool(self.lines) and all(x.gross <= 0 for x in self.lines) and self.gross < 0


def validate_line(line: LineInput) -> list[str]:
    """Problems with a line, in words (empty when it is fine)."""
    problems = []
    if not (ZERO <= line.discount_pct <= HUNDRED):
        problems.append(_("the discount must be between 0 and 100 %, not {percent} %").format(percent=line.discount_pct))
    if not (ZERO <= line.tax_rate <= HUNDRED):
        problems.append(_("the tax rate must be between 0 and 100 %, not {percent} %").format(percent=line.tax_rate))
    if line.unit_price < 0:
        problems.append("a unit price cannot be negative (use a negative quantity to credit)")
    return problems


def _split(total: Decimal, weights: Sequence[Decimal], r: Rounding) -> list[Decimal]:
    """Share ``total`` (already rounded) over lines in proportion to ``weights`` so the shares
    are rounded and add up to ``total`` exactly (largest remainder method)."""
    if not weights:
        return []
    wsum = sum(weights, ZERO)
    if wsum == 0:
        shares = [ZERO] * len(weights)
        shares[0] = total
        return shares
    unit = r.unit
    raw = [total * w / wsum for w in weights]
    # Truncate toward zero, then hand out the remaining units to the largest remainders.
    floor = [x.quantize(unit, rounding=decimal.ROUND_DOWN) for x in raw]
    left = total - sum(floor, ZERO)
    steps = int((abs(left) / unit).to_integral_value())
    sign = unit if left >= 0 else -unit
    order = sorted(range(len(raw)), key=lambda i: (-abs(raw[i] - floor[i]), i))
    for i in order[:steps]:
        floor[i] += sign
    return floor


def compute(lines: Iterable[LineInput], mode: str = "line", rounding: Rounding = Rounding()) -> Totals:
    """Amounts of every line, the tax summary per rate and the invoice totals."""
    if mode not in TAX_MODES:
        raise ValueError(f"tax mode must be one of {TAX_MODES}, not {mode!r}")
    r = rounding
    lines = list(lines)
    priced: list[Decimal] = []        # rounded line amount in the price's own terms
    discounts: list[Decimal] = []
    for ln in lines:
        priced.append(r(ln.base))
        discounts.append(r(ln.quantity * ln.unit_price) - r(ln.base))
    nets: list[Decimal] = [ZERO] * len(lines)
    taxes: list[Decimal] = [ZERO] * len(lines)
    if mode == "line":
        for i, ln in enumerate(lines):
            factor = ln.tax_rate / HUNDRED
            if ln.price_includes_tax:
                nets[i] = r(priced[i] / (1 + factor))
                taxes[i] = priced[i] - nets[i]
            else:
                nets[i] = priced[i]
                taxes[i] = r(priced[i] * factor)
    else:
        groups: dict[tuple[str, Decimal, bool], list[int]] = {}
        for i, ln in enumerate(lines):
            groups.setdefault((ln.tax_code, ln.tax_rate, ln.price_includes_tax), []).append(i)
        for (_code, rate, inclusive), idx in groups.items():
            factor = rate / HUNDRED
            amount = sum((priced[i] for i in idx), ZERO)
            if inclusive:
                group_net = r(amount / (1 + factor))
                group_tax = amount - group_net
            else:
                group_tax = r(amount * factor)
            shares = _split(group_tax, [priced[i] for i in idx], r)
            for i, share in zip(idx, shares):
                taxes[i] = share
                nets[i] = priced[i] - share if inclusive else priced[i]
    amounts = tuple(LineAmounts(nets[i], taxes[i], nets[i] + taxes[i], discounts[i])
                    for i in range(len(lines)))
    summary: dict[tuple[str, Decimal], list[Decimal]] = {}
    for ln, a in zip(lines, amounts):
        acc = summary.setdefault((ln.tax_code, ln.tax_rate), [ZERO, ZERO])
        acc[0] += a.net
        acc[1] += a.tax
    rows = tuple(TaxRow(code, rate, v[0], v[1])
                 for (code, rate), v in sorted(summary.items(), key=lambda kv: (-kv[0][1], kv[0][0])))
    net = sum((a.net for a in amounts), ZERO)
    tax = sum((a.tax for a in amounts), ZERO)
    return Totals(amounts, rows, net, tax, net + tax, sum(discounts, ZERO))


def allocate_payment(open_amount: Decimal, received: Decimal) -> tuple[Decimal, Decimal]:
    """(applied to the invoice, kept as customer credit) for a payment against an open amount."""
    if received <= 0:
        raise ValueError("a payment must be more than zero")
    applied = min(max(open_amount, ZERO), received)
    return applied, received - applied


AGING_BUCKETS = ("current", "1-30", "31-60", "61-90", "over 90")


def aging_bucket(days_overdue: int) -> str:
    if days_overdue <= 0:
        return "current"
    if days_overdue <= 30:
        return "1-30"
    if days_overdue <= 60:
        return "31-60"
    if days_overdue <= 90:
        return "61-90"
    return "over 90"
