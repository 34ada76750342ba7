"""The inventory commands from the command line."""
from __future__ import annotations

import json

from core.cli import run


def _run(data_dir, *args):
    return run(["--data-dir", str(data_dir), *args])


def test_import_list_policy_and_reorder_run(app, owner, data_dir, tmp_path, capsys, cli_login):
    app.close()
    cli_login("olivia")
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
    assert "bad.csv: 1 row cannot be imported, first at row 2, column 'Quantity': 'x' is not a number" in err
    assert _run(data_dir, "inventory", "list", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["sku"] == "T1" and rows[0]["supplier"] == "Mill"
    assert _run(data_dir, "reorder", "policy", "--json") == 0
    pol = json.loads(capsys.readouterr().out)
    assert pol[0]["demand_class"] == "smooth" and pol[0]["reorder_point"] > 0
    assert _run(data_dir, "reorder", "policy") == 0                 # plain words, the shop's formats
    header, row = capsys.readouterr().out.splitlines()[:2]
    assert header.split("  ")[:3] == ["sku", "product", "sells"] and "reorder at" in header
    assert "ROP" not in header and "SL" not in header.split() and "method" not in header
    assert row.startswith("T1") and "Tea" in row and "most days, steady" in row and "2 days" in row
    assert "95%" in row and "0.95" not in row and "ES" not in row
    assert _run(data_dir, "reorder", "policy", "--details") == 0     # the figures behind them
    header, row = capsys.readouterr().out.splitlines()[:2]
    assert "fill rate target" in header and "replayed" in header and "method" in header and "weekday-seasonal ES" in row
    assert _run(data_dir, "reorder", "run", "--as", "olivia") == 0
    assert "1 suggestion drafted" in capsys.readouterr().out


def test_purchase_orders_from_the_command_line(app, owner, data_dir, tmp_path, capsys, cli_login):
    cli_login("olivia")
    sup = app.inventory.create_supplier(owner, "Mill")
    p = app.inventory.create_product(owner, "F1", "Flour", supplier_id=sup.id, cost="0.80")
    po = app.inventory.create_purchase_order(owner, sup.id, [{"product_id": p.id, "quantity": 10}])
    app.close()
    assert _run(data_dir, "inventory", "orders", "--status", "open", "--json") == 0
    assert json.loads(capsys.readouterr().out)[0]["number"] == po.row.number
    assert _run(data_dir, "inventory", "export-order", po.row.number, str(tmp_path / "po.pdf")) == 0
    assert (tmp_path / "po.pdf").read_bytes().startswith(b"%PDF")
    assert _run(data_dir, "inventory", "receive", po.row.number, "--qty", "F1=4") == 0
    assert "partly received" in capsys.readouterr().out
    assert _run(data_dir, "inventory", "receive", po.row.number) == 0
    assert "now received" in capsys.readouterr().out
