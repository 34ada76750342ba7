"""Gapless invoice numbers.

A number is given only on issue, inside the issuing transaction, from a counter row per series
(SQLite writers BEGIN IMMEDIATE, PostgreSQL locks the counter row FOR UPDATE): two people issuing
at once queue, never share or skip a number. Numbers follow dates (:mod:`core.invoicing.dates`).
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core.invoicing.config import InvoicingConfig
from core.invoicing.dates import check_issue_date
from core.invoicing.models import Invoice, InvoiceCounter
from core.invoicing.settings import series_key


def number_for(s: Session, cfg: InvoicingConfig, kind: str, day: date, today: date,
               confirm_date: bool = False) -> tuple[str, str]:
    """The next number (and its series key) for a document of ``kind`` issued on ``day``.

    A date before the latest issued date of the series is refused; one further from today than
    the configured window needs ``confirm_date`` (:func:`core.invoicing.dates.check_issue_date`)."""
    fmt = cfg.series_for(kind)
    check_issue_date(s, day=day, today=today, key=series_key(fmt, day.year), fmt=fmt,
                     window_days=cfg.issue_date_window_days, confirmed=confirm_date,
                     kind="credit note" if kind == "credit_note" else "invoice")
    return next_number(s, fmt, day.year)


def next_number(s: Session, fmt: str, year: int) -> tuple[str, str]:
    """Take the next number of series ``fmt`` for ``year`` from its counter row."""
    key = series_key(fmt, year)
    counter = s.get(InvoiceCounter, key, with_for_update=True)
    if counter is None:
        # First number of a new series. On SQLite the write lock is already ours; on a server
        # database another issuer may create the row at the same moment: then use theirs.
        try:
            with s.begin_nested():
                s.add(InvoiceCounter(series=key, last_number=0))
                s.flush()
        except IntegrityError:
            pass
        counter = s.get(InvoiceCounter, key, with_for_update=True, populate_existing=True)
    while True:
        counter.last_number += 1
        number = fmt.format(year=year, seq=counter.last_number)
        # An imported invoice may already hold this number: it is used, so skip past it (the
        # series stays without gaps because that number exists).
        if not s.scalar(select(Invoice.id).where(Invoice.number == number)):
            s.flush()
            return number, key
