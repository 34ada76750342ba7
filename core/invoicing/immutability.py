"""An issued invoice never changes: the second line of defence.

The service refuses changes to issued documents; this flush hook refuses them again for any code
path that forgets (an importer, an applier, a future feature). Corrections are credit notes or a
void with a reason. Importing this module installs the hook (once, for every Session).
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from core.kernel.i18n import _
from core.invoicing.models import Invoice, InvoiceLine, InvoiceTax
from core.kernel.errors import ConflictError

IMMUTABLE_INVOICE_FIELDS = frozenset({
    "kind", "number", "series", "customer_id", "customer_name", "billing_address", "customer_tax_id",
    "issue_date", "due_date", "terms_days", "currency", "tax_mode", "net_total", "tax_total",
    "gross_total", "credit_of_id", "notes", "issued_at", "issued_by"})


def guard_issued(session: Session, _ctx: Any, _instances: Any) -> None:
    """Refuse to flush a change to an issued document, whatever path made it."""
    for obj in list(session.dirty) + list(session.deleted):
        if isinstance(obj, Invoice):
            state_hist = inspect(obj).attrs.state.history
            was = state_hist.deleted[0] if state_hist.deleted else obj.state
            if was == "draft":
                continue
            if obj in session.deleted:
                raise ConflictError(_("invoice {number} is issued and cannot be deleted").format(number=obj.number))
            for name in IMMUTABLE_INVOICE_FIELDS:
                if inspect(obj).attrs[name].history.has_changes():
                    raise ConflictError(_("invoice {number} is issued and cannot be changed ({name}); write a credit note or "
                                          "void it with a reason").format(
                                            number=obj.number, name=name))
        elif isinstance(obj, (InvoiceLine, InvoiceTax)):
            parent = session.get(Invoice, obj.invoice_id)
            if parent is not None and parent.state != "draft" and (
                    obj in session.deleted or session.is_modified(obj)):
                raise ConflictError(_("invoice {number} is issued: its lines cannot change").format(
                                        number=parent.number))
    for obj in session.new:
        if isinstance(obj, (InvoiceLine, InvoiceTax)):
            parent = session.get(Invoice, obj.invoice_id)
            if parent is not None and parent.state != "draft" and parent not in session.new:
                st = inspect(parent).attrs.state.history
                if not (st.deleted and st.deleted[0] == "draft"):
                    raise ConflictError(_("invoice {number} is issued: lines cannot be added").format(
                                            number=parent.number))


if not event.contains(Session, "before_flush", guard_issued):
    event.listen(Session, "before_flush", guard_issued)
