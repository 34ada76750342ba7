"""The audit log as a hash chain: what makes an edited, removed or reordered entry visible.

Each entry stores ``prev_hash`` (the ``hash`` of the entry before it, :data:`GENESIS` for the first)
and ``hash`` = SHA-256 over ``prev_hash`` and a canonical serialisation of the entry's own content
(every stored field but the row id: the order is what the links carry, so two swapped entries show
as "reordered" rather than as two changed ones). Changing any stored field of an entry, removing
one from the middle, or swapping two, breaks the chain at a place :func:`verify` can name.

What it does not prove: someone with write access to the database file can recompute every hash
after editing (there is no secret in the chain), and removing the newest entries leaves a shorter
chain that is still whole. A copy of the database kept elsewhere (an off-site backup) is what shows
those: its entries must still be in the live log, with the same hashes.

Everything here works on a plain connection (``sqlite3`` or SQLAlchemy ``Connection``), not on the
ORM, so migrations, the restore path and ``check`` use exactly the same serialisation as
:func:`core.kernel.audit.record` does through :func:`entry_hash`.
"""
from __future__ import annotations

import hashlib
import itertools
import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

#: ``prev_hash`` of the first entry.
GENESIS = "0" * 64
#: The stored fields read for the chain (all but ``id`` are hashed).
CONTENT = ("id", "at", "user_id", "username", "area", "action", "entity", "entity_id", "summary",
           "before", "after", "machine_drafted")
TRIGGERS = ("audit_entry_no_update", "audit_entry_no_delete")
TRIGGER_SQL = {
    "audit_entry_no_update": "CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry "
                             "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    "audit_entry_no_delete": "CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry "
                             "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
}
#: PostgreSQL: one function raising, called by row triggers for UPDATE and DELETE and a statement
#: trigger for TRUNCATE (which row triggers do not see).
PG_FUNCTION = "audit_entry_append_only"
PG_FUNCTION_SQL = (f"CREATE OR REPLACE FUNCTION {PG_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS "
                   "$$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$")
PG_TRIGGERS = {
    "audit_entry_no_update": "BEFORE UPDATE ON audit_entry FOR EACH ROW",
    "audit_entry_no_delete": "BEFORE DELETE ON audit_entry FOR EACH ROW",
    "audit_entry_no_truncate": "BEFORE TRUNCATE ON audit_entry FOR EACH STATEMENT",
}
_SELECT = "SELECT " + ", ".join(f'"{c}"' for c in CONTENT) + ", prev_hash, hash FROM audit_entry"


# ------------------------------------------------------------------------------ serialisation

def _instant(value: Any) -> str:
    """An instant as ``YYYY-MM-DDTHH:MM:SS.ffffffZ``, whether it comes as an aware datetime (the
    ORM), a naive UTC datetime (a server driver) or SQLite's stored text."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if not isinstance(value, datetime):
        raise ValueError(f"not an instant: {value!r}")
    if value.tzinfo is not None:
        value = value.astimezone(timezone.utc).replace(tzinfo=None)
    return value.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def canonical(entry: Mapping[str, Any]) -> str:
    """The entry's content as one fixed text: JSON with sorted keys, no spaces, UTF-8 as is.

    ``before``/``after`` are the decoded JSON values (as read back from the database), so the
    text does not depend on how a driver or an older Deskmate spaced the stored JSON."""
    doc = {
        "at": _instant(entry["at"]),
        "user_id": None if entry["user_id"] is None else int(entry["user_id"]),
        "username": str(entry["username"]),
        "area": str(entry["area"]),
        "action": str(entry["action"]),
        "entity": str(entry["entity"]),
        "entity_id": None if entry["entity_id"] is None else str(entry["entity_id"]),
        "summary": "" if entry["summary"] is None else str(entry["summary"]),
        "before": entry["before"],
        "after": entry["after"],
        "machine_drafted": bool(entry["machine_drafted"]),
    }
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def entry_hash(prev_hash: str, entry: Mapping[str, Any]) -> str:
    return hashlib.sha256(f"{prev_hash}\n{canonical(entry)}".encode("utf-8")).hexdigest()


def _decoded(row: Mapping[str, Any]) -> dict[str, Any]:
    """A stored row with before/after decoded from their JSON text."""
    out = dict(row)
    for key in ("before", "after"):
        raw = out.get(key)
        out[key] = json.loads(raw) if isinstance(raw, str) else raw
    return out


# ------------------------------------------------------------------------- plain connections

def _run(conn: Any, sql: str, params: Mapping[str, Any] | None = None) -> Any:
    """Execute on a ``sqlite3`` connection or an SQLAlchemy ``Connection`` (named parameters)."""
    if isinstance(conn, sqlite3.Connection):
        return conn.execute(sql, dict(params or {}))
    from sqlalchemy import text
    return conn.execute(text(sql), dict(params or {}))


def _dialect(conn: Any) -> str:
    return "sqlite" if isinstance(conn, sqlite3.Connection) else conn.dialect.name


def has_chain(conn: Any) -> bool:
    """Whether this database's audit log has the chain columns (older schemas do not)."""
    if _dialect(conn) == "sqlite":
        cols = {r[1] for r in _run(conn, "PRAGMA table_info(audit_entry)")}
    else:
        from sqlalchemy import inspect
        cols = {c["name"] for c in inspect(conn).get_columns("audit_entry")}
    return {"prev_hash", "hash"} <= cols


def _squash(sql: str | None) -> str:
    return " ".join((sql or "").split())


def missing_triggers(conn: Any) -> list[str]:
    """The append-only triggers that are not there, are disabled, or were replaced by something
    else under the same name (SQLite and PostgreSQL)."""
    dialect = _dialect(conn)
    if dialect == "postgresql":
        return _pg_missing_triggers(conn)
    if dialect != "sqlite":
        return []
    present = {r[0]: r[1] for r in _run(conn, "SELECT name, sql FROM sqlite_master WHERE type='trigger' "
                                              "AND tbl_name='audit_entry'")}
    return [t for t in TRIGGERS if _squash(present.get(t)) != _squash(TRIGGER_SQL[t])]


def pg_trigger_sql(name: str) -> str:
    return f"CREATE TRIGGER {name} {PG_TRIGGERS[name]} EXECUTE FUNCTION {PG_FUNCTION}()"


def _pg_missing_triggers(conn: Any) -> list[str]:
    rows = _run(conn, "SELECT t.tgname, t.tgenabled, pg_get_triggerdef(t.oid), p.prosrc FROM pg_trigger t "
                      "JOIN pg_proc p ON p.oid = t.tgfoid WHERE t.tgrelid = 'audit_entry'::regclass "
                      "AND NOT t.tgisinternal").fetchall()
    present = {r[0]: (r[1], _squash(r[2]).replace("public.", ""), _squash(r[3])) for r in rows}
    body = _squash("BEGIN RAISE EXCEPTION 'the audit log is append-only'; END")
    missing = []
    for name in PG_TRIGGERS:
        got = present.get(name)
        if got is None or got[0] == "D" or got[1] != _squash(pg_trigger_sql(name)) or got[2] != body:
            missing.append(name)
    return missing


def create_triggers(conn: Any) -> None:
    """Put the append-only triggers (back) in place, replacing altered ones of the same name."""
    if _dialect(conn) == "postgresql":
        missing = missing_triggers(conn)
        if missing:
            _run(conn, PG_FUNCTION_SQL)
        for name in missing:
            _run(conn, f"DROP TRIGGER IF EXISTS {name} ON audit_entry")
            _run(conn, pg_trigger_sql(name))
        return
    for name in missing_triggers(conn):
        _run(conn, f"DROP TRIGGER IF EXISTS {name}")
        _run(conn, TRIGGER_SQL[name])


def lift_triggers(conn: Any) -> None:
    """Remove the append-only triggers for a deliberate rewrite inside the caller's transaction
    (:func:`rehash_chain`, forced restores); :func:`create_triggers` puts them back before it ends."""
    if _dialect(conn) == "postgresql":
        for name in PG_TRIGGERS:
            _run(conn, f"DROP TRIGGER IF EXISTS {name} ON audit_entry")
        return
    for name in TRIGGERS:
        _run(conn, f"DROP TRIGGER IF EXISTS {name}")


def _rows(conn: Any, where: str = "", params: Mapping[str, Any] | None = None,
          batch: int = 2000) -> Iterator[dict[str, Any]]:
    """Entries in id order, read in batches by id (no long-lived cursor on a changing table)."""
    names = (*CONTENT, "prev_hash", "hash")
    last = None
    while True:
        cond = [f"({where})"] if where else []
        if last is not None:
            cond.append("id > :_after")
        sql = _SELECT + (" WHERE " + " AND ".join(cond) if cond else "") + f" ORDER BY id LIMIT {batch}"
        chunk = list(_run(conn, sql, {**(params or {}), **({"_after": last} if last is not None else {})}))
        for r in chunk:
            yield _decoded(dict(zip(names, tuple(r))))
        if len(chunk) < batch:
            return
        last = chunk[-1][0]


def tail(conn: Any) -> tuple[int, str]:
    """(id, hash) of the newest entry, or (0, GENESIS) for an empty log."""
    row = _run(conn, "SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()
    if row is None:
        return 0, GENESIS
    return int(row[0]), (row[1] or GENESIS)


def rehash_chain(conn: Any, from_id: int | None = None) -> int:
    """Recompute ``prev_hash``/``hash`` of every entry (from ``from_id`` on), in id order.

    For migrations that add the chain or change stored entries on purpose (e.g. redacting a
    secret): the append-only triggers are lifted for the rewrite and put back before returning,
    all inside the caller's transaction, so no other writer ever sees the log unprotected.
    Returns how many entries were rewritten."""
    protected = _dialect(conn) == "sqlite" or (_dialect(conn) == "postgresql" and _pg_has_function(conn))
    if protected:
        lift_triggers(conn)
    prev = GENESIS
    if from_id is not None:
        row = _run(conn, "SELECT hash FROM audit_entry WHERE id < :i ORDER BY id DESC LIMIT 1",
                   {"i": from_id}).fetchone()
        prev = (row[0] if row else None) or GENESIS
    n = 0
    updates: list[dict[str, Any]] = []
    where, params = ("id >= :_from", {"_from": from_id}) if from_id is not None else ("", {})
    for entry in _rows(conn, where, params):
        h = entry_hash(prev, entry)
        if entry["prev_hash"] != prev or entry["hash"] != h:
            updates.append({"i": entry["id"], "p": prev, "h": h})
        prev = h
        n += 1
        if len(updates) >= 2000:
            _flush_updates(conn, updates)
    _flush_updates(conn, updates)
    if protected:
        create_triggers(conn)
    return n


def _pg_has_function(conn: Any) -> bool:
    """Whether this PostgreSQL database has had its append-only triggers (kernel_0006 on); an
    older one gets them from that migration, not from a rehash before it."""
    return _run(conn, "SELECT 1 FROM pg_proc WHERE proname = :n", {"n": PG_FUNCTION}).fetchone() is not None


def _flush_updates(conn: Any, updates: list[dict[str, Any]]) -> None:
    # After the reading batch that produced them: updating rows already read is safe.
    sql = "UPDATE audit_entry SET prev_hash = :p, hash = :h WHERE id = :i"
    if isinstance(conn, sqlite3.Connection):
        conn.executemany(sql, updates)
    elif updates:
        from sqlalchemy import text
        conn.execute(text(sql), updates)
    updates.clear()


# -------------------------------------------------------------------------------- verifying

@dataclass(frozen=True)
class ChainBreak:
    """One place where the chain does not hold. ``entry_id`` is the first entry that fails."""
    entry_id: int
    kind: str            # "changed", "removed", "reordered", "unhashed"
    message: str


@dataclass(frozen=True)
class ChainReport:
    entries: int
    head_id: int | None
    head_hash: str | None
    breaks: tuple[ChainBreak, ...] = ()
    #: Breaks a person accepted by a forced restore (entry id of that restore -> break entry ids).
    accepted: tuple[tuple[int, int], ...] = field(default=())
    available: bool = True

    @property
    def unaccepted(self) -> tuple[ChainBreak, ...]:
        done = {b for b, _r in self.accepted}
        return tuple(b for b in self.breaks if b.entry_id not in done)

    @property
    def intact(self) -> bool:
        return not self.breaks

    def summary(self) -> str:
        """One line for ``check`` and the audit page."""
        from core.kernel.i18n import _, ngettext
        if not self.available:
            return _("not available (this database's schema predates the audit chain)")
        if self.entries == 0:
            return _("intact (no entries yet)")
        if not self.breaks:
            return ngettext("intact: {n} entry verified, newest #{id}", "intact: {n} entries verified, newest #{id}",
                            self.entries).format(n=self.entries, id=self.head_id)
        bad = self.unaccepted
        if not bad:
            notes = ", ".join(_("#{id} (accepted by the forced restore in entry #{entry})").format(id=b, entry=r)
                              for b, r in self.accepted)
            return ngettext("intact since the forced restore: {n} entry; known breaks at {notes}",
                            "intact since the forced restore: {n} entries; known breaks at {notes}",
                            self.entries).format(n=self.entries, notes=notes)
        if len(bad) > 1:
            return ngettext("BROKEN: {problem} ({n} more break after it)", "BROKEN: {problem} ({n} more breaks after it)",
                            len(bad) - 1).format(problem=bad[0].message, n=len(bad) - 1)
        return _("BROKEN: {problem}").format(problem=bad[0].message)


def verify(conn: Any) -> ChainReport:
    """Walk the whole log in id order and report every place the chain breaks.

    An entry whose own hash does not match its content was changed; an entry whose ``prev_hash``
    is not the previous entry's hash follows an entry that is missing (removed) or elsewhere in
    the log (reordered). After a break the walk carries on from the stored values, so a second,
    later break is reported too."""
    if not has_chain(conn):
        n = _run(conn, "SELECT count(*) FROM audit_entry").fetchone()[0]
        return ChainReport(entries=int(n), head_id=None, head_hash=None, available=False)
    breaks: list[ChainBreak] = []
    acks: list[tuple[int, frozenset[int]]] = []
    prev_hash, prev_id, n = GENESIS, None, 0
    head_id: int | None = None
    for e in _rows(conn):
        n += 1
        head_id = e["id"]
        if not e["hash"] or not e["prev_hash"]:
            breaks.append(ChainBreak(e["id"], "unhashed", f"entry #{e['id']} has no chain hash: it was added "
                                     "outside Deskmate (or its hash was erased)"))
            prev_hash, prev_id = e["hash"] or GENESIS, e["id"]
            continue
        if entry_hash(e["prev_hash"], e) != e["hash"]:
            breaks.append(ChainBreak(e["id"], "changed", f"entry #{e['id']} was changed after it was written "
                                     "(its content no longer matches its hash)"))
        elif e["prev_hash"] != prev_hash:
            breaks.append(_link_break(conn, e, prev_id))
        if isinstance(e["after"], dict) and e["area"] == "backup" and e["action"] == "restore" \
                and e["after"].get("forced"):
            acks.append((e["id"], frozenset(int(i) for i in e["after"].get("chain_breaks") or ())))
        prev_hash, prev_id = e["hash"], e["id"]
    accepted = tuple((b.entry_id, rid) for b in breaks for rid, ids in acks
                     if b.entry_id in ids and rid > b.entry_id)
    seen: set[int] = set()
    accepted = tuple(a for a in accepted if not (a[0] in seen or seen.add(a[0])))
    return ChainReport(entries=n, head_id=head_id, head_hash=prev_hash if n else None,
                       breaks=tuple(breaks), accepted=accepted)


def _link_break(conn: Any, e: Mapping[str, Any], prev_id: int | None) -> ChainBreak:
    """Entry ``e`` is intact but does not follow the entry before it: say which way it broke."""
    after = f"entry #{prev_id}" if prev_id is not None else "the start of the log"
    if e["prev_hash"] == GENESIS:
        return ChainBreak(e["id"], "removed", f"entry #{e['id']} was the first entry but now follows {after}: "
                          "entries were inserted before it or the log was reordered")
    row = _run(conn, "SELECT id FROM audit_entry WHERE hash = :h", {"h": e["prev_hash"]}).fetchone()
    if row is not None:
        return ChainBreak(e["id"], "reordered", f"entry #{e['id']} should follow entry #{row[0]} but follows "
                          f"{after}: the log was reordered")
    if prev_id is None:
        return ChainBreak(e["id"], "removed", f"entries before #{e['id']} were removed (it was not the first "
                          "entry of the log)")
    if e["id"] - prev_id > 1:
        return ChainBreak(e["id"], "removed", f"entries between #{prev_id} and #{e['id']} were removed "
                          f"(entry #{e['id']} no longer follows {after})")
    return ChainBreak(e["id"], "changed", f"the chain breaks between #{prev_id} and #{e['id']}: entry #{prev_id} "
                      "was changed and its hash recomputed, or the entry before #"
                      f"{e['id']} was replaced")


def compare(live: Any, other: Any, other_name: str = "the backup") -> tuple[int, str | None]:
    """Whether every entry of ``other`` (a backup, ideally one kept off-site) is still in ``live``
    with the same hash: (entries compared, the first difference or None).

    This is what the chain alone cannot show: someone who rewrote the whole live chain, or removed
    its newest entries, leaves a live log that no longer contains the copy's entries unchanged."""
    if not has_chain(other):
        return 0, f"{other_name} predates the audit chain: nothing to compare"
    return compare_entries(live, _entries_of(other), other_name)


def _entries_of(conn: Any) -> Iterator[tuple[int, str]]:
    last = 0
    while True:
        batch = [(int(r[0]), r[1]) for r in _run(
            conn, "SELECT id, hash FROM audit_entry WHERE id > :a ORDER BY id LIMIT 2000", {"a": last})]
        if not batch:
            return
        yield from batch
        last = batch[-1][0]


def compare_entries(live: Any, theirs: Iterable[tuple[int, str | None]],
                    other_name: str = "the backup") -> tuple[int, str | None]:
    """:func:`compare` with the other log given as its (id, hash) pairs in id order: what a
    ``pg_dump`` archive yields without being restored anywhere (:mod:`core.kernel.pg_storage`)."""
    if not has_chain(live):
        return 0, "this database predates the audit chain: nothing to compare"
    n = 0
    pending = iter(theirs)
    while True:
        batch = list(itertools.islice(pending, 2000))
        if not batch:
            return n, None
        ours = dict(tuple(r) for r in _run(live, "SELECT id, hash FROM audit_entry WHERE id >= :a AND id <= :b",
                                           {"a": batch[0][0], "b": batch[-1][0]}))
        for entry_id, h in batch:
            mine = ours.get(entry_id)
            if mine is None:
                return n, (f"entry #{entry_id} of {other_name} is missing from this database (removed, or "
                           "this database was restored from an older backup)")
            if mine != h:
                return n, (f"entry #{entry_id} differs from {other_name} (changed, or the history after it was "
                           "rewritten)")
            n += 1
