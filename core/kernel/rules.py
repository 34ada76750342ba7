"""Field rules: one function per rule, run by the services before they write and by the desktop's
forms while a person types (``desktop/validation.py``), so both refuse exactly the same values.

A rule takes what was entered (text, a number, a Decimal, None) and returns a short message for
the field — "enter a shop name", "'abc' is not a number", "cannot be negative" — or ``None``
when the value is fine. The message is written to stand beside the field, so it does not repeat
the field's name; :func:`check` adds the name when a service refuses several fields at once.
Numbers go through ``core.kernel.limits`` (the one place for the largest quantity and amount).
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from core.kernel.errors import Problem, ValidationError
from core.kernel.i18n import N_, _
from core.kernel.limits import LimitError, money_value, quantity_value

Rule = Callable[[Any], "str | None"]


#: Characters nobody sees: spaces and line breaks, control characters (a workbook cannot even hold
#: most of them, so an export drops them) and format characters such as a zero-width space.
_INVISIBLE = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp"})


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _unreadable(value: Any) -> bool:
    """Nothing a person could read: a name of only control characters would show as an empty
    cell in every export and an empty line on screen. (Stops at the first visible character.)"""
    if value is None:
        return True
    return isinstance(value, str) and not any(unicodedata.category(ch) not in _INVISIBLE for ch in value)


def required(message: str = N_("enter a value")) -> Rule:
    """Something a person can read (not only blanks or control characters); ``message`` is the
    whole sentence ("enter a shop name"), marked with ``N_`` where it is written and translated
    here, when a person reads it."""
    def rule(value: Any) -> str | None:
        return _(message) if _unreadable(value) else None
    return rule


def optional(inner: Rule) -> Rule:
    """``inner`` only when something was entered."""
    def rule(value: Any) -> str | None:
        return None if _blank(value) else inner(value)
    return rule


def all_of(*rules: Rule) -> Rule:
    """The first message of ``rules``."""
    def rule(value: Any) -> str | None:
        for r in rules:
            msg = r(value)
            if msg:
                return msg
        return None
    return rule


def _number(parse: Callable[..., Decimal], value: Any) -> tuple[Decimal | None, str | None]:
    try:
        return parse(value, negative=True), None
    except LimitError as exc:
        text = str(exc)
        return None, (_("enter a number") if exc.empty else text)


def money(*, negative: bool = False, blank_ok: bool = False, positive: bool = False) -> Rule:
    """An amount within the limits; not negative unless ``negative``; more than zero when
    ``positive`` (a payment)."""
    def rule(value: Any) -> str | None:
        if blank_ok and _blank(value):
            return None
        d, msg = _number(money_value, value)
        if msg:
            return msg
        if positive and d is not None and d <= 0:
            return _("must be more than 0")
        if not negative and d is not None and d < 0:
            return _("cannot be negative")
        return None
    return rule


def quantity(*, negative: bool = True, positive: bool = False, blank_ok: bool = False,
             whole: bool = False, minimum: Decimal | int | None = None,
             maximum: Decimal | int | None = None) -> Rule:
    """A quantity within the limits. ``positive``: more than zero; ``negative=False``: zero or
    more; ``whole``: no fraction (days, people); ``minimum``/``maximum``: a narrower range."""
    def rule(value: Any) -> str | None:
        if blank_ok and _blank(value):
            return None
        d, msg = _number(quantity_value, value)
        if msg or d is None:
            return msg
        if positive and d <= 0:
            return _("must be more than 0")
        if not negative and d < 0:
            return _("cannot be negative")
        if whole and d != d.to_integral_value():
            return _("must be a whole number")
        if minimum is not None and d < Decimal(minimum):
            return _("must be at least {minimum}").format(minimum=f"{Decimal(minimum).normalize():f}")
        if maximum is not None and d > Decimal(maximum):
            return _("must be at most {maximum}").format(maximum=f"{Decimal(maximum).normalize():f}")
        return None
    return rule


def between(low: Decimal | str, high: Decimal | str, *, high_open: bool = False, hint: str = "",
            blank_ok: bool = False) -> Rule:
    """A number from ``low`` to ``high`` (``high`` excluded when ``high_open``); ``hint`` (an
    example, marked with ``N_``) is added in brackets."""
    lo, hi = Decimal(str(low)), Decimal(str(high))

    def rule(value: Any) -> str | None:
        if blank_ok and _blank(value):
            return None
        d, msg = _number(quantity_value, value)
        if msg or d is None:
            return msg
        if d < lo or (d >= hi if high_open else d > hi):
            words = (_("must be from {low} to below {high}") if high_open else _("must be from {low} to {high}")).format(
                low=f"{lo.normalize():f}", high=f"{hi.normalize():f}")
            return _("{problem} ({hint})").format(problem=words, hint=_(hint)) if hint else words
        return None
    return rule


def check(values: Mapping[str, tuple[Any, Rule]]) -> None:
    """Run every rule; raise one :class:`ValidationError` naming each field that is wrong
    ("price: 'abc' is not a number; name: enter a name"), with a Problem per field."""
    problems = []
    for name, (value, rule) in values.items():
        msg = rule(value)
        if msg:
            problems.append(Problem(msg, column=name))
    if problems:
        raise ValidationError("; ".join(f"{p.column}: {p.reason}" for p in problems), problems)


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def email(*, blank_ok: bool = True) -> Rule:
    """Something shaped like an e-mail address (name@domain.tld); blank is fine unless required."""
    def rule(value: Any) -> str | None:
        text = "" if value is None else str(value).strip()
        if not text:
            return None if blank_ok else _("enter an e-mail address")
        return None if _EMAIL.match(text) else _("'{value}' is not an e-mail address").format(value=text)
    return rule


def time_of_day(*, blank_ok: bool = True) -> Rule:
    """A clock time written like 09:00 (or 9:00)."""
    def rule(value: Any) -> str | None:
        text = "" if value is None else str(value).strip()
        if not text:
            return None if blank_ok else _("enter a time like 09:00")
        h, sep, m = text.partition(":")
        if not (sep and h.isdigit() and m.isdigit() and len(m) == 2 and 0 <= int(h) <= 24 and int(m) < 60
                and not (int(h) == 24 and int(m))):
            return _("'{value}' is not a time like 09:00").format(value=text)
        return None
    return rule
