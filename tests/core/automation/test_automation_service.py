"""Jobs, configuration, runs, history and learning stats through AutomationService."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

import automation_testkit as kit
from automation_testkit import kit_installed  # noqa: F401
from core.inbox.models import Suggestion
from core.kernel.audit import AuditEntry
from core.kernel.errors import NotFound, PermissionDenied, ValidationError


def test_list_merges_declaration_and_stored_config(app, owner, kit_installed):
    jobs = {j.id: j for j in app.automation.list_jobs()}
    assert {"automation.backup", "automation.data_quality", kit.SWEEP}.issubset(jobs)
    sweep = jobs[kit.SWEEP]
    assert (sweep.schedule, sweep.enabled, sweep.schedule_text) == ("cron:0 6 * * *", True, "daily at 06:00")
    assert jobs[kit.BROKEN].enabled is False and jobs[kit.BROKEN].next_run_at is None
    # 2026-11-25 09:00 UTC = 09:00 in London: the next 06:00 is tomorrow's
    assert sweep.next_run_at.isoformat() == "2026-11-26T06:00:00+00:00"
    app.automation.update_job(owner, kit.SWEEP, schedule="cron:15 5 * * 1-5", enabled=False,
                              owner_user_id=owner.user_id)
    sweep = app.automation.job(kit.SWEEP)
    assert (sweep.schedule, sweep.enabled, sweep.owner_name) == ("cron:15 5 * * 1-5", False, "olivia")
    assert sweep.default_schedule == "cron:0 6 * * *"


def test_update_is_owner_only_validated_and_audited(app, owner, staff, kit_installed):
    with pytest.raises(PermissionDenied):
        app.automation.update_job(staff, kit.SWEEP, enabled=False)
    with pytest.raises(ValidationError, match="cron:"):
        app.automation.update_job(owner, kit.SWEEP, schedule="every morning")
    with pytest.raises(ValidationError):
        app.automation.update_job(owner, kit.SWEEP, schedule="cron:99 6 * * *")
    with pytest.raises(NotFound):
        app.automation.update_job(owner, "no.such.job", enabled=False)
    app.automation.update_job(owner, kit.SWEEP, schedule="interval:2h")
    assert app.automation.job(kit.SWEEP).schedule_text == "every 2 h"
    with app.db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "change job")).one()
        assert entry.entity_id == kit.SWEEP and entry.after["schedule"] == "interval:2h"


def test_run_now_records_history_and_never_duplicates(app, owner, staff, kit_installed):
    r1 = app.automation.run_now(staff, kit.SWEEP)
    r2 = app.automation.run_now(owner, kit.SWEEP)
    assert (r1.outcome, r1.created, r1.trigger) == ("ok", 5, "manual")
    assert (r2.outcome, r2.created) == ("ok", 0)
    assert "started by sam" in r1.notes and "swept 5" in r1.notes
    assert [h.id for h in app.automation.history(kit.SWEEP)] == [r2.id, r1.id]
    with app.db.read() as s:
        assert s.scalar(select(func.count(Suggestion.id))) == 5
    r3 = app.automation.run_now(owner, kit.SWEEP, as_of=date(2026, 11, 20))
    assert r3.created == 5 and r3.as_of == date(2026, 11, 20)


def test_failing_job_is_a_failed_run_not_an_exception(app, owner, kit_installed):
    r = app.automation.run_now(owner, kit.BROKEN)
    assert r.outcome == "failed" and "broken on purpose" in r.error and r.finished_at is not None


def test_bookkeeper_may_run_but_not_configure(app, owner, bookkeeper, kit_installed):
    assert app.automation.run_now(bookkeeper, kit.SWEEP).outcome == "ok"
    with pytest.raises(PermissionDenied):
        app.automation.set_area_enabled(bookkeeper, kit.TEST_AREA, False)


def test_area_switch(app, owner, kit_installed):
    app.automation.set_area_enabled(owner, kit.TEST_AREA, False)
    assert app.automation.areas()[kit.TEST_AREA] is False
    assert not app.automation.job(kit.SWEEP).active
    assert app.automation.job("automation.backup").active
    app.automation.set_area_enabled(owner, kit.TEST_AREA, True)
    assert app.automation.job(kit.SWEEP).active


def test_listeners_hear_runs_and_config(app, owner, kit_installed):
    heard = []
    app.automation.add_listener(heard.append)
    app.automation.run_now(owner, kit.SWEEP)
    app.automation.update_job(owner, kit.SWEEP, enabled=False)
    app.automation.remove_listener(heard.append)
    assert [e.type for e in heard] == ["run_started", "run_finished", "config_changed"]
    assert heard[1].run.created == 5


def test_stats_rates_and_median_time_to_decision(app, owner, clock, kit_installed):
    app.automation.run_now(owner, kit.SWEEP)
    ids = app.inbox.ids()
    clock.advance(timedelta(hours=2))
    app.inbox.decide(owner, ids[0], "approve")
    app.inbox.decide(owner, ids[1], "edit", payload={"text": "changed"})
    clock.advance(timedelta(hours=2))
    app.inbox.decide(owner, ids[2], "reject", reason="not needed")
    app.inbox.decide(owner, ids[3], "approve")
    (st,) = [s for s in app.automation.stats() if s.job_id == kit.SWEEP]
    assert (st.drafted, st.open, st.decided, st.approved, st.edited, st.rejected) == (5, 1, 4, 2, 1, 1)
    assert (st.acceptance_rate, st.edit_rate, st.rejection_rate) == (0.5, 0.25, 0.25)
    assert st.median_hours_to_decision == 3.0
