"""The Audit page: who changed what, when, with the values before and after.

The table is a :class:`LazyTableModel` over the ids of matching entries (fetched on a worker
thread), so it scrolls through 100k entries while only the visible rows are read.
"""
from __future__ import annotations

import html
import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QItemSelection, QT_TRANSLATE_NOOP, QTimer, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QFileDialog, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QSplitter,
                               QStackedWidget, QTableView, QTextBrowser, QVBoxLayout, QWidget)

from core.kernel.actor import SYSTEM, who_words
from core.kernel.audit import AuditFilter, AuditRow
from core.kernel.formats import Formats
from desktop.context import DesktopContext
from desktop.ui import PageHeader, show_error, ui_settings
from desktop.widgets import EmptyState, HelpButton, LazyColumn, LazyTableModel

HELP = QT_TRANSLATE_NOOP("pages.audit.page", """
<p>The <b>audit log</b> records every change made in Deskmate — by a person, or by a person
approving a draft that automation prepared — with <b>who</b>, <b>when</b>, <b>what</b> (the
action and the record) and the values <b>before and after</b>.</p>
<p>It is append-only: entries can't be edited or deleted, not even by the owner, and the database
itself refuses it. That is what makes it useful to a bookkeeper or an inspector.</p>
<p>Each entry also holds a <b>hash</b> of its content and of the entry before it: a chain. If anyone
changes, removes or reorders entries outside Deskmate (with database tools), the chain breaks, and
the line at the bottom of this page — and <code>deskmate check</code> — names the first entry
affected. The chain cannot stop someone with the database file from rewriting the whole history:
a backup kept somewhere else is what shows that.</p>
<p>Filter by person, area, period or any text (a product name, an invoice number, a setting),
select an entry to see exactly what changed, and <b>Export to Excel</b> to hand over what the
filters show.</p>
""")

PERIODS = (QT_TRANSLATE_NOOP("pages.audit.page", "Any time"), QT_TRANSLATE_NOOP("pages.audit.page", "Today"), QT_TRANSLATE_NOOP("pages.audit.page", "Last 7 days"), QT_TRANSLATE_NOOP("pages.audit.page", "Last 30 days"), QT_TRANSLATE_NOOP("pages.audit.page", "This month"), QT_TRANSLATE_NOOP("pages.audit.page", "Between dates…"))


def _short(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, indent=1)
    return str(value)


def record_words(row: AuditRow, job_titles: dict[str, str] | None = None) -> str:
    """What an entry is about, for people: a job by its title ("job “Payment reminders”"), the
    rest as entity and number. The job's id stays in the tooltip and the detail."""
    if row.entity == "job" and row.entity_id and (job_titles or {}).get(row.entity_id):
        return QCoreApplication.translate("pages.audit.page", "job “{job}”").format(job=job_titles[row.entity_id])
    if row.entity == "scheduler":
        return QCoreApplication.translate("pages.audit.page", "the automation runner")
    return f"{row.entity.replace('_', ' ')} {row.entity_id or ''}".strip()


def _approved_draft(row: AuditRow) -> bool:
    """A person applied what the automation drafted (the automation's own entries are not marked)."""
    return bool(row.machine_drafted) and row.username != SYSTEM.username


def detail_html(row: AuditRow, tz: ZoneInfo, job_titles: dict[str, str] | None = None,
                fm: Formats | None = None) -> str:
    e = html.escape
    fm = fm or Formats(timezone=str(tz))
    at = fm.local(row.at)
    when = f"{fm.weekday_name(at.date())} {fm.date(at.date())}, {at:%H:%M:%S}"   # to the second
    record = record_words(row, job_titles)
    technical = f"{row.entity} {row.entity_id or ''}".strip()
    if technical != record:
        record += f" ({technical})"

    def label(text: str) -> str:
        return e(QCoreApplication.translate("AuditDetail", text))
    approving = QCoreApplication.translate("AuditDetail", "(approving an automated draft)")
    when_h, who_h, area_h = label(QT_TRANSLATE_NOOP("AuditDetail", "When")), label(QT_TRANSLATE_NOOP("AuditDetail", "Who")), label(QT_TRANSLATE_NOOP("AuditDetail", "Area"))
    changed_h, field_h = label(QT_TRANSLATE_NOOP("AuditDetail", "What changed")), label(QT_TRANSLATE_NOOP("AuditDetail", "Field"))
    before_h, after_h = label(QT_TRANSLATE_NOOP("AuditDetail", "Before")), label(QT_TRANSLATE_NOOP("AuditDetail", "After"))
    none_h = label(QT_TRANSLATE_NOOP("AuditDetail", "No values recorded for this action."))
    action_h, record_h, entry_h = label(QT_TRANSLATE_NOOP("AuditDetail", "Action")), label(QT_TRANSLATE_NOOP("AuditDetail", "Record")), label(QT_TRANSLATE_NOOP("AuditDetail", "Entry"))
    parts = [f"<h3 style='margin:0'>{e(row.summary or row.action)}</h3>",
             "<table cellspacing=2 style='margin-top:6px'>",
             f"<tr><td style='color:#5b6b7c;padding-right:10px'>{when_h}</td><td>{e(when)}</td></tr>",
             f"<tr><td style='color:#5b6b7c'>{who_h}</td><td><b>{e(who_words(row.username))}</b>"
             + (f" <i>{e(approving)}</i>" if _approved_draft(row) else "") + "</td></tr>",
             f"<tr><td style='color:#5b6b7c'>{area_h}</td><td>{e(row.area)}</td></tr>",
             f"<tr><td style='color:#5b6b7c'>{action_h}</td><td>{e(row.action)}</td></tr>",
             f"<tr><td style='color:#5b6b7c'>{record_h}</td><td>{e(record)}</td></tr>",
             f"<tr><td style='color:#5b6b7c'>{entry_h}</td><td>#{row.id}</td></tr></table>"]
    before, after = row.before, row.after
    cell = "<td style='padding:3px 8px 3px 0' valign=top>"
    key_cell = "<td style='padding:3px 10px 3px 0; white-space:nowrap' valign=top><b>"
    if isinstance(before, dict) and isinstance(after, dict):
        keys = list(dict.fromkeys([*before.keys(), *after.keys()]))
        body = []
        for k in keys:
            style = " style='background:#fff4e0'" if before.get(k) != after.get(k) else ""
            body.append(f"<tr{style}>{key_cell}{e(str(k))}</b></td>"
                        f"{cell}<pre style='margin:0'>{e(_short(before[k]) if k in before else '—')}</pre></td>"
                        f"{cell}<pre style='margin:0'>{e(_short(after[k]) if k in after else '—')}</pre></td></tr>")
        parts.append(f"<h4 style='margin-bottom:2px'>{changed_h}</h4>"
                     "<table border=0 cellspacing=0 cellpadding=0 width='100%'>"
                     f"<tr style='background:#eef2f6'><th align=left>{field_h}</th>"
                     f"<th align=left>{before_h}</th><th align=left>{after_h}</th></tr>"
                     + "".join(body) + "</table>")
    elif isinstance(after, dict) or isinstance(before, dict):
        values, title = (after, QCoreApplication.translate("pages.audit.page", "Values recorded")) if isinstance(after, dict) else (before, QCoreApplication.translate("pages.audit.page", "Values before"))
        body = "".join(f"<tr>{key_cell}{e(str(k))}</b></td>{cell}<pre style='margin:0'>{e(_short(v))}</pre></td></tr>"
                       for k, v in values.items())
        parts.append(f"<h4 style='margin-bottom:2px'>{title}</h4>"
                     f"<table border=0 cellspacing=0 cellpadding=0 width='100%'>{body}</table>")
    elif before is not None or after is not None:
        parts.append(f"<h4>{before_h}</h4><pre>{e(_short(before))}</pre>"
                     f"<h4>{after_h}</h4><pre>{e(_short(after))}</pre>")
    else:
        parts.append(f"<p style='color:#5b6b7c'>{none_h}</p>")
    return "".join(parts)


class AuditPage(QWidget):
    def __init__(self, ctx: DesktopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tz = ZoneInfo(str(ctx.app.settings.get("shop.timezone")))
        self._stale = False
        self.loaded = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 12)
        self.help_button = HelpButton(self.tr("The audit log — why and how"), QCoreApplication.translate("pages.audit.page", HELP))
        self.header = PageHeader(self.tr("Audit log"), self.tr("Every change, by whom and when, with the values before "
                                 "and after. Nothing here can be edited or deleted."), self.help_button)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.export_dialog)
        self.header.add_tool(self.export_button)
        lay.addWidget(self.header)

        # ------------------------------------------------------------ filters
        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.user_combo = QComboBox()
        self.user_combo.setObjectName("userFilter")
        self.user_combo.addItem(self.tr("Anyone"), None)
        self.user_combo.setMinimumWidth(110)
        self.area_combo = QComboBox()
        self.area_combo.setObjectName("areaFilter")
        self.area_combo.addItem(self.tr("All areas"), None)
        self.area_combo.setMinimumWidth(110)
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("periodFilter")
        self.period_combo.addItems([QCoreApplication.translate("pages.audit.page", p) for p in PERIODS])
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-30))
        self.date_to = QDateEdit(today)
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat(ctx.formats.picker_format)
            d.setVisible(False)
        self.date_from.setObjectName("dateFrom")
        self.date_to.setObjectName("dateTo")
        self.and_label = QLabel(self.tr("and"))
        self.and_label.setVisible(False)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search text, records, values (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(150)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        bar.addWidget(QLabel(self.tr("Who")))
        bar.addWidget(self.user_combo)
        bar.addWidget(QLabel(self.tr("Area")))
        bar.addWidget(self.area_combo)
        bar.addWidget(QLabel(self.tr("When")))
        bar.addWidget(self.period_combo)
        bar.addWidget(self.date_from)
        bar.addWidget(self.and_label)
        bar.addWidget(self.date_to)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.clear_button)
        lay.addLayout(bar)

        # ------------------------------------------------------------ table + detail
        self.model = LazyTableModel([
            LazyColumn(self.tr("When"), lambda r: ctx.formats.datetime(r.at)),
            LazyColumn(self.tr("Who"), lambda r: who_words(r.username) + (" ⚙" if _approved_draft(r) else ""),
                       tooltip=lambda r: self.tr("approved an automated draft") if _approved_draft(r) else who_words(r.username)),
            LazyColumn(self.tr("Area"), lambda r: r.area),
            LazyColumn(self.tr("Action"), lambda r: r.action),
            LazyColumn(self.tr("Record"), lambda r: record_words(r, self.job_titles),
                       tooltip=lambda r: f"{r.entity} {r.entity_id or ''}".strip()),
            LazyColumn(self.tr("Summary"), lambda r: r.summary, tooltip=lambda r: r.summary),
        ], fetch=lambda ids: self.ctx.app.audit.rows(self.ctx.actor, ids))
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        vh = self.table.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 10)
        hh = self.table.horizontalHeader()
        hh.setStretchLastSection(True)
        for col, width in enumerate((140, 140, 75, 115, 110)):    # "30 Nov 2026, 16:40", "Deskmate (automatic)"
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail = QTextBrowser()
        self.detail.setObjectName("auditDetail")
        self.detail.setOpenLinks(False)
        self.detail.setHtml(self.tr("<p style='color:#5b6b7c'>Select an entry to see what changed.</p>"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("auditSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([700, 340])
        state = ui_settings().value("audit/splitter")
        if state is not None:
            self.splitter.restoreState(state)

        self.empty = EmptyState(
            self.tr("No entries match these filters"),
            self.tr("Try another person, area or period, or clear the search text. Every change anyone "
            "makes in Deskmate appears here as soon as it is saved."),
            self.tr("Clear filters"), self.clear_filters)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.empty)
        lay.addWidget(self.stack, 1)
        self.count_label = QLabel(self.tr("Loading…"))
        self.count_label.setObjectName("pageSubtitle")
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addStretch(1)
        self.chain_label = QLabel(self.tr("Audit chain: checking…"))
        self.chain_label.setObjectName("chainStatus")
        self.chain_label.setWordWrap(True)
        self.chain_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verify_button = QPushButton(self.tr("Verify chain"))
        self.verify_button.setObjectName("verifyChainButton")
        self.verify_button.setToolTip(self.tr("Recompute every entry's hash and check that each follows the one before"))
        self.verify_button.clicked.connect(self.verify_chain)
        footer.addWidget(self.chain_label, 3)
        footer.addWidget(self.verify_button)
        lay.addLayout(footer)
        self.chain_report: Any = None

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.user_combo.currentIndexChanged.connect(self.refresh)
        self.area_combo.currentIndexChanged.connect(self.refresh)
        self.period_combo.currentIndexChanged.connect(self._period_changed)
        self.date_from.dateChanged.connect(self._debounce.start)
        self.date_to.dateChanged.connect(self._debounce.start)
        ctx.bridge.data_changed.connect(self._data_changed)
        self.job_titles: dict[str, str] = {}
        automation = ctx.app.automation
        ctx.tasks.run(lambda: {j.id: j.title for j in automation.list_jobs()}, on_done=self._jobs_loaded)
        self.refresh()
        self.verify_chain()

    def _jobs_loaded(self, titles: dict[str, str]) -> None:
        """Jobs are named by their titles as soon as these are known."""
        self.job_titles = titles
        self.model.invalidate()
        self._selection_changed(QItemSelection(), QItemSelection())     # the shown entry names it too

    # ---------------------------------------------------------------- filters
    def _period_changed(self) -> None:
        custom = self.period_combo.currentIndex() == len(PERIODS) - 1
        for w in (self.date_from, self.and_label, self.date_to):
            w.setVisible(custom)
        self.refresh()

    def current_filter(self) -> AuditFilter:
        today = self.ctx.app.today()
        period = PERIODS[max(0, self.period_combo.currentIndex())]
        d_from: date | None = None
        d_to: date | None = None
        if period == "Today":
            d_from = d_to = today
        elif period == "Last 7 days":
            d_from, d_to = today - timedelta(days=6), today
        elif period == "Last 30 days":
            d_from, d_to = today - timedelta(days=29), today
        elif period == "This month":
            d_from, d_to = today.replace(day=1), today
        elif period == PERIODS[-1]:
            d_from, d_to = self.date_from.date().toPython(), self.date_to.date().toPython()
            if d_from > d_to:
                d_from, d_to = d_to, d_from
        text = self.search.text().strip() or None
        return AuditFilter(username=self.user_combo.currentData(), area=self.area_combo.currentData(),
                           date_from=d_from, date_to=d_to, text=text)

    def has_filters(self) -> bool:
        f = self.current_filter()
        return any((f.username, f.area, f.date_from, f.date_to, f.text))

    def clear_filters(self) -> None:
        for w in (self.user_combo, self.area_combo, self.period_combo, self.search):
            w.blockSignals(True)
        self.user_combo.setCurrentIndex(0)
        self.area_combo.setCurrentIndex(0)
        self.period_combo.setCurrentIndex(0)
        self.search.clear()
        for w in (self.date_from, self.and_label, self.date_to):
            w.setVisible(False)
        for w in (self.user_combo, self.area_combo, self.period_combo, self.search):
            w.blockSignals(False)
        self.refresh()

    # ---------------------------------------------------------------- loading
    def refresh(self) -> None:
        """Reload the matching ids (worker thread) and the filter choices."""
        self._debounce.stop()
        f = self.current_filter()
        self.count_label.setText(self.tr("Loading…"))
        self.ctx.tasks.run_latest((id(self), "ids"), self.ctx.app.audit.ids, self.ctx.actor, f,
                                  on_done=self._ids_loaded, on_error=lambda exc: show_error(self, exc))
        self.ctx.tasks.run(self.ctx.app.audit.facets, on_done=self._facets_loaded)

    def _ids_loaded(self, ids: list[int]) -> None:
        selected = self.selected_id()
        self.model.set_ids(ids)
        self.loaded = True
        n = len(ids)
        shown = (QCoreApplication.translate("AuditPage", "{number} entries match the filters", None, n) if self.has_filters()
                 else QCoreApplication.translate("AuditPage", "{number} entries in the log", None, n))
        self.count_label.setText(shown.format(number=self.ctx.formats.number(n)))
        if n == 0:
            if self.has_filters():
                self.empty.title.setText(self.tr("No entries match these filters"))
                self.empty.text.setText(self.tr("Try another person, area or period, or clear the search text."))
                if self.empty.button:
                    self.empty.button.show()
            else:
                self.empty.title.setText(self.tr("Nothing recorded yet"))
                self.empty.text.setText(self.tr("Every change anyone makes — a setting, a product, an "
                                        "approved suggestion — appears here as soon as it is saved. "
                                        "Change something on the Settings page to see it."))
                if self.empty.button:
                    self.empty.button.hide()
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.splitter)
            row = self.model.row_of(selected) if selected is not None else -1
            self.table.selectRow(row if row >= 0 else 0)

    def verify_chain(self) -> None:
        """Check the whole hash chain on a worker thread (it reads every entry)."""
        self.verify_button.setEnabled(False)
        self.chain_label.setText(self.tr("Audit chain: checking…"))
        self.ctx.tasks.run_latest((id(self), "chain"), self.ctx.app.audit.chain, self.ctx.actor,
                                  on_done=self._chain_verified, on_error=self._chain_failed)

    def _chain_verified(self, report: Any) -> None:
        self.chain_report = report
        self.verify_button.setEnabled(True)
        broken = bool(report.unaccepted)
        self.chain_label.setText(self.tr("Audit chain: {summary}").format(summary=report.summary()))
        self.chain_label.setStyleSheet("color:#b00020; font-weight:bold" if broken else "color:#2e7d32")
        self.chain_label.setToolTip(
            self.tr("Someone changed, removed or reordered entries outside Deskmate. Run 'deskmate check' for "
            "details and compare with a backup kept elsewhere.") if broken else
            self.tr("Each entry holds a hash of its content and of the entry before it, so an entry changed, "
            "removed or reordered outside Deskmate shows here and in 'deskmate check'."))

    def _chain_failed(self, exc: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self.chain_label.setText(self.tr("Audit chain: could not be checked"))
        show_error(self, exc)

    def _facets_loaded(self, facets: tuple[list[str], list[str]]) -> None:
        users, areas = facets
        for combo, values in ((self.user_combo, users), (self.area_combo, areas)):
            current = combo.currentData()
            known = {combo.itemData(i) for i in range(1, combo.count())}
            if known == set(values):
                continue
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for v in values:
                combo.addItem(v.replace("_", " ").capitalize() if combo is self.area_combo else who_words(v), v)
            i = combo.findData(current)
            combo.setCurrentIndex(i if i >= 0 else 0)
            combo.blockSignals(False)

    def _data_changed(self, _area: str) -> None:
        if self.isVisible():
            self._debounce.start()
        else:
            self._stale = True

    def on_shown(self) -> None:
        if self._stale:
            self._stale = False
            self.refresh()

    # ---------------------------------------------------------------- detail
    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def _selection_changed(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        row = self.model.row_data(rows[0].row())
        if row is not None:
            self.detail.setHtml(detail_html(row, self.tz, self.job_titles, self.ctx.formats))

    def visible_rows(self) -> list[AuditRow]:
        return [self.model.row_data(r) for r in range(self.model.rowCount())]

    # ---------------------------------------------------------------- export
    def export_dialog(self) -> None:
        folder = self.ctx.app.paths.exports
        stamp = self.ctx.app.today().isoformat()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the audit log to Excel"),
                                              str(folder / f"audit-log-{stamp}.xlsx"),
                                              self.tr("Excel workbooks (*.xlsx)"))
        if path:
            from desktop.files import dialog_target
            target = dialog_target(self, path, ".xlsx")
            if target is not None:
                self.export_to(*target)

    def export_to(self, path: Path, force: bool = False) -> None:
        """Export what the filters show, on a worker thread. Core refuses the database, a backup
        and other data-folder files whatever ``force`` says."""
        self.export_button.setEnabled(False)
        self.ctx.status(self.tr("Exporting the audit log…"))

        def done(n: int) -> None:
            self.export_button.setEnabled(True)
            self.ctx.status(QCoreApplication.translate("AuditPage", "%n audit entries exported to {path}", None, n).format(path=path))
            self.last_export = (path, n)

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            show_error(self, exc, self.tr("The audit log was not exported"))

        self.ctx.tasks.run(self.ctx.app.audit.export_xlsx, self.ctx.actor, self.current_filter(), path,
                           force=force, on_done=done, on_error=failed)

    def save_layout(self) -> None:
        ui_settings().setValue("audit/splitter", self.splitter.saveState())

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

