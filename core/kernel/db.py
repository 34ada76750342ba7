"""Engine, declarative base and the unit of work.

One ``Database`` per process and URL. Services open a unit of work per operation
(``with db.uow() as session``), which is one transaction: everything in it commits together or
nothing does.
"""
from __future__ import annotations

import logging
import os
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import MetaData, create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

from core.kernel.i18n import _
from core.kernel.changes import ChangeHub
from core.kernel.errors import DeskmateError, StorageError, ValidationError

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

BUSY_TIMEOUT_MS = 10_000


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # Python's sqlite3 opens transactions lazily and lets DDL through; we want BEGIN to be issued
    # by SQLAlchemy so that a unit of work is exactly one transaction.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _sqlite_begin(conn: Any) -> None:
    # Writers BEGIN IMMEDIATE: they take the write lock at the start, so two processes writing at
    # once queue on busy_timeout instead of failing half-way on lock upgrade. Readers (WAL) use a
    # deferred BEGIN and never wait for a writer.
    if conn.get_execution_options().get("deskmate_readonly"):
        conn.exec_driver_sql("BEGIN")
    else:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


#: The key of the PostgreSQL advisory lock every writing transaction takes first (any 64-bit
#: number; this one spells "deskmate" in ASCII, shifted into range).
WRITER_LOCK_KEY = 0x6465736B6D617465 >> 1


def _postgres_begin(conn: Any) -> None:
    # SQLite's BEGIN IMMEDIATE, on a server: one writer at a time, queued. A writing transaction
    # takes a transaction-level advisory lock before anything else, so everything the services
    # rely on under SQLite's write lock — gapless numbers read as max()+1, the audit chain's tail,
    # dedupe checks before inserts, the scheduler lease — holds the same way; READ COMMITTED then
    # shows each statement everything committed before the lock was granted. Readers take no lock
    # and never wait. ``lock_timeout`` bounds the wait like SQLite's busy timeout.
    if conn.get_execution_options().get("deskmate_readonly"):
        return
    conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{BUSY_TIMEOUT_MS}ms'")
    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITER_LOCK_KEY})")


def _refuse_unstorable_text(_conn: Any, _cursor: Any, _statement: str, parameters: Any, _context: Any,
                            executemany: bool) -> None:
    """A text holding the NUL character cannot be stored on PostgreSQL (the driver refuses it, even
    in a query); refused on SQLite alike, so a shop's data moves between the two and a name typed or
    pasted with one gets the same clear answer everywhere. A lone surrogate (what Python makes of a
    byte that is not UTF-8 in a command-line argument) cannot be written as UTF-8 by either driver,
    which failed with a traceback. Binary values are bytes, not text."""
    rows = parameters if executemany or isinstance(parameters, list) else (parameters,)
    for row in rows:
        values = row.values() if isinstance(row, dict) else row if isinstance(row, (list, tuple)) else (row,)
        for value in values:
            if type(value) is not str:
                continue
            if "\x00" in value:
                shown = value.replace("\x00", "\\0")
                raise ValidationError(_("a text holds the NUL character (shown as \\0), which cannot be stored: "
                                        "{text}; remove it and try again").format(text=_shortened(shown)))
            if not value.isascii():
                try:
                    value.encode("utf-8")
                except UnicodeEncodeError:
                    shown = value.encode("utf-8", "backslashreplace").decode("utf-8")
                    raise ValidationError(_("a text holds bytes that are not UTF-8 text (shown as \\u…), as "
                                            "when a terminal or file uses another encoding: {text}; type it "
                                            "again or convert the file to UTF-8").format(
                                              text=_shortened(shown))) from None


def _shortened(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "…"


def make_engine(url: str, **kwargs: Any) -> Engine:
    is_sqlite = make_url(url).get_backend_name() == "sqlite"
    is_postgres = make_url(url).get_backend_name() == "postgresql"
    if is_sqlite:
        kwargs.setdefault("connect_args", {"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000})
        if make_url(url).database in (None, "", ":memory:") or "mode=memory" in url:
            raise ValueError("Deskmate needs a database file; in-memory SQLite is not supported")
    engine = create_engine(url, **kwargs)
    event.listen(engine, "before_cursor_execute", _refuse_unstorable_text)
    if is_sqlite:
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    if is_postgres:
        event.listen(engine, "begin", _postgres_begin)
    return engine


def _storage_error(exc: OperationalError) -> Exception:
    text = str(exc.orig).lower()
    if "locked" in text or "busy" in text or "lock timeout" in text:
        return StorageError(_("the database is busy: another Deskmate (or program) kept it locked for more than "
                              "{seconds} s; nothing was changed, try again").format(
                                seconds=BUSY_TIMEOUT_MS // 1000))
    if "disk is full" in text or "disk full" in text:
        return StorageError(_("the disk holding the database is full; nothing was changed. Free some space "
                            "and try again"))
    if "readonly" in text or "read-only" in text:
        return StorageError(_("the database is read-only; nothing was changed. Check the data folder's "
                            "permissions"))
    return exc


def _refuse_writes(session: Session, *_args: Any) -> None:
    if session.new or session.dirty or session.deleted:
        raise DeskmateError(_("internal error: a read-only session tried to write; use db.uow()"))


# ------------------------------------------------------------------------- audit watch
#: ``DESKMATE_AUDIT_CHECK=warn`` logs, ``=strict`` refuses, any unit of work that changed tables but
#: wrote no audit entry (a developer aid: every write through a service must be audited). Tables
#: that are machinery rather than records (caches, run history...) opt out with
#: ``__table_args__ = {"info": {"audit_exempt": True}}``.
AUDIT_CHECK_ENV = "DESKMATE_AUDIT_CHECK"
AUDIT_TABLE = "audit_entry"
#: ``session.info[AUDIT_EXEMPT] = True`` marks a unit of work as bookkeeping about the machinery
#: (e.g. storing why applying a suggestion failed), not a change anybody made.
AUDIT_EXEMPT = "deskmate_audit_exempt"
_audit_log = logging.getLogger("deskmate.audit")


CHANGED = "deskmate_changed"


def _touch(session: Session, table: Any) -> None:
    if table is None or getattr(table, "info", {}).get("audit_exempt"):
        return
    name = getattr(table, "name", str(table))
    session.info.setdefault("deskmate_touched", set()).add(name)
    session.info.setdefault(CHANGED, set()).add(name)


def _note_flush(session: Session, _ctx: Any) -> None:
    for obj in (*session.new, *session.deleted):
        _touch(session, getattr(obj, "__table__", None))
    for obj in session.dirty:
        if session.is_modified(obj, include_collections=False):
            _touch(session, getattr(obj, "__table__", None))


def _note_execute(state: Any) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        _touch(state.session, getattr(state.statement, "table", None))


def _check_audited(session: Session) -> None:
    if session.in_nested_transaction():
        return  # a savepoint: the check belongs to the whole unit of work's commit
    session.flush()  # let the services' own flush-time guards speak first; after_flush notes tables
    touched = session.info.pop("deskmate_touched", set())
    if session.info.get(AUDIT_EXEMPT):
        return
    if not touched or AUDIT_TABLE in touched:
        return
    message = f"a unit of work changed {', '.join(sorted(touched))} without an audit entry"
    if os.environ.get(AUDIT_CHECK_ENV) == "strict":
        raise DeskmateError(_("internal error: {message}").format(message=message))
    _audit_log.warning(message)


def _forget_changes(session: Session, *_: Any) -> None:
    session.info.pop(CHANGED, None)


class Database:
    """The engine plus two session factories: ``uow()`` for writes, ``read()`` for reads.

    ``clock`` (set by the app) is put in every session's ``info`` so that code holding only a
    session, such as :func:`core.kernel.audit.record`, still tells time by the app's clock.
    """

    def __init__(self, url: str, engine: Engine | None = None, clock: Any = None) -> None:
        self.url = url
        self.engine = engine or make_engine(url)
        self.clock = clock
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        reader_options: dict[str, Any] = {"deskmate_readonly": True}
        if self.engine.dialect.name == "postgresql":
            # One snapshot per read, as SQLite's WAL readers get, and refused writes on the server too.
            reader_options.update(isolation_level="REPEATABLE READ", postgresql_readonly=True)
        self._readers = sessionmaker(self.engine.execution_options(**reader_options), expire_on_commit=False)
        event.listen(self._readers, "before_flush", _refuse_writes)
        # Which tables a unit of work wrote: published to ``changes`` after the commit, and (when
        # asked for) checked by the audit watch before it.
        self.changes = ChangeHub()
        event.listen(self._sessions, "after_flush", _note_flush)
        event.listen(self._sessions, "do_orm_execute", _note_execute)
        event.listen(self._sessions, "after_commit", self._publish_changes)
        event.listen(self._sessions, "after_rollback", _forget_changes)
        if os.environ.get(AUDIT_CHECK_ENV) in ("warn", "strict"):
            event.listen(self._sessions, "before_commit", _check_audited)
        # Other processes hear about this one's changes (core.kernel.live): on PostgreSQL a NOTIFY
        # inside the transaction, on SQLite through the audit entries (whose ids we remember).
        from core.kernel import live
        self.origin = uuid.uuid4().hex
        self.own_entries: set[int] = set()
        self._watcher: live.Watcher | None = None
        if self.engine.dialect.name == "postgresql":
            event.listen(self._sessions, "before_commit", lambda s: live.notify_in_transaction(self, s))
        elif self.is_sqlite:
            event.listen(self._sessions, "after_flush", lambda s, _ctx: live.note_own_entries(self, s))
            event.listen(self._sessions, "after_rollback", lambda s: live.forget_rolled_back(self, s))

    def _publish_changes(self, session: Session) -> None:
        self.changes.publish(session.info.pop(CHANGED, set()))

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def uow(self) -> Iterator[Session]:
        """One transaction: commit on success, roll back on any exception.

        A database kept locked by another writer past the busy timeout, or a full disk, becomes a
        StorageError a person can act on (nothing was written) instead of a driver traceback."""
        try:
            with self._sessions() as session, session.begin():
                session.info["clock"] = self.clock
                yield session
        except OperationalError as exc:
            raise _storage_error(exc) from exc

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session (no write lock on SQLite: a plain deferred transaction).

        Everything read inside comes from one snapshot (WAL). Attempts to flush changes raise
        instead of silently writing outside a unit of work. On leaving, the session is closed: the
        transaction ends (rolled back, nothing to keep) and loaded objects stay readable, detached,
        rather than expired.
        """
        with self._readers() as session:
            session.info["clock"] = self.clock
            yield session

    def watch_other_processes(self, interval: float | None = None) -> Any:
        """Start publishing other processes' changes to ``changes`` (the desktop does; see
        :mod:`core.kernel.live`). Idempotent; stopped by :meth:`dispose`. Returns the watcher."""
        from core.kernel import live
        if self._watcher is None or not self._watcher.is_alive():
            self._watcher = live.Watcher(self, interval if interval is not None else live.POLL_SECONDS)
            self._watcher.start()
        return self._watcher

    def forget_own_entry(self, entry_id: int) -> bool:
        """Whether this Database wrote that audit entry (then forgotten: it is seen once)."""
        if entry_id in self.own_entries:
            self.own_entries.discard(entry_id)
            return True
        return False

    def dispose(self) -> None:
        if self._watcher is not None:
            self._watcher.stop()
            self._watcher = None
        self.engine.dispose()
