"""Quantities as plain text for editing: ``12`` not ``12.000`` and never grouped or localised, so
what a field shows can be typed back as it is (display goes through ``ctx.formats``)."""
from __future__ import annotations

from decimal import Decimal
from typing import Any


def plain_quantity(d: Any) -> str:
    return "" if d is None else f"{Decimal(d).normalize():f}"
