"""Invoicing's workbooks for the bookkeeper: the invoice register, invoice lines, payments and the
aging of receivables, for a date range (registered in :mod:`core.io.book_exports`; inventory
registers its stock and purchase-order workbooks the same way).

Every workbook: one data sheet (real dates and numbers with formats, frozen header, autofilter,
widths, SUM totals row), a "Summary" sheet with figures Deskmate computed itself (so the
accountant can check the SUM row against them), and "About this export" (filters, period, time,
who). Rows are streamed from the database into openpyxl's write-only workbook
(:class:`core.io.xlsx.StreamingWorkbook`), so a million lines export in bounded memory, with
progress and cancel through the kernel's progress protocol (``core.kernel.progress``).
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import BigInteger, func, select, type_coerce

from core.invoicing import money
from core.kernel.i18n import N_, _
from core.invoicing.models import Invoice, InvoiceLine, InvoiceTax, Payment
from core.invoicing.receivables import open_amount, status_clause, status_of
from core.io.book_exports import BookExport, period_text, register_export
from core.io.xlsx import DATE_FMT, MONEY_FMT, Column, StreamingWorkbook
from core.kernel.progress import Progress

if TYPE_CHECKING:
    from core.app import Deskmate

QTY_FMT = "#,##0.###"
PCT_FMT = "0.##"
ZERO = Decimal(0)
CHUNK = 5000
SCALE = 4            # core.kernel.types.Money()/Quantity() store 4 decimals


# ------------------------------------------------------------------------------ register

def settled_and_open(inv: Invoice) -> tuple[Decimal, Decimal]:
    """(paid or credited, open) of one register row, so that gross = paid or credited + open on
    every row. An invoice: what was paid plus what credit notes took off it, and what is still
    owed. A credit note is settled in full by being issued — its amount goes to the invoice it
    credits or to the customer's credit — so its whole (negative) gross is "credited" and nothing
    is open; counting it on both the note and its invoice is what makes the totals agree."""
    if inv.state == "void":
        return ZERO, ZERO
    if inv.kind == "credit_note":
        return inv.gross_total, ZERO
    return inv.paid_total + inv.credited_total, open_amount(inv)


def identity_text(app: "Deskmate", gross: Decimal, settled: Decimal, open_: Decimal) -> str:
    """"127,701.17 = 98,626.62 + 29,074.55": the register's identity with its figures, in the
    currency's minor unit (the Summary states it so a reader checks it at a glance)."""
    from babel.numbers import get_currency_precision
    places = get_currency_precision(app.settings.get("shop.currency"))
    verdict = "" if gross == settled + open_ else f" (differs by {gross - settled - open_:,.{places}f})"
    return f"{gross:,.{places}f} = {settled:,.{places}f} + {open_:,.{places}f}{verdict}"


def _register(app: "Deskmate", wb: StreamingWorkbook, d0: date, d1: date, progress: Progress | None) -> tuple[str, int, list[Any], dict[str, Any]]:
    today = app.today()
    with app.db.read() as s:
        rates = list(s.execute(
            select(InvoiceTax.tax_code, InvoiceTax.tax_rate).join(Invoice, Invoice.id == InvoiceTax.invoice_id)
            .where(Invoice.state != "draft", Invoice.issue_date.between(d0, d1))
            .distinct().order_by(InvoiceTax.tax_rate.desc(), InvoiceTax.tax_code)))
        expected = s.scalar(select(func.count(Invoice.id)).where(
            Invoice.state != "draft", Invoice.issue_date.between(d0, d1))) or 0
    cols = [Column(N_("Number"), 14), Column(N_("Type"), 11), Column(N_("Date"), 11, DATE_FMT), Column(N_("Due date"), 11, DATE_FMT),
            Column(N_("Customer"), 28), Column(N_("Customer tax id"), 16), Column(N_("Net"), 13, MONEY_FMT)]
    cols += [Column(_("Tax {rate} % ({code})").format(rate=f"{r.normalize():f}", code=c), 13, MONEY_FMT) for c, r in rates]
    cols += [Column(N_("Tax total"), 13, MONEY_FMT), Column(N_("Gross"), 13, MONEY_FMT),
             Column(N_("Paid or credited"), 15, MONEY_FMT), Column(N_("Open"), 13, MONEY_FMT), Column(N_("Status"), 10),
             Column(N_("Void reason"), 24)]
    sums: dict[str, Any] = {"net": ZERO, "tax": ZERO, "gross": ZERO, "paid": ZERO, "open": ZERO, "n": 0,
                            "void": 0, "credit": 0}
    per_rate = {k: ZERO for k in rates}

    def rows() -> Iterator[list[Any]]:
        with app.db.read() as s:
            last_id = 0
            while True:
                invs = list(s.scalars(select(Invoice).where(
                    Invoice.state != "draft", Invoice.issue_date.between(d0, d1), Invoice.id > last_id)
                    .order_by(Invoice.id).limit(CHUNK)))
                if not invs:
                    return
                last_id = invs[-1].id
                taxes: dict[int, dict[tuple[str, Decimal], Decimal]] = {}
                for t in s.scalars(select(InvoiceTax).where(InvoiceTax.invoice_id.in_([i.id for i in invs]))):
                    taxes.setdefault(t.invoice_id, {})[(t.tax_code, t.tax_rate)] = t.tax
                for inv in sorted(invs, key=lambda i: (i.issue_date, i.number or "")):
                    void = inv.state == "void"
                    sign = 0 if void else 1
                    paid, o = settled_and_open(inv)
                    tx = taxes.get(inv.id, {})
                    sums["n"] += 1
                    sums["void"] += void
                    sums["credit"] += inv.kind == "credit_note"
                    if not void:
                        sums["net"] += inv.net_total
                        sums["tax"] += inv.tax_total
                        sums["gross"] += inv.gross_total
                        sums["paid"] += paid
                        sums["open"] += o
                        for k in rates:
                            per_rate[k] += tx.get(k, ZERO)
                    # A void invoice keeps its line in the register (its number is used) at zero.
                    yield ([inv.number, "credit note" if inv.kind == "credit_note" else "invoice", inv.issue_date,
                            inv.due_date, inv.customer_name, inv.customer_tax_id, inv.net_total * sign]
                           + [tx.get(k, ZERO) * sign for k in rates]
                           + [inv.tax_total * sign, inv.gross_total * sign, paid * sign, o,
                              status_of(inv, today), inv.void_reason or ""])
    money_cols = [i for i, c in enumerate(cols, start=1) if c.fmt == MONEY_FMT]
    n = wb.add_table(N_("Invoice register"), cols, rows(), totals=money_cols, progress=progress,
                     expected=expected)
    figures: list[Any] = [(N_("Period"), period_text(d0, d1), None), (N_("Documents"), sums["n"], None),
                          ("of which credit notes", sums["credit"], None), ("of which void (counted as 0)", sums["void"], None),
                          (N_("Net total"), sums["net"], MONEY_FMT)]
    figures += [(f"Tax {r.normalize():f} % ({c})", per_rate[(c, r)], MONEY_FMT) for c, r in rates]
    figures += [(N_("Tax total"), sums["tax"], MONEY_FMT), (N_("Gross total"), sums["gross"], MONEY_FMT),
                (N_("Paid or credited"), sums["paid"], MONEY_FMT), (N_("Open"), sums["open"], MONEY_FMT),
                (N_("Gross = paid or credited + open"), identity_text(app, sums["gross"], sums["paid"], sums["open"]),
                 None)]
    return N_("Invoice register"), n, figures, {N_("documents"): N_("issued invoices and credit notes (void at 0)"),
                                                N_("status as of"): today}


# ------------------------------------------------------------------------------ lines

LINE_COLS = [Column(N_("Number"), 14), Column(N_("Date"), 11, DATE_FMT), Column(N_("Customer"), 26), Column(N_("Line"), 6),
             Column(N_("Description"), 34), Column(N_("Quantity"), 10, QTY_FMT), Column(N_("Unit"), 7),
             Column(N_("Unit price"), 12, MONEY_FMT), Column(N_("Price incl. tax"), 8), Column(N_("Discount %"), 10, PCT_FMT),
             Column(N_("Tax code"), 10), Column(N_("Tax rate %"), 10, PCT_FMT), Column(N_("Net"), 13, MONEY_FMT),
             Column(N_("Tax"), 12, MONEY_FMT), Column(N_("Gross"), 13, MONEY_FMT)]


def line_query(d0: date, d1: date) -> Any:
    # Money and quantities come back as their stored scaled integers (type_coerce) and are turned
    # into Decimals with one scaleb each: exact, and several times faster than the column type's
    # generic conversion on a million rows.
    raw = [type_coerce(c, BigInteger) for c in (InvoiceLine.quantity, InvoiceLine.unit_price,
                                                InvoiceLine.discount_pct, InvoiceLine.tax_rate,
                                                InvoiceLine.net, InvoiceLine.tax, InvoiceLine.gross)]
    return (select(Invoice.number, Invoice.issue_date, Invoice.customer_name, InvoiceLine.position,
                   InvoiceLine.description, raw[0], InvoiceLine.unit, raw[1], InvoiceLine.price_includes_tax,
                   raw[2], InvoiceLine.tax_code, raw[3], raw[4], raw[5], raw[6])
            .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
            .where(Invoice.state == "issued", Invoice.issue_date.between(d0, d1))
            .order_by(Invoice.issue_date, Invoice.id, InvoiceLine.position))


def line_rows(app: "Deskmate", d0: date, d1: date) -> Iterator[tuple[Any, ...]]:
    """Every issued line in the period, streamed from the database (bounded memory)."""
    def dec(i: int) -> Decimal:
        return Decimal(i).scaleb(-SCALE)
    with app.db.read() as s:
        result = s.execute(line_query(d0, d1).execution_options(yield_per=CHUNK))
        for r in result:
            yield (r[0], r[1], r[2], r[3], r[4], dec(r[5]), r[6], dec(r[7]), "yes" if r[8] else "no", dec(r[9]),
                   r[10], dec(r[11]), dec(r[12]), dec(r[13]), dec(r[14]))


def _lines(app: "Deskmate", wb: StreamingWorkbook, d0: date, d1: date, progress: Progress | None) -> tuple[str, int, list[Any], dict[str, Any]]:
    with app.db.read() as s:
        agg = s.execute(select(func.count(InvoiceLine.id), func.sum(InvoiceLine.net), func.sum(InvoiceLine.tax),
                               func.sum(InvoiceLine.gross))
                        .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
                        .where(Invoice.state == "issued", Invoice.issue_date.between(d0, d1))).one()
    n = wb.add_table(N_("Invoice lines"), LINE_COLS, line_rows(app, d0, d1), totals=[13, 14, 15],
                     progress=progress, expected=agg[0])
    figures = [(N_("Period"), period_text(d0, d1), None), (N_("Lines"), agg[0] or 0, None),
               (N_("Net total"), agg[1] or ZERO, MONEY_FMT), (N_("Tax total"), agg[2] or ZERO, MONEY_FMT),
               (N_("Gross total"), agg[3] or ZERO, MONEY_FMT)]
    return N_("Invoice lines"), n, figures, {N_("documents"): N_("issued invoices and credit notes (not void)")}


# ------------------------------------------------------------------------------ payments

def _payments(app: "Deskmate", wb: StreamingWorkbook, d0: date, d1: date, progress: Progress | None) -> tuple[str, int, list[Any], dict[str, Any]]:
    cols = [Column(N_("Date"), 11, DATE_FMT), Column(N_("Invoice"), 14), Column(N_("Customer"), 28),
            Column(N_("Received"), 13, MONEY_FMT), Column(N_("Applied to invoice"), 15, MONEY_FMT),
            Column(N_("Kept as credit"), 13, MONEY_FMT), Column(N_("Method"), 16), Column(N_("Reference"), 22),
            Column(N_("Recorded by"), 12)]
    sums = [ZERO, ZERO, ZERO, 0]

    def rows() -> Iterator[list[Any]]:
        with app.db.read() as s:
            q = (select(Payment, Invoice.number, Invoice.customer_name).outerjoin(Invoice, Invoice.id == Payment.invoice_id)
                 .where(Payment.paid_on.between(d0, d1)).order_by(Payment.paid_on, Payment.id))
            for p, number, cname in s.execute(q.execution_options(yield_per=CHUNK)):
                sums[0] += p.received
                sums[1] += p.applied
                sums[2] += p.to_credit
                sums[3] += 1
                yield [p.paid_on, number, cname, p.received, p.applied, p.to_credit, p.method, p.reference,
                       p.created_by]
    n = wb.add_table(N_("Payments"), cols, rows(), totals=[4, 5, 6], progress=progress)
    figures = [(N_("Period"), period_text(d0, d1), None), (N_("Payments"), sums[3], None),
               (N_("Received"), sums[0], MONEY_FMT), (N_("Applied to invoices"), sums[1], MONEY_FMT),
               (N_("Kept as customer credit"), sums[2], MONEY_FMT)]
    return N_("Payments"), n, figures, {}


# ------------------------------------------------------------------------------ aging

def _aging(app: "Deskmate", wb: StreamingWorkbook, d0: date, d1: date, progress: Progress | None) -> tuple[str, int, list[Any], dict[str, Any]]:
    """Open receivables as of the period's last day (payments recorded after it still count as
    received: Deskmate keeps the current open amount, as of the export)."""
    rep = app.invoicing.aging(as_of=d1)
    buckets = money.AGING_BUCKETS
    cols = [Column(N_("Customer"), 30)] + [Column(b if b != "current" else N_("Not yet due"), 13, MONEY_FMT)
                                       for b in buckets] + [Column(N_("Total open"), 14, MONEY_FMT), Column(N_("Invoices"), 9)]
    rows = ([r.customer_name] + [r.buckets[b] for b in buckets] + [r.total, r.invoices] for r in rep.rows)
    n = wb.add_table(N_("Aging"), cols, rows, totals=list(range(2, len(buckets) + 3)), progress=progress)
    detail_cols = [Column(N_("Number"), 14), Column(N_("Customer"), 28), Column(N_("Issue date"), 11, DATE_FMT),
                   Column(N_("Due date"), 11, DATE_FMT), Column(N_("Days overdue"), 10), Column(N_("Bucket"), 10),
                   Column(N_("Open"), 13, MONEY_FMT)]
    with app.db.read() as s:
        invs = list(s.scalars(select(Invoice).where(status_clause("open", d1), Invoice.issue_date <= d1)
                              .order_by(Invoice.due_date, Invoice.id)))
        detail = [[i.number, i.customer_name, i.issue_date, i.due_date, max((d1 - i.due_date).days, 0),
                   money.aging_bucket((d1 - i.due_date).days), open_amount(i)] for i in invs]
    wb.add_table(N_("Open invoices"), detail_cols, detail, totals=[7])
    figures = [(N_("As of"), d1, DATE_FMT), (N_("Customers with open invoices"), len(rep.rows), None)]
    figures += [(_("Not yet due") if b == "current" else _("{bucket} days").format(bucket=b), rep.totals[b], MONEY_FMT)
                for b in buckets]
    figures += [(N_("Total open"), rep.total, MONEY_FMT)]
    return N_("Aging of receivables"), n, figures, {N_("as of"): d1}


register_export(BookExport("register", N_("Invoice register"),
                           N_("invoice register: number, dates, customer, net, tax per rate, gross, paid, open"),
                           area="invoicing", write=_register, position=10))
register_export(BookExport("lines", N_("Invoice lines"),
                           N_("every invoice line (bounded memory: millions of lines are fine)"),
                           area="invoicing", write=_lines, position=20))
register_export(BookExport("payments", N_("Payments"), N_("payments received, applied and kept as credit"),
                           area="invoicing", write=_payments, position=30))
register_export(BookExport("aging", N_("Aging of receivables"), N_("open receivables by days overdue, as of --to"),
                           area="invoicing", write=_aging, position=40))
