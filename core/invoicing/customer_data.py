"""Invoicing's part of a customer's data: invoices, payments, reminders (see core/customers/providers.py)."""
from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.customers.providers import CustomerDataProvider, register_provider
from core.invoicing.models import Invoice


def erase(s: Session, customer_id: int) -> str | None:
    """Drafts are not legal documents, so their copy of the customer's details goes too."""
    n = 0
    for inv in s.scalars(select(Invoice).where(Invoice.customer_id == customer_id, Invoice.state == "draft")):
        inv.customer_name, inv.billing_address, inv.customer_tax_id = "(erased customer)", "", ""
        n += 1
    return f"customer details on {n} draft invoice(s)" if n else None


def kept(s: Session, customer_id: int) -> str | None:
    numbers = list(s.scalars(select(Invoice.number).where(Invoice.customer_id == customer_id,
                                                          Invoice.state != "draft").order_by(Invoice.number)))
    if not numbers:
        return None
    return (f"{len(numbers)} issued invoice(s)/credit note(s) "
            f"({', '.join(numbers[:20])}{'...' if len(numbers) > 20 else ''}) "
            "with the billing name, address and tax id printed on them: tax law requires "
            "issued invoices to be kept unchanged for the retention period")


def _history(app: Any, customer_id: int) -> list[Any]:
    return app.invoicing.customer_history(customer_id)


def _privacy(app: Any, customer_id: int) -> dict[str, Any]:
    return app.invoicing.customer_privacy_data(customer_id)


register_provider(CustomerDataProvider("invoicing", history=_history, privacy_data=_privacy, erase=erase,
                                       kept=kept))
