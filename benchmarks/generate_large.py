"""Build a shop 20 times the demo shop, for start-up and scrolling benchmarks.

    .venv/bin/python benchmarks/generate_large.py [--scale 20] [--data-dir benchmarks/results/large]

The demo generator runs with ``ctx["scale"] = 20``. An area whose demo module declares
``SCALES = True`` builds the larger volume itself (believable data); for every other area the
rows its demo made are copied ``scale - 1`` more times with SQL ``INSERT ... SELECT``: ids are
shifted, foreign keys to copied tables follow their copy, unique text gets a ``-xN`` suffix. The
audit log is copied too, so every big table is 20x. Prints row counts and timings.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import Integer, String, Text, func, literal, select  # noqa: E402
from sqlalchemy.exc import IntegrityError  # noqa: E402

#: Tables that are configuration or identity, not volume: never copied.
KEEP_SINGLE_AREAS = {"users", "automation"}
KEEP_SINGLE_TABLES = {"setting", "user_account", "alembic_version"}


def table_areas() -> dict[str, str]:
    """table name -> area (from the module of the mapped class that owns it)."""
    from core.areas import load_models
    from core.kernel.db import Base

    load_models()
    out: dict[str, str] = {}
    for mapper in Base.registry.mappers:
        for table in mapper.tables:
            out.setdefault(table.name, mapper.class_.__module__.split(".")[1])
    return out


def replicate(app, copies: int, skip_areas: set[str]) -> dict[str, tuple[int, int]]:
    """Copy every volume table ``copies`` more times. Returns {table: (rows before, rows after)}."""
    from core.kernel.db import Base

    areas = table_areas()
    chosen = [t for t in Base.metadata.sorted_tables
              if t.name not in KEEP_SINGLE_TABLES and areas.get(t.name) not in KEEP_SINGLE_AREAS | skip_areas]
    chosen_names = {t.name for t in chosen}
    offsets: dict[str, int] = {}
    result: dict[str, tuple[int, int]] = {}
    with app.db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        if app.db.is_sqlite:
            raw.execute("PRAGMA foreign_keys=OFF")  # rows are copied parent-first; checked below
        for table in chosen:
            pk = list(table.primary_key.columns)
            own_id = pk[0] if len(pk) == 1 and isinstance(pk[0].type, Integer) and not pk[0].foreign_keys else None
            # A table keyed by its parents (e.g. daily sales by product and day) is copied along
            # with a copied parent: the original rows are those pointing at original parents.
            parent_key = next((c for c in pk for fk in c.foreign_keys
                               if fk.column.table.name in offsets), None) if own_id is None else None
            if own_id is None and parent_key is None:
                print(f"  skipped {table.name}: neither its own id nor a copied parent in its key")
                continue
            with conn.begin():
                before = conn.execute(select(func.count()).select_from(table)).scalar() or 0
                if own_id is not None:
                    top = conn.execute(select(func.max(own_id))).scalar() or 0
                    offsets[table.name] = top
                    originals = own_id <= top
                else:
                    top = 0
                    parent = next(iter(parent_key.foreign_keys)).column.table.name
                    originals = parent_key <= offsets[parent]
                if not before:
                    continue
                unique_cols = {c.name for c in table.columns if c.unique}
                for con in table.constraints:
                    cols = list(getattr(con, "columns", []))
                    if con.__class__.__name__ == "UniqueConstraint" and len(cols) == 1:
                        unique_cols.add(cols[0].name)
                for idx in table.indexes:
                    if idx.unique and len(idx.columns) == 1:
                        unique_cols.add(next(iter(idx.columns)).name)
                for k in range(1, copies + 1):
                    exprs = []
                    for col in table.columns:
                        fk_targets = [fk.column.table.name for fk in col.foreign_keys]
                        if own_id is not None and col is own_id:
                            exprs.append(col + k * top)
                        elif fk_targets and fk_targets[0] in chosen_names and fk_targets[0] in offsets:
                            exprs.append(col + k * offsets[fk_targets[0]])
                        elif col.name in unique_cols and isinstance(col.type, (String, Text)):
                            exprs.append(col + literal(f"-x{k}"))
                        elif col.name in unique_cols and isinstance(col.type, Integer):
                            exprs.append(col + k * (top + 1))
                        else:
                            exprs.append(col)
                    try:
                        conn.execute(table.insert().from_select(
                            [c.name for c in table.columns],
                            select(*exprs).where(originals)))
                    except IntegrityError as exc:
                        print(f"  {table.name}: copy {k} refused ({str(exc.orig).splitlines()[0]}); "
                              "kept what was copied")
                        break
                after = conn.execute(select(func.count()).select_from(table)).scalar() or 0
                result[table.name] = (before, after)
        # Copies were inserted with their ids: a server's id sequences must move past them.
        from core.move import advance_sequences
        with conn.begin():
            advance_sequences(conn, [t for t in chosen if t.name in result])
        if "audit_entry" in result:
            # The copies are new entries: give them their links in the audit chain (check verifies it).
            from core.kernel.audit_chain import rehash_chain
            with conn.begin():
                rehash_chain(conn, from_id=offsets.get("audit_entry", 0) + 1)
        if app.db.is_sqlite:
            bad = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            conn.rollback()
            raw.execute("PRAGMA foreign_keys=ON")
            if bad:
                print(f"  warning: {len(bad)} broken references after copying, first {bad[0]}")
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=int, default=20)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--data-dir", default=str(ROOT / "benchmarks" / "results" / "large"))
    args = ap.parse_args()

    from core.app import Deskmate
    from core.areas import area_modules
    from core.demo import build_demo

    data = Path(args.data_dir)
    if data.exists():
        shutil.rmtree(data)
    t0 = time.perf_counter()
    app = Deskmate.open(data)
    timings: dict[str, float] = {}
    summary = build_demo(app, seed=args.seed, scale=args.scale, timings=timings)
    t1 = time.perf_counter()
    print(f"demo generator (scale {args.scale}) in {t1 - t0:.1f} s: {summary}")
    for area, secs in timings.items():
        print(f"  {area:<12} {secs:6.1f} s")
    self_scaling = {m.__name__.split(".")[1] for m in area_modules("demo") if getattr(m, "SCALES", False)}
    counts = replicate(app, args.scale - 1, self_scaling)
    app.close()  # the last connection closing checkpoints the WAL into the file
    t2 = time.perf_counter()
    print(f"copied to {args.scale}x in {t2 - t1:.1f} s (areas scaling themselves: "
          f"{', '.join(sorted(self_scaling)) or 'none'})")
    for name, (before, after) in sorted(counts.items(), key=lambda kv: -kv[1][1]):
        print(f"  {name:<28} {before:>9,} -> {after:>10,}")
    size = (data / "deskmate.sqlite3").stat().st_size
    print(f"database {data / 'deskmate.sqlite3'}: {size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
