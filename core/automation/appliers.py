"""Inbox kinds owned by automation itself: data-quality findings and backup failures."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from core.inbox.kinds import ApplyContext, DueContext, KindSpec, register_kind
from core.inbox.texts import shown, stored
from core.kernel.actor import Role
from core.kernel.audit import record
from core.kernel.errors import DeskmateError
from core.kernel.i18n import N_, _
from core.automation.quality import FIXES, KIND

BACKUP_FAILED = "backup_failed"


def _normalise_quality(payload: Any) -> Any:
    if not isinstance(payload, dict):
        raise DeskmateError(_("a data-quality proposal is an object with 'fix' (or null to acknowledge)"))
    fix = payload.get("fix")
    if fix is not None:
        if not isinstance(fix, dict) or not fix.get("action"):
            raise DeskmateError(_("'fix' needs an 'action' naming the fix, or null to acknowledge"))
        if fix["action"] not in FIXES:
            raise DeskmateError(_("there is no fix called '{fix}'").format(fix=fix["action"]))
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
               summary=_("{subject}: {problem} — looked at").format(
                   subject=s.subject_label, problem=shown(payload.get("problem", ""))),
               at=ctx.app.clock.now())
        if payload.get("problem"):
            return stored("acknowledged: {problem}", problem=payload["problem"])
        return stored("finding acknowledged")
    fn = FIXES.get(fix.get("action", ""))
    if fn is None:
        raise DeskmateError(_("there is no fix called '{fix}' in this version").format(fix=fix.get("action")))
    args = {k: v for k, v in fix.items() if k != "action"}
    return fn(ctx.session, ctx.app, ctx.actor, args)


def apply_backup_failed(ctx: ApplyContext, payload: dict[str, Any]) -> str:
    s = ctx.suggestion
    record(ctx.session, ctx.actor, area="automation", action="acknowledge backup failure",
           entity="backup", entity_id=s.subject_id, after={"error": payload.get("error")},
           summary=_("backup failure of {day} looked at").format(day=s.occurrence), at=ctx.app.clock.now())
    return stored("backup failure acknowledged")


def due_at_once(ctx: DueContext, _payload: Any) -> datetime:
    """A failed backup is due the moment it is reported: the shop has no fresh copy."""
    return ctx.drafted_at


register_kind(KindSpec(
    kind=KIND, area="automation", title=N_("Data-quality finding"), apply=apply_quality,
    default_roles=frozenset({Role.OWNER, Role.STAFF}), normalise=_normalise_quality,
    plural=N_("data-quality findings"),
    description=N_("A problem in the shop's data with a suggested fix; approving applies the fix "
                   "(or records that someone looked at it).")))
register_kind(KindSpec(
    kind=BACKUP_FAILED, area="automation", title=N_("Backup failed"), apply=apply_backup_failed,
    default_roles=frozenset({Role.OWNER}), plural=N_("backup failures"),
    due=due_at_once,
    description=N_("The daily backup could not be written; approving records that you dealt with it.")))
