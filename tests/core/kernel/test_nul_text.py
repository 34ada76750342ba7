"""A text holding the NUL character is refused with a clear error on every engine, before anything is
written: PostgreSQL cannot store it (not even as a query's parameter), and SQLite refuses it alike so
a shop's data can move between the two."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from core.customers.models import Customer
from core.kernel.errors import ValidationError


def test_a_name_with_nul_is_refused_and_nothing_is_written(app, owner):
    with pytest.raises(ValidationError, match=r"NUL character.*Ann\\0e"):
        app.customers.create(owner, name="Ann\x00e", email="a@example.com")
    with app.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 0
    app.customers.create(owner, name="Anne", email="a@example.com")      # the same without it is fine


def test_a_search_with_nul_is_refused_too(app, owner):
    with pytest.raises(ValidationError, match="NUL character"):
        app.inventory.create_supplier(owner, "Mill\x00er")     # looks the name up before adding it
