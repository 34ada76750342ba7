"""Texts that core writes for people read numbers, money and dates in the shop's formats.

Each test sets a German shop (de_DE, EUR) and reads the text where a person meets it — a drafted
invoice's title, a roster file, a purchase-order PDF, a data-quality finding, a reorder card's
explanation, an inbox item's history — expecting "1.234,50" (and a no-break space before "€" and "%", as the locale writes them) and "30.11.2026", never "1234.50",
"2026-11-30" or "30 November".
"""
from __future__ import annotations

from core.inbox.texts import shown

from datetime import date
from decimal import Decimal

import pytest

from core.inbox.service import InboxFilter, SuggestionEventRow
from core.inventory.wording import pattern_explained, policy_caption
from core.invoicing.agreements import period_label
from core.invoicing.lines import LineDraft
from core.kernel.actor import SYSTEM, who_words
from core.kernel.formats import Formats

DE = Formats("de_DE", "EUR", "Europe/Berlin")


@pytest.fixture
def german(app, owner):
    app.settings.update(owner, {"shop.locale": "de_DE", "shop.currency": "EUR", "shop.timezone": "Europe/Berlin"})
    return app


def test_a_billing_period_reads_in_the_shops_language_and_dates(german, owner):
    assert period_label("monthly", date(2026, 3, 1), DE) == "März 2026"
    assert period_label("weekly", date(2026, 3, 2), DE) == "week 2. März – 08.03.2026"
    assert period_label("yearly", date(2026, 3, 2), DE) == "year from 02.03.2026"
    assert period_label("monthly", date(2026, 3, 1)) == "March 2026"     # without a shop: en_GB

    cust = german.customers.create(owner, name="Café Krone")
    german.invoicing.add_agreement(owner, cust.id, "Catering", "monthly", date(2026, 10, 1),
                                   [LineDraft("Catering", Decimal(1), Decimal("1234.50"), "standard")])
    run = german.automation.run_now(owner, "invoicing.recurring_drafts", trigger="manual")
    assert run.outcome == "ok", run.error
    titles = sorted(i.title for i in german.inbox.list(InboxFilter(kind="invoice_draft")))
    assert titles == ["Invoice Café Krone: Catering, November 2026", "Invoice Café Krone: Catering, Oktober 2026"]
    item = german.inbox.list(InboxFilter(kind="invoice_draft"))[0]
    assert any("1.234,50\u00a0€" in line for line in german.inbox.get(item.id).reason["calculation"])


def test_roster_files_head_their_days_and_title_in_the_shops_format(german, owner, tmp_path):
    import openpyxl
    from pypdf import PdfReader

    from core.scheduling.exports import export_roster
    from tests.core.scheduling.sched_helpers import WEEK, small_shop
    ann, _b, _c = small_shop(german, owner)
    german.scheduling.add_shift_type(owner, "HLF", "Half", 9 * 60, 7 * 60 + 30)
    rid = german.scheduling.new_roster(owner, WEEK)
    german.scheduling.assign(owner, rid, ann.id, WEEK, "HLF")
    ws = openpyxl.load_workbook(export_roster(german, owner, WEEK, tmp_path / "r.xlsx"))["Roster"]
    heads = [c.value for c in ws[1]]
    assert heads[1] == DE.day(WEEK) == "Mo., 30. Nov." and heads[7] == "So., 6. Dez."
    ann_row = next(r for r in ws.iter_rows(min_row=2, values_only=True) if r[0] == ann.name)
    assert ann_row[1] == "Half 09:00–16:30" and ann_row[8] == 7.5      # the hours stay a number to add up
    text = PdfReader(export_roster(german, owner, WEEK, tmp_path / "r.pdf")).pages[0].extract_text()
    assert "roster, week of 30.11.2026" in text and "Mo., 30. Nov." in text
    assert "Half 09:00–16:30" in text and "7,5" in text and "30 November" not in text


def test_a_purchase_order_pdf_writes_amounts_and_dates_as_the_shop_does(german, owner, tmp_path):
    from pypdf import PdfReader
    sup = german.inventory.create_supplier(owner, "Mühle GmbH", lead_time_days=2)
    p = german.inventory.create_product(owner, "OFN", "Ofen", cost="1234.50", price="2000", supplier_id=sup.id)
    po = german.inventory.create_purchase_order(owner, sup.id, [{"product_id": p.id, "quantity": 2}])
    text = PdfReader(german.inventory.export_purchase_order(po.row.id, tmp_path / "po.pdf")).pages[0].extract_text()
    assert "1.234,50" in text and "2.469,00\u00a0€" in text and "Unit cost (EUR)" in text
    assert f"Order date: {DE.date(po.row.order_date)}" in text and "1234.50" not in text


def test_data_quality_findings_read_money_and_stock_in_the_shops_format(german, owner):
    from core.inventory import quality
    inv = german.inventory
    a = inv.create_product(owner, "A1", "Ofen", cost="2000", price="1234.50")
    b = inv.create_product(owner, "B1", "Kerzen")
    inv.adjust_stock(owner, b.id, Decimal("-1234.5"), "sold before counting")
    with german.db.read() as s:
        (below,) = quality.price_below_cost(s, german)
        (negative,) = quality.negative_stock(s, german)
    assert below.subject_id == a.id and shown(below.problem) == "sells for 1.234,50\u00a0€, below its cost 2.000,00\u00a0€"
    assert shown(negative.problem) == "stock on hand is -1.234,5"
    # the finding stays the same item whatever the shop's formats: changing the locale neither
    # re-opens a dismissed finding nor drafts it twice
    german.settings.update(owner, {"shop.locale": "en_GB"})
    with german.db.read() as s:
        (again,) = quality.price_below_cost(s, german)
    assert shown(again.problem) == "sells for €1,234.50, below its cost €2,000.00"
    assert again.fingerprint() == below.fingerprint()


def test_demand_statistics_and_the_product_caption_use_the_shops_numbers():
    text = pattern_explained(1234.0123, 0.164, DE)
    assert "a sale every 1.234,0 days" in text and "ADI 1.234,01" in text and "CV² 0,16" in text
    assert "under 1,32" in text and "under 0,49" in text
    pol = {"demand_pattern": "sells on most days, steady amounts", "forecast_daily": 1234.5,
           "forecast_error_rmse": 0.25, "lead_time_days": 1, "fill_rate_target": 0.95, "safety_stock": 3.5,
           "reorder_point": 1240.25, "order_up_to": None, "replay_days": 56,
           "target_group_replay_fill_rate": 0.9512, "replay_fill_rate": 0.9375}
    caption = policy_caption(Decimal("1234.5"), Decimal(0), pol, DE)
    assert caption.startswith("On hand 1.234,5, on order 0. It sells on most days")
    assert "about 1.234,5 a day (± 0,25)" in caption and "a delivery takes 1 day;" in caption
    assert "serve 95\u00a0% of what is asked for" in caption and "95,1\u00a0% for the products" in caption
    assert "93,8\u00a0% for this one" in caption and "reorder at 1.240,25" in caption and "order up to —" in caption


def test_an_items_history_names_the_automation_in_words_and_dates_in_the_shops_format(german, owner):
    german.inventory.create_product(owner, "A1", "Ofen", cost="2000", price="1234.50")
    run = german.automation.run_now(owner, "automation.data_quality", trigger="manual")
    assert run.outcome == "ok", run.error
    item = next(i for i in german.inbox.list(InboxFilter(kind="data_quality")) if "1.234,50\u00a0€" in i.title)
    (drafted, *_) = german.inbox.get(item.id).events
    line = drafted.words(german.formats(), "Data-quality check")
    assert line.startswith(DE.datetime(drafted.at)) and "25.11.2026" in line
    assert line.endswith("Data-quality check (automatic): drafted") and SYSTEM.username not in line
    assert "Deskmate (automatic)" in drafted.words(DE)
    row = SuggestionEventRow(drafted.at, "olivia", "reject", "new", "rejected", "checked the till")
    assert row.words(DE).endswith("olivia: rejected — checked the till")
    assert who_words(SYSTEM.username) == "Deskmate (automatic)" and who_words("sam") == "sam"


def test_a_reminder_letter_writes_dates_and_money_as_the_shop_does(german, owner):
    from core.invoicing.jobs import reminder_fields
    from core.invoicing.models import Invoice
    from tests.core.invoicing.inv_helpers import customer, lines
    cust = customer(german, owner)
    inv = german.invoicing.create_draft(owner, cust.id, lines(("Torte", "1", "1234.5", "standard")))
    german.invoicing.issue(owner, inv.id)
    with german.db.read() as s:
        fields = reminder_fields(s, s.get(Invoice, inv.id), date(2026, 12, 30), 1)
    assert fields["issue_date"] == "25.11.2026" and fields["due_date"].endswith(".2026")
    assert fields["open"] == "1.481,40\u00a0€"          # 1.234,50 + 20 % tax


def test_roster_checks_write_hours_as_the_shop_does(german, owner):
    from tests.core.scheduling.sched_helpers import WEEK, small_shop
    ann, _b, _c = small_shop(german, owner)
    german.scheduling.add_shift_type(owner, "HLF", "Half", 9 * 60, 7 * 60 + 30)
    german.scheduling.update_staff(owner, ann.id, min_minutes=0, max_minutes=4 * 60 + 30)
    rid = german.scheduling.new_roster(owner, WEEK)
    german.scheduling.assign(owner, rid, ann.id, WEEK, "HLF")
    messages = [w.message for w in german.scheduling.view(rid).warnings if w.rule == "max_minutes"]
    assert messages == [f"{ann.name} works 7,5 h, at most 4,5 h allowed"]
