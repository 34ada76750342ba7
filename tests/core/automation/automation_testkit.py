"""A test-only suggestion kind and jobs, registered by tests (and by subprocess helpers).

The kind "test_note" appends the proposal's text to the setting ``test.notes`` — a real write in
the inbox's transaction, with an audit entry — so tests can see exactly what was applied.
"""
from __future__ import annotations

import os
import sys
import time
from decimal import Decimal
from typing import Any

import pytest

from core.automation.registry import JOBS, JobContext, JobSpec, load_jobs
from core.inbox.kinds import KINDS, ApplyContext, KindSpec, load_kinds, register_kind
from core.inbox.reason import reason_card
from core.kernel.actor import Role
from core.kernel.audit import record
from core.kernel.errors import DeskmateError
from core.kernel.settings import REGISTRY, SettingRow, SettingSpec, SettingsService, register

KIND = "test_note"
SWEEP = "test.sweep"
RECURRING = "test.recurring"
BROKEN = "test.broken"
TEST_AREA = "testing"

register(SettingSpec("test.notes", [], "Test notes", "written by the test applier",
                     lambda v: list(v), area="testing", kind="json"))


def apply_note(ctx: ApplyContext, payload: dict[str, Any]) -> str:
    notes = list(SettingsService.read(ctx.session, "test.notes"))
    notes.append(payload["text"])
    row = ctx.session.get(SettingRow, "test.notes")
    if row is None:
        ctx.session.add(SettingRow(key="test.notes", value=notes))
    else:
        row.value = notes
    ctx.session.flush()
    record(ctx.session, ctx.actor, area="testing", action="note", entity="note",
           entity_id=ctx.suggestion.id, after={"text": payload["text"]}, summary=payload["text"])
    if payload.get("fail"):
        raise DeskmateError("the test applier refused after writing")
    return f"noted {payload['text']}"


def _normalise(payload: Any) -> Any:
    if not isinstance(payload, dict) or not str(payload.get("text", "")).strip():
        raise DeskmateError("a note needs a text")
    return payload


def _value(payload: Any) -> Decimal | None:
    return Decimal(str(payload["value"])) if payload.get("value") is not None else None


def sweep(ctx: JobContext) -> None:
    """Drafts one note per subject for the day; TESTKIT_DELAY slows it so processes overlap."""
    n = int(os.environ.get("TESTKIT_SUBJECTS", "5"))
    delay = float(os.environ.get("TESTKIT_DELAY", "0"))
    for i in range(n):
        with ctx.app.db.uow() as s:
            ctx.draft(s, kind=KIND, subject_type="thing", subject_id=i, occurrence=ctx.as_of.isoformat(),
                      subject_label=f"thing {i}", title=f"note about thing {i}",
                      payload={"text": f"thing {i}"},
                      reason=reason_card(explanation="test", inputs={"i": i}))
        if delay:
            time.sleep(delay)
    ctx.note(f"swept {n}")


def recurring(ctx: JobContext) -> None:
    with ctx.app.db.uow() as s:
        ctx.draft(s, kind=KIND, subject_type="plan", subject_id=1, occurrence=ctx.as_of.isoformat(),
                  subject_label="plan 1", title=f"plan for {ctx.as_of}",
                  payload={"text": f"plan {ctx.as_of}"}, reason=reason_card(explanation="test"))


def broken(ctx: JobContext) -> None:
    raise RuntimeError("this job is broken on purpose")


def install() -> None:
    load_jobs()
    load_kinds()
    register_kind(KindSpec(kind=KIND, area=TEST_AREA, title="Test note", apply=apply_note,
                           default_roles=frozenset({Role.OWNER, Role.STAFF}),
                           value_limit_setting="inbox.staff_order_limit", normalise=_normalise,
                           value=_value))
    for spec in (
        JobSpec(SWEEP, "Test sweep", "drafts notes", TEST_AREA, (KIND,), "cron:0 6 * * *", sweep),
        JobSpec(RECURRING, "Test recurring", "one per day", TEST_AREA, (KIND,), "cron:0 8 * * *",
                recurring, occurrence_based=True),
        JobSpec(BROKEN, "Test broken", "fails", TEST_AREA, (), "cron:0 9 * * *", broken,
                enabled_by_default=False),
    ):
        JOBS[spec.id] = spec


def uninstall() -> None:
    for job_id in (SWEEP, RECURRING, BROKEN):
        JOBS.pop(job_id, None)
    KINDS.pop(KIND, None)


def only_test_area(app: Any, owner: Any) -> None:
    """Switch off every other area's automation so a scheduler test sees only the test jobs."""
    others = sorted({j.area for j in JOBS.values()} - {TEST_AREA})
    app.settings.update(owner, {"automation.areas_off": others})


def draft_note(app: Any, text: str, *, subject: object = None, value: Any = None,
               job_id: str | None = "test.manual", fail: bool = False) -> int:
    with app.db.uow() as s:
        payload: dict[str, Any] = {"text": text}
        if value is not None:
            payload["value"] = str(value)
        if fail:
            payload["fail"] = True
        new_id = app.inbox.draft(s, kind=KIND, subject_type="note", subject_id=subject or text,
                                 title=f"note {text}", payload=payload, job_id=job_id,
                                 value=Decimal(str(value)) if value is not None else None,
                                 subject_label=text, reason=reason_card(explanation=f"because {text}"))
    assert new_id is not None
    return new_id


def notes(app: Any) -> list[str]:
    return list(app.settings.get("test.notes"))


assert "test.notes" in REGISTRY


@pytest.fixture
def kit_installed():
    """Register the test kind and jobs for one test, and remove them afterwards."""
    install()
    yield sys.modules[__name__]
    uninstall()
