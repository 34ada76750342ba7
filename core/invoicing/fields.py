"""What an invoice line's fields accept — used by the invoicing service before it writes a draft
and by the lines editor (Invoices page, inbox) while a person types."""
from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from core.kernel import rules
from core.kernel.i18n import N_
from core.kernel.errors import Problem, ValidationError
from core.kernel.rules import Rule

NEGATIVE_ON_INVOICE = "cannot be negative on an invoice: write a credit note to give money back"

DESCRIPTION: Rule = rules.required(N_("enter a description"))
ITEM_CODE: Rule = rules.required(N_("enter a code"))
ITEM_NAME: Rule = rules.required(N_("enter a name"))
UNIT_PRICE: Rule = rules.money()        # credits use negative quantities, never negative prices
DISCOUNT: Rule = rules.between("0", "100", blank_ok=True)
PAYMENT_AMOUNT: Rule = rules.money(positive=True)
AGREEMENT_CUSTOMER: Rule = rules.required(N_("enter a customer from the list"))
AGREEMENT_FREQUENCIES = ("weekly", "monthly", "yearly")


def agreement_dates_problem(start: Any, end: Any) -> str | None:
    """An agreement cannot end before it starts."""
    return "ends before it starts" if start is not None and end is not None and end < start else None


def check_payment(amount: Any) -> None:
    rules.check({"amount": (amount, PAYMENT_AMOUNT)})


def line_quantity(kind: str) -> Rule:
    """A line's quantity: any number on a credit note's lines, never negative on an invoice (a
    negative line would quietly lower what the customer owes without a credit note's paper trail)."""
    base = rules.quantity()

    def rule(value: Any) -> str | None:
        msg = base(value)
        if msg or kind != "invoice":
            return msg
        try:
            return NEGATIVE_ON_INVOICE if Decimal(str(value).strip()) < 0 else None
        except (InvalidOperation, ValueError):
            return None
    return rule


def check_lines(kind: str, lines: Sequence[Any]) -> None:
    """Refuse every bad line at once, naming line and field ("line 2: quantity cannot be ...")."""
    quantity = line_quantity(kind)
    problems = []
    for i, ln in enumerate(lines, start=1):
        for column, value, rule in (("quantity", ln.quantity, quantity), ("unit_price", ln.unit_price, UNIT_PRICE),
                                    ("discount_pct", ln.discount_pct, DISCOUNT)):
            msg = rule(value)
            if msg:
                problems.append(Problem(msg, row=i, column=column))
    if problems:
        raise ValidationError("; ".join(f"line {p.row}: {(p.column or '').replace('_', ' ')} {p.reason}"
                                        for p in problems), problems)
