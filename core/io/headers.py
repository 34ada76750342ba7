"""Which column headers mean which field, for every import kind: the one table.

Shops' exports name the same thing many ways (``InvoiceNo``, ``Invoice``, ``Number``; ``StockCode``,
``SKU``, ``Item code``). Every importer takes its header synonyms from here, so they are learnt,
reviewed and documented in one place (``docs/sections/importing.md`` is generated from this table by
``scripts/import_headers.py``; a test fails when they differ). Headers are compared after
lower-casing and dropping everything but letters and digits, so ``Unit Price``, ``unit_price`` and
``UnitPrice`` are one synonym. ``--map FIELD=COLUMN`` always wins over the table.

A header names at most one field of a kind (a test checks it), and each kind lists its fields in
the order the importer declares them.
"""
from __future__ import annotations

_SKU = ("StockCode", "SKU", "Item code", "Code", "Product code", "Article number", "Item number",
        "ItemNo", "Product id", "Barcode", "EAN")
_NAME = ("Description", "Item", "Product", "Product name", "Item name", "Article", "Title")

SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "invoices": {
        "number": ("InvoiceNo", "Invoice", "Number", "Invoice number", "Inv no", "Receipt", "Transaction",
                   "Document"),
        "date": ("InvoiceDate", "Date", "Issue date", "Issued", "Day"),
        "customer": ("CustomerID", "Customer", "Client", "Customer name", "Bill to", "Name"),
        "customer_email": ("Email", "Customer email"),
        "customer_language": ("Language", "Customer language", "Sprache", "Kundensprache", "Idioma",
                              "Idioma del cliente", "Lang"),
        "item_code": ("StockCode", "SKU", "Item code", "Product code", "Article number", "Code"),
        "description": ("Description", "Item", "Product", "Line", "Text", "Article"),
        "quantity": ("Quantity", "Qty", "Quantity sold", "Units", "Count"),
        "unit_price": ("UnitPrice", "Price", "Price each", "Rate", "Amount"),
        "tax_rate": ("Tax rate", "VAT", "VAT rate", "Tax"),
        "tax_code": ("Tax code", "VAT code", "Tax class"),
        "price_includes_tax": ("Price includes tax", "Gross", "Incl VAT", "Tax included"),
        "due_date": ("Due date", "Due", "Payment due"),
        "paid": ("Paid", "Amount paid", "Paid amount", "Payment"),
        "credit_of": ("Credit of", "Original invoice", "Refers to", "Credit for"),
    },
    "sales": {
        "date": ("InvoiceDate", "Date", "Sale date", "Transaction date", "Datetime",
                 "Timestamp", "Day", "Sold at", "Order date"),
        "time": ("Time",),
        "sku": _SKU,
        "name": _NAME,
        "quantity": ("Quantity", "Qty", "Units", "Count", "Amount sold"),
        "unit_price": ("UnitPrice", "Price"),
        "transaction": ("InvoiceNo", "Invoice", "Number", "Transaction", "Receipt", "Order id",
                        "Ticket", "Transaction id"),
        "customer": ("CustomerID", "Customer", "Client"),
    },
    "products": {
        "sku": _SKU,
        "name": _NAME,
        "category": ("Category", "Group", "Department", "Product type", "Type"),
        "unit": ("Unit", "UOM", "Unit of measure"),
        "cost": ("Cost", "Unit cost", "Cost price", "Purchase price", "Buy price"),
        "price": ("Price", "UnitPrice", "Sale price", "Retail price", "Sell price"),
        "pack_size": ("Pack size", "Pack", "Case size", "Pack qty"),
        "min_order_qty": ("MOQ", "Minimum order", "Min order qty", "Min order"),
        "active": ("Active", "Enabled"),
        "fill_rate_target": ("Fill rate target", "Fill rate", "Target fill rate", "Service level",
                             "Target service level"),
        "owner_min": ("Min", "Minimum", "Min stock", "Reorder level"),
        "owner_max": ("Max", "Maximum", "Max stock"),
        "shelf_life_days": ("Shelf life", "Shelf life (days)", "Days to sell", "Haltbarkeit",
                            "Haltbarkeit (Tage)", "Haltbarkeit in Tagen", "Vida útil", "Vida útil (días)"),
        "supplier": ("Supplier", "Vendor", "Supplier name"),
        "supplier_sku": ("Supplier SKU", "Supplier code", "Vendor code"),
        "supplier_price": ("Supplier price", "Vendor price"),
    },
    "suppliers": {
        "name": ("Supplier", "Name", "Vendor", "Company", "Supplier name"),
        "contact": ("Contact", "Contact person", "Contact name"),
        "email": ("Email", "Mail"),
        "phone": ("Phone", "Telephone", "Tel"),
        "lead_time_days": ("Lead time", "Lead time days", "Delivery days"),
        "ordering_days": ("Ordering days", "Order days"),
    },
    "stock": {
        "sku": _SKU,
        "name": _NAME,
        "counted": ("Counted", "Count", "Quantity", "Qty", "On hand", "Stock", "In stock"),
        "date": ("Date", "Count date", "Counted on"),
        "reason": ("Note", "Reason", "Comment"),
    },
}

#: How each kind is named in the documentation's table.
KIND_TITLES = {"invoices": "Historic invoices (`deskmate import invoices`)",
               "sales": "Sales history (`deskmate import sales`)",
               "products": "Products (`deskmate import products`)",
               "suppliers": "Suppliers (`deskmate import suppliers`)",
               "stock": "Stock counts (`deskmate import stock`)"}


def synonyms(kind: str, field: str) -> tuple[str, ...]:
    """The headers that mean ``field`` in a ``kind`` import (a KeyError names a missing entry)."""
    return SYNONYMS[kind][field]


def markdown_table(labels: dict[str, dict[str, str]] | None = None) -> str:
    """The documentation's table: one section per kind, one row per field with its synonyms.
    ``labels`` (kind -> field -> label) adds the field's label as the importers declare it."""
    out: list[str] = []
    for kind, fields in SYNONYMS.items():
        out += [f"**{KIND_TITLES[kind]}**", "", "| Field (`--map` name) | Headers recognised |", "|---|---|"]
        for name, headers in fields.items():
            label = (labels or {}).get(kind, {}).get(name)
            head = f"`{name}`" + (f" — {label}" if label else "")
            out.append(f"| {head} | {', '.join(headers)} |")
        out.append("")
    return "\n".join(out).rstrip() + "\n"
