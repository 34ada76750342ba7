"""Typed shop settings: defaults, validation of every kind, all-or-nothing writes with audit."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings as hsettings, strategies as st
from sqlalchemy import select

from core.app import Deskmate
from core.kernel.audit import AuditEntry
from core.kernel.errors import DeskmateError, ValidationError
from core.kernel.settings import REGISTRY, SettingsService, p_tax_rates


def audit_count(app: Deskmate) -> int:
    with app.db.read() as s:
        return len(list(s.scalars(select(AuditEntry.id))))


def test_defaults_come_from_one_registry(app: Deskmate) -> None:
    values = app.settings.all()
    assert set(values) == set(REGISTRY)
    assert values["shop.currency"] == "EUR" and values["app.single_user"] is False
    assert app.settings.all("shop.")["shop.week_start"] == 0
    assert "app.single_user" not in app.settings.all("shop.")


def test_issue_settings_exist() -> None:
    for key in ("shop.name", "shop.address", "shop.currency", "shop.locale", "shop.tax_rates",
                "shop.week_start", "shop.opening_hours", "app.single_user"):
        assert key in REGISTRY


def test_valid_values_are_normalised_stored_and_audited(app: Deskmate, owner) -> None:
    values = app.settings.update(owner, {
        "shop.currency": " gbp ", "shop.locale": "de-DE", "shop.week_start": "Sunday",
        "shop.tax_rates": "standard=20, reduced=5.0, zero=0",
        "shop.opening_hours": {"mon": "08:00-18:00", "sat": ["09:30", "13:00"]},
    })
    assert values["shop.currency"] == "GBP" and values["shop.locale"] == "de_DE" and values["shop.week_start"] == 6
    assert values["shop.tax_rates"][1] == {"code": "reduced", "name": "Reduced", "rate": "5.0"}
    assert values["shop.opening_hours"]["mon"] == ["08:00", "18:00"]
    assert values["shop.opening_hours"]["sun"] == []
    with app.db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == "shop.currency")).one()
    assert (entry.username, entry.area, entry.action) == ("olivia", "settings", "change setting")
    assert entry.before == {"shop.currency": "EUR"} and entry.after == {"shop.currency": "GBP"}


def test_unchanged_values_write_no_audit(app: Deskmate, owner) -> None:
    n = audit_count(app)
    app.settings.update(owner, {"shop.currency": "EUR", "shop.name": "My shop"})
    assert audit_count(app) == n


@pytest.mark.parametrize("key,value,message", [
    ("shop.currency", "EURO", "ISO 4217"),
    ("shop.currency", "XQZ", "ISO 4217"),
    ("shop.locale", "xx_YY_ZZ", "locale"),
    ("shop.timezone", "Mars/Olympus", "time zone"),
    ("shop.week_start", 9, "0 \\(Monday\\) to 6"),
    ("shop.week_start", "someday", "day of the week"),
    ("shop.tax_rates", "standard=abc", "not a number"),
    ("shop.tax_rates", "standard=120", "between 0 and 100"),
    ("shop.tax_rates", [{"code": "a", "rate": 1}, {"code": "a", "rate": 2}], "its own code"),
    ("shop.tax_rates", [], "at least one"),
    ("shop.tax_rates", 5, "list"),
    ("shop.opening_hours", "9 to 5", "per day"),
    ("shop.opening_hours", {"mon": ["18:00", "09:00"]}, "after opening"),
    ("shop.opening_hours", {"mon": ["09:00"]}, "opening and a closing"),
    ("shop.opening_hours", {"mon": "9am-5pm"}, "time span"),
    ("shop.opening_hours", {"funday": "09:00-10:00"}, "unknown day"),
    ("app.single_user", "maybe", "yes or no"),
    ("app.backups_keep", 0, "at least 1"),
    ("app.backups_keep", "lots", "whole number"),
])
def test_bad_values_are_refused_with_the_setting_named_and_nothing_written(app: Deskmate, owner, key: str,
                                                                          value: object, message: str) -> None:
    n = audit_count(app)
    before = app.settings.all()
    with pytest.raises(ValidationError, match=message) as err:
        app.settings.update(owner, {"shop.name": "Changed too", key: value})
    assert REGISTRY[key].label in str(err.value)
    assert app.settings.all() == before and audit_count(app) == n


def test_all_problems_are_reported_at_once(app: Deskmate, owner) -> None:
    with pytest.raises(ValidationError) as err:
        app.settings.update(owner, {"shop.currency": "??", "shop.week_start": 12})
    assert len(err.value.problems) == 2


def test_unknown_setting_is_a_clear_error(app: Deskmate, owner) -> None:
    with pytest.raises(DeskmateError, match="unknown setting 'shop.colour'"):
        app.settings.update(owner, {"shop.colour": "red"})
    with pytest.raises(DeskmateError, match="unknown setting"):
        app.settings.get("shop.colour")


def test_write_inside_a_callers_unit_of_work_rolls_back_with_it(app: Deskmate, owner) -> None:
    with pytest.raises(RuntimeError):
        with app.db.uow() as s:
            assert SettingsService.write(s, owner, {"shop.name": "Inside"}) == ["shop.name"]
            raise RuntimeError("the applier failed later")
    assert app.settings.get("shop.name") == "My shop"


@hsettings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.from_regex(r"[a-z]{1,8}", fullmatch=True),
                          st.decimals(min_value=0, max_value=100, places=2, allow_nan=False)),
                min_size=1, max_size=5, unique_by=lambda t: t[0]))
def test_tax_rates_round_trip_through_the_text_form(rates: list) -> None:
    text = ", ".join(f"{code}={rate}" for code, rate in rates)
    parsed = p_tax_rates(text)
    assert [(r["code"], r["rate"]) for r in parsed] == [(c, str(r)) for c, r in rates]
    assert p_tax_rates(parsed) == parsed


def test_area_settings_are_known_before_their_area_is_used(tmp_path) -> None:
    """Areas declare settings in their ``settings.py`` only; asking the registry loads every one of
    those, and nothing else: the Settings page and `deskmate settings list` show them all, an area
    key never reads as unknown because its service was not imported yet, and no service (the
    roster solver's, say) is imported to find out."""
    import subprocess
    import sys
    code = ("import sys; from core.kernel.settings import spec_for, REGISTRY;"
            "assert spec_for('scheduling.horizon_days').area == 'scheduling';"
            "assert spec_for('inbox.staff_order_limit').kind == 'decimal';"
            "assert spec_for('mail.smtp_host').area == 'mail';"
            "services = sorted(m for m in sys.modules if m.endswith(('.service', '.solver')));"
            "assert not services, services;"
            "assert {k.split('.')[0] for k in REGISTRY} >= {'shop', 'app', 'mail', 'inbox', 'automation',"
            " 'customers', 'inventory', 'scheduling', 'invoicing'}, sorted(REGISTRY)")
    root = Path(__file__).resolve().parents[3]
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, cwd=root)
    assert result.returncode == 0, result.stderr


def test_one_unit_of_work_reads_the_stored_settings_once_and_sees_its_own_writes(app: Deskmate, owner) -> None:
    """Settings are read from one query per unit of work (a round trip per missing row would cost
    a server dearly); what the unit of work writes, it reads back; a rolled-back savepoint's write
    is forgotten, and other units of work see only what was committed."""
    from sqlalchemy import event

    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:
        if "setting" in statement.lower():
            statements.append(statement)

    event.listen(app.db.engine, "before_cursor_execute", seen)
    try:
        with app.db.uow() as s:
            for _ in range(20):
                assert SettingsService.read(s, "shop.currency") == "EUR"
                assert SettingsService.read(s, "invoicing.series")      # a default: no row at all
            assert len([q for q in statements if q.lstrip().upper().startswith("SELECT")]) == 1
            SettingsService.write(s, owner, {"shop.currency": "GBP"})
            assert SettingsService.read(s, "shop.currency") == "GBP"
            nested = s.begin_nested()
            SettingsService.write(s, owner, {"shop.currency": "USD"})
            assert SettingsService.read(s, "shop.currency") == "USD"
            nested.rollback()
            assert SettingsService.read(s, "shop.currency") == "GBP"
    finally:
        event.remove(app.db.engine, "before_cursor_execute", seen)
    assert app.settings.get("shop.currency") == "GBP"


def test_a_setting_written_around_the_service_is_read_back_in_the_same_unit_of_work(app: Deskmate) -> None:
    """An applier may write ``SettingRow`` itself; the unit of work's copy must not hide that."""
    from sqlalchemy import update

    from core.kernel.settings import SettingRow
    with app.db.uow() as s:
        s.info["deskmate_audit_exempt"] = True
        assert SettingsService.read(s, "shop.name") != "Row Written"
        s.add(SettingRow(key="shop.name", value="Row Written"))
        s.flush()
        assert SettingsService.read(s, "shop.name") == "Row Written"
        s.execute(update(SettingRow).where(SettingRow.key == "shop.name").values(value="By SQL"))
        assert SettingsService.read(s, "shop.name") == "By SQL"
