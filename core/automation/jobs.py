"""The two jobs automation owns: the daily backup and the daily data-quality sweep."""
from __future__ import annotations

from sqlalchemy import select

from core.automation.appliers import BACKUP_FAILED
from core.automation.quality import KIND, CheckFn, Finding, all_checks, check_code
from core.automation.registry import JobContext, job
from core.io.backup import backup_now, prune
from core.inbox.models import Suggestion
from core.inbox.reason import reason_card
from core.inbox.texts import shown, stored, stored_n, tmsg
from core.inbox.service import OPEN_STATES
from core.kernel.errors import DeskmateError
from core.kernel.formats import read_formats
from core.kernel.i18n import N_, _, ngettext

BACKUP_JOB = "automation.backup"
QUALITY_JOB = "automation.data_quality"
UNUSUAL_JOB = "automation.unusual_figures"


@job(id=BACKUP_JOB, title=N_("Daily backup"),
     description=N_("Writes a consistent copy of the database to the backups folder and keeps the "
                    "newest N (setting 'Backups to keep'). Tells the inbox only when it fails."),
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
                      occurrence=ctx.as_of.isoformat(),
                      subject_label=_("backup of {day}").format(day=ctx.as_of),
                      title=stored("The backup of {day} failed", day=str(ctx.as_of)),
                      summary=message, payload={"error": message, "folder": str(app.paths.backups)},
                      reason=reason_card(
                          explanation=tmsg("The daily backup could not be written. Until it works, a "
                                          "damaged disk could lose the shop's data."),
                          inputs={N_("backups folder"): str(app.paths.backups), N_("error"): message},
                          warnings=[tmsg("check free disk space and that the folder is writable, then "
                                        "use 'Run now' on the Automation page")]))
        raise DeskmateError(_("backup failed: {error}").format(error=message)) from None
    ctx.note(stored_n("backup written to {file}; {n} old backup removed, keeping {keep}",
                      "backup written to {file}; {n} old backups removed, keeping {keep}",
                      len(removed), file=path.name, keep=keep))


def _draft_finding(ctx: JobContext, s, area: str, code: str, f: Finding) -> None:  # type: ignore[no-untyped-def]
    # problem and fix may be stored messages (translated when read) or plain text
    fix_text = f.suggested_fix or stored("look at it")
    ctx.draft(
        s, kind=KIND, subject_type=f.subject_type, subject_id=f.subject_id,
        occurrence=f"{code}:{f.fingerprint()}", subject_label=f.subject_label,
        title=stored("{subject}: {problem}", subject=f.subject_label, problem=f.problem),
        summary=stored("Suggested fix: {fix}", fix=fix_text),
        payload={"check": code, "area": f.area or area, "problem": shown(f.problem),
                 "suggested_fix": shown(fix_text), "fix": f.fix},
        reason=reason_card(
            explanation=tmsg("{subject}: {problem}. Suggested fix: {fix}.", subject=f.subject_label,
                            problem=f.problem, fix=fix_text),
            inputs=list(f.details.items()) or [(N_("record"), f.subject_label)],
            window=tmsg("data as of {day}", day=read_formats(s).date(ctx.as_of)),
            formula=f.formula, calculation=list(f.calculation), chart=f.chart,
            confidence="high" if f.fix is None else "medium",
            warnings=[] if f.fix is not None else [tmsg("no automatic fix: approving records that you looked at it")]))


@job(id=QUALITY_JOB, title=N_("Data-quality check"),
     description=N_("Runs every area's data-quality checks (products without supplier, negative stock, "
                    "customers without contact, likely duplicates, prices below cost...) and puts each "
                    "finding with a suggested fix in the inbox. Findings that went away are closed."),
     area="automation", kinds=(KIND,), schedule="cron:0 7 * * *")
def data_quality(ctx: JobContext) -> None:
    sweep(ctx, all_checks())


@job(id=UNUSUAL_JOB, title=N_("Unusual figures"),
     description=N_("Looks for figures far outside their own usual range — a product's daily sales "
                    "against the same weekday in the weeks before, a payment against what the customer "
                    "usually pays, a stock count against the ledger — and puts each with its expected "
                    "range and why it falls outside in the inbox as a data-quality finding."),
     area="automation", kinds=(KIND,), schedule="cron:15 7 * * *")
def unusual_figures(ctx: JobContext) -> None:
    sweep(ctx, all_checks("unusual"))


def sweep(ctx: JobContext, checks: list[tuple[str, CheckFn]]) -> None:
    """Run ``checks``, draft one data-quality item per finding and close this job's open items
    that are no longer found (fixed by hand). One broken check must not hide the others."""
    app = ctx.app
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
                                      reason=stored("no longer found by the data-quality check"),
                                      only_id=sid)
        except Exception as exc:  # noqa: BLE001 - one broken check must not hide the others
            ctx.note(stored("check '{check}' ({area}) failed: {error}", check=code, area=area, error=str(exc)))
            failed += 1
    ctx.note(stored_n("{n} check run; findings: {findings}, new: {new}",
                      "{n} checks run; findings: {findings}, new: {new}", len(checks), findings=total, new=ctx.created))
    if failed:
        raise DeskmateError(ngettext("{failed} of {n} check failed; see the notes",
                                     "{failed} of {n} checks failed; see the notes", len(checks)).format(
            failed=failed, n=len(checks)))
