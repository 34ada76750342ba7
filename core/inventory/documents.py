"""Purchase orders as documents to send: PDF (fpdf2) and XLSX (openpyxl via core.io.xlsx)."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.io.xlsx import MONEY_FMT, QTY_FMT, Column, add_table_sheet, append_row, new_workbook
from core.kernel.formats import Formats
from core.kernel.i18n import N_, _

if TYPE_CHECKING:
    from core.inventory.service import PODetail


def _latin(text: Any) -> str:
    """The core PDF fonts draw Windows-1252 (Latin-1 plus €, dashes and quotes; the document is
    set to that encoding): replace what they cannot draw instead of failing."""
    return str(text or "").encode("cp1252", "replace").decode("cp1252")


def purchase_order_pdf(po: "PODetail", shop: dict[str, Any], path: Path, fm: Formats | None = None) -> None:
    """The order to send: quantities, amounts and dates in the shop's formats (``fm``), the
    currency named once in the amount columns' headings."""
    from fpdf import FPDF
    fm = fm or Formats(currency=shop.get("shop.currency") or "EUR")

    pdf = FPDF(format="A4")
    pdf.core_fonts_encoding = "cp1252"      # € and dashes, which Latin-1 lacks
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, _latin(_("Purchase order {number}").format(number=po.row.number)), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    for line in [shop.get("shop.name") or "", *(shop.get("shop.address") or "").splitlines(),
                 shop.get("shop.email") or "", shop.get("shop.phone") or ""]:
        if line:
            pdf.cell(0, 5, _latin(line), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, _latin(_("To: {supplier}").format(supplier=po.row.supplier)), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, _latin(_("Order date: {day}").format(day=fm.date(po.row.order_date))), new_x="LMARGIN", new_y="NEXT")
    if po.row.expected_date:
        pdf.cell(0, 5, _latin(_("Expected delivery: {day}").format(day=fm.date(po.row.expected_date))),
                 new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    widths = (28, 72, 22, 32, 36)
    pdf.set_font("Helvetica", "B", 10)
    currency = fm.currency
    heads = (_("SKU"), _("Product"), _("Quantity"), _("Unit cost ({currency})").format(currency=currency),
             _("Line total ({currency})").format(currency=currency))
    for i, (w, h) in enumerate(zip(widths, heads)):
        pdf.cell(w, 7, _latin(h), border=1, align="R" if i >= 2 else "L")
    pdf.ln()
    pdf.set_font("Helvetica", "", 10)
    total = Decimal(0)
    for ln in po.lines:
        lt = ln.quantity * ln.unit_cost
        total += lt
        cells = (ln.sku, ln.name[:45], fm.quantity(ln.quantity), fm.amount(ln.unit_cost), fm.amount(lt))
        for i, (w, c) in enumerate(zip(widths, cells)):
            pdf.cell(w, 6, _latin(c), border=1, align="R" if i >= 2 else "L")
        pdf.ln()
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(sum(widths[:4]), 7, _latin(_("Total")), border=1)
    pdf.cell(widths[4], 7, _latin(fm.money(total)), border=1, align="R")
    pdf.ln(10)
    if po.notes:
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 5, _latin(po.notes))
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


def purchase_order_xlsx(po: "PODetail", shop: dict[str, Any], path: Path) -> None:
    wb = new_workbook()
    cols = [Column(N_("SKU"), 14), Column(N_("Product"), 40), Column(N_("Quantity"), 12, QTY_FMT),
            Column(N_("Unit cost"), 12, MONEY_FMT), Column(N_("Line total"), 14, MONEY_FMT)]
    add_table_sheet(wb, f"{po.row.number}"[:31], cols,
                    ((ln.sku, ln.name, ln.quantity, ln.unit_cost, ln.quantity * ln.unit_cost)
                     for ln in po.lines), totals=(5,))
    ws = wb.create_sheet(_("Order"))
    for k, v in ((N_("Purchase order"), po.row.number), (N_("From"), shop.get("shop.name") or ""),
                 (N_("To"), po.row.supplier), (N_("Order date"), po.row.order_date),
                 (N_("Expected delivery"), po.row.expected_date), (N_("Status"), po.row.status),
                 (N_("Notes"), po.notes)):
        append_row(ws, [_(k), v])   # text stays text: never a formula from a supplier's name or notes
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 40
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
