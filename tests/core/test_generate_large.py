"""The 20x benchmark generator copies rows with working references (kept from rotting)."""
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from core.app import Deskmate
from core.kernel.audit import record

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import generate_large  # noqa: E402

sys.path.pop(0)


def test_replicate_multiplies_volume_tables_and_keeps_references(app: Deskmate, owner) -> None:
    app.customers.create(owner, name="Ann")
    with app.db.uow() as s:
        for i in range(5):
            record(s, owner, area="test", action="poke", entity="thing", entity_id=i)
    before = count_rows(app)
    result = generate_large.replicate(app, copies=2, skip_areas=set())
    after = count_rows(app)
    assert result["audit_entry"] == (before["audit_entry"], 3 * before["audit_entry"])
    assert after["audit_entry"] == 3 * before["audit_entry"]
    assert after["user_account"] == before["user_account"]  # identities are never copied
    from core.kernel.audit_chain import verify
    with app.db.engine.connect() as c:
        chain = verify(c)
    assert chain.intact and chain.entries == after["audit_entry"]
    # the shop keeps working on the copies: new rows get new ids (a server's sequences moved on)
    c = app.customers.create(owner, name="After the copies")
    assert after["customer"] == 3 and c.id == 4
    assert count_rows(app)["audit_entry"] == after["audit_entry"] + 1
    if app.db.is_sqlite:   # a server enforces references itself: a broken one fails the copy
        conn = sqlite3.connect(app.paths.database)
        try:
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            conn.close()


def count_rows(app: Deskmate) -> dict[str, int]:
    """Rows per table, on whichever engine the shop is."""
    from sqlalchemy import inspect, text
    with app.db.engine.connect() as conn:
        names = inspect(conn).get_table_names()
        return {n: conn.execute(text(f'SELECT count(*) FROM "{n}"')).scalar_one() for n in names}
