"""Generate the role matrix table for the docs from ``core.users.permissions.MATRIX``.

    python scripts/role_matrix.py            # print the Markdown table
    python scripts/role_matrix.py --write    # replace the table in README.md
    python scripts/role_matrix.py --check    # exit 1 if the docs disagree with the code (tests run this)

The table sits between ``<!-- role-matrix:start -->`` and ``<!-- role-matrix:end -->`` so docs and
enforcement cannot drift apart.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.kernel.actor import Role  # noqa: E402
from core.users.permissions import MATRIX, Perm  # noqa: E402

DOC = ROOT / "README.md"
START, END = "<!-- role-matrix:start -->", "<!-- role-matrix:end -->"
ORDER = (Role.OWNER, Role.STAFF, Role.BOOKKEEPER)


def markdown_table() -> str:
    head = "| Permission | " + " | ".join(r.value.capitalize() for r in ORDER) + " |"
    rule = "|---|" + "|".join(":-:" for _ in ORDER) + "|"
    rows = [f"| {p.value} | " + " | ".join("yes" if p in MATRIX[r] else "-" for r in ORDER) + " |"
            for p in Perm]
    return "\n".join([head, rule, *rows])


def replaced(doc: str) -> str:
    if START not in doc or END not in doc:
        raise SystemExit(f"{DOC} has no {START} ... {END} block")
    before, _, rest = doc.partition(START)
    _, _, after = rest.partition(END)
    return f"{before}{START}\n{markdown_table()}\n{END}{after}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    g = ap.add_mutually_exclusive_group()
    g.add_argument("--write", action="store_true")
    g.add_argument("--check", action="store_true")
    args = ap.parse_args()
    if not (args.write or args.check):
        print(markdown_table())
        return 0
    doc = DOC.read_text(encoding="utf-8")
    new = replaced(doc)
    if args.check:
        if new != doc:
            print(f"{DOC} is out of date: run python scripts/role_matrix.py --write")
            return 1
        return 0
    DOC.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
