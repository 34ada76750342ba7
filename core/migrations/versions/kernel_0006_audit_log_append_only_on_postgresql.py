"""audit log append-only on PostgreSQL

Revision ID: kernel_0006
Revises: kernel_0005
Create Date: 2026-11-30 13:45:00

The SQLite triggers of kernel_0002 have a PostgreSQL counterpart: one PL/pgSQL function that
raises, called before every UPDATE and DELETE of a row of ``audit_entry`` and before a TRUNCATE of
the table (see ``core.kernel.audit_chain.PG_TRIGGERS``). The desktops' database role may not
change triggers (``deskmate server init``), so from a desktop the log can only grow. Nothing to do
on SQLite.
"""
from __future__ import annotations

from alembic import op

revision = 'kernel_0006'
down_revision = 'kernel_0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    from core.kernel.audit_chain import create_triggers

    create_triggers(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    from core.kernel.audit_chain import PG_FUNCTION, lift_triggers

    lift_triggers(bind)
    op.execute(f"DROP FUNCTION IF EXISTS {PG_FUNCTION}()")
