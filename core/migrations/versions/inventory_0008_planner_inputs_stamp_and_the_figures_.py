"""planner inputs stamp and the figures kept under it

Revision ID: inventory_0008
Revises: inventory_0007
Create Date: 2026-12-01

The reports' figures worked out from the planner's fit (order-up-to levels, forecast accuracy, the
reorder job's measure) are kept in ``planner_figures`` under the stamp of ``planner_inputs_version``,
which every unit of work that changes the planner's inputs renews (``core/inventory/
inputs_version.py``). An upgraded shop starts with a fresh stamp and nothing kept.
"""
from __future__ import annotations

import uuid

from alembic import op
import sqlalchemy as sa


revision = 'inventory_0008'
down_revision = 'inventory_0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('planner_figures',
                    sa.Column('key', sa.String(length=200), nullable=False),
                    sa.Column('stamp', sa.String(length=32), nullable=False),
                    sa.Column('payload', sa.Text(), nullable=False),
                    sa.PrimaryKeyConstraint('key', name=op.f('pk_planner_figures')),
                    info={'audit_exempt': True})
    version = op.create_table('planner_inputs_version',
                              sa.Column('id', sa.Integer(), nullable=False),
                              sa.Column('stamp', sa.String(length=32), nullable=False),
                              sa.PrimaryKeyConstraint('id', name=op.f('pk_planner_inputs_version')),
                              info={'audit_exempt': True})
    op.bulk_insert(version, [{"id": 1, "stamp": uuid.uuid4().hex}])


def downgrade() -> None:
    op.drop_table('planner_inputs_version')
    op.drop_table('planner_figures')
