"""Invoicing settings, declared here and registered when the settings registry is first read (see
``core.kernel.registry``): the only place the area declares settings."""
from __future__ import annotations

import re
from typing import Any

from core.kernel.actor import Role
from core.kernel.i18n import N_
from core.kernel.parsers import p_required_text, p_text
from core.kernel.settings import SettingSpec, register
from core.invoicing.money import ROUNDING_RULES, TAX_MODES

_SEQ = re.compile(r"\{seq(:0?\d+d)?\}")
DEFAULT_REMINDERS = [
    {"level": 1, "days_overdue": 7, "subject": N_("Friendly reminder: invoice {number}"),
     "body": N_("Dear {customer},\n\nwe may have missed your payment for invoice {number} of {issue_date} "
             "({gross}). It fell due on {due_date}; {open} is still open.\n\nIf you have already paid, "
             "please ignore this letter. Otherwise we would be grateful for payment to:\n{payment_details}"
             "\n\nKind regards,\n{shop}")},
    {"level": 2, "days_overdue": 21, "subject": N_("Second reminder: invoice {number} is {days_overdue} days overdue"),
     "body": N_("Dear {customer},\n\ninvoice {number} of {issue_date} fell due on {due_date} and {open} is still "
             "open, {days_overdue} days later. Please pay within 7 days to:\n{payment_details}\n\n"
             "If something is wrong with the invoice, please tell us.\n\nKind regards,\n{shop}")},
    {"level": 3, "days_overdue": 45, "subject": N_("Final reminder: invoice {number}"),
     "body": N_("Dear {customer},\n\ndespite two reminders, {open} of invoice {number} ({issue_date}) is still "
             "unpaid, {days_overdue} days after it fell due. Please pay within 7 days to:\n{payment_details}"
             "\n\nOtherwise we will have to pass the matter on.\n\n{shop}")},
]
TEMPLATE_PLACEHOLDERS = (
    ("customer", N_("the customer's name")),
    ("number", N_("the invoice number")),
    ("issue_date", N_("the day the invoice was issued")),
    ("due_date", N_("the day payment was due")),
    ("gross", N_("the invoice total")),
    ("open", N_("the amount still unpaid")),
    ("days_overdue", N_("how many days the payment is late")),
    ("payment_details", N_("your payment details (set on this page)")),
    ("shop", N_("your shop's name")),
    ("level", N_("which reminder this is: 1, 2 or 3")),
)
TEMPLATE_FIELDS = tuple(name for name, _meaning in TEMPLATE_PLACEHOLDERS)
SERIES_PLACEHOLDERS = (("year", N_("the year the invoice is issued, e.g. 2026")),
                       ("seq", N_("the running number: 1, 2, 3 …")),
                       ("seq:04d", N_("the running number padded to four digits: 0001, 0002 …")))
ROUNDING_LABELS = (("half-up", N_("Half up (2.345 → 2.35)")), ("half-even", N_("Half to even (2.345 → 2.34)")),
                   ("half-down", N_("Half down (2.345 → 2.34)")), ("up", N_("Always up (2.341 → 2.35)")),
                   ("down", N_("Always down (2.349 → 2.34)")))


def p_series(v: Any) -> str:
    text = str(v).strip()
    if len(_SEQ.findall(text)) != 1:
        raise ValueError("a series needs exactly one {seq} (e.g. {year}-{seq:04d})")
    try:
        text.format(year=2026, seq=1)
    except (KeyError, ValueError, IndexError) as exc:
        raise ValueError(f"only {{year}} and {{seq}} may appear in a series ({exc})") from None
    if len(series_key(text, 2026)) > 40:
        raise ValueError("a series is at most 40 characters")
    return text


def series_key(fmt: str, year: int) -> str:
    """The counter's name: the format with the year filled in and the number as '#'."""
    return _SEQ.sub("#", fmt).format(year=year)


def series_pattern(fmt: str, year: int) -> re.Pattern[str]:
    """A regex matching numbers of a series, capturing the sequence (for imported numbers)."""
    head, _, tail = _SEQ.sub("\x00", fmt).partition("\x00")
    return re.compile("^" + re.escape(head.format(year=year)) + r"(\d+)" + re.escape(tail.format(year=year)) + "$")


def p_choice(choices: tuple[str, ...]) -> Any:
    def parse(v: Any) -> str:
        s = str(v).strip()
        if s not in choices:
            raise ValueError(f"choose one of {', '.join(choices)}")
        return s
    return parse


def p_window_days(v: Any) -> int:
    n = int(str(v).strip())
    if not 0 <= n <= 366:
        raise ValueError("between 0 and 366 days")
    return n


def _check_placeholders(i: int, *texts: str) -> None:
    for text in texts:
        try:
            text.format(**{k: "" for k in TEMPLATE_FIELDS})
        except (KeyError, ValueError, IndexError) as exc:
            raise ValueError(f"level {i}: unknown placeholder {exc}; use {', '.join(TEMPLATE_FIELDS)}") from None


def p_reminder_wording(v: Any) -> list[dict[str, Any]]:
    """A language version of the reminder letters: per level its subject and text (when each is sent
    stays the shop's one setting). A level left empty falls back to the shop's default letter."""
    if not isinstance(v, list) or len(v) > 3:
        raise ValueError("up to three reminder letters")
    out = []
    for i, item in enumerate(v, start=1):
        subject, body = str(item.get("subject", "")).strip(), str(item.get("body", "")).rstrip()
        _check_placeholders(i, subject, body)
        out.append({"level": i, "subject": subject, "body": body})
    return out


def p_reminders(v: Any) -> list[dict[str, Any]]:
    if not isinstance(v, list) or not 1 <= len(v) <= 3:
        raise ValueError("one to three reminder levels")
    out = []
    last = 0
    for i, item in enumerate(v, start=1):
        days = int(item["days_overdue"])
        if days <= last:
            raise ValueError("each reminder level needs more days overdue than the one before")
        last = days
        subject, body = str(item["subject"]), str(item["body"])
        _check_placeholders(i, subject, body)
        out.append({"level": i, "days_overdue": days, "subject": subject, "body": body})
    return out


_BOOKS = frozenset({Role.OWNER, Role.BOOKKEEPER})
for _spec in (
    SettingSpec("invoicing.series", "{year}-{seq:04d}", N_("Invoice numbers"),
                N_("How invoice numbers look. Numbers are given when an invoice is issued, with no gaps. "
                "{year} becomes the year of issue and {seq:04d} the running number padded to four "
                "digits, so {year}-{seq:04d} gives 2026-0001, 2026-0002 and so on ({seq} alone gives "
                "2026-1)."), p_series, area="invoicing", edit_roles=_BOOKS,
                placeholders=SERIES_PLACEHOLDERS),
    SettingSpec("invoicing.credit_series", "CN{year}-{seq:04d}", N_("Credit note numbers"),
                N_("Credit notes have their own numbers without gaps; CN{year}-{seq:04d} gives CN2026-0001."),
                p_series, area="invoicing", edit_roles=_BOOKS, placeholders=SERIES_PLACEHOLDERS),
    SettingSpec("invoicing.issue_date_window_days", 7, N_("Issue dates without confirming (days)"),
                N_("An invoice dated more than this many days before or after today is issued only after "
                "confirming the date (numbers must follow dates, and a typo in the year is easy)."),
                p_window_days, area="invoicing", kind="int", edit_roles=_BOOKS),
    SettingSpec("invoicing.tax_mode", "line", N_("Tax computed per"),
                N_("Round the tax on every line, or once per tax rate on the invoice's total (the "
                "totals can differ by a penny)."),
                p_choice(TAX_MODES), area="invoicing", kind="choice", choices=TAX_MODES, edit_roles=_BOOKS,
                choice_labels=(("line", N_("Each line")), ("invoice", N_("The invoice total, once per rate")))),
    SettingSpec("invoicing.rounding", "half-up", N_("Rounding rule"),
                N_("How amounts are rounded to the currency's smallest unit (half-up by default)."),
                p_choice(tuple(ROUNDING_RULES)), area="invoicing", kind="choice",
                choices=tuple(ROUNDING_RULES), edit_roles=_BOOKS, choice_labels=ROUNDING_LABELS),
    SettingSpec("invoicing.payment_details", "Bank transfer to: Corner Shop, IBAN GB00 0000 0000 0000",
                N_("Payment details"), N_("Printed on invoices and reminders."), p_text, area="invoicing",
                kind="multiline", edit_roles=_BOOKS, per_language=True),
    SettingSpec("invoicing.legal_footer", "", N_("Legal footer"),
                N_("Company registration, directors... printed at the bottom of every invoice."), p_text,
                area="invoicing", kind="multiline", edit_roles=_BOOKS, per_language=True),
    SettingSpec("invoicing.logo", "", N_("Logo file"),
                N_("A PNG or JPEG picture printed on invoices; leave empty for Deskmate's own."), p_text,
                area="invoicing", edit_roles=_BOOKS),
    SettingSpec("invoicing.reminders", DEFAULT_REMINDERS, N_("Payment reminder letters"),
                N_("Up to three letters, each sent once an invoice is so many days overdue: its subject "
                "line and text. Words in braces are filled in for each invoice (see the list)."),
                p_reminders, area="invoicing", kind="json", edit_roles=_BOOKS,
                placeholders=TEMPLATE_PLACEHOLDERS, per_language=True, parse_language=p_reminder_wording),
    SettingSpec("invoicing.cash_customer", "Cash sales", N_("Customer for walk-in sales"),
                N_("Imported sales that name no customer (walk-in sales at the till) are booked to this "
                "customer, created the first time it is needed. They appear in the register and in "
                "every export like any other customer's."), p_required_text, area="invoicing",
                edit_roles=_BOOKS),
    SettingSpec("invoicing.appointment_item", "", N_("Catalogue code for appointments"),
                N_("The catalogue item used for invoice lines drafted from appointments whose service has no "
                "price."), p_text,
                area="invoicing", edit_roles=_BOOKS),
):
    register(_spec)
