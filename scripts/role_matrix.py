"""Generate the role matrix table for the docs from ``core.users.permissions.MATRIX``.

    python scripts/role_matrix.py            # print the Markdown table
    python scripts/role_matrix.py --write    # replace the table in README.md
    python scripts/role_matrix.py --check    # exit 1 if the docs disagree with the code (tests run this)

The table sits between ``<!-- role-matrix:start -->`` and ``<!-- role-matrix:end -->`` so docs and
enforcement cannot drift apart.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from core.kernel.actor import Role  # noqa: E402
from core.users.permissions import MATRIX, Perm  # noqa: E402

from doc_block import run  # noqa: E402

DOC = ROOT / "README.md"
START, END = "<!-- role-matrix:start -->", "<!-- role-matrix:end -->"
ORDER = (Role.OWNER, Role.STAFF, Role.BOOKKEEPER)


def markdown_table() -> str:
    head = "| Permission | " + " | ".join(r.value.capitalize() for r in ORDER) + " |"
    rule = "|---|" + "|".join(":-:" for _ in ORDER) + "|"
    rows = [f"| {p.value} | " + " | ".join("yes" if p in MATRIX[r] else "-" for r in ORDER) + " |"
            for p in Perm]
    return "\n".join([head, rule, *rows])


def main() -> int:
    return run(__doc__.splitlines()[0], "role_matrix.py", DOC, START, END, lambda: markdown_table() + "\n")


if __name__ == "__main__":
    sys.exit(main())
