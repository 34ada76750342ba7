"""database identity; secret settings move out of the database

Revision ID: kernel_0004
Revises: kernel_0003
Create Date: 2026-11-30 10:25:18.791464

Gives the database an identity (a random id, and whether it is the demo shop; see
core/kernel/identity.py) and moves secret
settings out: each clear-text value in the ``setting`` table is written to the secret store
(keyring or private file, see core/kernel/secrets.py) under that id, then its row is deleted. The
audit entries that copied the value are redacted in the same step: the append-only triggers are
lifted for that update and put back before the transaction commits (by ``rehash_chain``, which
then recomputes the audit hash chain from the first redacted entry on, so the chain covers the
redacted text and ``check`` finds it intact), and SQLite's secure_delete overwrites the freed
space, so the value is gone from the live file. (Backups made before this upgrade, including the
automatic ``before-upgrade`` copy, still hold it.)
"""
from __future__ import annotations

import json
import uuid

import sqlalchemy as sa
from alembic import op

revision = 'kernel_0004'
down_revision = 'kernel_0003'
branch_labels = None
depends_on = None

#: The secret settings that existed when this migration was written. (A migration is a snapshot:
#: settings marked secret later are moved by a later migration.)
SECRET_KEYS = ("mail.smtp_password",)
REDACTED = "(secret changed)"


def _redact(value: str | None, key: str) -> str | None:
    if value is None:
        return None
    try:
        data = json.loads(value)
    except ValueError:
        return json.dumps({key: REDACTED})
    if isinstance(data, dict) and key in data:
        data[key] = REDACTED
        return json.dumps(data, ensure_ascii=False, sort_keys=True)
    return json.dumps({key: REDACTED})


def upgrade() -> None:
    op.create_table('database_identity',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('demo', sa.Boolean(), server_default='0', nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_database_identity'))
    )
    bind = op.get_bind()
    db_id = str(uuid.uuid4())
    bind.execute(sa.text("INSERT INTO database_identity (id, demo) VALUES (:id, :demo)"), {"id": db_id, "demo": False})

    setting = sa.table("setting", sa.column("key", sa.String), sa.column("value", sa.Text))
    rows = bind.execute(sa.select(setting.c.key, setting.c.value)
                        .where(setting.c.key.in_(SECRET_KEYS))).all()
    if rows:
        from core.kernel.secrets import store_for

        store = store_for(db_id)
        for key, raw in rows:
            try:
                value = json.loads(raw) if raw is not None else ""
            except ValueError:
                value = raw
            if value not in ("", None):
                store.set(key, str(value))
                if store.get(key) != str(value):
                    raise RuntimeError(f"could not keep the secret setting {key} in the {store.name}; "
                                       "nothing was changed")
        bind.execute(sa.delete(setting).where(setting.c.key.in_(SECRET_KEYS)))

    audit = sa.table("audit_entry", sa.column("id", sa.Integer), sa.column("entity", sa.String),
                     sa.column("entity_id", sa.String), sa.column("before", sa.Text),
                     sa.column("after", sa.Text))
    entries = bind.execute(sa.select(audit.c.id, audit.c.entity_id, audit.c.before, audit.c.after)
                           .where(audit.c.entity == "setting", audit.c.entity_id.in_(SECRET_KEYS))).all()
    if not entries:
        return
    from core.kernel.audit_chain import TRIGGERS, rehash_chain

    if bind.dialect.name == "sqlite":
        bind.exec_driver_sql("PRAGMA secure_delete = ON")
        for name in TRIGGERS:      # put back by rehash_chain below, in this same transaction
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    for entry_id, key, before, after in entries:
        bind.execute(sa.update(audit).where(audit.c.id == entry_id)
                     .values(before=_redact(before, key), after=_redact(after, key)))
    rehash_chain(bind, from_id=min(e[0] for e in entries))


def downgrade() -> None:
    # Secrets stay in the secret store (the values are not put back into the database).
    op.drop_table('database_identity')
