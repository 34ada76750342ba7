"""Autogenerate a migration for one area's tables, on that area's own branch.

    python scripts/new_migration.py AREA "message"          # next revision on the area's branch
    python scripts/new_migration.py AREA "message" --first --depends-on kernel@head

Each area keeps a branch of its own (branch label = area name) so areas evolve independently;
the app upgrades to ``heads``. The comparison runs against a scratch database upgraded to heads.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from alembic import command  # noqa: E402

from core.kernel.db import Database  # noqa: E402
from core.kernel.storage import alembic_config, migrate, script_directory  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("area", help="area name; comma-separated for several (kernel,users)")
    ap.add_argument("message")
    ap.add_argument("--first", action="store_true", help="start the area's branch")
    ap.add_argument("--branch", help="branch label (default: first area name)")
    ap.add_argument("--depends-on", action="append", default=[])
    ap.add_argument("--rev-id", help="revision id (default: AREA_NNNN)")
    args = ap.parse_args()
    branch = args.branch or args.area.split(",")[0]
    os.environ["DESKMATE_MIGRATION_AREA"] = args.area
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/scratch.sqlite3"
        db = Database(url)
        if script_directory().get_heads():
            migrate(db, "heads")
        cfg = alembic_config(url)
        existing = [r for r in script_directory().walk_revisions() if branch in (r.branch_labels or ())
                    or r.revision.startswith(branch + "_")]
        rev_id = args.rev_id or f"{branch}_{len(existing) + 1:04d}"
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            if args.first:
                command.revision(cfg, message=args.message, autogenerate=True, rev_id=rev_id,
                                 head="base", branch_label=branch,
                                 depends_on=args.depends_on or None)
            else:
                command.revision(cfg, message=args.message, autogenerate=True, rev_id=rev_id,
                                 head=f"{branch}@head")
        db.dispose()


if __name__ == "__main__":
    main()
