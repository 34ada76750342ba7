"""The inventory commands from the command line."""
from __future__ import annotations

import json

from core.cli import run


def _run(data_dir, *args):
    return run(["--data-dir", str(data_dir), *args])


def test_import_list_policy_and_reorder_run(app, owner, data_dir, tmp_path, capsys):
    app.close()
    (tmp_path / "s.csv").write_text("Supplier,Lead time\nMill,2\n")
    (tmp_path / "p.csv").write_text("SKU,Name,Cost,Supplier,Pack\nT1,Tea,1.00,Mill,1\n")
    lines = ["Date,Item,Quantity"] + [f"2026-{m:02d}-{d:02d},Tea,{3 + d % 4}"
                                      for m in (9, 10, 11) for d in range(1, 29)]
    (tmp_path / "sales.csv").write_text("\n".join(lines) + "\n")
    (tmp_path / "bad.csv").write_text("Date,Item,Quantity\n2026-11-01,Tea,x\n")
    assert _run(data_dir, "import", "suppliers", str(tmp_path / "s.csv")) == 0
    assert _run(data_dir, "import", "products", str(tmp_path / "p.csv"), "--map", "pack_size=Pack") == 0
    assert _run(data_dir, "import", "sales", str(tmp_path / "sales.csv"), "--dry-run", "--json") == 0
    assert _run(data_dir, "import", "sales", str(tmp_path / "sales.csv")) == 0
    assert _run(data_dir, "import", "sales", str(tmp_path / "bad.csv")) == 1
    err = capsys.readouterr().err
    assert "bad.csv, row 2, column 'Quantity': 'x' is not a number" in err
    assert _run(data_dir, "inventory", "list", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["sku"] == "T1" and rows[0]["supplier"] == "Mill"
    assert _run(data_dir, "reorder", "policy", "--json") == 0
    pol = json.loads(capsys.readouterr().out)
    assert pol[0]["demand_class"] == "smooth" and pol[0]["reorder_point"] > 0
    assert _run(data_dir, "reorder", "run", "--as", "olivia") == 0
    assert "1 suggestion(s)" in capsys.readouterr().out
