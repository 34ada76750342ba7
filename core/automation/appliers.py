"""Inbox kinds owned by automation itself: data-quality findings and backup failures."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from core.inbox.kinds import ApplyContext, DueContext, KindSpec, register_kind
from core.kernel.actor import Role
from core.kernel.audit import record
from core.kernel.errors import DeskmateError
from core.automation.quality import FIXES, KIND

BACKUP_FAILED = "backup_failed"


def _normalise_quality(payload: Any) -> Any:
    if not isinstance(payload, dict):
        raise DeskmateError("a data-quality proposal is an object with 'fix' (or null to acknowledge)")
    fix = payload.get("fix")
    if fix is not None:
        if not isinstance(fix, dict) or not fix.get("action"):
            raise DeskmateError("'fix' needs an 'action' naming the fix, or null to acknowledge")
        if fix["action"] not in FIXES:
            raise DeskmateError(f"there is no fix called '{fix['action']}'")
    return payload


def apply_quality(ctx: ApplyContext, payload: dict[str, Any]) -> str:
    """Apply the finding's suggested fix through the owning area's fix function, or record that
    a person looked at a finding whose fix is "look at it"."""
    fix = payload.get("fix")
    s = ctx.suggestion
    if fix is None:
        record(ctx.session, ctx.actor, area="automation", action="acknowledge finding",
               entity=s.subject_type, entity_id=s.subject_id,
               after={"problem": payload.get("problem"), "check": payload.get("check")},
               summary=f"{s.subject_label}: {payload.get('problem', '')} — looked at",
               at=ctx.app.clock.now())
        return f"acknowledged: {payload.get('problem', 'finding')}"
    fn = FIXES.get(fix.get("action", ""))
    if fn is None:
        raise DeskmateError(f"there is no fix called '{fix.get('action')}' in this version")
    args = {k: v for k, v in fix.items() if k != "action"}
    return fn(ctx.session, ctx.app, ctx.actor, args)


def apply_backup_failed(ctx: ApplyContext, payload: dict[str, Any]) -> str:
    s = ctx.suggestion
    record(ctx.session, ctx.actor, area="automation", action="acknowledge backup failure",
           entity="backup", entity_id=s.subject_id, after={"error": payload.get("error")},
           summary=f"backup failure of {s.occurrence} looked at", at=ctx.app.clock.now())
    return "backup failure acknowledged"


def due_at_once(ctx: DueContext, _payload: Any) -> datetime:
    """A failed backup is due the moment it is reported: the shop has no fresh copy."""
    return ctx.drafted_at


register_kind(KindSpec(
    kind=KIND, area="automation", title="Data-quality finding", apply=apply_quality,
    default_roles=frozenset({Role.OWNER, Role.STAFF}), normalise=_normalise_quality,
    description="A problem in the shop's data with a suggested fix; approving applies the fix "
                "(or records that someone looked at it)."))
register_kind(KindSpec(
    kind=BACKUP_FAILED, area="automation", title="Backup failed", apply=apply_backup_failed,
    default_roles=frozenset({Role.OWNER}), plural="backup failures",
    due=due_at_once,
    description="The daily backup could not be written; approving records that you dealt with it."))
