"""Every page and tab, for every role on the demo shop, fits a 1280×720 laptop window.

The walk is generic (desktop.tour): pages come from the registry and tabs are discovered from the
widgets, so a page or tab added later is covered without touching this file.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QLabel, QTableWidget

from desktop.tour import clipped_buttons, walk

LAPTOP = (1280, 720)
ROLES = ("owner", "sam", "bea")
LANGUAGES = ("en", "de", "es")


def _button(root, text: str) -> QAbstractButton:
    found = [b for b in root.findChildren(QAbstractButton) if b.text().replace("&", "") == text and b.isVisible()]
    assert found, f"no visible button {text!r}"
    return found[0]


def _wholly_visible(win, w) -> bool:
    rect = QRect(w.mapTo(win, QPoint(0, 0)), w.size())
    seen = w.visibleRegion().boundingRect()
    return win.rect().contains(rect) and seen.size() == w.size()


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("username", ROLES)
def test_every_page_and_tab_fits_a_laptop_window_for_each_role(make_demo_window, settle, ui_language, username, lang):
    """In every language: German runs longest, and a label or button that fits in English may not."""
    ui_language(lang)
    win = make_demo_window(username, LAPTOP)
    stops, problems = [], []
    for stop in walk(win, lambda: settle(win.ctx)):
        stops.append(stop)
        hint, minimum = win.minimumSizeHint(), win.minimumSize()
        if hint.width() > LAPTOP[0] or hint.height() > LAPTOP[1]:
            problems.append(f"{stop.label}: window needs {hint.width()}×{hint.height()}")
        if minimum.width() > LAPTOP[0] or minimum.height() > LAPTOP[1]:
            problems.append(f"{stop.label}: minimum size {minimum.width()}×{minimum.height()}")
        if (win.width(), win.height()) != LAPTOP:
            problems.append(f"{stop.label}: the window grew to {win.width()}×{win.height()}")
        page = win.pages[stop.key]
        clipped = clipped_buttons(win, page)
        if clipped:
            problems.append(f"{stop.label}: buttons cut off or off-screen: {clipped}")
        if not _wholly_visible(win, win.statusBar()):
            problems.append(f"{stop.label}: the status bar is off-screen")
    assert len(stops) >= len(win.specs) + 5          # every page, plus at least the tabs
    assert not problems, "\n".join(problems)


@pytest.mark.slow
def test_key_controls_are_on_screen_at_1280x720(make_demo_window, settle):
    win = make_demo_window("owner", LAPTOP)

    def show(key: str) -> None:
        win.show_page(key)
        settle(win.ctx)

    show("inbox")
    inbox = win.pages["inbox"]
    for text in ("Approve (A)", "Reject… (R)"):
        assert _wholly_visible(win, _button(inbox, text)), text

    show("settings")
    settings = win.pages["settings"]
    assert _wholly_visible(win, settings.save_button)
    assert _wholly_visible(win, settings.revert_button)

    show("schedule")
    sched = win.pages["schedule"]
    sched.tabs.setCurrentWidget(sched.roster)
    settle(win.ctx)
    grid: QTableWidget = sched.roster.grid.table
    header = grid.horizontalHeader()
    labels = [grid.horizontalHeaderItem(c).text() for c in range(grid.columnCount())]
    for c, label in enumerate(labels):
        if label == "Hours" or label.startswith("Sun"):
            x = header.sectionViewportPosition(c)
            assert 0 <= x and x + header.sectionSize(c) <= grid.viewport().width(), \
                f"roster column {label!r} is off-screen"
    assert not grid.horizontalScrollBar().isVisible()      # all eight columns, no sideways scroll
    sched.tabs.setCurrentWidget(sched.appointments)
    settle(win.ctx)
    for key in ("confirm", "cancel", "complete", "no_show"):
        assert _wholly_visible(win, sched.appointments.buttons[key]), key

    show("invoices")
    detail = win.pages["invoices"].invoices.detail
    for key, b in detail.buttons.items():
        assert _wholly_visible(win, b), key


def test_sidebar_badge_never_covers_a_page_title(main_window, qtbot):
    """The title is elided to end before the badge, however narrow the sidebar gets."""
    from desktop.shell import KEY_ROLE
    win = main_window
    win.set_badge("invoices", "41 overdue")
    nav = win.nav
    row = next(r for r in range(nav.count()) if nav.item(r).data(KEY_ROLE) == "invoices")
    index = nav.model().index(row, 0)
    for width in (win.sidebar.minimumWidth(), 200, 240):
        win.splitter.setSizes([width, win.width() - width])
        qtbot.wait(1)
        shown, text_end, badge_left = nav.itemDelegate().title_layout(nav, index)
        assert badge_left is not None
        assert text_end < badge_left, f"'{shown}' runs under the badge at {width} px"
        assert shown.startswith("Inv")            # still recognisable
    win.splitter.setSizes([320, win.width() - 320])
    qtbot.wait(1)
    assert nav.itemDelegate().title_layout(nav, index)[0] == "Invoices"      # room enough: whole
    win.set_badge("invoices", "")
    assert nav.itemDelegate().title_layout(nav, index)[2] is None


def test_sidebar_widens_for_a_long_badge_so_the_title_shows_whole(main_window, qtbot):
    """A longer badge (as in German, "56 überf.") widens the sidebar up to a limit instead of
    cutting the page's name to "Rechnun…"."""
    from desktop.shell import KEY_ROLE
    win = main_window
    nav = win.nav
    row = next(r for r in range(nav.count()) if nav.item(r).data(KEY_ROLE) == "invoices")
    index = nav.model().index(row, 0)
    win.set_badge("invoices", "12,345 overdue now")
    assert win.sidebar_wanted_width() <= win.SIDEBAR_MAX
    win.splitter.setSizes([0, win.width()])          # dragged as narrow as it goes
    qtbot.wait(1)
    shown, text_end, badge_left = nav.itemDelegate().title_layout(nav, index)
    assert shown == "Invoices" and text_end < badge_left
    assert win.sidebar.minimumWidth() <= win.SIDEBAR_MAX


def test_every_page_has_a_title(main_window):
    missing = []
    for spec in main_window.specs:
        main_window.show_page(spec.key)
        page = main_window.pages[spec.key]
        titles = [lb for lb in page.findChildren(QLabel, "pageTitle") if lb.isVisible() and lb.text().strip()]
        if not titles:
            missing.append(spec.key)
    assert not missing, f"pages without a visible title: {missing}"


def test_inbox_filters_show_their_first_choice_whole(main_window, qtbot):
    """"All jobs" (German "Alle Aufgaben") is not cut to "Alle Aufga" when the other filters and
    long job titles crowd the row: the search field gives way first."""
    win = main_window
    win.resize(1280, 720)
    win.show_page("inbox")
    page = win.pages["inbox"]
    qtbot.waitUntil(lambda: page.job_box.count() > 0, timeout=10000)
    page.load_filters()                      # as when the kinds' counts change
    qtbot.waitUntil(lambda: page.job_box.count() > 1, timeout=10000)
    qtbot.wait(1)
    for box in (page.kind_box, page.job_box):      # the two whose other choices are long titles
        needed = box.fontMetrics().horizontalAdvance(box.itemText(0))
        assert box.width() >= needed + 20, (box.objectName(), box.width(), needed)


def test_payoff_table_keeps_each_jobs_name_readable(main_window, qtbot):
    """The Payoff tab's first column (the job) is not squeezed to "Ter…" by the figures' columns."""
    from desktop.pages.automation.page import PAYOFF_JOB_WIDTH
    win = main_window
    win.resize(1280, 720)
    win.show_page("automation")
    page = win.pages["automation"]
    qtbot.waitUntil(lambda: page.payoff_table.rowCount() > 0, timeout=15000)
    page.tabs.setCurrentIndex(next(i for i in range(page.tabs.count()) if "Payoff" in page.tabs.tabText(i)))
    qtbot.wait(1)
    assert page.payoff_table.columnWidth(0) >= PAYOFF_JOB_WIDTH
    assert page.payoff_table.horizontalScrollBar().value() == 0
