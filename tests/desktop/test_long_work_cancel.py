"""Cancelling long work from the GUI through the kernel's progress protocol: the policy check's
backtest (an export and an import have their own tests beside their pages)."""
from __future__ import annotations

from core.kernel.progress import Cancelled
from desktop.pages.inventory.page import InventoryPage
from tests.core.inventory.conftest import shop  # noqa: F401 - fixture


def test_cancelling_the_policy_check_stops_the_replay(qtbot, app, owner, shop, open_page):  # noqa: F811
    _ctx, page = open_page(InventoryPage, owner)
    pc = page.policy_check
    assert not pc.cancel_btn.isEnabled()
    days: list[str] = []
    original = pc.summary.setText

    def set_text(text: str) -> None:               # the person presses Cancel once the replay shows a day
        original(text)
        if "day " in text and pc.cancel_btn.isEnabled():
            days.append(text)
            pc.cancel_btn.click()
    pc.summary.setText = set_text
    with qtbot.waitSignal(pc.finished, timeout=60_000) as sig:
        pc.run_btn.click()
        assert pc.cancel_btn.isEnabled() and not pc.run_btn.isEnabled()
    assert isinstance(sig.args[0], Cancelled) and days
    assert pc.summary.text() == "Backtest cancelled." and pc.run_btn.isEnabled() and not pc.cancel_btn.isEnabled()
    assert pc.table.rowCount() == 0
