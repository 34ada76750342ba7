"""The two jobs automation owns: the daily backup and the daily data-quality sweep."""
from __future__ import annotations

from sqlalchemy import select

from core.automation.appliers import BACKUP_FAILED
from core.automation.quality import KIND, Finding, all_checks, check_code
from core.automation.registry import JobContext, job
from core.io.backup import backup_now, prune
from core.inbox.models import Suggestion
from core.inbox.reason import reason_card
from core.inbox.service import OPEN_STATES
from core.kernel.errors import DeskmateError
from core.kernel.formats import read_formats

BACKUP_JOB = "automation.backup"
QUALITY_JOB = "automation.data_quality"


@job(id=BACKUP_JOB, title="Daily backup",
     description="Writes a consistent copy of the database to the backups folder and keeps the "
                 "newest N (setting 'Backups to keep'). Tells the inbox only when it fails.",
     area="automation", kinds=(BACKUP_FAILED,), schedule="cron:30 12 * * *")
def daily_backup(ctx: JobContext) -> None:
    app = ctx.app
    keep = int(app.settings.get("app.backups_keep"))
    try:
        path = backup_now(app)
        removed = prune(path.parent, max(1, keep))
    except (DeskmateError, OSError) as exc:
        message = str(exc)
        with app.db.uow() as s:
            ctx.draft(s, kind=BACKUP_FAILED, subject_type="backup", subject_id="daily",
                      occurrence=ctx.as_of.isoformat(), subject_label=f"backup of {ctx.as_of}",
                      title=f"The backup of {ctx.as_of} failed",
                      summary=message, payload={"error": message, "folder": str(app.paths.backups)},
                      reason=reason_card(
                          explanation="The daily backup could not be written. Until it works, a "
                                      "damaged disk could lose the shop's data.",
                          inputs={"backups folder": str(app.paths.backups), "error": message},
                          warnings=["check free disk space and that the folder is writable, then "
                                    "use 'Run now' on the Automation page"]))
        raise DeskmateError(f"backup failed: {message}") from None
    ctx.note(f"backup written to {path.name}; {len(removed)} old backup(s) removed, keeping {keep}")


def _draft_finding(ctx: JobContext, s, area: str, code: str, f: Finding) -> None:  # type: ignore[no-untyped-def]
    fix_text = f.suggested_fix or "look at it"
    ctx.draft(
        s, kind=KIND, subject_type=f.subject_type, subject_id=f.subject_id,
        occurrence=f"{code}:{f.fingerprint()}", subject_label=f.subject_label,
        title=f"{f.subject_label}: {f.problem}", summary=f"Suggested fix: {fix_text}",
        payload={"check": code, "area": f.area or area, "problem": f.problem,
                 "suggested_fix": fix_text, "fix": f.fix},
        reason=reason_card(
            explanation=f"{f.subject_label}: {f.problem}. Suggested fix: {fix_text}.",
            inputs=list(f.details.items()) or [("record", f.subject_label)],
            window=f"data as of {read_formats(s).date(ctx.as_of)}",
            confidence="high" if f.fix is None else "medium",
            warnings=[] if f.fix is not None else ["no automatic fix: approving records that you looked at it"]))


@job(id=QUALITY_JOB, title="Data-quality check",
     description="Runs every area's data-quality checks (products without supplier, negative stock, "
                 "customers without contact, likely duplicates, prices below cost...) and puts each "
                 "finding with a suggested fix in the inbox. Findings that went away are closed.",
     area="automation", kinds=(KIND,), schedule="cron:0 7 * * *")
def data_quality(ctx: JobContext) -> None:
    app = ctx.app
    checks = all_checks()
    total = failed = 0
    for area, fn in checks:
        code = check_code(fn)
        try:
            with app.db.uow() as s:
                findings = fn(s, app)
                seen = set()
                for f in findings:
                    _draft_finding(ctx, s, area, code, f)
                    seen.add((f.subject_type, str(f.subject_id), f"{code}:{f.fingerprint()}"))
                total += len(findings)
                # A finding no longer reported was fixed by hand: close its open item.
                for sid, stype, subj, occ in s.execute(
                        select(Suggestion.id, Suggestion.subject_type, Suggestion.subject_id,
                               Suggestion.occurrence).where(
                            Suggestion.kind == KIND, Suggestion.job_id == ctx.job_id,
                            Suggestion.state.in_(OPEN_STATES),
                            Suggestion.occurrence.like(f"{code}:%"))).all():
                    if (stype, subj, occ) not in seen:
                        ctx.supersede(s, subject_type=stype, subject_id=subj, kind=KIND,
                                      reason="no longer found by the data-quality check",
                                      only_id=sid)
        except Exception as exc:  # noqa: BLE001 - one broken check must not hide the others
            ctx.note(f"check '{code}' ({area}) failed: {exc}")
            failed += 1
    ctx.note(f"{len(checks)} check(s) run, {total} finding(s), {ctx.created} new")
    if failed:
        raise DeskmateError(f"{failed} of {len(checks)} check(s) failed; see the notes")
