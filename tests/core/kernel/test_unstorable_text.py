"""Text no database can store is refused with a clear error on every engine, before anything is
written: the NUL character (PostgreSQL cannot store it, not even as a query's parameter, and SQLite
refuses it alike so a shop's data can move between the two), and bytes that are not UTF-8 (a lone
surrogate, what Python makes of them in a command-line argument)."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from core.customers.models import Customer
from core.kernel.errors import ValidationError


def test_a_name_with_nul_is_refused_and_nothing_is_written(app, owner):
    with pytest.raises(ValidationError, match=r"NUL character.*Ann\\0e"):
        app.customers.create(owner, name="Ann\x00e", email="a@example.com")
    with app.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 0
    app.customers.create(owner, name="Anne", email="a@example.com")      # the same without it is fine


def test_a_search_with_nul_is_refused_too(app, owner):
    with pytest.raises(ValidationError, match="NUL character"):
        app.inventory.create_supplier(owner, "Mill\x00er")     # looks the name up before adding it


def test_an_audit_entry_with_nul_is_refused_and_the_chain_stays_whole(app, owner):
    """The audit log's hash chain is computed before the write; a refused entry leaves no gap."""
    from core.kernel.audit import record
    from tests.core.kernel.test_audit_chain import chain_of, db_of

    with pytest.raises(ValidationError, match="NUL character"):
        with app.db.uow() as s:
            record(s, owner, area="test", action="poke", entity="thing", summary="a\x00b")
    with app.db.uow() as s:
        record(s, owner, area="test", action="poke", entity="thing", summary="ab")
    assert chain_of(db_of(app)).intact


def test_bytes_that_are_not_utf8_are_refused_with_a_clear_error(app, owner):
    """What Python makes of a byte that is not UTF-8 in a command-line argument (a lone surrogate)
    cannot be written by either driver: a clear refusal, nothing written, instead of a traceback."""
    with pytest.raises(ValidationError, match=r"not UTF-8 text.*Ann\\udcff"):
        app.customers.create(owner, name="Ann\udcff", email="a@example.com")
    with app.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 0
    app.customers.create(owner, name="Annë 李", email="a@example.com")     # real non-ASCII text is fine


def test_the_command_line_says_so_for_an_argument_in_another_encoding(app, owner, data_dir, capsys, cli_login):
    from core.cli import run
    app.close()
    cli_login("olivia")
    capsys.readouterr()
    assert run(["--data-dir", str(data_dir), "customer", "add", "Ann\udcff", "--as", "olivia"]) != 0
    err = capsys.readouterr().err
    assert "not UTF-8 text" in err and "Traceback" not in err
