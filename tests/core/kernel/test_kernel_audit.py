"""The audit log: append-only (ORM and raw SQL), filters, and an XLSX a bookkeeper can use."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from core.app import Deskmate
from core.kernel import audit
from core.kernel.audit import AuditEntry, AuditFilter
from core.kernel.errors import DeskmateError
from tests.raw_db import RAW_ERRORS, is_postgres, raw


@pytest.fixture
def history(app: Deskmate, clock, owner, staff, bookkeeper):
    """A few days of changes by different people, in different areas."""
    clock.advance(timedelta(days=1))                       # 2026-11-26
    app.settings.update(owner, {"shop.name": "Corner Bakery"})
    clock.advance(timedelta(days=1))                       # 2026-11-27
    app.users.update(owner, staff.user_id, display_name="Sam 100% Staff")
    with app.db.uow() as s:                                 # an area writing through audit.record
        audit.record(s, staff, area="inventory", action="adjust stock", entity="product", entity_id=42,
                     before={"on_hand": "3"}, after={"on_hand": "7", "note": "recount_shelf"},
                     summary="stock counted")
    return app


def test_record_uses_the_app_clock_when_no_time_is_given(app: Deskmate, clock, owner) -> None:
    clock.set(datetime(2027, 3, 1, 12, 30, tzinfo=timezone.utc))
    with app.db.uow() as s:
        audit.record(s, owner, area="test", action="poke", entity="thing")
    with app.db.read() as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert entry.at == datetime(2027, 3, 1, 12, 30, tzinfo=timezone.utc)


def test_orm_refuses_to_change_or_delete_entries(history: Deskmate) -> None:
    with pytest.raises(DeskmateError, match="append-only"):
        with history.db.uow() as s:
            s.scalars(select(AuditEntry)).first().summary = "nothing happened"
    with pytest.raises(DeskmateError, match="append-only"):
        with history.db.uow() as s:
            s.delete(s.scalars(select(AuditEntry)).first())
    assert "nothing happened" not in [r.summary for r in history.audit.list(history.users.by_name("olivia").actor)]


@pytest.mark.parametrize("sql", ["UPDATE audit_entry SET summary = 'forged'", "DELETE FROM audit_entry"])
def test_raw_sql_cannot_change_or_delete_entries_either(history: Deskmate, sql: str) -> None:
    """Triggers: SQLite's (kernel_0002) or PostgreSQL's (kernel_0006), whichever the shop is on."""
    with raw(history) as conn:
        with pytest.raises(RAW_ERRORS, match="append-only"):
            conn.execute(sql)
        conn.rollback()
        n = conn.execute("SELECT count(*) FROM audit_entry WHERE summary != 'forged'").fetchone()[0]
    assert n == 6


def test_truncate_is_refused_on_postgresql_too(history: Deskmate) -> None:
    if not is_postgres(history):
        pytest.skip("SQLite has no TRUNCATE (its DELETE trigger covers a full delete)")
    with raw(history) as conn:
        with pytest.raises(RAW_ERRORS, match="append-only"):
            conn.execute("TRUNCATE audit_entry CASCADE")
        conn.rollback()
        assert conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0] == 6


def test_filters_by_user_area_date_and_text(history: Deskmate, owner) -> None:
    def actions(**kw: object) -> list[str]:
        return [r.action for r in history.audit.list(owner, AuditFilter(**kw))]

    assert actions(username="sam") == ["adjust stock"]
    assert actions(area="settings") == ["change setting"]
    assert actions(date_from=date(2026, 11, 26), date_to=date(2026, 11, 26)) == ["change setting"]
    assert actions(date_from=date(2026, 11, 27)) == ["adjust stock", "change user"]
    assert actions(date_to=date(2026, 11, 25)) == ["add user", "add user", "create first owner"]
    assert actions(text="Corner Bakery") == ["change setting"]     # inside the after values
    assert actions(text="recount_shelf") == ["adjust stock"]       # JSON text, matched as text
    assert actions(text="RECOUNT") == ["adjust stock"]             # case-insensitive
    assert actions(text="100%") == ["change user"]                 # % is a character, not a wildcard
    assert actions(text="_shelf") == ["adjust stock"]
    assert actions(username="sam", area="settings") == []
    assert history.audit.count(owner, AuditFilter(area="users")) == 4


def test_date_filter_uses_the_shops_time_zone(app: Deskmate, clock, owner) -> None:
    app.settings.update(owner, {"shop.timezone": "America/New_York"})
    clock.set(datetime(2026, 12, 2, 3, 0, tzinfo=timezone.utc))  # 22:00 on 1 December in New York
    app.settings.update(owner, {"shop.name": "Late night"})
    got = app.audit.list(owner, AuditFilter(date_from=date(2026, 12, 1), date_to=date(2026, 12, 1)))
    assert [r.summary for r in got] == ["Shop name changed"]


def test_ids_and_rows_for_lazy_tables(history: Deskmate, owner) -> None:
    ids = history.audit.ids(owner, AuditFilter())
    assert ids == sorted(ids, reverse=True) and len(ids) == 6
    rows = history.audit.rows(owner, ids[:2])
    assert [r.id for r in rows] == ids[:2]


def test_xlsx_export_reads_back_with_types_frozen_header_and_filter(history: Deskmate, owner, tmp_path: Path) -> None:
    out = tmp_path / "audit.xlsx"
    n = history.audit.export_xlsx(owner, AuditFilter(area="users"), out)
    assert n == 4
    wb = load_workbook(out)
    ws = wb["Audit log"]
    header = [c.value for c in ws[1]]
    assert header[:4] == ["When (UTC)", "User", "Area", "Action"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{ws.cell(row=1, column=len(header)).column_letter}{n + 1}"
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(rows) == n
    assert all(isinstance(r[0], datetime) for r in rows)
    assert rows[0][0] == datetime(2026, 11, 27, 9, 0)
    assert ws.cell(row=2, column=1).number_format == "yyyy-mm-dd hh:mm"
    assert {r[2] for r in rows} == {"users"}
    assert rows[0][3] == "change user" and "Sam 100% Staff" in rows[0][8]
    about = {r[0]: r[1] for r in wb["About this export"].iter_rows(values_only=True)}
    assert about["Filter: area"] == "users" and about["Exported by"] == "olivia (owner)"
    assert about["Deskmate version"] and about["Deskmate version"][0].isdigit()


def test_export_to_an_unwritable_place_is_a_clear_error(history: Deskmate, owner, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DeskmateError, match="could not write"):
        history.audit.export_xlsx(owner, AuditFilter(), blocker / "sub" / "audit.xlsx")


def test_audit_watch_refuses_unaudited_writes_in_strict_mode(data_dir, clock, monkeypatch) -> None:
    from sqlalchemy import update

    from core.kernel.settings import SettingRow
    monkeypatch.setenv("DESKMATE_AUDIT_CHECK", "strict")
    strict = Deskmate.open(data_dir, clock=clock)
    try:
        owner = strict.users.create_first_owner("olivia", "secret-pw-2026").actor  # audited: fine
        strict.settings.update(owner, {"shop.name": "Audited"})
        with pytest.raises(DeskmateError, match="changed setting without an audit entry"):
            with strict.db.uow() as s:
                s.add(SettingRow(key="shop.phone", value="0131"))
        with pytest.raises(DeskmateError, match="without an audit entry"):
            with strict.db.uow() as s:
                s.execute(update(SettingRow).values(value="bulk"))
        assert strict.settings.get("shop.phone") == "" and strict.settings.get("shop.name") == "Audited"
    finally:
        strict.close()
