"""The demo shop's invoice register reconciles, credit notes included (read back with openpyxl).

Core only, no widgets: it lives here to share the desktop tests' demo shop fixture."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from core.io.book_exports import export

sys.path.insert(0, str(Path(__file__).parents[1] / "core" / "invoicing"))
from test_register_reconciles import D0, D1, check_reconciles, money  # noqa: E402


@pytest.mark.slow      # builds the demo shop once per test process (about 10 s on a quiet machine)
def test_the_demo_register_reconciles_credit_notes_included(demo_app, tmp_path):
    owner = demo_app.users.by_name("owner").actor
    res = export(demo_app, owner, "register", D0, D1, tmp_path / "register.xlsx")
    rows, col = check_reconciles(res.path)
    notes = [r for r in rows if r[col["Type"]] == "credit note"]
    assert notes and all(money(r[col["Paid or credited"]]) == money(r[col["Gross"]]) < 0 for r in notes)
