"""Deciding inbox items through the service: every action, failure, permissions, batches."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from automation_testkit import kit_installed, draft_note, notes  # noqa: F401
from core.inbox.models import Suggestion, SuggestionEvent
from core.kernel.actor import SYSTEM
from core.kernel.audit import AuditEntry
from core.kernel.errors import ConflictError, DeskmateError, PermissionDenied


def _audit_count(app) -> int:
    with app.db.read() as s:
        return s.scalar(select(func.count(AuditEntry.id)))


def test_approve_applies_through_the_applier_with_audit(app, owner, kit_installed):
    sid = draft_note(app, "milk")
    before = _audit_count(app)
    r = app.inbox.decide(owner, sid, "approve")
    assert r.ok and r.state == "applied" and r.message == "noted milk"
    assert notes(app) == ["milk"]
    d = app.inbox.get(sid)
    assert (d.state, d.decision, d.applied_payload) == ("applied", "approved", {"text": "milk"})
    assert d.decided_by == owner.user_id and d.decided_at is not None
    assert [e.action for e in d.events] == ["draft", "approve"]
    # the applier's audit entry and the decision's, in the same transaction
    assert _audit_count(app) == before + 2


def test_edit_keeps_proposal_and_applied_version(app, owner, kit_installed):
    sid = draft_note(app, "milk")
    app.inbox.decide(owner, sid, "edit", payload={"text": "oat milk"}, reason="we sell oat milk now")
    d = app.inbox.get(sid)
    assert d.payload == {"text": "milk"}
    assert d.applied_payload == {"text": "oat milk"}
    assert d.decision == "edited" and d.decision_reason == "we sell oat milk now"
    assert notes(app) == ["oat milk"]


def test_edit_is_validated_by_the_kind(app, owner, kit_installed):
    sid = draft_note(app, "milk")
    with pytest.raises(DeskmateError, match="needs a text"):
        app.inbox.decide(owner, sid, "edit", payload={"text": " "})
    assert app.inbox.get(sid).state == "new" and notes(app) == []


def test_reject_needs_a_reason_and_keeps_it(app, owner, kit_installed):
    sid = draft_note(app, "milk")
    with pytest.raises(DeskmateError, match="say why"):
        app.inbox.decide(owner, sid, "reject")
    app.inbox.decide(owner, sid, "reject", reason="we stopped selling milk")
    d = app.inbox.get(sid)
    assert (d.state, d.decision, d.decision_reason) == ("rejected", "rejected", "we stopped selling milk")
    assert notes(app) == []
    with pytest.raises(ConflictError):
        app.inbox.decide(owner, sid, "approve")


def test_snooze_hides_until_the_day_then_wakes(app, owner, clock, kit_installed):
    sid = draft_note(app, "milk")
    with pytest.raises(DeskmateError, match="after today"):
        app.inbox.decide(owner, sid, "snooze", until=app.today())
    app.inbox.decide(owner, sid, "snooze", until=app.today() + timedelta(days=2))
    assert app.inbox.get(sid).state == "snoozed"
    assert app.inbox.counts_by_kind().get("test_note", 0) == 0
    clock.advance(timedelta(days=1))
    app.inbox.refresh()
    assert app.inbox.get(sid).state == "snoozed"
    clock.advance(timedelta(days=1))
    assert app.inbox.refresh() == 1
    assert app.inbox.get(sid).state == "new"


def test_escalate_sends_to_owner_only(app, owner, staff, kit_installed):
    sid = draft_note(app, "milk")
    assert app.inbox.may_decide(staff, sid)
    app.inbox.decide(staff, sid, "escalate", reason="not sure")
    d = app.inbox.get(sid)
    assert d.state == "escalated" and d.assigned_role == "owner"
    with pytest.raises(PermissionDenied, match="escalated"):
        app.inbox.decide(staff, sid, "approve")
    app.inbox.decide(owner, sid, "approve")
    assert notes(app) == ["milk"]


def test_wrong_role_is_refused(app, owner, bookkeeper, staff, kit_installed):
    sid = draft_note(app, "milk")
    with pytest.raises(PermissionDenied, match="You may not decide test notes: they are decided by staff or the owner"):
        app.inbox.decide(bookkeeper, sid, "approve")
    with pytest.raises(PermissionDenied):
        app.inbox.decide(bookkeeper, sid, "reject", reason="no")
    with pytest.raises(PermissionDenied):
        app.inbox.decide(SYSTEM, sid, "approve")
    assert app.inbox.get(sid).state == "new" and notes(app) == []
    # the owner can allow bookkeepers to decide this kind
    app.settings.update(owner, {"inbox.decide_roles": {"test_note": ["bookkeeper"]}})
    app.inbox.decide(bookkeeper, sid, "approve")
    assert notes(app) == ["milk"]
    # ... which replaces the default: staff may no longer
    sid2 = draft_note(app, "tea")
    with pytest.raises(PermissionDenied):
        app.inbox.decide(staff, sid2, "approve")


def test_staff_value_limit(app, owner, staff, kit_installed):
    small, big = draft_note(app, "small", value="100"), draft_note(app, "big", value="900")
    app.inbox.decide(staff, small, "approve")
    with pytest.raises(PermissionDenied, match="above the 500"):
        app.inbox.decide(staff, big, "approve")
    # editing the proposal down under the limit is allowed
    app.inbox.decide(staff, big, "edit", payload={"text": "big", "value": "400"})
    assert app.inbox.get(big).value == 400


def test_failing_apply_leaves_everything_unchanged(app, owner, kit_installed):
    sid = draft_note(app, "boom", fail=True)
    audit_before = _audit_count(app)
    with app.db.read() as s:
        events_before = s.scalar(select(func.count(SuggestionEvent.id)))
    with pytest.raises(DeskmateError, match="refused after writing"):
        app.inbox.decide(owner, sid, "approve")
    d = app.inbox.get(sid)
    assert d.state == "new" and d.decision is None and d.applied_payload is None
    assert d.last_error == "the test applier refused after writing"
    assert notes(app) == []                        # the applier's write was rolled back
    assert _audit_count(app) == audit_before       # and so were its audit entries
    with app.db.read() as s:
        assert s.scalar(select(func.count(SuggestionEvent.id))) == events_before


def test_batch_applies_each_and_reports_failures(app, owner, kit_installed):
    ids = [draft_note(app, f"n{i}") for i in range(4)]
    bad = draft_note(app, "bad", fail=True)
    results = app.inbox.decide_many(owner, [*ids, bad], "approve")
    assert [r.ok for r in results] == [True, True, True, True, False]
    assert sorted(notes(app)) == ["n0", "n1", "n2", "n3"]
    assert app.inbox.get(bad).state == "new" and "refused" in app.inbox.get(bad).last_error
    with pytest.raises(DeskmateError, match="one item at a time"):
        app.inbox.decide_many(owner, ids, "edit")


def test_batch_reject_and_snooze(app, owner, kit_installed):
    ids = [draft_note(app, f"n{i}") for i in range(3)]
    app.inbox.decide_many(owner, ids[:2], "reject", reason="duplicates")
    app.inbox.decide_many(owner, ids[2:], "snooze", until=app.today() + timedelta(days=3))
    assert [app.inbox.get(i).state for i in ids] == ["rejected", "rejected", "snoozed"]


def test_dedupe_and_supersede(app, owner, kit_installed):
    from core.inbox.reason import reason_card
    with app.db.uow() as s:
        a = app.inbox.draft(s, kind="test_note", subject_type="product", subject_id=7, occurrence="2026-11-25",
                            title="t", payload={"text": "x"}, reason=reason_card(explanation="e"), job_id="j")
        b = app.inbox.draft(s, kind="test_note", subject_type="product", subject_id=7, occurrence="2026-11-25",
                            title="t", payload={"text": "x"}, reason=reason_card(explanation="e"), job_id="j")
    assert a is not None and b is None
    with app.db.uow() as s:
        assert app.inbox.supersede_open(s, subject_type="product", subject_id=7, reason="ordered by hand") == 1
    d = app.inbox.get(a)
    assert d.state == "superseded" and d.decision_reason == "ordered by hand"
    with pytest.raises(ConflictError):
        app.inbox.decide(owner, a, "approve")


def test_filters_by_role_date_text_and_sort(app, owner, clock, kit_installed):
    a = draft_note(app, "apples", value="10")
    clock.advance(timedelta(days=2))
    b = draft_note(app, "bananas", value="30")
    from core.inbox.service import InboxFilter
    assert app.inbox.ids(InboxFilter(text="banan")) == [b]
    assert app.inbox.ids(InboxFilter(date_to=date(2026, 11, 25))) == [a]
    assert app.inbox.ids(InboxFilter(date_from=date(2026, 11, 27))) == [b]
    assert app.inbox.ids(sort="value") == [b, a]
    assert set(app.inbox.ids(InboxFilter(assigned_role="staff"))) == {a, b}
    assert app.inbox.ids(InboxFilter(assigned_role="bookkeeper")) == []
    with app.db.read() as s:
        assert s.scalar(select(func.count(Suggestion.id))) == 2


def test_batch_refusal_is_not_stored_as_the_items_error(app, owner, staff, kit_installed):
    ok, big = draft_note(app, "ok", value="10"), draft_note(app, "big", value="900")
    results = app.inbox.decide_many(staff, [ok, big], "approve")
    assert [r.ok for r in results] == [True, False] and "above the 500" in results[1].message
    d = app.inbox.get(big)
    assert d.state == "new" and d.last_error is None


def test_who_decides_what_is_an_owner_setting(app, owner, staff, bookkeeper, kit_installed):
    rows = {r.kind: r for r in app.inbox.decision_roles()}
    note = rows["test_note"]
    assert note.roles == ("owner", "staff") and not note.customised
    assert rows["data_quality"].roles == ("owner", "staff")
    assert rows["backup_failed"].roles == ("owner",)
    with pytest.raises(PermissionDenied):
        app.inbox.set_decision_roles(staff, "test_note", ["staff", "bookkeeper"])
    rows = {r.kind: r for r in app.inbox.set_decision_roles(owner, "test_note", ["bookkeeper"])}
    assert rows["test_note"].roles == ("owner", "bookkeeper") and rows["test_note"].customised
    sid = draft_note(app, "x")
    app.inbox.decide(bookkeeper, sid, "approve")
    rows = {r.kind: r for r in app.inbox.set_decision_roles(owner, "test_note", None)}
    assert rows["test_note"].roles == ("owner", "staff") and not rows["test_note"].customised
