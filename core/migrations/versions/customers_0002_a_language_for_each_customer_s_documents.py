"""a language for each customer's documents

Revision ID: customers_0002
Revises: customers_0001
Create Date: 2026-11-30 19:53:33.835388

Invoices, credit notes, reminders and appointment messages are written in the customer's language;
every existing customer gets the empty language, which means "the shop's document language", so
nothing an older shop sends changes.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = 'customers_0002'
down_revision = 'customers_0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.add_column(sa.Column('language', sa.String(length=10), server_default='', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.drop_column('language')
