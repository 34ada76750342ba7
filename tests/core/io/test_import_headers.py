"""Header synonyms: one table (core/io/headers.py) for every import kind, documented from it, and
every synonym — in any case, spacing or punctuation, in any column order — finds its field;
``--map`` wins over the table."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings, strategies as st

from core.inventory.importers import SCHEMAS
from core.invoicing.importer import SCHEMA as INVOICES
from core.io.headers import SYNONYMS
from core.io.tabular import map_columns, norm_header

ROOT = Path(__file__).resolve().parents[3]
ALL = {**SCHEMAS, INVOICES.kind: INVOICES}


def test_every_import_kind_takes_its_synonyms_from_the_one_table():
    assert set(ALL) == set(SYNONYMS)
    for kind, schema in ALL.items():
        assert [f.name for f in schema.fields] == list(SYNONYMS[kind]), kind
        for f in schema.fields:
            assert f.aliases == SYNONYMS[kind][f.name], (kind, f.name)


def test_a_header_names_at_most_one_field_of_a_kind():
    for kind, fields in SYNONYMS.items():
        owner: dict[str, str] = {}
        for name, headers in fields.items():
            for h in (name, *headers):
                n = norm_header(h)
                assert owner.setdefault(n, name) == name, f"{kind}: '{h}' means {owner[n]} and {name}"
            assert len({norm_header(h) for h in headers}) == len(headers), f"{kind}.{name} repeats a synonym"


def test_the_documented_table_is_generated_from_the_code():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "import_headers.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    doc = (ROOT / "docs" / "sections" / "importing.md").read_text(encoding="utf-8")
    assert "| `customer` — Customer | CustomerID, Customer, Client" in doc
    assert "sections/importing.md" in (ROOT / "README.md").read_text(encoding="utf-8")


def _spelled(header: str, style: int) -> str:
    """The same header as different exports spell it."""
    words = header.replace("-", " ").split()
    return [" ".join(words), "_".join(w.lower() for w in words), "".join(words).upper(),
            " ".join(w.capitalize() for w in words) + " ", "-".join(words)][style]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(ALL)), st.data())
def test_any_synonym_in_any_spelling_and_order_finds_its_field(kind, data):
    schema = ALL[kind]
    names = data.draw(st.lists(st.sampled_from([f.name for f in schema.fields]), unique=True, min_size=1))
    required = [f.name for f in schema.fields if f.required]
    group = next(iter(schema.one_of), ())
    names = list(dict.fromkeys(names + required + ([group[0]] if group and not set(group) & set(names) else [])))
    headers = [_spelled(data.draw(st.sampled_from(SYNONYMS[kind][n])), data.draw(st.integers(0, 4)))
               for n in names]
    order = data.draw(st.permutations(range(len(names))))
    cols = map_columns([headers[i] for i in order], schema, file="f.csv")
    assert cols == {names[i]: pos for pos, i in enumerate(order)}


def test_map_wins_over_the_table():
    headers = ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID",
               "Country"]
    assert map_columns(headers, INVOICES)["customer"] == 6
    cols = map_columns(headers, INVOICES, {"customer": "Country", "description": "StockCode"})
    assert cols["customer"] == 7 and cols["description"] == 1
    assert "item_code" not in cols               # its synonym's column went to --map's field
    sales = map_columns(headers, SCHEMAS["sales"], {"sku": "3"})
    assert sales["sku"] == 2 and "name" not in sales      # Description went to --map's sku

