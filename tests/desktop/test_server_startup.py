"""The desktop meeting a shop's server whose schema is older than it: a till (the desktop role of
``deskmate server init``) says plainly what to run and changes nothing. Server only: ``./dev test-pg``
runs this file."""
from __future__ import annotations

import os
import re

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import text

from core import cli
from core.app import Deskmate
from desktop.app import AppController
from tests import pg_databases
from tests.conftest import PASSWORD
from tests.raw_db import raw

pytestmark = pytest.mark.skipif(not pg_databases.server_url(),
                                reason="PostgreSQL only (DESKMATE_TEST_DB_URL): roles and rights")


@pytest.fixture
def server_shop(capsys):
    """(desktop URL, owner URL) of a shop made by ``deskmate server init``; dropped afterwards."""
    tag = f"{os.getpid()}_gui"
    name, owner, desktop = f"dm_srv_{tag}", f"dm_own_{tag}", f"dm_desk_{tag}"
    rc = cli.run(["server", "init", "--db-url", pg_databases.url_for(name), "--owner-role", owner,
                  "--desktop-role", desktop])
    out, err = capsys.readouterr()
    assert rc == 0, err
    desktop_url, owner_url = re.findall(r"^  (postgresql\+psycopg://\S+)", out, flags=re.M)
    yield desktop_url, owner_url
    pg_databases.drop_database(pg_databases.url_for(name))
    with pg_databases._admin_engine().connect() as conn:
        for role in (desktop, owner):
            conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))


def test_a_till_meeting_an_older_server_schema_says_who_must_upgrade_it(server_shop, tmp_path, qtbot):
    desktop_url, owner_url = server_shop
    shop = Deskmate.open(tmp_path / "till", db_url=desktop_url)
    shop.users.create_first_owner("olivia", PASSWORD)
    shop.close()
    pg_databases.downgrade(owner_url, "inbox_0001")
    with raw(owner_url) as conn:
        before = sorted(r[0] for r in conn.execute("SELECT version_num FROM alembic_version"))
    c = AppController(data_dir=tmp_path / "till", db_url=desktop_url, demo=False, probe=False, automation=False)
    try:
        c.start()
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        assert boxes, "no message box shown"
        box = boxes[-1]
        assert box.objectName() == "storageError"
        assert "needs an upgrade to this version of Deskmate" in box.text() and "Nothing was changed" in box.text()
        assert "deskmate server init --db-url" in box.informativeText()
        assert "older version" in box.informativeText() and "restore a backup" not in box.informativeText()
        box.grab().save(str(tmp_path / "older-server.png"))
        with qtbot.waitSignal(c.finished, timeout=15_000) as sig:
            box.done(0)
        assert sig.args == [1]
    finally:
        c.shutdown()
    with raw(owner_url) as conn:
        assert sorted(r[0] for r in conn.execute("SELECT version_num FROM alembic_version")) == before
