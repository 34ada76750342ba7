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
    with app.db.uow() as s:
        for i in range(5):
            record(s, owner, area="test", action="poke", entity="thing", entity_id=i)
    before = {t: n for t, n in count_rows(app.paths.database).items()}
    result = generate_large.replicate(app, copies=2, skip_areas=set())
    after = count_rows(app.paths.database)
    assert result["audit_entry"] == (before["audit_entry"], 3 * before["audit_entry"])
    assert after["audit_entry"] == 3 * before["audit_entry"]
    assert after["user_account"] == before["user_account"]  # identities are never copied
    from core.kernel.audit_chain import verify
    with app.db.engine.connect() as c:
        chain = verify(c)
    assert chain.intact and chain.entries == after["audit_entry"]
    conn = sqlite3.connect(app.paths.database)
    try:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def count_rows(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        conn.close()
