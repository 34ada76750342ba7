"""Generate the import header table for the docs from ``core.io.headers.SYNONYMS``.

    python scripts/import_headers.py            # print the Markdown table
    python scripts/import_headers.py --write    # replace the table in docs/sections/importing.md
    python scripts/import_headers.py --check    # exit 1 if the docs disagree with the code (tests run this)

The table sits between ``<!-- import-headers:start -->`` and ``<!-- import-headers:end -->`` so the
documentation and what the importers recognise cannot drift apart.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.io.headers import markdown_table as table  # noqa: E402

DOC = ROOT / "docs" / "sections" / "importing.md"
START, END = "<!-- import-headers:start -->", "<!-- import-headers:end -->"


def labels() -> dict[str, dict[str, str]]:
    """Each field's label as its importer declares it."""
    from core.inventory.importers import SCHEMAS
    from core.invoicing.importer import SCHEMA
    schemas = {**SCHEMAS, SCHEMA.kind: SCHEMA}
    return {kind: {f.name: f.label for f in schema.fields} for kind, schema in schemas.items()}


def markdown_table() -> str:
    return table(labels())


def replaced(doc: str) -> str:
    if START not in doc or END not in doc:
        raise SystemExit(f"{DOC} has no {START} ... {END} block")
    before, _, rest = doc.partition(START)
    _, _, after = rest.partition(END)
    return f"{before}{START}\n{markdown_table()}{END}{after}"


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
            print(f"{DOC} is out of date: run python scripts/import_headers.py --write")
            return 1
        return 0
    DOC.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
