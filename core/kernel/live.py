"""Changes made by other processes (other desktops, the worker), fed into the same ``ChangeHub``.

:mod:`core.kernel.changes` tells listeners in *this* process what a unit of work wrote. A desktop
also needs to hear about other computers' changes, so its open pages refresh within about a second
whoever made them. :meth:`Database.watch_other_processes` starts one background thread that does so:

* **PostgreSQL: LISTEN/NOTIFY.** Every unit of work that changed records sends ``NOTIFY
  deskmate_changes`` with the tables it wrote, *inside* its transaction (:func:`notify_in_transaction`):
  PostgreSQL delivers it only if the transaction commits, and only then. The watcher holds one
  extra connection that LISTENs and publishes what others wrote (its own Database's notifications
  are recognised by their origin and skipped: they were published locally already).
* **SQLite: a data-version poll.** ``PRAGMA data_version`` on a connection of its own changes
  whenever any other connection commits; read once a second it costs next to nothing. When it has
  moved, the audit entries appended since are read (every change to records is audited, and each
  entry names its area) and their areas are published. The entries this Database wrote itself are
  known (their ids are noted when they are flushed) and skipped. Machinery that is not audited (the
  scheduler's heartbeat, run history) moves the data version but publishes nothing.

Listeners run on the watcher's thread, as they do on a committing worker thread: the desktop's
Bridge hands everything over to the GUI thread.
"""
from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from core.kernel.db import Database

log = logging.getLogger(__name__)

CHANNEL = "deskmate_changes"
#: How often SQLite's data version is read, and how long a LISTEN wait lasts before checking for stop.
POLL_SECONDS = 1.0
#: An audit entry whose area owns no tables (settings, the app itself, mail sent by an applier next to
#: the decision's own entry) is published as a change to the kernel's data: settings and the like.
OWN_IDS = "deskmate_own_audit_ids"
#: PostgreSQL refuses NOTIFY payloads of 8000 bytes or more: a unit of work that wrote that many
#: tables says "everything" instead.
MAX_PAYLOAD = 7000


# --------------------------------------------------------------------------- the writing side

def notify_in_transaction(db: "Database", session: Session) -> None:
    """``before_commit``: tell the other processes what this unit of work wrote (PostgreSQL only)."""
    from core.kernel.db import CHANGED
    if session.in_nested_transaction():
        return
    session.flush()
    tables = session.info.get(CHANGED)
    if not tables:
        return
    payload = json.dumps({"o": db.origin, "t": sorted(tables)}, separators=(",", ":"))
    if len(payload) > MAX_PAYLOAD:
        payload = json.dumps({"o": db.origin, "t": ["*"]})
    session.execute(text("SELECT pg_notify(:c, :p)"), {"c": CHANNEL, "p": payload})


def note_own_entries(db: "Database", session: Session) -> None:
    """``after_flush``: remember the ids of the audit entries this unit of work wrote (SQLite), so
    the watcher does not publish them a second time. Before the commit: the watcher may read the
    entries the moment they are committed."""
    from core.kernel.audit import AuditEntry
    ids = [o.id for o in session.new if isinstance(o, AuditEntry) and o.id is not None]
    if ids:
        session.info.setdefault(OWN_IDS, []).extend(ids)
        db.own_entries.update(ids)


def forget_rolled_back(db: "Database", session: Session) -> None:
    """``after_rollback``: those ids were never committed; another process may write them next."""
    db.own_entries.difference_update(session.info.pop(OWN_IDS, ()))


def areas_of_audit(areas: set[str]) -> set[str]:
    from core.kernel.changes import table_areas
    known = set(table_areas().values())
    out: set[str] = set()
    for area in areas:
        if area in known:
            out.add(area)
        else:
            out.add("kernel")
    return out


# --------------------------------------------------------------------------- the watching side

class Watcher(threading.Thread):
    """The background thread behind :meth:`Database.watch_other_processes`."""

    def __init__(self, db: "Database", interval: float = POLL_SECONDS) -> None:
        super().__init__(name="deskmate-live-changes", daemon=True)
        self.db = db
        self.interval = interval
        self.stopping = threading.Event()
        #: Set once the watcher listens (PostgreSQL) or has read the first data version (SQLite):
        #: changes committed after that are heard.
        self.ready = threading.Event()

    def stop(self, timeout: float = 5.0) -> None:
        self.stopping.set()
        if self.is_alive() and threading.current_thread() is not self:
            self.join(timeout)

    def run(self) -> None:
        backoff = self.interval
        while not self.stopping.is_set():
            try:
                if self.db.is_sqlite:
                    self._poll_sqlite()
                else:
                    self._listen_postgres()
                backoff = self.interval
            except Exception:  # noqa: BLE001 - the server went away, a locked file: retry, never die
                log.warning("watching for other computers' changes failed; retrying", exc_info=True)
                self.stopping.wait(backoff)
                backoff = min(backoff * 2, 30.0)

    # ------------------------------------------------------------------ SQLite
    def _poll_sqlite(self) -> None:
        from core.kernel.storage import sqlite_path
        path = sqlite_path(self.db.url)
        assert path is not None
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5, check_same_thread=False)
        try:
            version = conn.execute("PRAGMA data_version").fetchone()[0]
            last_id = conn.execute("SELECT coalesce(max(id), 0) FROM audit_entry").fetchone()[0]
            self.ready.set()
            while not self.stopping.wait(self.interval):
                now = conn.execute("PRAGMA data_version").fetchone()[0]
                if now == version:
                    continue
                version = now
                rows = conn.execute("SELECT id, area FROM audit_entry WHERE id > ? ORDER BY id", (last_id,)).fetchall()
                if not rows:
                    continue
                last_id = rows[-1][0]
                foreign = {area for entry_id, area in rows if not self.db.forget_own_entry(entry_id)}
                if foreign:
                    self.db.changes.publish_areas(areas_of_audit(foreign))
        finally:
            conn.close()

    # ------------------------------------------------------------------ PostgreSQL
    def _listen_postgres(self) -> None:
        import psycopg
        # The same connection arguments the engine uses (host, socket folder, SSL options...).
        cargs, cparams = self.db.engine.dialect.create_connect_args(self.db.engine.url)
        conn = psycopg.connect(*cargs, **{**cparams, "autocommit": True})
        try:
            conn.execute(f"LISTEN {CHANNEL}")
            self.ready.set()
            while not self.stopping.is_set():
                heard: set[str] = set()
                started = time.monotonic()
                for note in conn.notifies(timeout=self.interval):
                    heard.update(self._tables_of(note.payload))
                    if time.monotonic() - started > self.interval:
                        break            # publish at least once a second under a stream of changes
                if heard:
                    self.db.changes.publish(heard, remote=True)
        finally:
            conn.close()

    def _tables_of(self, payload: str) -> set[str]:
        try:
            data = json.loads(payload)
        except ValueError:
            return set()
        if data.get("o") == self.db.origin:
            return set()
        tables = set(data.get("t") or ())
        if "*" in tables:
            from core.kernel.changes import table_areas
            return set(table_areas())
        return tables

