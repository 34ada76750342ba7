"""accepted sales outliers

Revision ID: inventory_0003
Revises: inventory_0002
Create Date: 2026-11-30 10:55:00.000000
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa
import core.kernel.types


revision = 'inventory_0003'
down_revision = 'inventory_0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'sales_outlier_accepted',
        sa.Column('product_id', sa.Integer(), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('quantity', core.kernel.types.ScaledDecimal(), nullable=False),
        sa.Column('accepted_by', sa.String(length=80), nullable=False),
        sa.Column('accepted_at', core.kernel.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['product_id'], ['product.id'],
                                name=op.f('fk_sales_outlier_accepted_product_id_product'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('product_id', 'day', name=op.f('pk_sales_outlier_accepted')),
    )


def downgrade() -> None:
    op.drop_table('sales_outlier_accepted')
