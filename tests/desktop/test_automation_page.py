"""The Automation page and the desktop scheduler hook, with real widgets and a real scheduler."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "automation"))
import automation_testkit as kit  # noqa: E402
from automation_testkit import kit_installed  # noqa: E402,F401


def _row(page, job_id) -> int:
    for r in range(page.jobs_table.rowCount()):
        if page.jobs_table.item(r, 1).data(Qt.ItemDataRole.UserRole) == job_id:
            return r
    raise AssertionError(job_id)


def test_toggle_schedule_owner_and_run_now(qtbot, app, owner, staff, kit_installed, automation_page):
    ctx, page = automation_page(owner)
    r = _row(page, kit.SWEEP)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.jobs_table.item(r, 0).setCheckState(Qt.CheckState.Unchecked)
    assert app.automation.job(kit.SWEEP).enabled is False

    page.select_job(kit.SWEEP)
    page.schedule_edit.setText("cron:30 5 * * 1-5")
    assert page.schedule_hint.text() == "at 05:30 on weekdays"
    page.owner_box.setCurrentIndex(page.owner_box.findData(staff.user_id))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    j = app.automation.job(kit.SWEEP)
    assert (j.schedule, j.owner_name) == ("cron:30 5 * * 1-5", "sam")

    page.select_job(kit.SWEEP)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    assert page.history_table.rowCount() == 1
    title = app.automation.job(kit.SWEEP).title          # jobs by their titles, not their ids
    assert page.history_table.item(0, 1).text() == title and page.history_table.item(0, 4).text() == "5"
    ctx.tasks.wait()


def test_bad_schedule_is_refused_and_nothing_changes(qtbot, app, owner, kit_installed, monkeypatch, automation_page):
    shown = []
    monkeypatch.setattr("desktop.pages.automation.page.show_error", lambda _p, exc: shown.append(exc))
    ctx, page = automation_page(owner)
    page.select_job(kit.SWEEP)
    page.schedule_edit.setText("every morning")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.save_job()
    assert "cron:" in str(shown[0]) and app.automation.job(kit.SWEEP).schedule == "cron:0 6 * * *"
    ctx.tasks.wait()


def test_area_switch_and_staff_cannot_configure(qtbot, app, owner, staff, kit_installed, automation_page):
    ctx, page = automation_page(owner)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.area_checks[kit.TEST_AREA].setChecked(False)
    assert app.automation.areas()[kit.TEST_AREA] is False
    assert "(area off)" in page.jobs_table.item(_row(page, kit.SWEEP), 1).text()
    ctx.tasks.wait()
    sctx, spage = automation_page(staff)
    assert not spage.save_button.isEnabled() and not spage.area_checks[kit.TEST_AREA].isEnabled()
    assert not (spage.jobs_table.item(0, 0).flags() & Qt.ItemFlag.ItemIsEnabled)
    spage.select_job(kit.SWEEP)
    assert spage.run_button.isEnabled()          # staff may still run a job now
    sctx.tasks.wait()


def test_learning_stats_tab(qtbot, app, owner, kit_installed, automation_page):
    app.automation.run_now(owner, kit.SWEEP)
    ids = app.inbox.ids()
    app.inbox.decide(owner, ids[0], "approve")
    app.inbox.decide(owner, ids[1], "reject", reason="no")
    ctx, page = automation_page(owner)
    cells = [page.stats_table.item(0, c).text() for c in range(page.stats_table.columnCount())]
    from core.inbox.kinds import KINDS
    assert cells[:8] == [app.automation.job(kit.SWEEP).title, KINDS[kit.KIND].title, "5", "3", "2", "50%", "0%",
                         "50%"]
    ctx.tasks.wait()


def test_start_automation_hook_runs_the_scheduler_and_reports_state(qtbot, app, owner, kit_installed, automation_page):
    from desktop.pages.automation import runtime
    ctx, page = automation_page(owner)
    with qtbot.waitSignal(ctx.bridge.scheduler_state, timeout=5000) as blocker:
        sched = runtime.start_automation(ctx, heartbeat_seconds=0.5)
    assert blocker.args == ["running"]
    qtbot.waitUntil(lambda: page.state_label.text() == "Scheduler: running", timeout=5000)
    assert runtime.current_scheduler() is sched and sched.is_leader
    runtime.stop_automation()
    assert runtime.current_scheduler() is None and not sched.running
    qtbot.waitUntil(lambda: page.state_label.text() == "Scheduler: off", timeout=5000)
    ctx.tasks.wait()


def test_run_now_for_another_day(qtbot, app, owner, kit_installed, automation_page):
    from PySide6.QtCore import QDate
    ctx, page = automation_page(owner)
    page.select_job(kit.RECURRING)
    page.as_of_check.setChecked(True)
    page.as_of_edit.setDate(QDate(2026, 11, 20))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    (run,) = app.automation.history(kit.RECURRING)
    assert str(run.as_of) == "2026-11-20" and run.created == 1
    ctx.tasks.wait()


def test_who_decides_what_tab(qtbot, app, owner, staff, kit_installed, automation_page):
    ctx, page = automation_page(owner)
    r = page.roles_row(kit.KIND)
    assert page.roles_table.item(r, 2).checkState() == Qt.CheckState.Checked      # staff by default
    assert page.roles_table.item(r, 3).checkState() == Qt.CheckState.Unchecked
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.roles_table.item(r, 3).setCheckState(Qt.CheckState.Checked)
    assert {k.kind: k.roles for k in app.inbox.decision_roles()}[kit.KIND] == ("owner", "staff", "bookkeeper")
    r = page.roles_row(kit.KIND)
    assert page.roles_table.item(r, 4).text() == "owner"
    page.roles_table.selectRow(r)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.reset_roles_button.click()
    assert {k.kind: k.customised for k in app.inbox.decision_roles()}[kit.KIND] is False
    ctx.tasks.wait()
    sctx, spage = automation_page(staff)
    assert not (spage.roles_table.item(0, 2).flags() & Qt.ItemFlag.ItemIsEnabled)
    sctx.tasks.wait()


CARE_JOBS = ("invoicing.winback", "scheduling.followups", "inventory.markdowns", "automation.unusual_figures")


def test_the_care_jobs_offer_pilot_and_a_person_picks_it(qtbot, app, owner, automation_page):
    """Win-back, follow-ups, markdowns and unusual figures each say how their pilot compares with
    people's own work, so the page offers "Pilot" for them; picking it switches the job."""
    ctx, page = automation_page(owner)
    box = page.mode_box
    for job_id in CARE_JOBS:
        page.select_job(job_id)
        assert box.isEnabled() and box.model().item(box.findData("pilot")).isEnabled(), job_id
    page.select_job("inventory.markdowns")
    assert box.currentData() == "on"
    box.setFocus()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.keyClick(box, Qt.Key.Key_Up)                      # On → Pilot, as a person picks it
    assert app.automation.job("inventory.markdowns").mode == "pilot"
    r = _row(page, "inventory.markdowns")
    assert page.jobs_table.item(r, 1).text().endswith("(pilot)")
    ctx.tasks.wait()
