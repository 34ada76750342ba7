"""The Today report: per role, the right sections, each line pointing where it is acted on."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from today_shop import MON, build_today_shop

from core.cli import run as cli_run
from core.today.service import TodayService

sys.path.insert(0, str(Path(__file__).resolve().parent / "automation"))
import automation_testkit as kit  # noqa: E402
from automation_testkit import kit_installed  # noqa: E402,F401


@pytest.fixture
def shop(app, owner, bookkeeper, staff, clock, kit_installed):
    return build_today_shop(app, owner, bookkeeper, staff, clock)


def _keys(report):
    return [s.key for s in report.sections]


def test_each_role_gets_the_sections_it_may_act_on(app, owner, staff, bookkeeper, shop):
    today = TodayService(app)
    assert _keys(today.report(owner, MON)) == ["decisions", "appointments", "on_shift", "cover", "stock",
                                                "overdue", "jobs"]
    assert _keys(today.report(staff, MON)) == ["decisions", "appointments", "on_shift", "stock"]
    assert _keys(today.report(bookkeeper, MON)) == ["decisions", "overdue", "jobs"]


def test_lines_say_what_and_open_where_it_is_acted_on(app, owner, staff, bookkeeper, shop):
    r = TodayService(app).report(owner, MON)
    appts = r.section("appointments")
    assert appts.summary == "1 appointment, 1 still to confirm"
    assert appts.lines[0].text == "09:00 Tasting — Carla Client" and appts.lines[0].urgent
    assert appts.lines[0].target.page == "schedule"
    assert appts.lines[0].target.kwargs == {"tab": "appointments", "day": MON,
                                             "appointment_id": shop["appointment"].id}
    shift = r.section("on_shift")
    assert [ln.text for ln in shift.lines] == ["Ann", "Bob"]
    assert shift.lines[0].detail == "Open 08:00–16:00"
    cover = r.section("cover")
    # Tuesday on: nobody closes; Wednesday on: nobody at all (the published week)
    assert cover.lines[0].text == "Tue 1 Dec Close: 1 person short"
    assert cover.count == 1 + 5 * 2 and cover.more == cover.count - len(cover.lines)
    stock = r.section("stock")
    assert [ln.text for ln in stock.lines] == ["Sourdough loaf (BRD)"]
    assert "runs out Tue 1 Dec" in stock.lines[0].detail and "next delivery" in stock.lines[0].detail
    assert stock.lines[0].target.kwargs == {"tab": "products", "product_id": shop["bread"].id}
    overdue = r.section("overdue")
    assert overdue.count == 1 and "overdue" in overdue.summary and "120.00" in overdue.summary
    assert overdue.lines[0].target.kwargs == {"status": "overdue", "invoice_id": shop["invoice"].id}
    jobs = r.section("jobs")
    assert jobs.count == 1 and jobs.lines[0].target.kwargs == {"job_id": kit.BROKEN}
    decisions = r.section("decisions")
    assert decisions.lines[0].text == "Invoice draft: 2"
    assert decisions.lines[0].target.kwargs["kind"] == "invoice_draft"
    assert decisions.lines[0].target.kwargs["item_id"] == shop["mix"]["invoice_draft"][1]   # most urgent
    assert decisions.lines[-1].text.startswith("Data-quality finding") and "no due time" in decisions.lines[-1].detail


def test_lines_follow_the_shops_locale(app, owner, shop):
    """Dates, times and money in Today's lines come from the shop's locale and currency."""
    app.settings.update(owner, {"shop.locale": "de_DE", "shop.currency": "EUR"})
    r = TodayService(app).report(owner, MON)
    assert r.section("cover").lines[0].text == "Di., 1. Dez. Close: 1 person short"
    assert "runs out Di., 1. Dez." in r.section("stock").lines[0].detail
    assert r.section("on_shift").lines[0].detail == "Open 08:00–16:00"
    assert "120,00\u00a0€" in r.section("overdue").summary
    app.settings.update(owner, {"shop.locale": "en_US", "shop.currency": "USD"})
    r = TodayService(app).report(owner, MON)
    assert r.section("appointments").lines[0].text == "9:00\u202fAM Tasting — Carla Client"
    assert r.section("cover").lines[0].text == "Tue, Dec 1 Close: 1 person short"
    assert "$120.00" in r.section("overdue").summary


def test_decisions_count_only_what_the_person_may_decide(app, owner, staff, bookkeeper, shop):
    today = TodayService(app)
    for actor in (owner, staff, bookkeeper):
        d = today.report(actor, MON).section("decisions")
        assert d.count == sum(app.inbox.waiting_counts(actor.role).values())
    # staff: the reorder over their limit and the escalated item are not theirs
    staff_kinds = [ln.target.kwargs["kind"] for ln in today.report(staff, MON).section("decisions").lines]
    assert staff_kinds == ["reorder", "appointment_confirmation", "data_quality"]   # by first due time


def test_staff_see_their_failed_jobs_only_when_they_are_responsible(app, owner, staff, bookkeeper, shop):
    assert TodayService(app).report(bookkeeper, MON).section("jobs").count == 1
    assert TodayService(app).report(staff, MON).section("jobs") is None


def test_cli_prints_the_same_report(app, owner, staff, bookkeeper, shop, data_dir, capsys, clock, cli_login):
    expected = TodayService(app).report(bookkeeper, MON).as_dict()
    app.close()
    cli_login("bea", "sam", clock=clock)
    assert cli_run(["--data-dir", str(data_dir), "today", "--json", "--as", "bea", "--as-of", "2026-11-30"],
                   clock=clock) == 0
    got = json.loads(capsys.readouterr().out)
    assert got["sections"] == json.loads(json.dumps(expected["sections"], default=str))
    assert got["user"] == "bea" and got["role"] == "bookkeeper"
    assert cli_run(["--data-dir", str(data_dir), "today", "--as", "sam", "--as-of", "2026-11-30"],
                   clock=clock) == 0
    text = capsys.readouterr().out
    assert "Today's appointments: 1 appointment, 1 still to confirm" in text
    assert "Overdue invoices" not in text


def test_the_stock_forecast_can_come_after_the_rest(app, owner, bookkeeper, shop):
    today = TodayService(app)
    quick = today.report(owner, MON, defer=TodayService.SLOW)
    placeholder = quick.section("stock")
    assert placeholder.pending and placeholder.lines == () and _keys(quick) == _keys(today.report(owner, MON))
    assert today.section(owner, "stock", MON) == today.report(owner, MON).section("stock")
    assert today.section(bookkeeper, "stock", MON) is None          # not the bookkeeper's


def test_today_reads_in_german_and_spanish(app, owner, staff, bookkeeper, shop, capsys, cli_login, data_dir):
    """Section titles, summaries and lines in the reader's language, plurals by count (issue 17)."""
    from core.kernel.i18n import language
    with language("de"):
        r = TodayService(app).report(owner, MON)
        assert r.section("appointments").title == "Heutige Termine"
        assert r.section("appointments").summary == "1 Termin, 1 noch zu bestätigen"
        assert r.section("appointments").lines[0].detail.endswith("· noch nicht bestätigt")
        assert r.section("stock").title == "Geht vor der nächsten Lieferung aus"
    with language("es"):
        assert TodayService(app).report(owner, MON).section("appointments").summary == "1 cita, 1 por confirmar"
    app.close()
    cli_login("olivia")
    capsys.readouterr()
    assert cli_run(["--data-dir", str(data_dir), "--lang", "de", "today", "--as-of", MON.isoformat(),
                    "--as", "olivia"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Heute, Montag, 30. November 2026, für olivia (owner)")
    assert "Heutige Termine: 1 Termin, 1 noch zu bestätigen" in out
