"""stock closing per product and day, sales and stock per product and week, backfilled from the ledger

The reports' aggregates (``core/inventory/history.py``): an older shop gets them computed from its
ledger and daily sales here, once; from then on the ledger keeps them in step.

Revision ID: inventory_0006
Revises: inventory_0005
Create Date: 2026-11-30 22:40:01.856352
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa
import core.kernel.types


revision = 'inventory_0006'
down_revision = 'inventory_0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('product_week',
    sa.Column('week', sa.Date(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('sold', core.kernel.types.ScaledDecimal(), nullable=False),
    sa.Column('closing', core.kernel.types.ScaledDecimal(), nullable=False),
    sa.Column('out_days', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['product_id'], ['product.id'], name=op.f('fk_product_week_product_id_product'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('week', 'product_id', name=op.f('pk_product_week')),
    sqlite_with_rowid=False
    )
    op.create_table('stock_closing',
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('closing', core.kernel.types.ScaledDecimal(), nullable=False),
    sa.Column('out_days', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['product_id'], ['product.id'], name=op.f('fk_stock_closing_product_id_product'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('product_id', 'day', name=op.f('pk_stock_closing')),
    sqlite_with_rowid=False
    )
    from core.inventory.history import rebuild
    rebuild(op.get_bind())


def downgrade() -> None:
    op.drop_table('stock_closing')
    op.drop_table('product_week')
