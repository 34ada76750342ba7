"""Numbers follow dates: the rules an invoice's issue date must keep.

Within a series, a later number may not carry an earlier date than an earlier number: that is
what lets a tax inspector (or the bookkeeper) trust that the sequence is complete and in time.
So an issue date before the latest issued date of its series is refused outright; a date far from
today (``invoicing.issue_date_window_days``, 7 by default) is allowed only when a person confirms
it — back-dating or post-dating is sometimes right (a late invoice for last month's job) but is
much more often a typo, and a post-dated number blocks every later one until that date.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from core.kernel.i18n import N_, _, ngettext
from core.invoicing.models import Invoice
from core.invoicing.settings import series_pattern
from core.kernel.errors import ConflictError

#: How a document kind reads in a sentence.
KIND_WORDS = {"invoice": N_("invoice"), "credit_note": N_("credit note")}

#: ``Invoice.series`` of invoices brought in by the importer (their numbers may still be in a series).
IMPORTED = "import"


class IssueDateNeedsConfirmation(ConflictError):
    """The issue date is far from today: issue only after a person confirms it (CLI
    ``--confirm-date``; the GUI asks)."""

    def __init__(self, message: str, day: date, today: date) -> None:
        super().__init__(message)
        self.day = day
        self.today = today


def latest_in_series(s: Session, key: str, fmt: str, year: int, after: date) -> tuple[str, date] | None:
    """(number, issue date) of the latest-dated issued invoice of the series dated after ``after``,
    counting imported invoices whose numbers belong to the series."""
    pattern = series_pattern(fmt, year)
    rows = s.execute(select(Invoice.number, Invoice.issue_date, Invoice.series)
                     .where(Invoice.state != "draft", Invoice.issue_date > after,
                            or_(Invoice.series == key, Invoice.series == IMPORTED))
                     .order_by(Invoice.issue_date.desc(), Invoice.id.desc()))
    for number, issued, series in rows:
        if series == key or (number and pattern.match(number)):
            return number, issued
    return None


def check_issue_date(s: Session, *, day: date, today: date, key: str, fmt: str, window_days: int,
                     confirmed: bool, kind: str = "invoice") -> None:
    """Refuse ``day`` for the next number of series ``key`` (format ``fmt``), saying why."""
    later = latest_in_series(s, key, fmt, day.year, day)
    if later is not None:
        number, issued = later
        raise ConflictError(
            _("cannot issue this {kind} dated {isoformat}: {number} was already issued on "
              "{isoformat2}, the latest date in its series, and numbers must follow dates. Date it "
              "{isoformat2} or later").format(
                kind=_(KIND_WORDS.get(kind, kind)), isoformat=day.isoformat(), number=number, isoformat2=issued.isoformat()))
    distance = (day - today).days
    if abs(distance) > window_days and not confirmed:
        when = (ngettext("{n} day before", "{n} days before", -distance).format(n=-distance) if distance < 0
                else ngettext("{n} day after", "{n} days after", distance).format(n=distance))
        extra = (" " + _("Later numbers of its series could then not be dated before it.") if distance > 0 else "")
        raise IssueDateNeedsConfirmation(
            _("the issue date {isoformat} is {when} today ({isoformat2}), more than the "
              "{window_days} days allowed without confirming it.{extra} Confirm the date if it is "
              "right").format(
                isoformat=day.isoformat(), when=when, isoformat2=today.isoformat(), window_days=window_days, extra=extra),
            day, today)
