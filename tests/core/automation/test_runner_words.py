"""The audit log names the computer that runs the scheduled jobs in words; the lease holder's
technical id (host:pid:token) stays in the entry's values."""
from __future__ import annotations

from datetime import timedelta

from core.automation.scheduler import AutomationScheduler, runner_words
from core.kernel.audit import AuditFilter


def test_runner_words():
    assert runner_words("vm:20847:9fb23d0e") == "Deskmate on the computer “vm” now runs the scheduled jobs"
    assert runner_words("till-pc:1:a", "office:2:b").endswith("(taking over from the computer “office”)")
    assert "an earlier Deskmate on the same computer" in runner_words("vm:1:a", "vm:2:b")


def test_taking_the_lease_is_audited_in_words(app, owner, clock):
    first = AutomationScheduler(app, holder="office:20847:9fb23d0e")
    second = AutomationScheduler(app, holder="till-pc:311:77aa01bc")
    try:
        assert first.heartbeat()
        clock.advance(timedelta(seconds=60))              # the office copy went silent
        assert second.heartbeat()
        rows = [r for r in app.audit.list(owner, AuditFilter(area="automation")) if r.entity == "scheduler"]
        summaries = {r.summary for r in rows}
        assert "Deskmate on the computer “office” now runs the scheduled jobs" in summaries
        assert ("Deskmate on the computer “till-pc” now runs the scheduled jobs "
                "(taking over from the computer “office”)") in summaries
        assert not any("9fb23d0e" in s for s in summaries)
        assert any(r.after == {"holder": "till-pc:311:77aa01bc"} for r in rows)     # the id as detail
    finally:
        first.shutdown(wait=True)
        second.shutdown(wait=True)
