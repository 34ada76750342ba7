"""index decisions by when they were made (the inbox and automation-payoff reports read them by week)

Revision ID: inbox_0003
Revises: inbox_0002
Create Date: 2026-11-30 17:40:11.790185
"""
from __future__ import annotations

from alembic import op


revision = 'inbox_0003'
down_revision = 'inbox_0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('suggestion', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_suggestion_decided_at'), ['decided_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('suggestion', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_suggestion_decided_at'))
