"""products' service level becomes their fill-rate target

Revision ID: inventory_0004
Revises: inventory_0003
Create Date: 2026-11-30 17:05:00.000000

The figure an owner sets is now what the policy delivers as a fill rate (units served / units asked
for) instead of a cycle service level; the stored values keep their meaning for the owner ("0.95:
serve 95 %"), so the column is renamed and every value kept.
"""
from __future__ import annotations

from alembic import op


revision = 'inventory_0004'
down_revision = 'inventory_0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('product', schema=None) as batch_op:
        batch_op.alter_column('service_level', new_column_name='fill_rate_target')


def downgrade() -> None:
    with op.batch_alter_table('product', schema=None) as batch_op:
        batch_op.alter_column('fill_rate_target', new_column_name='service_level')
