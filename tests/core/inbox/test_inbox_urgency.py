"""The inbox puts urgency first: due times per kind, "items I may decide", refusals in words."""
from __future__ import annotations

import json
from datetime import date, datetime, timezone
from decimal import Decimal

import pytest
from inbox_mix import draft_mix

from core.cli import run as cli_run
from core.inbox.kinds import kind_spec
from core.inbox.service import InboxFilter
from core.kernel.errors import PermissionDenied

UTC = timezone.utc
WAITING = ("new", "escalated")


def test_due_times_come_from_each_kind_when_drafted(app, owner, staff):
    ids = draft_mix(app, escalate_as=staff)
    due = {i: app.inbox.get(i).due_at for v in ids.values() for i in v}
    # London is on GMT in winter: the shop's midnight is 00:00 UTC
    assert due[ids["time_off"][0]] == datetime(2026, 12, 7, tzinfo=UTC)
    assert due[ids["reorder"][1]] == datetime(2026, 11, 26, tzinfo=UTC)       # first product runs out
    assert due[ids["invoice_draft"][1]] == datetime(2026, 8, 31, 23, tzinfo=UTC)   # 1 Sep, BST
    # roster: the week's start minus the publish notice (3 days by default)
    assert due[ids["roster"][0]] == datetime(2026, 11, 27, tzinfo=UTC)
    assert all(due[i] is None for i in ids["data_quality"])                   # findings have none
    assert due[ids["escalated"][0]] is None                                  # its appointment is gone


def test_due_time_follows_the_shop_zone_and_the_notice_setting(app, owner):
    app.settings.update(owner, {"shop.timezone": "Europe/Berlin", "scheduling.publish_days_ahead": 7})
    with app.db.uow() as s:
        sid = app.inbox.draft(s, kind="roster", subject_type="roster_week", subject_id="2026-12-07",
                              title="roster", payload={"roster_id": 1, "week_start": "2026-12-07"},
                              reason={})
    # 30 Nov 00:00 in Berlin is 29 Nov 23:00 UTC
    assert app.inbox.get(sid).due_at == datetime(2026, 11, 29, 23, 0, tzinfo=UTC)


def test_real_time_off_request_is_due_when_it_starts(app, owner):
    person = app.scheduling.add_staff(owner, name="Ann", hourly_cost=Decimal("12"))
    app.scheduling.request_time_off(owner, person.id, date(2026, 12, 14), date(2026, 12, 15))
    row = app.inbox.list(InboxFilter(kind="time_off"))[0]
    assert row.due_at == datetime(2026, 12, 14, tzinfo=UTC)


def test_reorder_due_reads_older_payloads_from_the_line_card():
    spec = kind_spec("reorder")

    class Ctx:
        occurrence = "2026-11-25"

        @staticmethod
        def start_of(day):
            return day

    line = {"product_id": 1, "reason": {"inputs": {"On hand": "10", "Forecast per day": "2.5"}}}
    assert spec.due(Ctx, {"as_of": "2026-11-25", "lines": [line]}) == date(2026, 11, 29)
    line["reason"]["inputs"]["Forecast per day"] = "0"
    assert spec.due(Ctx, {"as_of": "2026-11-25", "lines": [line]}) is None   # nothing sells: no rush


def test_sorted_by_due_in_kind_groups_with_counts(app, owner, staff):
    ids = draft_mix(app, escalate_as=staff)
    f = InboxFilter(states=WAITING)
    order = app.inbox.ids(f, sort="due")
    groups = app.inbox.kind_groups(f)
    assert [g.kind for g in groups] == ["invoice_draft", "reorder", "roster", "time_off",
                                        "appointment_reminder", "data_quality"]
    assert [g.count for g in groups] == [2, 2, 1, 1, 1, 3]
    assert groups[0].title == "Invoice draft" and groups[0].first_due == datetime(2026, 8, 31, 23, tzinfo=UTC)
    # the rows come in exactly those groups, each by its due time
    assert order[:4] == [ids["invoice_draft"][1], ids["invoice_draft"][0], ids["reorder"][1], ids["reorder"][0]]
    assert set(order[-3:]) == set(ids["data_quality"])                       # no due time: last
    rows = app.inbox.list(f, sort="due")
    assert [r.id for r in rows] == order


@pytest.mark.parametrize("who,expected", [
    ("owner", {"data_quality", "reorder", "invoice_draft", "time_off", "roster", "appointment_reminder"}),
    ("staff", {"data_quality", "reorder"}),
    ("bookkeeper", {"invoice_draft"}),
])
def test_items_i_may_decide(app, owner, staff, bookkeeper, who, expected):
    actor = {"owner": owner, "staff": staff, "bookkeeper": bookkeeper}[who]
    ids = draft_mix(app, escalate_as=staff)
    f = InboxFilter(states=WAITING, assigned_role=actor.role)
    mine = app.inbox.ids(f, sort="due")
    assert {app.inbox.get(i).kind for i in mine} == expected
    # exactly the items the decision rules allow: the same answer as deciding would give
    every = [i for v in ids.values() for i in v]
    assert set(mine) == {i for i in every if app.inbox.decide_right(actor, i).may}
    assert sum(app.inbox.waiting_counts(actor.role).values()) == len(mine)
    if who == "staff":
        assert ids["reorder"][1] not in mine          # 2,000 is above the staff order limit
        assert ids["escalated"][0] not in mine


def test_refusal_names_the_kind_and_who_decides(app, owner, staff, bookkeeper):
    ids = draft_mix(app)
    sid = ids["invoice_draft"][0]
    with pytest.raises(PermissionDenied, match="You may not decide invoice drafts: they are decided "
                                               "by the bookkeeper or the owner"):
        app.inbox.decide(staff, sid, "approve")
    right = app.inbox.decide_right(staff, sid)
    assert not right.may and right.deciders == "the bookkeeper or the owner"
    over = app.inbox.decide_right(staff, ids["reorder"][1])
    assert not over.may and over.deciders == "the owner (above the value limit)"
    assert over.may_edit and not right.may_edit     # staff may still edit the order under their limit
    assert app.inbox.decide_right(staff, ids["reorder"][0]).may
    assert app.inbox.decide_right(owner, sid).may
    assert kind_spec("payment_reminder").plural_title == "payment reminders"
    assert kind_spec("appointment_confirmation").plural_title == "appointments to confirm"


def test_cli_lists_mine_by_due_time(app, owner, staff, bookkeeper, capsys, data_dir, cli_login):
    ids = draft_mix(app, escalate_as=staff)
    app.close()
    cli_login("sam", "bea", "olivia")
    for who in ("sam", "bea", "olivia"):
        assert cli_run(["--data-dir", str(data_dir), "inbox", "list", "--json", "--mine", "--as", who]) == 0
        rows = json.loads(capsys.readouterr().out)
        reopened = type(app).open(data_dir)
        try:
            role = reopened.users.by_name(who).role
            expected = reopened.inbox.ids(InboxFilter(states=WAITING, assigned_role=role), sort="due")
        finally:
            reopened.close()
        assert [r["id"] for r in rows] == expected
        dues = [r["due_at"] for r in rows]
        assert all(d is None or d.endswith("+00:00") for d in dues)
    assert rows[0]["id"] == ids["invoice_draft"][1] and rows[0]["due_at"].startswith("2026-08-31T23")


def test_upgrading_an_older_inbox_backfills_open_items(app, owner, staff, data_dir):
    """A database from before due times: the migration adds the column and fills it for open
    items whose kind can tell; decided items and findings stay without one."""
    from alembic import command
    from sqlalchemy import inspect, text

    from core.kernel.db import Database
    from core.kernel.storage import alembic_config, migrate

    ids = draft_mix(app)
    decided = ids["time_off"][0]
    with app.db.uow() as s:                 # decided before the upgrade: left alone
        s.info["deskmate_audit_exempt"] = True
        s.execute(text("UPDATE suggestion SET state='rejected' WHERE id=:i"), {"i": decided})
    url = app.db.url
    app.close()
    db = Database(url)
    with db.engine.begin() as conn:
        cfg = alembic_config(url)
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "inbox_0001")
    with db.engine.connect() as conn:       # either engine: SQLite or the suite's server
        cols = [c["name"] for c in inspect(conn).get_columns("suggestion")]
    assert "due_at" not in cols
    migrate(db, "heads")
    with db.engine.connect() as conn:
        due = dict(conn.exec_driver_sql("SELECT id, due_at FROM suggestion").fetchall())
        index = [i["name"] for i in inspect(conn).get_indexes("suggestion")]
    db.dispose()
    assert "ix_suggestion_due_at" in index
    assert str(due[ids["roster"][0]]).startswith("2026-11-27 00:00")
    assert str(due[ids["reorder"][1]]).startswith("2026-11-26 00:00")
    assert due[decided] is None and all(due[i] is None for i in ids["data_quality"])


def test_due_words_in_the_readers_language():
    """The Due column's words ("since", "today", "tomorrow") follow the reader's language; the
    dates follow the shop's formats."""
    from zoneinfo import ZoneInfo

    from core.inbox.due import due_text
    from core.kernel.formats import Formats
    from core.kernel.i18n import language
    zone = ZoneInfo("Europe/London")
    now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    fm = Formats(timezone="Europe/London")
    cases = [(datetime(2026, 6, 28, 0, 0, tzinfo=UTC), "since 28 Jun", "seit 28 Jun"),
             (datetime(2026, 11, 30, 14, 30, tzinfo=UTC), "today 14:30", "heute 14:30"),
             (datetime(2026, 12, 1, 0, 0, tzinfo=UTC), "tomorrow", "morgen")]
    for due, english, german in cases:
        assert due_text(due, now, zone, fm) == english
        with language("de"):
            assert due_text(due, now, zone, fm) == german
    assert due_text(datetime(2026, 12, 2, 9, 45, tzinfo=UTC), now, zone, fm) == "Wed 09:45"
