"""Generate the import header table for the docs from ``core.io.headers.SYNONYMS``.

    python scripts/import_headers.py            # print the Markdown table
    python scripts/import_headers.py --write    # replace the table in docs/sections/importing.md
    python scripts/import_headers.py --check    # exit 1 if the docs disagree with the code (tests run this)

The table sits between ``<!-- import-headers:start -->`` and ``<!-- import-headers:end -->`` so the
documentation and what the importers recognise cannot drift apart.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from core.io.headers import markdown_table as table  # noqa: E402

from doc_block import run  # noqa: E402

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


def main() -> int:
    return run(__doc__.splitlines()[0], "import_headers.py", DOC, START, END, markdown_table)


if __name__ == "__main__":
    sys.exit(main())
