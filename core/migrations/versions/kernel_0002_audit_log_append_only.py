"""audit log is append-only at the database level

Revision ID: kernel_0002
Revises: kernel_0001
Create Date: 2026-11-25 20:10:00
"""
from __future__ import annotations

from alembic import op

revision = 'kernel_0002'
down_revision = 'kernel_0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The ORM refuses updates and deletes of audit entries; these triggers refuse them for any
    # other program writing to the file too.
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("""CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
                  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""")
    op.execute("""CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
                  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
    op.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete")
