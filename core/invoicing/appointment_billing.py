"""Billing scheduling's completed appointments: the lines an invoice gets for them, the key that
keeps one set of appointments from being invoiced twice, and giving them back to scheduling when
their draft is deleted or their invoice voided (a domain event, so invoicing never writes
scheduling's tables).
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.kernel.events import EventContext, publish
from core.invoicing.config import InvoicingConfig
from core.invoicing.lines import LineDraft
from core.invoicing.models import CatalogueItem, Invoice
from core.kernel.actor import Actor

if TYPE_CHECKING:
    from core.app import Deskmate

ZERO = Decimal(0)


def appointments_key(ids: Iterable[int]) -> str:
    """The source key of an invoice for these appointments (the same set gives the same key)."""
    ids = sorted(set(int(i) for i in ids))
    digest = hashlib.sha1(",".join(map(str, ids)).encode()).hexdigest()[:16]
    return f"appointments:{digest}"


def appointment_lines(s: Session, cfg: InvoicingConfig, appts: Sequence[Any]) -> list[LineDraft]:
    """Invoice lines for completed appointments; tax from the catalogue item named in settings
    (appointment prices are the shop's tax-included service prices otherwise)."""
    code = cfg.appointment_item
    item = s.scalar(select(CatalogueItem).where(CatalogueItem.code == code)) if code else None
    tax_code = item.tax_code if item else next(iter(cfg.rates))
    incl = item.price_includes_tax if item else True
    return [LineDraft(a.description, Decimal(1), Decimal(a.price), tax_code, ZERO, incl,
                      item.id if item else None, "visit") for a in appts]


def release_appointments(app: "Deskmate", s: Session, actor: Actor, inv: Invoice) -> None:
    """A deleted draft or voided invoice no longer bills its appointments: scheduling makes
    them billable again (a domain event, in this unit of work)."""
    detail = inv.source_detail or {}
    ids = detail.get("appointment_ids") if isinstance(detail, dict) else None
    if not ids:
        return
    publish(EventContext(s, actor, app), "invoice.released_appointments",
            appointment_ids=list(ids), invoice_id=inv.id)
