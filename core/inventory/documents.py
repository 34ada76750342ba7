"""Purchase orders as documents to send: PDF (fpdf2) and XLSX (openpyxl via core.io.xlsx)."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.io.xlsx import MONEY_FMT, QTY_FMT, Column, add_table_sheet, append_row, new_workbook

if TYPE_CHECKING:
    from core.inventory.service import PODetail


def _latin(text: Any) -> str:
    """The core PDF fonts are Latin-1: replace what they cannot draw instead of failing."""
    return str(text or "").replace("\u2014", "-").replace("\u2013", "-").replace("\u20ac", "EUR") \
        .encode("latin-1", "replace").decode("latin-1")


def purchase_order_pdf(po: "PODetail", shop: dict[str, Any], path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, _latin(f"Purchase order {po.row.number}"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    for line in [shop.get("shop.name") or "", *(shop.get("shop.address") or "").splitlines(),
                 shop.get("shop.email") or "", shop.get("shop.phone") or ""]:
        if line:
            pdf.cell(0, 5, _latin(line), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, _latin(f"To: {po.row.supplier}"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, _latin(f"Order date: {po.row.order_date.isoformat()}"), new_x="LMARGIN", new_y="NEXT")
    if po.row.expected_date:
        pdf.cell(0, 5, _latin(f"Expected delivery: {po.row.expected_date.isoformat()}"),
                 new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    widths = (30, 80, 22, 25, 30)
    pdf.set_font("Helvetica", "B", 10)
    for w, h in zip(widths, ("SKU", "Product", "Quantity", "Unit cost", "Line total")):
        pdf.cell(w, 7, h, border=1)
    pdf.ln()
    pdf.set_font("Helvetica", "", 10)
    total = Decimal(0)
    currency = shop.get("shop.currency") or ""
    for ln in po.lines:
        lt = ln.quantity * ln.unit_cost
        total += lt
        cells = (ln.sku, ln.name[:45], f"{ln.quantity.normalize():f}", f"{ln.unit_cost:.2f}", f"{lt:.2f}")
        for w, c in zip(widths, cells):
            pdf.cell(w, 6, _latin(c), border=1)
        pdf.ln()
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(sum(widths[:4]), 7, _latin(f"Total {currency}"), border=1)
    pdf.cell(widths[4], 7, f"{total:.2f}", border=1)
    pdf.ln(10)
    if po.notes:
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 5, _latin(po.notes))
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


def purchase_order_xlsx(po: "PODetail", shop: dict[str, Any], path: Path) -> None:
    wb = new_workbook()
    cols = [Column("SKU", 14), Column("Product", 40), Column("Quantity", 12, QTY_FMT),
            Column("Unit cost", 12, MONEY_FMT), Column("Line total", 14, MONEY_FMT)]
    add_table_sheet(wb, f"{po.row.number}"[:31], cols,
                    ((ln.sku, ln.name, ln.quantity, ln.unit_cost, ln.quantity * ln.unit_cost)
                     for ln in po.lines), totals=(5,))
    ws = wb.create_sheet("Order")
    for k, v in (("Purchase order", po.row.number), ("From", shop.get("shop.name") or ""),
                 ("To", po.row.supplier), ("Order date", po.row.order_date),
                 ("Expected delivery", po.row.expected_date), ("Status", po.row.status),
                 ("Notes", po.notes)):
        append_row(ws, [k, v])   # text stays text: never a formula from a supplier's name or notes
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 40
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
