"""The reports' aggregates of the stock ledger: each product's closing stock on the days its ledger
moved (``stock_closing``), and per product and week its net units sold and the stock at the week's
end (``product_week``).

Why: the stock report asks "how much was on the shelf at each week's end, and how many days was it
sold out?" for every product over two periods, and the sales report "how much sold each week?".
Summing the ledger for that read every movement of both periods (1.4 million rows on the 20× shop:
seconds). Now a week's end is one read of ``product_week`` by week (its primary key), the level on
any other day one seek per product (the newest ``stock_closing`` row on or before it), and the
stockout days between two dates the difference of two such reads (``out_days`` counts them).

Both tables are written by :func:`apply_moves`, which ``ledger.post`` calls in the same unit of
work as the movements, so they can never disagree with the ledger; a backdated movement rewrites
every later day and week of its product. :func:`verify` recomputes them from the ledger and
``sales_daily`` and names any disagreement; :func:`rebuild` rewrites them (the migration that made
them backfills with it; ``deskmate inventory history [--rebuild]`` runs both).

Quantities are handled here as the scaled integers they are stored as (``ledger.SCALE``), so the
running sums are exact and need no Decimal arithmetic per row.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import Date, bindparam, text
from sqlalchemy.engine import Connection

from core.kernel.rawsql import as_date, fetch, marks, raw_connection as _raw

SCALE = 10_000           # the Quantity() scale (core.inventory.ledger.SCALE)
IN_CHUNK = 500           # product ids per IN (...) list


@dataclass(frozen=True)
class Closing:
    """A product's stock at the end of ``day`` (scaled) and its stockout days before that day."""

    day: date
    closing: int
    out_days: int

    def out_through(self, day: date) -> int:
        """Stockout days from the product's first movement up to and including ``day`` (on or
        after this row's day, before the next row's)."""
        return self.out_days + ((day - self.day).days + 1 if self.closing <= 0 else 0)


@lru_cache(maxsize=8192)
def monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


@lru_cache(maxsize=8192)
def sunday(d: date) -> date:
    return d + timedelta(days=6 - d.weekday())


@lru_cache(maxsize=8192)
def _from_ordinal(o: int) -> date:
    return date.fromordinal(o)


@lru_cache(maxsize=8192)
def _iso(d: date) -> str:
    return d.isoformat()


def _write(conn: Connection, sql: str, rows: list[tuple[Any, ...]], day_at: int) -> None:
    """``executemany`` of ``sql`` (``?`` placeholders) over ``rows`` (a date at ``day_at``): raw on SQLite."""
    if not rows:
        return
    raw = _raw(conn)
    if raw is not None:
        cur = raw.cursor()
        try:
            cur.executemany(sql, [(*r[:day_at], _iso(r[day_at]), *r[day_at + 1:]) for r in rows])
        finally:
            cur.close()
        return
    names = [f"p{i}" for i in range(len(rows[0]))]
    parts = sql.split("?")
    stmt = text("".join(a + (f":{n}" if n else "") for a, n in zip(parts, [*names, ""])))
    stmt = stmt.bindparams(*(bindparam(n, type_=Date) for n, v in zip(names, rows[0]) if isinstance(v, date)))
    conn.execute(stmt, [dict(zip(names, r)) for r in rows])


def chain(before: Closing | None, own: dict[date, int]) -> list[Closing]:
    """The rows from the movements of each day (``own``: the net change per day, 0 for a day whose
    movements do not count), continuing from ``before``. Pure, so the property tests call it."""
    out = []
    level = before.closing if before else 0
    days_out = before.out_days if before else 0
    last = before.day if before else None
    for d in sorted(own):
        if last is not None and level <= 0:
            days_out += (d - last).days
        level += own[d]
        out.append(Closing(d, level, days_out))
        last = d
    return out


def week_ends(rows: list[Closing]) -> dict[date, tuple[int, int]]:
    """Per week (its Monday) holding any of ``rows`` (in day order): the stock at the end of its
    Sunday and the stockout days through that Sunday."""
    out = {}
    for r in rows:
        out[monday(r.day)] = (r.closing, r.out_through(sunday(r.day)))
    return out


def _chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    ids = sorted(set(ids))
    for i in range(0, len(ids), IN_CHUNK):
        yield ids[i:i + IN_CHUNK]


CLOSING_UPSERT = ("INSERT INTO stock_closing (product_id, day, closing, out_days) VALUES (?, ?, ?, ?) "
                  "ON CONFLICT (product_id, day) DO UPDATE SET closing = excluded.closing, out_days = excluded.out_days")
WEEK_UPSERT = ("INSERT INTO product_week (week, product_id, sold, closing, out_days) VALUES (?, ?, ?, ?, ?) "
               "ON CONFLICT (week, product_id) DO UPDATE SET sold = product_week.sold + excluded.sold, "
               "closing = excluded.closing, out_days = excluded.out_days")
SOLD_UPSERT = ("INSERT INTO product_week (week, product_id, sold, closing, out_days) VALUES (?, ?, ?, 0, 0) "
               "ON CONFLICT (week, product_id) DO UPDATE SET sold = product_week.sold + excluded.sold")

#: Each product's newest row meeting a condition on ``m.day`` (completed by the caller): products
#: first (CROSS JOIN keeps SQLite from scanning every row), one seek on the primary key per product.
NEWEST = ("SELECT c.product_id, c.day, c.closing, c.out_days FROM product p CROSS JOIN stock_closing c "
          "WHERE c.product_id = p.id AND c.day = (SELECT MAX(m.day) FROM stock_closing m WHERE m.product_id = p.id AND")


def _rows_from(conn: Connection, ids: list[int], first: date) -> dict[int, tuple[Closing | None, list[Closing]]]:
    """Per product: its newest row before ``first`` and its rows from ``first`` on."""
    out: dict[int, tuple[Closing | None, list[Closing]]] = {}
    for part in _chunks(ids):
        later: dict[int, list[Closing]] = defaultdict(list)
        for pid, d, c, o in fetch(conn, "SELECT product_id, day, closing, out_days FROM stock_closing WHERE "
                                        f"product_id IN ({marks(part)}) AND day >= ? ORDER BY product_id, day",
                                  [*part, first]):
            later[pid].append(Closing(as_date(d), int(c), int(o)))
        before = {pid: Closing(as_date(d), int(c), int(o)) for pid, d, c, o in fetch(
            conn, f"{NEWEST} m.day < ?) AND p.id IN ({marks(part)})", [first, *part])}
        for pid in part:
            out[pid] = (before.get(pid), later.get(pid, []))
    return out


def apply_moves(conn: Connection, moves: dict[int, dict[date, int]],
                sold: dict[tuple[int, date], int] | None = None) -> None:
    """Fold new ledger movements into both tables: ``moves[product][day]`` is the scaled net change
    of on-hand they make that day (0 for movements that do not count, which still mark the product
    as stocked from that day); ``sold[(product, day)]`` the net units sold among them (scaled).
    Every later day and week of a product moved on a past day is rewritten."""
    moves = {pid: days for pid, days in moves.items() if days}
    if not moves:
        return
    first = min(min(days) for days in moves.values())
    current = _rows_from(conn, list(moves), first)
    sold_weeks: dict[tuple[int, date], int] = defaultdict(int)
    for (pid, d), q in (sold or {}).items():
        sold_weeks[(pid, monday(d))] += q
    closings: list[tuple[Any, ...]] = []
    weeks: list[tuple[Any, ...]] = []
    for pid, new in moves.items():
        start = min(new)
        before, later = current[pid]
        old: set[tuple[date, int, int]] = set()
        if later:
            keep = [r for r in later if r.day < start]
            after = [r for r in later if r.day >= start]
            if keep:
                before = keep[-1]
            own: dict[date, int] = {}
            prev = before.closing if before else 0
            for r in after:
                own[r.day] = r.closing - prev
                prev = r.closing
                old.add((r.day, r.closing, r.out_days))
            for d, q in new.items():
                own[d] = own.get(d, 0) + q
        else:
            own = new
        # chain() and week_ends() in one pass, on day ordinals (imports fold in ~20,000 days a post)
        level = before.closing if before else 0
        days_out = before.out_days if before else 0
        last = before.day.toordinal() if before else None
        ends: dict[int, tuple[int, int, int]] = {}
        for d in sorted(own):
            o = d.toordinal()
            if last is not None and level <= 0:
                days_out += o - last
            level += own[d]
            if not old or (d, level, days_out) not in old:
                closings.append((pid, d, level, days_out))
            last = o
            ends[o - (o - 1) % 7] = (level, days_out, o)        # ordinal 1 (1 January of year 1) is a Monday
        for mo, (c, n_out, o) in ends.items():
            w = _from_ordinal(mo)
            weeks.append((w, pid, sold_weeks.pop((pid, w), 0), c, n_out + (mo + 7 - o if c <= 0 else 0)))
    closings.sort(key=lambda r: (r[0], r[1]))       # in key order: the b-trees fill page by page
    weeks.sort(key=lambda r: (r[0], r[1]))
    _write(conn, CLOSING_UPSERT, closings, 1)
    _write(conn, WEEK_UPSERT, weeks, 0)
    _write(conn, SOLD_UPSERT, [(w, pid, q) for (pid, w), q in sold_weeks.items()], 0)   # none from post


# ---------------------------------------------------------------------- from the ledger
def ledger_days(conn: Connection, ids: list[int] | None = None) -> Iterator[tuple[int, dict[date, int]]]:
    """Per product (in id order), the net counting change of each day its ledger has a movement."""
    where = "" if ids is None else f"WHERE product_id IN ({', '.join(str(int(i)) for i in ids)}) "
    pid_now: int | None = None
    days: dict[date, int] = {}
    for pid, d, q in fetch(conn, "SELECT product_id, day, SUM(CASE WHEN counts THEN quantity ELSE 0 END) "
                                 f"FROM stock_movement {where}GROUP BY product_id, day ORDER BY product_id, day", []):
        if pid != pid_now:
            if pid_now is not None:
                yield pid_now, days
            pid_now, days = pid, {}
        days[as_date(d)] = int(q or 0)
    if pid_now is not None:
        yield pid_now, days


def expected_closings(conn: Connection, ids: list[int] | None = None) -> Iterator[tuple[int, list[Closing]]]:
    for pid, days in ledger_days(conn, ids):
        yield pid, chain(None, days)


def _sold_weeks(conn: Connection) -> dict[tuple[int, date], int]:
    out: dict[tuple[int, date], int] = defaultdict(int)
    for pid, d, q in fetch(conn, "SELECT product_id, day, quantity FROM sales_daily", []):
        out[(pid, monday(as_date(d)))] += int(q)
    return out


def expected_weeks(conn: Connection) -> dict[tuple[int, date], tuple[int, int, int]]:
    """(product, Monday) -> (units sold, stock at the Sunday, stockout days through it), as the
    ledger and the daily sales give them."""
    sold = _sold_weeks(conn)
    out: dict[tuple[int, date], tuple[int, int, int]] = {}
    for pid, rows in expected_closings(conn):
        for w, (c, o) in week_ends(rows).items():
            out[(pid, w)] = (sold.pop((pid, w), 0), c, o)
    for key, q in sold.items():       # sales in a week without a movement: only if written outside the ledger
        out[key] = (q, 0, 0)
    return out


def stored_closings(conn: Connection, ids: list[int] | None = None) -> Iterator[tuple[int, list[Closing]]]:
    where = "" if ids is None else f"WHERE product_id IN ({', '.join(str(int(i)) for i in ids)}) "
    pid_now: int | None = None
    rows: list[Closing] = []
    for pid, d, c, o in fetch(conn, f"SELECT product_id, day, closing, out_days FROM stock_closing {where}"
                                    "ORDER BY product_id, day", []):
        if pid != pid_now:
            if pid_now is not None:
                yield pid_now, rows
            pid_now, rows = pid, []
        rows.append(Closing(as_date(d), int(c), int(o)))
    if pid_now is not None:
        yield pid_now, rows


@dataclass(frozen=True)
class Disagreement:
    """A product whose stored aggregate differs from what its ledger (or daily sales) gives."""

    product_id: int
    table: str               # stock_closing | product_week
    day: date | None         # the first day (or week's Monday) that differs
    stored: int | None       # scaled closing (product_week: units sold where those differ)
    expected: int | None     # scaled


def _first_difference(stored: list[Closing], expected: list[Closing]) -> tuple[date | None, int | None, int | None]:
    for a, b in zip(stored, expected):
        if a != b:
            day = min(a.day, b.day)
            return day, a.closing if a.day == day else None, b.closing if b.day == day else None
    longer = stored[len(expected):] or expected[len(stored):]
    if not longer:
        return None, None, None
    r = longer[0]
    return (r.day, r.closing, None) if len(stored) > len(expected) else (r.day, None, r.closing)


def verify(conn: Connection) -> list[Disagreement]:
    """Every product whose stored closings or weeks differ from its ledger's; [] when all agree."""
    out = []
    stored = dict(stored_closings(conn))
    for pid, expected in expected_closings(conn):
        rows = stored.pop(pid, [])
        day, a, b = _first_difference(rows, expected)
        if day is not None:
            out.append(Disagreement(pid, "stock_closing", day, a, b))
    for pid, rows in stored.items():          # rows for a product whose ledger is empty
        if rows:
            out.append(Disagreement(pid, "stock_closing", rows[0].day, rows[0].closing, None))
    want = expected_weeks(conn)
    have = {(pid, as_date(w)): (int(q), int(c), int(o)) for w, pid, q, c, o in fetch(
        conn, "SELECT week, product_id, sold, closing, out_days FROM product_week", [])}
    wrong: dict[int, tuple[date, int | None, int | None]] = {}
    for key in set(want) | set(have):
        got, should = have.get(key), want.get(key)
        if got != should:
            pid, week = key
            i = 0 if got and should and got[0] != should[0] else 1
            if pid not in wrong or week < wrong[pid][0]:
                wrong[pid] = (week, got[i] if got else None, should[i] if should else None)
    out += [Disagreement(pid, "product_week", w, a, b) for pid, (w, a, b) in wrong.items()]
    return sorted(out, key=lambda x: (x.product_id, x.table))


def rebuild(conn: Connection) -> tuple[int, int]:
    """Rewrite both tables from the ledger and the daily sales. Returns (closing rows, week rows)."""
    conn.execute(text("DELETE FROM stock_closing"))
    conn.execute(text("DELETE FROM product_week"))
    n_closing = 0
    batch: list[tuple[Any, ...]] = []
    for pid, rows in expected_closings(conn):
        batch += [(pid, r.day, r.closing, r.out_days) for r in rows]
        if len(batch) >= 50_000:
            _write(conn, CLOSING_UPSERT, batch, 1)
            n_closing += len(batch)
            batch = []
    _write(conn, CLOSING_UPSERT, batch, 1)
    n_closing += len(batch)
    weeks = expected_weeks(conn)
    _write(conn, WEEK_UPSERT, [(w, pid, q, c, o) for (pid, w), (q, c, o) in sorted(weeks.items(), key=lambda kv: (kv[0][1], kv[0][0]))], 0)
    return n_closing, len(weeks)


# ---------------------------------------------------------------------- what the reports read
def levels_at(conn: Connection, days: Iterable[date], moved: Iterable[int]) -> dict[date, dict[int, tuple[int, int]]]:
    """For each of ``days``: product -> (its stock at the end of that day, scaled; its stockout days
    from its first movement through that day), for the products of ``moved`` (those with any row)
    that had moved by then. A Sunday reads the products that moved that week from ``product_week``
    by its key; the others, and any other day, are sought one by one on ``stock_closing``'s key."""
    days = sorted(set(days))
    out: dict[date, dict[int, tuple[int, int]]] = {d: {} for d in days}
    ends = {_iso(monday(d)): out[d] for d in days if d.weekday() == 6}
    if ends:
        for w, pid, c, o in fetch(conn, "SELECT week, product_id, closing, out_days FROM product_week "
                                        f"WHERE week IN ({marks(ends)})", list(ends)):
            ends[w if isinstance(w, str) else _iso(w)][pid] = (int(c), int(o))
    moved = set(moved)
    for day in days:
        missing = moved - set(out[day])
        at = out[day]
        for part in _chunks(missing):
            for pid, d, c, o in fetch(conn, f"{NEWEST} m.day <= ?) AND p.id IN ({marks(part)})", [day, *part]):
                r = Closing(as_date(d), int(c), int(o))
                at[pid] = (r.closing, r.out_through(day))
    return out


def last_closings(conn: Connection) -> dict[int, int]:
    """Every product's newest closing (scaled): the sum of all its counting movements."""
    return {pid: int(c) for pid, _d, c, _o in fetch(conn, f"{NEWEST} 1 = 1)", [])}


def weekly_sold(conn: Connection, weeks: dict[date, int]) -> list[tuple[int, int, int]]:
    """(product, the week's index in ``weeks`` — Monday -> index —, units sold scaled) of the
    given weeks, by ``product_week``'s key."""
    if not weeks:
        return []
    index: dict[Any, int] = {**weeks, **{_iso(w): i for w, i in weeks.items()}}     # as either driver returns it
    return [(pid, index[w], q) for w, pid, q in fetch(
        conn, f"SELECT week, product_id, sold FROM product_week WHERE week IN ({marks(weeks)})", list(weeks))]


def closings_between(conn: Connection, ids: list[int], first: date, last: date) -> dict[int, tuple[Closing | None, list[Closing]]]:
    """Per product, its newest row before ``first`` and its rows from ``first`` to ``last``."""
    found = _rows_from(conn, ids, first)
    return {pid: (before, [r for r in rows if r.day <= last]) for pid, (before, rows) in found.items()}
