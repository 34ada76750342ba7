"""Shared set-up for invoicing tests."""
from __future__ import annotations

from decimal import Decimal as D

from core.invoicing.service import LineDraft


def lines(*specs):
    """lines(("Bread", "3", "2.50", "standard"), ...) -> [LineDraft]"""
    out = []
    for spec in specs:
        desc, q, p, code, *rest = spec
        out.append(LineDraft(desc, D(q), D(p), code, D(rest[0]) if rest else D(0),
                             bool(rest[1]) if len(rest) > 1 else False))
    return out


def customer(app, actor, name="Ann Smith", **kw):
    kw.setdefault("email", "ann@example.com")
    kw.setdefault("billing_address", "1 High Street\nEdinburgh")
    return app.customers.create(actor, name=name, **kw)
