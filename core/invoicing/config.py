"""Invoicing's configuration: every setting the invoicing rules depend on, read once per unit of
work into one frozen value.

Reading them in one place means a rule never reads a setting on its own (and so never sees a
different value half-way through an issue), and a test can build a configuration by hand.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType

from babel.numbers import get_currency_precision
from sqlalchemy.orm import Session

from core.invoicing import money
from core.kernel.settings import SettingsService


@dataclass(frozen=True)
class InvoicingConfig:
    currency: str
    locale: str
    rates: Mapping[str, tuple[str, Decimal]]   # tax code -> (name, rate in %), in the shop's order
    tax_mode: str                              # "line" or "invoice" (where tax is rounded)
    rounding: money.Rounding
    series: str                                # invoice number format, e.g. "{year}-{seq:04d}"
    credit_series: str
    issue_date_window_days: int                # issue dates further from today need confirming
    appointment_item: str                      # catalogue code whose tax applies to appointments
    cash_customer: str = "Cash sales"          # imported invoices that name no customer go to this one

    def series_for(self, kind: str) -> str:
        """The number format of a document kind (``invoice`` or ``credit_note``)."""
        return self.credit_series if kind == "credit_note" else self.series


def read_config(s: Session) -> InvoicingConfig:
    """The configuration as stored in ``s`` (defaults for settings never changed)."""
    read = SettingsService.read
    currency = read(s, "shop.currency")
    rates = {r["code"]: (r["name"], Decimal(r["rate"])) for r in read(s, "shop.tax_rates")}
    return InvoicingConfig(
        currency=currency, locale=read(s, "shop.locale"), rates=MappingProxyType(rates),
        tax_mode=read(s, "invoicing.tax_mode"),
        rounding=money.Rounding(get_currency_precision(currency), read(s, "invoicing.rounding")),
        series=read(s, "invoicing.series"), credit_series=read(s, "invoicing.credit_series"),
        issue_date_window_days=int(read(s, "invoicing.issue_date_window_days")),
        appointment_item=read(s, "invoicing.appointment_item") or "",
        cash_customer=read(s, "invoicing.cash_customer"))
