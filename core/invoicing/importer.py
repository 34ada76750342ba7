"""Importing historic invoices from a previous system or a point-of-sale export (CSV or XLSX).

Same rules as every Deskmate import (``core/io/tabular.py``): columns found by header or
``--map``, every problem named by file/row/column, all-or-nothing unless ``skip_invalid``, and
importing the same file twice adds nothing twice. Invoicing's own rules:

* one row per invoice line; rows with the same number form one invoice, with its number kept;
* an invoice whose lines are all negative is a credit note; mixed signs with a negative total
  are refused (split the file or make every line negative);
* the imported total is exactly the sum of quantity x unit price of its lines — no rounding of
  line amounts — and the tax is split out of it (prices include tax unless the row says not);
* with ``skip_invalid`` a bad row skips its whole invoice (a partial invoice would have a wrong
  total), and every skipped row is reported;
* the numbering counter of a series moves past imported numbers of that series, so the next
  issued invoice never collides with history.
"""
from __future__ import annotations

from collections import Counter, OrderedDict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.kernel.i18n import N_, _, ngettext
from core.customers.languages import parse_language
from core.customers.service import CustomerInfo, change_credit, find_or_create
from core.invoicing.config import InvoicingConfig, read_config
from core.invoicing.models import Invoice, InvoiceCounter, InvoiceLine, InvoiceTax, Payment
from core.invoicing.settings import series_key, series_pattern
from core.io.headers import synonyms
from core.io.tabular import (
    Field, ImportReport, Parsed, ParsedRow, Schema, Tally, first_problem, map_columns, parse_rows, read_table,
    reason_key,
)
from core.kernel.actor import Actor
from core.kernel.audit import record
from core.kernel.errors import Problem, ValidationError
from core.kernel.limits import MONEY_MAX
from core.kernel.parsers import p_bool, p_decimal, p_money, p_quantity, p_required_text, p_text
from core.kernel.progress import Progress
from core.users.permissions import Perm, require

ZERO = Decimal(0)


def p_rate(v: Any) -> Decimal:
    s = p_text(v).rstrip("%").strip()
    d = p_decimal(s)
    if d < 0 or d > 100:
        raise ValueError(f"tax rate {d} is not between 0 and 100 %")
    return d


def p_party(v: Any) -> str:
    """A customer's name or number: text, and a spreadsheet's 17850.0 reads as 17850 (customer
    numbers are whole numbers that XLSX stores as floats)."""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return p_text(v)


SCHEMA = Schema(
    kind="invoices", title=N_("historic invoices"),
    fields=(
        Field("number", N_("Invoice number"), p_required_text, True, synonyms("invoices", "number")),
        Field("date", N_("Invoice date"), p_required_text, True, synonyms("invoices", "date"), is_date=True),
        Field("customer", N_("Customer"), p_party, False, synonyms("invoices", "customer"),
              help=N_("invoices that name no customer go to the cash-sales customer")),
        Field("customer_email", N_("Customer e-mail"), p_text, False, synonyms("invoices", "customer_email")),
        Field("customer_language", N_("Customer language"), parse_language, False,
              synonyms("invoices", "customer_language"),
              help=N_("en, de or es (or the language's name): the language of a new customer's documents")),
        Field("item_code", N_("Item code"), p_text, False, synonyms("invoices", "item_code")),
        Field("description", N_("Line description"), p_text, False, synonyms("invoices", "description"),
              help=N_("a blank description is filled with the item code, else '(no description)'")),
        Field("quantity", N_("Quantity"), p_quantity, False, synonyms("invoices", "quantity"), Decimal(1)),
        Field("unit_price", N_("Unit price"), p_money, True, synonyms("invoices", "unit_price")),
        Field("tax_rate", N_("Tax rate %"), p_rate, False, synonyms("invoices", "tax_rate")),
        Field("tax_code", N_("Tax code"), p_text, False, synonyms("invoices", "tax_code")),
        Field("price_includes_tax", N_("Price includes tax"), p_bool, False, synonyms("invoices", "price_includes_tax"),
              True),
        Field("due_date", N_("Due date"), p_text, False, synonyms("invoices", "due_date"), is_date=True),
        Field("paid", N_("Amount paid"), p_money, False, synonyms("invoices", "paid")),
        Field("credit_of", N_("Credits invoice"), p_text, False, synonyms("invoices", "credit_of")),
    ),
    identity=("number", "description", "quantity", "unit_price"),
    one_of=(("description", "item_code"),),
    quantity="quantity", price="unit_price",
)
NO_DESCRIPTION = "(no description)"


@dataclass
class _Group:
    number: str
    rows: list[ParsedRow]


def _day(v: Any) -> date | None:
    if v is None or v == "":
        return None
    return v.date() if hasattr(v, "date") else v


def line_amounts(quantity: Decimal, unit_price: Decimal, rate: Decimal, includes_tax: bool,
                 minor_unit: int = 2) -> tuple[Decimal, Decimal, Decimal]:
    """(net, tax, gross) of an imported line. The line amount q x p is kept exactly (it is the
    historic document's figure); only the tax split is rounded, half-up, to the minor unit."""
    from core.invoicing.money import Rounding
    r = Rounding(minor_unit, "half-up")
    amount = quantity * unit_price
    if includes_tax:
        net = r(amount / (1 + rate / 100))
        return net, amount - net, amount
    tax = r(amount * rate / 100)
    return amount, tax, amount + tax


def import_invoices(app: Any, actor: Actor, path: str | Path, mapping: dict[str, str] | None = None,
                    dry_run: bool = False, skip_invalid: bool = False,
                    progress: Progress | None = None) -> ImportReport:
    require(actor, Perm.IMPORT_DATA)
    require(actor, Perm.ISSUE_INVOICES)
    path = Path(path)
    table = read_table(path)
    cols = map_columns(table.headers, SCHEMA, mapping, file=table.file)
    parsed = parse_rows(table, SCHEMA, cols, progress=progress)
    report = ImportReport(kind="invoices", file=table.file, dry_run=dry_run, rows_read=parsed.read,
                          mapping={f: table.headers[i] for f, i in cols.items()}, notes=list(table.notes))
    report.start(parsed)
    with app.db.uow() as s:
        cfg = read_config(s)
        groups, problems = _group_and_check(s, parsed, cfg)
        bad_numbers = {g for g, ps in problems.items() if ps}
        all_problems = [p for ps in problems.values() for p in ps] + [
            p for p in parsed.problems]
        # rows that failed to parse make their invoice bad too
        bad_rows = parsed.bad_rows()
        for g in groups.values():
            if any(r.row in bad_rows for r in g.rows):
                bad_numbers.add(g.number)
        unparsed_numbers = _numbers_of_bad_rows(table, cols, bad_rows)
        bad_numbers |= unparsed_numbers
        report.problems = all_problems
        if all_problems and not skip_invalid:
            n = len({p.row for p in all_problems if p.row is not None}) or len(all_problems)
            raise ValidationError(ngettext("{file}: {n} row cannot be imported{detail}; nothing was written (fix it, or "
                                           "import the valid invoices with --skip-invalid)",
                                           "{file}: {n} rows cannot be imported{detail}; nothing was written (fix them, or "
                                           "import the valid invoices with --skip-invalid)", n).format(
                                      file=table.file, n=n, detail=first_problem(all_problems)), all_problems)
        good = [g for g in groups.values() if g.number not in bad_numbers]
        _count_skipped(report, groups, bad_numbers, all_problems)
        report.rows_skipped = sum(len(g.rows) for g in groups.values() if g.number in bad_numbers) + \
            len(bad_rows - {r.row for g in groups.values() for r in g.rows})
        report.rows_valid = sum(len(g.rows) for g in good)
        existing = {n: (src, gross) for n, src, gross in s.execute(
            select(Invoice.number, Invoice.source, Invoice.gross_total)
            .where(Invoice.number.in_([g.number for g in good])))}
        to_write = []
        for g in good:
            if g.number in existing:
                report.rows_duplicate += len(g.rows)
            else:
                to_write.append(g)
            report.count("already" if g.number in existing else "imported", g.rows)
        report.rows_written = sum(len(g.rows) for g in to_write)
        report.created = len(to_write)
        report.notes.extend(_fallback_notes(to_write, cfg))
        if dry_run:
            report.notes.append(f"{len(to_write)} invoice(s) would be imported")
            s.rollback()
            return report
        customers_created = _write(s, app, actor, to_write, cfg, path.name, progress)
        if customers_created:
            report.notes.append(f"{customers_created} customer(s) created from the file")
        report.notes.append(f"{len(to_write)} invoice(s)/credit note(s) imported")
        _advance_counters(s, cfg, [g.number for g in to_write])
        report.stored = _stored(s, [g.number for g in to_write])
        report.stored_note = N_("invoice lines read back")
        record(s, actor, area="invoicing", action="import invoices", entity="import", entity_id=path.name,
               after={"file": path.name, "invoices": len(to_write), "rows": report.rows_written,
                      "duplicates": report.rows_duplicate, "skipped": report.rows_skipped},
               summary=report.summary(), at=app.clock.now())
    return report


def _count_skipped(report: ImportReport, groups: dict[str, _Group], bad_numbers: set[str],
                   problems: list[Problem]) -> None:
    """Every line of a refused invoice is skipped: for its own first problem, else because
    another line of its invoice has one (rows that could not be read were counted by parsing)."""
    first: dict[int, Problem] = {}
    for p in problems:
        if p.row is not None:
            first.setdefault(p.row, p)
    for g in groups.values():
        if g.number not in bad_numbers:
            continue
        for r in g.rows:
            found = first.get(r.row)
            reason = (reason_key(found.column, found.reason) if found
                      else "another line of its invoice cannot be imported")
            report.skip(reason, r)


def _stored(s: Session, numbers: list[str]) -> Tally:
    """The lines just written, read back: how many, their quantity and quantity x unit price."""
    out = Tally(0, ZERO, ZERO)
    for i in range(0, len(numbers), 900):
        for q, p in s.execute(select(InvoiceLine.quantity, InvoiceLine.unit_price)
                              .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
                              .where(Invoice.number.in_(numbers[i:i + 900]))):
            out.add(q, q * p)
    return out


def _fallback_notes(groups: list[_Group], cfg: InvoicingConfig) -> list[str]:
    """Notes (not errors) for what the import filled in: walk-in sales booked to the cash-sales
    customer, blank descriptions named by their item code or a placeholder."""
    notes = []
    walk_ins = sum(1 for g in groups if not any(r.values.get("customer") or r.values.get("customer_email")
                                                for r in g.rows))
    if walk_ins:
        notes.append(f"{walk_ins} invoice(s) name no customer: booked to '{cfg.cash_customer}'")
    found = Counter(_description(r.values)[1] for g in groups for r in g.rows)
    if found["code"] or found["none"]:
        parts = [f"{found['code']} by their item code"] if found["code"] else []
        if found["none"]:
            parts.append(f"{found['none']} as '{NO_DESCRIPTION}'")
        notes.append(f"{found['code'] + found['none']} line(s) have no description: named "
                     + " and ".join(parts))
    return notes


def _numbers_of_bad_rows(table: Any, cols: dict[str, int], bad_rows: set[int]) -> set[str]:
    if not bad_rows or "number" not in cols:
        return set()
    out = set()
    for rownum, cells in table.rows():
        if rownum in bad_rows and cols["number"] < len(cells):
            out.add(p_text(cells[cols["number"]]))
    return out


def _rate_of(values: dict[str, Any], cfg: InvoicingConfig) -> tuple[str, Decimal] | str:
    code, rate = values.get("tax_code") or "", values.get("tax_rate")
    if code:
        if code in cfg.rates:
            known = cfg.rates[code][1]
            if rate is not None and rate != known:
                return f"tax code '{code}' is {known} % but the row says {rate} %"
            return code, known
        if rate is None:
            return f"unknown tax code '{code}' and no tax rate column"
        return code, rate
    if rate is None:
        return "none", ZERO
    for c, (_name, r) in cfg.rates.items():
        if r == rate:
            return c, r
    return f"{rate.normalize()}%", rate


def _group_and_check(s: Session, parsed: Parsed, cfg: InvoicingConfig) -> tuple[dict[str, _Group], dict[str, list[Problem]]]:
    groups: dict[str, _Group] = OrderedDict()
    for r in parsed.rows:
        groups.setdefault(r.values["number"], _Group(r.values["number"], [])).rows.append(r)
    problems: dict[str, list[Problem]] = {}
    file = parsed.file
    existing = {n: gross for n, gross in s.execute(
        select(Invoice.number, Invoice.gross_total).where(Invoice.number.in_(list(groups))))}
    for number, g in groups.items():
        ps = _consistency(g, parsed)
        amounts, grosses = [], []
        for r in g.rows:
            rate = _rate_of(r.values, cfg)
            if isinstance(rate, str):
                ps.append(Problem(rate, file=file, row=r.row, column=parsed.column_of("tax_code")))
                continue
            q, p = r.values["quantity"], r.values["unit_price"]
            amount = q * p
            if amount != amount.quantize(Decimal("0.0001")):
                ps.append(Problem(_("quantity x unit price = {amount} has more than 4 decimals").format(
                                      amount=amount),
                                  file=file, row=r.row, column=parsed.column_of("unit_price")))
            gross = amount if r.values.get("price_includes_tax", True) else amount * (1 + rate[1] / 100)
            if abs(gross) > MONEY_MAX:
                ps.append(Problem(_("quantity x unit price = {amount} is beyond the largest amount Deskmate accepts "
                                    "({limit})").format(
                                      amount=f"{amount.normalize():f}", limit=f"{MONEY_MAX:,}"),
                                  file=file, row=r.row, column=parsed.column_of("unit_price")))
            amounts.append(amount)
            grosses.append(gross)
        if abs(sum(grosses, ZERO)) > MONEY_MAX:
            ps.append(Problem(_("invoice {number}: its total is beyond the largest amount Deskmate accepts "
                                "({limit})").format(
                                  number=number, limit=f"{MONEY_MAX:,}"), file=file, row=g.rows[0].row,
                              column=parsed.column_of("unit_price")))
        if amounts and not all(a < 0 for a in amounts) and sum(amounts, ZERO) < 0:
            ps.append(Problem(_("invoice {number}: total is negative but not every line is: a credit note has only "
                                "negative lines").format(
                                  number=number), file=file, row=g.rows[0].row,
                              column=parsed.column_of("quantity")))
        if number in existing:
            total = _gross_of(g, cfg)
            if total is not None and existing[number] != total:
                ps.append(Problem(_("number {number} is already used by another invoice in Deskmate (total {existing}, the "
                                    "file says {total})").format(
                                      number=number, existing=existing[number], total=total),
                                  file=file, row=g.rows[0].row, column=parsed.column_of("number")))
        problems[number] = ps
    return groups, problems


def _consistency(g: _Group, parsed: Parsed) -> list[Problem]:
    """The lines of one invoice must agree on its customer and its day. Lines that leave the
    customer blank take the invoice's; times may differ within the day (a till stamps each line),
    but lines on two days are two documents that share a number."""
    ps: list[Problem] = []
    first_day = _day(g.rows[0].values["date"])
    for r in g.rows[1:]:
        if _day(r.values["date"]) != first_day:
            ps.append(Problem(_("invoice {number}: its lines are on different days ({first_day} on row {row})").format(
                                  number=g.number, first_day=first_day, row=g.rows[0].row), file=parsed.file, row=r.row, column=parsed.column_of("date")))
    for f in ("customer", "customer_email"):
        named = [(r, r.values[f]) for r in g.rows if r.values.get(f) not in (None, "")]
        for r, value in named[1:]:
            if (value.lower() if f == "customer_email" else value) != \
                    (named[0][1].lower() if f == "customer_email" else named[0][1]):
                ps.append(Problem((_("invoice {number}: the customer differs from row {row} ('{value}')") if f == "customer" else
                                   _("invoice {number}: the customer e-mail differs from row {row} ('{value}')")).format(
                                      number=g.number, row=named[0][0].row, value=named[0][1]), file=parsed.file, row=r.row, column=parsed.column_of(f)))
    return ps


def _invoice_values(g: _Group) -> dict[str, Any]:
    """What the invoice takes from its lines: the first line's values, the first customer any line
    names, and the earliest time of the day."""
    out = dict(g.rows[0].values)
    for f in ("customer", "customer_email", "customer_language"):
        out[f] = next((r.values[f] for r in g.rows if r.values.get(f) not in (None, "")), "")
    out["date"] = min((r.values["date"] for r in g.rows), key=_sort_time)
    return out


def _sort_time(v: Any) -> datetime:
    return v if isinstance(v, datetime) else datetime.combine(v, time())


def _description(values: dict[str, Any]) -> tuple[str, str]:
    """(description, how it was found): the file's text, else the item code, else a placeholder."""
    text = (values.get("description") or "").strip()
    if text:
        return text, "file"
    code = (values.get("item_code") or "").strip()
    return (code, "code") if code else (NO_DESCRIPTION, "none")


def _gross_of(g: _Group, cfg: InvoicingConfig) -> Decimal | None:
    total = ZERO
    for r in g.rows:
        rate = _rate_of(r.values, cfg)
        if isinstance(rate, str):
            return None
        total += line_amounts(r.values["quantity"], r.values["unit_price"], rate[1],
                              r.values.get("price_includes_tax", True), cfg.rounding.minor_unit)[2]
    return total


def _customer_for(s: Session, actor: Actor, values: dict[str, Any], cache: dict[str, CustomerInfo], file: str,
                  now: Any, cash_customer: str) -> tuple[CustomerInfo, bool]:
    name = (values.get("customer") or "").strip()
    email = (values.get("customer_email") or "").strip().lower()
    if not (name or email):
        name = cash_customer      # a walk-in sale: the shop's cash-sales customer
    key = email or name.lower()
    if key in cache:
        return cache[key], False
    cust, created = find_or_create(s, actor, name=name, email=email, source=_("invoice import of {file}").format(file=file),
                                   at=now, language=values.get("customer_language") or "")
    cache[key] = cust
    return cust, created


def _write(s: Session, app: Any, actor: Actor, groups: list[_Group], cfg: InvoicingConfig, file: str,
           progress: Progress | None) -> int:
    now = app.clock.now()
    cache: dict[str, CustomerInfo] = {}
    created_customers = 0
    numbers: dict[str, int] = {}
    credit_refs: list[tuple[int, str]] = []
    for i, g in enumerate(groups, start=1):
        first = _invoice_values(g)
        cust, created = _customer_for(s, actor, first, cache, file, now, cfg.cash_customer)
        cid = cust.id
        created_customers += created
        issued = _day(first["date"])
        due = _day(first.get("due_date")) or issued + timedelta(days=cust.payment_terms_days)
        amounts = []
        for r in g.rows:
            code, rate = _rate_of(r.values, cfg)  # type: ignore[misc]
            net, tax, gross = line_amounts(r.values["quantity"], r.values["unit_price"], rate,
                                           r.values.get("price_includes_tax", True), cfg.rounding.minor_unit)
            amounts.append((r, code, rate, net, tax, gross))
        kind = "credit_note" if all(a[5] < 0 for a in amounts) else "invoice"
        # Written as a draft and issued in the same flush as its lines (the issued-invoice guard
        # refuses lines added to an invoice that is already issued).
        inv = Invoice(kind=kind, state="draft", number=g.number, series="import", customer_id=cid,
                      customer_name=cust.name, billing_address=cust.billing_address, customer_tax_id=cust.tax_id,
                      issue_date=issued, due_date=due, terms_days=(due - issued).days, currency=cfg.currency,
                      tax_mode="line", net_total=sum((a[3] for a in amounts), ZERO),
                      tax_total=sum((a[4] for a in amounts), ZERO), gross_total=sum((a[5] for a in amounts), ZERO),
                      paid_total=ZERO, credited_total=ZERO, notes=f"Imported from {file}", source="import",
                      source_key=f"import:{g.number}", source_detail={"file": file, "rows": [r.row for r in g.rows],
                                                                   "time": _sort_time(first["date"]).strftime("%H:%M:%S")},
                      machine_drafted=False, reminder_level=0, created_at=now, created_by=actor.username,
                      issued_at=now, issued_by=actor.username)
        s.add(inv)
        s.flush()
        numbers[g.number] = inv.id
        per_rate: dict[tuple[str, Decimal], list[Decimal]] = {}
        for pos, (r, code, rate, net, tax, gross) in enumerate(amounts, start=1):
            s.add(InvoiceLine(invoice_id=inv.id, position=pos, item_id=None, description=_description(r.values)[0],
                              quantity=r.values["quantity"], unit="", unit_price=r.values["unit_price"],
                              price_includes_tax=r.values.get("price_includes_tax", True), discount_pct=ZERO,
                              tax_code=code, tax_rate=rate, net=net, tax=tax, gross=gross))
            acc = per_rate.setdefault((code, rate), [ZERO, ZERO])
            acc[0] += net
            acc[1] += tax
        for (code, rate), (net, tax) in per_rate.items():
            s.add(InvoiceTax(invoice_id=inv.id, tax_code=code, tax_rate=rate, net=net, tax=tax))
        inv.state = "issued"
        s.flush()
        paid = first.get("paid")
        if paid and kind == "invoice" and paid > 0:
            applied = min(paid, inv.gross_total)
            inv.paid_total = applied
            s.add(Payment(invoice_id=inv.id, customer_id=cid, paid_on=due if due <= app.today() else issued,
                          received=paid, applied=applied, to_credit=paid - applied, method="imported",
                          reference=f"from {file}", created_at=now, created_by=actor.username))
            if paid > applied:
                change_credit(s, cid, paid - applied)
        if first.get("credit_of") and kind == "credit_note":
            credit_refs.append((inv.id, first["credit_of"]))
        if progress is not None and i % 500 == 0:
            progress.check("import cancelled: nothing was written")
            progress.report(i, len(groups), f"wrote {i:,} of {len(groups):,} invoices")
    s.flush()
    for cn_id, ref in credit_refs:
        orig = s.scalar(select(Invoice).where(Invoice.number == ref, Invoice.kind == "invoice"))
        if orig is not None:
            cn = s.get(Invoice, cn_id)
            cn.credit_of_id = orig.id
            from core.invoicing.receivables import open_amount
            applied = min(open_amount(orig), -cn.gross_total)
            orig.credited_total += applied
    return created_customers


def _advance_counters(s: Session, cfg: InvoicingConfig, numbers: list[str]) -> None:
    years = set()
    for inv in s.scalars(select(Invoice).where(Invoice.number.in_(numbers))):
        if inv.issue_date:
            years.add(inv.issue_date.year)
    for year in years:
        for fmt in (cfg.series, cfg.credit_series):
            pat = series_pattern(fmt, year)
            top = max((int(m.group(1)) for n in numbers if (m := pat.match(n))), default=0)
            if not top:
                continue
            key = series_key(fmt, year)
            counter = s.get(InvoiceCounter, key)
            if counter is None:
                s.add(InvoiceCounter(series=key, last_number=top))
            elif counter.last_number < top:
                counter.last_number = top
