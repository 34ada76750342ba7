"""Jobs are named by their titles wherever a person looks: the audit log, the automation history
and the inbox's details (the id stays in tooltips and the detail)."""
from __future__ import annotations

from PySide6.QtCore import Qt


def test_audit_and_history_name_jobs_by_title(qtbot, app, owner, make_ctx, settle):
    from core.automation.registry import JOBS, load_jobs
    from desktop.pages.audit.page import AuditPage
    from desktop.pages.automation.page import AutomationPage
    load_jobs()
    job_id = "automation.data_quality"
    title = JOBS[job_id].title
    app.automation.run_now(owner, job_id)
    ctx = make_ctx(owner)
    audit = AuditPage(ctx)
    qtbot.addWidget(audit)
    audit.show()
    settle(ctx)
    row = next(r for r in range(audit.model.rowCount()) if audit.model.row_data(r).entity == "job")
    col = [audit.model.headerData(c, Qt.Orientation.Horizontal) for c in range(audit.model.columnCount())].index("Record")
    index = audit.model.index(row, col)
    assert audit.model.data(index) == f"job “{title}”"
    assert audit.model.data(index, Qt.ItemDataRole.ToolTipRole) == f"job {job_id}"
    audit.table.selectRow(row)
    settle(ctx)
    assert f"job “{title}” (job {job_id})" in audit.detail.toPlainText()

    page = AutomationPage(ctx)
    qtbot.addWidget(page)
    page.show()
    settle(ctx)
    shown = [page.history_table.item(r, 1).text() for r in range(page.history_table.rowCount())]
    assert title in shown and job_id not in shown


def test_inbox_detail_names_the_job_by_title(qtbot, app, owner, make_ctx, settle):
    from core.automation.registry import JOBS, load_jobs
    from desktop.pages.inbox.page import InboxPage
    load_jobs()
    app.inventory.create_product(owner, "X-1", "Loose tea")     # no supplier: a data-quality finding
    app.automation.run_now(owner, "automation.data_quality")
    ctx = make_ctx(owner)
    page = InboxPage(ctx)
    qtbot.addWidget(page)
    page.show()
    settle(ctx)
    assert page.detail is not None and page.detail.job_id == "automation.data_quality"
    meta = page.meta_label.text()
    assert f"drafted by the job “{JOBS['automation.data_quality'].title}”" in meta
    assert "automation.data_quality" not in meta
    col = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())].index("Job")
    assert page.model.data(page.model.index(0, col)) == JOBS["automation.data_quality"].title
