"""``deskmate server init`` on a real PostgreSQL server: an owner role that migrates, a desktop role
that works the shop but may only INSERT and SELECT the audit log. Server only."""
from __future__ import annotations

import itertools
import os
import re
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from core import cli
from core.app import Deskmate
from tests import pg_databases
from tests.conftest import PASSWORD
from tests.raw_db import RAW_ERRORS, raw

pytestmark = pytest.mark.skipif(not pg_databases.server_url(),
                                reason="PostgreSQL only (DESKMATE_TEST_DB_URL): roles and rights")
_n = itertools.count(1)


@pytest.fixture
def server_shop():
    """(admin URL naming a database that does not exist yet, owner role, desktop role); all dropped after."""
    tag = f"{os.getpid()}_{next(_n)}"
    name, owner, desktop = f"dm_srv_{tag}", f"dm_own_{tag}", f"dm_desk_{tag}"
    yield pg_databases.url_for(name), owner, desktop
    pg_databases.drop_database(pg_databases.url_for(name))
    with pg_databases._admin_engine().connect() as conn:
        for role in (desktop, owner):
            conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))


def _init(capsys, admin_url: str, owner: str, desktop: str, *extra: str) -> tuple[int, str, str]:
    rc = cli.run(["server", "init", "--db-url", admin_url, "--owner-role", owner, "--desktop-role", desktop, *extra])
    out, err = capsys.readouterr()
    return rc, out, err


def _urls(out: str) -> list[str]:
    return re.findall(r"^  (postgresql\+psycopg://\S+)", out, flags=re.M)


def test_server_init_creates_the_roles_and_a_desktop_may_only_append_to_the_audit_log(
        server_shop, capsys, tmp_path: Path, clock) -> None:
    admin_url, owner, desktop = server_shop
    rc, out, err = _init(capsys, admin_url, owner, desktop)
    assert rc == 0, err
    assert "created" in out and f"created the roles {owner}, {desktop}" in out
    desktop_url, owner_url = _urls(out)
    assert make_url(desktop_url).username == desktop and make_url(desktop_url).password
    assert make_url(owner_url).username == owner and make_url(owner_url).password

    shop = Deskmate.open(tmp_path / "till", db_url=desktop_url, clock=clock)   # a desktop's daily work
    try:
        boss = shop.users.create_first_owner("olivia", PASSWORD).actor
        shop.settings.update(boss, {"shop.name": "Corner Bakery"})
        assert len(shop.audit.list(boss)) == 2
    finally:
        shop.close()

    with raw(desktop_url) as conn:
        for sql, refusal in (("UPDATE audit_entry SET summary = 'forged'", "permission denied"),
                             ("DELETE FROM audit_entry", "permission denied"),
                             ("TRUNCATE audit_entry", "permission denied"),
                             ("DROP TRIGGER audit_entry_no_update ON audit_entry", "must be owner"),
                             ("DELETE FROM alembic_version", "permission denied")):
            with pytest.raises(RAW_ERRORS, match=refusal):
                conn.execute(sql)
            conn.rollback()
        assert conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0] == 2
    with raw(owner_url) as conn:   # the owner is not above the triggers either
        with pytest.raises(RAW_ERRORS, match="append-only"):
            conn.execute("UPDATE audit_entry SET summary = 'forged'")
        conn.rollback()
        owners = {r[0] for r in conn.execute("SELECT tableowner FROM pg_tables WHERE schemaname = 'public'")}
    assert owners == {owner}


def test_running_it_again_keeps_the_passwords_unless_asked(server_shop, capsys, tmp_path: Path, clock) -> None:
    admin_url, owner, desktop = server_shop
    assert _init(capsys, admin_url, owner, desktop)[0] == 0
    with_admin_password = make_url(admin_url).set(password="admin-only-pw").render_as_string(hide_password=False)
    rc, out, _ = _init(capsys, with_admin_password, owner, desktop)
    assert rc == 0 and "already there" in out and out.count("(password unchanged)") == 2
    assert all(make_url(u).password is None for u in _urls(out)) and "admin-only-pw" not in out
    rc, out, _ = _init(capsys, admin_url, owner, desktop, "--new-passwords")
    desktop_url, _owner_url = _urls(out)
    assert rc == 0 and make_url(desktop_url).password
    Deskmate.open(tmp_path / "till", db_url=desktop_url, clock=clock).close()


def test_server_init_refuses_what_it_cannot_do_in_one_line(capsys) -> None:
    assert cli.run(["server", "init", "--db-url", "sqlite:///x.sqlite3"]) == 1
    _, err = capsys.readouterr()
    assert "for PostgreSQL" in err and len(err.strip().splitlines()) == 1
    assert cli.run(["server", "init", "--db-url", pg_databases.url_for("dm_x"), "--owner-role", "Robert'); --"]) == 1
    _, err = capsys.readouterr()
    assert "lower-case letters" in err


def stamped(url: str) -> set[str]:
    with raw(url) as conn:
        return {r[0] for r in conn.execute("SELECT version_num FROM alembic_version")}


def test_an_older_schema_on_the_server_is_upgraded_by_the_owner_and_explained_to_a_desktop(
        server_shop, capsys, tmp_path: Path, clock) -> None:
    """A newer Deskmate meets the shop's server before anyone upgraded it: a desktop (which may not
    change the schema) is told plainly what to run and changes nothing; the owner's URL upgrades it,
    data and all, and the desktops carry on."""
    from core.kernel.errors import UpgradeNeedsOwner
    from core.kernel.storage import applied_revisions, is_current
    admin_url, owner, desktop = server_shop
    desktop_url, owner_url = _urls(_init(capsys, admin_url, owner, desktop)[1])
    shop = Deskmate.open(tmp_path / "till", db_url=desktop_url, clock=clock)
    try:
        shop.users.create_first_owner("olivia", PASSWORD)
    finally:
        shop.close()
    pg_databases.downgrade(owner_url, "inbox_0001")           # before the inbox's due times
    old = stamped(owner_url)
    assert "inbox_0002" not in applied_revisions(old) and not is_current(old)

    with pytest.raises(UpgradeNeedsOwner, match=r"needs an upgrade .* only the database's owner role may run: "
                                                r"deskmate server init --db-url <the owner's URL>\. Nothing was changed"):
        Deskmate.open(tmp_path / "till", db_url=desktop_url, clock=clock)
    assert stamped(owner_url) == old                      # nothing was changed
    rc = cli.run(["--data-dir", str(tmp_path / "till"), "--db-url", desktop_url, "user", "list"], clock=clock)
    out, err = capsys.readouterr()
    assert rc == 1 and len(err.strip().splitlines()) == 1 and "deskmate server init" in err, err
    assert (desktop_url.split("@")[0].split(":")[-1]) not in err            # never the password

    upgraded = Deskmate.open(tmp_path / "office", db_url=owner_url, clock=clock)   # the owner's URL upgrades
    upgraded.close()
    assert is_current(stamped(owner_url))
    again = Deskmate.open(tmp_path / "till", db_url=desktop_url, clock=clock)       # the desktop carries on
    try:
        assert again.users.authenticate("olivia", PASSWORD).actor.username == "olivia"
        assert again.inbox.ids() == []
    finally:
        again.close()
