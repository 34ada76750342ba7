"""Importers for products, suppliers, stock counts and sales history (on ``core.io.tabular``).

Each importer: a :class:`Schema` (fields and the headers point-of-sale exports use for them) and a
``write`` function that checks rows against the database, then writes them in the caller's unit of
work. Sales recognise, among others, ``Date,Time,Transaction,Item`` (one row per item sold) and
``InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID``; negative quantities
are returns. Products named in sales but unknown are created (reported in the summary), so a shop
can start from its till's export.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from core.inventory import ledger
from core.inventory.models import ImportBatch, ImportRow, Product, StockMovement, Supplier, SupplierProduct
from core.inventory.settings import default_fill_rate
from core.io.headers import synonyms
from core.io.tabular import Field, ImportReport, Parsed, ParsedRow, Schema, Tally
from core.kernel.parsers import p_bool, p_decimal, p_int, p_money, p_quantity, p_required_text, p_text
from core.kernel.actor import Actor
from core.kernel.audit import changes, record
from core.kernel.errors import DeskmateError, Problem
from core.kernel.limits import show
from core.kernel.i18n import _

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
PLACEHOLDER_ITEMS = {"none", "null", "n/a", "na", "-", ""}


def p_service_level(v: Any) -> Decimal:
    """0.95, 95 or 95% -> 0.95."""
    text_ = p_text(v)
    d = p_decimal(text_.rstrip("%").strip() if isinstance(v, str) else v)
    if d > 1 or text_.endswith("%"):
        d = d / 100
    if not Decimal("0.5") <= d < 1:
        raise ValueError(f"'{show(v)}' is not a fill rate target between 50% and 99.9%")
    return d


def p_nonneg(v: Any) -> Decimal:
    d = p_quantity(v)
    if d < 0:
        raise ValueError(f"'{show(v)}' is negative")
    return d


def p_shelf_life(v: Any) -> int | None:
    """Whole days a unit sells after it is received (blank: the product keeps)."""
    from core.inventory.service import shelf_life
    try:
        return shelf_life(v)
    except DeskmateError as exc:
        raise ValueError(str(exc)) from None


def p_positive(v: Any) -> Decimal:
    d = p_quantity(v)
    if d <= 0:
        raise ValueError(f"'{show(v)}' must be more than 0")
    return d


def p_nonneg_money(v: Any) -> Decimal:
    d = p_money(v)
    if d < 0:
        raise ValueError(f"'{show(v)}' is negative")
    return d


def p_lead_time(v: Any) -> int:
    n = p_int(v)
    if not 0 <= n <= 365:
        raise ValueError(f"'{show(v)}' is not a lead time in days (0-365)")
    return n


def p_weekdays(v: Any) -> str:
    """"Mon, Thu" / "0,3" / "" (any day) -> "0,3"."""
    s = p_text(v).lower()
    if not s or s in ("any", "daily", "every day"):
        return ""
    out = set()
    for part in re.split(r"[,;/ ]+", s):
        if not part:
            continue
        if part.isdigit() and 0 <= int(part) <= 6:
            out.add(int(part))
        elif part[:3] in WEEKDAYS:
            out.add(WEEKDAYS.index(part[:3]))
        else:
            raise ValueError(f"'{part}' is not a weekday (Mon..Sun)")
    return ",".join(str(d) for d in sorted(out))


def _sku(kind: str) -> Field:
    return Field("sku", "SKU", aliases=synonyms(kind, "sku"))


def _name(kind: str) -> Field:
    return Field("name", "Product name", aliases=synonyms(kind, "name"))


def _f(kind: str, name: str, label: str, parse: Callable[[Any], Any] = p_text, **kw: Any) -> Field:
    """A field whose header synonyms come from the one table (``core.io.headers``)."""
    return Field(name, label, parse, aliases=synonyms(kind, name), **kw)


PRODUCTS = Schema("products", "products", (
    _sku("products"), _name("products"),
    _f("products", "category", "Category"),
    _f("products", "unit", "Unit", default="each"),
    _f("products", "cost", "Unit cost", p_nonneg_money),
    _f("products", "price", "Sale price", p_nonneg_money),
    _f("products", "pack_size", "Pack size", p_positive),
    _f("products", "min_order_qty", "Minimum order", p_nonneg),
    _f("products", "active", "Active", p_bool, default=True),
    _f("products", "fill_rate_target", "Fill rate target", p_service_level),
    _f("products", "owner_min", "Min stock", p_nonneg),
    _f("products", "owner_max", "Max stock", p_nonneg),
    _f("products", "shelf_life_days", "Shelf life (days)", p_shelf_life),
    _f("products", "supplier", "Supplier"),
    _f("products", "supplier_sku", "Supplier's code"),
    _f("products", "supplier_price", "Supplier price", p_nonneg_money),
), one_of=(("sku", "name"),))

SUPPLIERS = Schema("suppliers", "suppliers", (
    _f("suppliers", "name", "Name", p_required_text, required=True),
    _f("suppliers", "contact", "Contact person"),
    _f("suppliers", "email", "E-mail"),
    _f("suppliers", "phone", "Phone"),
    _f("suppliers", "lead_time_days", "Lead time (days)", p_lead_time),
    _f("suppliers", "ordering_days", "Ordering days", p_weekdays, default=""),
))

STOCK = Schema("stock", "stock counts", (
    _sku("stock"), _name("stock"),
    _f("stock", "counted", "Counted quantity", p_nonneg, required=True),
    _f("stock", "date", "Count date", is_date=True),
    _f("stock", "reason", "Note"),
), one_of=(("sku", "name"),), quantity="counted")

SALES = Schema("sales", "sales history", (
    _f("sales", "date", "Date (and time)", required=True, is_date=True),
    _f("sales", "time", "Time"),
    _sku("sales"), _name("sales"),
    _f("sales", "quantity", "Quantity", p_quantity, default=Decimal(1)),
    _f("sales", "unit_price", "Unit price", p_money),
    _f("sales", "transaction", "Receipt/transaction"),
    _f("sales", "customer", "Customer"),
), one_of=(("sku", "name"),), quantity="quantity", price="unit_price")

SCHEMAS = {s.kind: s for s in (PRODUCTS, SUPPLIERS, STOCK, SALES)}


@dataclass
class WriteContext:
    session: Session
    actor: Actor
    at: datetime
    today: date
    report: ImportReport
    batch: ImportBatch | None
    dry_run: bool


def _slug_sku(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^A-Z0-9]+", "-", name.upper()).strip("-")[:40] or "ITEM"
    sku, n = base, 1
    while sku in taken:
        n += 1
        sku = f"{base}-{n}"
    taken.add(sku)
    return sku


def _product_index(session: Session) -> tuple[dict[str, int], dict[str, int]]:
    by_sku, by_name = {}, {}
    for pid, sku, name in session.execute(select(Product.id, Product.sku, Product.name)):
        by_sku[sku.lower()] = pid
        by_name.setdefault(name.strip().lower(), pid)
    return by_sku, by_name


def _find(values: dict[str, Any], by_sku: dict[str, int], by_name: dict[str, int]) -> int | None:
    sku = (values.get("sku") or "").strip().lower()
    if sku:
        return by_sku.get(sku)
    name = (values.get("name") or "").strip().lower()
    return by_name.get(name) if name else None


def _problem(parsed: Parsed, r: ParsedRow, fieldname: str, reason: str) -> Problem:
    return Problem(reason, file=parsed.file, row=r.row, column=parsed.column_of(fieldname))


# ----------------------------------------------------------------------------- checks (before writing)

def check_products(session: Session, parsed: Parsed) -> list[Problem]:
    problems = []
    suppliers = {n.lower() for n in session.scalars(select(Supplier.name))}
    seen: dict[str, int] = {}
    for r in parsed.rows:
        v = r.values
        if not (v.get("sku") or v.get("name")):
            problems.append(_problem(parsed, r, "sku", "needs a SKU or a name"))
            continue
        key = (v.get("sku") or v.get("name")).lower()
        if key in seen:
            problems.append(_problem(parsed, r, "sku" if v.get("sku") else "name",
                                     f"the same product is already on row {seen[key]}"))
        seen[key] = r.row
        if v.get("supplier") and v["supplier"].lower() not in suppliers:
            problems.append(_problem(parsed, r, "supplier", f"unknown supplier '{v['supplier']}' "
                                     "(import suppliers first)"))
        mn, mx = v.get("owner_min"), v.get("owner_max")
        if mn is not None and mx is not None and mx < mn:
            problems.append(_problem(parsed, r, "owner_max", f"max {mx} is below min {mn}"))
    return problems


def check_suppliers(session: Session, parsed: Parsed) -> list[Problem]:
    problems, seen = [], {}
    for r in parsed.rows:
        k = r.values["name"].lower()
        if k in seen:
            problems.append(_problem(parsed, r, "name", f"the same supplier is already on row {seen[k]}"))
        seen[k] = r.row
    return problems


def check_stock(session: Session, parsed: Parsed) -> list[Problem]:
    by_sku, by_name = _product_index(session)
    problems = []
    for r in parsed.rows:
        if not (r.values.get("sku") or r.values.get("name")):
            problems.append(_problem(parsed, r, "sku", "needs a SKU or a name"))
        elif _find(r.values, by_sku, by_name) is None:
            f = "sku" if r.values.get("sku") else "name"
            problems.append(_problem(parsed, r, f, f"unknown product '{r.values.get(f)}'"))
    return problems


def check_sales(session: Session, parsed: Parsed) -> list[Problem]:
    return check_sales_rows(parsed, parsed.rows)


def check_sales_rows(parsed: Parsed, rows: list[ParsedRow]) -> list[Problem]:
    """Sales rows need a product (checked a chunk at a time when the file is streamed)."""
    problems = []
    for r in rows:
        if not ((r.values.get("sku") or "").strip() or (r.values.get("name") or "").strip()):
            problems.append(_problem(parsed, r, "name", "needs a product (SKU or name)"))
    return problems


CHECKS: dict[str, Callable[[Session, Parsed], list[Problem]]] = {
    "products": check_products, "suppliers": check_suppliers, "stock": check_stock,
    "sales": check_sales,
}


# ----------------------------------------------------------------------------- writers

def _known_keys(session: Session, keys: list[str]) -> set[str]:
    found: set[str] = set()
    if session.scalar(select(ImportRow.key).limit(1)) is None:
        return found
    for i in range(0, len(keys), 900):
        chunk = keys[i:i + 900]
        found.update(session.scalars(select(ImportRow.key).where(ImportRow.key.in_(chunk))))
    return found


def _remember(w: WriteContext, rows: list[ParsedRow]) -> None:
    if w.dry_run or not rows or w.batch is None:
        return
    batch_id = w.batch.id       # read once: an ORM attribute costs more than the row's insert
    cur = ledger.raw_cursor(w.session)
    if cur is None:
        w.session.execute(text("INSERT INTO import_row (key, batch_id) VALUES (:k, :b)"),
                          [{"k": r.key, "b": batch_id} for r in rows])
        return
    try:
        cur.executemany("INSERT INTO import_row (key, batch_id) VALUES (?, ?)",
                        [(r.key, batch_id) for r in rows])
    finally:
        cur.close()


def _new_rows(w: WriteContext, rows: list[ParsedRow], nothing_known: bool = False) -> list[ParsedRow]:
    """The rows not imported before (by fingerprint); the others count as already imported.
    ``nothing_known``: the caller knows no fingerprint was stored before this import began."""
    if nothing_known:
        fresh = rows
    else:
        known = _known_keys(w.session, [r.key for r in rows])
        fresh = [r for r in rows if r.key not in known]
        w.report.count("already", [r for r in rows if r.key in known])
    w.report.rows_duplicate += len(rows) - len(fresh)
    w.report.count("imported", fresh)
    return fresh


def write_suppliers(w: WriteContext, rows: list[ParsedRow]) -> None:
    existing = {s.name.lower(): s for s in w.session.scalars(select(Supplier))}
    for r in rows:
        v = r.values
        sup = existing.get(v["name"].lower())
        fields = {k: v[k] for k in ("contact", "email", "phone", "lead_time_days", "ordering_days")
                  if v.get(k) not in (None, "")}
        if sup is None:
            w.report.created += 1
            if not w.dry_run:
                sup = Supplier(name=v["name"], created_at=w.at, updated_at=w.at,
                               **{"lead_time_days": 2, "ordering_days": "", **fields})
                w.session.add(sup)
                w.session.flush()
                existing[v["name"].lower()] = sup
                record(w.session, w.actor, area="inventory", action="create supplier", entity="supplier",
                       entity_id=sup.id, after={"name": v["name"], **fields},
                       summary=_("supplier {name} (import {file} row {row})").format(name=v['name'], file=w.report.file, row=r.row), at=w.at)
        else:
            before = {k: getattr(sup, k) for k in fields}
            if before != fields:
                w.report.updated += 1
                if not w.dry_run:
                    for k, val in fields.items():
                        setattr(sup, k, val)
                    sup.updated_at = w.at
                    b, a = changes(before, fields)
                    record(w.session, w.actor, area="inventory", action="update supplier",
                           entity="supplier", entity_id=sup.id, before=b, after=a,
                           summary=_("supplier {name} (import {file} row {row})").format(name=sup.name, file=w.report.file, row=r.row), at=w.at)
        w.report.rows_written += 1
        w.report.count("imported", [r])


def write_products(w: WriteContext, rows: list[ParsedRow]) -> None:
    s = w.session
    suppliers = {x.name.lower(): x.id for x in s.scalars(select(Supplier))}
    by_sku, by_name = _product_index(s)
    taken = set(s.scalars(select(Product.sku)))
    cols = ("name", "category", "unit", "cost", "price", "pack_size", "min_order_qty", "active",
            "fill_rate_target", "owner_min", "owner_max", "shelf_life_days")
    for r in rows:
        v = r.values
        pid = _find(v, by_sku, by_name)
        fields = {k: v[k] for k in cols if v.get(k) not in (None, "")}
        sup_id = suppliers.get((v.get("supplier") or "").lower())
        if sup_id:
            fields["supplier_id"] = sup_id
        if pid is None:
            w.report.created += 1
            if not w.dry_run:
                sku = v.get("sku") or _slug_sku(v["name"], taken)
                fields.setdefault("name", sku)
                fields.setdefault("fill_rate_target", default_fill_rate(s))
                p = Product(sku=sku, created_at=w.at, updated_at=w.at, on_hand=Decimal(0), **fields)
                s.add(p)
                s.flush()
                pid = p.id
                by_sku[sku.lower()] = pid
                record(s, w.actor, area="inventory", action="create product", entity="product",
                       entity_id=pid, after={"sku": sku, **fields},
                       summary=_("product {sku} (import {file} row {row})").format(sku=sku, file=w.report.file, row=r.row), at=w.at)
        else:
            p = s.get(Product, pid)
            if any(getattr(p, k) != val for k, val in fields.items()):
                w.report.updated += 1
                if not w.dry_run:
                    before = {k: getattr(p, k) for k in fields}
                    for k, val in fields.items():
                        setattr(p, k, val)
                    p.updated_at = w.at
                    b, a = changes(before, fields)
                    record(s, w.actor, area="inventory", action="update product", entity="product",
                           entity_id=pid, before=b, after=a,
                           summary=_("product {sku} (import {file} row {row})").format(sku=p.sku, file=w.report.file, row=r.row), at=w.at)
        if sup_id and pid is not None and not w.dry_run:
            link = s.scalar(select(SupplierProduct).where(SupplierProduct.supplier_id == sup_id,
                                                          SupplierProduct.product_id == pid))
            if link is None:
                link = SupplierProduct(supplier_id=sup_id, product_id=pid)
                s.add(link)
            if v.get("supplier_sku"):
                link.supplier_sku = v["supplier_sku"]
            if v.get("supplier_price") is not None:
                link.price = v["supplier_price"]
            if v.get("pack_size") is not None:
                link.pack_size = v["pack_size"]
        w.report.rows_written += 1
        w.report.count("imported", [r])


def write_stock(w: WriteContext, rows: list[ParsedRow]) -> None:
    s = w.session
    fresh = _new_rows(w, rows)
    by_sku, by_name = _product_index(s)
    counts: dict[int, tuple[date, Decimal, str]] = {}
    for r in fresh:
        pid = _find(r.values, by_sku, by_name)
        d = r.values["date"].date() if r.values.get("date") else w.today
        if pid is not None and (pid not in counts or d >= counts[pid][0]):
            counts[pid] = (d, r.values["counted"], r.values.get("reason") or "")
    w.report.rows_written = len(fresh)
    if w.dry_run:
        return
    from core.inventory.service import stocktake_in_session
    stocktake_in_session(s, w.actor, {pid: c[1] for pid, c in counts.items()}, w.at,
                         {pid: c[0] for pid, c in counts.items()}, reason=_('imported stock count'),
                         batch_id=w.batch.id if w.batch else None)
    _remember(w, fresh)


PLACEHOLDER_REASON = "placeholder item ('NONE' or empty), ignored"


_NEW = 1 << 40          # codes of products this import creates (above any real product id)
_DAY_BITS = 22          # date ordinals stay below 2**22
_DAY_MASK = (1 << _DAY_BITS) - 1


class SalesWriter:
    """Sales rows in, a chunk at a time (a big export is never held whole): each chunk's new rows
    are remembered by fingerprint and added up per product, day and sale/return; ``finish``
    creates the products the file named that Deskmate did not know and posts one ledger movement
    per product, day and kind.

    The running sums are kept compact — one integer key (product, day, return or not) to one
    integer quantity in ten-thousandths, exact — because half a million rows can make several
    hundred thousand of them."""

    def __init__(self, w: WriteContext) -> None:
        self.w = w
        s = w.session
        self.by_sku, self.by_name = _product_index(s)
        self.taken = set(s.scalars(select(Product.sku)))
        self.new_products: dict[str, dict[str, Any]] = {}
        self.agg: dict[int, int] = defaultdict(int)
        self.memo: dict[tuple[str, str], int] = {}
        self.scaled: dict[Decimal, int] = {}
        self.placeholders = 0
        # no fingerprint stored yet: none of this file's rows can be known (they are unique in it)
        self.nothing_known = s.scalar(select(ImportRow.key).limit(1)) is None

    def _code(self, v: dict[str, Any]) -> int:
        """The product's id, or a code above every id for a product this import will create."""
        mk = (v.get("sku") or "", v.get("name") or "")
        code = self.memo.get(mk)
        if code is None:
            pid = _find(v, self.by_sku, self.by_name)
            if pid is None:
                key = (mk[0].strip() or mk[1].strip()).lower()
                if key not in self.new_products:
                    self.new_products[key] = {"sku": mk[0].strip(), "name": mk[1].strip(),
                                              "price": v.get("unit_price"), "code": _NEW + len(self.new_products)}
                code = self.new_products[key]["code"]
            else:
                code = pid
            self.memo[mk] = code
        return code

    def feed(self, rows: list[ParsedRow]) -> None:
        w = self.w
        kept = []
        for r in rows:
            v = r.values
            if (v.get("sku") or "").strip().lower() in PLACEHOLDER_ITEMS and \
                    (v.get("name") or "").strip().lower() in PLACEHOLDER_ITEMS:
                self.placeholders += 1
                w.report.skip(PLACEHOLDER_REASON, r)
            else:
                kept.append(r)
        fresh = _new_rows(w, kept, self.nothing_known)
        agg, memo, scaled = self.agg, self.memo, self.scaled
        for r in fresh:
            v = r.values
            code = memo.get((v.get("sku") or "", v.get("name") or ""))
            if code is None:
                code = self._code(v)
            q = v["quantity"]
            units = scaled.get(q)
            if units is None:
                units = scaled[q] = int(q.scaleb(4))     # exact: quantities have at most 4 decimals
            agg[(((code << _DAY_BITS) | v["date"].toordinal()) << 1) | (q < 0)] += units
        if len(scaled) > 100_000:
            scaled.clear()
        w.report.rows_written += len(fresh)
        if not w.dry_run:
            _remember(w, fresh)

    def finish(self, chunk: int = 20_000) -> None:
        w, s = self.w, self.w.session
        if self.placeholders:
            w.report.notes.append(f"{self.placeholders} placeholder rows (item 'NONE' or empty) ignored")
        w.report.created = len(self.new_products)
        if w.dry_run:
            return
        ids: dict[int, int] = {}
        created: dict[int, Product] = {}
        target = default_fill_rate(s) if self.new_products else Decimal("0.95")
        for np_ in self.new_products.values():
            sku = np_["sku"] or _slug_sku(np_["name"], self.taken)
            self.taken.add(sku)
            price = np_["price"] if np_["price"] is not None and np_["price"] >= 0 else Decimal(0)
            created[np_["code"]] = Product(sku=sku, name=np_["name"] or sku, created_at=w.at, updated_at=w.at,
                                           on_hand=Decimal(0), price=price, fill_rate_target=target)
        s.add_all(created.values())
        s.flush()    # one batched INSERT for all new products
        for code, p in created.items():
            ids[code] = p.id
            record(s, w.actor, area="inventory", action="create product", entity="product", entity_id=p.id,
                   after={"sku": p.sku, "name": p.name, "price": p.price},
                   summary=_("product {sku} created from sales in {file}").format(sku=p.sku, file=w.report.file), at=w.at)
        batch_id = w.batch.id if w.batch else None
        moves: list[ledger.Move] = []
        agg = self.agg
        # in key order — product, then day — so each slice holds whole product histories: the
        # ledger's aggregates (core/inventory/history.py) are folded in once per product, and every
        # table keyed by product and day fills in key order
        for key in sorted(agg):
            q = agg[key]
            if q == 0:
                continue
            code = key >> (_DAY_BITS + 1)
            day = date.fromordinal((key >> 1) & _DAY_MASK)
            moves.append(ledger.Move(ids.get(code, code), day, "return" if key & 1 else "sale",
                                     -Decimal(q).scaleb(-4), reference=w.report.file, import_batch_id=batch_id))
            if len(moves) >= chunk:      # posted in slices: the ledger's rows are never all in memory
                ledger.post(s, w.actor, moves, w.at, audit=False)
                moves = []
        ledger.post(s, w.actor, moves, w.at, audit=False)


def write_sales(w: WriteContext, rows: list[ParsedRow]) -> None:
    writer = SalesWriter(w)
    writer.feed(rows)
    writer.finish()


def stored_totals(session: Session, kind: str, batch_id: int) -> tuple[Tally, str] | None:
    """What an import batch stored, read back from the ledger: sales as movements (one per
    product, day and sale/return; their quantity sold), stock counts as counted quantities."""
    if kind == "sales":
        n, q = session.execute(select(func.count(StockMovement.id), func.sum(StockMovement.quantity))
                               .where(StockMovement.import_batch_id == batch_id)).one()
        return Tally(n or 0, -(q or Decimal(0)), None), "ledger movements read back; sales keep no money"
    if kind == "stock":
        n, counted = session.execute(select(func.count(StockMovement.id), func.sum(StockMovement.counted))
                                     .where(StockMovement.import_batch_id == batch_id)).one()
        return Tally(n or 0, counted or Decimal(0), None), "one count per product read back"
    return None


WRITERS: dict[str, Callable[[WriteContext, list[ParsedRow]], None]] = {
    "products": write_products, "suppliers": write_suppliers, "stock": write_stock,
    "sales": write_sales,
}


def sales_rows_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(ImportRow)) or 0
