"""a product's shelf life in days

Revision ID: inventory_0007
Revises: inventory_0006
Create Date: 2026-11-30

Perishables (bread, milk) carry the days a unit can be sold after it is received; the markdown job
works them by day. Existing products keep (NULL): nothing changes for them.
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = 'inventory_0007'
down_revision = 'inventory_0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('product', sa.Column('shelf_life_days', sa.Integer(), nullable=True))


def downgrade() -> None:
    # a plain DROP COLUMN (SQLite 3.35+, PostgreSQL): copying the product table in a batch would
    # lose what other tables' triggers and foreign keys expect of it
    op.execute("ALTER TABLE product DROP COLUMN shelf_life_days")
