"""audit log hash chain

Revision ID: kernel_0003
Revises: kernel_0002
Create Date: 2026-11-30 10:25:08.489404

Adds ``prev_hash``/``hash`` to every audit entry and computes the chain for the entries already
there. The backfill must update existing rows, which the append-only triggers refuse: they are
lifted and put back by ``rehash_chain`` inside this migration's transaction (the upgrade is one
transaction), so no other program ever sees the log unprotected. The columns stay nullable at
the SQL level only because SQLite cannot add a NOT NULL column without a default; ``check``
reports an entry without a hash as a break.

A later migration that rewrites stored entries on purpose (redacting a secret, say) calls
``core.kernel.audit_chain.rehash_chain(op.get_bind())`` after its change.
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = 'kernel_0003'
down_revision = 'kernel_0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    from core.kernel.audit_chain import rehash_chain

    # Plain ADD COLUMN (not a batch table copy): the table, its indexes and triggers stay as they are.
    op.add_column('audit_entry', sa.Column('prev_hash', sa.String(length=64), nullable=True))
    op.add_column('audit_entry', sa.Column('hash', sa.String(length=64), nullable=True))
    rehash_chain(op.get_bind())


def downgrade() -> None:
    from core.kernel.audit_chain import TRIGGERS, TRIGGER_SQL

    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:  # a batch copy would lose the triggers: drop and put them back around it
        for name in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_column('hash')
        batch_op.drop_column('prev_hash')
    if sqlite:
        for name in TRIGGERS:
            op.execute(TRIGGER_SQL[name])
