"""An open page refreshes when another computer changes its data (issue 13, point 6)."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.app import AppController

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "secret-pw-2026"
ANOTHER_DESKTOP = ("import sys; from core.app import Deskmate; app = Deskmate.open(sys.argv[1]); "
                   "who = app.users.authenticate('olivia', sys.argv[2]).actor; "
                   "app.inventory.create_product(who, 'BRD', 'Sourdough from the till', cost='1.20', price='3.50'); "
                   "app.close()")


@pytest.mark.slow
def test_a_product_added_on_another_computer_appears_on_the_open_page(open_page, owner, data_dir, qtbot):
    from desktop.pages.inventory.page import InventoryPage
    ctx, page = open_page(InventoryPage, owner)
    watcher = ctx.app.db.watch_other_processes()          # what the desktop does when its window opens
    assert watcher.ready.wait(10)
    assert page.products.count.text().startswith("0 ")
    done = subprocess.run([sys.executable, "-c", ANOTHER_DESKTOP, str(data_dir), PASSWORD], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    committed = time.monotonic()
    qtbot.waitUntil(lambda: page.products.count.text().startswith("1 "), timeout=5000)
    assert time.monotonic() - committed < 3.0     # a poll (1 s) and a reload, with room for a busy machine
    assert "Sourdough from the till" in [page.products.model.index(r, c).data()
                                         for r in range(page.products.model.rowCount())
                                         for c in range(page.products.model.columnCount())]


def test_the_desktop_watches_from_its_main_window_until_it_closes(qapp, app, owner, data_dir):
    app.settings.update(owner, {"app.single_user": True})     # the main window opens without a login
    c = AppController(data_dir=str(data_dir), demo=False, probe=False, automation=False)
    try:
        c.start()
        assert c.window is not None
        watcher = c.app.db._watcher
        assert watcher is not None and watcher.is_alive()
    finally:
        if c.window is not None:
            c.window.close()
        c.shutdown()
    assert not watcher.is_alive()
