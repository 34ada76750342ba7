"""Invoice lines as people and jobs write them (:class:`LineDraft`), and the checks that turn them
into the money module's inputs.

Kept apart from the documents so a line can be checked and totalled (the editor's live totals,
a job's reason card, an agreement) without touching an invoice.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from core.kernel.i18n import _
from core.invoicing import money
from core.invoicing.config import InvoicingConfig
from core.kernel.errors import DeskmateError, Problem, ValidationError
from core.kernel.limits import MONEY_MAX, LimitError, money_value, quantity_value

ZERO = Decimal(0)


@dataclass(frozen=True)
class LineDraft:
    """A line as a person (or a job) writes it; amounts are computed by the money module."""

    description: str
    quantity: Decimal
    unit_price: Decimal
    tax_code: str
    discount_pct: Decimal = ZERO
    price_includes_tax: bool = False
    item_id: int | None = None
    unit: str = ""

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "LineDraft":
        def dec(key: str, default: str = "0") -> Decimal:
            raw = d.get(key, default)
            try:
                return Decimal(str(raw if raw not in (None, "") else default).strip())
            except InvalidOperation:
                raise DeskmateError(_("'{raw}' is not a number ({key})").format(raw=raw, key=key)) from None
        return cls(description=str(d.get("description", "")).strip(), quantity=dec("quantity", "1"),
                   unit_price=dec("unit_price"), tax_code=str(d.get("tax_code", "")).strip(),
                   discount_pct=dec("discount_pct"), price_includes_tax=bool(d.get("price_includes_tax", False)),
                   item_id=int(d["item_id"]) if d.get("item_id") not in (None, "") else None,
                   unit=str(d.get("unit", "") or ""))

    def as_dict(self) -> dict[str, Any]:
        return {"description": self.description, "quantity": str(self.quantity),
                "unit_price": str(self.unit_price), "tax_code": self.tax_code,
                "discount_pct": str(self.discount_pct), "price_includes_tax": self.price_includes_tax,
                "item_id": self.item_id, "unit": self.unit}


def line_inputs(lines: Sequence[LineDraft], cfg: InvoicingConfig) -> list[money.LineInput]:
    """The money module's inputs for ``lines``; raises ValidationError naming every bad line.

    Refuses unknown tax codes, amounts beyond what Deskmate stores, a line or a total beyond
    ``MONEY_MAX`` and lines without a description."""
    problems: list[Problem] = []
    out = []
    total_gross = Decimal(0)
    for i, ln in enumerate(lines, start=1):
        rate = cfg.rates.get(ln.tax_code)
        if rate is None:
            problems.append(Problem(_("unknown tax code '{tax_code}' (known: {names})").format(
                                        tax_code=ln.tax_code, names=', '.join(cfg.rates)),
                                    row=i, column="tax_code"))
            continue
        bad = False
        for column, value, parse in (("quantity", ln.quantity, quantity_value),
                                     ("unit_price", ln.unit_price, money_value)):
            try:
                parse(value, negative=True)
            except LimitError as exc:
                problems.append(Problem(str(exc), row=i, column=column))
                bad = True
        if bad:
            continue
        line_gross = abs(ln.quantity * ln.unit_price) * (1 + (0 if ln.price_includes_tax else rate[1] / 100))
        if line_gross > MONEY_MAX:
            problems.append(Problem(_("quantity × unit price is beyond the largest amount Deskmate accepts ({limit})").format(
                                        limit=f"{MONEY_MAX:,}"), row=i, column="unit_price"))
            continue
        total_gross += line_gross
        li = money.LineInput(ln.quantity, ln.unit_price, ln.tax_code, rate[1], ln.discount_pct,
                             ln.price_includes_tax)
        problems.extend(Problem(p, row=i) for p in money.validate_line(li))
        if not ln.description:
            problems.append(Problem(_("a line needs a description"), row=i, column="description"))
        out.append(li)
    if not problems and total_gross > MONEY_MAX:
        problems.append(Problem(_("the invoice total is beyond the largest amount Deskmate accepts ({limit})").format(
                                    limit=f"{MONEY_MAX:,}"), row=len(lines), column="unit_price"))
    if problems:
        raise ValidationError("; ".join(f"line {p.row}: {p.reason}" for p in problems), problems)
    return out


def totals(lines: Sequence[LineDraft], cfg: InvoicingConfig, tax_mode: str | None = None) -> money.Totals:
    """Totals of ``lines`` under ``cfg`` (the shop's tax mode unless one is given)."""
    return money.compute(line_inputs(lines, cfg), tax_mode or cfg.tax_mode, cfg.rounding)
