"""PDF invoices, credit notes and reminder letters, rendered in core with fpdf2 (no Qt).

The layout's words, sizes, colours and font come from ``core/resources/invoicing/invoice_template.json``
so a shop can adapt them without code; ``invoice_template.<lang>.json`` beside it holds the words in
another language (a document is rendered in its customer's language: the words of that language's
template, falling back to the shop's, and the sentences through the message catalogue). Dates and
amounts follow the locale the caller passes (the customer's language, the shop's currency). Drafts carry a large "DRAFT" marking (machine-drafted
drafts say so) until a person issues them; voided invoices say VOID with the reason.
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal
from fpdf import FPDF

from core.kernel.i18n import _, current_language
from core.kernel.paths import resources_dir

if TYPE_CHECKING:
    from core.invoicing.reads import InvoiceInfo

TEMPLATE = "invoicing/invoice_template.json"


def load_template(lang: str | None = None) -> dict[str, Any]:
    """The layout, with the labels of ``lang``'s template over the shop's (default: the language
    being spoken, see :func:`core.kernel.i18n.language`); a label a language's file lacks keeps the
    shop's word."""
    base = json.loads((resources_dir() / TEMPLATE).read_text(encoding="utf-8"))
    lang = lang or current_language()
    own = resources_dir() / TEMPLATE.replace(".json", f".{lang}.json")
    if own.exists():
        words = json.loads(own.read_text(encoding="utf-8"))
        base["labels"] = {**base["labels"], **words.get("labels", {})}
    return base


class _Doc(FPDF):
    def __init__(self, tpl: dict[str, Any], footer_text: str) -> None:
        super().__init__(format=tpl["page"]["format"])
        self.tpl = tpl
        self.footer_text = footer_text
        m = tpl["page"]["margin"]
        self.set_margins(m, m, m)
        self.set_auto_page_break(True, m + 12)
        self.family = "helvetica"
        self.unicode = False
        f = tpl["font"]
        for folder in f.get("search", []):
            reg, bold = Path(folder) / f["regular"], Path(folder) / f["bold"]
            if reg.exists() and bold.exists():
                self.add_font(f["family"], "", str(reg))
                self.add_font(f["family"], "B", str(bold))
                self.family, self.unicode = f["family"], True
                break
        self.size = f["size"]
        self.set_font(self.family, "", self.size)

    def t(self, text: Any) -> str:
        """Text the font can draw (core fonts are Latin-1 only)."""
        s = "" if text is None else str(text)
        if self.unicode:
            return s
        s = s.replace("—", "-").replace("–", "-").replace("€", "EUR").replace("’", "'")
        return s.encode("latin-1", "replace").decode("latin-1")

    def footer(self) -> None:
        self.set_y(-self.tpl["page"]["margin"] - 8)
        self.set_font(self.family, "", 7.5)
        self.set_text_color(*self.tpl["muted"])
        self.multi_cell(0, 3.5, self.t(self.footer_text), align="C")
        self.set_text_color(0, 0, 0)
        self.set_font(self.family, "", self.size)


def _logo(shop: dict[str, Any]) -> Path | None:
    configured = (shop.get("invoicing.logo") or "").strip()
    for p in ([Path(configured).expanduser()] if configured else []) + [resources_dir() / "invoicing" / "logo.png"]:
        if p.exists():
            return p
    return None


def _money(v: Decimal, cur: str, loc: str) -> str:
    return format_currency(v, cur, locale=loc)


def _header(pdf: _Doc, shop: dict[str, Any], title: str) -> None:
    tpl = pdf.tpl
    logo = _logo(shop)
    top = pdf.get_y()
    if logo is not None:
        pdf.image(str(logo), x=pdf.l_margin, y=top, w=tpl["logo"]["width"])
    pdf.set_xy(pdf.w - pdf.r_margin - 80, top)
    pdf.set_font(pdf.family, "B", 12)
    pdf.cell(80, 6, pdf.t(shop.get("shop.name", "")), align="R", new_x="LEFT", new_y="NEXT")
    pdf.set_font(pdf.family, "", 8.5)
    lines = [*(shop.get("shop.address") or "").splitlines(), shop.get("shop.email", ""), shop.get("shop.phone", "")]
    if shop.get("shop.tax_id"):
        lines.append(f"{tpl['labels']['shop_tax_id']} {shop['shop.tax_id']}")
    for ln in filter(None, lines):
        pdf.cell(80, 4, pdf.t(ln), align="R", new_x="LEFT", new_y="NEXT")
    pdf.set_y(max(pdf.get_y(), top + 24) + 6)
    pdf.set_x(pdf.l_margin)
    pdf.set_font(pdf.family, "B", 18)
    pdf.set_text_color(*tpl["accent"])
    pdf.cell(0, 9, pdf.t(title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font(pdf.family, "", pdf.size)


def _watermark(pdf: _Doc, text: str) -> None:
    with pdf.local_context():
        pdf.set_font(pdf.family, "B", 34)
        pdf.set_text_color(200, 60, 60)
        with pdf.rotation(30, pdf.w / 2, pdf.h / 2):
            w = pdf.get_string_width(pdf.t(text))
            if w > pdf.w - 20:
                pdf.set_font(pdf.family, "B", 34 * (pdf.w - 20) / w)
                w = pdf.get_string_width(pdf.t(text))
            pdf.text(pdf.w / 2 - w / 2, pdf.h / 2, pdf.t(text))


def render_invoice(inv: "InvoiceInfo", shop: dict[str, Any], path: Path,
                   template: dict[str, Any] | None = None, locale: str | None = None) -> Path:
    """Render in the language being spoken (``with language(...)``) and ``locale`` (default: the
    shop's)."""
    tpl = template or load_template()
    L = tpl["labels"]  # noqa: N806 - the labels, used on almost every line below
    cur, loc = inv.currency, locale or shop.get("shop.locale", "en_GB")
    footer = "\n".join(filter(None, [shop.get("invoicing.legal_footer", ""),
                                     f"{shop.get('shop.name', '')} · {shop.get('shop.tax_id', '')}".strip(" ·")]))
    pdf = _Doc(tpl, footer)
    pdf.set_title(f"{L[inv.kind]} {inv.number or L['draft_manual']}")
    pdf.set_author(shop.get("shop.name", ""))
    pdf.add_page()
    _header(pdf, shop, L[inv.kind])
    if inv.state == "draft":
        _watermark(pdf, L["draft"] if inv.machine_drafted else L["draft_manual"])
    elif inv.state == "void":
        _watermark(pdf, L["void"])

    # Customer block (left) and document facts (right).
    y = pdf.get_y() + 2
    pdf.set_xy(pdf.l_margin, y)
    pdf.set_font(pdf.family, "B", pdf.size)
    pdf.cell(90, 5, pdf.t(inv.customer_name), new_x="LEFT", new_y="NEXT")
    pdf.set_font(pdf.family, "", pdf.size)
    for ln in inv.billing_address.splitlines():
        pdf.cell(90, 4.5, pdf.t(ln), new_x="LEFT", new_y="NEXT")
    if inv.customer_tax_id:
        pdf.cell(90, 4.5, pdf.t(f"{L['customer_tax_id']}: {inv.customer_tax_id}"), new_x="LEFT", new_y="NEXT")
    left_end = pdf.get_y()
    facts = [(L["number"], inv.number or (L["draft_manual"] if not inv.machine_drafted else L["draft"]))]
    if inv.issue_date:
        facts.append((L["date"], format_date(inv.issue_date, "medium", locale=loc)))
    if inv.due_date and inv.kind == "invoice":
        facts.append((L["due"], format_date(inv.due_date, "medium", locale=loc)))
    if inv.credit_of_number:
        facts.append((L["credits"], inv.credit_of_number))
    pdf.set_xy(pdf.w - pdf.r_margin - 75, y)
    for label, value in facts:
        pdf.set_x(pdf.w - pdf.r_margin - 75)
        pdf.set_text_color(*tpl["muted"])
        pdf.cell(28, 5, pdf.t(label))
        pdf.set_text_color(0, 0, 0)
        pdf.cell(47, 5, pdf.t(value), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(left_end, pdf.get_y()) + 6)
    if inv.state == "void" and inv.void_reason:
        pdf.set_text_color(200, 60, 60)
        pdf.multi_cell(0, 5, pdf.t(f"{L['void']}: {inv.void_reason}"), new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)

    # Lines.
    cols = tpl["columns"]
    pdf.set_fill_color(*tpl["accent"])
    pdf.set_text_color(255, 255, 255)
    pdf.set_font(pdf.family, "B", pdf.size - 0.5)
    for key, w in cols:
        pdf.cell(w, 6.5, pdf.t(L[key]), fill=True, align="L" if key == "description" else "R")
    pdf.ln()
    pdf.set_text_color(0, 0, 0)
    pdf.set_font(pdf.family, "", pdf.size - 0.5)
    for ln in inv.lines:
        values = {"description": ln.description, "qty": format_decimal(ln.quantity.normalize(), locale=loc),
                  "unit_price": _money(ln.unit_price, cur, loc) + (" *" if ln.price_includes_tax else ""),
                  "discount": format_decimal(ln.discount_pct.normalize(), locale=loc) if ln.discount_pct else "",
                  "tax": f"{format_decimal(ln.tax_rate.normalize(), locale=loc)} %",
                  "amount": _money(ln.gross if ln.price_includes_tax else ln.net, cur, loc)}
        y0 = pdf.get_y()
        if y0 > pdf.h - 50:
            pdf.add_page()
            y0 = pdf.get_y()
        desc_w = cols[0][1]
        n_lines = len(pdf.multi_cell(desc_w, 5, pdf.t(values["description"]), dry_run=True, output="LINES"))
        pdf.set_xy(pdf.l_margin, y0)
        pdf.multi_cell(desc_w, 5, pdf.t(values["description"]), new_x="RIGHT", new_y="TOP")
        x = pdf.l_margin + desc_w
        for key, w in cols[1:]:
            pdf.set_xy(x, y0)
            pdf.cell(w, 5, pdf.t(values[key]), align="R")
            x += w
        pdf.set_y(y0 + 5 * max(1, n_lines))
        pdf.set_draw_color(225, 225, 225)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    if any(ln.price_includes_tax for ln in inv.lines):
        pdf.set_font(pdf.family, "", 7.5)
        pdf.cell(0, 4.5, pdf.t(_("* price includes tax")), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(pdf.family, "", pdf.size - 0.5)

    # Totals (right) and tax summary (left).
    pdf.ln(4)
    y = pdf.get_y()
    pdf.set_font(pdf.family, "B", pdf.size - 0.5)
    pdf.cell(80, 5.5, pdf.t(L["tax_summary"]), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.family, "", pdf.size - 1)
    pdf.set_text_color(*tpl["muted"])
    for head, w in ((L["rate"], 22), (L["net"], 28), (L["tax"], 28)):
        pdf.cell(w, 5, pdf.t(head), align="R")
    pdf.ln()
    pdf.set_text_color(0, 0, 0)
    for t in inv.taxes:
        pdf.cell(22, 5, pdf.t(f"{format_decimal(t.rate.normalize(), locale=loc)} %"), align="R")
        pdf.cell(28, 5, pdf.t(_money(t.net, cur, loc)), align="R")
        pdf.cell(28, 5, pdf.t(_money(t.tax, cur, loc)), align="R", new_x="LMARGIN", new_y="NEXT")
    left_end = pdf.get_y()
    totals = [(L["net_total"], inv.net, False), (L["tax_total"], inv.tax, False), (L["gross_total"], inv.gross, True)]
    if inv.kind == "invoice" and inv.state == "issued" and (inv.paid or inv.credited):
        totals += [(L["paid"], -(inv.paid + inv.credited), False), (L["open"], inv.open, True)]
    pdf.set_y(y)
    for label, value, strong in totals:
        pdf.set_x(pdf.w - pdf.r_margin - 80)
        pdf.set_font(pdf.family, "B" if strong else "", pdf.size + (1 if strong else 0))
        pdf.cell(45, 6, pdf.t(label))
        pdf.cell(35, 6, pdf.t(_money(value, cur, loc)), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.family, "", pdf.size)
    pdf.set_y(max(left_end, pdf.get_y()) + 8)

    settled = inv.kind == "invoice" and inv.state == "issued" and inv.open <= 0
    if settled:
        # Nothing left to pay: asking for money here would contradict "Amount due £0.00".
        pdf.set_font(pdf.family, "B", pdf.size)
        pdf.cell(0, 5, pdf.t(L.get("paid_in_full", _("Paid in full — thank you"))), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(pdf.family, "", pdf.size)
        for p in inv.payments:
            pdf.cell(0, 4.8, pdf.t(f"{L.get('received', _('Received'))} {_money(p.received, cur, loc)} "
                                   f"{format_date(p.paid_on, 'long', locale=loc)} ({p.method})"),
                     new_x="LMARGIN", new_y="NEXT")
        if inv.credited:
            pdf.cell(0, 4.8, pdf.t(f"{L.get('credited', _('Credited'))} {_money(inv.credited, cur, loc)}"),
                     new_x="LMARGIN", new_y="NEXT")
    elif inv.kind == "invoice" and inv.state != "void" and shop.get("invoicing.payment_details"):
        pdf.set_font(pdf.family, "B", pdf.size)
        pdf.cell(0, 5, pdf.t(L["payment"]), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(pdf.family, "", pdf.size)
        pdf.multi_cell(0, 4.8, pdf.t(_please_pay(inv, cur, loc) + "\n" + shop["invoicing.payment_details"]),
                       new_x="LMARGIN", new_y="NEXT")
    if inv.notes:
        pdf.ln(3)
        pdf.multi_cell(0, 4.8, pdf.t(inv.notes), new_x="LMARGIN", new_y="NEXT")
    return _save(pdf, path)


def _please_pay(inv: "InvoiceInfo", cur: str, loc: str) -> str:
    """The request to pay: whole sentences, so a translator can order them as the language does."""
    owed = _money(inv.open if inv.state == "issued" else inv.gross, cur, loc)
    due = format_date(inv.due_date, "long", locale=loc) if inv.due_date else None
    if due and inv.number:
        return _("Please pay {amount} by {due}, reference {number}.").format(amount=owed, due=due, number=inv.number)
    if due:
        return _("Please pay {amount} by {due}.").format(amount=owed, due=due)
    if inv.number:
        return _("Please pay {amount}, reference {number}.").format(amount=owed, number=inv.number)
    return _("Please pay {amount}.").format(amount=owed)


def render_reminder(inv: "InvoiceInfo", shop: dict[str, Any], level: int, subject: str, body: str,
                    path: Path, template: dict[str, Any] | None = None, locale: str | None = None) -> Path:
    """A reminder letter in the language being spoken and ``locale`` (default: the shop's)."""
    tpl = template or load_template()
    loc = locale or shop.get("shop.locale", "en_GB")
    pdf = _Doc(tpl, shop.get("invoicing.legal_footer", "") or shop.get("shop.name", ""))
    pdf.set_title(subject)
    pdf.add_page()
    _header(pdf, shop, f"{tpl['labels']['reminder']} ({level})")
    pdf.set_font(pdf.family, "B", pdf.size)
    pdf.cell(0, 5, pdf.t(inv.customer_name), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.family, "", pdf.size)
    for ln in inv.billing_address.splitlines():
        pdf.cell(0, 4.5, pdf.t(ln), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font(pdf.family, "B", pdf.size + 1)
    pdf.multi_cell(0, 6, pdf.t(subject), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.family, "", pdf.size)
    pdf.ln(2)
    pdf.multi_cell(0, 5, pdf.t(body), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    cur = inv.currency
    for label, value in ((_("Invoice"), inv.number), (_("Issued"), format_date(inv.issue_date, "medium", locale=loc)),
                         (_("Due"), format_date(inv.due_date, "medium", locale=loc)),
                         (_("Total"), _money(inv.gross, cur, loc)), (_("Still open"), _money(inv.open, cur, loc))):
        pdf.cell(35, 5, pdf.t(label))
        pdf.cell(50, 5, pdf.t(value), new_x="LMARGIN", new_y="NEXT")
    return _save(pdf, path)


def _save(pdf: FPDF, path: Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    pdf.output(str(tmp))
    tmp.replace(path)
    return path
