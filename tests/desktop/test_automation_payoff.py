"""The payoff beside each job on the Automation page: the verdict in words with its evidence in the
job's form, a row per job in the Payoff tab, and the selected job's shares by week in the chart."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "automation"))
from automation_testkit import BROKEN, SWEEP, kit_installed  # noqa: E402,F401

from desktop.pages.automation.page import AutomationPage  # noqa: E402
from tests.core.automation.test_payoff import decided  # noqa: E402,F401
from tests.core.inventory.conftest import shop  # noqa: E402,F401

SHOTS = os.environ.get("DESKMATE_REPORT_SHOTS")


def test_each_job_shows_its_verdict_and_evidence(qtbot, app, owner, decided, open_page, settle):
    ctx, page = open_page(AutomationPage, owner, size=(1366, 768))
    settle(ctx)
    page.select_job(SWEEP)
    text = page.payoff_label.text()
    assert "People approve 92 %, 17 % after an edit; keep" in text
    assert "12 decisions: 9 approved as drafted" in page.payoff_label.toolTip()
    page.tabs.setCurrentIndex(next(i for i in range(page.tabs.count()) if page.tabs.tabText(i).startswith("Payoff")))
    rows = {page.payoff_table.item(r, 0).data(Qt.ItemDataRole.UserRole): r for r in range(page.payoff_table.rowCount())}
    r = rows[BROKEN]
    assert page.payoff_table.item(r, 1).text() == "10"
    assert page.payoff_table.item(r, 6).text() == "Change or switch off"
    assert "People reject 60 %" in page.payoff_table.item(r, 6).toolTip()
    assert page.payoff_table.item(r, 6).foreground().color().name() == "#a02020"
    # clicking a job's row in the tab draws its weeks
    qtbot.mouseClick(page.payoff_table.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.payoff_table.visualItemRect(page.payoff_table.item(rows[SWEEP], 0)).center())
    chart = page.payoff_chart.chart
    assert chart["title"].startswith("Test sweep")
    names = [s["name"] for s in chart["series"]]
    assert names == ["as drafted", "edited", "rejected"]
    assert chart["series"][0]["values"][-2:] == [100.0, 50.0]          # the last two of 13 weeks
    evidence = page.payoff_evidence.text()
    assert "12 decisions: 9 approved as drafted (75 %)" in evidence and "Edits moved the order quantity by a median of +0.5 units (+5 %)" in evidence
    assert "Supplier delivers Mondays only" in evidence
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.grab().save(str(Path(SHOTS) / "automation-payoff.png"))


def test_a_job_with_few_decisions_says_so(qtbot, app, owner, kit_installed, open_page, settle):  # noqa: F811
    ctx, page = open_page(AutomationPage, owner, size=(1366, 768))
    page.select_job(SWEEP)
    assert "Not enough decisions yet (0 of the 10" in page.payoff_label.text()
    assert "Nothing it drafted was decided" in page.payoff_label.toolTip()


def test_switching_a_job_to_pilot_and_reading_its_comparison(qtbot, app, owner, staff, open_page, settle, shop,
                                                              clock):
    ctx, page = open_page(AutomationPage, owner, size=(1366, 768))
    settle(ctx)
    page.select_job("inventory.reorder")
    box = page.mode_box
    assert box.currentData() == "on" and box.isEnabled()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Up)                          # On → Pilot, as a person picks it
    settle(ctx)
    assert app.automation.job("inventory.reorder").mode == "pilot"
    title_row = next(r for r in range(page.jobs_table.rowCount())
                     if page.jobs_table.item(r, 1).data(Qt.ItemDataRole.UserRole) == "inventory.reorder")
    assert page.jobs_table.item(title_row, 1).text().endswith("(pilot)")
    app.automation.run_now(owner, "inventory.reorder", as_of=app.today())
    po = app.inventory.create_purchase_order(owner, shop["supplier"].id, [
        {"product_id": shop["croissant"].id, "quantity": "24", "unit_cost": "0.40"}])
    app.inventory.set_po_status(owner, po.row.id, "sent")
    from datetime import timedelta
    clock.advance(timedelta(days=7))                            # the payoff covers whole weeks to last Sunday
    page.refresh()
    settle(ctx)
    page.select_job("inventory.reorder")
    assert "In pilot; switch it on when it would have helped" in page.payoff_label.text()
    assert "would have ordered 0 of the 1 product people ordered; 2 extra" in page.payoff_label.text()
    assert "1 pilot draft against the purchase orders" in page.payoff_label.toolTip()
    # a job Deskmate cannot compare offers no pilot
    page.select_job("scheduling.auto_roster")
    pilot = box.model().item(box.findData("pilot"))
    assert not pilot.isEnabled()
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.select_job("inventory.reorder")
        page.grab().save(str(Path(SHOTS) / "automation-pilot.png"))
    # staff cannot switch
    ctx2, page2 = open_page(AutomationPage, staff, size=(1366, 768))
    page2.select_job("inventory.reorder")
    assert not page2.mode_box.isEnabled()
