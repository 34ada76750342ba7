"""Stored keys read in the user's language on screen (issue 17): a customer's history, a role's
permissions under My account, states that need their own words per kind of record, the routing
fields' accessible names and a message's kind said to a screen reader."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from core.invoicing.service import LineDraft
from desktop.ui import APPOINTMENT_STATE_WORDS, INVOICE_STATUS_WORDS, PAYMENT_METHOD_WORDS, TIME_OFF_STATE_WORDS, words
from tests.desktop.conftest import show_page


def test_a_customers_history_reads_in_german(qtbot, app, owner, make_ctx, settle, ui_language):
    import desktop.pages.customers  # noqa: F401 - registers the page
    from desktop.pages.customers.page import CustomersPage
    cust = app.customers.create(owner, name="Ann Smith")
    inv = app.invoicing.issue(owner, app.invoicing.create_draft(
        owner, cust.id, [LineDraft("Cake", Decimal(1), Decimal("12"), "standard")]).id)
    app.invoicing.record_payment(owner, inv.id, Decimal("5"), method="cash")
    app.customers.note(owner, cust.id, "called about the cake")
    ui_language("de")
    ctx, page = show_page(qtbot, make_ctx, CustomersPage, owner, (1300, 760))
    page.load(cust.id)
    settle(ctx)
    rows = [[page.history.item(r, c).text() for c in range(3)] for r in range(page.history.rowCount())]
    areas = {r[1]: r[2] for r in rows}
    assert areas == {"Rechnungen": "teilweise bezahlt", "Zahlungen": "bar", "Notizen": "Notiz"}, rows


def test_my_account_lists_what_the_role_may_do_in_its_words(qtbot, app, owner, staff, make_ctx, ui_language):
    from desktop.pages.settings.users import MyAccount
    ui_language("de")
    ctx, page = show_page(qtbot, make_ctx, MyAccount, staff, (900, 700))
    text = page.findChild(QLabel, "myPermissions").text()
    assert "Artikel, Lieferanten und Lagerbestand bearbeiten" in text
    assert "edit products" not in text and "view reports" not in text


def test_each_kind_of_record_keeps_its_own_state_words(qapp, ui_language):
    """"open" is an unpaid invoice and an order still being worked on: Spanish says them apart."""
    ui_language("es")
    assert words("open", INVOICE_STATUS_WORDS) == "pendiente de pago"
    assert QCoreApplication.translate("PurchaseOrders", "open") == "abierta"
    assert words("part paid", INVOICE_STATUS_WORDS) == "pagada en parte"
    ui_language("de")
    assert words("open", INVOICE_STATUS_WORDS) == "offen (unbezahlt)"
    assert words("no_show", APPOINTMENT_STATE_WORDS) == "nicht erschienen"
    assert words("pending", APPOINTMENT_STATE_WORDS) == "offen"
    assert words("pending", TIME_OFF_STATE_WORDS) == "beantragt"
    assert words("bank transfer", PAYMENT_METHOD_WORDS) == "Überweisung"


def test_routing_fields_and_messages_are_named_in_german(qtbot, qapp, ui_language):
    from desktop.pages.settings.fields import AreasOffEditor, DecideRolesEditor
    from desktop.widgets.message_bar import MessageBar
    ui_language("de")
    roles = DecideRolesEditor()
    qtbot.addWidget(roles)
    assert roles.boxes["payment_reminder"].accessibleName() == "Wer entscheidet: Zahlungserinnerung"
    assert roles.titles["payment_reminder"].text() == "Zahlungserinnerung"
    areas = AreasOffEditor()
    qtbot.addWidget(areas)
    assert areas.boxes["inventory"].text() == "Lager"
    bar = MessageBar()
    qtbot.addWidget(bar)
    bar.show_message("Nicht gespeichert", kind="error")
    assert bar.accessibleName() == "Fehler: Nicht gespeichert"


def test_the_roster_reports_figures_wrap_whole_in_german(qtbot, app, owner, make_ctx, settle, ui_language):
    """German figure labels are long ("Fehlende Personen gegenüber der Mindestbesetzung"): each row
    is as tall as its label wrapped at the column's width, never cut off with "…"."""
    from desktop.pages.reports.page import ReportsPage
    from desktop.pages.reports.trend import TrendReportSection
    ui_language("de")
    ctx, page = show_page(qtbot, make_ctx, ReportsPage, owner, (1280, 720))
    page.nav.setCurrentRow(next(i for i, s in enumerate(page.sections) if s.title.startswith("Roster")))
    settle(ctx)
    section = page.current_section()
    assert isinstance(section, TrendReportSection)
    qtbot.wait(10)                              # the rows are measured once the columns settle
    t = section.figures
    fm = t.fontMetrics()
    labels = [t.item(r, 0).text() for r in range(t.rowCount())]
    assert "Fehlende Personen gegenüber der Mindestbesetzung" in labels
    for r, text in enumerate(labels):
        needed = fm.boundingRect(0, 0, t.columnWidth(0) - 14, 10_000, Qt.TextFlag.TextWordWrap, text).height()
        assert t.rowHeight(r) >= needed, (text, t.rowHeight(r), needed)
    assert any(t.rowHeight(r) > 2 * fm.height() for r in range(t.rowCount())), \
        [(t.columnWidth(0), t.rowHeight(r)) for r in range(t.rowCount())]        # some labels wrap


def test_automation_names_areas_and_an_unrun_job_in_german(qtbot, app, owner, make_ctx, settle, ui_language):
    from desktop.pages.automation.page import AutomationPage
    ui_language("de")
    ctx, page = show_page(qtbot, make_ctx, AutomationPage, owner, (1366, 768))
    settle(ctx)
    assert page.area_checks["inventory"].text() == "Lager"
    areas = {page.jobs_table.item(r, 2).text() for r in range(page.jobs_table.rowCount())}
    assert "Lager" in areas and "inventory" not in areas
    assert {page.jobs_table.item(r, 5).text() for r in range(page.jobs_table.rowCount())} == {"nie"}


def test_every_reports_title_shows_whole_in_spanish(qtbot, app, owner, make_ctx, settle, ui_language):
    from desktop.pages.reports.page import NAV_ITEM_PADDING, ReportsPage
    ui_language("es")
    ctx, page = show_page(qtbot, make_ctx, ReportsPage, owner, (1366, 768))
    qtbot.wait(10)                              # the titles are measured once the list has its width
    fm = page.nav.fontMetrics()
    width = page.nav.viewport().width() - NAV_ITEM_PADDING
    titles = [page.nav.item(i).text() for i in range(page.nav.count())]
    assert "Cuentas por cobrar y flujo de caja" in titles
    for i, title in enumerate(titles):
        needed = fm.boundingRect(0, 0, width, 10_000, Qt.TextFlag.TextWordWrap, title).height()
        assert page.nav.visualItemRect(page.nav.item(i)).height() >= needed + 10, title
