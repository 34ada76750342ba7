"""What other areas hold about a customer, declared by those areas (not probed for).

A customer's history, their privacy export and their erasure span every area that keeps
customer data. Each such area declares a :class:`CustomerDataProvider` in
``core/<area>/customer_data.py``; the customers area calls them without knowing the areas, as the
inbox calls appliers. Erasure and "what must be kept" run inside the caller's unit of work, so an
erasure is one transaction across areas.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from core.kernel.registry import AreaRegistry

if TYPE_CHECKING:
    from core.customers.service import HistoryEvent


@dataclass(frozen=True)
class CustomerDataProvider:
    area: str
    #: events for the customer's history (any order; the customers area sorts them)
    history: Callable[[Any, int], list["HistoryEvent"]] | None = None
    #: sections of the privacy export: {section name: JSON-able data}
    privacy_data: Callable[[Any, int], dict[str, Any]] | None = None
    #: erase what this area may erase, in the caller's unit of work; says what was erased (or None)
    erase: Callable[[Session, int], str | None] | None = None
    #: what this area must keep and why, for the erasure statement (or None)
    kept: Callable[[Session, int], str | None] | None = None


PROVIDERS: AreaRegistry[CustomerDataProvider] = AreaRegistry("customer_data", key=lambda p: p.area)


def register_provider(provider: CustomerDataProvider) -> CustomerDataProvider:
    return PROVIDERS.register(provider)
