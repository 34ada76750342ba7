"""job pilot mode: a switched-on job may draft in pilot (its drafts kept out of the inbox)

Revision ID: automation_0002
Revises: automation_0001
Create Date: 2026-11-30 19:39:07.966988
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = 'automation_0002'
down_revision = 'automation_0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('job_config', schema=None) as batch_op:
        batch_op.add_column(sa.Column('pilot', sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('job_config', schema=None) as batch_op:
        batch_op.drop_column('pilot')
