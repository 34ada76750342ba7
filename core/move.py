"""Moving a shop to another database: SQLite file to PostgreSQL server and back.

``deskmate move --to URL`` (and File → Move the shop to another database…) copies every row of
the open shop into a new, empty database and proves the copy before reporting success:

* The target must hold no tables at all. Its schema is created by Alembic (the same migrations
  as any new shop), and the rows are copied in the same transaction: on PostgreSQL the DDL is
  transactional, so a failure anywhere rolls everything back and leaves the database as empty as
  it was; an SQLite target is built in a private ``.moving`` file next to it and only renamed into
  place once committed (a failure removes it).
* The source is read in one snapshot (SQLite: one read transaction under WAL; PostgreSQL:
  ``REPEATABLE READ``, read only) and never written to: a move is a copy, like GnuCash's
  "Save As" to an SQL backend. Whoever keeps working in the old database after the move is
  working in a different shop; the report says how to open the new one.
* Rows are copied as they are stored (money and quantities as their scaled integers, instants as
  naive UTC, JSON as its text), so nothing is rounded or re-serialised on the way.
* Before the commit, per table: the row count and the exact sum of every money and quantity
  column are compared with the source's; the audit chain is walked in the copy and every entry
  must carry the same hash as in the source. Any difference rolls back and is named.
* On success one audit entry is appended in the target (chained like any other) saying where the
  shop came from and who moved it; ids keep their values, and PostgreSQL's id sequences are moved
  past the copied ids so new rows do not collide.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timezone
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Column, MetaData, Table, func, inspect, select, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.types import TypeDecorator

from core.kernel.i18n import _, ngettext
from core.kernel.errors import StorageError
from core.kernel.progress import Progress, or_silent

if TYPE_CHECKING:
    from core.app import Deskmate
    from core.kernel.actor import Actor

log = logging.getLogger(__name__)

BATCH = 1000
#: Tables that belong to the migration tool, not to the shop: created by Alembic in the target.
OWN_TABLES = frozenset({"alembic_version"})


class MoveFailed(StorageError):
    """The copy did not match the source: rolled back, the target left empty. ``differences``
    names each table (or the audit chain) that differed and how."""

    def __init__(self, message: str, differences: list[str]) -> None:
        super().__init__(message)
        self.differences = differences


@dataclass(frozen=True)
class TableCheck:
    """What was compared for one table: its rows, and the sum of each money/quantity column."""
    table: str
    rows: int
    sums: tuple[tuple[str, Decimal], ...] = ()


@dataclass(frozen=True)
class MoveReport:
    source: str
    target: str
    tables: tuple[TableCheck, ...]
    rows: int
    sums_checked: int
    audit_entries: int
    audit_chain: str
    notes: tuple[str, ...] = field(default=())

    def summary(self) -> str:
        return (f"moved {self.rows:,} rows in {len(self.tables)} tables to {self.target}; checked row counts, "
                f"{self.sums_checked} money and quantity sums and the audit chain ({self.audit_chain}); "
                f"{self.source} was not changed")


def display_url(url: str) -> str:
    """A URL as it may be shown or logged: the password hidden."""
    return make_url(url).render_as_string(hide_password=True)


def target_url(to: str) -> str:
    """``--to`` as given: a database URL, or a plain path meaning a new SQLite file."""
    if "://" in to:
        return to
    return f"sqlite:///{Path(to).expanduser().resolve()}"


# ------------------------------------------------------------------------------- the copying

def shop_tables() -> list[Table]:
    """Every table of the shop, parents before children (foreign keys), from the mapped models."""
    from core.areas import load_models
    from core.kernel.db import Base
    load_models()
    return list(Base.metadata.sorted_tables)


def _stored_type(t: Any) -> Any:
    """The type a column is stored as: a TypeDecorator's implementation (ScaledDecimal → BigInteger,
    UTCDateTime → DateTime, JSONText → Text), so values travel exactly as stored."""
    return t.impl_instance if isinstance(t, TypeDecorator) else t


def stored_tables(tables: list[Table]) -> list[Table]:
    """Copies of ``tables`` whose columns have their stored types (no constraints needed: the
    schema itself comes from the migrations)."""
    md = MetaData()
    return [Table(t.name, md, *[Column(c.name, _stored_type(c.type), primary_key=c.primary_key)
                                 for c in t.columns]) for t in tables]


def scaled_columns(table: Table) -> list[str]:
    from core.kernel.types import ScaledDecimal
    return [c.name for c in table.columns if isinstance(c.type, ScaledDecimal)]


def _measure(conn: Connection, raw: Table, scaled: list[str]) -> tuple[int, tuple[int, ...]]:
    """(row count, exact integer sum of each scaled column) of one table."""
    cols = [func.count()] + [func.coalesce(func.sum(raw.c[name]), 0) for name in scaled]
    row = conn.execute(select(*cols).select_from(raw)).one()
    return int(row[0]), tuple(int(v) for v in row[1:])


def _order(raw: Table) -> list[Any]:
    pk = list(raw.primary_key.columns)
    return pk or list(raw.columns)


def _copy_table(src: Connection, dst: Connection, raw: Table, on_rows: Callable[[int], None]) -> int:
    """Every row of ``raw`` from ``src`` into ``dst``, in primary-key order, in batches."""
    n = 0
    result = src.execution_options(stream_results=True, yield_per=BATCH).execute(select(raw).order_by(*_order(raw)))
    for chunk in result.mappings().partitions(BATCH):
        rows = [dict(r) for r in chunk]
        _insert_rows(dst, raw, rows)
        n += len(rows)
        on_rows(len(rows))
    return n


def _insert_rows(dst: Connection, raw: Table, rows: list[dict[str, Any]]) -> None:
    if rows:
        dst.execute(raw.insert(), rows)


def _clear_seeded(dst: Connection, raws: list[Table]) -> None:
    """Rows the migrations put in a new database (its random identity) give way to the source's:
    the moved shop keeps its identity, so its secrets and logins on this computer still apply."""
    for raw in reversed(raws):
        if dst.execute(select(func.count()).select_from(raw)).scalar():
            dst.execute(raw.delete())


def advance_sequences(dst: Connection, tables: list[Table]) -> None:
    """PostgreSQL: move each serial id's sequence past the copied ids (``setval``), as ``pg_dump``
    does; SQLite needs nothing (rowids follow the largest id). Also for anything else that copies
    rows with their ids (the benchmarks' volume generator)."""
    if dst.dialect.name != "postgresql":
        return
    for t in tables:
        for c in t.primary_key.columns:
            seq = dst.execute(text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": t.name, "c": c.name}).scalar()
            if seq is None:
                continue
            top = dst.execute(select(func.max(t.c[c.name]))).scalar()
            if top is None:
                dst.execute(text("SELECT setval(:s, 1, false)"), {"s": seq})
            else:
                dst.execute(text("SELECT setval(:s, :v, true)"), {"s": seq, "v": int(top)})


# ------------------------------------------------------------------------------ the endpoints

@contextmanager
def _source_snapshot(engine: Engine) -> Iterator[Connection]:
    """One read-only snapshot of the source for the whole copy and its checks."""
    if engine.dialect.name == "sqlite":
        conn = engine.connect().execution_options(deskmate_readonly=True)
    else:
        conn = engine.connect().execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
    try:
        with conn.begin():
            yield conn
    finally:
        conn.close()


def _refuse_unless_empty(engine: Engine, shown: str) -> None:
    with engine.connect() as conn:
        names = sorted(inspect(conn).get_table_names())
        conn.rollback()
    if names:
        more = " " + _("and {n} more").format(n=len(names) - 5) if len(names) > 5 else ""
        raise StorageError(_("{shown} is not empty (it holds {names}{more}); a shop is moved only into a new, "
                             "empty database. Nothing was changed").format(
                               shown=shown, names=', '.join(names[:5]), more=more))


def _sqlite_target(path: Path) -> Path:
    """Where an SQLite target is built (a private file next to it), after the checks."""
    from core.kernel.storage import check_folder_writable
    if path.exists() and path.stat().st_size > 0:
        raise StorageError(_("{path} already exists; a shop is moved only into a new file. Nothing was changed").format(
                               path=path))
    if path.exists() and not path.is_file():
        raise StorageError(_("{path} is not a file; nothing was changed").format(path=path))
    check_folder_writable(path.parent)
    building = path.with_name(path.name + ".moving")
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{building}{suffix}").unlink(missing_ok=True)   # what a killed move left
    fd = os.open(building, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)
    if os.name == "posix":
        os.chmod(building, 0o600)   # a copy of the whole shop: its owner's only (issue 10)
    return building


def _remove_sqlite(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


# ---------------------------------------------------------------------------------- the move

def move_shop(app: "Deskmate", to: str, actor: "Actor | None" = None, progress: Progress | None = None,
              who: str | None = None) -> MoveReport:
    """Copy the open shop into the new, empty database ``to`` and prove the copy (module doc).

    With an ``actor`` (the GUI) the role must allow backups and restores (owner); the command
    line runs with the rights of whoever can read the data folder, like ``backup``. Raises
    :class:`StorageError` (the target is not usable) or :class:`MoveFailed` (the copy differed;
    rolled back) and leaves the target as it found it."""
    from core.kernel.db import make_engine
    from core.kernel.storage import os_user, sqlite_path

    if actor is not None:
        from core.users.permissions import Perm, require
        require(actor, Perm.BACKUP_RESTORE)
    url = target_url(to)
    source_url = app.db.url
    shown_source, shown_target = display_url(source_url), display_url(url)
    src_path, dst_path = sqlite_path(source_url), sqlite_path(url)
    if url == source_url or (src_path and dst_path and src_path.resolve() == dst_path.resolve()):
        raise StorageError(_("the target is the shop's own database; nothing was changed"))
    try:
        backend = make_url(url).get_backend_name()
    except Exception:  # noqa: BLE001 - sqlalchemy.exc.ArgumentError and friends: not a URL at all
        raise StorageError(_("'{to}' is not a database URL (postgresql+psycopg://user@host/shop) or a file path").format(
                               to=to)
                           ) from None
    if backend not in ("sqlite", "postgresql"):
        raise StorageError(_("Deskmate moves shops between SQLite files and PostgreSQL, not {backend}").format(
                               backend=backend))

    building = _sqlite_target(dst_path) if dst_path is not None else None
    build_url = f"sqlite:///{building}" if building is not None else url
    try:
        engine = make_engine(build_url)
    except Exception as exc:  # noqa: BLE001 - a missing driver, a bad URL: one line for the person
        if building is not None:
            _remove_sqlite(building)
        raise StorageError(_("cannot use {shown_target}: {detail}").format(
                               shown_target=shown_target, detail=str(exc).splitlines()[0])) from None
    committed = False
    try:
        try:
            if building is None:
                _refuse_unless_empty(engine, shown_target)
        except StorageError:
            raise
        except Exception as exc:  # noqa: BLE001 - cannot connect: say so in one line
            raise StorageError(_("cannot connect to {shown_target}: {detail}").format(
                                   shown_target=shown_target, detail=str(getattr(exc, 'orig', None) or exc).splitlines()[0])
                               ) from None
        report = _copy_and_check(app, engine, shown_source, shown_target, actor, who or os_user(), progress)
        committed = True
    finally:
        engine.dispose()
        if building is not None:
            if committed:
                os.replace(building, dst_path)     # type: ignore[arg-type]
                for suffix in ("-wal", "-shm"):
                    Path(f"{building}{suffix}").unlink(missing_ok=True)
            else:
                _remove_sqlite(building)
    log.info("%s", report.summary())
    return report


def _copy_and_check(app: "Deskmate", engine: Engine, shown_source: str, shown_target: str,
                    actor: "Actor | None", who: str, progress: Progress | None) -> MoveReport:
    from alembic import command

    from core.kernel.storage import alembic_config, is_current

    tables = shop_tables()
    raws = stored_tables(tables)
    # the kernel's progress protocol: rows copied so far of all rows, and a cancel checked as each
    # batch is copied (Cancelled rolls the target's transaction back: it is left empty)
    prog = or_silent(progress)

    def say(done: int, total: int, what: str) -> None:
        prog.check("move cancelled: the new database was left empty and nothing was moved")
        prog.report(done, total, what)
    with _source_snapshot(app.db.engine) as src:
        stamped = {r[0] for r in src.execute(text("SELECT version_num FROM alembic_version"))}
        if not is_current(stamped):
            raise StorageError(_("{shown_source} is not at this version's schema; open it with this Deskmate first. "
                                 "Nothing was changed").format(
                                   shown_source=shown_source))
        present = set(inspect(src).get_table_names())
        unknown = present - {t.name for t in tables} - OWN_TABLES
        if unknown:
            raise StorageError(_("{shown_source} holds tables this Deskmate does not know ({names}); nothing was moved").format(
                                   shown_source=shown_source, names=', '.join(sorted(unknown))))
        expected = {raw.name: _measure(src, raw, scaled_columns(t)) for t, raw in zip(tables, raws)}
        total = sum(n for n, _ in expected.values())
        done = 0
        say(0, total, "creating the tables")
        with engine.connect() as dst:
            if dst.dialect.name == "sqlite":
                # As in storage.migrate: batch migrations copy tables, so references are checked
                # once, before the commit (the pragma cannot change inside a transaction).
                dst.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")
            with dst.begin():
                cfg = alembic_config(engine.url.render_as_string(hide_password=False))
                cfg.attributes["connection"] = dst
                command.upgrade(cfg, "heads")
                _clear_seeded(dst, raws)
                for raw in raws:
                    def counted(n: int, name: str = raw.name) -> None:
                        nonlocal done
                        done += n
                        say(done, total, f"copying {name}")
                    say(done, total, f"copying {raw.name}")
                    try:
                        _copy_table(src, dst, raw, counted)
                    except DBAPIError as exc:
                        problem = _("{table} could not be copied ({detail})").format(table=raw.name,
                                                                                    detail=_first_line(exc))
                        raise MoveFailed(_("copying into {shown_target} failed: {problem}. It was rolled back: the target is "
                                           "empty and the shop was not moved").format(
                                             shown_target=shown_target, problem=problem), [problem]) from None
                advance_sequences(dst, raws)
                say(total, total, "checking the copy")
                checks, differences = _compare(dst, tables, raws, expected)
                chain, chain_problems = _compare_audit(src, dst)
                differences += chain_problems
                if dst.dialect.name == "sqlite":
                    broken = dst.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        differences.append(ngettext("{n} broken reference, first in {table}",
                                                    "{n} broken references, first in {table}", len(broken)).format(
                                                        n=len(broken), table=broken[0][0]))
                if differences:
                    raise MoveFailed(_("the copy in {shown_target} did not match {shown_source}: {differences}. It "
                                       "was rolled back: the target is empty and the shop was not moved").format(
                                         shown_target=shown_target, shown_source=shown_source,
                                         differences="; ".join(differences)), differences)
                _record_move(dst, app, shown_source, actor, who)
    return MoveReport(source=shown_source, target=shown_target, tables=tuple(checks), rows=total,
                      sums_checked=sum(len(c.sums) for c in checks), audit_entries=chain.entries,
                      audit_chain=chain.summary())


def _first_line(exc: DBAPIError) -> str:
    return (str(exc.orig) if exc.orig is not None else str(exc)).strip().splitlines()[0]


def _compare(dst: Connection, tables: list[Table], raws: list[Table],
             expected: dict[str, tuple[int, tuple[int, ...]]]) -> tuple[list[TableCheck], list[str]]:
    from core.kernel.types import ScaledDecimal
    checks: list[TableCheck] = []
    differences: list[str] = []
    for t, raw in zip(tables, raws):
        scaled = scaled_columns(t)
        rows, sums = _measure(dst, raw, scaled)
        want_rows, want_sums = expected[raw.name]
        if rows != want_rows:
            differences.append(f"{raw.name} has {rows} rows instead of {want_rows}")
        for name, got, want in zip(scaled, sums, want_sums):
            if got != want:
                col: ScaledDecimal = t.c[name].type   # type: ignore[assignment]
                differences.append(f"{raw.name}.{name} adds up to {_unscaled(got, col)} instead of "
                                   f"{_unscaled(want, col)}")
        checks.append(TableCheck(raw.name, rows, tuple((n, _unscaled(s, t.c[n].type)) for n, s in zip(scaled, sums))))
    return checks, differences


def _unscaled(value: int, col: Any) -> Decimal:
    return col.process_result_value(value, None)


def _compare_audit(src: Connection, dst: Connection) -> tuple[Any, list[str]]:
    """The copy's chain must verify like the source's, entry for entry with the same hashes."""
    from core.kernel.audit_chain import compare, verify
    mine, theirs = verify(dst), verify(src)
    problems: list[str] = []
    if mine.summary() != theirs.summary() or mine.head_hash != theirs.head_hash:
        problems.append(f"the audit chain reads '{mine.summary()}' in the copy but '{theirs.summary()}' in "
                        "the source")
    _n, difference = compare(dst, src, "the source")
    if difference:
        problems.append(f"audit log: {difference}")
    return mine, problems


def _record_move(dst: Connection, app: "Deskmate", shown_source: str, actor: "Actor | None", who: str) -> None:
    """The target's log says where the shop came from: one entry, chained to the copied ones."""
    import json

    from core.kernel.audit_chain import entry_hash, tail

    now = app.clock.now().astimezone(timezone.utc)
    after = {"moved_from": shown_source}
    entry: dict[str, Any] = {"at": now, "user_id": actor.user_id if actor is not None else None,
                             "username": (actor.username if actor is not None else who)[:80], "area": "backup",
                             "action": "move", "entity": "database", "entity_id": None,
                             "summary": f"shop moved here from {shown_source}", "before": None, "after": after,
                             "machine_drafted": False}
    last_id, prev = tail(dst)
    entry["id"] = last_id + 1
    raw = stored_tables([t for t in shop_tables() if t.name == "audit_entry"])[0]
    dst.execute(raw.insert(), [{**entry, "at": now.replace(tzinfo=None), "after": json.dumps(after, sort_keys=True),
                                "prev_hash": prev, "hash": entry_hash(prev, entry)}])
    advance_sequences(dst, [raw])

